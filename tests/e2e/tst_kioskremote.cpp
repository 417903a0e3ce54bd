// A lobby kiosk attached over the network: `parkwattd run --api` controls the demo garage's devices
// served by parkwatt-sim (playing the demo day), and a KioskWindow in this process is fed by a
// RemoteSiteControl with the kiosk token and the pinned certificate, exactly as on a lobby PC.
// A driver changes their session behind the bay's PIN and the engine in the other process takes
// it; `parkwatt --kiosk --connect` as its own process passes its self-test.

#include "engine/SiteControl.h"
#include "engine/live/LoopbackPorts.h"
#include "garage/GarageModel.h"
#include "kiosk/DriverInputForm.h"
#include "kiosk/KioskBayGrid.h"
#include "kiosk/KioskBayPage.h"
#include "kiosk/KioskFigures.h"
#include "kiosk/KioskHomePages.h"
#include "kiosk/KioskPinPage.h"
#include "kiosk/KioskWindow.h"
#include "kiosk/PinKeypad.h"
#include "remote/RemoteSiteControl.h"
#include "support/Processes.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <csignal>

using namespace parkwatt;
using parkwatt::test::ProgramRun;
using parkwatt::test::writeFile;

namespace {

const QString kSim = QStringLiteral(PARKWATT_BIN_DIR "/parkwatt-sim");
const QString kEngine = QStringLiteral(PARKWATT_BIN_DIR "/parkwattd");
const QString kApp = QStringLiteral(PARKWATT_BIN_DIR "/parkwatt");
// The built-in demo garage, compiled into parkwatt_core.
const QString kDemoDir = QStringLiteral(":/parkwatt/demo");

QString readDemo(const QString& name)
{
    QFile f(kDemoDir + QLatin1Char('/') + name);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// The demo site with every device on a free loopback port.
QString demoSiteOnFreePorts()
{
    return QString::fromUtf8(
        withDevicesOnFreeLoopbackPorts(readDemo(QStringLiteral("demo-site.json")).toUtf8()));
}

} // namespace

class TstKioskRemote : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QProcess m_sim;
    QProcess m_engine;
    quint16 m_apiPort = 0;
    QString m_fingerprint;
    QString m_kioskToken;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString site = writeFile(m_dir, QStringLiteral("site.json"), demoSiteOnFreePorts());
        const QString scenario = writeFile(m_dir, QStringLiteral("demo-garage.json"),
                                           readDemo(QStringLiteral("demo-garage.json")));
        QVERIFY(!site.isEmpty() && !scenario.isEmpty());
        m_sim.setProcessChannelMode(QProcess::MergedChannels);
        m_sim.start(kSim, {QStringLiteral("--site"), site, QStringLiteral("--scenario"), scenario,
                           QStringLiteral("--speed"), QStringLiteral("5"), QStringLiteral("--start-at"),
                           QStringLiteral("12:00")});
        QByteArray said;
        // It announces every device it serves; the demo's last is L2-20's charger.
        QTRY_VERIFY2_WITH_TIMEOUT((said += m_sim.readAll()).contains("serving L2-20-evse"), said.constData(),
                                  20000);

