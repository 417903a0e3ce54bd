#include "engine/live/LiveSiteControl.h"

#include "config/PolicyJson.h"
#include "engine/live/DeviceStatusOf.h"
#include "storage/StorageWriter.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcControl, "parkwatt.control")

namespace parkwatt {

namespace {

QString chargerOf(const LiveEngine& engine, int index)
{
    const auto& chargers = engine.site().site.chargers;
    return index >= 0 && size_t(index) < chargers.size() ? chargers[size_t(index)].id
                                                         : QString::number(index);
}

} // namespace

LiveSiteControl::LiveSiteControl(LiveEngine& engine, QString description, QObject* parent)
    : SiteControl(parent)
    , m_engine(engine)
    , m_description(std::move(description))
{
    connect(&engine, &LiveEngine::cyclePublished, this, &LiveSiteControl::watchCycle);
    connect(&engine, &LiveEngine::cycleFinished, this, &LiveSiteControl::watchStats);
    connect(&engine, &LiveEngine::deviceEvent, this, &LiveSiteControl::noteDeviceEvent);
    connect(&engine, &LiveEngine::policyChanged, this, [this](const PolicyChange& change) {
        m_log.note(QStringLiteral("policy"), QStringLiteral("changed"),
                   tr("Policy changed by %1").arg(change.changedBy), change.changedAt);
        changed();
        emit policyChanged(change);
    });
    connect(&engine, &LiveEngine::overrideChanged, this,
            [this](const QString& chargerId, BayOverride kind, const QString& by) {
                const QString what = kind == BayOverride::ChargeNow ? tr("Charge now at %1, set by %2")
                                     : kind == BayOverride::Pause   ? tr("%1 paused by %2")
                                                                    : tr("Override on %1 released by %2");
                m_log.note(QStringLiteral("bay.") + chargerId, QStringLiteral("override"),
                           what.arg(chargerId,
                                    by == QStringLiteral("engine") ? tr("the engine (the car left)") : by),
                           now());
                changed();
                emit overridesChanged();
            });
    connect(&engine, &LiveEngine::sessionOpened, this, [this](const LiveSession& s) {
        m_log.note(QStringLiteral("bay.") + chargerOf(m_engine, s.chargerIndex), QStringLiteral("arrival"),
                   tr("A car plugged in at %1").arg(chargerOf(m_engine, s.chargerIndex)), s.arrivalMs);
        m_eventsDirty = true;
    });
    connect(&engine, &LiveEngine::sessionClosed, this, [this](const LiveSession& s) {
        const bool met = s.energyKwh + 0.5 >= s.targetEnergyKwh;
        m_log.note(QStringLiteral("bay.") + chargerOf(m_engine, s.chargerIndex), QStringLiteral("departure"),
                   met ? tr("The car at %1 left with its target met (%2 kWh charged)")
                             .arg(chargerOf(m_engine, s.chargerIndex))
                             .arg(s.chargedKwh, 0, 'f', 1)
                       : tr("The car at %1 left short of its target (%2 kWh charged)")
                             .arg(chargerOf(m_engine, s.chargerIndex))
                             .arg(s.chargedKwh, 0, 'f', 1),
                   s.departedMs);
        m_eventsDirty = true;
    });
}

void LiveSiteControl::setStorage(StorageWriter* writer, const QString& dbPath)
{
    m_writer = writer;
    m_dbPath = dbPath;
}

void LiveSiteControl::setConnected(bool connected, const QString& why)
{
    if (m_connected == connected)
        return;
    m_connected = connected;
    emit connectionChanged(connected, why);
}

// The engine's clock, so acknowledgements, overrides and events share the site's time (the wall
// clock at a real site, the simulated day's in the demo).
TimeMs LiveSiteControl::now() const
{
    return m_engine.now();
}

int LiveSiteControl::utcOffsetS() const
{
    return m_utcOffsetS.value_or(int(QDateTime::currentDateTime().offsetFromUtc()));
}

Policy LiveSiteControl::policy() const
{
    return m_engine.site().policy;
}

bool LiveSiteControl::canUndoPolicy() const
{
    return m_engine.canUndoPolicy();
}

std::vector<DeviceStatus> LiveSiteControl::devices() const
{
    std::vector<DeviceStatus> all;
    all.reserve(m_engine.devices().size());
    for (const auto& link : m_engine.devices())
        all.push_back(deviceStatusOf(*link));
    return all;
}

std::map<QString, BayOverride> LiveSiteControl::overrides() const
{
    std::map<QString, BayOverride> all;
    for (const ChargerSpec& charger : m_engine.site().site.chargers)
        if (const BayOverride kind = m_engine.overrideOf(charger.id); kind != BayOverride::None)
            all.emplace(charger.id, kind);
    return all;
}

quint64 LiveSiteControl::finish(CommandResult result)
{
    const quint64 id = m_nextRequest++;
    // Never before the caller has the id: the answer is queued, as it would come over a network.
    QMetaObject::invokeMethod(
        this, [this, id, result] { emit commandFinished(id, result); }, Qt::QueuedConnection);
    return id;
}

quint64 LiveSiteControl::refuse(const Operator& by, const QString& what)
{
    qCWarning(lcControl).noquote() << by.name << "(" << roleName(by.role) << ") may not" << what;
    return finish({false, tr("%1 (role %2) may not %3").arg(by.name, roleName(by.role), what)});
}

void LiveSiteControl::audit(const Operator& by, const QString& action, const QJsonObject& detail)
{
    qCInfo(lcControl).noquote() << by.name << action << QJsonDocument(detail).toJson(QJsonDocument::Compact);
    if (!m_writer)
        return;
    QJsonObject withRole = detail;
    withRole.insert(QStringLiteral("role"), roleName(by.role));
    m_writer->appendAudit(AuditEntry{
        now(), by.name, action, QString::fromUtf8(QJsonDocument(withRole).toJson(QJsonDocument::Compact))});
}

void LiveSiteControl::recordAccess(const Operator& who, const QString& action, const QString& why)
{
    QJsonObject detail;
    if (!why.isEmpty())
        detail.insert(QStringLiteral("why"), why);
    audit(who, action, detail);
}

quint64 LiveSiteControl::applyPolicy(const Policy& policy, const Operator& by)
{
    if (!mayChangePolicy(by.role))
        return refuse(by, tr("change the policy"));
    QString error;
    if (!m_engine.applyPolicy(policy, by.name, &error))
        return finish({false, error});
    // The storage writer records the change (policy version and audit entry, with before and
    // after) from the engine's policyChanged, as for any other source of a change.
    return finish({true, {}});
}

quint64 LiveSiteControl::undoPolicy(const Operator& by)
{
    if (!mayChangePolicy(by.role))
        return refuse(by, tr("change the policy"));
    QString error;
    if (!m_engine.undoPolicy(by.name, &error))
        return finish({false, error});
    return finish({true, {}});
}

quint64 LiveSiteControl::overrideBay(const QString& chargerId, BayOverride kind, const Operator& by)
{
    if (!mayOverrideBays(by.role))
        return refuse(by, tr("override a bay"));
    const BayOverride before = m_engine.overrideOf(chargerId);
    QString error;
    if (!m_engine.setOverride(chargerId, kind, by.name, &error))
        return finish({false, error});
    audit(by, QStringLiteral("bay.override"),
          {{QStringLiteral("charger"), chargerId},
           {QStringLiteral("before"), overrideName(before)},
           {QStringLiteral("after"), overrideName(kind)}});
    return finish({true, {}});
}

quint64 LiveSiteControl::acknowledgeEvent(qint64 eventId, const Operator& by)
{
    if (!mayAcknowledge(by.role))
        return refuse(by, tr("acknowledge events"));
    QString error;
    if (!m_log.acknowledge(eventId, by.name, now(), &error))
        return finish({false, error});
    const EngineEvent* e = m_log.find(eventId);
    audit(by, QStringLiteral("event.acknowledge"),
          {{QStringLiteral("source"), e->source},
           {QStringLiteral("code"), e->code},
           {QStringLiteral("raised_at"), e->raisedAt},
           {QStringLiteral("message"), e->message}});
    changed();
    return finish({true, {}});
}

quint64 LiveSiteControl::updateSession(const QString& chargerId, const DriverInput& input, const Operator& by)
{
    if (!mayUpdateSessions(by.role))
        return refuse(by, tr("change a session"));
    const auto& chargers = m_engine.site().site.chargers;
    int index = -1;
    for (size_t c = 0; c < chargers.size(); ++c)
        if (chargers[c].id == chargerId)
            index = int(c);
    if (index < 0)
        return finish({false, tr("there is no charger %1 at this site").arg(chargerId)});
    // The session's wishes before and after, for the audit trail.
    const auto wishes = [this, index]() -> QJsonValue {
        const LiveSession* s = m_engine.sessions().active(index);
        if (!s)
            return QJsonValue::Null;
        return QJsonObject{{QStringLiteral("departure"), double(s->departureMs)},
                           {QStringLiteral("target_kwh"), s->targetEnergyKwh},
                           {QStringLiteral("v2b_consent"), s->v2xConsent},
                           {QStringLiteral("min_energy_kwh"), s->minEnergyKwh}};
    };
    const QJsonValue before = wishes();
    QString error;
    if (!m_engine.sessions().applyDriverInput(index, input, m_engine.now(), &error))
        return finish({false, error});
    const QJsonObject detail{{QStringLiteral("charger"), chargerId},
                             {QStringLiteral("before"), before},
                             {QStringLiteral("after"), wishes()}};
    audit(by, QStringLiteral("session.update"), detail);
    return finish({true, {}});
}

void LiveSiteControl::noteStorageAlarm(bool raised, const QString& why)
{
    if (raised)
        m_log.raise(QStringLiteral("storage"), QStringLiteral("recording_failed"), EventSeverity::Alarm,
                    tr("Recording stopped, control goes on: %1").arg(why), now());
    else
        m_log.clear(QStringLiteral("storage"), QStringLiteral("recording_failed"), now());
    changed();
}

void LiveSiteControl::noteDeviceEvent(const DeviceEvent& event)
{
    const QString source = QStringLiteral("device.") + event.deviceId;
    if (event.raised)
        m_log.raise(source, QStringLiteral("offline"), EventSeverity::Alarm, event.message, event.timeMs);
    else
        m_log.clear(source, QStringLiteral("offline"), event.timeMs);
    m_eventsDirty = true;
}

void LiveSiteControl::watchCycle(const PublishedCycle& cycle)
{
    const QString grid = QStringLiteral("grid");
    const QString outage = QStringLiteral("outage");
    if (cycle.applied.outage)
        m_eventsDirty |= m_log.raise(grid, outage, EventSeverity::Alarm,
                                     tr("Grid outage: the site runs on PV, battery and consenting cars"),
                                     cycle.applied.timeMs) != 0;
    else
        m_eventsDirty |= m_log.clear(grid, outage, cycle.applied.timeMs);
    emit cyclePublished(cycle);
}

void LiveSiteControl::watchStats(const CycleStats& stats)
{
    const QString meter = QStringLiteral("grid_meter");
    const QString lost = QStringLiteral("lost");
    if (!stats.gridMeterValid)
        m_eventsDirty |=
            m_log.raise(meter, lost, EventSeverity::Alarm,
                        tr("Grid meter lost: chargers ramp down to their safe current"), stats.startMs) != 0;
    else
        m_eventsDirty |= m_log.clear(meter, lost, stats.startMs);
    if (std::exchange(m_eventsDirty, false))
        emit eventsChanged();
    emit devicesChanged();
    emit cycleFinished(stats);
}

void LiveSiteControl::changed()
{
    m_eventsDirty = false;
    emit eventsChanged();
}

} // namespace parkwatt
