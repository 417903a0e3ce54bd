#include "devices/sim/SimulatedModbusDevice.h"

#include "devices/modbus/RegisterTable.h"
#include "devices/sim/ModbusTcpFront.h"
#include "devices/sim/RegisterMapServer.h"
#include "devices/sunspec/SunSpecLayout.h"

#include <QHostAddress>
#include <algorithm>
#include <cmath>

namespace parkwatt {

namespace {

// Converts an engineering value given in the simulator's units (kW, kWh, ...) into a register's.
std::optional<double> toRegisterUnit(double value, Unit from, Unit to)
{
    if (from == to || to == Unit::None)
        return value;
    if (from == Unit::kW && to == Unit::W)
        return value * 1000.0;
    if (from == Unit::kWh && to == Unit::Wh)
        return value * 1000.0;
    if (from == Unit::s && to == Unit::ms)
        return value * 1000.0;
    return std::nullopt;
}

Unit simulatorUnitOf(RegisterMeaning meaning)
{
    switch (meaning) {
    case RegisterMeaning::Power:
    case RegisterMeaning::GridPower:
    case RegisterMeaning::PvPower:
    case RegisterMeaning::BatteryPower:
        return Unit::kW;
    case RegisterMeaning::EnergyImport:
    case RegisterMeaning::EnergyExport:
        return Unit::kWh;
    case RegisterMeaning::Soc:
    case RegisterMeaning::BatterySoc:
        return Unit::Percent;
    case RegisterMeaning::Voltage:
        return Unit::V;
    case RegisterMeaning::Current:
        return Unit::A;
    default:
        return Unit::None;
    }
}

// The registers a write request changes: table, first address, count. Nothing for other requests.
struct WrittenRange {
    QModbusDataUnit::RegisterType table;
    int address;
    int count;
};

std::optional<WrittenRange> writtenBy(const QModbusRequest& request)
{
    const QByteArray& d = request.data();
    const auto word = [&d](int at) {
        return d.size() >= at + 2 ? int((quint8(d[at]) << 8) | quint8(d[at + 1])) : -1;
    };
    switch (request.functionCode()) {
    case QModbusPdu::WriteSingleCoil:
        return WrittenRange{QModbusDataUnit::Coils, word(0), 1};
    case QModbusPdu::WriteSingleRegister:
        return WrittenRange{QModbusDataUnit::HoldingRegisters, word(0), 1};
    case QModbusPdu::WriteMultipleCoils:
        return WrittenRange{QModbusDataUnit::Coils, word(0), word(2)};
    case QModbusPdu::WriteMultipleRegisters:
        return WrittenRange{QModbusDataUnit::HoldingRegisters, word(0), word(2)};
    case QModbusPdu::ReadWriteMultipleRegisters:
        return WrittenRange{QModbusDataUnit::HoldingRegisters, word(4), word(6)};
    default:
        return std::nullopt;
    }
}

} // namespace

SimulatedModbusDevice::SimulatedModbusDevice(DeviceProfile profile, NowMs now, QObject* parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_now(std::move(now))
    , m_server(std::make_unique<RegisterMapServer>())
    , m_front(std::make_unique<ModbusTcpFront>(
          [this](int unit, const QModbusRequest& request) { return respond(unit, request); }))
{
    // One register table per function, spanning every register the profile lists.
    QModbusDataUnitMap map;
    for (const ProfileRegister& r : m_profile.registers) {
        const auto table = modbusTable(r.function);
        const int first = r.address;
        const int last = r.address + std::max(1, r.registerCount()) - 1;
        if (map.contains(table)) {
            QModbusDataUnit& unit = map[table];
            const int start = std::min(unit.startAddress(), first);
            const int end = std::max(unit.startAddress() + int(unit.valueCount()) - 1, last);
            unit = QModbusDataUnit(table, start, quint16(end - start + 1));
        } else {
            map.insert(table, QModbusDataUnit(table, first, quint16(last - first + 1)));
        }
    }
    m_server->setMap(map);
    // The units this device answers: its own and any a register names (Alfen's station, 200).
    for (const ProfileRegister& r : m_profile.registers)
        if (r.unitId)
            m_extraUnits.push_back(*r.unitId);
    // As a device leaves the factory: its fail-safe current and watchdog timeout set (Alfen's are
    // set in ACE and read-only over Modbus; commissioning writes and reads back the others).
    if (m_profile.safeState && m_profile.safeState->failsafeCurrentA) {
        if (const ProfileRegister* current = m_profile.findMeaning(RegisterMeaning::FailsafeCurrent))
            setNumber(current->name, *m_profile.safeState->failsafeCurrentA);
    }
    if (const ProfileRegister* timeout = timeoutRegister(); timeout && m_profile.watchdog)
        setNumber(timeout->name, m_profile.watchdog->timeoutS);
}

SimulatedModbusDevice::~SimulatedModbusDevice()
{
    stop();
}

bool SimulatedModbusDevice::start(const QString& host, int port, int unit, QString* error)
{
    // SunSpec: serve the model chain; the profile's registers move to their absolute addresses.
    if (m_profile.isSunSpec() && !layOutSunSpecChain(m_profile, *m_server, error))
        return false;
    if (!QHostAddress(host).isLoopback()) {
        // The simulator never answers on a real network: a real engine might take it for a device.
        *error = QStringLiteral("%1: the simulator serves loopback addresses only, not %2")
                     .arg(m_profile.id, host);
        return false;
    }
    m_server->setServerAddress(unit);
    m_unit = unit;
    QString why;
    if (!m_front->listen(QHostAddress(host), quint16(port), &why)) {
        *error = QStringLiteral("%1: cannot listen on %2:%3: %4").arg(m_profile.id, host).arg(port).arg(why);
        return false;
    }
    m_port = port;
    return true;
}

void SimulatedModbusDevice::stop()
{
    m_front->close();
}

bool SimulatedModbusDevice::setFault(const FaultSpec& fault, QString* error)
{
    if (!fault.isBehaviour()) {
        m_behaviour = FaultSpec{};
        m_stuckKw.reset();
        return m_front->setFault(fault, error);
    }
    if (!m_front->setFault(FaultSpec{}, error))
        return false;
    m_stuckKw.reset();
    if (fault.kind == FaultKind::StuckPower)
        m_stuckKw = appliedKw();
    m_behaviour = fault;
    if (fault.kind == FaultKind::WatchdogOff)
        zeroTimeoutRegister();
    return true;
}

const FaultSpec& SimulatedModbusDevice::fault() const
{
    return m_behaviour.active() ? m_behaviour : m_front->fault();
}

const ProfileRegister* SimulatedModbusDevice::timeoutRegister() const
{
    if (m_profile.watchdog && !m_profile.watchdog->timeoutRegister.isEmpty())
        return m_profile.findRegister(m_profile.watchdog->timeoutRegister);
    return m_profile.findMeaning(RegisterMeaning::FailsafeTimeout);
}

std::vector<const ProfileRegister*> SimulatedModbusDevice::failsafeRegisters() const
{
    std::vector<const ProfileRegister*> regs;
    for (const ProfileRegister& r : m_profile.registers) {
        if (r.meaning == RegisterMeaning::FailsafeCurrent || r.meaning == RegisterMeaning::FailsafePower ||
            r.meaning == RegisterMeaning::FailsafeTimeout || &r == timeoutRegister())
            regs.push_back(&r);
    }
    return regs;
}

void SimulatedModbusDevice::zeroTimeoutRegister()
{
    if (const ProfileRegister* timeout = timeoutRegister())
        setNumber(timeout->name, 0);
}

double SimulatedModbusDevice::watchdogTimeoutS() const
{
    if (!m_profile.watchdog || m_behaviour.kind == FaultKind::WatchdogOff)
        return 0;
    if (const auto held = readNumber(timeoutRegister()); held && *held > 0)
        return *held;
    return m_profile.watchdog->timeoutS;
}

void SimulatedModbusDevice::publishRemainingValidity()
{
    // A read-only watchdog register tells the time left before the fail-safe (Alfen 1208).
    const ProfileRegister* remaining = m_profile.findMeaning(RegisterMeaning::Watchdog);
    if (!remaining || remaining->writable() || !m_profile.watchdog)
        return;
    const double timeoutS = watchdogTimeoutS();
    double left = 0;
    if (timeoutS > 0 && m_fed)
        left = std::max(0.0, timeoutS - double(m_now() - m_lastWatchdogFeedMs) / 1000.0);
    setNumber(remaining->name, std::ceil(left));
}

int SimulatedModbusDevice::connectionCount() const
{
    return m_front->connectionCount();
}

std::optional<QModbusResponse> SimulatedModbusDevice::respond(int unit, const QModbusRequest& request)
{
    if (unit != m_unit && std::find(m_extraUnits.begin(), m_extraUnits.end(), unit) == m_extraUnits.end())
        return std::nullopt; // not this device's unit: stay quiet, as Qt's server does
    if (m_profile.watchdog && m_profile.watchdog->kind == WatchdogKind::IdleTimeout)
        feedWatchdog(); // any Modbus traffic keeps it fed
    publishRemainingValidity();
    const auto written = writtenBy(request);
    // no-readback: the fail-safe registers keep what they held, whatever is written to them.
    std::vector<std::pair<const ProfileRegister*, QList<quint16>>> kept;
    if (written && m_behaviour.kind == FaultKind::NoReadback) {
        for (const ProfileRegister* reg : failsafeRegisters()) {
            QModbusDataUnit held(modbusTable(reg->function), reg->address, quint16(reg->registerCount()));
            if (m_server->data(&held))
                kept.emplace_back(reg, held.values());
        }
    }
    QModbusResponse response = m_server->answer(request);
    for (const auto& [reg, words] : kept)
        writeRegisters(*reg, words);
    if (written && m_behaviour.kind == FaultKind::WatchdogOff)
        zeroTimeoutRegister();
    // Every accepted write counts, also one that rewrites the same value (the refresh a watchdog
    // waits for): Qt's dataWritten stays quiet when nothing changed.
    if (written && !response.isException() && written->count > 0)
        onDataWritten(written->table, written->address, written->count);
    return response;
}

void SimulatedModbusDevice::feedWatchdog()
{
    m_lastWatchdogFeedMs = m_now();
    m_fed = true;
}

bool SimulatedModbusDevice::writeRegisters(const ProfileRegister& reg, const QList<quint16>& words)
{
    QModbusDataUnit unit(modbusTable(reg.function), reg.address, words);
    // setData() would emit dataWritten; these are the device's own values, not a client's write.
    const QSignalBlocker quiet(m_server.get());
    return m_server->setData(unit);
}

bool SimulatedModbusDevice::setMeasurement(RegisterMeaning meaning, double value)
{
    const ProfileRegister* reg = m_profile.findMeaning(meaning);
    return reg && writeMeasurement(*reg, value);
}

int SimulatedModbusDevice::setMeasurements(RegisterMeaning meaning, double value)
{
    int set = 0;
    for (const ProfileRegister& reg : m_profile.registers)
        set += reg.meaning == meaning && writeMeasurement(reg, value) ? 1 : 0;
    return set;
}

bool SimulatedModbusDevice::writeMeasurement(const ProfileRegister& reg, double value)
{
    if (reg.encoding.type == RegisterType::String)
        return false;
    const auto inUnit = toRegisterUnit(value, simulatorUnitOf(reg.meaning), reg.unit);
    if (!inUnit)
        return false;
    const ProfileRegister* sfRegister = m_profile.findRegister(reg.scaleFactorRegister);
    if (!sfRegister) {
        const auto words = RegisterCodec::encodeNumber(reg.encoding, *inUnit);
        return words.ok() && writeRegisters(reg, *words.value);
    }
    // SunSpec: raw x 10^SF. A value too large for the raw type raises the SF (never lowers it, so
    // registers sharing it are right again at the next update rather than flapping).
    constexpr int kMaxScaleFactor = 10;
    int sf = scaleFactor(reg);
    for (; sf <= kMaxScaleFactor; ++sf) {
        const auto words = RegisterCodec::encodeNumber(reg.encoding, *inUnit / std::pow(10.0, sf));
        if (!words.ok())
            continue;
        if (sf != scaleFactor(reg) && !setNumber(sfRegister->name, sf))
            return false;
        return writeRegisters(reg, *words.value);
    }
    return false;
}

int SimulatedModbusDevice::scaleFactor(const ProfileRegister& reg) const
{
    const ProfileRegister* sfRegister = m_profile.findRegister(reg.scaleFactorRegister);
    const std::optional<double> raw = readUnscaled(sfRegister);
    if (!raw || (sfRegister->notImplementedRaw && *raw == *sfRegister->notImplementedRaw))
        return 0;
    return int(*raw);
}

bool SimulatedModbusDevice::clearMeasurement(RegisterMeaning meaning)
{
    const ProfileRegister* reg = m_profile.findMeaning(meaning);
    if (!reg || reg->encoding.type == RegisterType::String)
        return false;
    RegisterEncoding whole = reg->encoding;
    whole.bitMask = 0;
    whole.bitShift = 0;
    const auto words = RegisterCodec::encodeRaw(whole, reg->notImplementedRaw.value_or(0));
    return words.ok() && writeRegisters(*reg, *words.value);
}

bool SimulatedModbusDevice::setText(const QString& registerName, const QString& text)
{
    const ProfileRegister* reg = m_profile.findRegister(registerName);
    if (!reg || reg->encoding.type != RegisterType::String)
        return false;
    const auto words = RegisterCodec::encodeString(reg->encoding, text);
    return words.ok() && writeRegisters(*reg, *words.value);
}

bool SimulatedModbusDevice::setNumber(const QString& registerName, double value)
{
    const ProfileRegister* reg = m_profile.findRegister(registerName);
    if (!reg || reg->encoding.type == RegisterType::String)
        return false;
    const auto words = RegisterCodec::encodeNumber(reg->encoding, value);
    return words.ok() && writeRegisters(*reg, *words.value);
}

bool SimulatedModbusDevice::setIecState(IecState state)
{
    const ProfileRegister* reg = m_profile.findMeaning(RegisterMeaning::Iec61851State);
    if (!reg)
        return false;
    const auto writeState = [&](const ProfileRegister::StateValue& s) {
        if (s.raw.typeId() == QMetaType::QString)
            return setText(reg->name, s.raw.toString());
        // A state held in a bit field (ABB: byte 2 of a u32) is written into those bits.
        RegisterEncoding whole = reg->encoding;
        whole.bitMask = 0;
        whole.bitShift = 0;
        const double raw = s.raw.toDouble() * double(quint64(1) << reg->encoding.bitShift);
        const auto words = RegisterCodec::encodeRaw(whole, raw);
        return words.ok() && writeRegisters(*reg, *words.value);
    };
    const ProfileRegister* flag = m_profile.findRegister(reg->chargingFlagRegister);
    for (const ProfileRegister::StateValue& s : reg->states) {
        if (s.state == state) {
            if (flag)
                setNumber(flag->name, 0);
            return writeState(s);
        }
    }
    // C without a value of its own (Vestel): B with the charging flag set.
    if (state == IecState::C && flag) {
        for (const ProfileRegister::StateValue& s : reg->states)
            if (s.state == IecState::B)
                return writeState(s) && setNumber(flag->name, reg->chargingFlagValue);
    }
    return false;
}

std::optional<double> SimulatedModbusDevice::readNumber(const ProfileRegister* reg) const
{
    const std::optional<double> value = readUnscaled(reg);
    if (!value || reg->scaleFactorRegister.isEmpty())
        return value;
    return *value * std::pow(10.0, scaleFactor(*reg)); // SunSpec: raw x 10^SF
}

std::optional<double> SimulatedModbusDevice::readUnscaled(const ProfileRegister* reg) const
{
    if (!reg || reg->encoding.type == RegisterType::String)
        return std::nullopt;
    QModbusDataUnit unit(modbusTable(reg->function), reg->address, quint16(reg->registerCount()));
    if (!m_server->data(&unit))
        return std::nullopt;
    const QList<quint16> words = unit.values();
    return RegisterCodec::decodeNumber(reg->encoding,
                                       std::span<const quint16>(words.data(), size_t(words.size())))
        .value;
}

double SimulatedModbusDevice::toKw(double value, Unit unit) const
{
    return powerToKw(value, unit, m_phases);
}

void SimulatedModbusDevice::onDataWritten(QModbusDataUnit::RegisterType table, int address, int size)
{
    const auto touches = [&](const ProfileRegister* reg) {
        return reg && modbusTable(reg->function) == table && address < reg->address + reg->registerCount() &&
               reg->address < address + size;
    };
    if (m_profile.watchdog) {
        const ProfileRegister* feed = m_profile.findRegister(m_profile.watchdog->registerName);
        if (touches(feed))
            feedWatchdog();
    }
    // A controller switching phases (Alfen 1215): currents convert to power at the new count.
    if (const ProfileRegister* phases = m_profile.findMeaning(RegisterMeaning::Phases);
        phases && phases->writable() && touches(phases)) {
        if (const auto count = readNumber(phases); count && (*count == 1 || *count == 3))
            m_phases = int(*count);
    }
    if (!m_profile.setpoint)
        return;
    const ProfileRegister* setpointRegister = m_profile.findRegister(m_profile.setpoint->registerName);
    if (!touches(setpointRegister))
        return;
    if (const auto raw = readNumber(setpointRegister)) {
        double kw = toKw(*raw, m_profile.setpoint->unit);
        const bool oneWayCharger = m_profile.role == DeviceRole::Charger && !m_profile.bidirectional;
        if (oneWayCharger || !m_profile.setpoint->isSigned)
            kw = std::max(0.0, kw); // a one-way charger cannot discharge, whatever it is sent
        m_commandedKw = kw;
        emit setpointWritten(kw);
    }
}

bool SimulatedModbusDevice::watchdogExpired() const
{
    const double timeoutS = watchdogTimeoutS();
    if (timeoutS <= 0)
        return false;
    if (!m_fed)
        return true;
    return double(m_now() - m_lastWatchdogFeedMs) > timeoutS * 1000.0;
}

double SimulatedModbusDevice::appliedKw() const
{
    if (m_stuckKw)
        return *m_stuckKw;
    if (m_commandedKw && !watchdogExpired())
        return *m_commandedKw;
    if (!m_commandedKw && !m_profile.watchdog)
        return 0;
    // Fail-safe: a configured power register wins, else the profile's fail-safe current.
    if (const ProfileRegister* failsafePower = m_profile.findMeaning(RegisterMeaning::FailsafePower)) {
        if (const auto power = readNumber(failsafePower))
            return std::max(0.0, toKw(*power, failsafePower->unit));
    }
    if (const ProfileRegister* failsafeCurrent = m_profile.findMeaning(RegisterMeaning::FailsafeCurrent)) {
        if (const auto amps = readNumber(failsafeCurrent))
            return std::max(0.0, toKw(*amps, Unit::A));
    }
    if (m_profile.safeState && m_profile.safeState->failsafeCurrentA)
        return toKw(*m_profile.safeState->failsafeCurrentA, Unit::A);
    return 0;
}

} // namespace parkwatt
