#pragma once
// Every device of a site file served on loopback Modbus TCP, each speaking its profile's map and
// answering the profile's identification as the real device would. What `parkwatt-sim` runs.

#include "devices/sim/SimulatedModbusDevice.h"
#include "model/SiteFile.h"

#include <QObject>
#include <QStringList>
#include <map>
#include <memory>

namespace parkwatt {

class ProfileLibrary;

class SiteSimulator : public QObject {
    Q_OBJECT
public:
    SiteSimulator(SimulatedModbusDevice::NowMs now, QObject* parent = nullptr);
    ~SiteSimulator() override;

    // Starts one simulated device per site device. On any failure nothing is left listening and
    // `errors` names each device that failed and why.
    bool start(const SiteFile& site, const ProfileLibrary& profiles, QStringList* errors);
    void stop();

    SimulatedModbusDevice* device(const QString& deviceId) const;
    QStringList deviceIds() const;

private:
    void presentIdentity(SimulatedModbusDevice& device, const DeviceSpec& spec);

    SimulatedModbusDevice::NowMs m_now;
    std::map<QString, std::unique_ptr<SimulatedModbusDevice>> m_devices;
};

} // namespace parkwatt
