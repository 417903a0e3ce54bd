#pragma once
// SiteControl across the network: the engine's API (docs/api.md) seen from a control room or a
// kiosk on another machine. Connects over TLS to an engine whose certificate fingerprint it pins,
// says hello with its token, subscribes, and keeps the last state the engine sent; commands go
// out with an id and come back as commandFinished (or fail after 10 s without an answer). A lost
// connection is announced at once and retried (1 s, doubling to 30 s) until it is back.

#include "engine/SiteControl.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QTimer>
#include <QWebSocket>
#include <map>

namespace parkwatt {

struct RemoteEndpoint {
    QString host;
    quint16 port = 0;
    QString token;
    QString fingerprint; // SHA-256, "AB:CD:...": the only certificate accepted
    // "HOST:PORT" -> host and port, or nothing with `error`.
    static std::optional<RemoteEndpoint> parse(const QString& hostPort, QString* error);
};

class RemoteSiteControl : public SiteControl {
    Q_OBJECT
public:
    explicit RemoteSiteControl(RemoteEndpoint endpoint, QObject* parent = nullptr);
    ~RemoteSiteControl() override;

    // Connects (and keeps reconnecting). welcomed() follows the first successful hello.
    void start();
    bool hasWelcome() const { return m_welcomed; }
    QString role() const { return m_role; }
    int reconnects() const { return m_reconnects; }

    QString description() const override;
    bool isConnected() const override { return m_connected; }
    QString databasePath() const override { return {}; } // the engine's database is not here
    SiteSpec site() const override { return m_site; }
    int utcOffsetS() const override { return m_utcOffsetS; }
    Policy policy() const override { return m_policy; }
    bool canUndoPolicy() const override { return m_canUndo; }
    std::vector<DeviceStatus> devices() const override { return m_devices; }
    std::vector<EngineEvent> events() const override { return m_events; }
    std::map<QString, BayOverride> overrides() const override { return m_overrides; }

    quint64 applyPolicy(const Policy& policy, const Operator& by) override;
    quint64 undoPolicy(const Operator& by) override;
    quint64 overrideBay(const QString& chargerId, BayOverride kind, const Operator& by) override;
    quint64 acknowledgeEvent(qint64 eventId, const Operator& by) override;
    quint64 updateSession(const QString& chargerId, const DriverInput& input, const Operator& by) override;

signals:
    void welcomed();
    // The engine refused us for good (unknown token, other API version): no retrying.
    void refused(const QString& why);

private:
    void open();
    void onText(const QString& text);
    void applyState(const QJsonObject& message);
    void lost(const QString& why);
    quint64 send(const QString& command, QJsonObject fields);
    void expirePending();

    RemoteEndpoint m_endpoint;
    QWebSocket m_socket;
    QTimer m_retry;
    QTimer m_expiry;
    int m_backoffMs = 1000;
    bool m_connected = false;
    bool m_welcomed = false;
    bool m_givenUp = false;
    int m_reconnects = 0;
    QString m_role;
    QString m_engineDescription;
    SiteSpec m_site;
    int m_utcOffsetS = 0;
    Policy m_policy;
    bool m_canUndo = false;
    std::vector<DeviceStatus> m_devices;
    std::vector<EngineEvent> m_events;
    std::map<QString, BayOverride> m_overrides;
    quint64 m_nextId = 1;
    std::map<quint64, QElapsedTimer> m_pending; // sent, not yet answered
};

} // namespace parkwatt
