#include "engine/live/LiveEngine.h"

#include "config/PolicyJson.h"
#include "control/Controller.h"
#include "control/Forecast.h"
#include "devices/modbus/RegisterTable.h"
#include "devices/modbus/SignalWait.h"
#include "devices/profiles/ProfileLibrary.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <chrono>
#include <limits>

Q_LOGGING_CATEGORY(lcEngine, "parkwatt.engine")

namespace parkwatt {

QStringList LiveEngine::check(const SiteFile& site, const ProfileLibrary& profiles)
{
    QStringList problems;
    QStringList chargersWithDevice;
    int gridMeters = 0;
    for (const DeviceSpec& d : site.devices) {
        const DeviceProfile* profile = profiles.find(d.profile);
        if (!profile) {
            problems << QStringLiteral("device %1: no device profile '%2' (known: %3)")
                            .arg(d.id, d.profile, profiles.ids().join(QStringLiteral(", ")));
            continue;
        }
        if (profile->role != d.role)
            problems << QStringLiteral("device %1: role %2, but profile %3 is for a %4")
                            .arg(d.id, toString(d.role), d.profile, toString(profile->role));
        if (d.role == DeviceRole::GridMeter)
            ++gridMeters;
        if (d.role == DeviceRole::Charger) {
            if (site.site.chargerIndex(d.chargerId) < 0)
                problems
                    << QStringLiteral("device %1: charger '%2' is not in the site").arg(d.id, d.chargerId);
            else if (chargersWithDevice.contains(d.chargerId))
                problems
                    << QStringLiteral("device %1: charger '%2' already has a device").arg(d.id, d.chargerId);
            chargersWithDevice << d.chargerId;
            if (!profile->setpoint)
                problems << QStringLiteral("device %1: profile %2 has no setpoint register, so the charger "
                                           "cannot be controlled")
                                .arg(d.id, d.profile);
        }
    }
    if (gridMeters != 1)
        problems << QStringLiteral("devices: the site needs exactly one grid_meter (it has %1); without it "
                                   "the connection limit cannot be kept")
                        .arg(gridMeters);
    return problems;
}

QStringList LiveEngine::fitChargersToDevices(SiteFile& site, const ProfileLibrary& profiles)
{
    QStringList notes;
    for (const DeviceSpec& d : site.devices) {
        const DeviceProfile* profile = profiles.find(d.profile);
        const int index = site.site.chargerIndex(d.chargerId);
        if (d.role != DeviceRole::Charger || !profile || !profile->setpoint || index < 0)
            continue;
        const Setpoint& sp = *profile->setpoint;
        const auto toKw = [&sp](double value) { return powerToKw(value, sp.unit, 3); };
        ChargerSpec& charger = site.site.chargers[size_t(index)];
        if (sp.max && toKw(*sp.max) < charger.maxChargeKw - 1e-9) {
            notes << QStringLiteral(
                         "charger %1: max_charge_kw %2 is more than its device %3 (%4) takes; using %5 kW")
                         .arg(charger.id)
                         .arg(charger.maxChargeKw)
                         .arg(d.id, d.profile)
                         .arg(toKw(*sp.max));
            charger.maxChargeKw = toKw(*sp.max);
            charger.minChargeKw = std::min(charger.minChargeKw, charger.maxChargeKw);
        }
        const double dischargeLimitKw =
            profile->bidirectional && sp.isSigned && sp.min ? -toKw(*sp.min) : 0.0;
        if (charger.maxDischargeKw > dischargeLimitKw + 1e-9) {
            notes << QStringLiteral(
                         "charger %1: max_discharge_kw %2 is more than its device %3 (%4) gives; using %5 kW")
                         .arg(charger.id)
                         .arg(charger.maxDischargeKw)
                         .arg(d.id, d.profile)
                         .arg(dischargeLimitKw);
            charger.maxDischargeKw = dischargeLimitKw;
            charger.bidirectional = charger.bidirectional && dischargeLimitKw > 0;
        }
    }
    return notes;
}

LiveEngine::LiveEngine(SiteFile site, const ProfileLibrary& profiles, Controller& controller,
                       Forecast& forecast, const Clock& clock, LiveEngineOptions options, QObject* parent)
    : QObject(parent)
    , m_site(std::move(site))
    , m_controller(controller)
    , m_forecast(forecast)
    , m_clock(clock)
    , m_options(options)
    , m_sessions(
          int(m_site.site.chargers.size()),
          [this] {
              std::vector<QString> ids;
              for (const ChargerSpec& c : m_site.site.chargers)
                  ids.push_back(c.id);
              return ids;
          }(),
          options.sessions)
    , m_meterLossGuard(options.meterLossRampKwPerCycle)
    , m_overrides(int(m_site.site.chargers.size()))
{
    std::vector<DeviceLink*> raw;
    for (const DeviceSpec& d : m_site.devices) {
        const DeviceProfile* profile = profiles.find(d.profile);
        if (!profile)
            continue; // check() has said so; the engine runs without it
        auto link = std::make_unique<DeviceLink>(d, *profile);
        connect(link.get(), &DeviceLink::polled, this, &LiveEngine::linkProgress);
        connect(link.get(), &DeviceLink::idle, this, &LiveEngine::linkProgress);
        connect(link.get(), &DeviceLink::setpointWritten, this, [this, id = d.id](double kw) {
            m_writesThisCycle.push_back(SetpointWrite{id, kw});
        });
        raw.push_back(link.get());
        m_links.push_back(std::move(link));
    }
    m_builder = std::make_unique<LiveSnapshotBuilder>(m_site.site, raw);
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(m_options.cycleMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_cycleRunning || m_stopping) {
            ++m_skippedTicks;
            return;
        }
        runCycle();
    });
}

