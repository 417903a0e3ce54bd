#include "engine/Operator.h"

#include <QCoreApplication>

namespace parkwatt {

QString roleName(UserRole role)
{
    switch (role) {
    case UserRole::Viewer:
        return QStringLiteral("viewer");
    case UserRole::Manager:
        return QStringLiteral("manager");
    case UserRole::Installer:
        return QStringLiteral("installer");
    case UserRole::Admin:
        return QStringLiteral("admin");
    }
    return QStringLiteral("viewer");
}

std::optional<UserRole> roleFromName(const QString& name)
{
    for (const UserRole role : {UserRole::Viewer, UserRole::Manager, UserRole::Installer, UserRole::Admin})
        if (roleName(role) == name)
            return role;
    return std::nullopt;
}

QString overrideName(BayOverride kind)
{
    switch (kind) {
    case BayOverride::None:
        return QStringLiteral("release");
    case BayOverride::ChargeNow:
        return QStringLiteral("charge_now");
    case BayOverride::Pause:
        return QStringLiteral("pause");
    }
    return QStringLiteral("release");
}

} // namespace parkwatt
