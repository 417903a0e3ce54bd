#pragma once
// What the engine and the user hand to storage besides samples: events and alarms, EV
// sessions, policy changes and audit entries. Plain values; times in ms since the epoch (UTC).

#include "model/Time.h"

#include <QString>
#include <optional>

namespace parkwatt {

using SeriesId = qint64;

struct Sample {
    TimeMs timeMs = 0;
    SeriesId series = 0;
    double value = 0;
};

enum class EventSeverity { Info, Warning, Alarm };

// An event is raised once and cleared once; (source, code) names it while it is active.
struct RaisedEvent {
    QString source; // "charger.B07", "meter", "storage"
    QString code;   // "offline", "disk_full"
    EventSeverity severity = EventSeverity::Warning;
    QString message;
    TimeMs raisedAt = 0;
};

struct EventRecord {
    qint64 id = 0;
    QString source;
    QString code;
    QString severity; // "info", "warning", "alarm"
    QString message;
    TimeMs raisedAt = 0;
    std::optional<TimeMs> clearedAt;
    std::optional<TimeMs> acknowledgedAt;
    QString acknowledgedBy;
};

// One car on one charger, from arrival to departure. Recorded at arrival (no departure yet)
// and again at departure; (charger, arrival) identifies it.
struct SessionRecord {
    QString charger;
    QString vehicle;
    TimeMs arrival = 0;
    std::optional<TimeMs> departure;
    std::optional<double> targetKwh;
    double chargedKwh = 0;
    double dischargedKwh = 0;
    std::optional<bool> targetMet;
    QString reasons; // why the target was missed, V2B consent, ...
};

struct PolicyChange {
    TimeMs changedAt = 0;
    QString changedBy;
    QString beforeJson; // empty for the first policy
    QString afterJson;
};

struct AuditEntry {
    TimeMs at = 0;
    QString actor;  // "engine", a user name
    QString action; // "setpoint.write", "policy.change", "event.acknowledge"
    QString detail; // JSON text
};

} // namespace parkwatt
