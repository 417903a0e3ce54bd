// Tests for parseSiteFile / loadSiteFile: the contract's example, defaults, warnings, and one bad
// input at a time, each asserting the JSON pointer and a key phrase of the problem.

#include "ConfigTestUtil.h"
#include "config/ScenarioReader.h" // kMaxConfigFileBytes
#include "config/SiteFileReader.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parkwatt;
using namespace parkwatt::testutil;

namespace {

const QString kLabel = u"site.json"_s;

QString exampleSitePath()
{
    return QStringLiteral(PARKWATT_CONFIG_TEST_DATA_DIR) + u"/example-site.json"_s;
}

QJsonObject exampleSite()
{
    QFile file(exampleSitePath());
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(exampleSitePath()));
    return QJsonDocument::fromJson(file.readAll()).object();
}

// The example plus a second charger, a battery, PV and a device of every role.
QJsonObject fullSite()
{
    QJsonObject root = exampleSite();
    root = withValue(root, u"/site/chargers/1"_s,
                     parseObject(R"({"id": "B02", "max_charge_kw": 22, "bidirectional": true,
                                                                  "max_discharge_kw": 11})"));
    root = withValue(root, u"/site/batteries/0"_s,
                     parseObject(R"({"id": "bess", "capacity_kwh": 100, "max_charge_kw": 50,
                                                                   "max_discharge_kw": 50, "min_soc_pct": 10})"));
    root = withValue(root, u"/site/pv/0"_s, parseObject(R"({"id": "roof", "peak_kw": 80})"));
    root = withValue(root, u"/devices/2"_s,
                     parseObject(R"({"id": "inv", "role": "pv_inverter", "profile": "sunspec-inverter",
                                                            "host": "192.0.2.30", "unit": 1})"));
    root = withValue(root, u"/devices/3"_s,
                     parseObject(R"({"id": "bms", "role": "battery", "profile": "sunspec-storage",
                                                            "host": "192.0.2.31", "port": 1502, "unit": 0})"));
    root = withValue(root, u"/devices/4"_s,
                     parseObject(R"({"id": "sub", "role": "load_meter", "profile": "sunspec-meter",
                                                            "host": "meter-2.local", "unit": 255})"));
    root = withValue(root, u"/devices/5"_s,
                     parseObject(R"({"id": "B02-evse", "role": "charger", "charger": "B02",
                                                            "profile": "abb-terra-ac", "host": "192.0.2.22", "unit": 1})"));
    return root;
}

} // namespace

class TestSiteFileReader : public QObject {
    Q_OBJECT

private slots:
    void exampleFromTheContractLoads();
    void everyRoleAndDefaults();
    void minimalSiteFile();
    void unknownKeysWarnWithoutError();
    void chargerKeyOnOtherRoleWarns();
    void badSiteFile_data();
    void badSiteFile();
    void scenarioGivenAsSiteFile();
    void hugeFileRefusedBeforeReading();
    void missingFile();
};

void TestSiteFileReader::exampleFromTheContractLoads()
{
    const auto result = loadSiteFile(exampleSitePath());
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(u'\n')));
    const SiteFile& f = *result.value;
    QCOMPARE(f.site.name, u"Example Tower"_s);
    QCOMPARE(f.site.grid.importLimitKw, 400.0);
    QCOMPARE(f.site.grid.exportLimitKw, 150.0);
    QVERIFY(f.site.batteries.empty());
    QCOMPARE(f.site.chargers.size(), size_t(1));
    QCOMPARE(f.site.chargers[0].minChargeKw, 4.1);
    QCOMPARE(f.devices.size(), size_t(2));
    const DeviceSpec& meter = f.devices[0];
    QCOMPARE(meter.id, u"meter"_s);
    QCOMPARE(meter.role, DeviceRole::GridMeter);
    QCOMPARE(meter.profile, u"sunspec-meter"_s);
    QCOMPARE(meter.host, u"192.0.2.10"_s);
    QCOMPARE(meter.port, 502);
    QCOMPARE(meter.unit, 200);
    QVERIFY(meter.chargerId.isEmpty());
    const DeviceSpec& evse = f.devices[1];
    QCOMPARE(evse.role, DeviceRole::Charger);
    QCOMPARE(evse.chargerId, u"B01"_s);
    QCOMPARE(evse.profile, u"alfen-ng9xx"_s);
    QCOMPARE(evse.unit, 1);
    QVERIFY(f.policy.peakShaving.enabled);
    QCOMPARE(f.policy.peakShaving.importLimitKw, 150.0);
    QVERIFY(f.policy.selfSufficiency.enabled); // default
    QVERIFY(!f.policy.backup.enabled);
    QVERIFY(!f.policy.v2b.enabled);
}

