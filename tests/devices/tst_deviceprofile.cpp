// DeviceProfileReader: every built-in profile loads cleanly with the documented facts, and bad
// profile files fail with the file, the JSON pointer and the problem.

#include "config/ConfigTestUtil.h"
#include "config/JsonReader.h"
#include "devices/profiles/DeviceProfileReader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <cmath>
#include <functional>
#include <limits>

using namespace parkwatt;
using namespace parkwatt::testutil;
using namespace Qt::StringLiterals;

// Enums without a QTest::toString: compared as their underlying numbers.
#define QCOMPARE_ENUM(actual, expected) QCOMPARE(static_cast<int>(actual), static_cast<int>(expected))

namespace {

const char* kValidProfile = R"({
  "format": "parkwatt-profile/1",
  "id": "test-charger",
  "manufacturer": "Acme",
  "model": "X1",
  "role": "charger",
  "bidirectional": false,
  "transport": {"unit": 1},
  "registers": [
    {"name": "state", "meaning": "iec61851_state", "function": "input", "address": 100, "type": "u16",
     "states": {"A": [0], "B": [1], "C": [2]}},
    {"name": "power", "meaning": "power", "function": "input", "address": 102, "type": "i32", "unit": "W"},
    {"name": "energy", "meaning": "energy_import", "function": "input", "address": 104, "type": "f64", "unit": "Wh"},
    {"name": "serial", "meaning": "serial", "function": "input", "address": 110, "type": "string", "words": 4},
    {"name": "current", "meaning": "current_setpoint", "function": "holding", "address": 200, "type": "u16",
     "unit": "A", "access": "rw"},
    {"name": "timeout", "meaning": "failsafe_timeout", "function": "holding", "address": 201, "type": "u16",
     "unit": "s", "access": "rw"},
    {"name": "enable", "meaning": "start_stop", "function": "coil", "address": 0, "access": "rw"}
  ],
  "setpoint": {"register": "current", "unit": "A", "min": 0, "max": 32},
  "watchdog": {"register": "timeout", "kind": "idle_timeout", "timeout_s": 30},
  "safe_state": {"failsafe_current_a": 6, "writes": [{"register": "current", "value": 6}]},
  "take_control": [{"register": "timeout", "value": "timeout_s"}, {"register": "enable", "value": 1}],
  "notes": ["a test profile"]
})";

QByteArray resourceBytes(const QString& id)
{
    QFile file(u":/parkwatt/profiles/%1.json"_s.arg(id));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

LoadResult<DeviceProfile> builtIn(const QString& id)
{
    return loadDeviceProfileFile(u":/parkwatt/profiles/%1.json"_s.arg(id));
}

const QStringList kBuiltInIds{
    u"alfen-ng9xx"_s,  u"vestel-evc04"_s,     u"abb-terra-ac"_s,    u"wallbox-quasar"_s, u"phoenix-ev-eth"_s,
    u"parkwatt-v2g"_s, u"sunspec-inverter"_s, u"sunspec-storage"_s, u"sunspec-meter"_s,  u"eastron-sdm630"_s};

} // namespace

