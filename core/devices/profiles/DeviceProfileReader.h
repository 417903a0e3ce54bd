#pragma once
// Reads and validates one device profile file ("parkwatt-profile/1", docs/device-profiles.md)
// with the project's JsonReader, so profile errors read like site-file errors:
// `alfen-ng9xx.json: /registers/3/type: unknown type "float" (expected one of u16, ...)`.
// Unknown keys are warnings; everything the engine relies on (vocabulary, no overlapping
// registers, addresses inside 0..65535, writable setpoints, unambiguous state mappings, writes
// that fit their registers) is an error.

#include "config/ConfigError.h"
#include "devices/profiles/DeviceProfile.h"

#include <QByteArray>
#include <QString>

namespace parkwatt {

inline const QString kDeviceProfileFormat = QStringLiteral("parkwatt-profile/1");

// `fileLabel` is what errors call the file (usually its name).
LoadResult<DeviceProfile> parseDeviceProfile(const QByteArray& bytes, const QString& fileLabel);
LoadResult<DeviceProfile> loadDeviceProfileFile(const QString& path);

} // namespace parkwatt
