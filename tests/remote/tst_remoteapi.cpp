// The engine's API on the real stack: the demo garage (parkwatt-sim on loopback Modbus, the live
// engine in this process) served over WebSocket with TLS on loopback, and clients that pin the
// engine's certificate. Authentication, every command with every role, malformed and oversized
// messages, a flooding client next to a live one, and updates at most once a second.

#include "config/PolicyJson.h"
#include "engine/live/LiveDemo.h"
#include "engine/live/LiveSiteControl.h"
#include "remote/ApiTokens.h"
#include "remote/EngineCertificate.h"
#include "remote/RemoteApiServer.h"
#include "remote/RemoteSiteControl.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>
#include <set>

using namespace parkwatt;

namespace {

// A client as a remote control room or kiosk would be: TLS accepted only for the pinned engine.
class Client : public QObject {
public:
    explicit Client(const QString& fingerprint)
        : m_fingerprint(fingerprint)
    {
        connect(&socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError>&) {
            if (EngineCertificate::fingerprintOf(socket.sslConfiguration().peerCertificate()) ==
                m_fingerprint)
                socket.ignoreSslErrors();
        });
        connect(&socket, &QWebSocket::textMessageReceived, this, [this](const QString& text) {
            messages.append(QJsonDocument::fromJson(text.toUtf8()).object());
        });
    }
    bool open(quint16 port)
    {
        socket.open(QUrl(QStringLiteral("wss://127.0.0.1:%1").arg(port)));
        return QTest::qWaitFor([this] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000);
    }
    void send(const QJsonObject& message)
    {
        socket.sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
    }
    bool hello(const QString& token)
    {
        send({{QStringLiteral("type"), QStringLiteral("hello")},
              {QStringLiteral("version"), 1},
              {QStringLiteral("token"), token}});
        return waitFor(QStringLiteral("welcome")).has_value();
    }
    std::optional<QJsonObject> waitFor(const QString& type, int timeoutMs = 5000)
    {
        std::optional<QJsonObject> found;
        (void)QTest::qWaitFor(
            [&] {
                for (qsizetype i = 0; i < messages.size(); ++i)
                    if (messages[i].value(QStringLiteral("type")).toString() == type) {
                        found = messages.takeAt(i);
                        return true;
                    }
                return false;
            },
            timeoutMs);
        return found;
    }
    // The result or error answering message `id`.
    std::optional<QJsonObject> answerTo(int id)
    {
        std::optional<QJsonObject> found;
        (void)QTest::qWaitFor(
            [&] {
                for (qsizetype i = 0; i < messages.size(); ++i)
                    if (messages[i].value(QStringLiteral("id")).toInt(-1) == id) {
                        found = messages.takeAt(i);
                        return true;
                    }
                return false;
            },
            5000);
        return found;
    }
    bool closed() const { return socket.state() == QAbstractSocket::UnconnectedState; }

    QWebSocket socket;
    QList<QJsonObject> messages;

private:
    QString m_fingerprint;
};

QJsonObject command(int id, const QString& name, QJsonObject fields = {})
{
    fields.insert(QStringLiteral("type"), QStringLiteral("command"));
    fields.insert(QStringLiteral("id"), id);
    fields.insert(QStringLiteral("command"), name);
    return fields;
}

} // namespace

