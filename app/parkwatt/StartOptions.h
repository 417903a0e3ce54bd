#pragma once
// parkwatt's command line: what to run (the demo garage, or a site file) and how (who operates,
// a self-test, screenshots).

#include "engine/Operator.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

struct StartOptions {
    QString sitePath; // empty: the demo garage
    QString dbPath;   // the site's database (the demo: a temporary one when empty)
    QStringList profileDirs;
    QString lockDir;
    parkwatt::Operator op;
    double speed = 10;       // the demo's simulated seconds per second
    int startAtS = 7 * 3600; // where the demo's day begins
    QString apiListen;       // serve the API from the in-process engine: "[ADDRESS:]PORT"
    QString apiDir;
    QString connectTo; // "HOST:PORT" of a remote engine
    QString token;
    QString fingerprint;
    int idleLogoffMs = 15 * 60 * 1000; // a signed-in operator is signed off after this long idle
    bool commission = false; // the installer's commissioning wizard (with --site: that file imported)
    bool kiosk = false;      // the lobby kiosk instead of the control room
    QString kioskConfigPath; // its PINs and settings (the demo has built-in ones)
    bool hashPin = false;    // read a PIN from stdin, print its hash for a kiosk file, quit
    bool selfTest = false;
    QString language; // --language: start in this one instead of the system's
    QString screenshotDir;
    int screenshotDelayMs = 8000;
    QString error; // what is wrong with the command line

    // Nobody is there to read a dialog.
    bool unattended() const { return selfTest || !screenshotDir.isEmpty(); }
};

// Exits on --help and --version (they print without a display).
StartOptions parseStartOptions(const QCoreApplication& app);
// --help and --version must work without a display, so they are handled before any window system
// is touched.
bool printsAndExits(int argc, char* argv[]);
