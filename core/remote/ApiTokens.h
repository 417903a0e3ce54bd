#pragma once
// Who may use the engine's API: one secret token per role (kiosk, manager, installer, admin), made
// on first start with the system's random generator and kept in a file only the engine's user
// can read. A client presents its token in its first message; the engine maps it to a role and
// checks that role for every command.

#include "engine/Operator.h"

#include <QString>
#include <map>
#include <optional>

namespace parkwatt {

enum class ApiRole { Kiosk, Manager, Installer, Admin };

QString apiRoleName(ApiRole role);
// The engine role a client of this API role acts as (a kiosk is a viewer that drivers use).
UserRole userRoleOf(ApiRole role);

class ApiTokens {
public:
    // Loads `path` or makes it (mode 0600) when missing. Nothing, with `error` naming the file and
    // field, when it cannot be read, parsed or written.
    static std::optional<ApiTokens> loadOrCreate(const QString& path, QString* error);

    // The role of a presented token (compared in constant time), or nothing.
    std::optional<ApiRole> roleOf(const QString& token) const;
    QString tokenOf(ApiRole role) const;

private:
    std::map<ApiRole, QString> m_tokens;
};

} // namespace parkwatt
