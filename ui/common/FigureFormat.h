#pragma once
// How the control room writes its figures: units, the locale's digits, the site's clock, and one
// sign for "not known" (a missing measurement is never shown as 0). Plain value, no widgets.

#include "model/Time.h"

#include <QLocale>
#include <QString>

namespace parkwatt {

class FigureFormat {
public:
    explicit FigureFormat(int utcOffsetS = 0, QLocale locale = QLocale());

    // What every figure shows when it cannot be known.
    static QString unknown();
    QString kw(double kw) const;   // "12.3 kW"; NaN -> unknown
    QString kwh(double kwh) const; // "12.3 kWh", "1,234 kWh"
    QString percent(double pct) const;
    QString hours(double h) const; // "3.2 h"
    QString number(double value, int decimals) const;
    // Local time of day in the site's clock, "14:35".
    QString timeOfDay(TimeMs timeMs) const;
    // The site's local day (days since the epoch) a moment falls in.
    qint64 localDay(TimeMs timeMs) const;

    int utcOffsetS() const { return m_utcOffsetS; }
    const QLocale& locale() const { return m_locale; }

private:
    int m_utcOffsetS;
    QLocale m_locale;
};

} // namespace parkwatt
