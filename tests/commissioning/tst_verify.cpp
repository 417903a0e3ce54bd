// End to end: `parkwattd verify` as a process against `parkwatt-sim` processes playing a scenario in
// which a car is plugged into every charger (real loopback Modbus, the simulator's register maps
// and car physics). Healthy chargers (Alfen, Parkwatt V2G, and the profiles with watchdog
// registers: Vestel, ABB, Wallbox) pass; each injected fault
// fails with its reason: no read-back, watchdog off, power not following; a site whose import
// limit is below the sum of the fallbacks fails the budget; --fallback sees the fail-safe apply.

#include "engine/live/LoopbackPorts.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <memory>

using namespace parkwatt;

namespace {

const QString kSim = QStringLiteral(PARKWATT_BIN_DIR "/parkwatt-sim");
const QString kParkwattd = QStringLiteral(PARKWATT_BIN_DIR "/parkwattd");

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json;
    qint64 elapsedMs = 0;
};

bool writeFile(const QString& path, const QString& text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) > 0;
}

// A garage of three chargers on loopback, served by one parkwatt-sim with the given faults.
class Garage {
public:
    explicit Garage(const QStringList& faults)
    {
        const QList<int> ports = chooseLoopbackPorts(5);
        if (ports.size() != 5)
            return;
        m_ports = ports;
        writeFile(sitePath(100), site(100, 5));
        writeFile(sitePath(5), site(5, 3)); // the Alfen, the V2G and the Vestel
        writeFile(m_dir.filePath(QStringLiteral("scenario.json")), QStringLiteral(R"({
  "format": "parkwatt-scenario/1", "start": "2026-07-14T00:00:00+00:00", "duration_h": 1, "step_s": 60,
  "site": { "grid": { "import_limit_kw": 100 }, "chargers": [ %1 ] },
  "profiles": { "resolution_s": 900, "pv_kw": [0, 0, 0, 0], "load_kw": [0, 0, 0, 0] },
  "sessions": [ %2 ] })")
                                                                       .arg(chargers(), sessions()));
        QStringList args{QStringLiteral("--site"), sitePath(100), QStringLiteral("--scenario"),
                         m_dir.filePath(QStringLiteral("scenario.json"))};
        for (const QString& f : faults)
            args << QStringLiteral("--fault") << f;
        m_sim.start(kSim, args);
        if (!m_sim.waitForStarted(10000))
            return;
        QByteArray banner;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 30000 && m_sim.state() == QProcess::Running &&
               !banner.contains("serving vestel")) {
            m_sim.waitForReadyRead(200);
            banner += m_sim.readAllStandardOutput();
        }
        m_ready = banner.contains("serving wallbox");
        if (!m_ready)
            qWarning("%s %s", banner.constData(), m_sim.readAllStandardError().constData());
    }
    ~Garage()
    {
        if (m_sim.state() == QProcess::Running) {
            ::kill(pid_t(m_sim.processId()), SIGTERM);
            m_sim.waitForFinished(10000);
        }
    }
    bool ready() const { return m_ready; }
    QString sitePath(int importLimitKw) const
    {
        return m_dir.filePath(QStringLiteral("site-%1.json").arg(importLimitKw));
    }

    Run verify(const QStringList& arguments, int importLimitKw = 100)
    {
        const QString jsonPath = m_dir.filePath(QStringLiteral("verification.json"));
        QFile::remove(jsonPath);
        QProcess process;
        QElapsedTimer t;
        t.start();
        process.start(kParkwattd, QStringList{QStringLiteral("verify"), QStringLiteral("--site"),
                                              sitePath(importLimitKw), QStringLiteral("--json"), jsonPath} +
                                      arguments);
        Run run;
        if (!process.waitForFinished(240000)) {
            process.kill();
            process.waitForFinished();
        } else if (process.exitStatus() == QProcess::NormalExit) {
            run.exitCode = process.exitCode();
        }
        run.elapsedMs = t.elapsed();
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        QFile f(jsonPath);
        if (f.open(QIODevice::ReadOnly))
            run.json = QJsonDocument::fromJson(f.readAll()).object();
        qInfo("verify %s: exit %d in %lld ms", qPrintable(arguments.join(QLatin1Char(' '))), run.exitCode,
              static_cast<long long>(run.elapsedMs));
        return run;
    }

