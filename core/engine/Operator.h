#pragma once
// Who asks the engine for what: the operator and their role, the permissions each role has, the
// overrides a bay can be given, and a command's answer. Checked in the engine, not only in the UI.

#include <QMetaType>
#include <QString>
#include <optional>

namespace parkwatt {

// Who may do what. Users and logins arrive with the commissioning issue; until then the control
// room runs as one operator whose role is given at start.
enum class UserRole { Viewer, Manager, Installer, Admin };

struct Operator {
    QString name;
    UserRole role = UserRole::Viewer;
};

inline bool mayOverrideBays(UserRole role)
{
    return role != UserRole::Viewer;
}
inline bool mayChangePolicy(UserRole role)
{
    return role == UserRole::Manager || role == UserRole::Admin;
}
inline bool mayAcknowledge(UserRole role)
{
    return role != UserRole::Viewer;
}
// Drivers set their own car's departure, target and consent (the kiosk checks the bay's PIN first).
inline bool mayUpdateSessions(UserRole)
{
    return true;
}
QString roleName(UserRole role);
std::optional<UserRole> roleFromName(const QString& name);

struct CommandResult {
    bool ok = false;
    QString error; // what went wrong, for the user, when !ok
};

// A manager's override of one bay, kept until released or the car leaves.
enum class BayOverride {
    None,      // the engine decides (release)
    ChargeNow, // charge at full power, within the connection limit, until full
    Pause,     // neither charge nor discharge
};
QString overrideName(BayOverride kind);

} // namespace parkwatt

Q_DECLARE_METATYPE(parkwatt::CommandResult)
Q_DECLARE_METATYPE(parkwatt::Operator)
Q_DECLARE_METATYPE(parkwatt::BayOverride)
