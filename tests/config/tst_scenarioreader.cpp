// Tests for parseScenario / loadScenarioFile: the shared example scenarios, defaults, warnings,
// and one bad input at a time, each asserting the JSON pointer and a key phrase of the problem.

#include "ConfigTestUtil.h"
#include "config/ScenarioReader.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace parkwatt;
using namespace parkwatt::testutil;

namespace {

const QString kLabel = u"scenario.json"_s;

// A small valid scenario using every key of the contract: 1 h at 1-min steps, 4 quarter hours.
const char* const kValidScenario = R"({
  "format": "parkwatt-scenario/1",
  "name": "unit",
  "start": "2026-07-14T08:00:00+02:00",
  "duration_h": 1,
  "step_s": 60,
  "site": {
    "name": "Test Tower",
    "grid": { "import_limit_kw": 400, "export_limit_kw": 150 },
    "pv": [ { "id": "roof", "peak_kw": 250 } ],
    "batteries": [ { "id": "bess", "capacity_kwh": 300, "max_charge_kw": 150, "max_discharge_kw": 120,
                     "initial_soc_pct": 50, "min_soc_pct": 5, "max_soc_pct": 100,
                     "roundtrip_efficiency": 0.9 } ],
    "chargers": [ { "id": "B01", "max_charge_kw": 11, "min_charge_kw": 4.1,
                    "bidirectional": true, "max_discharge_kw": 11, "efficiency": 0.95 },
                  { "id": "B02", "max_charge_kw": 22 } ]
  },
  "profiles": {
    "resolution_s": 900,
    "pv_kw": [0, 0, 0.4, 3.1],
    "load_kw": [80, 78, 77, 79],
    "critical_load_kw": [20, 20, 20, 20],
    "import_price_per_kwh": [0.21, 0.21, -0.05, 0.19],
    "export_price_per_kwh": 0.07
  },
  "tariff": { "demand_charge_per_kw": 9.5 },
  "sessions": [
    { "id": "S001", "charger": "B01",
      "arrival": "2026-07-14T08:05:00+02:00", "departure": "2026-07-14T08:40:00+02:00",
      "capacity_kwh": 64, "arrival_soc_pct": 35, "target_soc_pct": 80, "min_soc_pct": 30,
      "max_charge_kw": 11, "v2x": true },
    { "id": "S002", "charger": "B02",
      "arrival": "2026-07-14T08:10:00+02:00", "departure": "2026-07-14T08:50:00+02:00",
      "capacity_kwh": 50, "arrival_soc_pct": 20 }
  ],
  "outages": [ { "start": "2026-07-14T08:30:00+02:00", "end": "2026-07-14T08:45:00+02:00" } ],
  "policy": {
    "peak_shaving":     { "enabled": true, "import_limit_kw": 150 },
    "self_sufficiency": { "enabled": true, "battery_grid_charging": false },
    "backup":           { "enabled": true, "battery_reserve_pct": 30, "ev_reserve": true, "reserve_hours": 2 },
    "v2b":              { "enabled": true }
  }
})";

// Only what the contract requires.
const char* const kMinimalScenario = R"({
  "format": "parkwatt-scenario/1",
  "start": "2026-07-14T00:00:00Z",
  "duration_h": 0.25,
  "step_s": 900,
  "site": { "grid": { "import_limit_kw": 50 }, "chargers": [] },
  "profiles": { "resolution_s": 900, "pv_kw": 0, "load_kw": [10] }
})";

QJsonObject valid()
{
    return parseObject(kValidScenario);
}

TimeMs utcMs(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC).toMSecsSinceEpoch();
}

QString sharedScenario(const QString& name)
{
    return QStringLiteral(PARKWATT_SHARED_DIR) + u"/scenarios/"_s + name;
}

} // namespace

class TestScenarioReader : public QObject {
    Q_OBJECT

private slots:
    void validScenarioReadsEveryKey();
    void minimalScenarioGetsDefaults();
    void sharedScenariosParse_data();
    void sharedScenariosParse();
    void microsecondTimesRoundToMs();
    void unknownKeysWarnWithoutError();
    void warningPointersAreEscaped();
    void policyPartWithoutEnabledWarns();
    void sessionsMayTouchOnOneCharger();
    void firstErrorIsReported();
    void badScenario_data();
    void badScenario();
    void errorStringMatchesContract();
    void jsonErrorNamesLineAndColumn();
    void hugeFileRefusedBeforeReading();
    void missingFileAndDirectory();
    void loadFileNamesFileInErrors();
};

