#pragma once
// How the control room writes its figures: units, the locale's digits, the site's clock, and one
// sign for "not known" (a missing measurement is never shown as 0). Plain value, no widgets.
// Without a locale of its own it follows the application's default locale (QLocale::setDefault) at
// each call, so a page that keeps a FigureFormat writes German figures once the language switches.

#include "model/Time.h"

#include <QLocale>
#include <QString>
#include <optional>

namespace parkwatt {

class FigureFormat {
public:
    // Follows the default locale as it changes.
    explicit FigureFormat(int utcOffsetS = 0);
    // Always this locale (tests, machine-readable output).
    FigureFormat(int utcOffsetS, QLocale locale);

    // What every figure shows when it cannot be known.
    static QString unknown();
    QString kw(double kw) const;   // "12.3 kW"; NaN -> unknown
    QString kwh(double kwh) const; // "12.3 kWh", "1,234 kWh"
    QString percent(double pct) const;
    QString hours(double h) const; // "3.2 h"
    QString number(double value, int decimals) const;
    // Local time of day in the site's clock, "14:35".
    QString timeOfDay(TimeMs timeMs) const;
    // The pattern timeOfDay writes with: the locale's short time without seconds ("HH:mm").
    QString timeOfDayFormat() const;
    // The site's local day (days since the epoch) a moment falls in.
    qint64 localDay(TimeMs timeMs) const;

    int utcOffsetS() const { return m_utcOffsetS; }
    // The locale figures are written in now.
    QLocale locale() const { return m_locale.value_or(QLocale()); }

private:
    int m_utcOffsetS;
    std::optional<QLocale> m_locale; // none: the default locale of the moment
};

} // namespace parkwatt
