#pragma once
// What a user interface sees of the engine that runs a site, wherever the engine runs: in this
// program (LiveSiteControl over a LiveEngine) or, later, across the network. The control-room
// pages talk only to this: they receive cycles, events and device health as signals, and send
// commands (policy, overrides, acknowledgements) that the engine checks against the operator's
// role and answers asynchronously with commandFinished(request id, result), so a page never waits.

#include "engine/Operator.h"
#include "engine/live/LiveEngine.h"
#include "engine/live/SessionBook.h"
#include "model/Policy.h"
#include "model/PublishedCycle.h"
#include "storage/StorageRecords.h"

#include <QMetaType>
#include <QObject>
#include <QString>
#include <map>
#include <optional>
#include <vector>

namespace parkwatt {

// One device's health for the Devices page.
struct DeviceStatus {
    QString id;
    QString role;    // "charger", "grid_meter", ...
    QString profile; // the device profile's id
    QString address; // "192.168.1.20:502 unit 1"
    bool online = false;
    QString fault;                      // why it is offline, when it is
    std::optional<TimeMs> lastAnswerMs; // the last good answer
    std::optional<double> roundTripMs;  // median of the recent requests
    int requests = 0;
    int errors = 0;   // failed requests since start
    QString firmware; // from the profile's identification registers, when it has them
    QString model;
};

// An alarm or event as the Events page lists it. Raised once and cleared once; acknowledged by a
// user, which the audit trail records.
struct EngineEvent {
    qint64 id = 0;
    QString source; // "charger.B07", "meter", "storage", "policy"
    QString code;   // "offline", "changed", ...
    EventSeverity severity = EventSeverity::Warning;
    QString message;
    TimeMs raisedAt = 0;
    std::optional<TimeMs> clearedAt;
    std::optional<TimeMs> acknowledgedAt;
    QString acknowledgedBy;
    bool active() const { return !clearedAt.has_value(); }
};

class SiteControl : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~SiteControl() override = default;

    // "in this program, live site", "demo garage on simulated devices", "192.0.2.4:7441".
    virtual QString description() const = 0;
    virtual bool isConnected() const = 0;
    // The site's database (empty when the engine records nothing): the policy preview replays the
    // last recorded days from it.
    virtual QString databasePath() const = 0;
    // The site's topology and clock (a remote window lays out the same bays).
    virtual SiteSpec site() const = 0;
    virtual int utcOffsetS() const = 0;

    virtual Policy policy() const = 0;
    virtual bool canUndoPolicy() const = 0;
    virtual std::vector<DeviceStatus> devices() const = 0;
    virtual std::vector<EngineEvent> events() const = 0;
    // Bays under an override, by charger id.
    virtual std::map<QString, BayOverride> overrides() const = 0;

    // Commands: each returns a request id at once; commandFinished(id, result) follows (never
    // before the call returns). The engine checks the operator's role and records the command in
    // the audit trail.
    virtual quint64 applyPolicy(const Policy& policy, const Operator& by) = 0;
    virtual quint64 undoPolicy(const Operator& by) = 0;
    virtual quint64 overrideBay(const QString& chargerId, BayOverride kind, const Operator& by) = 0;
    virtual quint64 acknowledgeEvent(qint64 eventId, const Operator& by) = 0;
    // A driver's wishes for the car at a bay (departure, target, V2B consent), validated by the engine.
    virtual quint64 updateSession(const QString& chargerId, const DriverInput& input, const Operator& by) = 0;

signals:
    void cyclePublished(const parkwatt::PublishedCycle& cycle);
    void cycleFinished(const parkwatt::CycleStats& stats);
    void policyChanged(const parkwatt::PolicyChange& change);
    void eventsChanged();
    void devicesChanged();
    void overridesChanged();
    void connectionChanged(bool connected, const QString& why);
    void commandFinished(quint64 requestId, const parkwatt::CommandResult& result);
};

} // namespace parkwatt
