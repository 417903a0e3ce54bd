#pragma once
// Charts follow the window's palette: a dark theme on a dark palette, so a chart is not a white
// slab in a dark control room. And the application's locale: axis numbers and dates written as
// the rest of the page writes them.

#include <QLocale>
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

// At construction and again on each LanguageChange: a chart keeps the locale it was given (it
// does not follow QLocale::setDefault), and writes value-axis numbers in the C locale unless asked.
inline void applyChartLocale(QChart* chart)
{
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
}

} // namespace parkwatt
