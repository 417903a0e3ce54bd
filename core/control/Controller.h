#pragma once
// The interface every controller implements: the site's snapshot (which carries the time) and a
// forecast in, setpoints out. No wall clock, no I/O: the engine owns both, so the same controller
// runs in real time over Modbus and in simulated time over the site physics.

#include "model/Snapshot.h"

#include <QString>

namespace parkwatt {

class Forecast;

class Controller {
public:
    virtual ~Controller() = default;
    // A short name for reports and logs ("baseline", "policy").
    virtual QString name() const = 0;
    // Setpoints for the cycle that starts at now.timeMs and lasts now.stepH hours. The forecast
    // lets a controller plan ahead; it only ever holds what the chosen forecast mode may know.
    virtual Setpoints dispatch(const SiteSnapshot& now, const Forecast& forecast) = 0;
};

} // namespace parkwatt
