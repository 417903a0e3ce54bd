#include "common/Theme.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <optional>

namespace parkwatt {

namespace {

std::optional<QPalette>& systemPalette()
{
    static std::optional<QPalette> palette;
    return palette;
}

ThemeMode& currentMode()
{
    static ThemeMode mode = ThemeMode::System;
    return mode;
}

const auto kSettingsKey = QStringLiteral("appearance/theme");

} // namespace

void Theme::captureSystemPalette()
{
    if (!systemPalette())
        systemPalette() = QApplication::palette();
}

bool Theme::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QPalette Theme::lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xf3, 0xf4, 0xf6));
    p.setColor(QPalette::WindowText, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf6, 0xf8, 0xfa));
    p.setColor(QPalette::Text, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::Button, QColor(0xf6, 0xf8, 0xfa));
    p.setColor(QPalette::ButtonText, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::Highlight, QColor(0x1f, 0x6f, 0xb5));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xe1));
    p.setColor(QPalette::ToolTipText, Qt::black);
    p.setColor(QPalette::PlaceholderText, QColor(0x6e, 0x77, 0x81));
    p.setColor(QPalette::Mid, QColor(0xc8, 0xcd, 0xd3));
    p.setColor(QPalette::Link, QColor(0x1f, 0x6f, 0xb5));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x9a, 0xa1, 0xa9));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x9a, 0xa1, 0xa9));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x9a, 0xa1, 0xa9));
    return p;
}

QPalette Theme::darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x1e, 0x21, 0x26));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe8, 0xeb));
    p.setColor(QPalette::Base, QColor(0x16, 0x18, 0x1c));
    p.setColor(QPalette::AlternateBase, QColor(0x24, 0x27, 0x2d));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe8, 0xeb));
    p.setColor(QPalette::Button, QColor(0x2b, 0x2f, 0x36));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe8, 0xeb));
    p.setColor(QPalette::Highlight, QColor(0x3b, 0x8e, 0xd8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x2b, 0x2f, 0x36));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe8, 0xeb));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa1, 0xa9));
    p.setColor(QPalette::Mid, QColor(0x4a, 0x50, 0x58));
    p.setColor(QPalette::Light, QColor(0x3a, 0x3f, 0x47));
    p.setColor(QPalette::Dark, QColor(0x10, 0x12, 0x15));
    p.setColor(QPalette::Link, QColor(0x6c, 0xb0, 0xf0));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6e, 0x75, 0x7d));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6e, 0x75, 0x7d));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6e, 0x75, 0x7d));
    return p;
}

void Theme::apply(ThemeMode mode)
{
    captureSystemPalette();
    currentMode() = mode;
    // Fusion paints from the palette alone, so both themes look the same everywhere.
    if (QApplication::style()->name().compare(QStringLiteral("fusion"), Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QPalette palette = mode == ThemeMode::Light  ? lightPalette()
                             : mode == ThemeMode::Dark ? darkPalette()
                                                       : *systemPalette();
    QApplication::setPalette(palette);
    for (QWidget* widget : QApplication::allWidgets())
        if (auto* view = qobject_cast<QChartView*>(widget))
            restyleChart(view->chart(), palette);
}

ThemeMode Theme::current()
{
    return currentMode();
}

ThemeMode Theme::saved()
{
    const QString value = QSettings().value(kSettingsKey).toString();
    return value == QStringLiteral("light")  ? ThemeMode::Light
           : value == QStringLiteral("dark") ? ThemeMode::Dark
                                             : ThemeMode::System;
}

void Theme::save(ThemeMode mode)
{
    QSettings().setValue(kSettingsKey, name(mode));
}

QString Theme::name(ThemeMode mode)
{
    switch (mode) {
    case ThemeMode::Light:
        return QStringLiteral("light");
    case ThemeMode::Dark:
        return QStringLiteral("dark");
    case ThemeMode::System:
        break;
    }
    return QStringLiteral("system");
}

QColor Theme::betterColor(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xa5, 0xd6, 0xa7) : QColor(0x2e, 0x7d, 0x32);
}

QColor Theme::worseColor(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28);
}

void restyleChart(QChart* chart, const QPalette& palette)
{
    if (!chart)
        return;
    const QColor text = palette.color(QPalette::WindowText);
    const QColor grid = palette.color(QPalette::Mid);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
        axis->setMinorGridLineColor(grid.lighter(Theme::isDark(palette) ? 80 : 115));
    }
}

} // namespace parkwatt
