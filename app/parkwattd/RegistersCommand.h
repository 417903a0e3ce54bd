#pragma once
// `parkwattd registers read|write`: the installer's register inspector on the command line
// (docs/commissioning.md). read: any range of any table of any Modbus TCP device, raw (hex and
// decimal) and decoded as a chosen type and word order. write: only to a device of the site
// file, only by an installer or administrator of the site's database (password on standard
// input), only with --yes, never while an engine controls the site; the value before, the value
// written and the read-back go to the audit trail.

#include "SimulateCommand.h" // ExitCode

#include <QStringList>

class RegistersCommand {
public:
    static constexpr int ExitNotPermitted = 6; // the user may not write registers (or is unknown)
    static constexpr int kMaxCount = 125;      // Modbus's limit for one read of registers

    // `arguments` start with the program name, then "registers".
    int run(const QStringList& arguments);
};
