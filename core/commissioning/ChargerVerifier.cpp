#include "commissioning/ChargerVerifier.h"

#include "devices/ProfileDriver.h"
#include "devices/modbus/ModbusConnection.h"
#include "devices/modbus/RegisterTable.h"

#include <QCoro/QCoroTimer>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <chrono>
#include <cmath>
#include <map>
#include <memory>

namespace parkwatt {

namespace {

using std::chrono::milliseconds;

TimeMs wallNowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString kw(double value)
{
    return QStringLiteral("%1 kW").arg(value, 0, 'f', 2);
}

// Within half a kW or 10 % of the target, whichever is more: a car settles near, not at, a setpoint.
bool follows(double measuredKw, double targetKw)
{
    return std::abs(measuredKw - targetKw) <= std::max(0.5, 0.1 * std::abs(targetKw));
}

bool sameValue(double a, double b, const ProfileRegister& reg)
{
    return std::abs(a - b) <= std::max(1e-3, std::abs(reg.encoding.scale) / 2);
}

// The connections a verification needs: the device's unit and any other a register names.
class Connections {
public:
    explicit Connections(ModbusEndpoint base)
        : m_base(std::move(base))
    {
    }
    ModbusConnection& forUnit(std::optional<int> unit)
    {
        const int u = unit.value_or(m_base.unit);
        auto it = m_connections.find(u);
        if (it == m_connections.end()) {
            ModbusEndpoint e = m_base;
            e.unit = u;
            it = m_connections.emplace(u, std::make_unique<ModbusConnection>(e)).first;
        }
        return *it->second;
    }

private:
    ModbusEndpoint m_base;
    std::map<int, std::unique_ptr<ModbusConnection>> m_connections;
};

struct ReadValue {
    std::optional<double> number;
    std::optional<QString> text;
    QString error;
};

QCoro::Task<ReadValue> readRegister(Connections& connections, const ProfileRegister& reg)
{
    ReadValue value;
    const ModbusResult r = co_await connections.forUnit(reg.unitId)
                               .read(modbusTable(reg.function), reg.address, reg.registerCount());
    if (!r.ok()) {
        value.error = r.message;
        co_return value;
    }
    const std::span<const quint16> words(r.registers.data(), size_t(r.registers.size()));
    if (reg.encoding.type == RegisterType::String) {
        const auto s = RegisterCodec::decodeString(reg.encoding, words);
        value.text = s.value;
        value.error = s.error;
    } else {
        const auto n = RegisterCodec::decodeNumber(reg.encoding, words);
        value.number = n.value;
        value.error = n.error;
    }
    co_return value;
}

QCoro::Task<ModbusResult> writeRegister(Connections& connections, const ProfileRegister& reg, double value)
{
    const auto words = RegisterCodec::encodeNumber(reg.encoding, value);
    if (!words.ok())
        co_return ModbusResult::failed(ModbusFailure::Transport,
                                       reg.name + QStringLiteral(": ") + words.error);
    co_return co_await connections.forUnit(reg.unitId).writeRegisters(reg.address, *words.value);
}

// Writes `target` and reads it back. A register that already holds the target is first written a
// different value (a probe): a device that keeps no write would otherwise read back right.
struct Kept {
    double wrote = 0;
    std::optional<double> held; // as read back (as written when not readable)
    QString writeError;
};

QCoro::Task<Kept> writeAndReadBack(Connections& connections, const ProfileRegister& reg, double target)
{
    Kept k;
    if (reg.readable()) {
        const std::optional<double> before = (co_await readRegister(connections, reg)).number;
        if (before && sameValue(*before, target, reg)) {
            k.wrote = target + std::max(1.0, std::abs(reg.encoding.scale));
            const ModbusResult probe = co_await writeRegister(connections, reg, k.wrote);
            if (!probe.ok()) {
                k.writeError = probe.message;
                co_return k;
            }
            k.held = (co_await readRegister(connections, reg)).number;
            if (!k.held || !sameValue(*k.held, k.wrote, reg))
                co_return k; // the probe did not stick
        }
    }
    k.wrote = target;
    const ModbusResult written = co_await writeRegister(connections, reg, target);
    if (!written.ok()) {
        k.writeError = written.message;
        co_return k;
    }
    k.held =
        reg.readable() ? (co_await readRegister(connections, reg)).number : std::optional<double>(target);
    co_return k;
}

VerificationCheck pass(const QString& name, const QString& detail)
{
    return VerificationCheck{name, true, {}, detail};
}

VerificationCheck failure(const QString& name, const QString& reason, const QString& detail)
{
    return VerificationCheck{name, false, reason, detail};
}

std::optional<double> measuredKw(const DeviceReading& reading, int phases)
{
    if (!reading.valid)
        return std::nullopt;
    if (reading.powerKw)
        return *reading.powerKw;
    if (reading.currentA)
        return ampsToKw(*reading.currentA, phases);
    return std::nullopt;
}

} // namespace

bool ChargerVerification::passed() const
{
    for (const VerificationCheck& c : checks)
        if (!c.passed)
            return false;
    return !checks.empty();
}

QJsonObject ChargerVerification::toJson() const
{
    QJsonArray checkArray;
    for (const VerificationCheck& c : checks)
        checkArray.append(QJsonObject{{QStringLiteral("name"), c.name},
                                      {QStringLiteral("passed"), c.passed},
                                      {QStringLiteral("reason"), c.reason},
                                      {QStringLiteral("detail"), c.detail}});
    QJsonArray stepArray;
    for (const SetpointStep& s : steps)
        stepArray.append(QJsonObject{
            {QStringLiteral("commanded_kw"), s.commandedKw},
            {QStringLiteral("measured_kw"), s.measuredKw ? QJsonValue(*s.measuredKw) : QJsonValue()},
            {QStringLiteral("followed_after_ms"),
             s.followedAfterMs >= 0 ? QJsonValue(s.followedAfterMs) : QJsonValue()}});
    const auto optional = [](const std::optional<double>& v) { return v ? QJsonValue(*v) : QJsonValue(); };
    return QJsonObject{
        {QStringLiteral("device"), deviceId},
        {QStringLiteral("profile"), profile},
        {QStringLiteral("host"), host},
        {QStringLiteral("port"), port},
        {QStringLiteral("unit"), unit},
        {QStringLiteral("manufacturer"), manufacturer},
        {QStringLiteral("model"), model},
        {QStringLiteral("serial"), serial},
        {QStringLiteral("firmware"), firmware},
        {QStringLiteral("state"), state},
        {QStringLiteral("failsafe_current_a"), optional(failsafeCurrentA)},
        {QStringLiteral("failsafe_power_kw"), optional(failsafePowerKw)},
        {QStringLiteral("watchdog_timeout_s"), optional(watchdogTimeoutS)},
        {QStringLiteral("fallback_kw"), fallbackKw},
        {QStringLiteral("steps"), stepArray},
        {QStringLiteral("checks"), checkArray},
        {QStringLiteral("left_at"), leftAt},
        {QStringLiteral("passed"), passed()},
    };
}

ChargerVerification ChargerVerification::fromJson(const QJsonObject& json)
{
    ChargerVerification v;
    v.deviceId = json.value(QStringLiteral("device")).toString();
    v.profile = json.value(QStringLiteral("profile")).toString();
    v.host = json.value(QStringLiteral("host")).toString();
    v.port = json.value(QStringLiteral("port")).toInt();
    v.unit = json.value(QStringLiteral("unit")).toInt(1);
    v.manufacturer = json.value(QStringLiteral("manufacturer")).toString();
    v.model = json.value(QStringLiteral("model")).toString();
    v.serial = json.value(QStringLiteral("serial")).toString();
    v.firmware = json.value(QStringLiteral("firmware")).toString();
    v.state = json.value(QStringLiteral("state")).toString();
    const auto optional = [&json](const char* key) -> std::optional<double> {
        const QJsonValue value = json.value(QLatin1String(key));
        return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
    };
    v.failsafeCurrentA = optional("failsafe_current_a");
    v.failsafePowerKw = optional("failsafe_power_kw");
    v.watchdogTimeoutS = optional("watchdog_timeout_s");
    v.fallbackKw = json.value(QStringLiteral("fallback_kw")).toDouble();
    for (const QJsonValue& s : json.value(QStringLiteral("steps")).toArray()) {
        const QJsonObject o = s.toObject();
        SetpointStep step;
        step.commandedKw = o.value(QStringLiteral("commanded_kw")).toDouble();
        if (o.value(QStringLiteral("measured_kw")).isDouble())
            step.measuredKw = o.value(QStringLiteral("measured_kw")).toDouble();
        step.followedAfterMs = o.value(QStringLiteral("followed_after_ms")).toInteger(-1);
        v.steps.push_back(step);
    }
    for (const QJsonValue& c : json.value(QStringLiteral("checks")).toArray()) {
        const QJsonObject o = c.toObject();
        v.checks.push_back(VerificationCheck{
            o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("passed")).toBool(),
            o.value(QStringLiteral("reason")).toString(), o.value(QStringLiteral("detail")).toString()});
    }
    v.leftAt = json.value(QStringLiteral("left_at")).toString();
    return v;
}

