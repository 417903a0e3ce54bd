#include "events/EventAcknowledger.h"

namespace parkwatt {

EventAcknowledger::EventAcknowledger(SiteControl& control, Operator by, QObject* parent)
    : QObject(parent)
    , m_control(control)
    , m_operator(std::move(by))
{
    connect(&m_control, &SiteControl::commandFinished, this, &EventAcknowledger::answered);
}

void EventAcknowledger::acknowledge(const std::vector<qint64>& eventIds)
{
    if (m_pending.empty()) {
        m_acknowledged = 0;
        m_errors.clear();
    }
    // The answers come after the calls return (SiteControl's contract), so none is missed.
    for (const qint64 id : eventIds)
        m_pending.insert(m_control.acknowledgeEvent(id, m_operator));
}

void EventAcknowledger::answered(quint64 requestId, const CommandResult& result)
{
    if (m_pending.erase(requestId) == 0)
        return;
    if (result.ok)
        ++m_acknowledged;
    else
        m_errors << result.error;
    if (m_pending.empty())
        emit finished(m_acknowledged, m_errors);
}

} // namespace parkwatt
