#pragma once
// View model of the live window: turns what the engine published for a cycle into the figures a
// facility manager reads (formatted for the locale). No widgets here, so it is tested directly.

#include "model/Scenario.h"
#include "model/StepRecord.h"

#include <QLocale>
#include <QString>
#include <optional>

namespace parkwatt {

struct LiveFigureTexts {
    QString timeOfDay; // "14:35" in the site's clock
    QString pvKw;
    QString loadKw;
    QString gridKw;        // "import 12.3 kW" / "export 4.0 kW"
    QString batteryKw;     // "charging 20.0 kW" / "discharging 5.0 kW" / "idle"
    QString batterySoc;    // "64 %"
    QString evCharging;    // "12 cars, 84.1 kW"
    QString evDischarging; // "2 cars, 11.0 kW"
    QString evPlugged;     // "17 of 40 bays"
    QString gridState;     // "grid connected" / "grid outage: critical load only"
    bool outage = false;
};

class LiveFigures {
public:
    // Without a locale the figures follow the default locale as it changes (QLocale::setDefault).
    explicit LiveFigures(const Scenario& scenario);
    LiveFigures(const Scenario& scenario, QLocale locale);
    LiveFigureTexts texts(const StepRecord& step) const;
    QString power(double kw) const;
    // The policy in a facility manager's words, parts in priority order.
    static QString policyInWords(const Policy& policy);

private:
    QString cars(int count, double kw) const;
    QLocale currentLocale() const { return m_locale.value_or(QLocale()); }

    int m_utcOffsetS;
    int m_bayCount;
    bool m_hasBattery;
    std::optional<QLocale> m_locale; // none: the default locale of the moment
};

} // namespace parkwatt
