#pragma once
// The Policies page's commands to the engine: apply a policy and undo the last change, as one
// operator, one command at a time. The engine checks the role and answers asynchronously
// (SiteControl::commandFinished); answered() says how it went, in words for the manager.

#include "engine/SiteControl.h"

#include <QObject>

namespace parkwatt {

class PolicyCommands : public QObject {
    Q_OBJECT
public:
    PolicyCommands(SiteControl& control, Operator by, QObject* parent = nullptr);

    const Operator& by() const { return m_by; }
    bool mayChange() const { return mayChangePolicy(m_by.role); }
    // Why the operator may not change the policy (empty when they may).
    QString refusal() const;
    bool isPending() const { return m_pending != 0; }

    void apply(const Policy& policy);
    void undo();

signals:
    void pendingChanged(bool pending);
    void answered(bool ok, const QString& message);

private:
    void send(quint64 requestId, QString successText);

    SiteControl& m_control;
    Operator m_by;
    quint64 m_pending = 0;
    QString m_successText;
};

} // namespace parkwatt
