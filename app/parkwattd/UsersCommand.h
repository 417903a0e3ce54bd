#pragma once
// `parkwattd users list|add|passwd --db FILE`: the site's users from the command line, for an
// engine machine without a screen (docs/commissioning.md). Passwords come on standard input, one
// per line, never as arguments. Adding needs an administrator's sign-in (`--by`), except the very
// first user of a database, who must be an administrator. Every change goes to the audit trail.

#include "SimulateCommand.h" // ExitCode

#include <QStringList>

class UsersCommand {
public:
    static constexpr int ExitNotPermitted = 6;

    // `arguments` start with the program name, then "users".
    int run(const QStringList& arguments);
};
