#pragma once
// A site run live in this process, put together: its profiles, the policy controller (planning on a
// worker thread), the live forecast, the engine on the wall clock, the recorder into the site's
// database when there is one, and the SiteControl the user interfaces talk to. What `parkwatt
// --site` and the demo run; `parkwattd run` builds the same parts.

#include "engine/Clock.h"
#include "engine/live/LiveEngine.h"
#include "model/SiteFile.h"

#include <QObject>
#include <memory>
#include <optional>

namespace parkwatt {

class Forecast;
class LiveRecorder;
class LiveSiteControl;
class PolicyController;
class ProfileLibrary;
class StorageWriter;

struct LiveSiteOptions {
    LiveEngineOptions engine;
    QStringList profileDirs;       // extra device profiles besides the built-in ones
    QString description;           // how the user interfaces name the engine
    std::optional<int> utcOffsetS; // the site's clock; default: this machine's
    // The demo: the engine keeps the simulated site's time, from this instant at engine.timeScale.
    std::optional<TimeMs> simulatedStartMs;
};

class LiveSite : public QObject {
    Q_OBJECT
public:
    // Checks the site against the profiles (every problem named with its device in `error`) and
    // builds the parts; nothing touches a device or a file until start(). `notes` receives what
    // was adjusted (chargers lowered to what their device can do).
    static std::unique_ptr<LiveSite> create(SiteFile site, const LiveSiteOptions& options, QString* error,
                                            QStringList* notes = nullptr);
    // The site's opened database, kept by the site: the engine's cycles, events, sessions and
    // audit trail go there. Attach once the site is ours (after the controller lock), so a refused
    // second engine records nothing.
    void attachStorage(std::unique_ptr<StorageWriter> storage);
    ~LiveSite() override;

    LiveEngine& engine() const { return *m_engine; }
    LiveSiteControl& control() const { return *m_control; }
    StorageWriter* storage() const { return m_storage.get(); }
    const SiteFile& site() const { return m_engine->site(); }

    void start();
    // Puts every charger in its safe state, flushes the database; stopped() follows.
    void stop();

signals:
    void stopped();

private:
    LiveSite() = default;

    std::unique_ptr<ProfileLibrary> m_profiles;
    std::unique_ptr<PolicyController> m_controller;
    std::unique_ptr<Forecast> m_forecast;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<LiveEngine> m_engine;
    std::unique_ptr<StorageWriter> m_storage;
    std::unique_ptr<LiveRecorder> m_recorder;
    std::unique_ptr<LiveSiteControl> m_control;
    bool m_stopping = false;
};

} // namespace parkwatt
