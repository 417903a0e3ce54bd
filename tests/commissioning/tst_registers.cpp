// The register inspector against parkwatt-sim over loopback Modbus: `parkwattd registers read`
// shows a range raw and decoded; `write` goes only to a device of the site file, only for an
// installer or administrator of the site's database, only with --yes and while no engine holds
// the site, reads the value back and records before, written and read-back in the audit trail
// (whose chain still holds).

#include "config/SiteFileReader.h"
#include "engine/live/ControllerLock.h"
#include "security/UserDirectory.h"
#include "support/FreePort.h"
#include "support/Processes.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace parkwatt;
using parkwatt::test::freePort;
using parkwatt::test::writeFile;

namespace {

const QString kSim = QStringLiteral(PARKWATT_BIN_DIR "/parkwatt-sim");
const QString kEngine = QStringLiteral(PARKWATT_BIN_DIR "/parkwattd");
constexpr int kFailsafePower = 1004; // parkwatt-v2g: i32, W

struct Run {
    int exitCode = -1;
    QString output;
};

// parkwattd with `stdinText` on its standard input (the password).
Run parkwattd(const QStringList& arguments, const QString& stdinText = {})
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(kEngine, arguments);
    p.write(stdinText.toUtf8());
    p.closeWriteChannel();
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAll())};
}

} // namespace

