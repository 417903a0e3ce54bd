#pragma once
// Turns the answers to a profile's read blocks into a DeviceReading: decodes every register,
// applies SunSpec scale factors, skips the values a device marks "not implemented", and refuses
// impossible ones (an unmapped state, a SoC outside 0..100 %, an energy counter running
// backwards, a scale factor beyond 10^±10) with a fault naming the register. No I/O: the poll's
// network half is ProfileDriver's, so this half is fuzzed on its own (tests/fuzz).

#include "devices/profiles/DeviceProfile.h"

#include <QString>
#include <QVector>
#include <optional>
#include <span>
#include <vector>

namespace parkwatt {

struct DeviceReading {
    bool valid = false;
    QString fault; // why the reading is invalid (names the register), empty when valid
    std::optional<IecState> state;
    std::optional<double> powerKw;
    std::optional<double> energyImportKwh;
    std::optional<double> energyExportKwh;
    std::optional<double> socPct;
    std::optional<double> currentA;
    std::optional<double> voltageV;
    std::optional<double> gridPowerKw;
    std::optional<double> pvPowerKw;
    std::optional<double> batteryPowerKw;
    std::optional<double> batterySocPct;
};

// Registers read together in one request.
struct ReadBlock {
    RegisterFunction function = RegisterFunction::Holding;
    int address = 0;
    int count = 0;
    std::vector<const ProfileRegister*> registers;
};

class ReadingDecoder {
public:
    // answers[i] is what the device returned for blocks[i]. A missing or short answer makes the
    // reading invalid. Remembers the last valid energy counter to notice one running backwards.
    DeviceReading decode(const DeviceProfile& profile, std::span<const ReadBlock> blocks,
                         std::span<const QVector<quint16>> answers);

private:
    std::optional<double> m_lastEnergyImportKwh;
};

} // namespace parkwatt
