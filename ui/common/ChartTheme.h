#pragma once
// Charts follow the window's palette: a dark theme on a dark palette, so a chart is not a white
// slab in a dark control room.

#include <QPalette>
#include <QtCharts/QChart>

namespace parkwatt {

inline void applyChartTheme(QChart* chart, const QPalette& palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
}

} // namespace parkwatt
