#pragma once
// Charts follow the window's palette: a dark theme on a dark palette, so a chart is not a white
// slab in a dark control room.

#include <QPalette>
#include <QtCharts/QChart>

namespace parkwatt {

// At construction, before series get their colours (setTheme resets them); a theme switch later
// restyles charts in place (Theme.h, restyleChart).
inline void applyChartTheme(QChart* chart, const QPalette& palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
}

} // namespace parkwatt
