#include "engine/live/DeviceLink.h"

#include "devices/modbus/RegisterTable.h"
#include "devices/modbus/SignalWait.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <algorithm>
#include <chrono>

Q_LOGGING_CATEGORY(lcDevice, "parkwatt.device")

namespace parkwatt {

DeviceLink::DeviceLink(DeviceSpec spec, const DeviceProfile& profile, QObject* parent)
    : QObject(parent)
    , m_spec(std::move(spec))
    , m_profile(profile)
    , m_connection(std::make_unique<ModbusConnection>(endpointFor(m_spec, profile)))
    , m_driver(profile, *m_connection)
    , m_health(m_spec.id)
{
}

DeviceLink::~DeviceLink() = default;

ModbusEndpoint DeviceLink::endpointFor(const DeviceSpec& spec, const DeviceProfile& profile)
{
    ModbusEndpoint e;
    e.host = spec.host;
    e.port = spec.port;
    e.unit = spec.unit;
    e.timeoutMs = profile.transport.timeoutMs;
    e.retries = profile.transport.retries;
    e.minGapMs = profile.transport.minGapMs;
    e.maxInFlight = profile.transport.maxInFlight;
    e.writeSingleAsFc16 = profile.transport.writeFunction == 16;
    return e;
}

void DeviceLink::requestPoll(qint64 cycle, TimeMs nowMs)
{
    m_nowMs = nowMs;
    m_pollRequested = cycle; // replaces a request that has not started: only the newest counts
    pump();
}

void DeviceLink::requestSetpoint(double kw, TimeMs nowMs, double deadbandKw)
{
    m_nowMs = nowMs;
    m_desiredKw = kw;
    m_deadbandKw = deadbandKw;
    pump();
}

bool DeviceLink::setpointDue() const
{
    // A device that did not follow its last setpoint is told again (that is how it recovers).
    if (!m_desiredKw || !m_profile.setpoint || (!m_health.online() && m_notFollowing.isEmpty()))
        return false;
    const std::optional<double> last = m_driver.lastWrittenKw();
    if (!last)
        return true;
    const double change = *m_desiredKw - *last;
    return change > m_deadbandKw || change < -1e-6;
}

bool DeviceLink::watchdogDue(TimeMs nowMs) const
{
    // Only a device the engine commands: the watchdog guards the engine's setpoint.
    return m_driver.lastWrittenKw() && m_health.online() && m_driver.watchdogNeedsRefresh(nowMs);
}

void DeviceLink::pump()
{
    if (m_busy)
        return;
    m_busy = true;
    run(); // runs until the first request is on the wire, then continues from the event loop
}

QCoro::Task<void> DeviceLink::run()
{
    for (;;) {
        if (m_pollRequested) {
            co_await pollOnce();
        } else if (m_takeControlPending && m_health.online()) {
            m_takeControlPending = false;
            const ModbusResult r = co_await m_driver.takeControl();
            m_controlTaken = r.ok();
            if (!r.ok())
                qCWarning(lcDevice) << m_spec.id << "could not take control:" << r.message;
        } else if (setpointDue()) {
            co_await writeOnce();
        } else if (watchdogDue(m_nowMs)) {
            co_await refreshOnce();
        } else if (m_identifyPending && m_health.online()) {
            co_await identifyOnce(); // last: only when nothing else is waiting
        } else {
            break;
        }
    }
    m_busy = false;
    emit idle();
}

QCoro::Task<void> DeviceLink::pollOnce()
{
    const qint64 cycle = *std::exchange(m_pollRequested, std::nullopt);
    QElapsedTimer took;
    took.start();
    DeviceReading reading = co_await m_driver.poll();
    noteRequest(reading.valid, took.nsecsElapsed());
    if (reading.valid && !m_notFollowing.isEmpty()) {
        DeviceReading refused;
        refused.fault = m_notFollowing; // it answers, but is not under control
        reading = refused;
    }
    const bool wasOnline = m_health.online();
    report(reading.valid ? m_health.noteSuccess(m_nowMs) : m_health.noteFailure(reading.fault, m_nowMs));
    if (!wasOnline && m_health.online() && m_profile.setpoint && !m_profile.takeControl.empty())
        m_takeControlPending = true; // after a (re)connection the device may have forgotten
    if (!wasOnline && m_health.online() && !m_profile.identification.read.isEmpty())
        m_identifyPending = true; // it may be another device now (replaced, updated)
    m_reading = std::move(reading);
    m_readingCycle = cycle;
    emit polled(cycle);
}

QCoro::Task<void> DeviceLink::writeOnce()
{
    const double kw = *m_desiredKw;
    QElapsedTimer took;
    took.start();
    const ModbusResult r = co_await m_driver.writeSetpointKw(kw, m_nowMs);
    noteRequest(r.ok(), took.nsecsElapsed());
    if (r.ok()) {
        ++m_writes;
        m_notFollowing.clear();
        emit setpointWritten(kw);
        co_return;
    }
    if (r.failure == ModbusFailure::NotFollowed)
        m_notFollowing = r.message;
    // A failed write is a failed device: offline now, and retried after its next good poll.
    report(m_health.noteFailure(r.message, m_nowMs));
}

QCoro::Task<void> DeviceLink::refreshOnce()
{
    QElapsedTimer took;
    took.start();
    const ModbusResult r = co_await m_driver.refreshWatchdog(m_nowMs);
    noteRequest(r.ok(), took.nsecsElapsed());
    if (r.ok()) {
        ++m_refreshes;
        co_return;
    }
    report(m_health.noteFailure(r.message, m_nowMs));
}

QCoro::Task<void> DeviceLink::identifyOnce()
{
    m_identifyPending = false;
    // Stops between registers as soon as a poll or a setpoint waits; asked again when idle.
    ProfileDriver::Identity identity =
        co_await m_driver.identify([this] { return m_pollRequested.has_value() || setpointDue(); });
    if (identity.interrupted) {
        m_identifyPending = true;
        co_return;
    }
    m_identity = std::move(identity);
    if (!m_identity.firmware.isEmpty() || !m_identity.model.isEmpty()) {
        qCInfo(lcDevice).noquote() << m_spec.id << "is" << m_identity.manufacturer << m_identity.model
                                   << "firmware" << m_identity.firmware;
    } else if (!m_identityFailureLogged) {
        m_identityFailureLogged = true; // once per link: it will not say more after a reconnection
        qCInfo(lcDevice).noquote() << m_spec.id << "did not say what it is"
                                   << (m_identity.failure.isEmpty() ? QString() : m_identity.failure);
    }
}

void DeviceLink::noteRequest(bool ok, qint64 elapsedNs)
{
    ++m_requests;
    if (!ok) {
        ++m_errors;
        return;
    }
    m_lastAnswerMs = m_nowMs;
    m_roundTripsMs[size_t(m_roundTripCount % int(m_roundTripsMs.size()))] = double(elapsedNs) / 1e6;
    ++m_roundTripCount;
}

DeviceLink::Stats DeviceLink::stats() const
{
    Stats s;
    s.requests = m_requests;
    s.errors = m_errors;
    s.lastAnswerMs = m_lastAnswerMs;
    const int n = std::min(m_roundTripCount, int(m_roundTripsMs.size()));
    if (n > 0) {
        std::array<double, 32> sorted = m_roundTripsMs;
        std::sort(sorted.begin(), sorted.begin() + n);
        s.roundTripMs =
            n % 2 ? sorted[size_t(n / 2)] : (sorted[size_t(n / 2 - 1)] + sorted[size_t(n / 2)]) / 2;
    }
    return s;
}

void DeviceLink::report(std::optional<DeviceEvent> event)
{
    if (!event)
        return; // health unchanged: said already
    if (event->raised)
        qCWarning(lcDevice).noquote() << event->message;
    else
        qCInfo(lcDevice).noquote() << event->message;
    m_events.push_back(std::move(*event));
}

QCoro::Task<bool> DeviceLink::applySafeState(int timeoutMs)
{
    m_pollRequested.reset();
    m_desiredKw.reset();
    if (m_busy) {
        co_await SignalWait(this, &DeviceLink::idle, std::chrono::milliseconds(timeoutMs));
        if (m_busy)
            co_return false;
    }
    m_busy = true;
    const ModbusResult r = co_await m_driver.applySafeState();
    m_busy = false;
    emit idle();
    if (!r.ok())
        qCWarning(lcDevice).noquote() << m_spec.id << "safe state not written:" << r.message;
    co_return r.ok();
}

void DeviceLink::retire()
{
    m_pollRequested.reset();
    m_desiredKw.reset();
    m_takeControlPending = false;
    if (!m_busy) {
        delete this;
        return;
    }
    connect(this, &DeviceLink::idle, this, &QObject::deleteLater);
}

const DeviceReading* DeviceLink::readingOf(qint64 cycle) const
{
    if (m_readingCycle != cycle || !m_reading.valid)
        return nullptr;
    return &m_reading;
}

double DeviceLink::failsafeKw(double chargerMaxKw) const
{
    if (!m_notFollowing.isEmpty())
        return chargerMaxKw; // it holds whatever it likes: assume the most it can draw
    if (m_profile.safeState && m_profile.safeState->failsafeCurrentA)
        return std::min(chargerMaxKw, ampsToKw(*m_profile.safeState->failsafeCurrentA, 3));
    return chargerMaxKw;
}

} // namespace parkwatt