void TestScenarioReader::validScenarioReadsEveryKey()
{
    const auto result = parseScenario(toBytes(valid()), kLabel);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(u'\n')));
    const Scenario& s = *result.value;
    QCOMPARE(s.name, u"unit"_s);
    QCOMPARE(s.startMs, utcMs(2026, 7, 14, 6, 0, 0));
    QCOMPARE(s.utcOffsetS, 7200);
    QCOMPARE(s.durationH, 1.0);
    QCOMPARE(s.stepS, 60);
    QCOMPARE(s.stepCount(), 60);

    QCOMPARE(s.site.name, u"Test Tower"_s);
    QCOMPARE(s.site.grid.importLimitKw, 400.0);
    QCOMPARE(s.site.grid.exportLimitKw, 150.0);
    QCOMPARE(s.site.pv.size(), size_t(1));
    QCOMPARE(s.site.pv[0].id, u"roof"_s);
    QCOMPARE(s.site.pv[0].peakKw, 250.0);
    QCOMPARE(s.site.batteries.size(), size_t(1));
    const BatterySpec& b = s.site.batteries[0];
    QCOMPARE(b.id, u"bess"_s);
    QCOMPARE(b.capacityKwh, 300.0);
    QCOMPARE(b.maxChargeKw, 150.0);
    QCOMPARE(b.maxDischargeKw, 120.0);
    QCOMPARE(b.initialSocPct, 50.0);
    QCOMPARE(b.minSocPct, 5.0);
    QCOMPARE(b.maxSocPct, 100.0);
    QCOMPARE(b.roundtripEfficiency, 0.9);
    QCOMPARE(s.site.chargers.size(), size_t(2));
    const ChargerSpec& c = s.site.chargers[0];
    QCOMPARE(c.id, u"B01"_s);
    QCOMPARE(c.maxChargeKw, 11.0);
    QCOMPARE(c.minChargeKw, 4.1);
    QVERIFY(c.bidirectional);
    QCOMPARE(c.maxDischargeKw, 11.0);
    QCOMPARE(c.efficiency, 0.95);
    const ChargerSpec& c2 = s.site.chargers[1];
    QCOMPARE(c2.minChargeKw, 0.0);
    QVERIFY(!c2.bidirectional);
    QCOMPARE(c2.maxDischargeKw, 0.0);
    QCOMPARE(c2.efficiency, 1.0);

    QCOMPARE(s.profiles.resolutionS, 900);
    QVERIFY(!s.profiles.pvKw.constant);
    QCOMPARE(s.profiles.pvKw.values, (std::vector<double>{0, 0, 0.4, 3.1}));
    QCOMPARE(s.profiles.pvKw.resolutionS, 900);
    QCOMPARE(s.profiles.loadKw.at(1800), 77.0);
    QCOMPARE(s.profiles.criticalLoadKw.values.size(), size_t(4));
    QCOMPARE(s.profiles.importPricePerKwh.at(1800), -0.05); // prices may be negative
    QVERIFY(s.profiles.exportPricePerKwh.constant);
    QCOMPARE(s.profiles.exportPricePerKwh.at(3000), 0.07);
    QCOMPARE(s.tariff.demandChargePerKw, 9.5);

    QCOMPARE(s.sessions.size(), size_t(2));
    const EvSession& e = s.sessions[0];
    QCOMPARE(e.id, u"S001"_s);
    QCOMPARE(e.chargerId, u"B01"_s);
    QCOMPARE(e.chargerIndex, 0);
    QCOMPARE(e.arrivalMs, utcMs(2026, 7, 14, 6, 5, 0));
    QCOMPARE(e.departureMs, utcMs(2026, 7, 14, 6, 40, 0));
    QCOMPARE(e.capacityKwh, 64.0);
    QCOMPARE(e.arrivalSocPct, 35.0);
    QCOMPARE(e.targetSocPct, 80.0);
    QCOMPARE(e.minSocPct, 30.0);
    QCOMPARE(e.maxChargeKw, 11.0);
    QVERIFY(e.v2x);
    const EvSession& e2 = s.sessions[1];
    QCOMPARE(e2.chargerIndex, 1);
    QCOMPARE(e2.targetSocPct, 100.0);
    QCOMPARE(e2.minSocPct, 0.0);
    QVERIFY(std::isinf(e2.maxChargeKw));
    QVERIFY(!e2.v2x);

    QCOMPARE(s.outages.size(), size_t(1));
    QCOMPARE(s.outages[0].startMs, utcMs(2026, 7, 14, 6, 30, 0));
    QCOMPARE(s.outages[0].endMs, utcMs(2026, 7, 14, 6, 45, 0));

    QVERIFY(s.policy.peakShaving.enabled);
    QCOMPARE(s.policy.peakShaving.importLimitKw, 150.0);
    QVERIFY(s.policy.selfSufficiency.enabled);
    QVERIFY(!s.policy.selfSufficiency.batteryGridCharging);
    QVERIFY(s.policy.backup.enabled);
    QCOMPARE(s.policy.backup.batteryReservePct, 30.0);
    QVERIFY(s.policy.backup.evReserve);
    QCOMPARE(s.policy.backup.reserveHours, 2.0);
    QVERIFY(s.policy.v2b.enabled);
}

