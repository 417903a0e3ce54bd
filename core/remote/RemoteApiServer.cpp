#include "remote/RemoteApiServer.h"

#include "config/JsonReader.h"
#include "config/PolicyJson.h"
#include "config/SiteParser.h"
#include "remote/ApiJson.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSslConfiguration>
#include <QWebSocket>
#include <QWebSocketServer>
#include <algorithm>

Q_LOGGING_CATEGORY(lcApi, "parkwatt.api")

namespace parkwatt {

struct RemoteApiServer::Client {
    QWebSocket* socket = nullptr;
    QString peer;
    std::optional<ApiRole> role;
    bool subscribed = false;
    double tokens = 0; // the command bucket
    QElapsedTimer sinceRefill;
    QElapsedTimer sinceUpdate;
    int strikes = 0;
    qint64 cycleSent = 0, eventsSent = 0, devicesSent = 0, policySent = 0, overridesSent = 0;
    QTimer helloDeadline;

    Operator op() const { return {QStringLiteral("%1@%2").arg(apiRoleName(*role), peer), userRoleOf(*role)}; }
};

namespace {

QJsonArray eventsJson(const SiteControl& control)
{
    QJsonArray a;
    for (const EngineEvent& e : control.events())
        a.append(api::toJson(e));
    return a;
}

QJsonArray devicesJson(const SiteControl& control)
{
    QJsonArray a;
    for (const DeviceStatus& d : control.devices())
        a.append(api::toJson(d));
    return a;
}

QJsonObject overridesJson(const SiteControl& control)
{
    QJsonObject o;
    for (const auto& [charger, kind] : control.overrides())
        o.insert(charger, overrideName(kind));
    return o;
}

QJsonObject policyJson(const SiteControl& control)
{
    return {{QStringLiteral("policy"), policyToJson(control.policy())},
            {QStringLiteral("can_undo"), control.canUndoPolicy()}};
}

} // namespace

RemoteApiServer::RemoteApiServer(SiteControl& control, const ApiTokens& tokens,
                                 const EngineCertificate& certificate, ApiServerOptions options,
                                 QObject* parent)
    : QObject(parent)
    , m_control(control)
    , m_tokens(tokens)
    , m_options(options)
    , m_server(std::make_unique<QWebSocketServer>(QStringLiteral("parkwatt"), QWebSocketServer::SecureMode))
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(certificate.certificate);
    tls.setPrivateKey(certificate.key);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // clients are authenticated by their token
    m_server->setSslConfiguration(tls);
    m_server->setHandshakeTimeout(m_options.helloTimeoutMs);
    connect(m_server.get(), &QWebSocketServer::newConnection, this, &RemoteApiServer::accept);
    connect(m_server.get(), &QWebSocketServer::sslErrors, this, [](const QList<QSslError>& errors) {
        for (const QSslError& e : errors)
            qCWarning(lcApi).noquote() << "TLS:" << e.errorString();
    });

    connect(&control, &SiteControl::cyclePublished, this, [this](const PublishedCycle& cycle) {
        m_lastCycle = cycle;
        ++m_cycleSerial;
    });
    connect(&control, &SiteControl::cycleFinished, this,
            [this](const CycleStats& stats) { m_lastStats = stats; });
    connect(&control, &SiteControl::eventsChanged, this, [this] { ++m_eventsSerial; });
    connect(&control, &SiteControl::devicesChanged, this, [this] { ++m_devicesSerial; });
    connect(&control, &SiteControl::policyChanged, this, [this] { ++m_policySerial; });
    connect(&control, &SiteControl::overridesChanged, this, [this] { ++m_overridesSerial; });
    connect(&control, &SiteControl::commandFinished, this, [this](quint64 id, const CommandResult& result) {
        const auto it = m_pending.find(id);
        if (it == m_pending.end())
            return;
        const auto [socket, clientId] = it->second;
        m_pending.erase(it);
        if (Client* client = socket ? clientOf(socket) : nullptr) {
            QJsonObject answer{{QStringLiteral("type"), QStringLiteral("result")},
                               {QStringLiteral("id"), clientId},
                               {QStringLiteral("ok"), result.ok}};
            if (!result.ok)
                answer.insert(QStringLiteral("error"), result.error);
            send(*client, answer);
        }
    });
    m_flush.setInterval(std::max(50, m_options.stateIntervalMs / 4));
    connect(&m_flush, &QTimer::timeout, this, &RemoteApiServer::flushUpdates);
}

