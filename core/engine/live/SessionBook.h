#pragma once
// The EV sessions of a real site. Modbus alone tells the engine that a car is plugged in (IEC 61851
// state B, C or D), what it draws, and on some chargers its SoC; it does not say when the driver
// leaves or how much they want. So a session opens at plug-in with the site's defaults (a usual
// dwell time and energy wish, no V2B consent), the driver's input (kiosk, control room) replaces
// them, and the session closes at unplug with what was charged and lent.

#include "model/Time.h"

#include <QMetaType>
#include <QString>
#include <optional>
#include <vector>

namespace parkwatt {

// What the engine assumes until the driver says otherwise.
struct SessionDefaults {
    int dwellS = 8 * 3600;       // departure = arrival + this
    double targetEnergyKwh = 20; // wanted by departure, on top of the arrival energy
    double capacityKwh = 60;     // a car's battery when the charger does not report SoC
    double targetSocPct = 80;    // the wish when the charger reports SoC
};

// A driver's wishes for their session; unset fields stay as they are.
struct DriverInput {
    std::optional<TimeMs> departureMs;
    std::optional<double> targetEnergyKwh; // EV energy wanted at departure
    std::optional<bool> v2xConsent;
    std::optional<double> minEnergyKwh; // the floor V2B may not go below
};

struct LiveSession {
    int index = -1; // unique over the engine's life, for the controller and the records
    QString id;     // "B07-20261122T0815"
    int chargerIndex = -1;
    TimeMs arrivalMs = 0;
    TimeMs departureMs = 0;
    TimeMs departedMs = 0; // when it closed (0 while open)
    double capacityKwh = 0;
    double arrivalEnergyKwh = 0;
    double energyKwh = 0; // now: from SoC where measured, else arrival energy + net delivered
    double targetEnergyKwh = 0;
    double minEnergyKwh = 0;
    bool v2xConsent = false;
    bool socMeasured = false;
    bool driverEntered = false; // departure and target come from the driver, not the defaults
    double chargedKwh = 0;
    double dischargedKwh = 0; // lent to the building (V2B), for crediting the owner
};

// One charger's measurement in a cycle.
struct ChargerObservation {
    bool online = false;
    bool plugged = false;
    double powerKw = 0; // > 0 charging
    std::optional<double> socPct;
};

class SessionBook {
public:
    explicit SessionBook(int chargerCount, std::vector<QString> chargerIds = {},
                         SessionDefaults defaults = {});

    // Advances every charger by one cycle of `stepH` hours ending at `nowMs`. An offline charger
    // keeps its session as it was (unknown is not unplugged).
    void observe(int chargerIndex, const ChargerObservation& seen, TimeMs nowMs, double stepH);

    // The open session at a charger, or nullptr.
    const LiveSession* active(int chargerIndex) const;
    // Applies a driver's input to the open session at a charger. False, with `error` saying why,
    // when there is no session or the input is impossible (departure in the past, target above
    // capacity or below the floor, a negative floor).
    bool applyDriverInput(int chargerIndex, const DriverInput& input, TimeMs nowMs, QString* error);

    // Sessions closed since the last call (for the records).
    std::vector<LiveSession> takeClosed();
    int openCount() const;

private:
    void open(int chargerIndex, const ChargerObservation& seen, TimeMs nowMs);

    SessionDefaults m_defaults;
    std::vector<QString> m_chargerIds;
    std::vector<std::optional<LiveSession>> m_open;
    std::vector<LiveSession> m_closed;
    int m_nextIndex = 0;
};

} // namespace parkwatt

Q_DECLARE_METATYPE(parkwatt::LiveSession)