void TestScenarioReader::minimalScenarioGetsDefaults()
{
    const auto result = parseScenario(QByteArray(kMinimalScenario), u"depot-night.json"_s);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QVERIFY(result.warnings.isEmpty());
    const Scenario& s = *result.value;
    QCOMPARE(s.name, u"depot-night"_s); // from the file name when absent
    QCOMPARE(s.utcOffsetS, 0);
    QCOMPARE(s.stepCount(), 1);
    QCOMPARE(s.site.name, QString());
    QCOMPARE(s.site.grid.exportLimitKw, 0.0);
    QVERIFY(s.site.pv.empty());
    QVERIFY(s.site.batteries.empty());
    QVERIFY(s.site.chargers.empty());
    QVERIFY(s.profiles.pvKw.constant);
    QCOMPARE(s.profiles.pvKw.at(0), 0.0);
    QVERIFY(!s.profiles.loadKw.constant);
    QCOMPARE(s.profiles.criticalLoadKw.at(0), 0.0);
    QCOMPARE(s.profiles.importPricePerKwh.at(0), 0.0);
    QCOMPARE(s.profiles.exportPricePerKwh.at(0), 0.0);
    QCOMPARE(s.tariff.demandChargePerKw, 0.0);
    QVERIFY(s.sessions.empty());
    QVERIFY(s.outages.empty());
    QVERIFY(!s.policy.peakShaving.enabled);
    QVERIFY(s.policy.selfSufficiency.enabled);
    QVERIFY(!s.policy.selfSufficiency.batteryGridCharging);
    QVERIFY(!s.policy.backup.enabled);
    QVERIFY(!s.policy.v2b.enabled);

    // A battery with only its required keys.
    const QJsonObject withBattery =
        withValue(parseObject(kMinimalScenario), u"/site/batteries/0"_s,
                  parseObject(R"({"id": "b", "capacity_kwh": 10, "max_charge_kw": 5,
                                                              "max_discharge_kw": 5})"));
    const auto battery = parseScenario(toBytes(withBattery), kLabel);
    QVERIFY2(battery.ok(), qPrintable(battery.error.toString()));
    const BatterySpec& b = battery.value->site.batteries.at(0);
    QCOMPARE(b.minSocPct, 0.0);
    QCOMPARE(b.maxSocPct, 100.0);
    QCOMPARE(b.roundtripEfficiency, 1.0);
    QCOMPARE(b.initialSocPct, 50.0);
}

void TestScenarioReader::sharedScenariosParse_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("chargers");
    QTest::addColumn<int>("sessions");
    QTest::addColumn<int>("batteries");
    QTest::addColumn<int>("outages");
    QTest::addColumn<int>("stepS");
    QTest::addColumn<int>("loadValues");
    QTest::addColumn<int>("stepCount");

    QTest::newRow("tiny-spike") << u"tiny-spike.json"_s << 1 << 1 << 0 << 0 << 900 << 16 << 16;
    QTest::newRow("office-summer-24") << u"office-summer-24.json"_s << 24 << 32 << 1 << 0 << 60 << 96 << 1440;
    QTest::newRow("residential-winter-60-outage")
        << u"residential-winter-60-outage.json"_s << 60 << 75 << 1 << 1 << 60 << 96 << 1440;
    QTest::newRow("garage-spring-500")
        << u"garage-spring-500.json"_s << 500 << 658 << 1 << 0 << 60 << 96 << 1440;
}

void TestScenarioReader::sharedScenariosParse()
{
    QFETCH(QString, file);
    QFETCH(int, chargers);
    QFETCH(int, sessions);
    QFETCH(int, batteries);
    QFETCH(int, outages);
    QFETCH(int, stepS);
    QFETCH(int, loadValues);
    QFETCH(int, stepCount);

    const auto result = loadScenarioFile(sharedScenario(file));
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(u'\n')));
    const Scenario& s = *result.value;
    QCOMPARE(s.name, QFileInfo(file).completeBaseName());
    QCOMPARE(int(s.site.chargers.size()), chargers);
    QCOMPARE(int(s.sessions.size()), sessions);
    QCOMPARE(int(s.site.batteries.size()), batteries);
    QCOMPARE(int(s.outages.size()), outages);
    QCOMPARE(s.stepS, stepS);
    QCOMPARE(int(s.profiles.loadKw.values.size()), loadValues);
    QCOMPARE(s.stepCount(), stepCount);
    for (const EvSession& e : s.sessions) {
        QVERIFY(e.chargerIndex >= 0);
        QCOMPARE(s.site.chargers[size_t(e.chargerIndex)].id, e.chargerId);
        QVERIFY(e.arrivalMs < e.departureMs);
    }
}

void TestScenarioReader::microsecondTimesRoundToMs()
{
    const auto office = loadScenarioFile(sharedScenario(u"office-summer-24.json"_s));
    QVERIFY2(office.ok(), qPrintable(office.error.toString()));
    // "2026-07-26T07:52:55.785572+02:00" -> .785572 s rounds to 786 ms.
    QCOMPARE(office.value->sessions.at(0).arrivalMs, utcMs(2026, 7, 26, 5, 52, 55, 786));
    // "2026-07-26T15:59:29.522740+02:00" -> 523 ms.
    QCOMPARE(office.value->sessions.at(0).departureMs, utcMs(2026, 7, 26, 13, 59, 29, 523));
    QCOMPARE(office.value->utcOffsetS, 7200);

    const auto winter = loadScenarioFile(sharedScenario(u"residential-winter-60-outage.json"_s));
    QVERIFY2(winter.ok(), qPrintable(winter.error.toString()));
    QCOMPARE(winter.value->utcOffsetS, 3600);
    QCOMPARE(winter.value->outages.at(0).startMs, utcMs(2026, 1, 17, 13, 30, 0));
    QCOMPARE(winter.value->outages.at(0).endMs, utcMs(2026, 1, 17, 15, 0, 0));
}

