#pragma once
// One site device as the live engine drives it: its Modbus connection, its profile driver and its
// health. Polls and writes run as background work serialised per device (one device's requests
// never overlap, as most chargers' Modbus stacks require), so a slow or dead device holds up only
// itself. The engine asks for a poll each cycle and uses the reading only if it is of that cycle.

#include "devices/ProfileDriver.h"
#include "engine/live/DeviceHealth.h"
#include "model/SiteFile.h"

#include <QObject>
#include <array>
#include <memory>
#include <optional>
#include <vector>

namespace parkwatt {

class DeviceLink : public QObject {
    Q_OBJECT
public:
    // `profile` must outlive the link (the engine's profile library owns it).
    DeviceLink(DeviceSpec spec, const DeviceProfile& profile, QObject* parent = nullptr);
    ~DeviceLink() override;

    static ModbusEndpoint endpointFor(const DeviceSpec& spec, const DeviceProfile& profile);

    const DeviceSpec& spec() const { return m_spec; }
    const DeviceProfile& profile() const { return m_profile; }
    bool busy() const { return m_busy; }

    // Asks for a poll for `cycle` (skipped if the previous one is still running: the reading of
    // this cycle is then missing, never stale).
    void requestPoll(qint64 cycle, TimeMs nowMs);
    // Asks for the charger's setpoint. Written when it differs from the last written one by more
    // than `deadbandKw` going up, by any amount going down (a decrease may be what keeps a limit),
    // and on the first command. The device's watchdog is refreshed on its own schedule (a third of
    // its validity or timeout, per the profile) in whatever way the profile says: re-writing the
    // setpoint, counting an alive register, or any write.
    void requestSetpoint(double kw, TimeMs nowMs, double deadbandKw);
    // Writes the profile's control sequence on the next free slot (after a (re)connection).
    void requestTakeControl() { m_takeControlPending = true; }
    // Waits (at most `timeoutMs`) for running work, then writes the safe state. True when written.
    QCoro::Task<bool> applySafeState(int timeoutMs);

    // Drops pending work and deletes the link once its running request is over (at once when idle).
    // A link must never be destroyed mid-request: its request would resume into freed memory.
    void retire();

    // The reading of `cycle`, or nullptr when that poll failed or did not finish in time.
    const DeviceReading* readingOf(qint64 cycle) const;
    const DeviceHealth& health() const { return m_health; }
    std::vector<DeviceEvent> takeEvents() { return std::exchange(m_events, {}); }
    // A charger's draw on its own (its fail-safe current at 3 phases); its maximum when the profile
    // does not say or the device does not follow its setpoints, so that an unknown is never
    // counted as nothing.
    double failsafeKw(double chargerMaxKw) const;
    std::optional<double> lastWrittenKw() const { return m_driver.lastWrittenKw(); }
    int writesDone() const { return m_writes; }
    bool notFollowing() const { return !m_notFollowing.isEmpty(); }
    int watchdogRefreshesDone() const { return m_refreshes; }

    // How the device has been answering, for the Devices page.
    struct Stats {
        int requests = 0; // polls, writes and watchdog refreshes sent
        int errors = 0;   // of those, failed
        std::optional<TimeMs> lastAnswerMs;
        std::optional<double> roundTripMs; // median of the last answers
    };
    Stats stats() const;
    // What the device said it is (read once after each (re)connection, when the link is idle).
    const ProfileDriver::Identity& identity() const { return m_identity; }

signals:
    void polled(qint64 cycle);
    void setpointWritten(double kw);
    void idle();

private:
    void pump();
    QCoro::Task<void> run();
    QCoro::Task<void> pollOnce();
    QCoro::Task<void> writeOnce();
    bool setpointDue() const;
    bool watchdogDue(TimeMs nowMs) const;
    QCoro::Task<void> refreshOnce();
    QCoro::Task<void> identifyOnce();
    // Counts a request and its time (ok: answered).
    void noteRequest(bool ok, qint64 elapsedNs);
    // Logs a health change once and keeps it for the engine's next takeEvents().
    void report(std::optional<DeviceEvent> event);

    DeviceSpec m_spec;
    const DeviceProfile& m_profile;
    std::unique_ptr<ModbusConnection> m_connection;
    ProfileDriver m_driver;
    DeviceHealth m_health;
    std::vector<DeviceEvent> m_events;

    bool m_busy = false;
    std::optional<qint64> m_pollRequested;
    TimeMs m_nowMs = 0;
    DeviceReading m_reading;
    qint64 m_readingCycle = -1;

    std::optional<double> m_desiredKw;
    double m_deadbandKw = 0;
    bool m_takeControlPending = false;
    bool m_controlTaken = false;
    int m_writes = 0;
    int m_refreshes = 0;
    // Set while the device does not hold the setpoint it was told: it stays offline (counted at
    // its fail-safe draw) however well it answers polls, until a write is read back right.
    QString m_notFollowing;

    int m_requests = 0;
    int m_errors = 0;
    std::optional<TimeMs> m_lastAnswerMs;
    std::array<double, 32> m_roundTripsMs{}; // a ring of the last answers' times
    int m_roundTripCount = 0;
    bool m_identifyPending = false;
    bool m_identityFailureLogged = false;
    ProfileDriver::Identity m_identity;
};

} // namespace parkwatt
