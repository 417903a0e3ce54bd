// The poll's decoding without a network: a built-in profile (SunSpec ones resolved against a
// model chain made of the input), its registers answered with the input's words, decoded twice by
// one ReadingDecoder. Never a crash; a valid reading holds only finite values and a SoC in range;
// an invalid one says why and holds no values.

#include "devices/ReadingDecoder.h"
#include "devices/profiles/DeviceProfileReader.h"
#include "devices/sunspec/SunSpecChain.h"

#include <QDir>
#include <QFile>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <vector>

using namespace parkwatt;

namespace {

std::vector<DeviceProfile> g_profiles;

struct Input {
    const uint8_t* data;
    size_t size;
    uint8_t byte() { return size ? (--size, *data++) : 0; }
    quint16 word() { return quint16(byte() << 8 | byte()); }
};

void check(const DeviceReading& r)
{
    if (r.valid != r.fault.isEmpty())
        std::abort();
    for (const auto& v : {r.powerKw, r.energyImportKwh, r.energyExportKwh, r.socPct, r.currentA, r.voltageV,
                          r.gridPowerKw, r.pvPowerKw, r.batteryPowerKw, r.batterySocPct}) {
        if (v && (!r.valid || !std::isfinite(*v)))
            std::abort(); // invalid means no values; valid means finite ones
    }
    for (const auto& soc : {r.socPct, r.batterySocPct})
        if (soc && (*soc < 0 || *soc > 100))
            std::abort();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    const QDir dir(QStringLiteral(PARKWATT_PROFILE_DIR));
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        auto p = parseDeviceProfile(f.readAll(), name);
        if (p.ok())
            g_profiles.push_back(std::move(*p.value));
    }
    if (g_profiles.empty())
        std::abort();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Input in{data, size};
    const DeviceProfile* profile = &g_profiles[in.byte() % g_profiles.size()];
    std::optional<DeviceProfile> resolved;
    if (profile->isSunSpec()) {
        // A chain of up to 8 models: ids mostly from the profile's list, lengths from the input.
        SunSpecChain chain;
        chain.base = 40000;
        int address = 40002;
        const int models = in.byte() % 9;
        for (int i = 0; i < models; ++i) {
            const uint8_t pick = in.byte();
            const auto& wanted = profile->identification.sunspecModels;
            int id = pick < 200 && !wanted.empty() ? wanted[pick % wanted.size()].id : in.word();
            if (pick % 7 == 0)
                id = 1;
            const int length = in.byte() % 2 ? in.word() : 40 + in.byte();
            chain.models.push_back({id, address, length});
            address += 2 + length;
        }
        SunSpecResolution r = resolveSunSpecProfile(*profile, chain);
        if (r.profile.has_value() == !r.error.isEmpty())
            std::abort();
        if (!r.profile)
            return 0;
        resolved = std::move(r.profile);
        profile = &*resolved;
    }

    std::vector<ReadBlock> blocks;
    for (const ProfileRegister& reg : profile->registers) {
        if (reg.function == RegisterFunction::Coil || reg.function == RegisterFunction::Discrete)
            continue;
        blocks.push_back(ReadBlock{reg.function, reg.address, reg.registerCount(), {&reg}});
    }
    ReadingDecoder decoder;
    for (int round = 0; round < 2; ++round) {
        std::vector<QVector<quint16>> answers;
        for (const ReadBlock& b : blocks) {
            const uint8_t shape = in.byte();
            const int count = shape == 0xFF ? b.count - 1 : b.count; // now and then a short answer
            QVector<quint16> words;
            for (int i = 0; i < std::max(0, count); ++i)
                words.append(in.word());
            answers.push_back(std::move(words));
        }
        check(decoder.decode(*profile, blocks, answers));
    }
    return 0;
}