void TestScenarioReader::unknownKeysWarnWithoutError()
{
    QJsonObject root = withValue(valid(), u"/comment"_s, u"made by hand"_s);
    root = withValue(root, u"/site/chargers/1/colour"_s, u"blue"_s);
    root = withValue(root, u"/policy/v2b/strength"_s, 3);
    root = withValue(root, u"/sessions/0/plate"_s, u"B-XY 123"_s);
    const auto result = parseScenario(toBytes(root), kLabel);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QCOMPARE(result.warnings.size(), 4);
    const QString all = result.warnings.join(u'\n');
    QVERIFY2(all.contains(u"scenario.json: /comment: unknown key"_s), qPrintable(all));
    QVERIFY2(all.contains(u"scenario.json: /site/chargers/1/colour: unknown key"_s), qPrintable(all));
    QVERIFY2(all.contains(u"scenario.json: /policy/v2b/strength: unknown key"_s), qPrintable(all));
    QVERIFY2(all.contains(u"scenario.json: /sessions/0/plate: unknown key"_s), qPrintable(all));
}

void TestScenarioReader::warningPointersAreEscaped()
{
    const auto result = parseScenario(toBytes(withValue(valid(), u"/site/a~1b~0c"_s, 1)), kLabel);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QCOMPARE(result.warnings, QStringList{u"scenario.json: /site/a~1b~0c: unknown key, ignored"_s});
}

void TestScenarioReader::policyPartWithoutEnabledWarns()
{
    const auto result = parseScenario(toBytes(without(valid(), u"/policy/backup/enabled"_s)), kLabel);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QVERIFY(!result.value->policy.backup.enabled);
    QCOMPARE(result.warnings.size(), 1);
    QVERIFY2(result.warnings[0].startsWith(u"scenario.json: /policy/backup: "_s),
             qPrintable(result.warnings[0]));
}

void TestScenarioReader::sessionsMayTouchOnOneCharger()
{
    // S002 arrives on B01 exactly when S001 leaves: no overlap.
    QJsonObject root = withValue(valid(), u"/sessions/1/charger"_s, u"B01"_s);
    root = withValue(root, u"/sessions/1/arrival"_s, u"2026-07-14T06:40:00Z"_s);
    const auto result = parseScenario(toBytes(root), kLabel);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QCOMPARE(result.value->sessions[1].chargerIndex, 0);
}

void TestScenarioReader::firstErrorIsReported()
{
    // Two errors: the one read first (step_s before profiles) is the one reported, every time.
    QJsonObject root = withValue(valid(), u"/step_s"_s, 7);
    root = withValue(root, u"/profiles/load_kw/0"_s, -1);
    root = withValue(root, u"/sessions/0/charger"_s, u"nowhere"_s);
    for (int i = 0; i < 3; ++i) {
        const auto result = parseScenario(toBytes(root), kLabel);
        QVERIFY(!result.ok());
        QCOMPARE(result.error.pointer, u"/step_s"_s);
    }
}

