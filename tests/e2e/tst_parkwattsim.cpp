// End to end: the built `parkwatt-sim` serving a site file's devices on loopback, read by our
// transport and by a third-party Modbus client (mbpoll), stopped cleanly by SIGTERM.

#include "devices/RegisterCodec.h"
#include "devices/modbus/ModbusConnection.h"
#include "support/FreePort.h"

#include <QCoro/QCoroTask>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace parkwatt;
using parkwatt::test::freePort;

namespace {

const QString kSim = QStringLiteral(PARKWATT_BIN_DIR "/parkwatt-sim");

QString writeSite(const QTemporaryDir& dir, int chargerPort, int meterPort, const QString& host)
{
    const QString path = dir.filePath(QStringLiteral("site.json"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(QStringLiteral(R"({ "format": "parkwatt-site/1",
  "site": { "name": "Sim", "grid": { "import_limit_kw": 100 },
            "chargers": [ { "id": "B01", "max_charge_kw": 11, "min_charge_kw": 4.1 } ] },
  "devices": [
    { "id": "B01-evse", "role": "charger", "charger": "B01", "profile": "parkwatt-v2g",
      "host": "%3", "port": %1, "unit": 1 },
    { "id": "meter", "role": "grid_meter", "profile": "eastron-sdm630", "host": "127.0.0.1", "port": %2, "unit": 1 } ] })")
                .arg(chargerPort)
                .arg(meterPort)
                .arg(host)
                .toUtf8());
    return path;
}

} // namespace

class TstParkwattSim : public QObject {
    Q_OBJECT
private slots:
    void servesTheSiteAndStopsOnSigterm()
    {
        QTemporaryDir dir;
        const int chargerPort = freePort();
        const QString site = writeSite(dir, chargerPort, freePort(), QStringLiteral("127.0.0.1"));
        QProcess sim;
        sim.start(kSim, {QStringLiteral("--site"), site});
        QVERIFY(sim.waitForStarted());
        QByteArray banner;
        QTRY_VERIFY_WITH_TIMEOUT((banner += sim.readAllStandardOutput()).contains("serving meter"), 5000);

        ModbusEndpoint e;
        e.port = chargerPort;
        e.timeoutMs = 1000;
        ModbusConnection client(e);
        const ModbusResult marker = QCoro::waitFor(client.read(QModbusDataUnit::InputRegisters, 0, 3));
        QVERIFY2(marker.ok(), qPrintable(marker.message));
        RegisterEncoding text;
        text.type = RegisterType::String;
        text.words = 2;
        const QList<quint16> words = marker.registers.mid(0, 2);
        QCOMPARE(RegisterCodec::decodeString(text, std::span<const quint16>(words.data(), 2))
                     .value.value_or(QString()),
                 QStringLiteral("PKWT"));
        QCOMPARE(marker.registers.at(2), quint16(1)); // map version

        // A third-party client reads the documented values (mbpoll counts registers from 1).
        const QString mbpoll = QStandardPaths::findExecutable(QStringLiteral("mbpoll"));
        if (!mbpoll.isEmpty()) {
            QProcess poll;
            poll.start(mbpoll,
                       {QStringLiteral("-m"), QStringLiteral("tcp"), QStringLiteral("-a"),
                        QStringLiteral("1"), QStringLiteral("-t"), QStringLiteral("3"), QStringLiteral("-r"),
                        QStringLiteral("1"), QStringLiteral("-c"), QStringLiteral("3"), QStringLiteral("-p"),
                        QString::number(chargerPort), QStringLiteral("-1"), QStringLiteral("127.0.0.1")});
            QVERIFY(poll.waitForFinished(10000));
            const QByteArray out = poll.readAllStandardOutput();
            QVERIFY2(out.contains("[1]: \t20555") && out.contains("[2]: \t22356") && out.contains("[3]: \t1"),
                     out.constData()); // "PK", "WT", 1
        } else {
            qWarning(
                "mbpoll not installed (scripts/setup-debian.sh installs it): third-party read not checked");
        }

        ::kill(pid_t(sim.processId()), SIGTERM);
        QVERIFY(sim.waitForFinished(5000));
        QCOMPARE(sim.exitStatus(), QProcess::NormalExit);
        QCOMPARE(sim.exitCode(), 0);
    }

    void refusesANonLoopbackDeviceNamingIt()
    {
        QTemporaryDir dir;
        const QString site = writeSite(dir, freePort(), freePort(), QStringLiteral("192.0.2.21"));
        QProcess sim;
        sim.start(kSim, {QStringLiteral("--site"), site});
        QVERIFY(sim.waitForFinished(5000));
        QCOMPARE(sim.exitCode(), 2);
        const QByteArray err = sim.readAllStandardError();
        QVERIFY2(err.contains("B01-evse") && err.contains("loopback"), err.constData());
    }

    void aBadSiteFileIsAOneLineError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"parkwatt-site/1\"}");
        f.close();
        QProcess sim;
        sim.start(kSim, {QStringLiteral("--site"), path});
        QVERIFY(sim.waitForFinished(5000));
        QCOMPARE(sim.exitCode(), 2);
        QVERIFY(sim.readAllStandardError().startsWith("parkwatt-sim: bad.json: "));
    }
};

QTEST_GUILESS_MAIN(TstParkwattSim)
#include "tst_parkwattsim.moc"
