// SiteSimulator playing a scenario, read over real loopback Modbus TCP by our own transport:
// PV, load and grid at the right simulated times (the export limit curtailing PV), a car arriving
// (A -> B), following a commanded power within seconds (C, energy and SoC rising), the charger's
// watchdog falling back to its fail-safe, discharge stopping at the owner's floor, departure back
// to A, a battery following its setpoint; simulated time running at --speed; every mismatch
// between scenario and site named. A test clock stands in for the wall clock.

#include "config/ScenarioReader.h"
#include "config/SiteFileReader.h"
#include "devices/RegisterCodec.h"
#include "devices/modbus/ModbusConnection.h"
#include "devices/modbus/RegisterTable.h"
#include "devices/profiles/ProfileLibrary.h"
#include "devices/sim/ScenarioPlayer.h"
#include "devices/sim/SiteSimulator.h"
#include "support/FreePort.h"

#include <QCoro/QCoroTask>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace parkwatt;
using parkwatt::test::freePort;

namespace {

// Test-only profiles for roles whose built-in profiles are SunSpec model chains.
const char* kPvProfile = R"({ "format": "parkwatt-profile/1", "id": "test-pv", "manufacturer": "Test",
  "model": "PV inverter", "role": "pv_inverter", "transport": {"unit": 1},
  "registers": [
    {"name": "power", "meaning": "pv_power", "function": "input", "address": 0, "type": "i32", "unit": "W"},
    {"name": "energy", "meaning": "energy_export", "function": "input", "address": 2, "type": "u32", "unit": "Wh"} ] })";

const char* kBatteryProfile =
    R"({ "format": "parkwatt-profile/1", "id": "test-battery", "manufacturer": "Test",
  "model": "Battery", "role": "battery", "transport": {"unit": 1},
  "registers": [
    {"name": "power", "meaning": "battery_power", "function": "input", "address": 0, "type": "i32", "unit": "W"},
    {"name": "soc", "meaning": "battery_soc", "function": "input", "address": 2, "type": "u16", "scale": 0.1, "unit": "%"},
    {"name": "setpoint", "meaning": "power_setpoint", "function": "holding", "address": 100, "type": "i32", "unit": "W", "access": "rw"} ],
  "setpoint": {"register": "setpoint", "unit": "W", "signed": true} })";

// 10:00 local; S1 arrives at 10:01 and leaves at 10:20; S2 (a car just above its floor, taking at
// most 7.4 kW) on B02 from 10:00 to 10:30; B03 stays empty.
const char* kScenario = R"({ "format": "parkwatt-scenario/1", "name": "sim-test",
  "start": "2026-07-14T10:00:00+02:00", "duration_h": 1, "step_s": 60,
  "site": { "grid": { "import_limit_kw": 100, "export_limit_kw": 10 },
    "batteries": [ { "id": "bess", "capacity_kwh": 100, "max_charge_kw": 50, "max_discharge_kw": 50, "initial_soc_pct": 50 } ],
    "chargers": [ { "id": "B01", "max_charge_kw": 11, "min_charge_kw": 4.1, "bidirectional": true, "max_discharge_kw": 11 },
                  { "id": "B02", "max_charge_kw": 11, "min_charge_kw": 4.1, "bidirectional": true, "max_discharge_kw": 11 },
                  { "id": "B03", "max_charge_kw": 11, "min_charge_kw": 4.1 } ] },
  "profiles": { "resolution_s": 900, "pv_kw": [40, 80, 80, 80], "load_kw": [30, 30, 30, 30] },
  "sessions": [
    { "id": "S1", "charger": "B01", "arrival": "2026-07-14T10:01:00+02:00", "departure": "2026-07-14T10:20:00+02:00",
      "capacity_kwh": 50, "arrival_soc_pct": 40, "target_soc_pct": 80, "v2x": true },
    { "id": "S2", "charger": "B02", "arrival": "2026-07-14T10:00:00+02:00", "departure": "2026-07-14T10:30:00+02:00",
      "capacity_kwh": 50, "arrival_soc_pct": 31, "min_soc_pct": 30, "max_charge_kw": 7.4, "v2x": true } ] })";

constexpr TimeMs kStartWallMs = 1'700'000'000'000;

} // namespace

