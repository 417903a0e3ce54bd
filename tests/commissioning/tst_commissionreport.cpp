// `parkwattd commission-report` as a process: from a site file and a verification
// ("parkwatt-verification/1") it writes a PDF whose text (pdftotext, poppler-utils) holds the site,
// every device, the settings written, each check's result, the fallback budget, the installer and
// the signature lines, and the same as JSON. Without --verification it verifies the chargers anew
// (against parkwatt-sim playing a scenario with a car plugged in). Bad input exits 2.

#include "engine/live/LoopbackPorts.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

namespace {

const QString kParkwattd = QStringLiteral(PARKWATT_BIN_DIR "/parkwattd");
const QString kSim = QStringLiteral(PARKWATT_BIN_DIR "/parkwatt-sim");

bool writeFile(const QString& path, const QByteArray& text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

const char* const kSite = R"({ "format": "parkwatt-site/1",
  "site": { "name": "Harbour Garage", "grid": { "import_limit_kw": 7 },
            "pv": [ { "id": "roof", "peak_kw": 42 } ],
            "chargers": [ { "id": "B01", "max_charge_kw": 11, "min_charge_kw": 4.1 },
                          { "id": "B02", "max_charge_kw": 11, "min_charge_kw": 4.1 } ] },
  "devices": [
    { "id": "grid", "role": "grid_meter", "profile": "eastron-sdm630", "host": "127.0.0.1", "port": 1502, "unit": 1 },
    { "id": "B01-evse", "role": "charger", "profile": "alfen-ng9xx", "host": "127.0.0.1", "port": 1503, "unit": 1, "charger": "B01" },
    { "id": "B02-evse", "role": "charger", "profile": "vestel-evc04", "host": "127.0.0.1", "port": 1504, "unit": 1, "charger": "B02" } ] })";

// clang-format off
const char* const kVerification = R"JSON({ "format": "parkwatt-verification/1", "site": "Harbour Garage",
  "started_at": "2026-12-07T10:00:00Z", "elapsed_ms": 31000, "passed": false,
  "chargers": [
    { "device": "B01-evse", "profile": "alfen-ng9xx", "host": "127.0.0.1", "port": 1503, "unit": 1,
      "model": "Eve (NG9xx platf", "firmware": "6.4.0-4132", "serial": "ACE0012345", "state": "C",
      "failsafe_current_a": 6, "failsafe_power_kw": null, "watchdog_timeout_s": 60, "fallback_kw": 4.14,
      "left_at": "max_current = 0 (as found)", "steps": [],
      "checks": [ { "name": "fail-safe", "passed": true, "reason": "", "detail": "safe_current 6" },
                  { "name": "setpoints", "passed": true, "reason": "", "detail": "5 steps followed" } ] },
    { "device": "B02-evse", "profile": "vestel-evc04", "host": "127.0.0.1", "port": 1504, "unit": 1,
      "model": "EVC04", "firmware": "v3.156.0", "serial": "VS-778", "state": "C",
      "failsafe_current_a": 6, "failsafe_power_kw": null, "watchdog_timeout_s": 20, "fallback_kw": 4.14,
      "left_at": "charging_current = 0 (as found)", "steps": [],
      "checks": [ { "name": "fail-safe", "passed": false, "reason": "no read-back",
                    "detail": "failsafe_current: wrote 6, read 32" } ] } ],
  "fallback_budget": { "chargers": [ { "device": "B01-evse", "fallback_kw": 4.14 },
                                     { "device": "B02-evse", "fallback_kw": 4.14 } ],
                       "import_limit_kw": 7 } })JSON";
// clang-format on

} // namespace

class TestCommissionReport : public QObject {
    Q_OBJECT

private slots:
    void pdfAndJsonHoldTheDevicesAndResults();
    void verifiesAnewWithoutAVerification();
    void badInputExitsTwo();
};

