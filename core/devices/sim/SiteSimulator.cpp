#include "devices/sim/SiteSimulator.h"

#include "devices/profiles/ProfileLibrary.h"
#include "devices/sim/ScenarioPlayer.h"
#include "devices/sim/ScenarioPublisher.h"

#include <cmath>
#include <limits>

namespace parkwatt {

SiteSimulator::SiteSimulator(SimulatedModbusDevice::NowMs now, QObject* parent)
    : QObject(parent)
    , m_now(std::move(now))
{
    m_ticker.setInterval(kTickMs);
    connect(&m_ticker, &QTimer::timeout, this, &SiteSimulator::tick);
}

SiteSimulator::~SiteSimulator()
{
    stop();
}

bool SiteSimulator::start(const SiteFile& site, const ProfileLibrary& profiles, QStringList* errors)
{
    return startDevices(site, profiles, errors);
}

bool SiteSimulator::start(const SiteFile& site, const ProfileLibrary& profiles, const ScenarioRun& run,
                          QStringList* errors)
{
    if (!(run.speed > 0 && run.speed <= kMaxSpeed)) {
        *errors << QStringLiteral("speed %1: expected a number above 0 and at most %2")
                       .arg(run.speed)
                       .arg(kMaxSpeed);
        return false;
    }
    std::optional<ScenarioBinding> binding = ScenarioBinding::bind(site, run.scenario, errors, run.labels);
    if (!binding || !startDevices(site, profiles, errors))
        return false;
    m_binding = std::move(*binding);
    m_speed = run.speed;
    m_player = std::make_unique<ScenarioPlayer>(run.scenario);
    m_chargerDevices.assign(run.scenario.site.chargers.size(), nullptr);
    m_batteryDevices.assign(run.scenario.site.batteries.size(), nullptr);
    for (const ScenarioBinding::Entry& entry : m_binding.entries) {
        SimulatedModbusDevice* d = device(entry.deviceId);
        m_boundDevices.push_back(d);
        if (entry.role == DeviceRole::Charger)
            m_chargerDevices[size_t(entry.index)] = d;
        else if (entry.role == DeviceRole::Battery)
            m_batteryDevices[size_t(entry.index)] = d;
    }
    m_startOffsetMs = 0;
    if (run.startAtS > 0) {
        const Scenario& sc = m_player->scenario();
        const ScenarioPlayer::Commands uncontrolled{
            [&sc](int c) { return sc.site.chargers[size_t(c)].maxChargeKw; },
            [](int) { return 0.0; },
        };
        const TimeMs targetMs = sc.startMs + TimeMs(run.startAtS) * 1000;
        m_player->advanceTo(targetMs, uncontrolled, std::numeric_limits<int>::max());
        m_startOffsetMs = m_player->timeMs() - sc.startMs;
    }
    m_wallOriginMs = m_now();
    m_finishedAnnounced = false;
    publish(); // the scenario's first instant, before any step
    m_ticker.start();
    return true;
}

bool SiteSimulator::startDevices(const SiteFile& site, const ProfileLibrary& profiles, QStringList* errors)
{
    for (const DeviceSpec& spec : site.devices) {
        const DeviceProfile* profile = profiles.find(spec.profile);
        if (!profile) {
            *errors << QStringLiteral("device %1: unknown profile '%2'").arg(spec.id, spec.profile);
            continue;
        }
        auto device = std::make_unique<SimulatedModbusDevice>(*profile, m_now);
        QString error;
        if (!device->start(spec.host, spec.port, spec.unit, &error)) {
            *errors << QStringLiteral("device %1: %2").arg(spec.id, error);
            continue;
        }
        presentIdentity(*device, spec);
        if (profile->role == DeviceRole::Charger)
            device->setIecState(IecState::A); // no car yet
        m_devices[spec.id] = std::move(device);
    }
    if (!errors->isEmpty()) {
        stop();
        return false;
    }
    return true;
}

void SiteSimulator::stop()
{
    m_ticker.stop();
    m_boundDevices.clear();
    m_chargerDevices.clear();
    m_batteryDevices.clear();
    m_player.reset();
    m_devices.clear();
}

TimeMs SiteSimulator::simulatedNowMs() const
{
    if (!m_player)
        return m_now();
    const double elapsedMs = double(m_now() - m_wallOriginMs) * m_speed;
    return m_player->scenario().startMs + m_startOffsetMs + TimeMs(std::floor(elapsedMs));
}

void SiteSimulator::tick()
{
    if (!m_player || m_player->finished())
        return;
    // What each device applies is read once a tick: it only changes with a request or with its
    // watchdog, both on wall time, which stands still while the physics catches up.
    m_chargerCommandKw.resize(m_chargerDevices.size());
    for (size_t c = 0; c < m_chargerDevices.size(); ++c)
        m_chargerCommandKw[c] = m_chargerDevices[c] ? m_chargerDevices[c]->appliedKw() : 0.0;
    m_batteryCommandKw.resize(m_batteryDevices.size());
    for (size_t b = 0; b < m_batteryDevices.size(); ++b)
        m_batteryCommandKw[b] = m_batteryDevices[b] ? m_batteryDevices[b]->appliedKw() : 0.0;
    const ScenarioPlayer::Commands commands{
        [this](int c) { return m_chargerCommandKw[size_t(c)]; },
        [this](int b) { return m_batteryCommandKw[size_t(b)]; },
    };
    if (m_player->advanceTo(simulatedNowMs(), commands, kMaxStepsPerTick) > 0)
        publish();
    if (m_player->finished() && !m_finishedAnnounced) {
        m_finishedAnnounced = true;
        m_ticker.stop();
        emit scenarioFinished();
    }
}

void SiteSimulator::publish()
{
    for (size_t i = 0; i < m_boundDevices.size(); ++i)
        ScenarioPublisher::publish(*m_boundDevices[i], m_binding.entries[i], *m_player,
                                   m_binding.pvInverters);
}

bool SiteSimulator::setFault(const QString& deviceId, const FaultSpec& fault, QString* error)
{
    SimulatedModbusDevice* d = device(deviceId);
    if (!d) {
        *error = QStringLiteral("no device '%1'").arg(deviceId);
        return false;
    }
    QString why;
    if (!d->setFault(fault, &why)) {
        *error = QStringLiteral("device %1: %2").arg(deviceId, why);
        return false;
    }
    return true;
}

void SiteSimulator::presentIdentity(SimulatedModbusDevice& device, const DeviceSpec& spec)
{
    const DeviceProfile& profile = device.profile();
    // The values discovery checks, so a scan of the simulator proposes the right profile.
    for (const Identification::Expect& expect : profile.identification.expect) {
        if (expect.equals.typeId() == QMetaType::QString) {
            device.setText(expect.registerName, expect.equals.toString());
        } else {
            device.setNumber(expect.registerName, expect.equals.toDouble());
        }
    }
    const auto setIfString = [&](RegisterMeaning meaning, const QString& text) {
        if (const ProfileRegister* reg = profile.findMeaning(meaning))
            device.setText(reg->name, text);
    };
    setIfString(RegisterMeaning::Manufacturer, QStringLiteral("Parkwatt simulator"));
    setIfString(RegisterMeaning::Model, profile.model.left(16));
    setIfString(RegisterMeaning::Serial, QStringLiteral("SIM-") + spec.id);
    setIfString(RegisterMeaning::Firmware, QStringLiteral(PARKWATT_VERSION));
}

SimulatedModbusDevice* SiteSimulator::device(const QString& deviceId) const
{
    const auto it = m_devices.find(deviceId);
    return it == m_devices.end() ? nullptr : it->second.get();
}

QStringList SiteSimulator::deviceIds() const
{
    QStringList ids;
    for (const auto& [id, device] : m_devices)
        ids << id;
    return ids;
}

} // namespace parkwatt
