#include "devices/ProfileDriver.h"

#include "devices/modbus/RegisterTable.h"
#include "devices/sunspec/SunSpecChainWalker.h"

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
        return r.readable() && !r.unitId &&
               (r.function == RegisterFunction::Input || r.function == RegisterFunction::Holding);
    default:
        return false;
    }
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
    // The charging flag a state register depends on, and the SunSpec scale factor a value is
    // multiplied by, are read with it.
    for (const ProfileRegister* r : std::vector(wanted)) {
        for (const QString& companion : {r->chargingFlagRegister, r->scaleFactorRegister})
            if (const ProfileRegister* other =
                    companion.isEmpty() ? nullptr : profile.findRegister(companion))
                wanted.push_back(other);
    }
    std::sort(wanted.begin(), wanted.end(), [](const ProfileRegister* a, const ProfileRegister* b) {
        return std::pair(int(a->function), a->address) < std::pair(int(b->function), b->address);
    });
    wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
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

QCoro::Task<ModbusResult> ProfileDriver::resolve()
{
    if (isResolved())
        co_return ModbusResult{};
    if (!m_connection)
        co_return ModbusResult::failed(ModbusFailure::NotConnected,
                                       QStringLiteral("%1: no connection").arg(m_profile.id));
    const SunSpecWalk walk = co_await SunSpecChainWalker::walk(*m_connection, sunspecBasesFor(m_profile));
    if (!walk.chain)
        co_return ModbusResult::failed(ModbusFailure::Transport,
                                       QStringLiteral("%1: %2").arg(m_profile.id, walk.error));
    SunSpecResolution resolution = resolveSunSpecProfile(m_profile, *walk.chain);
    if (!resolution.profile)
        co_return ModbusResult::failed(ModbusFailure::Transport, resolution.error);
    // Once only: requests in flight hold pointers into the resolved profile.
    if (!m_resolved)
        m_resolved = std::move(resolution.profile);
    co_return ModbusResult{};
}

QCoro::Task<DeviceReading> ProfileDriver::poll()
{
    DeviceReading reading;
    if (const ModbusResult resolved = co_await resolve(); !resolved.ok()) {
        reading.fault = resolved.message;
        co_return reading;
    }
    const std::vector<ReadBlock> blocks = planReads(profile());
    std::vector<QVector<quint16>> answers;
    for (const ReadBlock& block : blocks) {
        if (!m_connection) {
            reading.fault = QStringLiteral("%1: no connection").arg(m_profile.id);
            co_return reading;
        }
        ModbusResult r = co_await m_connection->read(modbusTable(block.function), block.address, block.count);
        if (!r.ok()) {
            reading.fault = r.message;
            co_return reading; // invalid, never stale
        }
        answers.push_back(std::move(r.registers));
    }
    co_return m_decoder.decode(profile(), blocks, answers);
}

QCoro::Task<ProfileDriver::Identity> ProfileDriver::identify(std::function<bool()> stop)
{
    Identity identity;
    if (const ModbusResult resolved = co_await resolve(); !resolved.ok()) {
        identity.failure = resolved.message;
        co_return identity;
    }
    for (const QString& name : profile().identification.read) {
        const ProfileRegister* reg = profile().findRegister(name);
        if (!reg || reg->unitId || !reg->readable() || !m_connection)
            continue; // another unit (Alfen's station) needs its own connection
        QString* field = reg->meaning == RegisterMeaning::Firmware       ? &identity.firmware
                         : reg->meaning == RegisterMeaning::Model        ? &identity.model
                         : reg->meaning == RegisterMeaning::Manufacturer ? &identity.manufacturer
                         : reg->meaning == RegisterMeaning::Serial       ? &identity.serial
                                                                         : nullptr;
        if (!field)
            continue;
        if (stop && stop()) {
            identity.interrupted = true;
            co_return identity;
        }
        const ModbusResult r =
            co_await m_connection->read(modbusTable(reg->function), reg->address, reg->registerCount());
        if (!r.ok()) {
            if (identity.failure.isEmpty())
                identity.failure = r.message;
            if (r.failure == ModbusFailure::Exception)
                continue;       // it refuses this one: perhaps it has the next
            co_return identity; // no answer: do not wait a timeout per register
        }
        const std::span<const quint16> words(r.registers.data(), size_t(r.registers.size()));
        if (reg->encoding.type == RegisterType::String) {
            if (const auto text = RegisterCodec::decodeString(reg->encoding, words); text.ok())
                *field = *text.value;
        } else if (const auto number = RegisterCodec::decodeNumber(reg->encoding, words); number.ok()) {
            *field = QString::number(*number.value);
        }
    }
    co_return identity;
}

