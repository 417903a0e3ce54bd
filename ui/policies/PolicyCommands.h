#pragma once
// The Policies page's commands to the engine: apply a policy and undo the last change, as one
// operator, one command at a time. The engine checks the role and answers asynchronously
// (SiteControl::commandFinished); answered() says how it went, in words for the manager.

#include "engine/SiteControl.h"

#include <QObject>
#include <optional>

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
    // The last answer in the current language (what answered() carried, re-worded after a
    // language switch); empty before the first.
    QString lastAnswer() const;

signals:
    void pendingChanged(bool pending);
    void answered(bool ok, const QString& message);

private:
    enum class Command { None, Apply, Undo };
    void send(quint64 requestId, Command command);
    static QString successText(Command command);

    SiteControl& m_control;
    Operator m_by;
    quint64 m_pending = 0;
    Command m_command = Command::None;         // the one sent last
    Command m_answeredCommand = Command::None; // the one m_lastResult answers
    std::optional<CommandResult> m_lastResult;
};

} // namespace parkwatt