private:
    QString chargers() const
    {
        return QStringLiteral(R"({ "id": "B01", "max_charge_kw": 11, "min_charge_kw": 4.1 },
    { "id": "B02", "max_charge_kw": 11, "min_charge_kw": 4.1, "bidirectional": true, "max_discharge_kw": 11 },
    { "id": "B03", "max_charge_kw": 11, "min_charge_kw": 4.1 },
    { "id": "B04", "max_charge_kw": 11, "min_charge_kw": 4.1 },
    { "id": "B05", "max_charge_kw": 7.4, "min_charge_kw": 1.4, "bidirectional": true, "max_discharge_kw": 7.4 })");
    }
    QString sessions() const
    {
        QStringList list;
        for (const char* c : {"B01", "B02", "B03", "B04", "B05"})
            list << QStringLiteral(R"({ "id": "S-%1", "charger": "%1", "arrival": "2026-07-14T00:00:00+00:00",
      "departure": "2026-07-14T01:00:00+00:00", "capacity_kwh": 64, "arrival_soc_pct": 30,
      "target_soc_pct": 90, "max_charge_kw": 11 })")
                        .arg(QLatin1String(c));
        return list.join(QStringLiteral(", "));
    }
    // The site file with the first `devices` of the garage's chargers.
    QString site(int importLimitKw, int devices) const
    {
        const char* const kDevices[][3] = {{"alfen", "alfen-ng9xx", "B01"},
                                           {"v2g", "parkwatt-v2g", "B02"},
                                           {"vestel", "vestel-evc04", "B03"},
                                           {"abb", "abb-terra-ac", "B04"},
                                           {"wallbox", "wallbox-quasar", "B05"}};
        QStringList list;
        for (int i = 0; i < devices; ++i)
            list << QStringLiteral(
                        R"({ "id": "%1", "role": "charger", "profile": "%2", "host": "127.0.0.1", )"
                        R"("port": %3, "unit": 1, "charger": "%4" })")
                        .arg(QLatin1String(kDevices[i][0]), QLatin1String(kDevices[i][1]))
                        .arg(m_ports.value(i))
                        .arg(QLatin1String(kDevices[i][2]));
        return QStringLiteral(R"({ "format": "parkwatt-site/1",
  "site": { "name": "Verify garage", "grid": { "import_limit_kw": %1 }, "chargers": [ %2 ] },
  "devices": [ %3 ] })")
            .arg(importLimitKw)
            .arg(chargers(), list.join(QStringLiteral(",\n    ")));
    }

    QTemporaryDir m_dir;
    QList<int> m_ports;
    QProcess m_sim;
    bool m_ready = false;
};

QJsonObject chargerResult(const Run& run, const QString& device)
{
    for (const QJsonValue& c : run.json.value(QStringLiteral("chargers")).toArray())
        if (c.toObject().value(QStringLiteral("device")).toString() == device)
            return c.toObject();
    return {};
}

// The reason of the first failed check (and its name), empty when all passed.
QString failedReason(const QJsonObject& charger, QString* name = nullptr)
{
    for (const QJsonValue& c : charger.value(QStringLiteral("checks")).toArray()) {
        if (!c.toObject().value(QStringLiteral("passed")).toBool()) {
            if (name)
                *name = c.toObject().value(QStringLiteral("name")).toString();
            return c.toObject().value(QStringLiteral("reason")).toString();
        }
    }
    return {};
}

} // namespace

class TestVerify : public QObject {
    Q_OBJECT

private slots:
    void healthyChargersPass();
    void faultsFailWithTheirReason();
    void badInputExitsTwo();
};