class TstSiteSimulator : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProfileLibrary> m_profiles;
    Scenario m_scenario;
    SiteFile m_site;
    TimeMs m_wallMs = kStartWallMs;
    std::unique_ptr<SiteSimulator> m_sim;
    std::map<QString, std::unique_ptr<ModbusConnection>> m_clients;

    QString siteJson(const QString& chargers)
    {
        const QString device = QStringLiteral(
            R"({ "id": "%1", "role": "%2", %3 "profile": "%4", "host": "127.0.0.1", "port": %5, "unit": 1 })");
        QStringList devices;
        const auto add = [&](const QString& id, const QString& role, const QString& charger,
                             const QString& profile) {
            devices << device.arg(
                id, role, charger.isEmpty() ? QString() : QStringLiteral(R"("charger": "%1",)").arg(charger),
                profile, QString::number(freePort()));
        };
        add(QStringLiteral("meter"), QStringLiteral("grid_meter"), {}, QStringLiteral("eastron-sdm630"));
        add(QStringLiteral("load"), QStringLiteral("load_meter"), {}, QStringLiteral("eastron-sdm630"));
        add(QStringLiteral("pv"), QStringLiteral("pv_inverter"), {}, QStringLiteral("test-pv"));
        add(QStringLiteral("bess"), QStringLiteral("battery"), {}, QStringLiteral("test-battery"));
        for (const QString& c : chargers.split(u','))
            add(c + QStringLiteral("-evse"), QStringLiteral("charger"), c,
                c == QLatin1String("B03") ? QStringLiteral("alfen-ng9xx") : QStringLiteral("parkwatt-v2g"));
        QStringList siteChargers;
        for (const QString& c : chargers.split(u','))
            siteChargers << QStringLiteral(R"({ "id": "%1", "max_charge_kw": 11 })").arg(c);
        return QStringLiteral(R"({ "format": "parkwatt-site/1", "site": { "name": "Sim test",
            "grid": { "import_limit_kw": 100 }, "chargers": [ %1 ] }, "devices": [ %2 ] })")
            .arg(siteChargers.join(u','), devices.join(u','));
    }

    bool startSimulator(double speed = 1, const QString& chargers = QStringLiteral("B01,B02,B03"))
    {
        const LoadResult<SiteFile> site =
            parseSiteFile(siteJson(chargers).toUtf8(), QStringLiteral("site.json"));
        if (!site.ok()) {
            qWarning() << site.error.toString();
            return false;
        }
        m_site = *site.value;
        m_clients.clear();
        m_wallMs = kStartWallMs;
        m_sim = std::make_unique<SiteSimulator>([this] { return m_wallMs; });
        QStringList errors;
        if (!m_sim->start(m_site, *m_profiles, ScenarioRun{m_scenario, speed}, &errors)) {
            qWarning() << errors;
            return false;
        }
        return true;
    }

    // Moves the test clock to `simulatedS` seconds after the scenario start (speed 1) and lets the
    // simulator catch up at once.
    void at(int simulatedS)
    {
        m_wallMs = kStartWallMs + TimeMs(simulatedS) * 1000;
        m_sim->tick();
    }

    ModbusConnection& client(const QString& deviceId)
    {
        auto& c = m_clients[deviceId];
        if (!c) {
            const SimulatedModbusDevice* d = m_sim->device(deviceId);
            ModbusEndpoint e;
            e.port = d->port();
            e.unit = d->unit();
            e.timeoutMs = 5000;
            e.retries = 0;
            c = std::make_unique<ModbusConnection>(e);
        }
        return *c;
    }

    // A register read over the wire, decoded as the profile says (the register's own unit).
    std::optional<double> read(const QString& deviceId, RegisterMeaning meaning)
    {
        const ProfileRegister* reg = m_sim->device(deviceId)->profile().findMeaning(meaning);
        if (!reg)
            return std::nullopt;
        const ModbusResult r = QCoro::waitFor(
            client(deviceId).read(modbusTable(reg->function), reg->address, reg->registerCount()));
        if (!r.ok()) {
            qWarning() << r.message;
            return std::nullopt;
        }
        return RegisterCodec::decodeNumber(
                   reg->encoding, std::span<const quint16>(r.registers.data(), size_t(r.registers.size())))
            .value;
    }
    double kw(const QString& deviceId, RegisterMeaning meaning)
    {
        return read(deviceId, meaning).value_or(-1e9) / 1000.0;
    }

    std::optional<IecState> state(const QString& deviceId)
    {
        const ProfileRegister* reg =
            m_sim->device(deviceId)->profile().findMeaning(RegisterMeaning::Iec61851State);
        if (!reg)
            return std::nullopt;
        const ModbusResult r = QCoro::waitFor(
            client(deviceId).read(modbusTable(reg->function), reg->address, reg->registerCount()));
        if (!r.ok())
            return std::nullopt;
        const std::span<const quint16> words(r.registers.data(), size_t(r.registers.size()));
        if (reg->encoding.type == RegisterType::String)
            return reg->iecState(RegisterCodec::decodeString(reg->encoding, words).value.value_or(QString()));
        return reg->iecState(RegisterCodec::decodeRaw(reg->encoding, words).value.value_or(-1));
    }

    bool writeSetpointW(const QString& deviceId, double watts)
    {
        const DeviceProfile& profile = m_sim->device(deviceId)->profile();
        const ProfileRegister* reg = profile.findRegister(profile.setpoint->registerName);
        const auto words = RegisterCodec::encodeNumber(reg->encoding, watts);
        return words.ok() && QCoro::waitFor(client(deviceId).writeRegisters(reg->address, *words.value)).ok();
    }

