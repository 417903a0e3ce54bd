#include "devices/sim/SiteSimulator.h"

#include "devices/profiles/ProfileLibrary.h"

namespace parkwatt {

SiteSimulator::SiteSimulator(SimulatedModbusDevice::NowMs now, QObject* parent)
    : QObject(parent)
    , m_now(std::move(now))
{
}

SiteSimulator::~SiteSimulator()
{
    stop();
}

bool SiteSimulator::start(const SiteFile& site, const ProfileLibrary& profiles, QStringList* errors)
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
    m_devices.clear();
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