void TestCommissionReport::pdfAndJsonHoldTheDevicesAndResults()
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed: run scripts/setup-debian.sh");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString site = dir.filePath(QStringLiteral("site.json"));
    const QString verification = dir.filePath(QStringLiteral("verification.json"));
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const QString json = dir.filePath(QStringLiteral("report.json"));
    QVERIFY(writeFile(site, kSite));
    QVERIFY(writeFile(verification, kVerification));

    QProcess p;
    p.setProcessEnvironment(QProcessEnvironment::systemEnvironment()); // QT_QPA_PLATFORM as ctest sets it
    p.start(kParkwattd,
            {QStringLiteral("commission-report"), QStringLiteral("--site"), site, QStringLiteral("--out"),
             pdf, QStringLiteral("--verification"), verification, QStringLiteral("--installer"),
             QStringLiteral("Jo Installer"), QStringLiteral("--json"), json});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());

    QProcess text;
    text.start(pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    QCOMPARE(text.exitCode(), 0);
    // Whitespace collapsed: a table cell or a long line wraps where the layout says.
    const QString t = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    for (const char* expected :
         {"Commissioning report: Harbour Garage", "grid", "eastron-sdm630", "B01-evse", "alfen-ng9xx",
          "6.4.0-4132", "B02-evse", "vestel-evc04", "127.0.0.1:1504 unit 1", "no read-back",
          "wrote 6, read 32", "8.28 kW of fallbacks", "at most 7.00 kW", "Jo Installer", "signature",
          "42 kWp"}) {
        QVERIFY2(t.contains(QLatin1String(expected)),
                 qPrintable(QStringLiteral("'%1' missing from:\n%2").arg(QLatin1String(expected), t)));
    }

    QFile jf(json);
    QVERIFY(jf.open(QIODevice::ReadOnly));
    const QJsonObject j = QJsonDocument::fromJson(jf.readAll()).object();
    QCOMPARE(j.value(QStringLiteral("format")).toString(), QStringLiteral("parkwatt-commissioning/1"));
    QCOMPARE(j.value(QStringLiteral("installer")).toString(), QStringLiteral("Jo Installer"));
    QCOMPARE(j.value(QStringLiteral("devices")).toArray().size(), 3);
    QCOMPARE(j.value(QStringLiteral("devices"))
                 .toArray()
                 .at(1)
                 .toObject()
                 .value(QStringLiteral("firmware"))
                 .toString(),
             QStringLiteral("6.4.0-4132"));
    QVERIFY(!j.value(QStringLiteral("passed")).toBool());
    const QJsonObject budget = j.value(QStringLiteral("fallback_budget")).toObject();
    QCOMPARE(budget.value(QStringLiteral("reason")).toString(), QStringLiteral("fallback above the budget"));
    QVERIFY(qAbs(budget.value(QStringLiteral("sum_kw")).toDouble() - 8.28) < 1e-9);
    const QJsonArray chargers =
        j.value(QStringLiteral("verification")).toObject().value(QStringLiteral("chargers")).toArray();
    QCOMPARE(chargers.size(), 2);
    QCOMPARE(chargers.at(1)
                 .toObject()
                 .value(QStringLiteral("checks"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("reason"))
                 .toString(),
             QStringLiteral("no read-back"));
}

void TestCommissionReport::verifiesAnewWithoutAVerification()
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed: run scripts/setup-debian.sh");
    const QList<int> ports = parkwatt::chooseLoopbackPorts(1);
    QCOMPARE(ports.size(), qsizetype(1));
    QTemporaryDir dir;
    const QString site = dir.filePath(QStringLiteral("site.json"));
    const QString scenario = dir.filePath(QStringLiteral("scenario.json"));
    const QString charger = QStringLiteral(R"({ "id": "B01", "max_charge_kw": 11, "min_charge_kw": 4.1 })");
    QVERIFY(writeFile(site, QStringLiteral(R"({ "format": "parkwatt-site/1",
  "site": { "name": "One Bay", "grid": { "import_limit_kw": 50 }, "chargers": [ %1 ] },
  "devices": [ { "id": "B01-evse", "role": "charger", "profile": "vestel-evc04", "host": "127.0.0.1",
                 "port": %2, "unit": 1, "charger": "B01" } ] })")
                                .arg(charger)
                                .arg(ports.at(0))
                                .toUtf8()));
    QVERIFY(writeFile(scenario, QStringLiteral(R"({ "format": "parkwatt-scenario/1",
  "start": "2026-07-14T00:00:00+00:00", "duration_h": 1, "step_s": 60,
  "site": { "grid": { "import_limit_kw": 50 }, "chargers": [ %1 ] },
  "profiles": { "resolution_s": 900, "pv_kw": [0, 0, 0, 0], "load_kw": [0, 0, 0, 0] },
  "sessions": [ { "id": "S1", "charger": "B01", "arrival": "2026-07-14T00:00:00+00:00",
                  "departure": "2026-07-14T01:00:00+00:00", "capacity_kwh": 64, "arrival_soc_pct": 30,
                  "target_soc_pct": 90, "max_charge_kw": 11 } ] })")
                                    .arg(charger)
                                    .toUtf8()));
    QProcess sim;
    sim.start(kSim, {QStringLiteral("--site"), site, QStringLiteral("--scenario"), scenario});
    QVERIFY(sim.waitForStarted(10000));
    QByteArray banner;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 30000 && sim.state() == QProcess::Running && !banner.contains("serving B01-evse")) {
        sim.waitForReadyRead(200);
        banner += sim.readAllStandardOutput();
    }
    QVERIFY2(banner.contains("serving B01-evse"), banner.constData());

    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const QString json = dir.filePath(QStringLiteral("report.json"));
    QProcess p;
    t.restart();
    p.start(kParkwattd, {QStringLiteral("commission-report"), QStringLiteral("--site"), site,
                         QStringLiteral("--out"), pdf, QStringLiteral("--json"), json});
    const bool finished = p.waitForFinished(120000);
    qInfo("commission-report verifying one charger anew: %lld ms", static_cast<long long>(t.elapsed()));
    ::kill(pid_t(sim.processId()), SIGTERM);
    QVERIFY(sim.waitForFinished(10000));
    QVERIFY(finished);
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());

    QProcess text;
    text.start(pdftotext, {pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    const QString out = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    for (const char* expected :
         {"One Bay", "B01-evse", "vestel-evc04", "setpoints", "PASS", "4.14 kW of fallbacks"}) {
        QVERIFY2(out.contains(QLatin1String(expected)),
                 qPrintable(QStringLiteral("'%1' missing from:\n%2").arg(QLatin1String(expected), out)));
    }
    QFile jf(json);
    QVERIFY(jf.open(QIODevice::ReadOnly));
    const QJsonObject j = QJsonDocument::fromJson(jf.readAll()).object();
    QVERIFY2(j.value(QStringLiteral("passed")).toBool(), qPrintable(out));
    const QJsonObject device = j.value(QStringLiteral("devices")).toArray().at(0).toObject();
    QCOMPARE(device.value(QStringLiteral("serial")).toString(), QStringLiteral("SIM-B01-evse"));
    QCOMPARE(device.value(QStringLiteral("failsafe_current_a")).toDouble(), 6.0);
    QCOMPARE(device.value(QStringLiteral("watchdog_timeout_s")).toDouble(), 20.0);
}

void TestCommissionReport::badInputExitsTwo()
{
    QTemporaryDir dir;
    QProcess p;
    p.start(kParkwattd, {QStringLiteral("commission-report"), QStringLiteral("--site"),
                         QStringLiteral("/nonexistent.json"), QStringLiteral("--out"),
                         dir.filePath(QStringLiteral("x.pdf"))});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 2);
    const QString site = dir.filePath(QStringLiteral("site.json"));
    const QString bogus = dir.filePath(QStringLiteral("bogus.json"));
    QVERIFY(writeFile(site, kSite));
    QVERIFY(writeFile(bogus, R"({ "format": "parkwatt-discovery/1" })"));
    p.start(kParkwattd,
            {QStringLiteral("commission-report"), QStringLiteral("--site"), site, QStringLiteral("--out"),
             dir.filePath(QStringLiteral("x.pdf")), QStringLiteral("--verification"), bogus});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(p.readAllStandardError().contains("not a verification"));
}

QTEST_GUILESS_MAIN(TestCommissionReport)
#include "tst_commissionreport.moc"
