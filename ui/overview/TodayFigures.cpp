#include "overview/TodayFigures.h"

#include "control/ReserveCoverage.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <limits>

namespace parkwatt {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kMsPerHour = 3.6e6;
constexpr double kWindowH = 0.25;

// The context lupdate files these words under (this class's tr() calls, with the namespace),
// so the translators' words are found at run time.
QString tr(const char* text)
{
    return QCoreApplication::translate("parkwatt::TodayFigures", text);
}

// Adds power x hours to a sum, or the hours to the unknown time when the power is not known.
void accumulate(double kw, double h, double& kwh, double& unknownH)
{
    if (std::isfinite(kw))
        kwh += kw * h;
    else
        unknownH += h;
}

qint64 windowOf(TimeMs ms)
{
    return ms >= 0 ? ms / kMsPer15Min : (ms - kMsPer15Min + 1) / kMsPer15Min;
}
} // namespace

TodayFigures::TodayFigures(SiteContext context)
    : m_context(std::move(context))
{
}

void TodayFigures::clear()
{
    *this = TodayFigures(std::move(m_context));
}

void TodayFigures::add(const PublishedCycle& cycle)
{
    const StepRecord& r = cycle.applied;
    const FigureFormat clock(m_context.utcOffsetS);
    const qint64 day = clock.localDay(r.timeMs);
    if (m_cycles > 0 && (day != m_day || r.timeMs < m_lastMs))
        clear();
    if (m_cycles == 0) {
        m_day = day;
        m_firstMs = r.timeMs;
        // A day seen from its first cycle is whole; otherwise tiles say since when they count.
        const qint64 localMs = r.timeMs + qint64(m_context.utcOffsetS) * 1000;
        const double msIntoDay = double(localMs - day * 86400000LL);
        m_startsAtMidnight = msIntoDay <= std::max(r.stepH, 1.0 / 60) * kMsPerHour;
    }
    ++m_cycles;
    m_lastMs = r.timeMs;

    const double h = r.stepH;
    m_pvKnownH += std::isfinite(r.pvUsedKw) ? h : 0.0;
    m_evKnownH += std::isfinite(r.evChargeKw) && std::isfinite(r.evDischargeKw) ? h : 0.0;
    accumulate(r.pvUsedKw, h, m_pvKwh, m_pvUnknownH);
    double importKwh = 0;
    accumulate(std::isfinite(r.gridKw) ? std::max(r.gridKw, 0.0) : kNaN, h, importKwh, m_gridUnknownH);
    m_importKwh += importKwh;
    accumulate(std::isfinite(r.evChargeKw) ? r.evChargeKw : kNaN, h, m_evChargeKwh, m_evUnknownH);
    double unusedH = 0;
    accumulate(r.evDischargeKw, h, m_evDischargeKwh, unusedH);
    accumulate(r.loadServedKw + r.evChargeKw, h, m_consumedKwh, m_consumedUnknownH);

    // Billing windows are aligned to :00/:15/:30/:45 like the report's; every real UTC offset is a
    // whole number of quarter hours, so the UTC window is the local one too.
    if (importKwh > 0) {
        const TimeMs endMs = r.timeMs + TimeMs(std::llround(h * kMsPerHour));
        for (qint64 w = windowOf(r.timeMs); w * kMsPer15Min < endMs; ++w) {
            const TimeMs from = std::max(r.timeMs, w * kMsPer15Min);
            const TimeMs to = std::min(endMs, (w + 1) * kMsPer15Min);
            m_importKwhByWindow[w] += importKwh * double(to - from) / double(endMs - r.timeMs);
        }
    }
    m_reserveH = ReserveCoverage::hours(m_context.site, m_context.policy, cycle.sensed);
}

double TodayFigures::selfSufficiencyPct() const
{
    // Needs both the import and what was consumed over the same cycles.
    if (m_cycles == 0 || m_gridUnknownH > 0 || m_consumedUnknownH > 0)
        return kNaN;
    return m_consumedKwh > 0 ? 100.0 * (1.0 - m_importKwh / m_consumedKwh) : 100.0;
}

double TodayFigures::billingPeakKw() const
{
    if (m_cycles == 0)
        return kNaN;
    double peak = 0;
    for (const auto& [window, kwh] : m_importKwhByWindow)
        peak = std::max(peak, kwh / kWindowH);
    return peak;
}

double TodayFigures::peakLimitKw() const
{
    const Policy& p = m_context.policy;
    return p.peakShaving.enabled && p.peakShaving.importLimitKw > 0 ? p.peakShaving.importLimitKw
                                                                    : m_context.site.grid.importLimitKw;
}

double TodayFigures::pvKwh() const
{
    return m_pvKnownH > 0 ? m_pvKwh : kNaN;
}

double TodayFigures::evChargedKwh() const
{
    return m_evKnownH > 0 ? m_evChargeKwh : kNaN;
}

double TodayFigures::v2bKwh() const
{
    return m_evKnownH > 0 ? m_evDischargeKwh : kNaN;
}

double TodayFigures::backupReserveH() const
{
    return m_cycles == 0 ? kNaN : m_reserveH;
}

QString TodayFigures::since(const FigureFormat& format) const
{
    return m_startsAtMidnight ? tr("today") : tr("since %1").arg(format.timeOfDay(m_firstMs));
}

QString TodayFigures::missing(const FigureFormat& format, double hours, const QString& what) const
{
    if (hours <= 0)
        return since(format);
    return tr("%1; %2 missing for %3").arg(since(format), what, format.hours(hours));
}

TodayTileTexts TodayFigures::texts(const FigureFormat& format) const
{
    TodayTileTexts t;
    if (m_cycles == 0) {
        const TileText waiting{FigureFormat::unknown(), tr("no cycle seen yet")};
        t = {waiting, waiting, waiting, waiting, waiting, waiting};
        return t;
    }
    t.selfSufficiency.value = format.percent(selfSufficiencyPct());
    t.selfSufficiency.detail =
        std::isnan(selfSufficiencyPct())
            ? tr("cannot be known: grid meter missing for %1").arg(format.hours(m_gridUnknownH))
            : tr("of consumption, %1").arg(since(format));

    const double limit = peakLimitKw();
    t.billingPeak.value = format.kw(billingPeakKw());
    t.billingPeak.detail = limit > 0 ? tr("limit %1, 15-min mean, %2").arg(format.kw(limit), since(format))
                                     : tr("15-min mean, %1").arg(since(format));
    if (m_gridUnknownH > 0)
        t.billingPeak.detail = missing(format, m_gridUnknownH, tr("grid meter"));

    t.pvEnergy.value = format.kwh(pvKwh());
    t.pvEnergy.detail = missing(format, m_pvUnknownH, tr("PV reading"));
    t.evCharged.value = format.kwh(evChargedKwh());
    t.evCharged.detail = missing(format, m_evUnknownH, tr("charger readings"));
    t.v2bEnergy.value = format.kwh(v2bKwh());
    t.v2bEnergy.detail = m_context.policy.v2b.enabled ? missing(format, m_evUnknownH, tr("charger readings"))
                                                      : tr("V2B is off in the policy");

    const double reserve = backupReserveH();
    if (std::isinf(reserve)) {
        t.backupReserve.value = FigureFormat::unknown();
        t.backupReserve.detail = tr("no critical load to cover");
    } else {
        t.backupReserve.value = format.hours(reserve);
        t.backupReserve.detail = tr("of critical load, from stored energy now");
    }
    return t;
}

} // namespace parkwatt