QCoro::Task<std::optional<double>> ProfileDriver::scaleFactorOf(const ProfileRegister& reg, QString* error)
{
    if (reg.scaleFactorRegister.isEmpty())
        co_return 1.0;
    const ProfileRegister* sf = profile().findRegister(reg.scaleFactorRegister);
    if (!sf || !m_connection) {
        *error =
            QStringLiteral("%1: register %2: its scale factor cannot be read").arg(m_profile.id, reg.name);
        co_return std::nullopt;
    }
    const ModbusResult r =
        co_await m_connection->read(modbusTable(sf->function), sf->address, sf->registerCount());
    if (!r.ok()) {
        *error = r.message;
        co_return std::nullopt;
    }
    const auto exponent = RegisterCodec::decodeRaw(
        sf->encoding, std::span<const quint16>(r.registers.data(), size_t(r.registers.size())));
    // SunSpec: a scale factor the device does not implement means the value is unscaled.
    if (exponent.ok() && sf->notImplementedRaw && exponent.value == sf->notImplementedRaw)
        co_return 1.0;
    if (!exponent.ok() || std::abs(*exponent.value) > 10) {
        *error = QStringLiteral("%1: register %2 (%3): scale factor %4 is impossible")
                     .arg(m_profile.id, sf->name)
                     .arg(sf->address)
                     .arg(exponent.ok() ? QString::number(*exponent.value) : exponent.error);
        co_return std::nullopt;
    }
    co_return std::pow(10.0, *exponent.value);
}

QCoro::Task<ModbusResult> ProfileDriver::writeValue(const ProfileRegister& reg, double value)
{
    if (reg.function != RegisterFunction::Holding || !reg.writable())
        co_return ModbusResult::failed(
            ModbusFailure::Transport,
            QStringLiteral("%1: register %2 is not a writable holding register").arg(m_profile.id, reg.name));
    QString problem;
    const std::optional<double> scale = co_await scaleFactorOf(reg, &problem);
    if (!scale)
        co_return ModbusResult::failed(ModbusFailure::Transport, problem);
    const auto words = RegisterCodec::encodeNumber(reg.encoding, value / *scale);
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
    if (const ModbusResult resolved = co_await resolve(); !resolved.ok())
        co_return resolved;
    for (const ProfileWrite& w : writes) {
        const ProfileRegister* reg = profile().findRegister(w.registerName);
        if (!reg)
            co_return ModbusResult::failed(
                ModbusFailure::Transport,
                QStringLiteral("%1: no register %2").arg(m_profile.id, w.registerName));
        const double value =
            w.valueIsWatchdogTimeout && profile().watchdog ? profile().watchdog->timeoutS : w.value;
        const ModbusResult r = co_await writeValue(*reg, value);
        if (!r.ok())
            co_return r;
    }
    co_return ModbusResult{};
}

QCoro::Task<ModbusResult> ProfileDriver::takeControl()
{
    if (const ModbusResult resolved = co_await resolve(); !resolved.ok())
        co_return resolved;
    co_return co_await runSequence(profile().takeControl);
}

double ProfileDriver::deviceValueFor(double kw) const
{
    const Setpoint& sp = *profile().setpoint;
    if (kw < 0 && (!profile().bidirectional || !sp.isSigned))
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
    if (const ProfileRegister* reg = profile().findRegister(sp.registerName);
        reg && RegisterCodec::isInteger(reg->encoding.type))
        value = std::trunc(value / reg->encoding.scale) * reg->encoding.scale;
    return value;
}

