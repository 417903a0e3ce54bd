#pragma once
// A SunSpec device's model chain: "SunS" at a base address, then blocks of [ID][L][L registers]
// up to the end marker (ID 0xFFFF). Registers of a SunSpec profile count their address from their
// model's ID register; resolving the profile against a chain found on a device gives every
// register its absolute address. Plain values and pure functions; the walk over Modbus is
// SunSpecChainWalker's.

#include "devices/profiles/DeviceProfile.h"

#include <QString>
#include <optional>
#include <vector>

namespace parkwatt {

constexpr quint16 kSunSpecMarkerHigh = 0x5375; // "Su"
constexpr quint16 kSunSpecMarkerLow = 0x6E53;  // "nS"
constexpr quint16 kSunSpecEndId = 0xFFFF;

struct SunSpecModelBlock {
    int id = 0;
    int address = 0; // of the ID register
    int length = 0;  // L: registers after the L register
};

struct SunSpecChain {
    int base = 0; // where "SunS" is
    std::vector<SunSpecModelBlock> models;

    const SunSpecModelBlock* find(int id) const;
};

// The bases a device is searched at: the profile's first, then 40000, 0 and 50000.
std::vector<int> sunspecBasesFor(const DeviceProfile& profile);

struct SunSpecResolution {
    std::optional<DeviceProfile> profile; // absolute addresses; no longer isSunSpec()
    QString error;                        // names the missing models or the register that does not fit
};

// Every register moved to its model's address on this device. A required model (or one of its
// alternatives) missing is an error naming all that are missing; registers of a missing optional
// model are left out, and so are the setpoint, watchdog and writes that use them. A register
// beyond its model's length is an error naming it.
SunSpecResolution resolveSunSpecProfile(const DeviceProfile& profile, const SunSpecChain& chain);

} // namespace parkwatt
