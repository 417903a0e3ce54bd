#include "engine/EventLog.h"

#include <QCoreApplication>
#include <algorithm>

namespace parkwatt {

EventLog::EventLog(size_t maxEntries)
    : m_max(std::max<size_t>(maxEntries, 1))
{
}

EngineEvent* EventLog::active(const QString& source, const QString& code)
{
    for (auto it = m_events.rbegin(); it != m_events.rend(); ++it)
        if (it->active() && it->source == source && it->code == code)
            return &*it;
    return nullptr;
}

qint64 EventLog::raise(const QString& source, const QString& code, EventSeverity severity,
                       const QString& message, TimeMs atMs)
{
    if (active(source, code))
        return 0;
    EngineEvent e;
    e.id = m_nextId++;
    e.source = source;
    e.code = code;
    e.severity = severity;
    e.message = message;
    e.raisedAt = atMs;
    m_events.push_back(std::move(e));
    trim();
    return m_events.back().id;
}

bool EventLog::clear(const QString& source, const QString& code, TimeMs atMs)
{
    EngineEvent* e = active(source, code);
    if (!e)
        return false;
    e->clearedAt = atMs;
    return true;
}

qint64 EventLog::note(const QString& source, const QString& code, const QString& message, TimeMs atMs)
{
    EngineEvent e;
    e.id = m_nextId++;
    e.source = source;
    e.code = code;
    e.severity = EventSeverity::Info;
    e.message = message;
    e.raisedAt = atMs;
    e.clearedAt = atMs;
    m_events.push_back(std::move(e));
    trim();
    return m_events.back().id;
}

bool EventLog::acknowledge(qint64 id, const QString& by, TimeMs atMs, QString* error)
{
    for (EngineEvent& e : m_events)
        if (e.id == id) {
            if (e.acknowledgedAt) {
                if (error)
                    *error =
                        QCoreApplication::translate("EventLog", "this event was acknowledged by %1 already")
                            .arg(e.acknowledgedBy);
                return false;
            }
            e.acknowledgedAt = atMs;
            e.acknowledgedBy = by;
            return true;
        }
    if (error)
        *error = QCoreApplication::translate("EventLog", "there is no event %1 (it may have been cleared and "
                                                         "dropped from the list)")
                     .arg(id);
    return false;
}

std::vector<EngineEvent> EventLog::events() const
{
    return {m_events.rbegin(), m_events.rend()};
}

const EngineEvent* EventLog::find(qint64 id) const
{
    for (const EngineEvent& e : m_events)
        if (e.id == id)
            return &e;
    return nullptr;
}

int EventLog::activeCount() const
{
    return int(
        std::count_if(m_events.begin(), m_events.end(), [](const EngineEvent& e) { return e.active(); }));
}

void EventLog::trim()
{
    // Active alarms stay however many there are; the oldest cleared ones make room.
    while (m_events.size() > m_max) {
        const auto cleared =
            std::find_if(m_events.begin(), m_events.end(), [](const EngineEvent& e) { return !e.active(); });
        if (cleared == m_events.end())
            break;
        m_events.erase(cleared);
    }
}

} // namespace parkwatt