RemoteApiServer::~RemoteApiServer()
{
    for (auto& [socket, client] : m_clients) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

bool RemoteApiServer::listen(QString* error)
{
    if (!m_server->listen(m_options.address, m_options.port)) {
        *error = QStringLiteral("API on %1:%2: %3")
                     .arg(m_options.address.toString())
                     .arg(m_options.port)
                     .arg(m_server->errorString());
        return false;
    }
    m_flush.start();
    qCInfo(lcApi).noquote() << "API listening on" << m_options.address.toString() << m_server->serverPort();
    return true;
}

quint16 RemoteApiServer::port() const
{
    return m_server->serverPort();
}

RemoteApiServer::Client* RemoteApiServer::clientOf(QWebSocket* socket)
{
    const auto it = m_clients.find(socket);
    return it == m_clients.end() ? nullptr : it->second.get();
}

void RemoteApiServer::accept()
{
    while (QWebSocket* socket = m_server->nextPendingConnection()) {
        auto client = std::make_unique<Client>();
        client->socket = socket;
        client->peer = socket->peerAddress().toString();
        client->tokens = m_options.commandBurst;
        client->sinceRefill.start();
        socket->setMaxAllowedIncomingMessageSize(quint64(m_options.maxMessageBytes));
        socket->setMaxAllowedIncomingFrameSize(quint64(m_options.maxMessageBytes));
        client->helloDeadline.setSingleShot(true);
        client->helloDeadline.setInterval(m_options.helloTimeoutMs);
        connect(&client->helloDeadline, &QTimer::timeout, socket, [socket] {
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated,
                          QStringLiteral("no hello within the time allowed"));
        });
        client->helloDeadline.start();
        connect(socket, &QWebSocket::textMessageReceived, this, [this, socket](const QString& text) {
            if (Client* c = clientOf(socket))
                receive(*c, text);
        });
        connect(socket, &QWebSocket::binaryMessageReceived, this, [this, socket](const QByteArray&) {
            if (Client* c = clientOf(socket))
                strike(*c, QStringLiteral("bad_message"),
                       QStringLiteral("messages are JSON text, not binary"));
        });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] { drop(socket); });
        qCInfo(lcApi).noquote() << "client connected from" << client->peer;
        m_clients.emplace(socket, std::move(client));
        emit clientCountChanged(clientCount());
    }
}

void RemoteApiServer::drop(QWebSocket* socket)
{
    const auto it = m_clients.find(socket);
    if (it == m_clients.end())
        return;
    qCInfo(lcApi).noquote() << "client" << it->second->peer << "left";
    m_clients.erase(it);
    socket->deleteLater();
    emit clientCountChanged(clientCount());
}

void RemoteApiServer::send(Client& client, const QJsonObject& message)
{
    client.socket->sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

void RemoteApiServer::strike(Client& client, const QString& code, const QString& why, const QJsonValue& id)
{
    QJsonObject error{{QStringLiteral("type"), QStringLiteral("error")},
                      {QStringLiteral("code"), code},
                      {QStringLiteral("message"), why}};
    if (!id.isUndefined())
        error.insert(QStringLiteral("id"), id);
    send(client, error);
    if (++client.strikes >= m_options.strikesBeforeDisconnect) {
        qCWarning(lcApi).noquote() << "disconnecting" << client.peer << "after" << client.strikes
                                   << "refused messages";
        client.socket->close(QWebSocketProtocol::CloseCodePolicyViolated,
                             QStringLiteral("too many refused messages"));
    }
}

bool RemoteApiServer::takeToken(Client& client)
{
    const double elapsedS = client.sinceRefill.restart() / 1000.0;
    client.tokens = std::min(m_options.commandBurst, client.tokens + elapsedS * m_options.commandsPerSecond);
    if (client.tokens < 1)
        return false;
    client.tokens -= 1;
    return true;
}

void RemoteApiServer::receive(Client& client, const QString& text)
{
    if (!takeToken(client)) {
        strike(client, QStringLiteral("rate_limited"),
               QStringLiteral("more than %1 messages a second").arg(m_options.commandsPerSecond));
        return;
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parse);
    if (!doc.isObject()) {
        strike(client, QStringLiteral("bad_message"),
               parse.error != QJsonParseError::NoError
                   ? QStringLiteral("not JSON: %1 at offset %2").arg(parse.errorString()).arg(parse.offset)
                   : QStringLiteral("a message must be a JSON object"));
        return;
    }
    const QJsonObject message = doc.object();
    const QString type = message.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("hello")) {
        hello(client, message);
        return;
    }
    if (!client.role) {
        strike(client, QStringLiteral("unauthorized"), QStringLiteral("say hello with a token first"));
        return;
    }
    if (type == QLatin1String("subscribe")) {
        client.subscribed = true;
        sendSnapshot(client);
    } else if (type == QLatin1String("command")) {
        command(client, message);
    } else {
        strike(client, QStringLiteral("bad_message"), QStringLiteral("unknown message type \"%1\"").arg(type),
               message.value(QStringLiteral("id")));
    }
}

