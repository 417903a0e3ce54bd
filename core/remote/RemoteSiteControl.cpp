#include "remote/RemoteSiteControl.h"

#include "config/JsonReader.h"
#include "config/PolicyJson.h"
#include "config/SiteParser.h"
#include "remote/ApiJson.h"
#include "remote/EngineCertificate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcRemote, "parkwatt.remote")

namespace parkwatt {

namespace {
constexpr int kAnswerTimeoutMs = 10000;
constexpr int kMaxBackoffMs = 30000;
} // namespace

std::optional<RemoteEndpoint> RemoteEndpoint::parse(const QString& hostPort, QString* error)
{
    const qsizetype colon = hostPort.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const uint port = colon > 0 ? hostPort.mid(colon + 1).toUInt(&ok) : 0;
    if (colon <= 0 || !ok || port == 0 || port > 65535) {
        *error = QStringLiteral("%1: expected HOST:PORT").arg(hostPort);
        return std::nullopt;
    }
    RemoteEndpoint e;
    e.host = hostPort.left(colon);
    e.port = quint16(port);
    return e;
}

RemoteSiteControl::RemoteSiteControl(RemoteEndpoint endpoint, QObject* parent)
    : SiteControl(parent)
    , m_endpoint(std::move(endpoint))
{
    // The engine's certificate is self-signed: it is accepted when, and only when, it is the
    // pinned one.
    connect(&m_socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError>&) {
        const QString seen = EngineCertificate::fingerprintOf(m_socket.sslConfiguration().peerCertificate());
        if (seen.compare(m_endpoint.fingerprint, Qt::CaseInsensitive) == 0)
            m_socket.ignoreSslErrors();
        else
            qCWarning(lcRemote).noquote()
                << "refusing" << m_endpoint.host << ": its certificate" << seen << "is not the pinned one";
    });
    connect(&m_socket, &QWebSocket::connected, this, [this] {
        m_socket.sendTextMessage(
            QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("hello")},
                                                        {QStringLiteral("version"), api::kVersion},
                                                        {QStringLiteral("token"), m_endpoint.token}})
                                  .toJson(QJsonDocument::Compact)));
    });
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &RemoteSiteControl::onText);
    connect(&m_socket, &QWebSocket::disconnected, this, [this] {
        lost(m_socket.closeReason().isEmpty() ? m_socket.errorString() : m_socket.closeReason());
    });
    // A connection that never came up (engine down, refused) ends here, not in disconnected().
    connect(&m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this](QAbstractSocket::SocketError) {
                if (m_socket.state() == QAbstractSocket::UnconnectedState && !m_retry.isActive())
                    lost(m_socket.errorString());
            });
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &RemoteSiteControl::open);
    m_expiry.setInterval(1000);
    connect(&m_expiry, &QTimer::timeout, this, &RemoteSiteControl::expirePending);
    m_expiry.start();
}

RemoteSiteControl::~RemoteSiteControl()
{
    m_socket.disconnect(this);
    m_socket.abort();
}

void RemoteSiteControl::start()
{
    m_givenUp = false;
    open();
}

void RemoteSiteControl::open()
{
    if (m_givenUp)
        return;
    m_socket.abort();
    m_socket.open(QUrl(QStringLiteral("wss://%1:%2").arg(m_endpoint.host).arg(m_endpoint.port)));
}

QString RemoteSiteControl::description() const
{
    return tr("%1:%2 (%3)")
        .arg(m_endpoint.host)
        .arg(m_endpoint.port)
        .arg(m_engineDescription.isEmpty() ? tr("remote engine") : m_engineDescription);
}

void RemoteSiteControl::lost(const QString& why)
{
    // Commands in flight will not be answered.
    for (const auto& [id, sent] : m_pending)
        emit commandFinished(id, {false, tr("the connection to the engine was lost")});
    m_pending.clear();
    if (m_connected) {
        m_connected = false;
        emit connectionChanged(false, why.isEmpty() ? tr("connection lost") : why);
    }
    if (m_givenUp || m_retry.isActive())
        return;
    qCInfo(lcRemote).noquote() << "engine" << m_endpoint.host << "lost:" << why << "- retrying in"
                               << m_backoffMs << "ms";
    m_retry.start(m_backoffMs);
    m_backoffMs = std::min(m_backoffMs * 2, kMaxBackoffMs);
}

void RemoteSiteControl::onText(const QString& text)
{
    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = message.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("welcome")) {
        QString error;
        const auto site = api::siteFromJson(message.value(QStringLiteral("site")).toObject(), &error);
        if (!site) {
            qCWarning(lcRemote).noquote() << "the engine's site does not read:" << error;
            return;
        }
        m_site = *site;
        m_utcOffsetS = message.value(QStringLiteral("utc_offset_s")).toInt();
        m_role = message.value(QStringLiteral("role")).toString();
        m_engineDescription = message.value(QStringLiteral("engine")).toString();
        m_backoffMs = 1000;
        if (m_welcomed)
            ++m_reconnects;
        m_socket.sendTextMessage(QStringLiteral(R"({"type":"subscribe"})"));
        m_connected = true;
        const bool first = !m_welcomed;
        m_welcomed = true;
        emit connectionChanged(true, {});
        if (first)
            emit welcomed();
    } else if (type == QLatin1String("snapshot") || type == QLatin1String("update")) {
        applyState(message);
    } else if (type == QLatin1String("result")) {
        const quint64 id = quint64(message.value(QStringLiteral("id")).toDouble());
        if (m_pending.erase(id) > 0)
            emit commandFinished(id, {message.value(QStringLiteral("ok")).toBool(),
                                      message.value(QStringLiteral("error")).toString()});
    } else if (type == QLatin1String("error")) {
        const QString code = message.value(QStringLiteral("code")).toString();
        const QString why = message.value(QStringLiteral("message")).toString();
        if (message.value(QStringLiteral("id")).isDouble()) {
            const quint64 id = quint64(message.value(QStringLiteral("id")).toDouble());
            if (m_pending.erase(id) > 0)
                emit commandFinished(id, {false, why});
        }
        if (code == QLatin1String("unauthorized") || code == QLatin1String("version")) {
            m_givenUp = true; // retrying with the same token would only be refused again
            emit refused(why);
        }
        qCWarning(lcRemote).noquote() << "engine says" << code << why;
    }
}