double ChargerVerifier::fallbackKwOf(std::optional<double> failsafePowerKw,
                                     std::optional<double> failsafeCurrentA, int phases)
{
    if (failsafePowerKw)
        return std::max(0.0, *failsafePowerKw);
    if (failsafeCurrentA)
        return std::max(0.0, ampsToKw(*failsafeCurrentA, phases));
    return 0;
}

std::vector<double> ChargerVerifier::stepsKw(double minKw, double maxKw)
{
    const double mid = (minKw + maxKw) / 2;
    return {minKw, mid, maxKw, mid, minKw};
}

ChargerVerifier::ChargerVerifier(const DeviceProfile& profile, const DeviceSpec& device, const SiteSpec& site,
                                 VerifierOptions options)
    : m_profile(profile)
    , m_device(device)
    , m_options(options)
{
    if (m_options.watchdogS && m_profile.watchdog)
        m_profile.watchdog->timeoutS = *m_options.watchdogS; // what takeControl writes and refreshes by
    // The charger's range: its site charger's, else the profile's, else 6 A to 16 A.
    const int c = site.chargerIndex(device.chargerId);
    const double floorKw = ampsToKw(6, m_options.phases);
    m_minKw =
        c >= 0 && site.chargers[size_t(c)].minChargeKw > 0 ? site.chargers[size_t(c)].minChargeKw : floorKw;
    m_maxKw = c >= 0 && site.chargers[size_t(c)].maxChargeKw > 0 ? site.chargers[size_t(c)].maxChargeKw
                                                                 : ampsToKw(16, m_options.phases);
    if (m_profile.setpoint && m_profile.setpoint->max)
        m_maxKw = std::min(m_maxKw,
                           powerToKw(*m_profile.setpoint->max, m_profile.setpoint->unit, m_options.phases));
    // A charger set in amperes: whole amperes at or above the minimum (5.94 A would be written as
    // 5 A by an integer register, below the 6 A floor where the car pauses).
    if (m_profile.setpoint && m_profile.setpoint->unit == Unit::A) {
        m_minKw = ampsToKw(std::ceil(kwToAmps(m_minKw, m_options.phases) - 1e-6), m_options.phases);
        m_maxKw = ampsToKw(std::floor(kwToAmps(m_maxKw, m_options.phases) + 1e-6), m_options.phases);
    }
    m_minKw = std::min(m_minKw, m_maxKw);
}

