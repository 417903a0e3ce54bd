// End to end over the network: `parkwattd run --api` controls parkwatt-sim's devices and serves
// its API; `parkwatt --connect` attaches to it as another process would from another machine
// (offscreen), with the token and the certificate fingerprint parkwattd printed. A wrong token is
// refused with a clear message.

#include "support/FreePort.h"
#include "support/Processes.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using parkwatt::test::freePort;
using parkwatt::test::ProgramRun;
using parkwatt::test::writeFile;

namespace {

const QString kSim = QStringLiteral(PARKWATT_BIN_DIR "/parkwatt-sim");
const QString kEngine = QStringLiteral(PARKWATT_BIN_DIR "/parkwattd");
const QString kApp = QStringLiteral(PARKWATT_BIN_DIR "/parkwatt");

QString siteJson(int chargerPort, int meterPort)
{
    return QStringLiteral(R"({ "format": "parkwatt-site/1",
  "site": { "name": "Remote garage", "grid": { "import_limit_kw": 60 },
            "chargers": [ { "id": "B01", "max_charge_kw": 11, "min_charge_kw": 4.1 } ] },
  "devices": [
    { "id": "B01-evse", "role": "charger", "charger": "B01", "profile": "alfen-ng9xx", "host": "127.0.0.1", "port": %1, "unit": 1 },
    { "id": "meter", "role": "grid_meter", "profile": "eastron-sdm630", "host": "127.0.0.1", "port": %2, "unit": 1 } ] })")
        .arg(chargerPort)
        .arg(meterPort);
}

ProgramRun runApp(const QStringList& arguments)
{
    return parkwatt::test::runToEnd(kApp, arguments);
}

} // namespace

class TstParkwattRemote : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QProcess m_sim;
    QProcess m_engine;
    QString m_engineOut;
    quint16 m_apiPort = 0;
    QString m_fingerprint;
    QString m_managerToken;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString site = writeFile(m_dir, QStringLiteral("site.json"), siteJson(freePort(), freePort()));
        QVERIFY(!site.isEmpty());
        m_sim.setProcessChannelMode(QProcess::MergedChannels);
        m_sim.start(kSim, {QStringLiteral("--site"), site});
        QByteArray said;
        QTRY_VERIFY_WITH_TIMEOUT((said += m_sim.readAll()).contains("devices"), 10000);

        m_apiPort = freePort();
        m_engine.setProcessChannelMode(QProcess::MergedChannels);
        m_engine.start(kEngine,
                       {QStringLiteral("run"), QStringLiteral("--site"), site, QStringLiteral("--lock-dir"),
                        m_dir.path(), QStringLiteral("--api"), QString::number(m_apiPort),
                        QStringLiteral("--api-dir"), m_dir.filePath(QStringLiteral("api"))});
        static const QRegularExpression printed(
            QStringLiteral("certificate SHA-256 ([0-9A-F:]+), tokens in (\\S+)"));
        QRegularExpressionMatch match;
        QTRY_VERIFY_WITH_TIMEOUT(
            (match = printed.match(m_engineOut += QString::fromUtf8(m_engine.readAll()))).hasMatch(), 15000);
        m_fingerprint = match.captured(1);
        QFile tokens(match.captured(2));
        QVERIFY(tokens.open(QIODevice::ReadOnly));
        m_managerToken = QJsonDocument::fromJson(tokens.readAll())
                             .object()
                             .value(QStringLiteral("tokens"))
                             .toObject()
                             .value(QStringLiteral("manager"))
                             .toString();
        QVERIFY(!m_managerToken.isEmpty());
    }

    void aControlRoomAttachesOverTheNetwork()
    {
        // The token from a file, as the kiosk's systemd unit passes it.
        const QString tokenFile = writeFile(m_dir, QStringLiteral("manager.token"), m_managerToken + QLatin1Char('\n'));
        const ProgramRun run =
            runApp({QStringLiteral("--connect"), QStringLiteral("127.0.0.1:%1").arg(m_apiPort),
                    QStringLiteral("--token-file"), tokenFile, QStringLiteral("--fingerprint"), m_fingerprint,
                    QStringLiteral("--self-test")});
        QVERIFY2(run.exitCode == 0 && run.output.contains(QStringLiteral("self-test: ok")),
                 qPrintable(run.output));
    }

    void aWrongTokenOrFingerprintIsRefused()
    {
        ProgramRun run =
            runApp({QStringLiteral("--connect"), QStringLiteral("127.0.0.1:%1").arg(m_apiPort),
                    QStringLiteral("--token"), QStringLiteral("guessed-token-guessed-token"),
                    QStringLiteral("--fingerprint"), m_fingerprint, QStringLiteral("--self-test")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.output.contains(QStringLiteral("unknown token")), qPrintable(run.output));
        run = runApp({QStringLiteral("--connect"), QStringLiteral("127.0.0.1:%1").arg(m_apiPort),
                      QStringLiteral("--token"), m_managerToken, QStringLiteral("--fingerprint"),
                      QStringLiteral("00:11:22:33"), QStringLiteral("--self-test")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.output.contains(QStringLiteral("no answer from an engine")), qPrintable(run.output));
    }

    void cleanupTestCase()
    {
        ::kill(pid_t(m_engine.processId()), SIGTERM);
        QVERIFY(m_engine.waitForFinished(15000));
        QCOMPARE(m_engine.exitCode(), 0);
        m_sim.terminate();
        m_sim.waitForFinished(5000);
    }
};

QTEST_GUILESS_MAIN(TstParkwattRemote)
#include "tst_parkwattremote.moc"
