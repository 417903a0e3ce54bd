#include "overview/OpenAlarms.h"

#include <algorithm>

namespace parkwatt {

void OpenAlarms::update(const PublishedCycle& cycle)
{
    const TimeMs now = cycle.applied.timeMs;
    // A simulated day that starts over begins with no history.
    if (!m_open.empty() &&
        std::any_of(m_open.begin(), m_open.end(), [now](const OpenAlarm& a) { return a.sinceMs > now; }))
        m_open.clear();

    QStringList offline = cycle.offlineDevices;
    // The demo has no devices list; its chargers' own state says whether they answer.
    for (size_t i = 0; i < cycle.sensed.chargers.size(); ++i)
        if (!cycle.sensed.chargers[i].online && cycle.offlineDevices.isEmpty())
            offline << (i < size_t(m_chargerIds.size()) ? m_chargerIds[qsizetype(i)]
                                                        : QString::number(i + 1));

    std::vector<OpenAlarm> next;
    auto carry = [&](OpenAlarm::Kind kind, const QString& subject) {
        const auto it = std::find_if(m_open.begin(), m_open.end(), [&](const OpenAlarm& a) {
            return a.kind == kind && a.subject == subject;
        });
        next.push_back(it != m_open.end() ? *it : OpenAlarm{kind, subject, now});
    };
    if (cycle.applied.outage)
        carry(OpenAlarm::Kind::GridOutage, QString());
    for (const QString& device : offline)
        carry(OpenAlarm::Kind::DeviceOffline, device);
    std::stable_sort(next.begin(), next.end(),
                     [](const OpenAlarm& a, const OpenAlarm& b) { return a.sinceMs < b.sinceMs; });
    m_open = std::move(next);
}

} // namespace parkwatt