class TstRemoteApi : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<LiveDemo> m_demo;
    std::optional<EngineCertificate> m_certificate;
    std::optional<ApiTokens> m_tokens;
    std::unique_ptr<RemoteApiServer> m_server;

    std::unique_ptr<Client> connected(ApiRole role)
    {
        auto client = std::make_unique<Client>(m_certificate->fingerprint());
        if (!client->open(m_server->port()) || !client->hello(m_tokens->tokenOf(role)))
            return nullptr;
        return client;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_certificate = EngineCertificate::loadOrCreate(m_dir.filePath(QStringLiteral("tls")),
                                                        QStringLiteral("test"), &error);
        QVERIFY2(m_certificate, qPrintable(error));
        m_tokens = ApiTokens::loadOrCreate(m_dir.filePath(QStringLiteral("api-tokens.json")), &error);
        QVERIFY2(m_tokens, qPrintable(error));

        m_demo = std::make_unique<LiveDemo>();
        QSignalSpy started(m_demo.get(), &LiveDemo::started);
        QSignalSpy failed(m_demo.get(), &LiveDemo::failed);
        LiveDemoOptions options;
        options.program = QStringLiteral(PARKWATT_BIN_DIR "/parkwatt-sim");
        options.startAtS = 12 * 3600;
        m_demo->start(options);
        QTRY_VERIFY_WITH_TIMEOUT(started.count() == 1 || failed.count() == 1, 30000);
        QVERIFY(failed.isEmpty());

        ApiServerOptions serverOptions;
        serverOptions.helloTimeoutMs = 1000;
        m_server =
            std::make_unique<RemoteApiServer>(*m_demo->control(), *m_tokens, *m_certificate, serverOptions);
        QVERIFY2(m_server->listen(&error), qPrintable(error));
        QVERIFY(m_server->port() > 0);
    }

    void theIdentityIsMadeOnceAndKeptPrivate()
    {
        QString error;
        const auto again = EngineCertificate::loadOrCreate(m_dir.filePath(QStringLiteral("tls")),
                                                           QStringLiteral("test"), &error);
        QVERIFY(again);
        QCOMPARE(again->fingerprint(), m_certificate->fingerprint());
        QCOMPARE(m_certificate->fingerprint().count(QLatin1Char(':')), 31); // SHA-256
        QCOMPARE(QFile::permissions(m_dir.filePath(QStringLiteral("tls/engine.key"))),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                     QFileDevice::WriteUser);
        QCOMPARE(QFile::permissions(m_dir.filePath(QStringLiteral("api-tokens.json"))),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                     QFileDevice::WriteUser);
        const auto tokens =
            ApiTokens::loadOrCreate(m_dir.filePath(QStringLiteral("api-tokens.json")), &error);
        QVERIFY(tokens);
        QCOMPARE(tokens->tokenOf(ApiRole::Manager), m_tokens->tokenOf(ApiRole::Manager));
        QVERIFY(m_tokens->tokenOf(ApiRole::Manager) != m_tokens->tokenOf(ApiRole::Kiosk));

        QFile bad(m_dir.filePath(QStringLiteral("bad-tokens.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(R"({"format": "parkwatt-api-tokens/1", "tokens": {"kiosk": "short"}})");
        bad.close();
        QVERIFY(!ApiTokens::loadOrCreate(bad.fileName(), &error));
        QVERIFY2(error.contains(QStringLiteral("tokens.kiosk")), qPrintable(error));
    }

    void aWrongCertificateIsNotTrusted()
    {
        Client impostorCheck(QStringLiteral("00:11:22"));
        impostorCheck.socket.open(QUrl(QStringLiteral("wss://127.0.0.1:%1").arg(m_server->port())));
        QTest::qWait(1500);
        QVERIFY(impostorCheck.socket.state() != QAbstractSocket::ConnectedState);
    }

    void unknownTokensAndSilentClientsAreTurnedAway()
    {
        Client client(m_certificate->fingerprint());
        QVERIFY(client.open(m_server->port()));
        QVERIFY(!client.hello(QStringLiteral("not-a-token")));
        QTRY_VERIFY_WITH_TIMEOUT(client.closed(), 3000);

        Client silent(m_certificate->fingerprint());
        QVERIFY(silent.open(m_server->port()));
        QTRY_VERIFY_WITH_TIMEOUT(silent.closed(), 3000); // no hello within 1 s

        Client early(m_certificate->fingerprint());
        QVERIFY(early.open(m_server->port()));
        early.send(command(1, QStringLiteral("undo_policy")));
        const auto refused = early.waitFor(QStringLiteral("error"));
        QVERIFY(refused);
        QCOMPARE(refused->value(QStringLiteral("code")).toString(), QStringLiteral("unauthorized"));
    }

    // Every command with every role: refused by the engine ("may not") exactly where the role
    // lacks the permission; otherwise carried out or refused for another reason.
    void everyCommandWithEveryRole_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<QString>("command");
        QTest::addColumn<bool>("allowed");
        const QStringList commands{QStringLiteral("set_policy"), QStringLiteral("undo_policy"),
                                   QStringLiteral("acknowledge"), QStringLiteral("override"),
                                   QStringLiteral("update_session")};
        const std::map<QString, std::set<ApiRole>> allowed{
            {QStringLiteral("set_policy"), {ApiRole::Manager, ApiRole::Admin}},
            {QStringLiteral("undo_policy"), {ApiRole::Manager, ApiRole::Admin}},
            {QStringLiteral("acknowledge"), {ApiRole::Manager, ApiRole::Installer, ApiRole::Admin}},
            {QStringLiteral("override"), {ApiRole::Manager, ApiRole::Installer, ApiRole::Admin}},
            {QStringLiteral("update_session"),
             {ApiRole::Kiosk, ApiRole::Manager, ApiRole::Installer, ApiRole::Admin}},
        };
        for (const ApiRole role : {ApiRole::Kiosk, ApiRole::Manager, ApiRole::Installer, ApiRole::Admin})
            for (const QString& c : commands)
                QTest::addRow("%s %s", qPrintable(apiRoleName(role)), qPrintable(c))
                    << int(role) << c << (allowed.at(c).count(role) > 0);
    }

    void everyCommandWithEveryRole()
    {
        QFETCH(int, role);
        QFETCH(QString, command);
        QFETCH(bool, allowed);
        const auto client = connected(ApiRole(role));
        QVERIFY(client);
        const PublishedCycle cycle = m_demo->engine()->lastPublished();
        QString bay;
        for (size_t c = 0; c < cycle.sensed.chargers.size() && bay.isEmpty(); ++c)
            if (cycle.sensed.chargers[c].plugged)
                bay = m_demo->site().site.chargers[c].id;
        QVERIFY(!bay.isEmpty());
        QJsonObject fields;
        if (command == QLatin1String("set_policy"))
            fields.insert(QStringLiteral("policy"),
                          QJsonObject{{QStringLiteral("backup"),
                                       QJsonObject{{QStringLiteral("enabled"), true},
                                                   {QStringLiteral("battery_reserve_pct"), 25}}}});
        else if (command == QLatin1String("acknowledge"))
            fields.insert(QStringLiteral("event"), 999999);
        else if (command == QLatin1String("override"))
            fields = {{QStringLiteral("charger"), bay}, {QStringLiteral("kind"), QStringLiteral("release")}};
        else if (command == QLatin1String("update_session"))
            fields = {{QStringLiteral("charger"), bay}, {QStringLiteral("v2b_consent"), false}};
        client->send(::command(7, command, fields));
        const auto answer = client->answerTo(7);
        QVERIFY(answer);
        QCOMPARE(answer->value(QStringLiteral("type")).toString(), QStringLiteral("result"));
        const QString error = answer->value(QStringLiteral("error")).toString();
        QVERIFY2(error.contains(QStringLiteral("may not")) == !allowed, qPrintable(error));
        if (!allowed)
            QVERIFY(!answer->value(QStringLiteral("ok")).toBool());
    }

    void aManagersPolicyReachesTheEngineAndAllSubscribers()
    {
        const auto manager = connected(ApiRole::Manager);
        const auto kiosk = connected(ApiRole::Kiosk);
        QVERIFY(manager && kiosk);
        kiosk->send({{QStringLiteral("type"), QStringLiteral("subscribe")}});
        QVERIFY(kiosk->waitFor(QStringLiteral("snapshot")));
        manager->send(command(3, QStringLiteral("set_policy"),
                              {{QStringLiteral("policy"),
                                QJsonObject{{QStringLiteral("peak_shaving"),
                                             QJsonObject{{QStringLiteral("enabled"), true},
                                                         {QStringLiteral("import_limit_kw"), 95}}}}}}));
        const auto answer = manager->answerTo(3);
        QVERIFY(answer && answer->value(QStringLiteral("ok")).toBool());
        QCOMPARE(m_demo->control()->policy().peakShaving.importLimitKw, 95.0);
        // The kiosk's next updates carry the new policy (read once each: QTRY re-evaluates).
        bool seen = false;
        QVERIFY(QTest::qWaitFor(
            [&] {
                const auto update = kiosk->waitFor(QStringLiteral("update"), 100);
                seen = seen || (update && update->value(QStringLiteral("policy"))
                                                  .toObject()
                                                  .value(QStringLiteral("policy"))
                                                  .toObject()
                                                  .value(QStringLiteral("peak_shaving"))
                                                  .toObject()
                                                  .value(QStringLiteral("import_limit_kw"))
                                                  .toDouble() == 95.0);
                return seen;
            },
            5000));
        // An invalid policy is refused with the field named, and nothing changes.
        manager->send(command(
            4, QStringLiteral("set_policy"),
            {{QStringLiteral("policy"),
              QJsonObject{{QStringLiteral("peak_shaving"),
                           QJsonObject{{QStringLiteral("import_limit_kw"), QStringLiteral("lots")}}}}}}));
        const auto refused = manager->answerTo(4);
        QVERIFY(refused);
        QVERIFY2(
            refused->value(QStringLiteral("message")).toString().contains(QStringLiteral("import_limit_kw")),
            qPrintable(refused->value(QStringLiteral("message")).toString()));
        QCOMPARE(m_demo->control()->policy().peakShaving.importLimitKw, 95.0);
    }

    void malformedAndOversizedMessagesAreRefused()
    {
        const auto client = connected(ApiRole::Manager);
        QVERIFY(client);
        client->socket.sendTextMessage(QStringLiteral("{not json"));
        auto error = client->waitFor(QStringLiteral("error"));
        QVERIFY(error);
        QCOMPARE(error->value(QStringLiteral("code")).toString(), QStringLiteral("bad_message"));
        QVERIFY(error->value(QStringLiteral("message")).toString().contains(QStringLiteral("offset")));
        client->send(command(5, QStringLiteral("format_disk")));
        error = client->waitFor(QStringLiteral("error"));
        QVERIFY(error &&
                error->value(QStringLiteral("message")).toString().contains(QStringLiteral("format_disk")));
        client->send(
            command(6, QStringLiteral("override"), {{QStringLiteral("charger"), QStringLiteral("L1-01")}}));
        error = client->waitFor(QStringLiteral("error"));
        QVERIFY(error && error->value(QStringLiteral("message")).toString().contains(QStringLiteral("kind")));
        client->socket.sendBinaryMessage(QByteArray(10, 'x'));
        QVERIFY(client->waitFor(QStringLiteral("error")));
        QVERIFY(!client->closed());

        // Over 64 KiB: the connection is closed rather than the message read.
        client->socket.sendTextMessage(QString(100 * 1024, QLatin1Char('a')));
        QTRY_VERIFY_WITH_TIMEOUT(client->closed(), 5000);
    }

    void aFloodingClientIsCutOffWhileAnotherStaysLive()
    {
        const auto watcher = connected(ApiRole::Kiosk);
        const auto flooder = connected(ApiRole::Manager);
        QVERIFY(watcher && flooder);
        watcher->send({{QStringLiteral("type"), QStringLiteral("subscribe")}});
        QVERIFY(watcher->waitFor(QStringLiteral("snapshot")));
        for (int i = 0; i < 500; ++i)
            flooder->send(command(1000 + i, QStringLiteral("undo_policy")));
        QTRY_VERIFY_WITH_TIMEOUT(flooder->closed(), 10000);
        const auto rateLimited =
            std::count_if(flooder->messages.begin(), flooder->messages.end(), [](const QJsonObject& m) {
                return m.value(QStringLiteral("code")).toString() == QStringLiteral("rate_limited");
            });
        QVERIFY(rateLimited >= 1);
        // The watcher kept getting the site's state, at most once a second.
        QElapsedTimer clock;
        clock.start();
        QVERIFY(watcher->waitFor(QStringLiteral("update"), 5000));
        const qint64 first = clock.elapsed();
        QVERIFY(watcher->waitFor(QStringLiteral("update"), 5000));
        QVERIFY2(clock.elapsed() - first >= 900, qPrintable(QString::number(clock.elapsed() - first)));
        QVERIFY(!watcher->closed());
    }

    void aSubscriberGetsASnapshotThenUpdates()
    {
        const auto client = connected(ApiRole::Kiosk);
        QVERIFY(client);
        client->send({{QStringLiteral("type"), QStringLiteral("subscribe")}});
        const auto snapshot = client->waitFor(QStringLiteral("snapshot"));
        QVERIFY(snapshot);
        QVERIFY(snapshot->value(QStringLiteral("cycle")).isObject());
        QCOMPARE(snapshot->value(QStringLiteral("devices")).toArray().size(),
                 qsizetype(m_demo->site().devices.size()));
        QCOMPARE(snapshot->value(QStringLiteral("cycle"))
                     .toObject()
                     .value(QStringLiteral("sensed"))
                     .toObject()
                     .value(QStringLiteral("chargers"))
                     .toArray()
                     .size(),
                 qsizetype(40));
        const auto update = client->waitFor(QStringLiteral("update"));
        QVERIFY(update && update->value(QStringLiteral("cycle")).isObject());
    }

    // The remote side as a control room uses it: the engine's state arrives, commands go through as
    // the token's role, and when the engine goes away the loss is announced and the connection
    // comes back by itself once the engine is up again.
    void aRemoteSiteControlFollowsTheEngineAndReconnects()
    {
        RemoteEndpoint endpoint;
        endpoint.host = QStringLiteral("127.0.0.1");
        endpoint.port = m_server->port();
        endpoint.token = m_tokens->tokenOf(ApiRole::Manager);
        endpoint.fingerprint = m_certificate->fingerprint();
        RemoteSiteControl remote(endpoint);
        QSignalSpy welcomed(&remote, &RemoteSiteControl::welcomed);
        QSignalSpy cycles(&remote, &SiteControl::cyclePublished);
        QSignalSpy connection(&remote, &SiteControl::connectionChanged);
        remote.start();
        QTRY_COMPARE_WITH_TIMEOUT(welcomed.count(), 1, 5000);
        QCOMPARE(remote.role(), QStringLiteral("manager"));
        QCOMPARE(remote.site().chargers.size(), m_demo->site().site.chargers.size());
        QCOMPARE(remote.site().chargers.front().id, m_demo->site().site.chargers.front().id);
        QTRY_VERIFY_WITH_TIMEOUT(cycles.count() >= 1, 5000);
        QCOMPARE(cycles.last().at(0).value<PublishedCycle>().sensed.chargers.size(), size_t(40));
        QTRY_COMPARE_WITH_TIMEOUT(remote.devices().size(), m_demo->site().devices.size(), 5000);
        QVERIFY(remote.policy() == m_demo->control()->policy());

        // A command through the network, checked by the engine for the token's role.
        QString bay;
        const PublishedCycle local = m_demo->engine()->lastPublished();
        for (size_t c = 0; c < local.sensed.chargers.size() && bay.isEmpty(); ++c)
            if (local.sensed.chargers[c].plugged)
                bay = m_demo->site().site.chargers[c].id;
        QSignalSpy answers(&remote, &SiteControl::commandFinished);
        const quint64 id = remote.overrideBay(bay, BayOverride::Pause, {});
        QTRY_COMPARE_WITH_TIMEOUT(answers.count(), 1, 5000);
        QCOMPARE(answers.at(0).at(0).toULongLong(), id);
        QVERIFY2(answers.at(0).at(1).value<CommandResult>().ok,
                 qPrintable(answers.at(0).at(1).value<CommandResult>().error));
        QCOMPARE(m_demo->control()->overrides().at(bay), BayOverride::Pause);
        QTRY_COMPARE_WITH_TIMEOUT(remote.overrides().count(bay), size_t(1), 5000);
        QVERIFY(m_demo->control()->eventLog().events().front().message.contains(
            QStringLiteral("manager@127.0.0.1")));
        (void)remote.overrideBay(bay, BayOverride::None, {});
        QTRY_VERIFY_WITH_TIMEOUT(m_demo->control()->overrides().empty(), 5000);

        // The engine goes away: announced at once; it comes back on the same port: reconnected.
        const quint16 port = m_server->port();
        connection.clear();
        m_server.reset();
        QTRY_VERIFY_WITH_TIMEOUT(!connection.isEmpty() && !connection.last().at(0).toBool(), 5000);
        QVERIFY(!remote.isConnected());
        QTest::qWait(1500);
        ApiServerOptions options;
        options.port = port;
        m_server = std::make_unique<RemoteApiServer>(*m_demo->control(), *m_tokens, *m_certificate, options);
        QString error;
        QVERIFY2(m_server->listen(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(remote.isConnected(), 15000);
        QCOMPARE(remote.reconnects(), 1);
        cycles.clear();
        QTRY_VERIFY_WITH_TIMEOUT(cycles.count() >= 1, 5000);
    }

    void aRefusedTokenIsNotRetried()
    {
        RemoteEndpoint endpoint;
        endpoint.host = QStringLiteral("127.0.0.1");
        endpoint.port = m_server->port();
        endpoint.token = QStringLiteral("stolen-or-mistyped-token");
        endpoint.fingerprint = m_certificate->fingerprint();
        RemoteSiteControl remote(endpoint);
        QSignalSpy refused(&remote, &RemoteSiteControl::refused);
        remote.start();
        QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, 5000);
        QTest::qWait(2500);
        QCOMPARE(m_server->clientCount(), 0);
        QVERIFY(!remote.isConnected());
    }

    void cleanupTestCase()
    {
        m_server.reset();
        QSignalSpy stopped(m_demo.get(), &LiveDemo::stopped);
        m_demo->stop();
        QTRY_COMPARE_WITH_TIMEOUT(stopped.count(), 1, 15000);
    }
};

QTEST_GUILESS_MAIN(TstRemoteApi)
#include "tst_remoteapi.moc"
