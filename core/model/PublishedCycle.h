#pragma once
// One finished engine cycle as the user interfaces see it, whoever ran it (the demo's simulated
// site, the live engine over Modbus, later the network): what was sensed (every charger with its
// session), what was commanded with the reasons, and the site's flows as the physics' StepRecord.
// A plain value, so a view model is a function of it and trivially testable.

#include "model/Snapshot.h"
#include "model/StepRecord.h"

#include <QMetaType>
#include <QStringList>

namespace parkwatt {

struct PublishedCycle {
    SiteSnapshot sensed;
    Setpoints commanded;
    StepRecord applied;
    QStringList offlineDevices; // device ids whose reading is missing this cycle (live only)
};

} // namespace parkwatt

Q_DECLARE_METATYPE(parkwatt::PublishedCycle)
