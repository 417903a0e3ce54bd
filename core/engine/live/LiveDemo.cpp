#include "engine/live/LiveDemo.h"

#include "config/ScenarioReader.h"
#include "config/SiteFileReader.h"
#include "engine/DemoHistory.h"
#include "engine/live/LiveSite.h"
#include "engine/live/LiveSiteControl.h"
#include "engine/live/LoopbackPorts.h"
#include "storage/StorageWriter.h"

#include <QFile>
#include <QTimer>

namespace parkwatt {

namespace {

QByteArray readResource(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

constexpr int kSimulatorStartAttempts = 3;

} // namespace

LiveDemo::LiveDemo(QObject* parent)
    : QObject(parent)
{
    connect(&m_simulator, &SimulatorProcess::ready, this, &LiveDemo::startEngine);
    connect(&m_simulator, &SimulatorProcess::failed, this, &LiveDemo::simulatorFailed);
}

LiveDemo::~LiveDemo()
{
    m_cancelHistory->store(true);
    if (m_historyThread)
        m_historyThread->wait();
}

bool LiveDemo::prepareFiles(QString* error)
{
    if (!m_dir.isValid()) {
        *error = tr("no temporary folder for the demo: %1").arg(m_dir.errorString());
        return false;
    }
    const QByteArray siteJson = readResource(QStringLiteral(":/parkwatt/demo/demo-site.json"));
    const QByteArray scenarioJson = readResource(QStringLiteral(":/parkwatt/demo/demo-garage.json"));
    const QString sitePath = m_dir.filePath(QStringLiteral("demo-site.json"));
    const QString scenarioPath = m_dir.filePath(QStringLiteral("demo-garage.json"));
    for (const auto& [path, bytes] : {std::pair(sitePath, siteJson), std::pair(scenarioPath, scenarioJson)}) {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
            *error = tr("%1: cannot write: %2").arg(path, f.errorString());
            return false;
        }
    }
    LoadResult<SiteFile> site = loadSiteFile(sitePath);
    LoadResult<Scenario> scenario = loadScenarioFile(scenarioPath);
    if (!site.ok() || !scenario.ok()) {
        *error = site.ok() ? scenario.error.toString() : site.error.toString();
        return false;
    }
    m_site = std::move(*site.value);
    m_scenario = std::move(*scenario.value);
    return true;
}

void LiveDemo::start(double speed, const QString& program)
{
    LiveDemoOptions options;
    options.speed = speed;
    options.program = program;
    start(options);
}

void LiveDemo::start(const LiveDemoOptions& options)
{
    m_options = options;
    QString error;
    if (!prepareFiles(&error)) {
        emit failed(error);
        return;
    }
    if (SimulatorProcess::findProgram().isEmpty() && options.program.isEmpty()) {
        emit failed(tr("parkwatt-sim was not found next to this program"));
        return;
    }
    if (options.historyDays > 0 && !options.databasePath.isEmpty() && !QFile::exists(options.databasePath))
        recordHistoryThenStart();
    else
        startSimulator();
}

void LiveDemo::recordHistoryThenStart()
{
    const Scenario day = m_scenario;
    const int days = m_options.historyDays;
    const QString db = m_options.databasePath;
    auto cancel = m_cancelHistory;
    m_historyThread.reset(QThread::create([this, day, days, db, cancel] {
        QString error;
        const bool ok = recordDemoHistory(
            day, days, day.startMs, db,
            [this](int done, int total) {
                const int percent = total > 0 ? 100 * done / total : 0;
                QMetaObject::invokeMethod(
                    this, [this, percent] { emit preparing(percent); }, Qt::QueuedConnection);
            },
            [cancel] { return cancel->load(); }, &error);
        if (!ok && !cancel->load())
            qWarning().noquote() << "demo: no history recorded:" << error;
    }));
    connect(m_historyThread.get(), &QThread::finished, this, [this] {
        if (!m_cancelHistory->load())
            startSimulator();
    });
    m_historyThread->start(QThread::LowPriority);
}

// Every device moves to a loopback port nothing listens on, chosen now (not when the demo was
// prepared: recording the history takes seconds, in which another program may take a port).
bool LiveDemo::moveDevicesToFreePorts(QString* error)
{
    const QString sitePath = m_dir.filePath(QStringLiteral("demo-site.json"));
    const QByteArray bytes =
        withDevicesOnFreeLoopbackPorts(readResource(QStringLiteral(":/parkwatt/demo/demo-site.json")));
    QFile f(sitePath);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
        *error = tr("%1: cannot write: %2").arg(sitePath, f.errorString());
        return false;
    }
    f.close();
    LoadResult<SiteFile> moved = loadSiteFile(sitePath);
    if (!moved.ok()) {
        *error = moved.error.toString();
        return false;
    }
    m_site = std::move(*moved.value);
    return true;
}

