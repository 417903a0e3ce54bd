// Benchmark: one full live-engine cycle (read every device, dispatch, write the changed setpoints)
// against `parkwatt-sim` serving 50, 200 and 500 chargers on loopback, in real time at a 1 s cycle.
// Prints the median and p99 cycle time, the engine's CPU share of one core, its peak memory, and in
// the same run a naive sequential poll of the same devices (one request at a time) as a ratio.
// The simulator runs as its own process, so its CPU is not counted as the engine's.
//
// Usage: bench_cycle [CHARGERS,...] [CYCLES]   (default 50,200,500 and 40)

#include "BenchStats.h"
#include "config/SiteFileReader.h"
#include "control/Forecast.h"
#include "control/PolicyController.h"
#include "devices/ProfileDriver.h"
#include "devices/modbus/RegisterTable.h"
#include "devices/profiles/ProfileLibrary.h"
#include "engine/live/LiveEngine.h"
#include "engine/live/LoopbackPorts.h"

#include <QCoreApplication>
#include <QCoro/QCoroTask>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>
#include <vector>

using namespace parkwatt;
using namespace parkwatt::bench;

namespace {

const QString kChargerProfile = QStringLiteral("alfen-ng9xx");

// CPU seconds another process has used so far (utime + stime from /proc), for the simulator.
double processCpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.readAll();
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    return double(fields[11].toLongLong() + fields[12].toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

// `count` loopback ports nothing listens on (see LoopbackPorts.h).
std::vector<int> freePorts(int count)
{
    const QList<int> ports = chooseLoopbackPorts(count);
    return {ports.begin(), ports.end()};
}

QString iso(TimeMs t)
{
    return QDateTime::fromMSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODate);
}

// A garage of `n` chargers, every bay with a car wanting more than the connection gives them all,
// so the dispatcher shares power and setpoints move.
bool writeSite(const QString& dir, int n, SiteFile* site)
{
    const std::vector<int> ports = freePorts(n + 1);
    const double limitKw = n * 11.0 * 0.45 + 20;
    QString chargers, devices;
    for (int i = 0; i < n; ++i) {
        const QString id = QStringLiteral("C%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        chargers += QStringLiteral(R"(%1{ "id": "%2", "max_charge_kw": 11, "min_charge_kw": 4.1 })")
                        .arg(i ? QStringLiteral(",") : QString(), id);
        devices +=
            QStringLiteral(
                R"(,{ "id": "%1-evse", "role": "charger", "charger": "%1", "profile": "%2", "host": "127.0.0.1", "port": %3, "unit": 1 })")
                .arg(id, kChargerProfile)
                .arg(ports[size_t(i + 1)]);
    }
    const QString text = QStringLiteral(R"({ "format": "parkwatt-site/1",
 "site": { "name": "Bench %1", "grid": { "import_limit_kw": %2, "export_limit_kw": 0 }, "chargers": [ %3 ] },
 "devices": [ { "id": "meter", "role": "grid_meter", "profile": "eastron-sdm630", "host": "127.0.0.1", "port": %4, "unit": 1 }%5 ] })")
                             .arg(n)
                             .arg(limitKw)
                             .arg(chargers)
                             .arg(ports[0])
                             .arg(devices);
    QFile f(dir + QStringLiteral("/site.json"));
    if (!f.open(QIODevice::WriteOnly) || f.write(text.toUtf8()) <= 0)
        return false;
    f.close();

    // The same garage as a scenario for the simulator: every car plugged from the start.
    const TimeMs start = QDateTime::currentMSecsSinceEpoch() / 60000 * 60000;
    QString sessions;
    for (int i = 0; i < n; ++i)
        sessions +=
            QStringLiteral(
                R"(%1{ "id": "S%2", "charger": "C%3", "arrival": "%4", "departure": "%5", "capacity_kwh": 60, "arrival_soc_pct": 20, "target_soc_pct": 90 })")
                .arg(i ? QStringLiteral(",") : QString())
                .arg(i + 1)
                .arg(i + 1, 3, 10, QLatin1Char('0'))
                .arg(iso(start), iso(start + 4 * 3600 * 1000));
    const QString scenario =
        QStringLiteral(
            R"({ "format": "parkwatt-scenario/1", "name": "bench", "start": "%1", "duration_h": 4, "step_s": 60,
 "site": { "grid": { "import_limit_kw": %2, "export_limit_kw": 0 }, "chargers": [ %3 ] },
 "profiles": { "resolution_s": 900, "pv_kw": 0, "load_kw": 20 }, "sessions": [ %4 ] })")
            .arg(iso(start))
            .arg(limitKw)
            .arg(chargers)
            .arg(sessions);
    QFile s(dir + QStringLiteral("/scenario.json"));
    if (!s.open(QIODevice::WriteOnly) || s.write(scenario.toUtf8()) <= 0)
        return false;
    s.close();
    const LoadResult<SiteFile> loaded = loadSiteFile(dir + QStringLiteral("/site.json"));
    if (!loaded.ok()) {
        std::fprintf(stderr, "site: %s\n", qPrintable(loaded.error.toString()));
        return false;
    }
    *site = *loaded.value;
    return true;
}

