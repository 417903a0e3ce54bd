#include "engine/live/BayOverrides.h"

#include <algorithm>

namespace parkwatt {

BayOverrides::BayOverrides(int chargerCount)
    : m_entries(size_t(std::max(0, chargerCount)))
{
}

void BayOverrides::set(int charger, BayOverride kind, const QString& by, TimeMs nowMs)
{
    Entry& e = m_entries.at(size_t(charger));
    e = kind == BayOverride::None ? Entry{} : Entry{kind, by, nowMs};
}

bool BayOverrides::any() const
{
    return std::any_of(m_entries.begin(), m_entries.end(),
                       [](const Entry& e) { return e.kind != BayOverride::None; });
}

void BayOverrides::shape(SiteSnapshot& snapshot) const
{
    for (size_t c = 0; c < m_entries.size() && c < snapshot.chargers.size(); ++c) {
        ChargerState& car = snapshot.chargers[c];
        if (!car.plugged)
            continue;
        switch (m_entries[c].kind) {
        case BayOverride::None:
            break;
        case BayOverride::ChargeNow:
            // Due one cycle from now with a full battery wanted: the dispatcher's most urgent car,
            // served at full power up to the connection limit. No V2B meanwhile.
            car.departureMs = snapshot.timeMs + qint64(snapshot.stepH * 3.6e6) + 1;
            if (car.capacityKwh > 0)
                car.targetEnergyKwh = std::max(car.targetEnergyKwh, car.capacityKwh);
            car.maxDischargeKw = 0;
            break;
        case BayOverride::Pause:
            car.maxChargeKw = 0;
            car.minChargeKw = 0;
            car.maxDischargeKw = 0;
            break;
        }
    }
}

void BayOverrides::annotate(Setpoints& setpoints) const
{
    if (setpoints.chargerReasons.size() < setpoints.chargerKw.size())
        setpoints.chargerReasons.resize(setpoints.chargerKw.size());
    for (size_t c = 0; c < m_entries.size() && c < setpoints.chargerKw.size(); ++c) {
        const Entry& e = m_entries[c];
        if (e.kind == BayOverride::None)
            continue;
        QString& reason = setpoints.chargerReasons[c];
        if (e.kind == BayOverride::Pause) {
            setpoints.chargerKw[c] = 0;
            // English, like every reason the engine records and sends (the GUI translates: ReasonText).
            reason = QStringLiteral("paused by %1").arg(e.by);
        } else {
            reason = QStringLiteral("charge now (override by %1)%2")
                         .arg(e.by, reason.isEmpty() ? QString() : QStringLiteral(": ") + reason);
        }
    }
}

std::vector<int> BayOverrides::releaseUnplugged(const SiteSnapshot& snapshot)
{
    std::vector<int> released;
    for (size_t c = 0; c < m_entries.size() && c < snapshot.chargers.size(); ++c)
        if (m_entries[c].kind != BayOverride::None && snapshot.chargers[c].online &&
            !snapshot.chargers[c].plugged) {
            m_entries[c] = Entry{};
            released.push_back(int(c));
        }
    return released;
}

} // namespace parkwatt