// A start that failed (most likely a port taken in the instant between choosing and listening)
// is tried again on other ports before the demo gives up.
void LiveDemo::simulatorFailed(const QString& why)
{
    if (m_live || m_cancelHistory->load() || ++m_simulatorAttempts >= kSimulatorStartAttempts) {
        emit failed(why);
        return;
    }
    qWarning().noquote() << "demo: the device simulator did not start, trying other ports:" << why;
    QTimer::singleShot(1000, this, &LiveDemo::startSimulator); // after a killed simulator has ended
}

void LiveDemo::startSimulator()
{
    QString error;
    if (!moveDevicesToFreePorts(&error)) {
        emit failed(error);
        return;
    }
    const QString simulator =
        m_options.program.isEmpty() ? SimulatorProcess::findProgram() : m_options.program;
    QStringList arguments{QStringLiteral("--site"),     m_dir.filePath(QStringLiteral("demo-site.json")),
                          QStringLiteral("--scenario"), m_dir.filePath(QStringLiteral("demo-garage.json")),
                          QStringLiteral("--speed"),    QString::number(m_options.speed)};
    if (m_options.startAtS > 0)
        arguments << QStringLiteral("--start-at")
                  << QStringLiteral("%1:%2")
                         .arg(m_options.startAtS / 3600, 2, 10, QLatin1Char('0'))
                         .arg(m_options.startAtS / 60 % 60, 2, 10, QLatin1Char('0'));
    for (const QString& fault : m_options.faults)
        arguments << QStringLiteral("--fault") << fault;
    m_simulator.start(simulator, arguments, int(m_site.devices.size()));
}

LiveEngine* LiveDemo::engine() const
{
    return m_live ? &m_live->engine() : nullptr;
}

LiveSiteControl* LiveDemo::control() const
{
    return m_live ? &m_live->control() : nullptr;
}

void LiveDemo::startEngine()
{
    std::unique_ptr<StorageWriter> storage;
    if (!m_options.databasePath.isEmpty()) {
        StorageError error;
        storage = StorageWriter::open(m_options.databasePath, {}, &error);
        if (!storage)
            qWarning().noquote() << "demo: not recording:" << error.toString();
    }
    LiveSiteOptions options;
    options.description = tr("demo garage on simulated Modbus devices");
    // The engine keeps the simulated day's time, so departures, charts and records line up with
    // what parkwatt-sim plays.
    options.engine.timeScale = m_options.speed;
    options.simulatedStartMs = m_scenario.startMs + TimeMs(m_options.startAtS) * 1000;
    options.utcOffsetS = m_scenario.utcOffsetS;
    QString error;
    m_live = LiveSite::create(m_site, options, &error);
    if (!m_live) {
        m_simulator.stop();
        emit failed(error);
        return;
    }
    m_live->attachStorage(std::move(storage));
    connect(&m_live->engine(), &LiveEngine::cyclePublished, this, &LiveDemo::cyclePublished);
    connect(m_live.get(), &LiveSite::stopped, this, [this] {
        m_simulator.stop();
        emit stopped();
    });
    m_live->start();
    emit started();
}

void LiveDemo::stop()
{
    m_cancelHistory->store(true); // a history still being recorded ends, and the demo does not start
    if (!m_live) {
        m_simulator.stop();
        emit stopped();
        return;
    }
    m_live->stop();
}

} // namespace parkwatt