void RemoteApiServer::hello(Client& client, const QJsonObject& message)
{
    if (message.value(QStringLiteral("version")).toInt() != api::kVersion) {
        strike(client, QStringLiteral("version"),
               QStringLiteral("this engine speaks API version %1").arg(api::kVersion));
        client.socket->close(QWebSocketProtocol::CloseCodeProtocolError, QStringLiteral("version"));
        return;
    }
    const std::optional<ApiRole> role = m_tokens.roleOf(message.value(QStringLiteral("token")).toString());
    if (!role) {
        qCWarning(lcApi).noquote() << "refused a client from" << client.peer << ": unknown token";
        send(client, {{QStringLiteral("type"), QStringLiteral("error")},
                      {QStringLiteral("code"), QStringLiteral("unauthorized")},
                      {QStringLiteral("message"), QStringLiteral("unknown token")}});
        client.socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("unknown token"));
        return;
    }
    client.role = role;
    client.helloDeadline.stop();
    qCInfo(lcApi).noquote() << "client" << client.peer << "is" << apiRoleName(*role);
    send(client, {{QStringLiteral("type"), QStringLiteral("welcome")},
                  {QStringLiteral("version"), api::kVersion},
                  {QStringLiteral("role"), apiRoleName(*role)},
                  {QStringLiteral("engine"), m_control.description()},
                  {QStringLiteral("site"), api::toJson(m_control.site())},
                  {QStringLiteral("utc_offset_s"), m_control.utcOffsetS()},
                  {QStringLiteral("database"), !m_control.databasePath().isEmpty()}});
}

void RemoteApiServer::command(Client& client, const QJsonObject& message)
{
    const QJsonValue id = message.value(QStringLiteral("id"));
    const QString name = message.value(QStringLiteral("command")).toString();
    const Operator op = client.op();
    quint64 request = 0;
    if (name == QLatin1String("set_policy")) {
        if (!message.value(QStringLiteral("policy")).isObject())
            return strike(client, QStringLiteral("bad_message"),
                          QStringLiteral("set_policy needs a \"policy\" object"), id);
        JsonReadContext context(QStringLiteral("set_policy"));
        JsonObjectReader reader(context, message.value(QStringLiteral("policy")).toObject(),
                                QStringLiteral("/policy"));
        const Policy policy = readPolicy(reader);
        if (context.failed())
            return strike(client, QStringLiteral("bad_message"), context.error().toString(), id);
        request = m_control.applyPolicy(policy, op);
    } else if (name == QLatin1String("undo_policy")) {
        request = m_control.undoPolicy(op);
    } else if (name == QLatin1String("acknowledge")) {
        if (!message.value(QStringLiteral("event")).isDouble())
            return strike(client, QStringLiteral("bad_message"),
                          QStringLiteral("acknowledge needs an \"event\" id"), id);
        request = m_control.acknowledgeEvent(qint64(message.value(QStringLiteral("event")).toDouble()), op);
    } else if (name == QLatin1String("override")) {
        const auto kind = api::overrideFromName(message.value(QStringLiteral("kind")).toString());
        const QString charger = message.value(QStringLiteral("charger")).toString();
        if (!kind || charger.isEmpty())
            return strike(
                client, QStringLiteral("bad_message"),
                QStringLiteral("override needs \"charger\" and \"kind\" (charge_now, pause or release)"), id);
        request = m_control.overrideBay(charger, *kind, op);
    } else if (name == QLatin1String("update_session")) {
        const QString charger = message.value(QStringLiteral("charger")).toString();
        DriverInput input;
        if (message.value(QStringLiteral("departure")).isDouble())
            input.departureMs = TimeMs(message.value(QStringLiteral("departure")).toDouble());
        if (message.value(QStringLiteral("target_kwh")).isDouble())
            input.targetEnergyKwh = message.value(QStringLiteral("target_kwh")).toDouble();
        if (message.value(QStringLiteral("v2b_consent")).isBool())
            input.v2xConsent = message.value(QStringLiteral("v2b_consent")).toBool();
        if (message.value(QStringLiteral("min_energy_kwh")).isDouble())
            input.minEnergyKwh = message.value(QStringLiteral("min_energy_kwh")).toDouble();
        if (charger.isEmpty() ||
            (!input.departureMs && !input.targetEnergyKwh && !input.v2xConsent && !input.minEnergyKwh))
            return strike(client, QStringLiteral("bad_message"),
                          QStringLiteral("update_session needs \"charger\" and one of \"departure\", "
                                         "\"target_kwh\", \"v2b_consent\", \"min_energy_kwh\""),
                          id);
        request = m_control.updateSession(charger, input, op);
    } else {
        return strike(client, QStringLiteral("bad_message"),
                      QStringLiteral("unknown command \"%1\"").arg(name), id);
    }
    m_pending[request] = {client.socket, id};
}

