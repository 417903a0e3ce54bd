#include "engine/live/LiveSite.h"

#include "control/Forecast.h"
#include "control/PolicyController.h"
#include "devices/profiles/ProfileLibrary.h"
#include "engine/live/LiveRecorder.h"
#include "engine/live/LiveSiteControl.h"
#include "storage/StorageWriter.h"

#include <QDateTime>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcLiveSite, "parkwatt.site")

namespace parkwatt {

std::unique_ptr<LiveSite> LiveSite::create(SiteFile site, const LiveSiteOptions& options, QString* error,
                                           QStringList* notes)
{
    std::unique_ptr<LiveSite> s(new LiveSite);
    s->m_profiles = std::make_unique<ProfileLibrary>(ProfileLibrary::withBuiltIns(options.profileDirs));
    for (const ConfigError& e : s->m_profiles->errors())
        qCWarning(lcLiveSite).noquote() << "profile" << e.toString();
    if (const QStringList problems = LiveEngine::check(site, *s->m_profiles); !problems.isEmpty()) {
        *error = problems.join(QStringLiteral("\n"));
        return nullptr;
    }
    const QStringList fitted = LiveEngine::fitChargersToDevices(site, *s->m_profiles);
    for (const QString& note : fitted)
        qCWarning(lcLiveSite).noquote() << note;
    if (notes)
        *notes = fitted;

    PolicyControllerOptions controllerOptions;
    controllerOptions.planInBackground = true; // a solve never holds up the cycle or a window
    controllerOptions.utcOffsetS = options.utcOffsetS.value_or(QDateTime::currentDateTime().offsetFromUtc());
    if (options.simulatedStartMs)
        s->m_clock = std::make_unique<ScaledClock>(*options.simulatedStartMs, options.engine.timeScale);
    else
        s->m_clock = std::make_unique<WallClock>();
    s->m_controller = std::make_unique<PolicyController>(site.site, site.policy, controllerOptions);
    s->m_forecast = makeLiveForecast();
    s->m_engine = std::make_unique<LiveEngine>(site, *s->m_profiles, *s->m_controller, *s->m_forecast,
                                               *s->m_clock, options.engine);
    PolicyController* controller = s->m_controller.get();
    s->m_engine->setPolicyApplier([controller](const Policy& policy) { controller->setPolicy(policy); });
    s->m_control = std::make_unique<LiveSiteControl>(*s->m_engine, options.description);
    if (options.utcOffsetS)
        s->m_control->setUtcOffsetS(*options.utcOffsetS);
    return s;
}

void LiveSite::attachStorage(std::unique_ptr<StorageWriter> storage)
{
    if (!storage || m_storage)
        return;
    m_storage = std::move(storage);
    m_recorder = std::make_unique<LiveRecorder>(*m_engine, *m_storage);
    connect(m_recorder.get(), &LiveRecorder::storageAlarm, m_control.get(),
            &LiveSiteControl::noteStorageAlarm);
    m_control->setStorage(m_storage.get(), m_storage->path());
}

LiveSite::~LiveSite()
{
    // The parts refer to each other: the control and recorder watch the engine, which uses the
    // controller, forecast and profiles.
    m_control.reset();
    m_recorder.reset();
    m_engine.reset();
}

void LiveSite::start()
{
    m_stopping = false;
    m_control->setConnected(true, {});
    m_engine->start();
}

void LiveSite::stop()
{
    if (std::exchange(m_stopping, true))
        return;
    m_engine->stop().then([this](int safe) {
        qCInfo(lcLiveSite) << safe << "chargers confirmed their safe state";
        if (m_storage && !m_storage->flush())
            qCWarning(lcLiveSite).noquote() << m_storage->path() << "- not everything could be recorded";
        m_control->setConnected(false, tr("the engine stopped"));
        emit stopped();
    });
}

} // namespace parkwatt
