#pragma once
// `parkwattd simulate SCENARIO [--report FILE] [--csv FILE] [--per-charger] [--baseline]
// [--forecast perfect|realistic]`: a what-if run faster than real time, with the spec's report.

#include <QStringList>

// Exit codes of every parkwattd command.
enum ExitCode {
    ExitOk = 0,
    ExitInternalFailure = 1,
    ExitInvalidInput = 2,
    ExitSiteControlled = 3, // another engine controls the site
    ExitAuditBroken = 4,    // the audit trail's hash chain does not hold
    ExitCheckFailed = 5,    // verify: a charger or the site failed a check
};

class SimulateCommand {
public:
    // `arguments` start with the program name, then "simulate".
    int run(const QStringList& arguments);
};