bool startSimulator(QProcess& sim, const QString& dir, int devices)
{
    const QString program = QCoreApplication::applicationDirPath() + QStringLiteral("/../bin/parkwatt-sim");
    const QStringList withScenario = {QStringLiteral("--site"), dir + QStringLiteral("/site.json"),
                                      QStringLiteral("--scenario"), dir + QStringLiteral("/scenario.json")};
    for (const QStringList& args : {withScenario, withScenario.mid(0, 2)}) {
        sim.start(program, args);
        if (!sim.waitForStarted(5000))
            return false;
        QByteArray out;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 60000 && sim.state() == QProcess::Running && out.count("serving ") < devices) {
            sim.waitForReadyRead(200);
            out += sim.readAllStandardOutput();
        }
        if (out.count("serving ") >= devices)
            return true;
        sim.waitForFinished(2000);
        std::fprintf(stderr, "parkwatt-sim %s: %s\n", qPrintable(args.join(u' ')),
                     sim.readAllStandardError().constData());
    }
    return false;
}

// The naive way: every device's registers read one request at a time, device after device.
QCoro::Task<double> sequentialPollMs(const std::vector<std::unique_ptr<ModbusConnection>>& connections,
                                     const std::vector<const DeviceProfile*>& profiles)
{
    QElapsedTimer t;
    t.start();
    for (size_t i = 0; i < connections.size(); ++i)
        for (const ReadBlock& block : ProfileDriver::planReads(*profiles[i]))
            co_await connections[i]->read(modbusTable(block.function), block.address, block.count);
    co_return double(t.nsecsElapsed()) / 1e6;
}

struct Row {
    int chargers = 0;
    double medianMs = 0, p99Ms = 0, pollMedianMs = 0, cpuShare = 0, simCpuShare = 0, rssMb = 0, naiveMs = 0;
    int missing = 0, writes = 0, cycles = 0;
};