void TestScenarioReader::badScenario_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("phrase");

    const QJsonObject v = valid();
    const auto set = [&v](const char* row, const QString& pointer, const QJsonValue& value,
                          const QString& errorPointer, const QString& phrase) {
        QTest::newRow(row) << toBytes(withValue(v, pointer, value)) << errorPointer << phrase;
    };
    const auto drop = [&v](const char* row, const QString& pointer, const QString& phrase) {
        QTest::newRow(row) << toBytes(without(v, pointer)) << pointer << phrase;
    };
    const auto raw = [](const char* row, const QByteArray& bytes, const QString& pointer,
                        const QString& phrase) { QTest::newRow(row) << bytes << pointer << phrase; };

    // Bytes and syntax.
    raw("empty file", QByteArray(), QString(), u"file is empty"_s);
    raw("only whitespace", "  \n\t\n", QString(), u"file is empty"_s);
    raw("not JSON", "format: parkwatt-scenario/1\n", QString(), u"not valid JSON"_s);
    raw("truncated JSON", toBytes(v).left(200), QString(), u"not valid JSON"_s);
    raw("trailing comma", R"({"format": "parkwatt-scenario/1",})", QString(), u"not valid JSON"_s);
    raw("garbage after object", toBytes(v) + "}", QString(), u"garbage at the end"_s);
    {
        const QByteArray head = R"({"format": "parkwatt-scenario/1", "name": "caf)";
        raw("not UTF-8 (Latin-1 byte)", head + "\xE9\"}", QString(),
            u"not valid UTF-8 at byte %1"_s.arg(head.size()));
        raw("not UTF-8 (overlong slash)", head + "\xC0\xAF\"}", QString(),
            u"not valid UTF-8 at byte %1"_s.arg(head.size()));
        raw("not UTF-8 (surrogate)", head + "\xED\xA0\x80\"}", QString(),
            u"not valid UTF-8 at byte %1"_s.arg(head.size()));
        raw("not UTF-8 (truncated sequence)", head + "\xE2\x82\"}", QString(),
            u"not valid UTF-8 at byte %1"_s.arg(head.size()));
    }
    raw("UTF-16 file", QByteArray("\xFF\xFE{\0}\0", 6), QString(), u"UTF-16"_s);
    raw("top level array", "[1, 2]", QString(), u"expected a JSON object at the top level, got an array"_s);
    raw("top level number", "42", QString(), u"expected a JSON object at the top level"_s);
    raw("NaN literal", withRawToken(v, u"/duration_h"_s, "NaN"), QString(), u"not valid JSON"_s);
    raw("Infinity literal", withRawToken(v, u"/site/grid/import_limit_kw"_s, "Infinity"), QString(),
        u"not valid JSON"_s);
    raw("-Infinity literal", withRawToken(v, u"/profiles/load_kw/2"_s, "-Infinity"), QString(),
        u"NaN or Infinity"_s);
    raw("1e400 overflows", withRawToken(v, u"/site/chargers/0/max_charge_kw"_s, "1e400"), QString(),
        u"must fit a double"_s);
    raw("-1e400 in a profile", withRawToken(v, u"/profiles/pv_kw/1"_s, "-1e400"), QString(),
        u"not valid JSON"_s);

    // Format.
    drop("missing format", u"/format"_s, u"missing required key"_s);
    set("unknown format version", u"/format"_s, u"parkwatt-scenario/2"_s, u"/format"_s,
        u"unsupported format 'parkwatt-scenario/2', this version reads parkwatt-scenario/1"_s);
    set("site file given as scenario", u"/format"_s, u"parkwatt-site/1"_s, u"/format"_s,
        u"not a parkwatt-scenario file"_s);
    set("foreign format", u"/format"_s, u"geojson"_s, u"/format"_s, u"unsupported format 'geojson'"_s);
    set("format not a string", u"/format"_s, 1, u"/format"_s, u"expected \"parkwatt-scenario/1\", got 1"_s);

    // Top level.
    set("name not a string", u"/name"_s, 12, u"/name"_s, u"expected a string, got 12"_s);
    drop("missing start", u"/start"_s, u"missing required key"_s);
    set("start without offset", u"/start"_s, u"2026-07-14T08:00:00"_s, u"/start"_s, u"no UTC offset"_s);
    set("start not a date", u"/start"_s, u"yesterday"_s, u"/start"_s, u"expected an ISO 8601 time"_s);
    set("start on 30 February", u"/start"_s, u"2026-02-30T00:00:00Z"_s, u"/start"_s,
        u"day 30 does not exist"_s);
    set("start hour 24", u"/start"_s, u"2026-07-14T24:00:00Z"_s, u"/start"_s, u"hour 24"_s);
    set("start as a number", u"/start"_s, 1784000000, u"/start"_s, u"expected a time"_s);
    drop("missing duration_h", u"/duration_h"_s, u"missing required key"_s);
    set("duration_h zero", u"/duration_h"_s, 0, u"/duration_h"_s,
        u"expected a number in (0, 87840], got 0"_s);
    set("duration_h negative", u"/duration_h"_s, -24, u"/duration_h"_s, u"got -24"_s);
    set("duration_h as text", u"/duration_h"_s, u"24h"_s, u"/duration_h"_s, u"got \"24h\""_s);
    set("duration_h not whole quarter hours", u"/duration_h"_s, 1.1, u"/duration_h"_s, u"900 s intervals"_s);
    drop("missing step_s", u"/step_s"_s, u"missing required key"_s);
    set("step_s not dividing 900", u"/step_s"_s, 7, u"/step_s"_s, u"divides 900"_s);
    set("step_s above 900", u"/step_s"_s, 1800, u"/step_s"_s, u"got 1800"_s);
    set("step_s zero", u"/step_s"_s, 0, u"/step_s"_s, u"divides 900"_s);
    set("step_s fractional", u"/step_s"_s, 60.5, u"/step_s"_s, u"got 60.5"_s);
    set("step_s as text", u"/step_s"_s, u"60"_s, u"/step_s"_s, u"got \"60\""_s);

    // Site.
    drop("missing site", u"/site"_s, u"missing required key"_s);
    set("site is an array", u"/site"_s, QJsonArray(), u"/site"_s, u"expected an object, got an array"_s);
    drop("missing grid", u"/site/grid"_s, u"missing required key"_s);
    drop("missing import limit", u"/site/grid/import_limit_kw"_s, u"missing required key"_s);
    set("import limit as text", u"/site/grid/import_limit_kw"_s, u"400kW"_s, u"/site/grid/import_limit_kw"_s,
        u"expected a number >= 0, got \"400kW\""_s);
    set("negative export limit", u"/site/grid/export_limit_kw"_s, -1, u"/site/grid/export_limit_kw"_s,
        u">= 0, got -1"_s);
    set("pv peak negative", u"/site/pv/0/peak_kw"_s, -5, u"/site/pv/0/peak_kw"_s, u">= 0"_s);
    drop("missing chargers", u"/site/chargers"_s, u"missing required key (expected an array)"_s);
    set("chargers is an object", u"/site/chargers"_s, QJsonObject(), u"/site/chargers"_s,
        u"expected an array, got an object"_s);
    set("charger is a number", u"/site/chargers/0"_s, 5, u"/site/chargers/0"_s,
        u"expected an object, got 5"_s);
    drop("charger without id", u"/site/chargers/1/id"_s, u"missing required key"_s);
    set("charger id empty", u"/site/chargers/1/id"_s, u""_s, u"/site/chargers/1/id"_s, u"non-empty string"_s);
    set("charger id a number", u"/site/chargers/1/id"_s, 2, u"/site/chargers/1/id"_s, u"got 2"_s);
    drop("charger without max_charge_kw", u"/site/chargers/1/max_charge_kw"_s, u"missing required key"_s);
    set("charger max_charge_kw as text", u"/site/chargers/1/max_charge_kw"_s, u"11kW"_s,
        u"/site/chargers/1/max_charge_kw"_s, u"expected a number >= 0, got \"11kW\""_s);
    set("charger min above max", u"/site/chargers/0/min_charge_kw"_s, 12, u"/site/chargers/0/min_charge_kw"_s,
        u"min_charge_kw 12 is above max_charge_kw 11"_s);
    set("charger bidirectional as text", u"/site/chargers/0/bidirectional"_s, u"yes"_s,
        u"/site/chargers/0/bidirectional"_s, u"expected true or false, got \"yes\""_s);
    set("charger efficiency zero", u"/site/chargers/0/efficiency"_s, 0, u"/site/chargers/0/efficiency"_s,
        u"(0, 1]"_s);
    set("charger efficiency above 1", u"/site/chargers/0/efficiency"_s, 1.5, u"/site/chargers/0/efficiency"_s,
        u"got 1.5"_s);
    set("charger discharge negative", u"/site/chargers/0/max_discharge_kw"_s, -11,
        u"/site/chargers/0/max_discharge_kw"_s, u">= 0"_s);
    set("duplicate charger id", u"/site/chargers/1/id"_s, u"B01"_s, u"/site/chargers/1/id"_s,
        u"duplicate charger id 'B01' (first at /site/chargers/0/id)"_s);
    set("battery capacity zero", u"/site/batteries/0/capacity_kwh"_s, 0, u"/site/batteries/0/capacity_kwh"_s,
        u"expected a number > 0, got 0"_s);
    set("battery capacity negative", u"/site/batteries/0/capacity_kwh"_s, -300,
        u"/site/batteries/0/capacity_kwh"_s, u"> 0"_s);
    drop("battery without capacity", u"/site/batteries/0/capacity_kwh"_s, u"missing required key"_s);
    drop("battery without max_discharge_kw", u"/site/batteries/0/max_discharge_kw"_s,
         u"missing required key"_s);
    set("battery min soc above max soc", u"/site/batteries/0/max_soc_pct"_s, 4,
        u"/site/batteries/0/min_soc_pct"_s, u"min_soc_pct 5 is above max_soc_pct 4"_s);
    set("battery initial soc above 100", u"/site/batteries/0/initial_soc_pct"_s, 101,
        u"/site/batteries/0/initial_soc_pct"_s, u"in [0, 100]"_s);
    set("battery max soc above 100", u"/site/batteries/0/max_soc_pct"_s, 120,
        u"/site/batteries/0/max_soc_pct"_s, u"in [0, 100]"_s);
    set("battery efficiency zero", u"/site/batteries/0/roundtrip_efficiency"_s, 0,
        u"/site/batteries/0/roundtrip_efficiency"_s, u"in (0, 1]"_s);
    set("duplicate battery id", u"/site/batteries/1"_s, parseObject(R"({"id": "bess", "capacity_kwh": 10,
        "max_charge_kw": 5, "max_discharge_kw": 5})"),
        u"/site/batteries/1/id"_s, u"duplicate battery id 'bess'"_s);

    // Profiles.
    drop("missing profiles", u"/profiles"_s, u"missing required key"_s);
    drop("missing resolution_s", u"/profiles/resolution_s"_s, u"missing required key"_s);
    set("resolution_s not a multiple of step_s", u"/profiles/resolution_s"_s, 90, u"/profiles/resolution_s"_s,
        u"whole multiple of step_s (60), got 90"_s);
    set("resolution_s zero", u"/profiles/resolution_s"_s, 0, u"/profiles/resolution_s"_s, u"got 0"_s);
    drop("missing pv_kw", u"/profiles/pv_kw"_s, u"missing required key"_s);
    drop("missing load_kw", u"/profiles/load_kw"_s, u"missing required key"_s);
    set("load profile too short", u"/profiles/load_kw"_s, QJsonArray{80, 78, 77}, u"/profiles/load_kw"_s,
        u"expected at least 4 values"_s);
    set("empty pv profile", u"/profiles/pv_kw"_s, QJsonArray(), u"/profiles/pv_kw"_s, u"too short"_s);
    set("price profile too short", u"/profiles/import_price_per_kwh"_s, QJsonArray{0.2},
        u"/profiles/import_price_per_kwh"_s, u"too short"_s);
    set("negative load value", u"/profiles/load_kw/2"_s, -77, u"/profiles/load_kw/2"_s,
        u"expected a number >= 0, got -77"_s);
    set("load value as text", u"/profiles/load_kw/1"_s, u"78"_s, u"/profiles/load_kw/1"_s, u"got \"78\""_s);
    set("pv profile as text", u"/profiles/pv_kw"_s, u"sunny"_s, u"/profiles/pv_kw"_s,
        u"or an array of them"_s);
    set("negative constant critical load", u"/profiles/critical_load_kw"_s, -20,
        u"/profiles/critical_load_kw"_s, u">= 0"_s);
    set("null in price profile", u"/profiles/import_price_per_kwh/3"_s, QJsonValue(),
        u"/profiles/import_price_per_kwh/3"_s, u"got null"_s);
    set("tariff demand charge negative", u"/tariff/demand_charge_per_kw"_s, -9.5,
        u"/tariff/demand_charge_per_kw"_s, u">= 0"_s);
    set("tariff not an object", u"/tariff"_s, 9.5, u"/tariff"_s, u"expected an object"_s);

    // Sessions.
    set("sessions not an array", u"/sessions"_s, QJsonObject(), u"/sessions"_s, u"expected an array"_s);
    set("session is a string", u"/sessions/1"_s, u"S002"_s, u"/sessions/1"_s, u"expected an object"_s);
    drop("session without id", u"/sessions/1/id"_s, u"missing required key"_s);
    drop("session without charger", u"/sessions/0/charger"_s, u"missing required key"_s);
    set("session on unknown charger", u"/sessions/1/charger"_s, u"B99"_s, u"/sessions/1/charger"_s,
        u"no charger 'B99' in /site/chargers"_s);
    set("arrival after departure", u"/sessions/0/arrival"_s, u"2026-07-14T08:45:00+02:00"_s,
        u"/sessions/0/departure"_s, u"is not after arrival"_s);
    set("arrival equal to departure", u"/sessions/0/arrival"_s, u"2026-07-14T06:40:00Z"_s,
        u"/sessions/0/departure"_s,
        u"departure 2026-07-14T08:40:00+02:00 is not after arrival 2026-07-14T08:40:00+02:00"_s);
    set("two sessions overlap on one charger", u"/sessions/1/charger"_s, u"B01"_s, u"/sessions/1"_s,
        u"overlaps session 'S001' on charger 'B01'"_s);
    set("session inside another", u"/sessions/2"_s, parseObject(R"({"id": "S003", "charger": "B02",
        "arrival": "2026-07-14T08:20:00+02:00", "departure": "2026-07-14T08:30:00+02:00",
        "capacity_kwh": 40, "arrival_soc_pct": 50})"),
        u"/sessions/2"_s, u"overlaps session 'S002'"_s);
    set("duplicate session id", u"/sessions/1/id"_s, u"S001"_s, u"/sessions/1/id"_s,
        u"duplicate session id 'S001'"_s);
    set("session capacity zero", u"/sessions/0/capacity_kwh"_s, 0, u"/sessions/0/capacity_kwh"_s, u"> 0"_s);
    drop("session without arrival soc", u"/sessions/1/arrival_soc_pct"_s, u"missing required key"_s);
    set("session arrival soc above 100", u"/sessions/0/arrival_soc_pct"_s, 120,
        u"/sessions/0/arrival_soc_pct"_s, u"in [0, 100], got 120"_s);
    set("session target soc negative", u"/sessions/0/target_soc_pct"_s, -1, u"/sessions/0/target_soc_pct"_s,
        u"in [0, 100]"_s);
    set("session min soc above 100", u"/sessions/0/min_soc_pct"_s, 100.5, u"/sessions/0/min_soc_pct"_s,
        u"in [0, 100]"_s);
    set("session max charge negative", u"/sessions/0/max_charge_kw"_s, -11, u"/sessions/0/max_charge_kw"_s,
        u">= 0"_s);
    set("session v2x as text", u"/sessions/0/v2x"_s, u"true"_s, u"/sessions/0/v2x"_s,
        u"expected true or false"_s);
    set("session arrival without offset", u"/sessions/1/arrival"_s, u"2026-07-14T08:10:00"_s,
        u"/sessions/1/arrival"_s, u"no UTC offset"_s);
    set("session departure bad offset", u"/sessions/1/departure"_s, u"2026-07-14T08:50:00+25:00"_s,
        u"/sessions/1/departure"_s, u"offset +25:00 is out of range"_s);

    // Outages.
    set("outage end before start", u"/outages/0/end"_s, u"2026-07-14T08:15:00+02:00"_s, u"/outages/0/end"_s,
        u"is not after start"_s);
    drop("outage without end", u"/outages/0/end"_s, u"missing required key"_s);
    set("outages not an array", u"/outages"_s, true, u"/outages"_s, u"expected an array, got true"_s);

    // Policy.
    drop("peak shaving enabled without limit", u"/policy/peak_shaving/import_limit_kw"_s,
         u"missing required key"_s);
    set("backup reserve above 100", u"/policy/backup/battery_reserve_pct"_s, 150,
        u"/policy/backup/battery_reserve_pct"_s, u"in [0, 100]"_s);
    set("reserve hours negative", u"/policy/backup/reserve_hours"_s, -2, u"/policy/backup/reserve_hours"_s,
        u">= 0"_s);
    set("v2b not an object", u"/policy/v2b"_s, true, u"/policy/v2b"_s, u"expected an object, got true"_s);
    set("enabled as text", u"/policy/self_sufficiency/enabled"_s, u"yes"_s,
        u"/policy/self_sufficiency/enabled"_s, u"expected true or false"_s);
    set("policy is an array", u"/policy"_s, QJsonArray(), u"/policy"_s, u"expected an object"_s);
}

