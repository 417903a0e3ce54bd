#pragma once
// How one lobby kiosk behaves, from its own file on the lobby PC (docs/kiosk.md): the manager PIN
// that leaves kiosk mode, whether drivers may change their session here and each bay's PIN, how
// fast the home pages rotate, when an idle screen returns home, and the grid's CO2 intensity for
// "CO2 avoided". PINs are stored hashed (PasswordHash), never in clear.

#include "config/ConfigError.h"
#include "security/PasswordHash.h"

#include <QHash>
#include <QString>
#include <optional>

namespace parkwatt {

struct KioskConfig {
    std::optional<PasswordHash> managerPin; // none: kiosk mode cannot be left from the screen
    bool driverInput = false;               // drivers may set departure, target and consent
    QHash<QString, PasswordHash> bayPins;   // by charger id; a bay without one takes no input
    int rotateS = 12;                       // each home page shows this long
    int idleS = 60;                         // untouched this long: back to the home pages
    double co2KgPerKwh = 0.4;               // the grid's intensity that on-site PV replaces
    int pinAttempts = 3;                    // wrong PINs in a row before a bay waits
    int lockoutS = 30;                      // the first wait; it doubles with every further miss

    // The demo garage's kiosk: driver input on, every bay's PIN and the manager PIN as
    // docs/kiosk.md lists them (hashed with few iterations: demo only).
    static KioskConfig demo(const QStringList& chargerIds);
};

// Reads a kiosk file (format "parkwatt-kiosk/1"); errors name the file and the field.
LoadResult<KioskConfig> loadKioskConfig(const QString& path);

} // namespace parkwatt