class TstRegisters : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QProcess m_sim;
    int m_chargerPort = 0;
    QString m_site, m_db;

    QStringList writeArgs(const QString& user, const QString& value, bool yes) const
    {
        QStringList a{QStringLiteral("registers"),  QStringLiteral("write"),
                      QStringLiteral("--host"),     QStringLiteral("127.0.0.1"),
                      QStringLiteral("--port"),     QString::number(m_chargerPort),
                      QStringLiteral("--address"),  QString::number(kFailsafePower),
                      QStringLiteral("--type"),     QStringLiteral("i32"),
                      QStringLiteral("--value"),    value,
                      QStringLiteral("--site"),     m_site,
                      QStringLiteral("--db"),       m_db,
                      QStringLiteral("--user"),     user,
                      QStringLiteral("--lock-dir"), m_dir.path()};
        if (yes)
            a << QStringLiteral("--yes");
        return a;
    }

    QString readFailsafe() const
    {
        return parkwattd({QStringLiteral("registers"), QStringLiteral("read"), QStringLiteral("--host"),
                          QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                          QString::number(m_chargerPort), QStringLiteral("--address"),
                          QString::number(kFailsafePower), QStringLiteral("--count"), QStringLiteral("2"),
                          QStringLiteral("--type"), QStringLiteral("i32")})
            .output;
    }

    int auditRows(const QString& action) const
    {
        sqlite3* db = nullptr;
        sqlite3_open_v2(m_db.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
        sqlite3_stmt* q = nullptr;
        sqlite3_prepare_v2(db, "SELECT COUNT(*) FROM audit WHERE action = ?", -1, &q, nullptr);
        const QByteArray a = action.toUtf8();
        sqlite3_bind_text(q, 1, a.constData(), int(a.size()), SQLITE_TRANSIENT);
        const int n = sqlite3_step(q) == SQLITE_ROW ? sqlite3_column_int(q, 0) : -1;
        sqlite3_finalize(q);
        sqlite3_close(db);
        return n;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_chargerPort = freePort();
        m_site = writeFile(m_dir, QStringLiteral("site.json"),
                           QStringLiteral(R"({ "format": "parkwatt-site/1",
  "site": { "name": "Register garage", "grid": { "import_limit_kw": 60 },
            "chargers": [ { "id": "B01", "max_charge_kw": 11, "min_charge_kw": 4.1, "bidirectional": true, "max_discharge_kw": 11 } ] },
  "devices": [
    { "id": "B01-evse", "role": "charger", "charger": "B01", "profile": "parkwatt-v2g", "host": "127.0.0.1", "port": %1, "unit": 1 },
    { "id": "meter", "role": "grid_meter", "profile": "eastron-sdm630", "host": "127.0.0.1", "port": %2, "unit": 1 } ] })")
                               .arg(m_chargerPort)
                               .arg(freePort()));
        QVERIFY(!m_site.isEmpty());
        m_sim.setProcessChannelMode(QProcess::MergedChannels);
        m_sim.start(kSim, {QStringLiteral("--site"), m_site});
        QByteArray said;
        QTRY_VERIFY_WITH_TIMEOUT((said += m_sim.readAll()).count("serving ") >= 2, 10000);

        m_db = m_dir.filePath(QStringLiteral("site.db"));
        StorageError error;
        auto users = UserDirectory::open(m_db, &error, PasswordHash::kMinimumIterations);
        QVERIFY(users);
        QString problem;
        QVERIFY(users->createFirstAdmin(QStringLiteral("maria"), QStringLiteral("maria's passphrase"), 0,
                                        &problem));
        QVERIFY(users->addUser(QStringLiteral("ines"), UserRole::Installer,
                               QStringLiteral("ines's passphrase"), 0, &problem));
        QVERIFY(users->addUser(QStringLiteral("tom"), UserRole::Manager, QStringLiteral("tom's passphrase!"),
                               0, &problem));
    }

    void readShowsRawAndDecoded()
    {
        const QString out = readFailsafe();
        QVERIFY2(out.contains(QStringLiteral("as i32 (big word first):")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral(" 1004  0x")), qPrintable(out));
        const Run bad =
            parkwattd({QStringLiteral("registers"), QStringLiteral("read"), QStringLiteral("--host"),
                       QStringLiteral("127.0.0.1"), QStringLiteral("--address"), QStringLiteral("1"),
                       QStringLiteral("--type"), QStringLiteral("u128")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.output.contains(QStringLiteral("--type u128")), qPrintable(bad.output));
    }

    void writesGoOnlyToTheSitesDevicesAndOnlyForInstallers()
    {
        QStringList other = writeArgs(QStringLiteral("ines"), QStringLiteral("3700"), true);
        other[other.indexOf(QStringLiteral("--port")) + 1] = QString::number(freePort());
        Run run = parkwattd(other, QStringLiteral("ines's passphrase\n"));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.output.contains(QStringLiteral("is not a device of")), qPrintable(run.output));

        run = parkwattd(writeArgs(QStringLiteral("tom"), QStringLiteral("3700"), true),
                        QStringLiteral("tom's passphrase!\n"));
        QCOMPARE(run.exitCode, 6);
        QVERIFY2(run.output.contains(QStringLiteral("tom (role manager) may not write registers")),
                 qPrintable(run.output));

        run = parkwattd(writeArgs(QStringLiteral("ines"), QStringLiteral("3700"), true),
                        QStringLiteral("not it at all\n"));
        QCOMPARE(run.exitCode, 6);
        QCOMPARE(auditRows(QStringLiteral("register.write")), 0);
    }

    void aWriteNeedsYesAndNoEngineHoldingTheSite()
    {
        QTest::qWait(1100); // the delay after the wrong password above
        const QString before = readFailsafe();
        Run run = parkwattd(writeArgs(QStringLiteral("ines"), QStringLiteral("3700"), false),
                            QStringLiteral("ines's passphrase\n"));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.output.contains(QStringLiteral("add --yes")), qPrintable(run.output));
        QCOMPARE(readFailsafe(), before);

        const LoadResult<SiteFile> site = loadSiteFile(m_site);
        ControllerLock engine(*site.value, m_dir.path());
        QString error;
        QVERIFY2(engine.acquire(&error), qPrintable(error));
        run = parkwattd(writeArgs(QStringLiteral("ines"), QStringLiteral("3700"), true),
                        QStringLiteral("ines's passphrase\n"));
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.output.contains(QStringLiteral("stop the engine")), qPrintable(run.output));
    }

    void anInstallersWriteIsReadBackAndAudited()
    {
        const Run run = parkwattd(writeArgs(QStringLiteral("ines"), QStringLiteral("3700"), true),
                                  QStringLiteral("ines's passphrase\n"));
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        QVERIFY2(run.output.contains(QStringLiteral("written and read back")), qPrintable(run.output));
        QVERIFY2(readFailsafe().contains(QStringLiteral(" 1004  3700")), qPrintable(readFailsafe()));
        QCOMPARE(auditRows(QStringLiteral("register.write")), 1);
        const Run verify =
            parkwattd({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), m_db});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.output));
    }

    void cleanupTestCase()
    {
        m_sim.terminate();
        m_sim.waitForFinished(5000);
    }
};

QTEST_GUILESS_MAIN(TstRegisters)
#include "tst_registers.moc"