class TestDeviceProfile : public QObject {
    Q_OBJECT

private slots:
    void builtInLoadsCleanly_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("role");
        QTest::addColumn<bool>("bidirectional");
        const QStringList roles{u"charger"_s,    u"charger"_s,   u"charger"_s,     u"charger"_s,
                                u"charger"_s,    u"charger"_s,   u"pv_inverter"_s, u"battery"_s,
                                u"grid_meter"_s, u"grid_meter"_s};
        for (qsizetype i = 0; i < kBuiltInIds.size(); ++i) {
            const bool bidirectional =
                kBuiltInIds[i] == u"wallbox-quasar"_s || kBuiltInIds[i] == u"parkwatt-v2g"_s;
            QTest::newRow(qPrintable(kBuiltInIds[i])) << kBuiltInIds[i] << roles[i] << bidirectional;
        }
    }
    void builtInLoadsCleanly()
    {
        QFETCH(QString, id);
        QFETCH(QString, role);
        QFETCH(bool, bidirectional);
        const auto loaded = builtIn(id);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error.toString()));
        QVERIFY2(loaded.warnings.isEmpty(), qPrintable(loaded.warnings.join(u'\n')));
        const DeviceProfile& p = *loaded.value;
        QCOMPARE(p.id, id);
        QCOMPARE(toString(p.role), role);
        QCOMPARE(p.bidirectional, bidirectional);
        QVERIFY(!p.manufacturer.isEmpty());
        QVERIFY(!p.registers.empty());
        QVERIFY(!p.notes.isEmpty());
        if (p.role == DeviceRole::Charger) {
            QVERIFY(p.setpoint.has_value());
            QVERIFY(p.findMeaning(RegisterMeaning::Iec61851State));
            QVERIFY(p.safeState.has_value());
        }
        // Every built-in charger can be read for power; every meter and inverter for energy.
        if (p.role == DeviceRole::Charger)
            QVERIFY(p.findMeaning(RegisterMeaning::Power));
        else
            QVERIFY(p.findMeaning(RegisterMeaning::EnergyImport) ||
                    p.findMeaning(RegisterMeaning::EnergyExport) ||
                    p.findMeaning(RegisterMeaning::BatteryPower));
    }

    void registerFacts_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("function");
        QTest::addColumn<int>("address");
        QTest::addColumn<QString>("type");
        QTest::addColumn<bool>("littleWordOrder");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<bool>("writable");
        QTest::addColumn<double>("scale");

        QTest::newRow("Alfen max current f32 BE 1210") << u"alfen-ng9xx"_s << u"max_current"_s << u"holding"_s
                                                       << 1210 << u"f32"_s << false << u"A"_s << true << 1.0;
        QTest::newRow("Alfen power sum 344") << u"alfen-ng9xx"_s << u"power"_s << u"holding"_s << 344
                                             << u"f32"_s << false << u"W"_s << false << 1.0;
        QTest::newRow("Alfen energy f64 374") << u"alfen-ng9xx"_s << u"energy_delivered"_s << u"holding"_s
                                              << 374 << u"f64"_s << false << u"Wh"_s << false << 1.0;
        QTest::newRow("Vestel alive 6000") << u"vestel-evc04"_s << u"alive"_s << u"holding"_s << 6000
                                           << u"u16"_s << false << u"none"_s << true << 1.0;
        QTest::newRow("Vestel meter 0.1 kWh") << u"vestel-evc04"_s << u"meter_reading"_s << u"input"_s << 1036
                                              << u"u32"_s << false << u"kWh"_s << false << 0.1;
        QTest::newRow("Vestel failsafe current 2000")
            << u"vestel-evc04"_s << u"failsafe_current"_s << u"holding"_s << 2000 << u"u16"_s << false
            << u"A"_s << true << 1.0;
        QTest::newRow("ABB current limit mA 0x4100")
            << u"abb-terra-ac"_s << u"current_limit"_s << u"holding"_s << 0x4100 << u"u32"_s << false
            << u"A"_s << true << 0.001;
        QTest::newRow("ABB voltage 0.1 V") << u"abb-terra-ac"_s << u"voltage_l1"_s << u"holding"_s << 0x4016
                                           << u"u32"_s << false << u"V"_s << false << 0.1;
        QTest::newRow("Phoenix power LSW first") << u"phoenix-ev-eth"_s << u"power"_s << u"input"_s << 120
                                                 << u"i32"_s << true << u"W"_s << false << 1.0;
        QTest::newRow("Phoenix energy LSW first") << u"phoenix-ev-eth"_s << u"total_energy"_s << u"holding"_s
                                                  << 904 << u"u32"_s << true << u"Wh"_s << false << 1.0;
        QTest::newRow("Phoenix max current 528") << u"phoenix-ev-eth"_s << u"max_current"_s << u"holding"_s
                                                 << 528 << u"u16"_s << false << u"A"_s << true << 1.0;
        QTest::newRow("Wallbox power setpoint i16 W")
            << u"wallbox-quasar"_s << u"power_setpoint"_s << u"holding"_s << 260 << u"i16"_s << false
            << u"W"_s << true << 1.0;
        QTest::newRow("Wallbox actual power i16 W") << u"wallbox-quasar"_s << u"power"_s << u"holding"_s
                                                    << 526 << u"i16"_s << false << u"W"_s << false << 1.0;
        QTest::newRow("Wallbox SoC 538") << u"wallbox-quasar"_s << u"soc"_s << u"holding"_s << 538 << u"u16"_s
                                         << false << u"%"_s << false << 1.0;
        QTest::newRow("SDM630 total power f32 52") << u"eastron-sdm630"_s << u"power_total"_s << u"input"_s
                                                   << 52 << u"f32"_s << false << u"W"_s << false << 1.0;
        QTest::newRow("SDM630 import kWh 72") << u"eastron-sdm630"_s << u"import_energy"_s << u"input"_s << 72
                                              << u"f32"_s << false << u"kWh"_s << false << 1.0;
        QTest::newRow("SDM630 export kWh 74") << u"eastron-sdm630"_s << u"export_energy"_s << u"input"_s << 74
                                              << u"f32"_s << false << u"kWh"_s << false << 1.0;
        QTest::newRow("SunSpec meter TotWhImp 203+46")
            << u"sunspec-meter"_s << u"tot_wh_imp"_s << u"holding"_s << 46 << u"u32"_s << false << u"Wh"_s
            << false << 1.0;
        QTest::newRow("SunSpec inverter W 103+14") << u"sunspec-inverter"_s << u"w"_s << u"holding"_s << 14
                                                   << u"i16"_s << false << u"W"_s << false << 1.0;
        QTest::newRow("SunSpec storage WSet 704+24") << u"sunspec-storage"_s << u"wset"_s << u"holding"_s
                                                     << 24 << u"i32"_s << false << u"W"_s << true << 1.0;
        QTest::newRow("Parkwatt V2G power setpoint i32 W")
            << u"parkwatt-v2g"_s << u"power_setpoint"_s << u"holding"_s << 1001 << u"i32"_s << false << u"W"_s
            << true << 1.0;
        QTest::newRow("Parkwatt V2G power i32 W") << u"parkwatt-v2g"_s << u"power"_s << u"input"_s << 102
                                                  << u"i32"_s << false << u"W"_s << false << 1.0;
    }
    void registerFacts()
    {
        QFETCH(QString, id);
        QFETCH(QString, name);
        QFETCH(QString, function);
        QFETCH(int, address);
        QFETCH(QString, type);
        QFETCH(bool, littleWordOrder);
        QFETCH(QString, unit);
        QFETCH(bool, writable);
        QFETCH(double, scale);
        const auto loaded = builtIn(id);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error.toString()));
        const ProfileRegister* r = loaded.value->findRegister(name);
        QVERIFY2(r, qPrintable(name));
        QCOMPARE(toString(r->function), function);
        QCOMPARE(r->address, address);
        QCOMPARE(toString(r->encoding.type), type);
        QCOMPARE(r->encoding.wordOrder == WordOrder::Little, littleWordOrder);
        QCOMPARE(toString(r->unit), unit);
        QCOMPARE(r->writable(), writable);
        QCOMPARE(r->encoding.scale, scale);
    }

    void alfen()
    {
        const DeviceProfile p = *builtIn(u"alfen-ng9xx"_s).value;
        QVERIFY(p.setpoint);
        QCOMPARE(p.setpoint->registerName, u"max_current"_s);
        QCOMPARE_ENUM(p.setpoint->unit, Unit::A);
        QCOMPARE(p.transport.writeFunction, 16);
        QVERIFY(p.watchdog);
        QCOMPARE_ENUM(p.watchdog->kind, WatchdogKind::ValiditySeconds);
        QCOMPARE(p.watchdog->timeoutS, 60.0);
        QCOMPARE(p.watchdog->refreshIntervalS(), 20.0);
        const ProfileRegister* state = p.findMeaning(RegisterMeaning::Iec61851State);
        QVERIFY(state);
        QCOMPARE(state->address, 1201);
        QCOMPARE(state->registerCount(), 5);
        // The station registers live on unit 200.
        QCOMPARE(p.findRegister(u"station_serial"_s)->unitId, std::optional<int>(200));
        QVERIFY(!p.findRegister(u"max_current"_s)->unitId.has_value());
        QVERIFY(p.notes.join(u' ').contains(u"⚠"_s));
    }

    void stateMappings_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QVariant>("raw");
        QTest::addColumn<QString>("state");
        QTest::newRow("Wallbox 11 discharging is C") << u"wallbox-quasar"_s << QVariant(11.0) << u"C"_s;
        QTest::newRow("Wallbox 6 no car locked is A") << u"wallbox-quasar"_s << QVariant(6.0) << u"A"_s;
        QTest::newRow("Wallbox 7 error is E/F") << u"wallbox-quasar"_s << QVariant(7.0) << u"E/F"_s;
        QTest::newRow("Wallbox 10 queued is B") << u"wallbox-quasar"_s << QVariant(10.0) << u"B"_s;
        QTest::newRow("Alfen C2") << u"alfen-ng9xx"_s << QVariant(u"C2"_s) << u"C"_s;
        QTest::newRow("Alfen B1") << u"alfen-ng9xx"_s << QVariant(u"B1"_s) << u"B"_s;
        QTest::newRow("Phoenix F") << u"phoenix-ev-eth"_s << QVariant(u"F"_s) << u"E/F"_s;
        QTest::newRow("Vestel cable+vehicle is B") << u"vestel-evc04"_s << QVariant(2.0) << u"B"_s;
        QTest::newRow("ABB 4 (C2)") << u"abb-terra-ac"_s << QVariant(4.0) << u"C"_s;
        QTest::newRow("Parkwatt V2G 3 is D") << u"parkwatt-v2g"_s << QVariant(3.0) << u"D"_s;
    }
    void stateMappings()
    {
        QFETCH(QString, id);
        QFETCH(QVariant, raw);
        QFETCH(QString, state);
        const DeviceProfile p = *builtIn(id).value;
        const ProfileRegister* r = p.findMeaning(RegisterMeaning::Iec61851State);
        QVERIFY(r);
        QStringList found;
        for (const auto& s : r->states) {
            if (s.raw == raw)
                found.append(toString(s.state));
        }
        QCOMPARE(found, QStringList{state});
    }

    void iecStateOfReadings_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QVariant>("raw");
        QTest::addColumn<double>("flag");   // charging flag reading; NaN: none
        QTest::addColumn<QString>("state"); // empty: unknown
        const double none = std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("Vestel vehicle, not charging") << u"vestel-evc04"_s << QVariant(2.0) << 0.0 << u"B"_s;
        QTest::newRow("Vestel vehicle, charging") << u"vestel-evc04"_s << QVariant(3.0) << 1.0 << u"C"_s;
        QTest::newRow("Vestel cable only, flag set") << u"vestel-evc04"_s << QVariant(1.0) << 1.0 << u"A"_s;
        QTest::newRow("Vestel vehicle, flag unread") << u"vestel-evc04"_s << QVariant(2.0) << none << u"B"_s;
        QTest::newRow("Vestel 7 unmapped") << u"vestel-evc04"_s << QVariant(7.0) << none << QString();
        QTest::newRow("Wallbox B has no flag") << u"wallbox-quasar"_s << QVariant(2.0) << 1.0 << u"B"_s;
        QTest::newRow("Alfen D1") << u"alfen-ng9xx"_s << QVariant(u"D1"_s) << none << u"D"_s;
        QTest::newRow("Alfen lower case unmapped")
            << u"alfen-ng9xx"_s << QVariant(u"c2"_s) << none << QString();
        QTest::newRow("ABB 5 session stopped unmapped")
            << u"abb-terra-ac"_s << QVariant(5.0) << none << QString();
    }
    void iecStateOfReadings()
    {
        QFETCH(QString, id);
        QFETCH(QVariant, raw);
        QFETCH(double, flag);
        QFETCH(QString, state);
        const DeviceProfile p = *builtIn(id).value;
        const ProfileRegister* r = p.findMeaning(RegisterMeaning::Iec61851State);
        QVERIFY(r);
        const auto got = r->iecState(raw, std::isnan(flag) ? std::nullopt : std::optional<double>(flag));
        QCOMPARE(got ? toString(*got) : QString(), state);
    }

    void wallbox()
    {
        const DeviceProfile p = *builtIn(u"wallbox-quasar"_s).value;
        QVERIFY(p.bidirectional);
        QVERIFY(p.setpoint);
        QCOMPARE_ENUM(p.setpoint->unit, Unit::W);
        QVERIFY(p.setpoint->isSigned);
        QCOMPARE(p.setpoint->min, std::optional<double>(-7400));
        QCOMPARE(p.setpoint->max, std::optional<double>(7400));
        QCOMPARE(p.transport.writeFunction, 6);
        // Take control: 81=1, 82=0, 83=1, 88=timeout, in this order.
        QCOMPARE(p.takeControl.size(), size_t(4));
        const std::vector<std::pair<int, double>> expected{
            {81, 1}, {82, 0}, {83, 1}, {88, p.watchdog->timeoutS}};
        for (size_t i = 0; i < expected.size(); ++i) {
            QCOMPARE(p.findRegister(p.takeControl[i].registerName)->address, expected[i].first);
            QCOMPARE(p.takeControl[i].value, expected[i].second);
        }
        QVERIFY(p.takeControl[3].valueIsWatchdogTimeout);
        QCOMPARE_ENUM(p.watchdog->kind, WatchdogKind::IdleTimeout);
        // Release: 260 = 0, then 81 = 0.
        QCOMPARE(p.release.size(), size_t(2));
        QCOMPARE(p.findRegister(p.release[0].registerName)->address, 260);
        QCOMPARE(p.findRegister(p.release[1].registerName)->address, 81);
        QVERIFY(p.findRegister(u"max_available_power"_s)->notes.contains(u"⚠"_s));
        // A discharge setpoint encodes as a negative i16.
        const auto encoded =
            RegisterCodec::encodeNumber(p.findRegister(u"power_setpoint"_s)->encoding, -7400);
        QVERIFY(encoded.ok());
        QCOMPARE(*encoded.value, QList<quint16>{0xE318});
    }

    void vestel()
    {
        const DeviceProfile p = *builtIn(u"vestel-evc04"_s).value;
        QCOMPARE(p.transport.unit, 255);
        QVERIFY(p.watchdog);
        QCOMPARE_ENUM(p.watchdog->kind, WatchdogKind::AliveCounter);
        QCOMPARE(p.watchdog->registerName, u"alive"_s);
        QCOMPARE(p.watchdog->timeoutRegister, u"failsafe_timeout"_s);
        QCOMPARE(p.watchdog->refreshIntervalS(), 5.0);
        const ProfileRegister* state = p.findMeaning(RegisterMeaning::Iec61851State);
        QCOMPARE(state->chargingFlagRegister, u"charging"_s);
        QCOMPARE_ENUM(p.findRegister(u"brand"_s)->encoding.stringEncoding, StringEncoding::Utf16);
    }

    void eastronIsAllFloat()
    {
        const DeviceProfile p = *builtIn(u"eastron-sdm630"_s).value;
        for (const ProfileRegister& r : p.registers) {
            QCOMPARE_ENUM(r.encoding.type, RegisterType::F32);
            QCOMPARE_ENUM(r.function, RegisterFunction::Input);
            QCOMPARE_ENUM(r.encoding.wordOrder, WordOrder::Big);
        }
        QCOMPARE(p.findMeaning(RegisterMeaning::GridPower)->address, 52);
    }

    void sunspec_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QList<int>>("models");
        QTest::newRow("inverter") << u"sunspec-inverter"_s << QList<int>{1, 103};
        QTest::newRow("storage") << u"sunspec-storage"_s << QList<int>{1, 124, 802, 704};
        QTest::newRow("meter") << u"sunspec-meter"_s << QList<int>{1, 203};
    }
    void sunspec()
    {
        QFETCH(QString, id);
        QFETCH(QList<int>, models);
        const DeviceProfile p = *builtIn(id).value;
        QVERIFY(p.isSunSpec());
        QCOMPARE(p.identification.sunspecBase, std::optional<int>(40000));
        QList<int> listed;
        for (const auto& m : p.identification.sunspecModels)
            listed.append(m.id);
        QCOMPARE(listed, models);
        for (const ProfileRegister& r : p.registers) {
            QVERIFY2(r.sunspecModel.has_value(), qPrintable(r.name));
            if (!r.scaleFactorRegister.isEmpty())
                QCOMPARE_ENUM(p.findRegister(r.scaleFactorRegister)->encoding.type, RegisterType::I16);
        }
        QCOMPARE(p.findRegister(u"mn"_s)->registerCount(), 16);
    }

    void parkwattV2g()
    {
        const DeviceProfile p = *builtIn(u"parkwatt-v2g"_s).value;
        QCOMPARE(p.identification.expect.size(), size_t(2));
        QCOMPARE(p.identification.expect[0].equals.toString(), u"PKWT"_s);
        QVERIFY(p.setpoint && p.setpoint->isSigned);
        QCOMPARE_ENUM(p.setpoint->unit, Unit::W);
        QVERIFY(p.findMeaning(RegisterMeaning::Soc));
        QVERIFY(p.findMeaning(RegisterMeaning::EnergyExport));
        QVERIFY(p.findMeaning(RegisterMeaning::ControlEnable));
        QVERIFY(p.findMeaning(RegisterMeaning::FailsafePower));
        QCOMPARE(p.watchdog->timeoutRegister, u"validity"_s);
        QCOMPARE(p.findRegister(u"soc"_s)->notImplementedRaw, std::optional<double>(65535));
    }

    void validProfile()
    {
        const auto loaded = parseDeviceProfile(QByteArray(kValidProfile), u"ok.json"_s);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error.toString()));
        QVERIFY2(loaded.warnings.isEmpty(), qPrintable(loaded.warnings.join(u'\n')));
        const DeviceProfile& p = *loaded.value;
        QCOMPARE(p.transport.port, 502);
        QCOMPARE(p.transport.writeFunction, 6);
        QCOMPARE(p.transport.retries, 1);
        QCOMPARE(p.watchdog->refreshIntervalS(), 10.0);
        QCOMPARE(p.takeControl[0].value, 30.0);
        QCOMPARE_ENUM(p.findRegister(u"enable"_s)->function, RegisterFunction::Coil);
        QCOMPARE(p.findRegister(u"serial"_s)->registerCount(), 4);
        QCOMPARE(p.findRegister(u"energy"_s)->registerCount(), 4);
    }

    void badProfile_data()
    {
        QTest::addColumn<QString>("edit");     // pointer to change
        QTest::addColumn<QJsonValue>("value"); // Undefined removes it
        QTest::addColumn<QString>("pointer");  // where the error must point
        QTest::addColumn<QString>("phrase");
        const QJsonValue remove(QJsonValue::Undefined);
        const auto row = [](const char* name, const QString& edit, const QJsonValue& value,
                            const QString& pointer, const QString& phrase) {
            QTest::newRow(name) << edit << value << pointer << phrase;
        };

        row("unknown meaning", u"/registers/1/meaning"_s, u"powr"_s, u"/registers/1/meaning"_s,
            u"unknown meaning \"powr\" (expected one of none, iec61851_state"_s);
        row("unknown type", u"/registers/1/type"_s, u"float"_s, u"/registers/1/type"_s,
            u"unknown type \"float\""_s);
        row("unknown function", u"/registers/1/function"_s, u"register"_s, u"/registers/1/function"_s,
            u"unknown function \"register\" (expected one of coil, discrete, input, holding)"_s);
        row("unknown unit", u"/registers/1/unit"_s, u"kVA"_s, u"/registers/1/unit"_s,
            u"unknown unit \"kVA\""_s);
        row("overlap", u"/registers/2/address"_s, 103, u"/registers/2/address"_s,
            u"input 103..106 overlaps register \"power\" (/registers/1, input 102..103)"_s);
        row("address above 65535", u"/registers/1/address"_s, 65536, u"/registers/1/address"_s,
            u"expected a whole number in 0..65535, got 65536"_s);
        row("negative address", u"/registers/1/address"_s, -1, u"/registers/1/address"_s,
            u"expected a whole number in 0..65535, got -1"_s);
        row("runs past 65535", u"/registers/2/address"_s, 65533, u"/registers/2/address"_s,
            u"4 registers from 65533 run past address 65535"_s);
        row("words on a number", u"/registers/1/words"_s, 2, u"/registers/1/words"_s,
            u"\"words\" applies only to string registers, this one is i32"_s);
        row("string without words", u"/registers/3/words"_s, remove, u"/registers/3/words"_s,
            u"missing required key"_s);
        row("setpoint not writable", u"/registers/4/access"_s, u"r"_s, u"/setpoint/register"_s,
            u"register \"current\" is not writable"_s);
        row("value in two states", u"/registers/0/states/C"_s, QJsonArray{2, 1}, u"/registers/0/states/C/1"_s,
            u"value 1 is already mapped to state B"_s);
        row("missing id", u"/id"_s, remove, u"/id"_s, u"missing required key"_s);
        row("missing role", u"/role"_s, remove, u"/role"_s,
            u"missing required key (expected one of charger, pv_inverter, battery, grid_meter, load_meter)"_s);
        row("unknown role", u"/role"_s, u"wallbox"_s, u"/role"_s, u"unknown role \"wallbox\""_s);
        row("unsupported format version", u"/format"_s, u"parkwatt-profile/2"_s, u"/format"_s,
            u"unsupported format 'parkwatt-profile/2'"_s);
        row("a site file", u"/format"_s, u"parkwatt-site/1"_s, u"/format"_s,
            u"this is a parkwatt-site file"_s);
        row("duplicate register name", u"/registers/2/name"_s, u"power"_s, u"/registers/2/name"_s,
            u"duplicate register id 'power' (first at /registers/1/name)"_s);
        row("setpoint names no register", u"/setpoint/register"_s, u"nope"_s, u"/setpoint/register"_s,
            u"no register \"nope\" in /registers"_s);
        row("setpoint unit differs", u"/setpoint/unit"_s, u"W"_s, u"/setpoint/unit"_s,
            u"register \"current\" is in A, the setpoint says W"_s);
        row("setpoint unit not A/W/kW", u"/setpoint/unit"_s, u"%"_s, u"/setpoint/unit"_s,
            u"unknown setpoint unit \"%\" (expected one of A, W, kW)"_s);
        row("setpoint min above max", u"/setpoint/min"_s, 40, u"/setpoint/min"_s,
            u"min 40 is above max 32"_s);
        row("signed setpoint on u16", u"/setpoint/signed"_s, true, u"/setpoint/signed"_s,
            u"cannot hold a negative setpoint"_s);
        row("bidirectional with unsigned setpoint", u"/bidirectional"_s, true, u"/setpoint/signed"_s,
            u"a bidirectional charger needs a signed setpoint"_s);
        row("charger without setpoint", u"/setpoint"_s, remove, u"/setpoint"_s, u"missing required key"_s);
        row("input register written", u"/registers/1/access"_s, u"rw"_s, u"/registers/1/access"_s,
            u"input registers are read-only"_s);
        row("coil with a type", u"/registers/6/type"_s, u"u16"_s, u"/registers/6/type"_s,
            u"a coil holds one bit: leave out type"_s);
        row("scale 0", u"/registers/1/scale"_s, 0, u"/registers/1/scale"_s,
            u"expected a number other than 0"_s);
        row("states on a power register", u"/registers/1/states"_s, QJsonObject{{u"A"_s, QJsonArray{0}}},
            u"/registers/1/states"_s, u"states apply only to iec61851_state registers"_s);
        row("state register without states", u"/registers/0/states"_s, remove, u"/registers/0/states"_s,
            u"missing required key"_s);
        row("string state on a number", u"/registers/0/states/A"_s, QJsonArray{u"A"_s},
            u"/registers/0/states/A/0"_s, u"register \"state\" is u16: expected a whole number, got \"A\""_s);
        row("unknown watchdog kind", u"/watchdog/kind"_s, u"heartbeat"_s, u"/watchdog/kind"_s,
            u"unknown watchdog kind \"heartbeat\""_s);
        row("refresh fraction 0", u"/watchdog/refresh_fraction"_s, 0, u"/watchdog/refresh_fraction"_s,
            u"expected a number in (0, 1], got 0"_s);
        row("watchdog timeout 0", u"/watchdog/timeout_s"_s, 0, u"/watchdog/timeout_s"_s,
            u"expected a number > 0, got 0"_s);
        row("write that does not fit", u"/safe_state/writes/0/value"_s, 70000,
            u"/safe_state/writes/0/value"_s,
            u"70000 does not fit register \"current\": 70000 is outside the u16 range"_s);
        row("coil written with 2", u"/take_control/1/value"_s, 2, u"/take_control/1/value"_s,
            u"a coil holds 0 or 1"_s);
        row("write to a read-only register", u"/take_control/0/register"_s, u"power"_s,
            u"/take_control/0/register"_s, u"register \"power\" is not writable"_s);
        row("timeout_s without a watchdog", u"/watchdog"_s, remove, u"/take_control/0/value"_s,
            u"\"timeout_s\" needs a watchdog"_s);
        row("write function 5", u"/transport/write_function"_s, 5, u"/transport/write_function"_s,
            u"expected 6 (write single register) or 16"_s);
        row("port 0", u"/transport/port"_s, 0, u"/transport/port"_s,
            u"expected a whole number in 1..65535"_s);
        row("model outside SunSpec", u"/registers/1/model"_s, 103, u"/registers/1/model"_s,
            u"\"model\" applies only to SunSpec profiles"_s);
        row("id with capitals", u"/id"_s, u"Test Charger"_s, u"/id"_s, u"expected lower-case letters"_s);
        row("bits on a writable register", u"/registers/4/bits"_s, QJsonObject{{u"mask"_s, 1}},
            u"/registers/4/bits"_s, u"a bit field is read-only"_s);
        row("string too long for Modbus", u"/registers/3/words"_s, 126, u"/registers/3/words"_s,
            u"expected a whole number in 1..125, got 126"_s);
        row("notes not strings", u"/notes/0"_s, 5, u"/notes/0"_s, u"expected a string, got 5"_s);
    }
    void badProfile()
    {
        QFETCH(QString, edit);
        QFETCH(QJsonValue, value);
        QFETCH(QString, pointer);
        QFETCH(QString, phrase);
        const QJsonObject base = parseObject(kValidProfile);
        QVERIFY(!base.isEmpty());
        const QJsonObject bad = value.isUndefined() ? without(base, edit) : withValue(base, edit, value);
        const auto loaded = parseDeviceProfile(toBytes(bad), u"bad.json"_s);
        QVERIFY2(!loaded.ok(), "a bad profile loaded");
        QCOMPARE(loaded.error.file, u"bad.json"_s);
        QCOMPARE(loaded.error.pointer, pointer);
        QVERIFY2(loaded.error.problem.contains(phrase), qPrintable(loaded.error.toString()));
        QVERIFY(loaded.error.toString().startsWith(u"bad.json: "_s + pointer + u": "_s));
    }

    void badSunSpecProfile_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("model not in the chain")
            << u"/registers/4/model"_s << QJsonValue(999) << u"/registers/4/model"_s
            << u"model 999 is not in /identification/sunspec/models"_s;
        QTest::newRow("register without model")
            << u"/registers/4/model"_s << QJsonValue(QJsonValue::Undefined) << u"/registers/4/model"_s
            << u"missing required key"_s;
        QTest::newRow("base 1234") << u"/identification/sunspec/base"_s << QJsonValue(1234)
                                   << u"/identification/sunspec/base"_s << u"expected 0, 40000 or 50000"_s;
        QTest::newRow("scale factor names nothing")
            << u"/registers/4/scale_factor"_s << QJsonValue(u"nope"_s) << u"/registers/4/scale_factor"_s
            << u"no register \"nope\""_s;
        QTest::newRow("scale factor not i16")
            << u"/registers/4/scale_factor"_s << QJsonValue(u"tot_wh_imp"_s) << u"/registers/4/scale_factor"_s
            << u"a scale factor is an i16 register of the same SunSpec model"_s;
        QTest::newRow("identification reads an unknown register")
            << u"/identification/read/0"_s << QJsonValue(u"nope"_s) << u"/identification/read/0"_s
            << u"expected the name of a register in /registers"_s;
    }
    void badSunSpecProfile()
    {
        QFETCH(QString, edit);
        QFETCH(QJsonValue, value);
        QFETCH(QString, pointer);
        QFETCH(QString, phrase);
        const QJsonObject base = QJsonDocument::fromJson(resourceBytes(u"sunspec-meter"_s)).object();
        QVERIFY(!base.isEmpty());
        const QJsonObject bad = value.isUndefined() ? without(base, edit) : withValue(base, edit, value);
        const auto loaded = parseDeviceProfile(toBytes(bad), u"meter.json"_s);
        QVERIFY2(!loaded.ok(), "a bad profile loaded");
        QCOMPARE(loaded.error.pointer, pointer);
        QVERIFY2(loaded.error.problem.contains(phrase), qPrintable(loaded.error.toString()));
    }

    void badBytes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("empty") << QByteArray() << u"file is empty"_s;
        QTest::newRow("not JSON") << QByteArray("{\"format\": ") << u"not valid JSON"_s;
        QTest::newRow("an array") << QByteArray("[]") << u"expected a JSON object at the top level"_s;
        QTest::newRow("NaN scale") << withRawToken(parseObject(kValidProfile), u"/registers/1/scale"_s, "NaN")
                                   << u"not valid JSON"_s;
    }
    void badBytes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, phrase);
        const auto loaded = parseDeviceProfile(bytes, u"bad.json"_s);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error.pointer, QString());
        QVERIFY2(loaded.error.problem.contains(phrase), qPrintable(loaded.error.toString()));
    }

    void unknownKeysWarn_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QString>("warning");
        QTest::newRow("top level") << u"/colour"_s << u"bad.json: /colour: unknown key, ignored"_s;
        QTest::newRow("register") << u"/registers/1/sign"_s
                                  << u"bad.json: /registers/1/sign: unknown key, ignored"_s;
        QTest::newRow("state key") << u"/registers/0/states/X"_s
                                   << u"bad.json: /registers/0/states/X: unknown key, ignored"_s;
        QTest::newRow("transport") << u"/transport/baud"_s
                                   << u"bad.json: /transport/baud: unknown key, ignored"_s;
        QTest::newRow("watchdog") << u"/watchdog/every"_s
                                  << u"bad.json: /watchdog/every: unknown key, ignored"_s;
        QTest::newRow("write") << u"/take_control/0/delay_ms"_s
                               << u"bad.json: /take_control/0/delay_ms: unknown key, ignored"_s;
    }
    void unknownKeysWarn()
    {
        QFETCH(QString, edit);
        QFETCH(QString, warning);
        const QJsonObject bad = withValue(parseObject(kValidProfile), edit, QJsonArray{5});
        const auto loaded = parseDeviceProfile(toBytes(bad), u"bad.json"_s);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error.toString()));
        QCOMPARE(loaded.warnings, QStringList{warning});
    }

    // Every member of every built-in profile removed or set to null, one at a time: never a crash,
    // and a failure always names the member or one that refers to it.
    void everyMemberBrokenOnce()
    {
        int failures = 0;
        for (const QString& id : kBuiltInIds) {
            const QJsonObject base = QJsonDocument::fromJson(resourceBytes(id)).object();
            QVERIFY(!base.isEmpty());
            QStringList pointers;
            const std::function<void(const QJsonValue&, const QString&)> collect = [&](const QJsonValue& v,
                                                                                       const QString& at) {
                if (!at.isEmpty())
                    pointers.append(at);
                if (v.isObject()) {
                    const QJsonObject o = v.toObject();
                    for (auto it = o.begin(); it != o.end(); ++it)
                        collect(it.value(), jsonPointerAppend(at, it.key()));
                } else if (v.isArray()) {
                    const QJsonArray a = v.toArray();
                    for (qsizetype i = 0; i < a.size(); ++i)
                        collect(a.at(i), jsonPointerAppend(at, i));
                }
            };
            collect(base, QString());
            for (const QString& pointer : std::as_const(pointers)) {
                for (const QJsonValue& replacement :
                     {QJsonValue(QJsonValue::Null), QJsonValue(QJsonValue::Undefined)}) {
                    const QJsonObject bad = replacement.isUndefined() ? without(base, pointer)
                                                                      : withValue(base, pointer, replacement);
                    const auto loaded = parseDeviceProfile(toBytes(bad), u"x.json"_s);
                    if (loaded.ok())
                        continue;
                    ++failures;
                    QVERIFY2(!loaded.error.pointer.isEmpty(),
                             qPrintable(pointer + u": "_s + loaded.error.toString()));
                    QVERIFY2(!loaded.error.problem.isEmpty(), qPrintable(pointer));
                }
            }
        }
        QVERIFY(failures > 100);
    }

    void missingFileNamesIt()
    {
        const auto loaded = loadDeviceProfileFile(u"/nonexistent/acme.json"_s);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error.file, u"acme.json"_s);
        QVERIFY(loaded.error.problem.contains(u"file not found"_s));
    }
};

QTEST_GUILESS_MAIN(TestDeviceProfile)
#include "tst_deviceprofile.moc"
