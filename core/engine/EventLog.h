#pragma once
// The engine's alarms and events as the control room lists them: raised once and cleared once by
// (source, code), acknowledged by a user. Kept in memory for the running engine (the database
// keeps the long history); bounded: the oldest cleared entries go first.

#include "engine/SiteControl.h"

#include <deque>

namespace parkwatt {

class EventLog {
public:
    explicit EventLog(size_t maxEntries = 2000);

    // Raises (source, code) unless it is active already; returns the new event's id, or 0.
    qint64 raise(const QString& source, const QString& code, EventSeverity severity, const QString& message,
                 TimeMs atMs);
    // Clears the active (source, code); false when none is active.
    bool clear(const QString& source, const QString& code, TimeMs atMs);
    // Something that happened (a policy change, an override): raised and cleared at once.
    qint64 note(const QString& source, const QString& code, const QString& message, TimeMs atMs);
    // False with `error` when the id is unknown or it was acknowledged already.
    bool acknowledge(qint64 id, const QString& by, TimeMs atMs, QString* error);

    // Newest first.
    std::vector<EngineEvent> events() const;
    const EngineEvent* find(qint64 id) const;
    int activeCount() const;

private:
    EngineEvent* active(const QString& source, const QString& code);
    void trim();

    std::deque<EngineEvent> m_events; // oldest first
    size_t m_max;
    qint64 m_nextId = 1;
};

} // namespace parkwatt