void TestSiteFileReader::everyRoleAndDefaults()
{
    const auto result = parseSiteFile(toBytes(fullSite()), kLabel);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(u'\n')));
    const SiteFile& f = *result.value;
    QCOMPARE(f.devices.size(), size_t(6));
    QCOMPARE(f.devices[2].role, DeviceRole::PvInverter);
    QCOMPARE(f.devices[2].port, 502); // default
    QCOMPARE(f.devices[3].role, DeviceRole::Battery);
    QCOMPARE(f.devices[3].port, 1502);
    QCOMPARE(f.devices[3].unit, 0);
    QCOMPARE(f.devices[4].role, DeviceRole::LoadMeter);
    QCOMPARE(f.devices[4].host, u"meter-2.local"_s);
    QCOMPARE(f.devices[4].unit, 255);
    QCOMPARE(f.devices[5].chargerId, u"B02"_s);
    QCOMPARE(f.site.chargers.size(), size_t(2));
    QVERIFY(f.site.chargers[1].bidirectional);
    QCOMPARE(f.site.batteries.size(), size_t(1));
    QCOMPARE(f.site.batteries[0].maxSocPct, 100.0);
    QCOMPARE(f.site.batteries[0].roundtripEfficiency, 1.0);
    QCOMPARE(f.site.pv.size(), size_t(1));
}

void TestSiteFileReader::minimalSiteFile()
{
    const auto result = parseSiteFile(R"({"format": "parkwatt-site/1",
        "site": {"grid": {"import_limit_kw": 40}, "chargers": []}})",
                                      kLabel);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QVERIFY(result.warnings.isEmpty());
    QVERIFY(result.value->devices.empty());
    QCOMPARE(result.value->site.grid.exportLimitKw, 0.0);
    QVERIFY(!result.value->policy.peakShaving.enabled);
    QVERIFY(result.value->policy.selfSufficiency.enabled);
}

void TestSiteFileReader::unknownKeysWarnWithoutError()
{
    QJsonObject root = withValue(exampleSite(), u"/devices/0/baud"_s, 9600);
    root = withValue(root, u"/site/grid/phases"_s, 3);
    root = withValue(root, u"/installer"_s, u"ACME"_s);
    const auto result = parseSiteFile(toBytes(root), kLabel);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    const QString all = result.warnings.join(u'\n');
    QCOMPARE(result.warnings.size(), 3);
    QVERIFY2(all.contains(u"site.json: /devices/0/baud: unknown key"_s), qPrintable(all));
    QVERIFY2(all.contains(u"site.json: /site/grid/phases: unknown key"_s), qPrintable(all));
    QVERIFY2(all.contains(u"site.json: /installer: unknown key"_s), qPrintable(all));
}

void TestSiteFileReader::chargerKeyOnOtherRoleWarns()
{
    const auto result =
        parseSiteFile(toBytes(withValue(exampleSite(), u"/devices/0/charger"_s, u"B01"_s)), kLabel);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QCOMPARE(result.warnings.size(), 1);
    QVERIFY2(result.warnings[0].startsWith(u"site.json: /devices/0/charger: ignored"_s),
             qPrintable(result.warnings[0]));
    QVERIFY(result.value->devices[0].chargerId.isEmpty());
}