QCoro::Task<ModbusResult> ProfileDriver::writeSetpointKw(double kw, TimeMs nowMs)
{
    if (const ModbusResult resolved = co_await resolve(); !resolved.ok())
        co_return resolved;
    if (!profile().setpoint)
        co_return ModbusResult::failed(ModbusFailure::Transport,
                                       QStringLiteral("%1: the profile has no setpoint").arg(m_profile.id));
    const ProfileRegister* reg = profile().findRegister(profile().setpoint->registerName);
    const double written = deviceValueFor(kw);
    ModbusResult r = co_await writeValue(*reg, written);
    if (r.ok())
        r = co_await verifySetpoint(*reg, written);
    if (r.ok()) {
        m_lastKw = kw;
        // A validity watchdog is fed by re-writing its register; an idle timeout by any traffic.
        if (profile().watchdog && (profile().watchdog->registerName == reg->name ||
                                   profile().watchdog->kind == WatchdogKind::IdleTimeout)) {
            m_lastWatchdogWriteMs = nowMs;
            m_watchdogWritten = true;
        }
    }
    co_return r;
}

QCoro::Task<ModbusResult> ProfileDriver::verifySetpoint(const ProfileRegister& reg, double written)
{
    if (!reg.readable() || reg.unitId || !reg.scaleFactorRegister.isEmpty() || !m_connection)
        co_return ModbusResult{};
    const ModbusResult r =
        co_await m_connection->read(modbusTable(reg.function), reg.address, reg.registerCount());
    if (!r.ok())
        co_return r;
    const auto value = RegisterCodec::decodeNumber(
        reg.encoding, std::span<const quint16>(r.registers.data(), size_t(r.registers.size())));
    const auto refuse = [&](const QString& why) {
        return ModbusResult::failed(
            ModbusFailure::NotFollowed,
            QStringLiteral("%1: register %2 (%3): %4").arg(m_profile.id, reg.name).arg(reg.address).arg(why));
    };
    if (!value.ok())
        co_return refuse(QStringLiteral("read-back: %1").arg(value.error));
    // A device may hold less than it was told (it limits itself); more, or the other way, is not
    // control.
    const double tolerance = 0.5 * std::abs(reg.encoding.scale) + 1e-6;
    const double held = *value.value;
    if (std::abs(held) > std::abs(written) + tolerance || (held * written < 0 && std::abs(held) > tolerance))
        co_return refuse(QStringLiteral("wrote %1, reads back %2").arg(written).arg(held));
    co_return ModbusResult{};
}

bool ProfileDriver::watchdogNeedsRefresh(TimeMs nowMs) const
{
    if (!profile().watchdog || profile().watchdog->timeoutS <= 0)
        return false;
    return !m_watchdogWritten ||
           double(nowMs - m_lastWatchdogWriteMs) >= profile().watchdog->refreshIntervalS() * 1000.0;
}

QCoro::Task<ModbusResult> ProfileDriver::refreshWatchdog(TimeMs nowMs)
{
    if (const ModbusResult resolved = co_await resolve(); !resolved.ok())
        co_return resolved;
    if (!profile().watchdog)
        co_return ModbusResult{};
    const Watchdog& wd = *profile().watchdog;
    const ProfileRegister* reg = profile().findRegister(wd.registerName);
    if (!reg)
        co_return ModbusResult::failed(ModbusFailure::Transport,
                                       QStringLiteral("%1: no watchdog register").arg(m_profile.id));
    ModbusResult r;
    if (profile().setpoint && wd.registerName == profile().setpoint->registerName) {
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
    if (const ModbusResult resolved = co_await resolve(); !resolved.ok())
        co_return resolved;
    if (profile().safeState) {
        const ModbusResult r = co_await runSequence(profile().safeState->writes);
        if (!r.ok())
            co_return r;
    }
    co_return co_await runSequence(profile().release);
}

} // namespace parkwatt