void RemoteApiServer::sendSnapshot(Client& client)
{
    QJsonObject snapshot{{QStringLiteral("type"), QStringLiteral("snapshot")},
                         {QStringLiteral("policy"), policyJson(m_control)},
                         {QStringLiteral("events"), eventsJson(m_control)},
                         {QStringLiteral("devices"), devicesJson(m_control)},
                         {QStringLiteral("overrides"), overridesJson(m_control)},
                         {QStringLiteral("connected"), m_control.isConnected()}};
    if (m_lastCycle)
        snapshot.insert(QStringLiteral("cycle"), api::toJson(*m_lastCycle));
    if (m_lastStats)
        snapshot.insert(QStringLiteral("stats"), api::toJson(*m_lastStats));
    send(client, snapshot);
    client.cycleSent = m_cycleSerial;
    client.eventsSent = m_eventsSerial;
    client.devicesSent = m_devicesSerial;
    client.policySent = m_policySerial;
    client.overridesSent = m_overridesSerial;
    client.sinceUpdate.start();
}

void RemoteApiServer::flushUpdates()
{
    // Each part is encoded at most once per flush, however many clients get it.
    std::optional<QJsonObject> cycle, stats, policy, overrides;
    std::optional<QJsonArray> events, devices;
    for (auto& [socket, c] : m_clients) {
        Client& client = *c;
        if (!client.subscribed || client.sinceUpdate.elapsed() < m_options.stateIntervalMs)
            continue;
        const bool due = client.cycleSent != m_cycleSerial || client.eventsSent != m_eventsSerial ||
                         client.policySent != m_policySerial || client.overridesSent != m_overridesSerial;
        if (!due)
            continue;
        if (socket->bytesToWrite() > m_options.maxBacklogBytes) {
            ++m_updatesSkipped; // it reads too slowly: it gets the newest state when it catches up
            continue;
        }
        QJsonObject update{{QStringLiteral("type"), QStringLiteral("update")}};
        if (client.cycleSent != m_cycleSerial && m_lastCycle) {
            if (!cycle)
                cycle = api::toJson(*m_lastCycle);
            update.insert(QStringLiteral("cycle"), *cycle);
            if (m_lastStats) {
                if (!stats)
                    stats = api::toJson(*m_lastStats);
                update.insert(QStringLiteral("stats"), *stats);
            }
        }
        if (client.eventsSent != m_eventsSerial) {
            if (!events)
                events = eventsJson(m_control);
            update.insert(QStringLiteral("events"), *events);
        }
        // Device health changes every cycle; every fifth interval is plenty for a table.
        if (client.devicesSent + 5 <= m_devicesSerial) {
            if (!devices)
                devices = devicesJson(m_control);
            update.insert(QStringLiteral("devices"), *devices);
            client.devicesSent = m_devicesSerial;
        }
        if (client.policySent != m_policySerial) {
            if (!policy)
                policy = policyJson(m_control);
            update.insert(QStringLiteral("policy"), *policy);
        }
        if (client.overridesSent != m_overridesSerial) {
            if (!overrides)
                overrides = overridesJson(m_control);
            update.insert(QStringLiteral("overrides"), *overrides);
        }
        send(client, update);
        client.cycleSent = m_cycleSerial;
        client.eventsSent = m_eventsSerial;
        client.policySent = m_policySerial;
        client.overridesSent = m_overridesSerial;
        client.sinceUpdate.start();
    }
}

} // namespace parkwatt