void RemoteSiteControl::applyState(const QJsonObject& m)
{
    QString error;
    if (m.value(QStringLiteral("policy")).isObject()) {
        const QJsonObject p = m.value(QStringLiteral("policy")).toObject();
        JsonReadContext context(QStringLiteral("engine policy"));
        JsonObjectReader reader(context, p.value(QStringLiteral("policy")).toObject(),
                                QStringLiteral("/policy"));
        const Policy policy = readPolicy(reader);
        const bool changed = !context.failed() && !(policy == m_policy);
        if (!context.failed())
            m_policy = policy;
        m_canUndo = p.value(QStringLiteral("can_undo")).toBool();
        if (changed && m.value(QStringLiteral("type")).toString() == QLatin1String("update"))
            emit policyChanged(PolicyChange{});
    }
    if (m.value(QStringLiteral("events")).isArray()) {
        m_events.clear();
        for (const QJsonValue& v : m.value(QStringLiteral("events")).toArray())
            if (auto e = api::eventFromJson(v.toObject(), &error))
                m_events.push_back(*e);
        emit eventsChanged();
    }
    if (m.value(QStringLiteral("devices")).isArray()) {
        m_devices.clear();
        for (const QJsonValue& v : m.value(QStringLiteral("devices")).toArray())
            if (auto d = api::deviceFromJson(v.toObject(), &error))
                m_devices.push_back(*d);
        emit devicesChanged();
    }
    if (m.value(QStringLiteral("overrides")).isObject()) {
        m_overrides.clear();
        const QJsonObject o = m.value(QStringLiteral("overrides")).toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            if (auto kind = api::overrideFromName(it.value().toString()))
                m_overrides[it.key()] = *kind;
        emit overridesChanged();
    }
    if (m.value(QStringLiteral("stats")).isObject())
        emit cycleFinished(api::statsFromJson(m.value(QStringLiteral("stats")).toObject()));
    if (m.value(QStringLiteral("cycle")).isObject()) {
        if (auto cycle = api::cycleFromJson(m.value(QStringLiteral("cycle")).toObject(), &error))
            emit cyclePublished(*cycle);
        else
            qCWarning(lcRemote).noquote() << "a cycle from the engine does not read:" << error;
    }
}

quint64 RemoteSiteControl::send(const QString& command, QJsonObject fields)
{
    const quint64 id = m_nextId++;
    if (!m_connected) {
        QMetaObject::invokeMethod(
            this,
            [this, id] {
                emit commandFinished(id, {false, tr("not connected to the engine")});
            },
            Qt::QueuedConnection);
        return id;
    }
    fields.insert(QStringLiteral("type"), QStringLiteral("command"));
    fields.insert(QStringLiteral("id"), double(id));
    fields.insert(QStringLiteral("command"), command);
    m_pending[id].start();
    m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact)));
    return id;
}

void RemoteSiteControl::expirePending()
{
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it->second.elapsed() > kAnswerTimeoutMs) {
            const quint64 id = it->first;
            it = m_pending.erase(it);
            emit commandFinished(
                id, {false, tr("no answer from the engine within %1 s").arg(kAnswerTimeoutMs / 1000)});
        } else {
            ++it;
        }
    }
}

// The operator is the token's role at the engine; `by` names nobody the engine would trust.
quint64 RemoteSiteControl::applyPolicy(const Policy& policy, const Operator&)
{
    return send(QStringLiteral("set_policy"), {{QStringLiteral("policy"), policyToJson(policy)}});
}

quint64 RemoteSiteControl::undoPolicy(const Operator&)
{
    return send(QStringLiteral("undo_policy"), {});
}

quint64 RemoteSiteControl::overrideBay(const QString& chargerId, BayOverride kind, const Operator&)
{
    return send(QStringLiteral("override"),
                {{QStringLiteral("charger"), chargerId}, {QStringLiteral("kind"), overrideName(kind)}});
}

quint64 RemoteSiteControl::acknowledgeEvent(qint64 eventId, const Operator&)
{
    return send(QStringLiteral("acknowledge"), {{QStringLiteral("event"), double(eventId)}});
}

quint64 RemoteSiteControl::updateSession(const QString& chargerId, const DriverInput& input, const Operator&)
{
    QJsonObject fields{{QStringLiteral("charger"), chargerId}};
    if (input.departureMs)
        fields.insert(QStringLiteral("departure"), double(*input.departureMs));
    if (input.targetEnergyKwh)
        fields.insert(QStringLiteral("target_kwh"), *input.targetEnergyKwh);
    if (input.v2xConsent)
        fields.insert(QStringLiteral("v2b_consent"), *input.v2xConsent);
    if (input.minEnergyKwh) // the floor V2B may not take the car below: never dropped on the way
        fields.insert(QStringLiteral("min_energy_kwh"), *input.minEnergyKwh);
    return send(QStringLiteral("update_session"), fields);
}

} // namespace parkwatt
