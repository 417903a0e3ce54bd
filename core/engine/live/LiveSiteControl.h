#pragma once
// SiteControl over a LiveEngine in this program: forwards its cycles, keeps its alarms and events
// (device faults, grid meter lost, grid outage, storage refusing writes, policy changes, overrides,
// cars arriving and leaving) in an EventLog, reports device health, and carries out commands after
// checking the operator's role, recording each in the audit trail when the site has a database.

#include "engine/EventLog.h"
#include "engine/SiteControl.h"

#include <QJsonObject>
#include <optional>

namespace parkwatt {

class StorageWriter;

class LiveSiteControl : public SiteControl {
    Q_OBJECT
public:
    // The engine must outlive this object.
    LiveSiteControl(LiveEngine& engine, QString description, QObject* parent = nullptr);

    // The site's database: commands go to its audit trail, acknowledgements to its events; the
    // writer must outlive this object. `dbPath` is what databasePath() tells the preview.
    void setStorage(StorageWriter* writer, const QString& dbPath);
    void setConnected(bool connected, const QString& why);
    // The site's clock when it is not this machine's (the demo's scenario).
    void setUtcOffsetS(int offsetS) { m_utcOffsetS = offsetS; }

    QString description() const override { return m_description; }
    bool isConnected() const override { return m_connected; }
    QString databasePath() const override { return m_dbPath; }
    SiteSpec site() const override { return m_engine.site().site; }
    int utcOffsetS() const override;
    Policy policy() const override;
    bool canUndoPolicy() const override;
    std::vector<DeviceStatus> devices() const override;
    std::vector<EngineEvent> events() const override { return m_log.events(); }
    std::map<QString, BayOverride> overrides() const override;

    quint64 applyPolicy(const Policy& policy, const Operator& by) override;
    quint64 undoPolicy(const Operator& by) override;
    quint64 overrideBay(const QString& chargerId, BayOverride kind, const Operator& by) override;
    quint64 acknowledgeEvent(qint64 eventId, const Operator& by) override;
    quint64 updateSession(const QString& chargerId, const DriverInput& input, const Operator& by) override;

    const EventLog& eventLog() const { return m_log; }
    // A sign-in, sign-off or idle log-off at this program's control room, for the audit trail.
    void recordAccess(const Operator& who, const QString& action, const QString& why = {});

public slots:
    // The recorder's storage alarm (the database stopped taking writes, or takes them again).
    void noteStorageAlarm(bool raised, const QString& why);

private:
    quint64 finish(CommandResult result);
    quint64 refuse(const Operator& by, const QString& what);
    void audit(const Operator& by, const QString& action, const QJsonObject& detail);
    void watchCycle(const PublishedCycle& cycle);
    void watchStats(const CycleStats& stats);
    void noteDeviceEvent(const DeviceEvent& event);
    void changed();
    TimeMs now() const;

    LiveEngine& m_engine;
    QString m_description;
    EventLog m_log;
    StorageWriter* m_writer = nullptr;
    QString m_dbPath;
    bool m_connected = true;
    std::optional<int> m_utcOffsetS;
    bool m_eventsDirty = false;
    quint64 m_nextRequest = 1;
};

} // namespace parkwatt