QCoro::Task<ChargerVerification> ChargerVerifier::run()
{
    ChargerVerification v;
    v.deviceId = m_device.id;
    v.profile = m_profile.id;
    v.host = m_device.host;
    v.port = m_device.port;
    v.unit = m_device.unit;
    // Until the device says otherwise (also when it does not answer): the profile's fail-safe.
    if (!m_profile.watchdog)
        v.fallbackKw = m_maxKw;
    else if (m_profile.safeState && m_profile.safeState->failsafeCurrentA)
        v.fallbackKw = fallbackKwOf(std::nullopt, m_profile.safeState->failsafeCurrentA, m_options.phases);

    ModbusEndpoint endpoint;
    endpoint.host = m_device.host;
    endpoint.port = m_device.port;
    endpoint.unit = m_device.unit;
    endpoint.timeoutMs = std::max(m_options.timeoutMs, m_profile.transport.timeoutMs); // slow stacks say so
    endpoint.retries = 0;
    endpoint.minGapMs = m_profile.transport.minGapMs;
    endpoint.backoffStartMs = 0;
    endpoint.backoffMaxMs = 0;
    endpoint.writeSingleAsFc16 = m_profile.transport.writeFunction == 16;
    Connections connections(endpoint);
    ProfileDriver driver(m_profile, connections.forUnit(std::nullopt), m_options.phases);

    // (a) Identity and state.
    QStringList identity;
    for (const QString& name : m_profile.identification.read) {
        const ProfileRegister* reg = m_profile.findRegister(name);
        if (!reg || !reg->readable())
            continue;
        const ReadValue value = co_await readRegister(connections, *reg);
        if (!value.text && !value.number) {
            v.checks.push_back(failure(QStringLiteral("identity"), QStringLiteral("no answer"),
                                       QStringLiteral("%1: %2").arg(name, value.error)));
            co_return v;
        }
        const QString text = value.text ? *value.text : QString::number(*value.number);
        identity << QStringLiteral("%1=%2").arg(name, text);
        switch (reg->meaning) {
        case RegisterMeaning::Manufacturer:
            v.manufacturer = text;
            break;
        case RegisterMeaning::Model:
            v.model = text;
            break;
        case RegisterMeaning::Serial:
            v.serial = text;
            break;
        case RegisterMeaning::Firmware:
            v.firmware = text;
            break;
        default:
            break;
        }
    }
    v.checks.push_back(pass(QStringLiteral("identity"), identity.join(QStringLiteral(", "))));
    const DeviceReading first = co_await driver.poll();
    if (!first.valid) {
        v.checks.push_back(failure(QStringLiteral("state"), QStringLiteral("no state"), first.fault));
        co_return v;
    }
    v.state = first.state ? toString(*first.state) : QStringLiteral("unknown");
    v.checks.push_back(pass(
        QStringLiteral("state"),
        QStringLiteral("state %1, %2").arg(v.state, kw(measuredKw(first, m_options.phases).value_or(0)))));

    // The setpoint as found, to leave it so.
    const ProfileRegister* setpointReg =
        m_profile.setpoint ? m_profile.findRegister(m_profile.setpoint->registerName) : nullptr;
    std::optional<double> originalSetpoint;
    if (setpointReg && setpointReg->readable() && !setpointReg->unitId)
        originalSetpoint = (co_await readRegister(connections, *setpointReg)).number;

    if (!m_profile.takeControl.empty()) {
        const ModbusResult taken = co_await driver.takeControl();
        if (!taken.ok()) {
            v.checks.push_back(
                failure(QStringLiteral("control"), QStringLiteral("control refused"), taken.message));
            co_return v;
        }
    }

    // (b) Fail-safe current (or power) and the watchdog's timeout: written and read back.
    const double failsafeA = m_profile.safeState && m_profile.safeState->failsafeCurrentA
                                 ? *m_profile.safeState->failsafeCurrentA
                                 : 6.0;
    QStringList failsafeSeen;
    bool failsafeOk = true;
    for (const ProfileRegister& reg : m_profile.registers) {
        const bool current = reg.meaning == RegisterMeaning::FailsafeCurrent;
        if (!current && reg.meaning != RegisterMeaning::FailsafePower)
            continue;
        const double target = current ? failsafeA : [&] {
            const double kwValue = ampsToKw(failsafeA, m_options.phases);
            return reg.unit == Unit::W ? kwValue * 1000 : kwValue;
        }();
        std::optional<double> held;
        if (reg.writable()) {
            const Kept kept = co_await writeAndReadBack(connections, reg, target);
            if (!kept.writeError.isEmpty()) {
                v.checks.push_back(
                    failure(QStringLiteral("fail-safe"), QStringLiteral("write refused"), kept.writeError));
                failsafeOk = false;
                break;
            }
            held = kept.held;
            if (!held || !sameValue(*held, kept.wrote, reg)) {
                v.checks.push_back(
                    failure(QStringLiteral("fail-safe"), QStringLiteral("no read-back"),
                            QStringLiteral("%1: wrote %2, read %3")
                                .arg(reg.name)
                                .arg(kept.wrote)
                                .arg(held ? QString::number(*held) : QStringLiteral("nothing"))));
                failsafeOk = false;
                break;
            }
        } else if (reg.readable()) {
            held = (co_await readRegister(connections, reg)).number;
        }
        if (current)
            v.failsafeCurrentA = held;
        else
            v.failsafePowerKw =
                held ? std::optional<double>(powerToKw(*held, reg.unit, m_options.phases)) : std::nullopt;
        failsafeSeen << QStringLiteral("%1 %2").arg(reg.name).arg(held.value_or(0));
    }
    if (!v.failsafeCurrentA && !v.failsafePowerKw && m_profile.safeState &&
        m_profile.safeState->failsafeCurrentA)
        v.failsafeCurrentA = m_profile.safeState->failsafeCurrentA; // the profile's word for it
    v.fallbackKw = fallbackKwOf(v.failsafePowerKw, v.failsafeCurrentA, m_options.phases);
    if (!m_profile.watchdog)
        v.fallbackKw =
            m_maxKw; // nothing makes it fall back: it keeps its last setpoint, at worst its maximum
    if (failsafeOk)
        v.checks.push_back(pass(QStringLiteral("fail-safe"),
                                (failsafeSeen.isEmpty() ? QStringLiteral("from the profile")
                                                        : failsafeSeen.join(QStringLiteral(", "))) +
                                    QStringLiteral(": falls back to %1").arg(kw(v.fallbackKw))));

    const ProfileRegister* timeoutReg = nullptr;
    if (m_profile.watchdog && !m_profile.watchdog->timeoutRegister.isEmpty())
        timeoutReg = m_profile.findRegister(m_profile.watchdog->timeoutRegister);
    if (!timeoutReg)
        timeoutReg = m_profile.findMeaning(RegisterMeaning::FailsafeTimeout);
    bool watchdogChecked = false;
    if (!m_profile.watchdog) {
        v.checks.push_back(failure(QStringLiteral("watchdog"), QStringLiteral("watchdog off"),
                                   QStringLiteral("the profile knows no watchdog: the charger keeps its last "
                                                  "setpoint while the engine is silent")));
        watchdogChecked = true;
    } else if (timeoutReg && timeoutReg->writable()) {
        const double target = m_profile.watchdog->timeoutS;
        const Kept kept = co_await writeAndReadBack(connections, *timeoutReg, target);
        const std::optional<double> held = kept.held;
        if (!kept.writeError.isEmpty()) {
            v.checks.push_back(
                failure(QStringLiteral("watchdog"), QStringLiteral("write refused"), kept.writeError));
        } else if (held && *held == 0) {
            v.checks.push_back(
                failure(QStringLiteral("watchdog"), QStringLiteral("watchdog off"),
                        QStringLiteral("%1: wrote %2 s, reads 0").arg(timeoutReg->name).arg(kept.wrote)));
        } else if (!held || !sameValue(*held, kept.wrote, *timeoutReg)) {
            v.checks.push_back(failure(QStringLiteral("watchdog"), QStringLiteral("no read-back"),
                                       QStringLiteral("%1: wrote %2 s, read %3")
                                           .arg(timeoutReg->name)
                                           .arg(kept.wrote)
                                           .arg(held ? QString::number(*held) : QStringLiteral("nothing"))));
        } else {
            v.watchdogTimeoutS = held;
            v.checks.push_back(pass(
                QStringLiteral("watchdog"),
                timeoutReg->readable()
                    ? QStringLiteral("%1 = %2 s").arg(timeoutReg->name).arg(*held)
                    : QStringLiteral("%1 = %2 s written (not readable)").arg(timeoutReg->name).arg(*held)));
        }
        watchdogChecked = true;
    }

    // (c) Setpoints stepped from the minimum to the maximum and back.
    bool following = true;
    double lastTargetKw = 0;
    const auto waitFor = [&](double targetKw, SetpointStep* step) -> QCoro::Task<bool> {
        QElapsedTimer waited;
        waited.start();
        while (true) {
            if (driver.watchdogNeedsRefresh(wallNowMs()))
                co_await driver.refreshWatchdog(wallNowMs());
            const DeviceReading reading = co_await driver.poll();
            const std::optional<double> measured = measuredKw(reading, m_options.phases);
            if (step)
                step->measuredKw = measured;
            if (measured && follows(*measured, targetKw)) {
                if (step)
                    step->followedAfterMs = waited.elapsed();
                co_return true;
            }
            if (waited.elapsed() >= m_options.stepWaitMs)
                co_return false;
            co_await QCoro::sleepFor(milliseconds(m_options.pollMs));
        }
    };
    const std::vector<double> steps = stepsKw(m_minKw, m_maxKw);
    for (size_t i = 0; i < steps.size() && following; ++i) {
        SetpointStep step;
        step.commandedKw = steps[i];
        const ModbusResult written = co_await driver.writeSetpointKw(steps[i], wallNowMs());
        lastTargetKw = steps[i];
        if (!written.ok()) {
            v.checks.push_back(
                failure(QStringLiteral("setpoints"), QStringLiteral("setpoint refused"), written.message));
            following = false;
            break;
        }
        // What the charger can apply of it (an integer ampere register rounds).
        const double appliedKw = m_profile.setpoint ? powerToKw(driver.deviceValueFor(steps[i]),
                                                                m_profile.setpoint->unit, m_options.phases)
                                                    : steps[i];
        following = co_await waitFor(appliedKw, &step);
        v.steps.push_back(step);
        if (!following)
            v.checks.push_back(failure(
                QStringLiteral("setpoints"), QStringLiteral("power not following"),
                QStringLiteral("step %1 of %2: commanded %3, measured %4 after %5 ms")
                    .arg(i + 1)
                    .arg(steps.size())
                    .arg(kw(steps[i]), step.measuredKw ? kw(*step.measuredKw) : QStringLiteral("nothing"))
                    .arg(m_options.stepWaitMs)));
        // A watchdog without a timeout register (Alfen): its remaining validity tells whether it runs.
        if (i == 0 && !watchdogChecked) {
            const ProfileRegister* remaining = m_profile.findMeaning(RegisterMeaning::Watchdog);
            if (remaining && remaining->readable() && !remaining->writable()) {
                const std::optional<double> left = (co_await readRegister(connections, *remaining)).number;
                v.watchdogTimeoutS = m_profile.watchdog->timeoutS;
                if (!left || *left <= 0)
                    v.checks.push_back(
                        failure(QStringLiteral("watchdog"), QStringLiteral("watchdog off"),
                                QStringLiteral("%1 reads %2 after a setpoint write")
                                    .arg(remaining->name)
                                    .arg(left ? QString::number(*left) : QStringLiteral("nothing"))));
                else
                    v.checks.push_back(
                        pass(QStringLiteral("watchdog"),
                             QStringLiteral("%1: %2 s left after a write").arg(remaining->name).arg(*left)));
            } else {
                v.watchdogTimeoutS = m_profile.watchdog->timeoutS;
                v.checks.push_back(pass(QStringLiteral("watchdog"),
                                        QStringLiteral("%1 s (the profile's; not readable over Modbus)")
                                            .arg(m_profile.watchdog->timeoutS)));
            }
            watchdogChecked = true;
        }
    }
    if (following)
        v.checks.push_back(pass(QStringLiteral("setpoints"), QStringLiteral("%1 steps from %2 to %3 followed")
                                                                 .arg(steps.size())
                                                                 .arg(kw(m_minKw), kw(m_maxKw))));

    // (d) The fallback: the engine goes silent, the watchdog expires, the fail-safe applies.
    if (m_options.fallback && following && m_profile.watchdog) {
        // Hold the step furthest from the fail-safe, so the fallback shows.
        const double holdKw =
            std::abs(m_maxKw - v.fallbackKw) > std::abs(m_minKw - v.fallbackKw) ? m_maxKw : m_minKw;
        if (holdKw != lastTargetKw) {
            co_await driver.writeSetpointKw(holdKw, wallNowMs());
            co_await waitFor(holdKw, nullptr);
        }
        // Silent, also for an idle-timeout watchdog that any request would feed.
        const double timeoutS = v.watchdogTimeoutS.value_or(m_profile.watchdog->timeoutS);
        QElapsedTimer silent;
        silent.start();
        co_await QCoro::sleepFor(milliseconds(qint64(timeoutS * 1000) + 1000));
        std::optional<double> measured;
        bool fellBack = false;
        QElapsedTimer waited;
        waited.start();
        while (!fellBack) {
            measured = measuredKw(co_await driver.poll(), m_options.phases);
            fellBack = measured && follows(*measured, v.fallbackKw);
            if (fellBack || waited.elapsed() >= m_options.stepWaitMs)
                break;
            co_await QCoro::sleepFor(milliseconds(m_options.pollMs));
        }
        if (fellBack)
            v.checks.push_back(
                pass(QStringLiteral("fallback"), QStringLiteral("%1 after %2 s silent (fail-safe %3)")
                                                     .arg(kw(*measured))
                                                     .arg(double(silent.elapsed()) / 1000, 0, 'f', 1)
                                                     .arg(kw(v.fallbackKw))));
        else
            v.checks.push_back(failure(QStringLiteral("fallback"), QStringLiteral("no fallback"),
                                       QStringLiteral("measured %1 after %2 s silent, the fail-safe is %3")
                                           .arg(measured ? kw(*measured) : QStringLiteral("nothing"))
                                           .arg(double(silent.elapsed()) / 1000, 0, 'f', 1)
                                           .arg(kw(v.fallbackKw))));
    }

    // Leave it as found: the setpoint it had, else its safe state.
    if (originalSetpoint && setpointReg) {
        const ModbusResult restored = co_await writeRegister(connections, *setpointReg, *originalSetpoint);
        v.leftAt = restored.ok()
                       ? QStringLiteral("%1 = %2 (as found)").arg(setpointReg->name).arg(*originalSetpoint)
                       : QStringLiteral("not restored: ") + restored.message;
    } else {
        const ModbusResult safe = co_await driver.applySafeState();
        v.leftAt =
            safe.ok() ? QStringLiteral("safe state") : QStringLiteral("safe state failed: ") + safe.message;
    }
    co_return v;
}

} // namespace parkwatt
