#include "devices/sim/ScenarioPublisher.h"

#include "devices/modbus/RegisterTable.h"
#include "devices/sim/ScenarioPlayer.h"
#include "devices/sim/SimulatedModbusDevice.h"

#include <cmath>

namespace parkwatt {

namespace {

bool hasSignedRegister(const DeviceProfile& profile, RegisterMeaning meaning)
{
    const ProfileRegister* reg = profile.findMeaning(meaning);
    return reg && RegisterCodec::isSigned(reg->encoding.type);
}

// A signed value where the register takes a sign, its magnitude where it cannot.
double signedIfPossible(const DeviceProfile& profile, RegisterMeaning meaning, double value)
{
    return hasSignedRegister(profile, meaning) ? value : std::abs(value);
}

// A power with its per-phase current at the nominal voltage, on every phase register there is.
void setPowerAndCurrent(SimulatedModbusDevice& device, RegisterMeaning powerMeaning, double kw, int phases)
{
    const DeviceProfile& profile = device.profile();
    device.setMeasurement(powerMeaning, signedIfPossible(profile, powerMeaning, kw));
    device.setMeasurements(RegisterMeaning::Current,
                           signedIfPossible(profile, RegisterMeaning::Current, kwToAmps(kw, phases)));
    device.setMeasurements(RegisterMeaning::Voltage, kNominalPhaseVolts);
}

void publishCharger(SimulatedModbusDevice& device, int c, const ScenarioPlayer& player)
{
    const ChargerState& car = player.charger(c);
    const double kw = player.chargerKw(c);
    const bool flowing = std::abs(kw) > ScenarioPublisher::kFlowingKw;
    device.setIecState(!car.plugged ? IecState::A : flowing ? IecState::C : IecState::B);
    setPowerAndCurrent(device, RegisterMeaning::Power, kw, device.phases());
    device.setMeasurement(RegisterMeaning::EnergyImport, player.chargerImportKwh(c));
    device.setMeasurement(RegisterMeaning::EnergyExport, player.chargerExportKwh(c));
    if (car.plugged && car.capacityKwh > 0)
        device.setMeasurement(RegisterMeaning::Soc, 100.0 * car.energyKwh / car.capacityKwh);
    else
        device.clearMeasurement(RegisterMeaning::Soc);
    // Phases in use, where that is a reading (a writable phases register is the controller's).
    if (const ProfileRegister* phases = device.profile().findMeaning(RegisterMeaning::Phases);
        phases && !phases->writable())
        device.setMeasurement(RegisterMeaning::Phases, flowing ? device.phases() : 0);
}

// A meter's power under whichever meaning its profile gives it.
void setMeterPower(SimulatedModbusDevice& device, double kw)
{
    const DeviceProfile& profile = device.profile();
    for (const RegisterMeaning meaning : {RegisterMeaning::GridPower, RegisterMeaning::Power}) {
        if (profile.findMeaning(meaning)) {
            setPowerAndCurrent(device, meaning, kw, 3);
            return;
        }
    }
}

} // namespace

void ScenarioPublisher::publish(SimulatedModbusDevice& device, const ScenarioBinding::Entry& entry,
                                const ScenarioPlayer& player, int pvInverters)
{
    const StepRecord& last = player.lastStep();
    switch (entry.role) {
    case DeviceRole::Charger:
        publishCharger(device, entry.index, player);
        break;
    case DeviceRole::GridMeter:
        setMeterPower(device, last.gridKw);
        device.setMeasurement(RegisterMeaning::EnergyImport, player.gridImportKwh());
        device.setMeasurement(RegisterMeaning::EnergyExport, player.gridExportKwh());
        break;
    case DeviceRole::LoadMeter:
        setMeterPower(device, last.loadServedKw);
        device.setMeasurement(RegisterMeaning::EnergyImport, player.loadKwh());
        break;
    case DeviceRole::PvInverter: {
        const double share = pvInverters > 0 ? 1.0 / pvInverters : 1.0;
        if (!device.setMeasurement(RegisterMeaning::PvPower, last.pvUsedKw * share))
            device.setMeasurement(RegisterMeaning::Power, last.pvUsedKw * share);
        device.setMeasurement(RegisterMeaning::EnergyExport, player.pvKwh() * share);
        break;
    }
    case DeviceRole::Battery:
        if (entry.index >= 0) {
            if (!device.setMeasurement(RegisterMeaning::BatteryPower, player.batteryKw(entry.index)))
                device.setMeasurement(RegisterMeaning::Power, player.batteryKw(entry.index));
            if (!device.setMeasurement(RegisterMeaning::BatterySoc, player.batterySocPct(entry.index)))
                device.setMeasurement(RegisterMeaning::Soc, player.batterySocPct(entry.index));
        }
        break;
    }
}

} // namespace parkwatt
