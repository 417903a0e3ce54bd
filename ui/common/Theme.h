#pragma once
// Light and dark: the control room follows the system's palette unless the user picks one. Widgets
// paint from the palette; charts are restyled in place (axes, grid, legend, background) so the
// series keep their colours. The choice is kept in the user's settings.

#include <QPalette>
#include <QString>

class QChart;
class QWidget;

namespace parkwatt {

enum class ThemeMode { System, Light, Dark };

class Theme {
public:
    // Remembers the system's palette; call once after the QApplication exists.
    static void captureSystemPalette();
    static void apply(ThemeMode mode);
    static ThemeMode current();
    static bool isDark(const QPalette& palette);
    static QPalette lightPalette();
    static QPalette darkPalette();
    // The saved choice (System when none), and saving one.
    static ThemeMode saved();
    static void save(ThemeMode mode);
    static QString name(ThemeMode mode);
    // Green for better, red for worse or a problem, readable on this palette (light or dark).
    static QColor betterColor(const QPalette& palette);
    static QColor worseColor(const QPalette& palette);
};

// Axes, grid, legend, title and background from the palette, series untouched.
void restyleChart(QChart* chart, const QPalette& palette);

} // namespace parkwatt