void TestSiteFileReader::badSiteFile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("phrase");

    const QJsonObject v = fullSite();
    const auto set = [&v](const char* row, const QString& pointer, const QJsonValue& value,
                          const QString& errorPointer, const QString& phrase) {
        QTest::newRow(row) << toBytes(withValue(v, pointer, value)) << errorPointer << phrase;
    };
    const auto drop = [&v](const char* row, const QString& pointer, const QString& phrase) {
        QTest::newRow(row) << toBytes(without(v, pointer)) << pointer << phrase;
    };
    const auto raw = [](const char* row, const QByteArray& bytes, const QString& pointer,
                        const QString& phrase) { QTest::newRow(row) << bytes << pointer << phrase; };

    raw("empty file", QByteArray(), QString(), u"file is empty"_s);
    raw("not JSON", "site:\n  name: x\n", QString(), u"not valid JSON"_s);
    raw("not UTF-8", "{\"format\": \"parkwatt-site/1\", \"x\": \"\x80\"}", QString(),
        u"not valid UTF-8 at byte 36"_s);
    raw("top level string", "\"parkwatt-site/1\"", QString(), u"top level"_s);
    raw("Infinity literal", withRawToken(v, u"/devices/0/port"_s, "Infinity"), QString(),
        u"not valid JSON"_s);

    drop("missing format", u"/format"_s, u"missing required key"_s);
    set("unknown format version", u"/format"_s, u"parkwatt-site/2"_s, u"/format"_s,
        u"unsupported format 'parkwatt-site/2', this version reads parkwatt-site/1"_s);
    drop("missing site", u"/site"_s, u"missing required key"_s);
    drop("missing grid", u"/site/grid"_s, u"missing required key"_s);
    drop("missing chargers", u"/site/chargers"_s, u"missing required key"_s);
    set("charger max as text", u"/site/chargers/0/max_charge_kw"_s, u"11kW"_s,
        u"/site/chargers/0/max_charge_kw"_s, u"expected a number >= 0, got \"11kW\""_s);
    set("duplicate charger id", u"/site/chargers/1/id"_s, u"B01"_s, u"/site/chargers/1/id"_s,
        u"duplicate charger id 'B01'"_s);
    set("battery min soc above 100", u"/site/batteries/0/min_soc_pct"_s, 100.5,
        u"/site/batteries/0/min_soc_pct"_s, u"in [0, 100]"_s);

    set("devices not an array", u"/devices"_s, QJsonObject(), u"/devices"_s, u"expected an array"_s);
    set("device not an object", u"/devices/1"_s, u"B01-evse"_s, u"/devices/1"_s, u"expected an object"_s);
    drop("device without id", u"/devices/1/id"_s, u"missing required key"_s);
    set("device id empty", u"/devices/1/id"_s, u""_s, u"/devices/1/id"_s, u"non-empty string"_s);
    drop("device without role", u"/devices/0/role"_s,
         u"missing required key (expected one of grid_meter, pv_inverter, "
         u"battery, charger, load_meter)"_s);
    set("unknown role", u"/devices/0/role"_s, u"meter"_s, u"/devices/0/role"_s,
        u"expected one of grid_meter, pv_inverter, battery, charger, load_meter, got \"meter\""_s);
    set("role wrong case", u"/devices/0/role"_s, u"Grid_Meter"_s, u"/devices/0/role"_s,
        u"got \"Grid_Meter\""_s);
    set("role as number", u"/devices/0/role"_s, 1, u"/devices/0/role"_s, u"got 1"_s);
    drop("charger device without charger", u"/devices/1/charger"_s, u"missing required key"_s);
    set("charger device on unknown charger", u"/devices/1/charger"_s, u"B99"_s, u"/devices/1/charger"_s,
        u"no charger 'B99' in /site/chargers"_s);
    set("two devices drive one charger", u"/devices/5/charger"_s, u"B01"_s, u"/devices/5/charger"_s,
        u"charger 'B01' is already driven by device 'B01-evse'"_s);
    set("duplicate device id", u"/devices/2/id"_s, u"meter"_s, u"/devices/2/id"_s,
        u"duplicate device id 'meter' (first at /devices/0/id)"_s);
    drop("device without profile", u"/devices/0/profile"_s, u"missing required key"_s);
    drop("device without host", u"/devices/0/host"_s, u"missing required key"_s);
    set("host not a string", u"/devices/0/host"_s, 192, u"/devices/0/host"_s, u"got 192"_s);
    set("port zero", u"/devices/0/port"_s, 0, u"/devices/0/port"_s,
        u"expected a whole number in 1..65535, got 0"_s);
    set("port above 65535", u"/devices/0/port"_s, 70000, u"/devices/0/port"_s, u"got 70000"_s);
    set("port as text", u"/devices/0/port"_s, u"502"_s, u"/devices/0/port"_s, u"got \"502\""_s);
    set("port fractional", u"/devices/0/port"_s, 502.5, u"/devices/0/port"_s, u"got 502.5"_s);
    drop("device without unit", u"/devices/0/unit"_s,
         u"missing required key (expected a whole number in 0..255)"_s);
    set("unit 256", u"/devices/0/unit"_s, 256, u"/devices/0/unit"_s,
        u"expected a whole number in 0..255, got 256"_s);
    set("unit negative", u"/devices/0/unit"_s, -1, u"/devices/0/unit"_s, u"got -1"_s);

    set("policy not an object", u"/policy"_s, u"peak"_s, u"/policy"_s, u"expected an object"_s);
    set("peak shaving limit negative", u"/policy/peak_shaving/import_limit_kw"_s, -150,
        u"/policy/peak_shaving/import_limit_kw"_s, u">= 0"_s);
}

