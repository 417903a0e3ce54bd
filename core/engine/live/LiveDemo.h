#pragma once
// The demo garage on the real stack: `parkwatt-sim` serves the demo site's devices on free
// loopback ports, playing the demo day at a chosen speed, and a LiveEngine controls them over
// Modbus TCP exactly as it would a real garage. What `parkwatt --demo` shows; everything is
// asynchronous (start() returns at once; started() or failed() follows).

#include "engine/live/LiveEngine.h"
#include "engine/live/SimulatorProcess.h"
#include "model/Scenario.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QThread>
#include <atomic>
#include <memory>

namespace parkwatt {

class LiveSite;
class LiveSiteControl;

struct LiveDemoOptions {
    double speed = 10;    // simulated seconds per wall second
    QString program;      // parkwatt-sim; default: the one beside this program
    int startAtS = 0;     // where in the demo day to begin (the time before is played at once)
    QString databasePath; // record the demo here (history, events, audit trail); empty: nowhere
    QStringList faults;   // parkwatt-sim --fault values ("DEVICE:KIND[:ARG]"), for tests and training
    // Days of history recorded into a new database before the demo starts (0: none).
    int historyDays = 0;
};

class LiveDemo : public QObject {
    Q_OBJECT
public:
    explicit LiveDemo(QObject* parent = nullptr);
    ~LiveDemo() override;

    // Loads the built-in demo site and scenario, moves every device to a free loopback port and
    // starts the simulator (`program`, default: the parkwatt-sim beside this program) at `speed`.
    void start(double speed = 10, const QString& program = {});
    void start(const LiveDemoOptions& options);
    // Stops the engine (chargers safe), then the simulator; stopped() follows.
    void stop();

    LiveEngine* engine() const;
    // What the user interfaces talk to; null until started().
    LiveSiteControl* control() const;
    const SiteFile& site() const { return m_site; }
    const Scenario& scenario() const { return m_scenario; }

signals:
    // Recording the demo's past days before it starts (percent done).
    void preparing(int percent);
    void started();
    void failed(const QString& why);
    void stopped();
    // Every finished cycle of the engine, for the views.
    void cyclePublished(const parkwatt::PublishedCycle& cycle);

private:
    bool prepareFiles(QString* error);
    void recordHistoryThenStart();
    bool moveDevicesToFreePorts(QString* error);
    void startSimulator();
    void simulatorFailed(const QString& why);
    void startEngine();

    QTemporaryDir m_dir;
    SiteFile m_site;
    Scenario m_scenario;
    SimulatorProcess m_simulator;
    LiveDemoOptions m_options;
    int m_simulatorAttempts = 0;
    std::unique_ptr<LiveSite> m_live;
    std::unique_ptr<QThread> m_historyThread;
    std::shared_ptr<std::atomic<bool>> m_cancelHistory = std::make_shared<std::atomic<bool>>(false);
};

} // namespace parkwatt
