// End to end: `parkwatt --site FILE` controls the devices parkwatt-sim serves on loopback from the
// control-room program itself (offscreen), refuses to start on a site another engine controls
// (exit 3, naming it) and names the device of a bad site file (exit 2).

#include "support/FreePort.h"
#include "support/Processes.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using parkwatt::test::freePort;
using parkwatt::test::ProgramRun;
using parkwatt::test::writeFile;

namespace {

const QString kSim = QStringLiteral(PARKWATT_BIN_DIR "/parkwatt-sim");
const QString kApp = QStringLiteral(PARKWATT_BIN_DIR "/parkwatt");

QString siteJson(int chargerPort, int meterPort, const QString& profile = QStringLiteral("alfen-ng9xx"))
{
    return QStringLiteral(R"({ "format": "parkwatt-site/1",
  "site": { "name": "E2E garage", "grid": { "import_limit_kw": 60 },
            "chargers": [ { "id": "B01", "max_charge_kw": 11, "min_charge_kw": 4.1 } ] },
  "devices": [
    { "id": "B01-evse", "role": "charger", "charger": "B01", "profile": "%3", "host": "127.0.0.1", "port": %1, "unit": 1 },
    { "id": "meter", "role": "grid_meter", "profile": "eastron-sdm630", "host": "127.0.0.1", "port": %2, "unit": 1 } ],
  "policy": { "peak_shaving": { "enabled": true, "import_limit_kw": 40 } } })")
        .arg(chargerPort)
        .arg(meterPort)
        .arg(profile);
}

ProgramRun runApp(const QStringList& arguments)
{
    return parkwatt::test::runToEnd(kApp, arguments);
}

} // namespace

class TstParkwattSite : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_site;
    QProcess m_sim;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_site = writeFile(m_dir, QStringLiteral("site.json"), siteJson(freePort(), freePort()));
        m_sim.setProcessChannelMode(QProcess::MergedChannels);
        m_sim.start(kSim, {QStringLiteral("--site"), m_site});
        QVERIFY(m_sim.waitForStarted());
        QByteArray said;
        QTRY_VERIFY_WITH_TIMEOUT((said += m_sim.readAll()).contains("devices"), 10000);
    }

    void controlsTheSiteFromTheWindow()
    {
        const ProgramRun run = runApp({QStringLiteral("--site"), m_site, QStringLiteral("--self-test"),
                                       QStringLiteral("--lock-dir"), m_dir.path(), QStringLiteral("--db"),
                                       m_dir.filePath(QStringLiteral("site.db"))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        QVERIFY2(run.output.contains(QStringLiteral("self-test: ok")), qPrintable(run.output));
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("site.db"))));
    }

    void refusesASiteAnotherEngineControls()
    {
        QProcess first;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        first.setProcessEnvironment(env);
        first.setProcessChannelMode(QProcess::MergedChannels);
        first.start(kApp, {QStringLiteral("--site"), m_site, QStringLiteral("--self-test"),
                           QStringLiteral("--lock-dir"), m_dir.path()});
        QVERIFY(first.waitForStarted());
        QTest::qWait(2000); // it holds the lock now
        const ProgramRun second = runApp({QStringLiteral("--site"), m_site, QStringLiteral("--self-test"),
                                          QStringLiteral("--lock-dir"), m_dir.path()});
        QCOMPARE(second.exitCode, 3);
        QVERIFY2(second.output.contains(QString::number(first.processId())), qPrintable(second.output));
        QVERIFY(first.waitForFinished(30000));
        QCOMPARE(first.exitCode(), 0);
    }

    void namesTheDeviceOfABadSiteFile()
    {
        const QString bad = writeFile(m_dir, QStringLiteral("bad.json"),
                                      siteJson(freePort(), freePort(), QStringLiteral("no-such-profile")));
        const ProgramRun run = runApp({QStringLiteral("--site"), bad, QStringLiteral("--self-test"),
                                       QStringLiteral("--lock-dir"), m_dir.path()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.output.contains(QStringLiteral("B01-evse")) &&
                     run.output.contains(QStringLiteral("no-such-profile")),
                 qPrintable(run.output));
    }

    void cleanupTestCase()
    {
        m_sim.terminate();
        m_sim.waitForFinished(5000);
    }
};

QTEST_GUILESS_MAIN(TstParkwattSite)
#include "tst_parkwattsite.moc"