Row benchOne(int n, int cycles, const ProfileLibrary& profiles)
{
    Row row;
    row.chargers = n;
    QTemporaryDir dir;
    SiteFile site;
    QProcess sim;
    if (!writeSite(dir.path(), n, &site) || !startSimulator(sim, dir.path(), n + 1)) {
        std::fprintf(stderr, "could not start the simulator for %d chargers\n", n);
        return row;
    }

    PolicyControllerOptions options;
    options.planInBackground = true;
    PolicyController controller(site.site, site.policy, options);
    const auto forecast = makeLiveForecast();
    WallClock clock;
    LiveEngine engine(site, profiles, controller, *forecast, clock);
    std::vector<double> totals, polls;
    QElapsedTimer wall;
    double cpuStart = 0;
    double simCpuStart = 0;
    QEventLoop measuring;
    QObject::connect(&engine, &LiveEngine::cycleFinished, &engine, [&](const CycleStats& s) {
        if (s.cycle <= 3)
            return; // connecting, the first plan and the first writes
        if (!wall.isValid()) {
            wall.start();
            cpuStart = cpuSeconds();
            simCpuStart = processCpuSeconds(sim.processId());
        }
        totals.push_back(s.totalMs);
        polls.push_back(s.pollMs);
        row.missing += s.devicesMissing;
        row.writes += s.writesSent;
        if (totals.size() == size_t(cycles) + 1)
            measuring.quit();
    });
    engine.start();
    measuring.exec();
    // CPU from the end of the first measured cycle to the end of the last: whole periods.
    const double wallS = double(wall.nsecsElapsed()) / 1e9;
    row.cpuShare = (cpuSeconds() - cpuStart) / wallS;
    row.simCpuShare = (processCpuSeconds(sim.processId()) - simCpuStart) / wallS;
    totals.erase(totals.begin());
    polls.erase(polls.begin());
    QCoro::waitFor(engine.stop());
    row.cycles = int(totals.size());
    row.medianMs = percentile(totals, 0.5);
    row.p99Ms = percentile(totals, 0.99);
    row.pollMedianMs = percentile(polls, 0.5);
    row.rssMb = peakRssMb();

    // The naive sequential poll of the same devices, connections already open.
    std::vector<std::unique_ptr<ModbusConnection>> connections;
    std::vector<const DeviceProfile*> deviceProfiles;
    for (const DeviceSpec& d : site.devices) {
        deviceProfiles.push_back(profiles.find(d.profile));
        connections.push_back(
            std::make_unique<ModbusConnection>(DeviceLink::endpointFor(d, *deviceProfiles.back())));
    }
    QCoro::waitFor(sequentialPollMs(connections, deviceProfiles)); // connects
    std::vector<double> naive;
    for (int i = 0; i < 5; ++i)
        naive.push_back(QCoro::waitFor(sequentialPollMs(connections, deviceProfiles)));
    row.naiveMs = percentile(naive, 0.5);
    sim.terminate();
    sim.waitForFinished(10000);
    return row;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    std::vector<int> sizes = {50, 200, 500};
    if (argc > 1) {
        sizes.clear();
        for (const QString& part : QString::fromLocal8Bit(argv[1]).split(u','))
            sizes.push_back(part.toInt());
    }
    const int cycles = argc > 2 ? std::max(5, atoi(argv[2])) : 40;
    const ProfileLibrary profiles = ProfileLibrary::withBuiltIns();
    QLoggingCategory::setFilterRules(QStringLiteral("parkwatt.*.debug=false\nparkwatt.*.info=false"));

    std::printf("Live cycle against parkwatt-sim on loopback (%s chargers + a grid meter), 1 s cycle, %d "
                "cycles each\n\n",
                qPrintable(kChargerProfile), cycles);
    std::printf(
        "| chargers | cycle median ms | cycle p99 ms | poll median ms | naive sequential poll ms | naive / "
        "concurrent poll | engine CPU share of a core | simulator CPU share | engine peak RSS MB | "
        "writes/cycle | missed readings |\n");
    std::printf("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (int n : sizes) {
        const Row r = benchOne(n, cycles, profiles);
        std::printf("| %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f%% | %.1f%% | %.1f | %.1f | %d |\n",
                    r.chargers, r.medianMs, r.p99Ms, r.pollMedianMs, r.naiveMs,
                    r.pollMedianMs > 0 ? r.naiveMs / r.pollMedianMs : 0.0, 100.0 * r.cpuShare,
                    100.0 * r.simCpuShare, r.rssMb, r.cycles ? double(r.writes) / r.cycles : 0.0, r.missing);
        std::fflush(stdout);
    }
    return 0;
}
