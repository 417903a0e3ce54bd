#pragma once
// The engine's API for user interfaces on other machines (docs/api.md): WebSocket over TLS with the
// engine's own certificate, JSON messages. A client says hello with its role's token within 5 s,
// may subscribe to the site's state (a snapshot, then at most one update a second), and sends
// commands that the engine checks for its role (SiteControl does) and answers with a result.
// Messages are bounded in size, commands in rate per client; a client that cannot keep up misses
// updates instead of slowing the engine, and one that keeps misbehaving is disconnected.

#include "engine/SiteControl.h"
#include "remote/ApiTokens.h"
#include "remote/EngineCertificate.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <map>
#include <memory>

class QWebSocket;
class QWebSocketServer;

namespace parkwatt {

struct ApiServerOptions {
    QHostAddress address = QHostAddress::LocalHost; // loopback unless configured
    quint16 port = 0;                               // 0: any free port
    qint64 maxMessageBytes = 64 * 1024;
    double commandsPerSecond = 5; // sustained, per client
    double commandBurst = 20;
    int stateIntervalMs = 1000;               // at most one state update per client per interval
    qint64 maxBacklogBytes = 4 * 1024 * 1024; // a client further behind misses updates
    int helloTimeoutMs = 5000;
    int strikesBeforeDisconnect = 20; // malformed, unauthorised or rate-limited messages
};

class RemoteApiServer : public QObject {
    Q_OBJECT
public:
    // All must outlive the server.
    RemoteApiServer(SiteControl& control, const ApiTokens& tokens, const EngineCertificate& certificate,
                    ApiServerOptions options = {}, QObject* parent = nullptr);
    ~RemoteApiServer() override;

    bool listen(QString* error);
    quint16 port() const;
    int clientCount() const { return int(m_clients.size()); }
    // Updates not sent to slow clients since start (for tests and logs).
    qint64 updatesSkipped() const { return m_updatesSkipped; }

signals:
    void clientCountChanged(int clients);

private:
    struct Client;

    void accept();
    void receive(Client& client, const QString& text);
    void hello(Client& client, const QJsonObject& message);
    void command(Client& client, const QJsonObject& message);
    void strike(Client& client, const QString& code, const QString& why, const QJsonValue& id = {});
    bool takeToken(Client& client);
    void send(Client& client, const QJsonObject& message);
    void sendSnapshot(Client& client);
    void flushUpdates();
    void drop(QWebSocket* socket);
    Client* clientOf(QWebSocket* socket);

    SiteControl& m_control;
    const ApiTokens& m_tokens;
    ApiServerOptions m_options;
    std::unique_ptr<QWebSocketServer> m_server;
    std::map<QWebSocket*, std::unique_ptr<Client>> m_clients;
    // The engine's answers still owed to clients: engine request id -> (client, its message id).
    std::map<quint64, std::pair<QPointer<QWebSocket>, QJsonValue>> m_pending;
    QTimer m_flush;
    // What changed since the last flush (sent to every subscribed client whose interval is up).
    std::optional<PublishedCycle> m_lastCycle;
    std::optional<CycleStats> m_lastStats;
    qint64 m_cycleSerial = 0;
    qint64 m_eventsSerial = 0;
    qint64 m_devicesSerial = 0;
    qint64 m_policySerial = 0;
    qint64 m_overridesSerial = 0;
    qint64 m_updatesSkipped = 0;
};

} // namespace parkwatt
