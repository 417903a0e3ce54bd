#pragma once
// `parkwattd run --site FILE [--db FILE [--move-aside]] [--profiles DIR] [--duration SECONDS]
// [--cycle-ms N] [--lock-dir DIR]`:
// the engine in real time over the site's Modbus devices until SIGTERM, Ctrl-C or the duration
// ends, then every charger in its safe state and exit 0. Refuses (exit 3) while another engine
// controls the same devices, naming it.

#include <QStringList>

class RunCommand {
public:
    // `arguments` start with the program name, then "run".
    int run(const QStringList& arguments);
};
