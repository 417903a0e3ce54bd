#include "policies/PolicyCommands.h"

namespace parkwatt {

PolicyCommands::PolicyCommands(SiteControl& control, Operator by, QObject* parent)
    : QObject(parent)
    , m_control(control)
    , m_by(std::move(by))
{
    connect(&m_control, &SiteControl::commandFinished, this,
            [this](quint64 requestId, const CommandResult& result) {
                if (requestId != m_pending)
                    return;
                m_pending = 0;
                m_lastResult = result;
                m_answeredCommand = m_command;
                emit pendingChanged(false);
                emit answered(result.ok, lastAnswer());
            });
}

QString PolicyCommands::lastAnswer() const
{
    if (!m_lastResult)
        return {};
    return m_lastResult->ok ? successText(m_answeredCommand) : tr("The engine refused: %1").arg(m_lastResult->error);
}

QString PolicyCommands::successText(Command command)
{
    switch (command) {
    case Command::Apply:
        return tr("Policy applied: the engine has re-planned with it.");
    case Command::Undo:
        return tr("Last change undone: the previous policy is back in force.");
    case Command::None:
        break;
    }
    return {};
}

QString PolicyCommands::refusal() const
{
    if (mayChange())
        return {};
    return tr("Changing the policy needs the manager or admin role; %1 is signed in as %2.")
        .arg(m_by.name.isEmpty() ? tr("this operator") : m_by.name, roleName(m_by.role));
}

void PolicyCommands::apply(const Policy& policy)
{
    send(m_control.applyPolicy(policy, m_by), Command::Apply);
}

void PolicyCommands::undo()
{
    send(m_control.undoPolicy(m_by), Command::Undo);
}

void PolicyCommands::send(quint64 requestId, Command command)
{
    // The answer is queued (never before the id is returned), so it cannot be missed here.
    m_pending = requestId;
    m_command = command;
    emit pendingChanged(true);
}

} // namespace parkwatt
