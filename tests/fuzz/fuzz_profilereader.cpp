// DeviceProfileReader on arbitrary bytes: a profile or one error naming a JSON pointer, never a
// crash; a profile it accepts keeps the promises the engine relies on (registers inside the
// address space, a setpoint that names a writable register).

#include "devices/profiles/DeviceProfileReader.h"

#include <QByteArray>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace parkwatt;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto result = parseDeviceProfile(bytes, QStringLiteral("fuzz.json"));
    if (!result.ok())
        return 0;
    const DeviceProfile& p = *result.value;
    for (const ProfileRegister& r : p.registers) {
        if (r.address < 0 || r.address + std::max(1, r.registerCount()) > 65536)
            std::abort();
    }
    if (p.setpoint) {
        const ProfileRegister* reg = p.findRegister(p.setpoint->registerName);
        if (!reg || !reg->writable())
            std::abort();
    }
    return 0;
}
