#pragma once
// `parkwattd verify --site FILE [--device ID] [--fallback] [--step-wait-ms N] [--watchdog-s N]
// [--json FILE] [--profiles DIR]`: verifies every charger of a site file before it goes live
// (docs/commissioning.md): identity and state, fail-safe and watchdog written and read back,
// setpoints followed, optionally the fallback, and the site's fallback budget. One line per check
// on stdout; "parkwatt-verification/1" with --json. Exits 0 when every check passes, ExitCheckFailed
// when one fails, ExitInvalidInput on bad input. Writes only to the chargers in the site file.

#include "SimulateCommand.h" // ExitCode

#include <QStringList>

class VerifyCommand {
public:
    int run(const QStringList& arguments);
};
