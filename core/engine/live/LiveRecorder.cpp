#include "engine/live/LiveRecorder.h"

#include "config/PolicyJson.h"
#include "storage/StorageWriter.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcRecord, "parkwatt.record")

namespace parkwatt {

LiveRecorder::LiveRecorder(LiveEngine& engine, StorageWriter& writer, QObject* parent)
    : QObject(parent)
    , m_engine(engine)
    , m_writer(writer)
    , m_series(engine.site().site, [&writer](const QString& name) { return writer.series(name); })
{
    m_cycleMs = writer.series(QStringLiteral("engine.cycle_ms"));
    for (const ChargerSpec& c : engine.site().site.chargers)
        m_setpointKw.push_back(writer.series(QStringLiteral("charger.%1.setpoint_kw").arg(c.id)));
    connect(&engine, &LiveEngine::cycleFinished, this, &LiveRecorder::recordCycle);
    connect(&engine, &LiveEngine::deviceEvent, this, &LiveRecorder::recordEvent);
    connect(&engine, &LiveEngine::sessionOpened, this,
            [this](const LiveSession& s) { recordSession(s, false); });
    connect(&engine, &LiveEngine::sessionClosed, this,
            [this](const LiveSession& s) { recordSession(s, true); });
    connect(&engine, &LiveEngine::policyChanged, this,
            [this](const PolicyChange& change) { m_writer.recordPolicyChange(change); });
    // A database that refuses writes (disk full) is an alarm the control room must see; control
    // goes on. The alarm itself is queued like everything else and stored once space returns.
    connect(&writer, &StorageWriter::recordingFailed, this, [this](const StorageError& error) {
        qCCritical(lcRecord).noquote() << "recording stopped, control goes on:" << error.toString();
        m_writer.raiseEvent(RaisedEvent{QStringLiteral("storage"), QStringLiteral("recording_failed"),
                                        EventSeverity::Alarm, error.toString(),
                                        QDateTime::currentMSecsSinceEpoch()});
        emit storageAlarm(true, error.toString());
    });
    connect(&writer, &StorageWriter::recordingResumed, this, [this] {
        qCInfo(lcRecord) << "recording resumed";
        m_writer.clearEvent(QStringLiteral("storage"), QStringLiteral("recording_failed"),
                            QDateTime::currentMSecsSinceEpoch());
        emit storageAlarm(false, QString());
    });

    AuditEntry start;
    start.at = QDateTime::currentMSecsSinceEpoch();
    start.actor = QStringLiteral("engine");
    start.action = QStringLiteral("engine.start");
    start.detail = QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("site"), engine.site().site.name},
                                  {QStringLiteral("devices"), qint64(engine.site().devices.size())},
                                  {QStringLiteral("policy"), policyToJson(engine.site().policy)}})
            .toJson(QJsonDocument::Compact));
    writer.appendAudit(start);
}

void LiveRecorder::recordCycle(const CycleStats& stats)
{
    const SiteSnapshot& s = m_engine.lastSnapshot();
    const Setpoints& commanded = m_engine.lastSetpoints();
    const TimeMs t = s.timeMs;
    std::vector<Sample> samples = m_series.samples(s, m_engine.lastPublished().applied);
    samples.push_back({t, m_cycleMs, stats.totalMs});
    for (size_t c = 0; c < m_setpointKw.size() && c < commanded.chargerKw.size(); ++c)
        samples.push_back({t, m_setpointKw[c], commanded.chargerKw[c]});
    m_writer.record(samples);

    const std::vector<SetpointWrite>& writes = m_engine.lastCycleWrites();
    if (writes.empty())
        return;
    QJsonObject detail;
    for (const SetpointWrite& w : writes)
        detail.insert(w.deviceId, qRound(w.kw * 1000) / 1000.0);
    m_writer.appendAudit(AuditEntry{t, QStringLiteral("engine"), QStringLiteral("setpoint.write"),
                                    QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))});
}

void LiveRecorder::recordEvent(const DeviceEvent& event)
{
    const QString source = QStringLiteral("device.%1").arg(event.deviceId);
    if (event.raised)
        m_writer.raiseEvent(RaisedEvent{source, QStringLiteral("offline"), EventSeverity::Alarm,
                                        event.message, event.timeMs});
    else
        m_writer.clearEvent(source, QStringLiteral("offline"), event.timeMs);
}

void LiveRecorder::recordSession(const LiveSession& session, bool departed)
{
    SessionRecord r;
    r.charger = m_engine.site().site.chargers.at(size_t(session.chargerIndex)).id;
    r.arrival = session.arrivalMs;
    r.targetKwh = session.targetEnergyKwh;
    r.chargedKwh = session.chargedKwh;
    r.dischargedKwh = session.dischargedKwh;
    if (departed) {
        r.departure = session.departedMs;
        r.targetMet = session.energyKwh >= session.targetEnergyKwh - 0.01;
    }
    QStringList reasons;
    reasons << (session.driverEntered ? QStringLiteral("departure and target from the driver")
                                      : QStringLiteral("site defaults (no driver input)"));
    reasons << (session.v2xConsent ? QStringLiteral("V2B consent") : QStringLiteral("no V2B consent"));
    if (departed && !*r.targetMet)
        reasons << QStringLiteral("left %1 kWh short of the target")
                       .arg(session.targetEnergyKwh - session.energyKwh, 0, 'f', 1);
    r.reasons = reasons.join(QStringLiteral("; "));
    m_writer.recordSession(r);
}

} // namespace parkwatt