private slots:
    void initTestCase()
    {
        for (const auto& [name, text] :
             {std::pair{"test-pv.json", kPvProfile}, {"test-battery.json", kBatteryProfile}}) {
            QFile f(m_dir.filePath(QString::fromLatin1(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        }
        m_profiles = std::make_unique<ProfileLibrary>(ProfileLibrary::withBuiltIns({m_dir.path()}));
        for (const ConfigError& error : m_profiles->errors())
            QFAIL(qPrintable(error.toString()));
        const LoadResult<Scenario> scenario = parseScenario(kScenario, QStringLiteral("sim-test.json"));
        QVERIFY2(scenario.ok(), qPrintable(scenario.error.toString()));
        m_scenario = *scenario.value;
    }

    void cleanup()
    {
        m_clients.clear();
        m_sim.reset();
    }

    void pvLoadAndGridFollowTheScenarioClock()
    {
        QVERIFY(startSimulator());
        at(10);
        QCOMPARE(kw(QStringLiteral("pv"), RegisterMeaning::PvPower), 40.0);
        QCOMPARE(kw(QStringLiteral("load"), RegisterMeaning::GridPower), 30.0);
        QCOMPARE(kw(QStringLiteral("meter"), RegisterMeaning::GridPower), -10.0); // 30 - 40
        // 10:15: 80 kW of PV, but only 10 kW may be exported: the rest is curtailed.
        at(899);
        QCOMPARE(kw(QStringLiteral("pv"), RegisterMeaning::PvPower), 40.0);
        at(905);
        QCOMPARE(kw(QStringLiteral("pv"), RegisterMeaning::PvPower), 40.0);
        QCOMPARE(kw(QStringLiteral("meter"), RegisterMeaning::GridPower), -10.0);
        // The meter's export counter: 10 kW for 905 s.
        QVERIFY(qAbs(*read(QStringLiteral("meter"), RegisterMeaning::EnergyExport) - 10.0 * 905 / 3600) <
                0.01);
        QCOMPARE(m_sim->simulatedNowMs(), m_scenario.startMs + 905'000);
    }

    void aCarArrivesFollowsItsSetpointAndLeaves()
    {
        QVERIFY(startSimulator());
        const QString evse = QStringLiteral("B01-evse");
        at(59);
        QCOMPARE(state(evse), std::optional(IecState::A));
        at(60);
        QCOMPARE(state(evse), std::optional(IecState::B)); // plugged, nothing commanded
        QCOMPARE(*read(evse, RegisterMeaning::Soc), 40.0);

        QVERIFY(writeSetpointW(evse, 7000));
        at(61);
        const double first = kw(evse, RegisterMeaning::Power);
        QVERIFY2(first >= 4.1 && first < 7.0,
                 qPrintable(QString::number(first))); // on its way, from the floor
        QCOMPARE(state(evse), std::optional(IecState::C));
        at(66);
        QVERIFY(kw(evse, RegisterMeaning::Power) > 0.9 * 7.0); // 95 % after 6 s
        at(70);
        QCOMPARE(kw(evse, RegisterMeaning::Power), 7.0); // there, and held
        const double energyAt70 = *read(evse, RegisterMeaning::EnergyImport);
        at(118);
        QVERIFY(*read(evse, RegisterMeaning::EnergyImport) > energyAt70 + 90); // Wh: 7 kW for 48 s = 93 Wh
        QVERIFY(*read(evse, RegisterMeaning::Soc) > 40.0);
        // The grid meter sees the car: 30 load + 7 car + 0 battery - 40 PV.
        QVERIFY(qAbs(kw(QStringLiteral("meter"), RegisterMeaning::GridPower) - (-3.0)) < 0.01);

        // Nobody refreshes the setpoint: past its 60 s validity the charger applies its fail-safe
        // (failsafe_power, 0 W here) and the car stops.
        at(60 + 62);
        QVERIFY(m_sim->device(evse)->watchdogExpired());
        at(60 + 75);
        QCOMPARE(kw(evse, RegisterMeaning::Power), 0.0);
        QCOMPARE(state(evse), std::optional(IecState::B));

        QVERIFY(writeSetpointW(evse, 11000));
        at(190);
        QCOMPARE(kw(evse, RegisterMeaning::Power), 11.0);
        at(1190);
        QVERIFY(writeSetpointW(evse, 11000)); // refreshed just before departure
        at(1199);
        QCOMPARE(state(evse), std::optional(IecState::C));
        at(1200); // departure
        QCOMPARE(state(evse), std::optional(IecState::A));
        QCOMPARE(kw(evse, RegisterMeaning::Power), 0.0);
        // The counters stay: they count the charger's life, not the session.
        QVERIFY(*read(evse, RegisterMeaning::EnergyImport) > 100);
    }

    void dischargeStopsAtTheOwnersFloorAndAnEmptyBayGivesNothing()
    {
        QVERIFY(startSimulator());
        QVERIFY(writeSetpointW(QStringLiteral("B02-evse"), -11000));
        at(20);
        QVERIFY(kw(QStringLiteral("B02-evse"), RegisterMeaning::Power) < -10);
        QCOMPARE(state(QStringLiteral("B02-evse")), std::optional(IecState::C));
        // 0.5 kWh above the 30 % floor is gone in under 3 minutes; then the car stops giving.
        for (int s = 25; s <= 300; s += 25) {
            m_wallMs = kStartWallMs + TimeMs(s) * 1000;
            QVERIFY(writeSetpointW(QStringLiteral("B02-evse"), -11000)); // refreshed, as a controller would
            m_sim->tick();
        }
        QVERIFY(qAbs(*read(QStringLiteral("B02-evse"), RegisterMeaning::Soc) - 30.0) < 0.05);
        QCOMPARE(kw(QStringLiteral("B02-evse"), RegisterMeaning::Power), 0.0);
        QCOMPARE(state(QStringLiteral("B02-evse")), std::optional(IecState::B));
        QVERIFY(*read(QStringLiteral("B02-evse"), RegisterMeaning::EnergyExport) >= 490); // Wh

        // B03: a one-way Alfen with no car. 16 A commanded, nothing flows.
        const ProfileRegister* current = m_sim->device(QStringLiteral("B03-evse"))
                                             ->profile()
                                             .findMeaning(RegisterMeaning::CurrentSetpoint);
        const auto words = RegisterCodec::encodeNumber(current->encoding, 16);
        QVERIFY(
            QCoro::waitFor(client(QStringLiteral("B03-evse")).writeRegisters(current->address, *words.value))
                .ok());
        at(320);
        QCOMPARE(state(QStringLiteral("B03-evse")), std::optional(IecState::A));
        QCOMPARE(kw(QStringLiteral("B03-evse"), RegisterMeaning::Power), 0.0);
    }

    void aCarTakesNoMoreThanItsOwnMaximum()
    {
        QVERIFY(startSimulator());
        QVERIFY(writeSetpointW(QStringLiteral("B02-evse"), 11000)); // the charger could give 11 kW
        at(20);
        QCOMPARE(kw(QStringLiteral("B02-evse"), RegisterMeaning::Power), 7.4);
    }

    void theBatteryFollowsItsSetpoint()
    {
        QVERIFY(startSimulator());
        at(5);
        QCOMPARE(kw(QStringLiteral("bess"), RegisterMeaning::BatteryPower), 0.0);
        QCOMPARE(*read(QStringLiteral("bess"), RegisterMeaning::BatterySoc), 50.0);
        QVERIFY(writeSetpointW(QStringLiteral("bess"), 20000));
        at(365);
        QCOMPARE(kw(QStringLiteral("bess"), RegisterMeaning::BatteryPower), 20.0);
        // 20 kW for 360 s into 100 kWh: +2 %.
        QVERIFY(qAbs(*read(QStringLiteral("bess"), RegisterMeaning::BatterySoc) - 52.0) < 0.15);
        QVERIFY(writeSetpointW(QStringLiteral("bess"), -60000)); // above its rating: 50 kW
        at(370);
        QCOMPARE(kw(QStringLiteral("bess"), RegisterMeaning::BatteryPower), -50.0);
    }

    void simulatedTimeRunsAtTheGivenSpeed()
    {
        QVERIFY(startSimulator(60));
        QSignalSpy finished(m_sim.get(), &SiteSimulator::scenarioFinished);
        m_wallMs += 14'000; // 14 min simulated
        m_sim->tick();
        QCOMPARE(m_sim->player()->timeMs(), m_scenario.startMs + 14 * 60'000);
        QCOMPARE(state(QStringLiteral("B01-evse")), std::optional(IecState::B));
        m_wallMs += 7'000; // 10:21: S1 has left
        m_sim->tick();
        QCOMPARE(state(QStringLiteral("B01-evse")), std::optional(IecState::A));
        m_wallMs += 60'000; // past the end
        m_sim->tick();
        m_sim->tick();
        QCOMPARE(finished.size(), 1);
        QVERIFY(m_sim->player()->finished());
    }

    void faultsThroughTheSimulator()
    {
        QVERIFY(startSimulator());
        QString error;
        QVERIFY(!m_sim->setFault(QStringLiteral("B09-evse"), FaultSpec{FaultKind::Drop, 0}, &error));
        QCOMPARE(error, QStringLiteral("no device 'B09-evse'"));
        QVERIFY2(m_sim->setFault(QStringLiteral("meter"), FaultSpec{FaultKind::Exception, 11}, &error),
                 qPrintable(error));
        const ModbusResult r =
            QCoro::waitFor(client(QStringLiteral("meter")).read(QModbusDataUnit::InputRegisters, 52, 2));
        QCOMPARE(r.failure, ModbusFailure::Exception);
        QCOMPARE(r.exceptionCode, 11);
        // The physics goes on behind a faulty device; cleared, it shows the present.
        at(30);
        QVERIFY(m_sim->setFault(QStringLiteral("meter"), FaultSpec{}, &error));
        QCOMPARE(kw(QStringLiteral("meter"), RegisterMeaning::GridPower), -10.0);
    }

    void mismatchesAreNamed()
    {
        const LoadResult<SiteFile> site =
            parseSiteFile(siteJson(QStringLiteral("B01,B09")).toUtf8(), QStringLiteral("site.json"));
        QVERIFY(site.ok());
        SiteSimulator sim([] { return TimeMs(0); });
        QStringList errors;
        QVERIFY(!sim.start(*site.value, *m_profiles, ScenarioRun{m_scenario, 1}, &errors));
        const QString all = errors.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("device B09-evse: charger 'B09' is not in the scenario")),
                 qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("charger 'B02' of the scenario has no charger device")),
                 qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("charger 'B03' of the scenario has no charger device")),
                 qPrintable(all));
        QVERIFY(sim.deviceIds().isEmpty()); // nothing listens

        errors.clear();
        QVERIFY(!sim.start(*site.value, *m_profiles, ScenarioRun{m_scenario, 0}, &errors));
        QVERIFY2(errors.join(u'\n').contains(QStringLiteral("speed 0")), qPrintable(errors.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TstSiteSimulator)
#include "tst_sitesimulator.moc"
