#include "engine/live/SessionBook.h"

#include <QDateTime>
#include <algorithm>

namespace parkwatt {

SessionBook::SessionBook(int chargerCount, std::vector<QString> chargerIds, SessionDefaults defaults)
    : m_defaults(defaults)
    , m_chargerIds(std::move(chargerIds))
    , m_open(size_t(std::max(0, chargerCount)))
{
    m_chargerIds.resize(m_open.size());
}

void SessionBook::observe(int chargerIndex, const ChargerObservation& seen, TimeMs nowMs, double stepH)
{
    if (chargerIndex < 0 || size_t(chargerIndex) >= m_open.size() || !seen.online)
        return;
    std::optional<LiveSession>& session = m_open[size_t(chargerIndex)];
    if (!seen.plugged) {
        if (session) {
            session->departedMs = nowMs;
            m_closed.push_back(*session);
            session.reset();
        }
        return;
    }
    if (!session) {
        open(chargerIndex, seen, nowMs);
        return;
    }
    const double deltaKwh = seen.powerKw * stepH;
    (deltaKwh >= 0 ? session->chargedKwh : session->dischargedKwh) += std::abs(deltaKwh);
    if (seen.socPct && session->socMeasured) {
        session->energyKwh = *seen.socPct / 100.0 * session->capacityKwh;
    } else {
        session->energyKwh = std::clamp(session->energyKwh + deltaKwh, 0.0, session->capacityKwh);
    }
}

void SessionBook::open(int chargerIndex, const ChargerObservation& seen, TimeMs nowMs)
{
    LiveSession s;
    s.index = m_nextIndex++;
    const QString chargerId = m_chargerIds[size_t(chargerIndex)].isEmpty()
                                  ? QString::number(chargerIndex)
                                  : m_chargerIds[size_t(chargerIndex)];
    s.id = QStringLiteral("%1-%2").arg(
        chargerId,
        QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).toString(QStringLiteral("yyyyMMddTHHmmss")));
    s.chargerIndex = chargerIndex;
    s.arrivalMs = nowMs;
    s.departureMs = nowMs + qint64(m_defaults.dwellS) * kMsPerSecond;
    s.capacityKwh = m_defaults.capacityKwh;
    s.socMeasured = seen.socPct.has_value();
    if (s.socMeasured) {
        // The car says how full it is; the wish is a usual SoC, never less than it has.
        s.arrivalEnergyKwh = *seen.socPct / 100.0 * s.capacityKwh;
        s.targetEnergyKwh = std::max(s.arrivalEnergyKwh, m_defaults.targetSocPct / 100.0 * s.capacityKwh);
    } else {
        // Nothing known of the car: count from an empty battery, wish for the usual energy.
        s.arrivalEnergyKwh = 0;
        s.targetEnergyKwh = std::min(m_defaults.targetEnergyKwh, s.capacityKwh);
    }
    s.energyKwh = s.arrivalEnergyKwh;
    s.minEnergyKwh = s.arrivalEnergyKwh; // without consent nothing is lent anyway
    m_open[size_t(chargerIndex)] = s;
}

const LiveSession* SessionBook::active(int chargerIndex) const
{
    if (chargerIndex < 0 || size_t(chargerIndex) >= m_open.size() || !m_open[size_t(chargerIndex)])
        return nullptr;
    return &*m_open[size_t(chargerIndex)];
}

bool SessionBook::applyDriverInput(int chargerIndex, const DriverInput& input, TimeMs nowMs, QString* error)
{
    const auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (chargerIndex < 0 || size_t(chargerIndex) >= m_open.size() || !m_open[size_t(chargerIndex)])
        return fail(QStringLiteral("no car is plugged in at this charger"));
    LiveSession next = *m_open[size_t(chargerIndex)];
    if (input.departureMs) {
        if (*input.departureMs <= nowMs)
            return fail(QStringLiteral("departure must be in the future"));
        next.departureMs = *input.departureMs;
    }
    if (input.minEnergyKwh) {
        if (*input.minEnergyKwh < 0 || *input.minEnergyKwh > next.capacityKwh)
            return fail(QStringLiteral("the floor must be between 0 and %1 kWh").arg(next.capacityKwh));
        next.minEnergyKwh = *input.minEnergyKwh;
    }
    if (input.targetEnergyKwh) {
        if (*input.targetEnergyKwh < 0 || *input.targetEnergyKwh > next.capacityKwh)
            return fail(QStringLiteral("the target must be between 0 and %1 kWh").arg(next.capacityKwh));
        next.targetEnergyKwh = *input.targetEnergyKwh;
    }
    if (next.minEnergyKwh > next.targetEnergyKwh)
        return fail(QStringLiteral("the floor (%1 kWh) is above the target (%2 kWh)")
                        .arg(next.minEnergyKwh)
                        .arg(next.targetEnergyKwh));
    if (input.v2xConsent)
        next.v2xConsent = *input.v2xConsent;
    next.driverEntered = true;
    m_open[size_t(chargerIndex)] = next;
    return true;
}

std::vector<LiveSession> SessionBook::takeClosed()
{
    return std::exchange(m_closed, {});
}

int SessionBook::openCount() const
{
    return int(std::count_if(m_open.begin(), m_open.end(), [](const auto& s) { return s.has_value(); }));
}

} // namespace parkwatt
