#include "devices/ReadingDecoder.h"

#include <cmath>
#include <map>

namespace parkwatt {

namespace {

// SunSpec scale factors are small powers of ten; anything beyond is a broken device, not a value.
constexpr int kMaxScaleFactorExponent = 10;

double toKw(double value, Unit unit)
{
    return unit == Unit::W ? value / 1000.0 : value;
}
double toKwh(double value, Unit unit)
{
    return unit == Unit::Wh ? value / 1000.0 : value;
}

DeviceReading invalid(QString fault)
{
    DeviceReading r;
    r.fault = std::move(fault);
    return r;
}

QString problemWith(const DeviceProfile& profile, const ProfileRegister& reg, const QString& why)
{
    return QStringLiteral("%1: register %2 (%3): %4").arg(profile.id, reg.name).arg(reg.address).arg(why);
}

} // namespace

DeviceReading ReadingDecoder::decode(const DeviceProfile& profile, std::span<const ReadBlock> blocks,
                                     std::span<const QVector<quint16>> answers)
{
    DeviceReading reading;
    std::map<const ProfileRegister*, double> values; // decoded and scaled, implemented ones only
    for (size_t b = 0; b < blocks.size(); ++b) {
        const ReadBlock& block = blocks[b];
        if (b >= answers.size() || answers[b].size() != block.count)
            return invalid(QStringLiteral("%1: short answer at %2").arg(profile.id).arg(block.address));
        for (const ProfileRegister* reg : block.registers) {
            const int at = reg->address - block.address;
            if (at < 0 || at + reg->registerCount() > block.count)
                return invalid(problemWith(profile, *reg, QStringLiteral("outside its read block")));
            const auto words = std::span<const quint16>(answers[b].data() + at, size_t(reg->registerCount()));
            const bool isState = reg->meaning == RegisterMeaning::Iec61851State;
            if (isState && reg->encoding.type == RegisterType::String) {
                const auto letter = RegisterCodec::decodeString(reg->encoding, words);
                reading.state = letter.ok() ? reg->iecState(*letter.value) : std::nullopt;
                if (!reading.state)
                    return invalid(problemWith(profile, *reg,
                                               QStringLiteral("state '%1' is not in the profile's mapping")
                                                   .arg(letter.value.value_or(QString()))));
                continue;
            }
            if (reg->encoding.type == RegisterType::String)
                continue; // identification text: not part of a reading
            const auto raw = RegisterCodec::decodeRaw(reg->encoding, words);
            const auto value = isState ? raw : RegisterCodec::decodeNumber(reg->encoding, words);
            if (!value.ok())
                return invalid(problemWith(profile, *reg, value.error));
            if (reg->notImplementedRaw && raw.value == reg->notImplementedRaw)
                continue; // the device says it has no value
            values[reg] = *value.value;
        }
    }

    // SunSpec: value = raw x 10^SF, with the SF read in the same poll; no SF, no value.
    for (auto it = values.begin(); it != values.end();) {
        const ProfileRegister* reg = it->first;
        if (reg->scaleFactorRegister.isEmpty()) {
            ++it;
            continue;
        }
        const ProfileRegister* sfRegister = profile.findRegister(reg->scaleFactorRegister);
        const auto sf = sfRegister ? values.find(sfRegister) : values.end();
        if (sf == values.end()) {
            it = values.erase(it);
            continue;
        }
        if (std::abs(sf->second) > kMaxScaleFactorExponent)
            return invalid(problemWith(profile, *sfRegister,
                                       QStringLiteral("scale factor %1 is impossible").arg(sf->second)));
        it->second *= std::pow(10.0, sf->second);
        ++it;
    }

    QString fault;
    const auto impossible = [&](const ProfileRegister* reg, const QString& why) {
        if (fault.isEmpty())
            fault = problemWith(profile, *reg, why);
    };
    for (const auto& [reg, value] : values) {
        switch (reg->meaning) {
        case RegisterMeaning::Iec61851State: {
            std::optional<double> flag;
            if (const ProfileRegister* f = profile.findRegister(reg->chargingFlagRegister);
                f && values.count(f))
                flag = values.at(f);
            reading.state = reg->iecState(value, flag);
            if (!reading.state)
                impossible(reg, QStringLiteral("state %1 is not in the profile's mapping").arg(value));
            break;
        }
        case RegisterMeaning::Power:
            reading.powerKw = toKw(value, reg->unit);
            break;
        case RegisterMeaning::GridPower:
            reading.gridPowerKw = toKw(value, reg->unit);
            break;
        case RegisterMeaning::PvPower:
            reading.pvPowerKw = toKw(value, reg->unit);
            break;
        case RegisterMeaning::BatteryPower:
            reading.batteryPowerKw = toKw(value, reg->unit);
            break;
        case RegisterMeaning::EnergyImport:
            reading.energyImportKwh = toKwh(value, reg->unit);
            if (m_lastEnergyImportKwh && *reading.energyImportKwh < *m_lastEnergyImportKwh - 1e-6)
                impossible(reg, QStringLiteral("energy counter ran backwards (%1 -> %2 kWh)")
                                    .arg(*m_lastEnergyImportKwh)
                                    .arg(*reading.energyImportKwh));
            break;
        case RegisterMeaning::EnergyExport:
            reading.energyExportKwh = toKwh(value, reg->unit);
            break;
        case RegisterMeaning::Soc:
        case RegisterMeaning::BatterySoc:
            if (value < 0 || value > 100)
                impossible(reg, QStringLiteral("SoC %1 % is impossible").arg(value));
            (reg->meaning == RegisterMeaning::Soc ? reading.socPct : reading.batterySocPct) = value;
            break;
        case RegisterMeaning::Current:
            reading.currentA = value;
            break;
        case RegisterMeaning::Voltage:
            reading.voltageV = value;
            break;
        default:
            break;
        }
    }
    if (!fault.isEmpty())
        return invalid(fault); // invalid means no values, never stale ones
    if (reading.energyImportKwh)
        m_lastEnergyImportKwh = reading.energyImportKwh;
    reading.valid = true;
    return reading;
}

} // namespace parkwatt
