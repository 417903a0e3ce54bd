#pragma once
// `parkwattd audit verify --db FILE`: checks the audit trail's hash chain. Exits 0 when every
// entry holds, ExitAuditBroken naming the first entry that does not when any was altered,
// removed or inserted, ExitInvalidInput when the file is not a usable Parkwatt database.

#include "SimulateCommand.h"

#include <QStringList>

class AuditCommand {
public:
    // `arguments` start with the program name, then "audit".
    int run(const QStringList& arguments);
};
