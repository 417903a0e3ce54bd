#pragma once
// Acknowledges events on the engine as one operator: one acknowledgeEvent() per event, then waits
// for the engine's answers (commandFinished) and reports once all of them are in: how many were
// acknowledged and what the engine refused. Never blocks.

#include "engine/SiteControl.h"

#include <QObject>
#include <QStringList>
#include <set>
#include <vector>

namespace parkwatt {

class EventAcknowledger : public QObject {
    Q_OBJECT
public:
    EventAcknowledger(SiteControl& control, Operator by, QObject* parent = nullptr);

    bool mayAcknowledge() const { return parkwatt::mayAcknowledge(m_operator.role); }
    const Operator& by() const { return m_operator; }
    // Sends one acknowledgement per id; finished() follows when the engine has answered them all.
    void acknowledge(const std::vector<qint64>& eventIds);
    bool isWaiting() const { return !m_pending.empty(); }

signals:
    // `errors`: the engine's refusals, one per event it refused.
    void finished(int acknowledged, const QStringList& errors);

private:
    void answered(quint64 requestId, const CommandResult& result);

    SiteControl& m_control;
    Operator m_operator;
    std::set<quint64> m_pending;
    int m_acknowledged = 0;
    QStringList m_errors;
};

} // namespace parkwatt
