#include "devices/ProfileDriver.h"

#include "devices/modbus/RegisterTable.h"

#include <algorithm>
#include <cmath>

namespace parkwatt {

namespace {

constexpr int kMaxGapRegisters = 8; // read across small holes rather than make another request
constexpr int kMaxRegistersPerRead = 120;

bool engineReads(const ProfileRegister& r)
{
    switch (r.meaning) {
    case RegisterMeaning::Iec61851State:
    case RegisterMeaning::Power:
    case RegisterMeaning::EnergyImport:
    case RegisterMeaning::EnergyExport:
    case RegisterMeaning::Soc:
    case RegisterMeaning::Current:
    case RegisterMeaning::Voltage:
    case RegisterMeaning::GridPower:
    case RegisterMeaning::PvPower:
    case RegisterMeaning::BatteryPower:
    case RegisterMeaning::BatterySoc:
        return r.readable() && !r.unitId && r.scaleFactorRegister.isEmpty() &&
               (r.function == RegisterFunction::Input || r.function == RegisterFunction::Holding);
    default:
        return false;
    }
}

double toKw(double value, Unit unit)
{
    return unit == Unit::W ? value / 1000.0 : value;
}
double toKwh(double value, Unit unit)
{
    return unit == Unit::Wh ? value / 1000.0 : value;
}

} // namespace

ProfileDriver::ProfileDriver(const DeviceProfile& profile, ModbusConnection& connection, int phases)
    : m_profile(profile)
    , m_connection(&connection)
    , m_phases(std::clamp(phases, 1, 3))
{
}

std::vector<ReadBlock> ProfileDriver::planReads(const DeviceProfile& profile)
{
    std::vector<const ProfileRegister*> wanted;
    for (const ProfileRegister& r : profile.registers)
        if (engineReads(r))
            wanted.push_back(&r);
    // The charging flag a state register depends on is read with it.
    for (const ProfileRegister* r : std::vector(wanted))
        if (!r->chargingFlagRegister.isEmpty())
            if (const ProfileRegister* flag = profile.findRegister(r->chargingFlagRegister))
                wanted.push_back(flag);
    std::sort(wanted.begin(), wanted.end(), [](const ProfileRegister* a, const ProfileRegister* b) {
        return std::pair(int(a->function), a->address) < std::pair(int(b->function), b->address);
    });
    std::vector<ReadBlock> blocks;
    for (const ProfileRegister* r : wanted) {
        const int end = r->address + r->registerCount();
        if (!blocks.empty()) {
            ReadBlock& last = blocks.back();
            if (last.function == r->function &&
                r->address - (last.address + last.count) <= kMaxGapRegisters &&
                end - last.address <= kMaxRegistersPerRead) {
                last.count = std::max(last.count, end - last.address);
                last.registers.push_back(r);
                continue;
            }
        }
        blocks.push_back(ReadBlock{r->function, r->address, r->registerCount(), {r}});
    }
    return blocks;
}

QCoro::Task<DeviceReading> ProfileDriver::poll()
{
    DeviceReading reading;
    std::map<const ProfileRegister*, double> raw;
    for (const ReadBlock& block : planReads(m_profile)) {
        if (!m_connection) {
            reading.fault = QStringLiteral("%1: no connection").arg(m_profile.id);
            co_return reading;
        }
        const ModbusResult r =
            co_await m_connection->read(modbusTable(block.function), block.address, block.count);
        if (!r.ok() || r.registers.size() != block.count) {
            reading.fault =
                r.ok() ? QStringLiteral("%1: short answer at %2").arg(m_profile.id).arg(block.address)
                       : r.message;
            co_return reading; // invalid, never stale
        }
        for (const ProfileRegister* reg : block.registers) {
            const auto words = std::span<const quint16>(r.registers.data() + (reg->address - block.address),
                                                        size_t(reg->registerCount()));
            const bool isState = reg->meaning == RegisterMeaning::Iec61851State;
            if (isState && reg->encoding.type == RegisterType::String) {
                const auto letter = RegisterCodec::decodeString(reg->encoding, words);
                reading.state = letter.ok() ? reg->iecState(*letter.value) : std::nullopt;
                if (!reading.state) {
                    reading.fault =
                        QStringLiteral("%1: register %2 (%3): state '%4' is not in the profile's mapping")
                            .arg(m_profile.id, reg->name)
                            .arg(reg->address)
                            .arg(letter.value.value_or(QString()));
                    co_return reading;
                }
                continue;
            }
            const auto value = isState ? RegisterCodec::decodeRaw(reg->encoding, words)
                                       : RegisterCodec::decodeNumber(reg->encoding, words);
            if (!value.ok()) {
                reading.fault = QStringLiteral("%1: register %2 (%3): %4")
                                    .arg(m_profile.id, reg->name)
                                    .arg(reg->address)
                                    .arg(value.error);
                co_return reading;
            }
            if (reg->notImplementedRaw &&
                RegisterCodec::decodeRaw(reg->encoding, words).value == reg->notImplementedRaw)
                continue; // the device says it has no value
            raw[reg] = *value.value;
        }
    }

    const auto impossible = [&](const ProfileRegister* reg, const QString& why) {
        reading.fault = QStringLiteral("%1: register %2 (%3): %4")
                            .arg(m_profile.id, reg->name)
                            .arg(reg->address)
                            .arg(why);
    };
    for (const auto& [reg, value] : raw) {
        switch (reg->meaning) {
        case RegisterMeaning::Iec61851State: {
            std::optional<double> flag;
            if (const ProfileRegister* f = m_profile.findRegister(reg->chargingFlagRegister);
                f && raw.count(f))
                flag = raw.at(f);
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
    if (!reading.fault.isEmpty())
        co_return DeviceReading{false, reading.fault, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}};
    if (reading.energyImportKwh)
        m_lastEnergyImportKwh = reading.energyImportKwh;
    reading.valid = true;
    co_return reading;
}

QCoro::Task<ModbusResult> ProfileDriver::writeValue(const ProfileRegister& reg, double value)
{
    if (reg.function != RegisterFunction::Holding || !reg.writable())
        co_return ModbusResult::failed(
            ModbusFailure::Transport,
            QStringLiteral("%1: register %2 is not a writable holding register").arg(m_profile.id, reg.name));
    const auto words = RegisterCodec::encodeNumber(reg.encoding, value);
    if (!words.ok())
        co_return ModbusResult::failed(
            ModbusFailure::Transport,
            QStringLiteral("%1: register %2: %3").arg(m_profile.id, reg.name, words.error));
    if (!m_connection)
        co_return ModbusResult::failed(ModbusFailure::NotConnected,
                                       QStringLiteral("%1: no connection").arg(m_profile.id));
    co_return co_await m_connection->writeRegisters(reg.address, *words.value);
}

QCoro::Task<ModbusResult> ProfileDriver::runSequence(std::vector<ProfileWrite> writes)
{
    for (const ProfileWrite& w : writes) {
        const ProfileRegister* reg = m_profile.findRegister(w.registerName);
        if (!reg)
            co_return ModbusResult::failed(
                ModbusFailure::Transport,
                QStringLiteral("%1: no register %2").arg(m_profile.id, w.registerName));
        const double value =
            w.valueIsWatchdogTimeout && m_profile.watchdog ? m_profile.watchdog->timeoutS : w.value;
        const ModbusResult r = co_await writeValue(*reg, value);
        if (!r.ok())
            co_return r;
    }
    co_return ModbusResult{};
}

QCoro::Task<ModbusResult> ProfileDriver::takeControl()
{
    co_return co_await runSequence(m_profile.takeControl);
}

double ProfileDriver::deviceValueFor(double kw) const
{
    const Setpoint& sp = *m_profile.setpoint;
    if (kw < 0 && (!m_profile.bidirectional || !sp.isSigned))
        kw = 0; // a one-way charger is never asked to discharge
    double value = kw;
    if (sp.unit == Unit::W)
        value = kw * 1000.0;
    else if (sp.unit == Unit::A)
        value = kwToAmps(kw, m_phases);
    if (sp.min)
        value = std::max(value, *sp.min);
    if (sp.max)
        value = std::min(value, *sp.max);
    // An integer register cannot hold fractions: round toward zero so the limit is never exceeded.
    if (const ProfileRegister* reg = m_profile.findRegister(sp.registerName);
        reg && RegisterCodec::isInteger(reg->encoding.type))
        value = std::trunc(value / reg->encoding.scale) * reg->encoding.scale;
    return value;
}

QCoro::Task<ModbusResult> ProfileDriver::writeSetpointKw(double kw, TimeMs nowMs)
{
    if (!m_profile.setpoint)
        co_return ModbusResult::failed(ModbusFailure::Transport,
                                       QStringLiteral("%1: the profile has no setpoint").arg(m_profile.id));
    const ProfileRegister* reg = m_profile.findRegister(m_profile.setpoint->registerName);
    const ModbusResult r = co_await writeValue(*reg, deviceValueFor(kw));
    if (r.ok()) {
        m_lastKw = kw;
        // A validity watchdog is fed by re-writing its register; an idle timeout by any traffic.
        if (m_profile.watchdog && (m_profile.watchdog->registerName == reg->name ||
                                   m_profile.watchdog->kind == WatchdogKind::IdleTimeout)) {
            m_lastWatchdogWriteMs = nowMs;
            m_watchdogWritten = true;
        }
    }
    co_return r;
}

bool ProfileDriver::watchdogNeedsRefresh(TimeMs nowMs) const
{
    if (!m_profile.watchdog || m_profile.watchdog->timeoutS <= 0)
        return false;
    return !m_watchdogWritten ||
           double(nowMs - m_lastWatchdogWriteMs) >= m_profile.watchdog->refreshIntervalS() * 1000.0;
}

QCoro::Task<ModbusResult> ProfileDriver::refreshWatchdog(TimeMs nowMs)
{
    if (!m_profile.watchdog)
        co_return ModbusResult{};
    const Watchdog& wd = *m_profile.watchdog;
    const ProfileRegister* reg = m_profile.findRegister(wd.registerName);
    if (!reg)
        co_return ModbusResult::failed(ModbusFailure::Transport,
                                       QStringLiteral("%1: no watchdog register").arg(m_profile.id));
    ModbusResult r;
    if (m_profile.setpoint && wd.registerName == m_profile.setpoint->registerName) {
        r = co_await writeValue(*reg, deviceValueFor(m_lastKw.value_or(0))); // re-write what holds
    } else if (wd.kind == WatchdogKind::AliveCounter) {
        m_aliveCounter = wd.aliveIncrement ? std::fmod(m_aliveCounter + 1, 65536.0) : wd.aliveValue;
        r = co_await writeValue(*reg, m_aliveCounter);
    } else {
        r = co_await writeValue(*reg, wd.timeoutS); // idle timeout: any write keeps it alive
    }
    if (r.ok()) {
        m_lastWatchdogWriteMs = nowMs;
        m_watchdogWritten = true;
    }
    co_return r;
}

QCoro::Task<ModbusResult> ProfileDriver::applySafeState()
{
    if (m_profile.safeState) {
        const ModbusResult r = co_await runSequence(m_profile.safeState->writes);
        if (!r.ok())
            co_return r;
    }
    co_return co_await runSequence(m_profile.release);
}

} // namespace parkwatt