        m_apiPort = quint16(chooseLoopbackPort());
        m_engine.setProcessChannelMode(QProcess::MergedChannels);
        m_engine.start(kEngine,
                       {QStringLiteral("run"), QStringLiteral("--site"), site, QStringLiteral("--lock-dir"),
                        m_dir.path(), QStringLiteral("--api"), QString::number(m_apiPort),
                        QStringLiteral("--api-dir"), m_dir.filePath(QStringLiteral("api"))});
        static const QRegularExpression printed(
            QStringLiteral("certificate SHA-256 ([0-9A-F:]+), tokens in (\\S+)"));
        QString engineOut;
        QRegularExpressionMatch match;
        QTRY_VERIFY_WITH_TIMEOUT(
            (match = printed.match(engineOut += QString::fromUtf8(m_engine.readAll()))).hasMatch(), 20000);
        m_fingerprint = match.captured(1);
        QFile tokens(match.captured(2));
        QVERIFY(tokens.open(QIODevice::ReadOnly));
        m_kioskToken = QJsonDocument::fromJson(tokens.readAll())
                           .object()
                           .value(QStringLiteral("tokens"))
                           .toObject()
                           .value(QStringLiteral("kiosk"))
                           .toString();
        QVERIFY(!m_kioskToken.isEmpty());
    }

    void aDriverChangesTheirSessionAtAKioskOnAnotherMachine()
    {
        RemoteEndpoint endpoint;
        endpoint.host = QStringLiteral("127.0.0.1");
        endpoint.port = m_apiPort;
        endpoint.token = m_kioskToken;
        endpoint.fingerprint = m_fingerprint;
        RemoteSiteControl remote(endpoint);
        QSignalSpy welcomed(&remote, &RemoteSiteControl::welcomed);
        remote.start();
        QTRY_COMPARE_WITH_TIMEOUT(welcomed.count(), 1, 15000);
        QCOMPARE(remote.role(), QStringLiteral("kiosk"));

        SiteContext context;
        context.site = remote.site();
        context.policy = remote.policy();
        context.utcOffsetS = remote.utcOffsetS();
        context.name = remote.site().name;
        KioskConfig config;
        config.driverInput = true;
        for (const ChargerSpec& charger : context.site.chargers)
            config.bayPins.insert(
                charger.id, PasswordHash::make(QStringLiteral("4711"), PasswordHash::kMinimumIterations));
        KioskWindow window(context, config);
        window.attach(remote);
        window.resize(1920, 1080);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // A car on a bidirectional charger the engine over there knows about.
        const GarageModel& garage = window.figures().garage();
        int row = -1;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int r = 0; r < garage.rowCount(); ++r) {
                    const BayStatus& bay = garage.status(r);
                    if (bay.bidirectional && bay.capacityKwh > 0 &&
                        (bay.state == BayState::Charging || bay.state == BayState::Waiting)) {
                        row = r;
                        return true;
                    }
                }
                return false;
            }(),
            30000);
        QVERIFY(window.garagePage()->grid()->freeByLevel().size() >= 1);

        KioskBayGrid* grid = window.garagePage()->grid();
        QTest::mouseClick(grid, Qt::LeftButton, {}, grid->bayRect(row).center());
        QCOMPARE(window.screen(), KioskWindow::Screen::Bay);
        QTest::mouseClick(window.bayPage()->changeButton(), Qt::LeftButton);
        for (QChar digit : QStringLiteral("4711"))
            QTest::mouseClick(window.pinPage()->keypad()->key(digit.digitValue()), Qt::LeftButton);
        QTest::mouseClick(window.pinPage()->keypad()->okKey(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(window.screen(), KioskWindow::Screen::DriverForm, 5000);
        DriverInputForm* form = window.driverForm();
        for (int i = 0; i < 8; ++i) // two hours later
            QTest::mouseClick(form->laterButton(), Qt::LeftButton);
        if (!form->consentButton()->isChecked()) // lend to the building, with the form's floor
            QTest::mouseClick(form->consentButton(), Qt::LeftButton);
        const DriverInput wish = form->input();
        QVERIFY(wish.v2xConsent.value_or(false) && wish.minEnergyKwh.has_value());
        QSignalSpy updated(&window, &KioskWindow::sessionUpdated);
        QTest::mouseClick(form->saveButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(updated.count(), 1, 15000);
        QVERIFY2(updated.at(0).at(0).toBool(), qPrintable(updated.at(0).at(1).toString()));
        // The engine in the other process took it: its state stream carries the new departure.
        QTRY_COMPARE_WITH_TIMEOUT(garage.status(row).departureMs, *wish.departureMs, 15000);
        QVERIFY(garage.status(row).v2xConsent);
        // And the floor the driver set came through with it.
        QSignalSpy cycles(&remote, &SiteControl::cyclePublished);
        QTRY_VERIFY_WITH_TIMEOUT(!cycles.isEmpty(), 10000);
        const auto cycle = cycles.last().at(0).value<PublishedCycle>();
        const double floorKwh = cycle.sensed.chargers.at(size_t(row)).minEnergyKwh;
        QVERIFY2(std::abs(floorKwh - *wish.minEnergyKwh) < 0.01,
                 qPrintable(QStringLiteral("%1 != %2").arg(floorKwh).arg(*wish.minEnergyKwh)));
    }

    void parkwattKioskConnectsAsItsOwnProcess()
    {
        const QString tokenFile =
            writeFile(m_dir, QStringLiteral("kiosk.token"), m_kioskToken + QLatin1Char('\n'));
        const ProgramRun run = parkwatt::test::runToEnd(
            kApp, {QStringLiteral("--kiosk"), QStringLiteral("--connect"),
                   QStringLiteral("127.0.0.1:%1").arg(m_apiPort), QStringLiteral("--token-file"), tokenFile,
                   QStringLiteral("--fingerprint"), m_fingerprint, QStringLiteral("--self-test")});
        QVERIFY2(run.exitCode == 0 && run.output.contains(QStringLiteral("self-test: ok")),
                 qPrintable(run.output));
        // No manager PIN configured: it says kiosk mode then ends only with the program.
        QVERIFY2(run.output.contains(QStringLiteral("no manager PIN")), qPrintable(run.output));
    }

    void cleanupTestCase()
    {
        ::kill(pid_t(m_engine.processId()), SIGTERM);
        QVERIFY(m_engine.waitForFinished(15000));
        QCOMPARE(m_engine.exitCode(), 0);
        m_sim.terminate();
        m_sim.waitForFinished(5000);
    }
};

QTEST_MAIN(TstKioskRemote)
#include "tst_kioskremote.moc"