void TestVerify::healthyChargersPass()
{
    Garage garage({});
    QVERIFY(garage.ready());
    const Run all = garage.verify({});
    QVERIFY2(all.exitCode == 0, all.out.constData() + all.err);
    QCOMPARE(all.json.value(QStringLiteral("format")).toString(), QStringLiteral("parkwatt-verification/1"));
    QVERIFY(all.json.value(QStringLiteral("passed")).toBool());
    for (const QString& device : {QStringLiteral("alfen"), QStringLiteral("v2g"), QStringLiteral("vestel"),
                                  QStringLiteral("abb"), QStringLiteral("wallbox")}) {
        const QJsonObject c = chargerResult(all, device);
        QVERIFY2(c.value(QStringLiteral("passed")).toBool(), qPrintable(device + failedReason(c)));
        QCOMPARE(c.value(QStringLiteral("steps")).toArray().size(), 5);
        if (device != QLatin1String("abb") && device != QLatin1String("wallbox")) // numeric serials
            QCOMPARE(c.value(QStringLiteral("serial")).toString(), QStringLiteral("SIM-") + device);
        QVERIFY(all.out.contains((device + QStringLiteral(" setpoints: PASS")).toUtf8()));
    }
    // Alfen 6 A and Vestel 6 A at 3 x 230 V; the V2G map's fail-safe power 0 W; ABB and Wallbox stop.
    const QJsonObject budget = all.json.value(QStringLiteral("fallback_budget")).toObject();
    QVERIFY(qAbs(budget.value(QStringLiteral("sum_kw")).toDouble() - 8.28) < 0.01);
    QVERIFY(budget.value(QStringLiteral("passed")).toBool());

    // Three of its chargers behind a 5 kW connection: the fallbacks do not fit.
    const Run tight = garage.verify({}, 5);
    QCOMPARE(tight.exitCode, 5);
    QVERIFY(!tight.json.value(QStringLiteral("fallback_budget"))
                 .toObject()
                 .value(QStringLiteral("passed"))
                 .toBool());
    QVERIFY2(tight.out.contains("FAIL fallback above the budget"), tight.out.constData());
    QVERIFY2(tight.out.contains("8.28 kW of fallbacks") && tight.out.contains("at most 5.00 kW"),
             tight.out.constData());

    // --fallback: silent for the (short) watchdog, the Vestel falls back to its 6 A.
    const Run fallback =
        garage.verify({QStringLiteral("--device"), QStringLiteral("vestel"), QStringLiteral("--fallback"),
                       QStringLiteral("--watchdog-s"), QStringLiteral("3")});
    QVERIFY2(fallback.exitCode == 0, fallback.out.constData() + fallback.err);
    QVERIFY2(fallback.out.contains("vestel fallback: PASS"), fallback.out.constData());
}

void TestVerify::faultsFailWithTheirReason()
{
    Garage garage({QStringLiteral("vestel:no-readback"), QStringLiteral("v2g:watchdog-off"),
                   QStringLiteral("alfen:stuck-power")});
    QVERIFY(garage.ready());
    const struct {
        const char* device;
        const char* check;
        const char* reason;
    } cases[] = {
        {"vestel", "fail-safe", "no read-back"},
        {"v2g", "watchdog", "watchdog off"},
        {"alfen", "setpoints", "power not following"},
    };
    for (const auto& c : cases) {
        const Run run = garage.verify({QStringLiteral("--device"), QLatin1String(c.device),
                                       QStringLiteral("--step-wait-ms"), QStringLiteral("4000")});
        QVERIFY2(run.exitCode == 5, run.out.constData() + run.err);
        QString name;
        const QString reason = failedReason(chargerResult(run, QLatin1String(c.device)), &name);
        QVERIFY2(reason == QLatin1String(c.reason),
                 qPrintable(reason + QLatin1Char(' ') + QString::fromUtf8(run.out)));
        QCOMPARE(name, QLatin1String(c.check));
        QVERIFY(run.out.contains(
            QStringLiteral("%1 %2: FAIL %3")
                .arg(QLatin1String(c.device), QLatin1String(c.check), QLatin1String(c.reason))
                .toUtf8()));
    }
}

void TestVerify::badInputExitsTwo()
{
    QProcess p;
    p.start(kParkwattd, {QStringLiteral("verify")});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 2);
    p.start(kParkwattd,
            {QStringLiteral("verify"), QStringLiteral("--site"), QStringLiteral("/nonexistent.json")});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 2);
}

QTEST_GUILESS_MAIN(TestVerify)
#include "tst_verify.moc"
