#include "live/LiveFigures.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>
#include <cmath>

namespace parkwatt {

namespace {
// Below this a flow is shown as idle: measurement noise, not a decision.
constexpr double kIdleKw = 0.05;

// The context lupdate files these words under (this class's tr() calls, with the namespace),
// so the translators' words are found at run time.
QString tr(const char* text)
{
    return QCoreApplication::translate("parkwatt::LiveFigures", text);
}
} // namespace

LiveFigures::LiveFigures(const Scenario& scenario)
    : m_utcOffsetS(scenario.utcOffsetS)
    , m_bayCount(int(scenario.site.chargers.size()))
    , m_hasBattery(!scenario.site.batteries.empty())
{
}

LiveFigures::LiveFigures(const Scenario& scenario, QLocale locale)
    : LiveFigures(scenario)
{
    m_locale = std::move(locale);
}

QString LiveFigures::power(double kw) const
{
    return tr("%1 kW").arg(currentLocale().toString(std::abs(kw) < kIdleKw ? 0.0 : kw, 'f', 1));
}

QString LiveFigures::policyInWords(const Policy& policy)
{
    QStringList parts;
    const QLocale locale;
    if (policy.backup.enabled)
        parts << tr("backup reserve %1 %").arg(locale.toString(policy.backup.batteryReservePct, 'f', 0));
    if (policy.peakShaving.enabled)
        parts << tr("peak shaving at %1 kW").arg(locale.toString(policy.peakShaving.importLimitKw, 'f', 0));
    if (policy.selfSufficiency.enabled)
        parts << (policy.selfSufficiency.batteryGridCharging
                      ? tr("self-sufficiency")
                      : tr("self-sufficiency (battery charged from PV only)"));
    parts << (policy.v2b.enabled ? tr("V2B with consenting cars") : tr("no V2B"));
    return parts.join(QStringLiteral(", "));
}

QString LiveFigures::cars(int count, double kw) const
{
    if (count == 0)
        return tr("none");
    // Plural forms come from the translations; English is written out until they ship.
    return (count == 1 ? tr("1 car, %1") : tr("%1 cars, %2").arg(currentLocale().toString(count)))
        .arg(power(kw));
}

LiveFigureTexts LiveFigures::texts(const StepRecord& s) const
{
    LiveFigureTexts t;
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(s.timeMs, QTimeZone(m_utcOffsetS));
    // The locale's short time, without seconds (some locales' short format has them).
    const QLocale now = currentLocale();
    QString timeFormat = now.timeFormat(QLocale::ShortFormat);
    timeFormat.remove(QStringLiteral(":ss"));
    t.timeOfDay = now.toString(local.time(), timeFormat);
    t.pvKw = power(s.pvUsedKw);
    t.loadKw = power(s.loadServedKw);
    if (s.gridKw > kIdleKw)
        t.gridKw = tr("import %1").arg(power(s.gridKw));
    else if (s.gridKw < -kIdleKw)
        t.gridKw = tr("export %1").arg(power(-s.gridKw));
    else
        t.gridKw = tr("none");
    if (!m_hasBattery)
        t.batteryKw = tr("no battery");
    else if (s.batteryKw > kIdleKw)
        t.batteryKw = tr("charging %1").arg(power(s.batteryKw));
    else if (s.batteryKw < -kIdleKw)
        t.batteryKw = tr("discharging %1").arg(power(-s.batteryKw));
    else
        t.batteryKw = tr("idle");
    t.batterySoc = m_hasBattery ? tr("%1 %").arg(now.toString(s.batterySocPct(), 'f', 0)) : tr("n/a");
    t.evCharging = cars(s.evsCharging, s.evChargeKw);
    t.evDischarging = cars(s.evsDischarging, s.evDischargeKw);
    t.evPlugged = tr("%1 of %2 bays").arg(now.toString(s.evsPlugged), now.toString(m_bayCount));
    t.outage = s.outage;
    t.gridState = s.outage ? tr("grid outage: critical load only") : tr("grid connected");
    return t;
}

} // namespace parkwatt
