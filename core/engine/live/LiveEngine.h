#pragma once
// The engine in real time over a site's Modbus devices: every cycle (1 s by default) it asks each
// device for a reading, waits for them within a budget, builds the snapshot, lets the controller
// dispatch, limits the result when the grid meter is lost, and sends the changed setpoints (and
// watchdog refreshes). A device that does not answer in time misses that cycle only; the others
// run on. stop() puts every charger in its safe state.

#include "engine/Clock.h"
#include "engine/live/BayOverrides.h"
#include "engine/live/DeviceLink.h"
#include "engine/live/LiveSnapshotBuilder.h"
#include "engine/live/MeterLossGuard.h"
#include "engine/live/SessionBook.h"
#include "model/PublishedCycle.h"
#include "model/SiteFile.h"
#include "storage/StorageRecords.h"

#include <QMetaType>
#include <QObject>
#include <QTimer>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace parkwatt {

class Controller;
class Forecast;
class ProfileLibrary;

struct LiveEngineOptions {
    int cycleMs = 1000;
    double timeScale = 1;    // simulated seconds per wall second: 1 at a real site, the speed in the demo
    int pollBudgetMs = 600;  // a reading later than this misses its cycle
    int writeBudgetMs = 300; // the cycle waits this long for its writes to be acknowledged
    double deadbandKw = 0.1;
    double meterLossRampKwPerCycle = 1.0;
    int safeStateTimeoutMs = 3000;
    SessionDefaults sessions;
};

// What one cycle took and saw.
struct CycleStats {
    qint64 cycle = 0;
    TimeMs startMs = 0;
    double pollMs = 0;
    double dispatchMs = 0;
    double writeMs = 0;
    double totalMs = 0;
    int devicesRead = 0;
    int devicesMissing = 0;
    int writesSent = 0;
    bool gridMeterValid = false;
};

// What the devices measured in the last cycle, besides the controller's snapshot.
struct LiveMeasurement {
    std::optional<double> gridKw;       // nothing while the grid meter is lost
    std::vector<double> chargerPowerKw; // per site charger (0 when missing)
    double batteriesKw = 0;             // > 0 charging
    bool batterySocMeasured = true;     // false: the SoC shows as unknown, never as 0 %
};

// A setpoint a charger acknowledged.
struct SetpointWrite {
    QString deviceId;
    double kw = 0;
};

class LiveEngine : public QObject {
    Q_OBJECT
public:
    // Everything wrong with running this site with these profiles, one message per problem, each
    // naming the device (an unknown profile, a role the profile does not fit, an unknown charger).
    static QStringList check(const SiteFile& site, const ProfileLibrary& profiles);
    // Lowers each charger's charge and discharge maxima to what its device's setpoint register can
    // express (a site file may promise an 11 kW bay on a 7.4 kW Wallbox), so the controller plans
    // with what the chargers will do. Returns one note per change. Call before building the
    // controller.
    static QStringList fitChargersToDevices(SiteFile& site, const ProfileLibrary& profiles);

    // `site` must pass check(). The profile library, controller, forecast and clock must outlive
    // the engine.
    LiveEngine(SiteFile site, const ProfileLibrary& profiles, Controller& controller, Forecast& forecast,
               const Clock& clock, LiveEngineOptions options = {}, QObject* parent = nullptr);
    ~LiveEngine() override;

    // Starts cycling on a timer. A tick while a cycle still runs is skipped (counted).
    void start();
    // Stops cycling, lets a running cycle end, then writes every charger's safe state in parallel.
    // Returns how many chargers confirmed it.
    QCoro::Task<int> stop();
    // One cycle now (what the timer runs; tests and benchmarks call it directly).
    QCoro::Task<CycleStats> runCycle();

    const SiteFile& site() const { return m_site; }
    // The engine's clock (the wall clock at a real site; the simulated day's in the demo).
    TimeMs now() const { return m_clock.now(); }