void TestSiteFileReader::badSiteFile()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, pointer);
    QFETCH(QString, phrase);

    const auto result = parseSiteFile(bytes, kLabel);
    QVERIFY2(!result.ok(), "a bad site file was accepted");
    QCOMPARE(result.error.file, kLabel);
    QVERIFY2(result.error.pointer == pointer, qPrintable(result.error.toString()));
    QVERIFY2(result.error.problem.contains(phrase), qPrintable(result.error.toString()));
}

void TestSiteFileReader::scenarioGivenAsSiteFile()
{
    const auto result = loadSiteFile(QStringLiteral(PARKWATT_SHARED_DIR) + u"/scenarios/tiny-spike.json"_s);
    QVERIFY(!result.ok());
    QCOMPARE(result.error.toString(),
             u"tiny-spike.json: /format: this is a parkwatt-scenario file, not a parkwatt-site "
             u"file (expected format \"parkwatt-site/1\")"_s);
}

void TestSiteFileReader::hugeFileRefusedBeforeReading()
{
    constexpr qint64 kSize = 200LL * 1024 * 1024;
    QTemporaryFile file(QDir::tempPath() + u"/parkwatt-huge-XXXXXX.json"_s);
    QVERIFY(file.open());
    QVERIFY(file.resize(kSize));
    file.close();

    const qint64 peakBeforeKib = peakResidentKib();
    const auto result = loadSiteFile(file.fileName());
    const qint64 peakAfterKib = peakResidentKib();
    QVERIFY(!result.ok());
    QVERIFY2(result.error.problem.contains(u"209715200 bytes (200.0 MiB)"_s),
             qPrintable(result.error.toString()));
    QVERIFY2(result.error.problem.contains(u"larger than the limit of %1 bytes"_s.arg(kMaxConfigFileBytes)),
             qPrintable(result.error.toString()));
    if (peakBeforeKib < 0)
        QSKIP("no /proc/self/status to measure peak memory");
    QVERIFY2(peakAfterKib - peakBeforeKib < 16LL * 1024,
             qPrintable(u"peak memory grew by %1 KiB"_s.arg(peakAfterKib - peakBeforeKib)));
}

void TestSiteFileReader::missingFile()
{
    const auto result = loadSiteFile(u"/nonexistent/parkwatt/site.json"_s);
    QVERIFY(!result.ok());
    QCOMPARE(result.error.file, u"site.json"_s);
    QVERIFY2(result.error.problem.contains(u"file not found: /nonexistent/parkwatt/site.json"_s),
             qPrintable(result.error.toString()));
}

QTEST_GUILESS_MAIN(TestSiteFileReader)
#include "tst_sitefilereader.moc"