void TestScenarioReader::badScenario()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, pointer);
    QFETCH(QString, phrase);

    const auto result = parseScenario(bytes, kLabel);
    QVERIFY2(!result.ok(), "a bad scenario was accepted");
    QCOMPARE(result.error.file, kLabel);
    QVERIFY2(result.error.pointer == pointer, qPrintable(result.error.toString()));
    QVERIFY2(result.error.problem.contains(phrase), qPrintable(result.error.toString()));
    QVERIFY(result.error.toString().startsWith(kLabel + u": "_s));
}

void TestScenarioReader::errorStringMatchesContract()
{
    const QJsonObject root = withValue(valid(), u"/site/chargers/1/max_charge_kw"_s, u"11kW"_s);
    const auto result = parseScenario(toBytes(root), u"office.json"_s);
    QVERIFY(!result.ok());
    QCOMPARE(result.error.toString(),
             u"office.json: /site/chargers/1/max_charge_kw: expected a number >= 0, got \"11kW\""_s);
}

void TestScenarioReader::jsonErrorNamesLineAndColumn()
{
    const auto result =
        parseScenario("{\n  \"format\": \"parkwatt-scenario/1\",\n  \"step_s\": tru\n}\n", kLabel);
    QVERIFY(!result.ok());
    QCOMPARE(result.error.pointer, QString());
    QVERIFY2(result.error.problem.startsWith(u"not valid JSON: "_s), qPrintable(result.error.toString()));
    QVERIFY2(result.error.problem.contains(u"at line 3 column "_s), qPrintable(result.error.toString()));
}