    // Who puts a new policy into effect in the controller (the composition root, which built both).
    void setPolicyApplier(std::function<void(const Policy&)> applier) { m_applyPolicy = std::move(applier); }
    // A facility manager's new policy: checked, handed to the controller (which re-plans at once),
    // announced with before and after for the policy versions and the audit trail. False with
    // `error` saying what is wrong (nothing changes then).
    bool applyPolicy(const Policy& policy, const QString& by, QString* error);
    // Returns to the policy before the last apply (as a new change, so the history keeps both).
    bool undoPolicy(const QString& by, QString* error);
    bool canUndoPolicy() const { return !m_policyHistory.empty(); }
    // What is wrong with a policy for this site, or empty.
    QString checkPolicy(const Policy& policy) const;
    // A manager's override of a bay (charge now, pause; None releases it). False with `error` when
    // the charger is unknown or no car is plugged in. Announced with overrideChanged().
    bool setOverride(const QString& chargerId, BayOverride kind, const QString& by, QString* error);
    BayOverride overrideOf(const QString& chargerId) const;
    SessionBook& sessions() { return m_sessions; }
    const SiteSnapshot& lastSnapshot() const { return m_lastSnapshot; }
    const Setpoints& lastSetpoints() const { return m_lastSetpoints; }
    const LiveMeasurement& lastMeasurement() const { return m_lastMeasurement; }
    const PublishedCycle& lastPublished() const { return m_lastPublished; }
    // The cycle as the physics' StepRecord, so live and simulated runs show and store the same.
    static StepRecord stepRecordOf(const SiteSpec& site, const SiteSnapshot& s, const LiveMeasurement& m);
    // The setpoints chargers acknowledged during the last cycle (for the audit trail).
    const std::vector<SetpointWrite>& lastCycleWrites() const { return m_lastCycleWrites; }
    const std::vector<std::unique_ptr<DeviceLink>>& devices() const { return m_links; }
    int skippedTicks() const { return m_skippedTicks; }

signals:
    void cyclePublished(const parkwatt::PublishedCycle& cycle);
    void cycleFinished(const parkwatt::CycleStats& stats);
    void deviceEvent(const parkwatt::DeviceEvent& event);
    void policyChanged(const parkwatt::PolicyChange& change);
    void sessionOpened(const parkwatt::LiveSession& session);
    void sessionClosed(const parkwatt::LiveSession& session);
    void linkProgress();
    // An override was set or released (by "engine" when the car left).
    void overrideChanged(const QString& chargerId, parkwatt::BayOverride kind, const QString& by);

private:
    QCoro::Task<void> awaitLinks(const std::function<bool()>& done, int budgetMs);
    void publishEvents();
    void announceNewSessions();
    int chargerIndexOf(const QString& chargerId) const;
    void releaseOverridesOfLeftCars(const SiteSnapshot& snapshot);

    SiteFile m_site;
    Controller& m_controller;
    Forecast& m_forecast;
    const Clock& m_clock;
    LiveEngineOptions m_options;
    std::vector<std::unique_ptr<DeviceLink>> m_links;
    std::unique_ptr<LiveSnapshotBuilder> m_builder;
    SessionBook m_sessions;
    MeterLossGuard m_meterLossGuard;
    BayOverrides m_overrides;
    QTimer m_timer;
    bool m_cycleRunning = false;
    bool m_stopping = false;
    qint64 m_cycle = 0;
    int m_skippedTicks = 0;
    SiteSnapshot m_lastSnapshot;
    Setpoints m_lastSetpoints;
    LiveMeasurement m_lastMeasurement;
    PublishedCycle m_lastPublished;
    std::vector<SetpointWrite> m_writesThisCycle, m_lastCycleWrites;
    std::vector<int> m_announcedSession; // per charger: the session index last announced
    std::function<void(const Policy&)> m_applyPolicy;
    std::vector<Policy> m_policyHistory; // the policies before each apply, newest last
};

} // namespace parkwatt

Q_DECLARE_METATYPE(parkwatt::CycleStats)
Q_DECLARE_METATYPE(parkwatt::PolicyChange)