LiveEngine::~LiveEngine()
{
    // Without stop() (the process is going down anyway, or a test plays a crash): no safe state
    // is written, the chargers' watchdogs will take over; links still mid-request finish first.
    m_builder.reset();
    for (auto& link : m_links) {
        disconnect(link.get(), nullptr, this, nullptr);
        link.release()->retire();
    }
}

QString LiveEngine::checkPolicy(const Policy& policy) const
{
    if (policy.peakShaving.enabled && !(policy.peakShaving.importLimitKw > 0))
        return tr("peak shaving needs a limit above 0 kW");
    if (policy.peakShaving.enabled && policy.peakShaving.importLimitKw > m_site.site.grid.importLimitKw)
        return tr("the peak limit (%1 kW) is above the connection's import limit (%2 kW)")
            .arg(policy.peakShaving.importLimitKw)
            .arg(m_site.site.grid.importLimitKw);
    if (policy.backup.batteryReservePct < 0 || policy.backup.batteryReservePct > 100)
        return tr("the battery reserve must be between 0 and 100 %");
    if (policy.backup.reserveHours < 0)
        return tr("the reserve time cannot be negative");
    return {};
}

bool LiveEngine::applyPolicy(const Policy& policy, const QString& by, QString* error)
{
    if (const QString problem = checkPolicy(policy); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    if (!m_applyPolicy) {
        if (error)
            *error = tr("this engine cannot change its policy");
        return false;
    }
    const Policy before = m_site.policy;
    m_applyPolicy(policy);
    m_site.policy = policy;
    m_policyHistory.push_back(before);
    const auto json = [](const Policy& p) {
        return QString::fromUtf8(QJsonDocument(policyToJson(p)).toJson(QJsonDocument::Compact));
    };
    qCInfo(lcEngine).noquote() << "policy changed by" << by << "to" << json(policy);
    emit policyChanged(PolicyChange{m_clock.now(), by, json(before), json(policy)});
    return true;
}

bool LiveEngine::undoPolicy(const QString& by, QString* error)
{
    if (m_policyHistory.empty()) {
        if (error)
            *error = tr("there is no earlier policy to return to");
        return false;
    }
    const Policy previous = m_policyHistory.back();
    if (!applyPolicy(previous, by, error))
        return false;
    m_policyHistory.pop_back(); // the apply just pushed the undone policy: forget it
    m_policyHistory.pop_back(); // and the one returned to is no longer "before"
    return true;
}

int LiveEngine::chargerIndexOf(const QString& chargerId) const
{
    for (size_t c = 0; c < m_site.site.chargers.size(); ++c)
        if (m_site.site.chargers[c].id == chargerId)
            return int(c);
    return -1;
}

bool LiveEngine::setOverride(const QString& chargerId, BayOverride kind, const QString& by, QString* error)
{
    const int c = chargerIndexOf(chargerId);
    const auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (c < 0)
        return fail(tr("there is no charger %1 at this site").arg(chargerId));
    if (kind != BayOverride::None &&
        !(c < int(m_lastSnapshot.chargers.size()) && m_lastSnapshot.chargers[size_t(c)].plugged))
        return fail(tr("no car is plugged in at %1").arg(chargerId));
    if (m_overrides.of(c).kind == kind)
        return true;
    m_overrides.set(c, kind, by, m_clock.now());
    qCInfo(lcEngine).noquote() << "override" << overrideName(kind) << "on" << chargerId << "by" << by;
    emit overrideChanged(chargerId, kind, by);
    return true;
}

BayOverride LiveEngine::overrideOf(const QString& chargerId) const
{
    const int c = chargerIndexOf(chargerId);
    return c < 0 ? BayOverride::None : m_overrides.of(c).kind;
}

void LiveEngine::releaseOverridesOfLeftCars(const SiteSnapshot& snapshot)
{
    for (const int c : m_overrides.releaseUnplugged(snapshot)) {
        qCInfo(lcEngine).noquote() << "override on" << m_site.site.chargers[size_t(c)].id
                                   << "ended: the car left";
        emit overrideChanged(m_site.site.chargers[size_t(c)].id, BayOverride::None, QStringLiteral("engine"));
    }
}

void LiveEngine::start()
{
    m_stopping = false;
    m_timer.start();
    runCycle(); // the first cycle at once, not a period later
}

QCoro::Task<void> LiveEngine::awaitLinks(const std::function<bool()>& done, int budgetMs)
{
    const QDeadlineTimer deadline(budgetMs, Qt::PreciseTimer);
    while (!done() && !deadline.hasExpired())
        co_await SignalWait(this, &LiveEngine::linkProgress,
                            std::chrono::milliseconds(deadline.remainingTime()));
}

QCoro::Task<CycleStats> LiveEngine::runCycle()
{
    m_cycleRunning = true;
    CycleStats stats;
    stats.cycle = ++m_cycle;
    stats.startMs = m_clock.now();
    QElapsedTimer phase;
    phase.start();
    const qint64 cycle = stats.cycle;

    for (const auto& link : m_links)
        link->requestPoll(cycle, stats.startMs);
    co_await awaitLinks(
        [&] {
            return std::all_of(m_links.begin(), m_links.end(),
                               [&](const auto& l) { return l->readingOf(cycle) || !l->busy(); });
        },
        m_options.pollBudgetMs);
    stats.pollMs = phase.nsecsElapsed() / 1e6;
    for (const auto& link : m_links)
        (link->readingOf(cycle) ? stats.devicesRead : stats.devicesMissing) += 1;

    phase.restart();
    const double stepH = m_options.cycleMs * m_options.timeScale / 3.6e6;
    LiveSnapshotBuilder::Result built = m_builder->build(cycle, stats.startMs, stepH, m_sessions);
    stats.gridMeterValid = built.gridMeterValid;
    m_forecast.observe(built.snapshot);
    releaseOverridesOfLeftCars(built.snapshot);
    Setpoints setpoints;
    if (m_overrides.any()) {
        SiteSnapshot shaped = built.snapshot; // the published snapshot keeps what the car really wants
        m_overrides.shape(shaped);
        setpoints = m_controller.dispatch(shaped, m_forecast);
    } else {
        setpoints = m_controller.dispatch(built.snapshot, m_forecast);
    }
    if (!built.gridMeterValid) {
        std::vector<double> lastKw;
        for (DeviceLink* link : m_builder->chargerLinks())
            lastKw.push_back(link && link->lastWrittenKw() ? *link->lastWrittenKw() : 0.0);
        setpoints = m_meterLossGuard.limit(setpoints, lastKw, built.failsafeKw, m_lastSetpoints.batteryKw);
    }
    m_overrides.annotate(setpoints);
    stats.dispatchMs = phase.nsecsElapsed() / 1e6;

    phase.restart();
    const auto& chargers = m_builder->chargerLinks();
    std::vector<int> writesBefore;
    for (const auto& link : m_links)
        writesBefore.push_back(link->writesDone());
    for (size_t c = 0; c < chargers.size() && c < setpoints.chargerKw.size(); ++c)
        if (chargers[c] && !m_stopping)
            chargers[c]->requestSetpoint(setpoints.chargerKw[c], stats.startMs, m_options.deadbandKw);
    co_await awaitLinks(
        [&] { return std::none_of(m_links.begin(), m_links.end(), [](const auto& l) { return l->busy(); }); },
        m_options.writeBudgetMs);
    for (size_t i = 0; i < m_links.size(); ++i)
        stats.writesSent += m_links[i]->writesDone() - writesBefore[i];
    stats.writeMs = phase.nsecsElapsed() / 1e6;
    stats.totalMs = stats.pollMs + stats.dispatchMs + stats.writeMs;

    m_lastMeasurement.gridKw = built.gridMeterValid ? std::optional(built.gridKw) : std::nullopt;
    m_lastMeasurement.chargerPowerKw = std::move(built.chargerPowerKw);
    m_lastMeasurement.batteriesKw = built.batteriesKw;
    m_lastMeasurement.batterySocMeasured = built.batterySocMeasured;
    m_lastSnapshot = std::move(built.snapshot);
    m_lastSetpoints = std::move(setpoints);
    m_lastCycleWrites = std::exchange(m_writesThisCycle, {});
    m_lastPublished.sensed = m_lastSnapshot;
    m_lastPublished.commanded = m_lastSetpoints;
    m_lastPublished.applied = stepRecordOf(m_site.site, m_lastSnapshot, m_lastMeasurement);
    m_lastPublished.offlineDevices.clear();
    for (const auto& link : m_links)
        if (!link->readingOf(cycle))
            m_lastPublished.offlineDevices << link->spec().id;
    publishEvents();
    for (const LiveSession& closed : m_sessions.takeClosed())
        emit sessionClosed(closed);
    announceNewSessions();
    qCDebug(lcEngine) << "cycle" << cycle << "read" << stats.devicesRead << "missing" << stats.devicesMissing
                      << "writes" << stats.writesSent << "ms" << stats.totalMs;
    m_cycleRunning = false;
    emit cyclePublished(m_lastPublished);
    emit cycleFinished(stats);
    co_return stats;
}

StepRecord LiveEngine::stepRecordOf(const SiteSpec& site, const SiteSnapshot& s, const LiveMeasurement& m)
{
    constexpr double kUnknown = std::numeric_limits<double>::quiet_NaN(); // stored as a gap
    StepRecord r;
    r.step = s.stepIndex;
    r.timeMs = s.timeMs;
    r.stepH = s.stepH;
    r.outage = !s.gridAvailable;
    r.gridKw = m.gridKw.value_or(kUnknown);
    r.pvAvailableKw = r.pvUsedKw = s.pvAvailableKw;
    r.loadKw = r.loadServedKw = s.loadKw;
    r.criticalLoadKw = s.criticalLoadKw;
    r.batteryKw = m.batteriesKw;
    for (size_t b = 0; b < s.batteries.size() && b < site.batteries.size(); ++b) {
        r.batteryEnergyKwh += s.batteries[b].energyKwh;
        r.batteryCapacityKwh += site.batteries[b].capacityKwh;
    }
    if (!m.batterySocMeasured)
        r.batteryEnergyKwh = kUnknown;
    for (size_t c = 0; c < s.chargers.size(); ++c) {
        const ChargerState& charger = s.chargers[c];
        const double kw = charger.online && c < m.chargerPowerKw.size() ? m.chargerPowerKw[c] : kUnknown;
        r.chargerKw.push_back(kw);
        r.chargerEnergyKwh.push_back(charger.plugged ? charger.energyKwh : 0.0);
        r.evsPlugged += charger.plugged ? 1 : 0;
        if (kw > 0)
            r.evChargeKw += kw;
        else if (kw < 0)
            r.evDischargeKw -= kw;
    }
    return r;
}

void LiveEngine::announceNewSessions()
{
    m_announcedSession.resize(m_site.site.chargers.size(), -1);
    for (size_t c = 0; c < m_announcedSession.size(); ++c) {
        const LiveSession* s = m_sessions.active(int(c));
        if (s && s->index != m_announcedSession[c]) {
            m_announcedSession[c] = s->index;
            emit sessionOpened(*s);
        }
    }
}

void LiveEngine::publishEvents()
{
    for (const auto& link : m_links)
        for (const DeviceEvent& event : link->takeEvents())
            emit deviceEvent(event);
}

QCoro::Task<int> LiveEngine::stop()
{
    m_stopping = true;
    m_timer.stop();
    if (m_cycleRunning)
        co_await SignalWait(
            this, &LiveEngine::cycleFinished,
            std::chrono::milliseconds(m_options.pollBudgetMs + m_options.writeBudgetMs + 1000));
    std::vector<QCoro::Task<bool>> writes;
    for (DeviceLink* link : m_builder->chargerLinks())
        if (link)
            writes.push_back(link->applySafeState(m_options.safeStateTimeoutMs));
    int confirmed = 0;
    for (auto& write : writes)
        confirmed += (co_await write) ? 1 : 0;
    qCInfo(lcEngine) << "stopped:" << confirmed << "of" << writes.size()
                     << "chargers confirmed their safe state";
    co_return confirmed;
}

} // namespace parkwatt