void TestScenarioReader::hugeFileRefusedBeforeReading()
{
    constexpr qint64 kSize = 200LL * 1024 * 1024;
    QTemporaryFile file(QDir::tempPath() + u"/parkwatt-huge-XXXXXX.json"_s);
    QVERIFY(file.open());
    QVERIFY(file.write(R"({"format": "parkwatt-scenario/1", "pad": ")") > 0);
    QVERIFY(file.resize(kSize)); // sparse on most file systems: the rest reads as NUL bytes
    file.close();
    QCOMPARE(QFileInfo(file.fileName()).size(), kSize);

    const qint64 peakBeforeKib = peakResidentKib();
    const auto result = loadScenarioFile(file.fileName());
    const qint64 peakAfterKib = peakResidentKib();

    QVERIFY(!result.ok());
    QCOMPARE(result.error.file, QFileInfo(file.fileName()).fileName());
    QCOMPARE(result.error.pointer, QString());
    QVERIFY2(result.error.problem.contains(u"209715200 bytes"_s), qPrintable(result.error.toString()));
    QVERIFY2(result.error.problem.contains(u"limit of 67108864 bytes"_s),
             qPrintable(result.error.toString()));
    if (peakBeforeKib < 0)
        QSKIP("no /proc/self/status to measure peak memory");
    // Reading the file would have raised the peak by 200 MB; refusing it costs nothing.
    QVERIFY2(peakAfterKib - peakBeforeKib < 16LL * 1024,
             qPrintable(u"peak memory grew by %1 KiB"_s.arg(peakAfterKib - peakBeforeKib)));
}

void TestScenarioReader::missingFileAndDirectory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto missing = loadScenarioFile(dir.filePath(u"nope.json"_s));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error.file, u"nope.json"_s);
    QVERIFY2(missing.error.problem.contains(u"file not found"_s), qPrintable(missing.error.toString()));

    const auto directory = loadScenarioFile(dir.path());
    QVERIFY(!directory.ok());
    QVERIFY2(directory.error.problem.contains(u"directory"_s), qPrintable(directory.error.toString()));

    const auto noName = loadScenarioFile(QString());
    QVERIFY(!noName.ok());

    QFile unreadable(dir.filePath(u"locked.json"_s));
    QVERIFY(unreadable.open(QIODevice::WriteOnly));
    unreadable.write(kMinimalScenario);
    unreadable.close();
    QVERIFY(unreadable.setPermissions(QFileDevice::WriteOwner));
    if (QFile(unreadable.fileName()).open(QIODevice::ReadOnly))
        QSKIP("running with privileges that read any file");
    const auto locked = loadScenarioFile(unreadable.fileName());
    QVERIFY(!locked.ok());
    QVERIFY2(locked.error.problem.contains(u"cannot open"_s), qPrintable(locked.error.toString()));
}

void TestScenarioReader::loadFileNamesFileInErrors()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(u"office.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(toBytes(withValue(valid(), u"/site/chargers/1/max_charge_kw"_s, u"11kW"_s)));
    file.close();
    const auto result = loadScenarioFile(file.fileName());
    QVERIFY(!result.ok());
    QCOMPARE(result.error.toString(),
             u"office.json: /site/chargers/1/max_charge_kw: expected a number >= 0, got \"11kW\""_s);

    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.close();
    const auto empty = loadScenarioFile(file.fileName());
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error.toString(), u"office.json: file is empty"_s);
}

QTEST_GUILESS_MAIN(TestScenarioReader)
#include "tst_scenarioreader.moc"
