// The lobby kiosk on the real stack: the demo garage (parkwatt-sim on loopback Modbus, the live
// engine in this process) feeding a KioskWindow offscreen. Keys that would close it do nothing, an
// idle kiosk returns home, a driver changes their session behind the bay's PIN (and the engine
// takes it), wrong PINs lock the bay for a while, the manager leaves through the hidden gesture and
// PIN, the language buttons switch at once, and no session id (nor anything naming a driver) shows.

#include "engine/live/LiveDemo.h"
#include "engine/live/LiveSiteControl.h"
#include "kiosk/DriverInputForm.h"
#include "kiosk/KioskBayGrid.h"
#include "kiosk/KioskBayPage.h"
#include "kiosk/KioskConfig.h"
#include "kiosk/KioskFigures.h"
#include "kiosk/KioskHomePages.h"
#include "kiosk/KioskLock.h"
#include "kiosk/KioskPinPage.h"
#include "kiosk/KioskWindow.h"
#include "kiosk/PinKeypad.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace parkwatt;

namespace {

constexpr int kIterations = PasswordHash::kMinimumIterations; // quick to check in tests

void typePin(KioskPinPage& page, const QString& pin)
{
    for (QChar digit : pin)
        QTest::mouseClick(page.keypad()->key(digit.digitValue()), Qt::LeftButton);
    QTest::mouseClick(page.keypad()->okKey(), Qt::LeftButton);
}

} // namespace

class TstKioskWindow : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<LiveDemo> m_demo;

    KioskConfig config() const
    {
        KioskConfig c;
        c.driverInput = true;
        c.managerPin = PasswordHash::make(QStringLiteral("2468"), kIterations);
        const PasswordHash bayPin = PasswordHash::make(QStringLiteral("1234"), kIterations);
        for (const ChargerSpec& charger : m_demo->site().site.chargers)
            c.bayPins.insert(charger.id, bayPin);
        c.rotateS = 3;
        c.lockoutS = 1;
        return c;
    }

    std::unique_ptr<KioskWindow> kiosk(const KioskConfig& c)
    {
        auto window = std::make_unique<KioskWindow>(
            SiteContext::fromSiteFile(m_demo->site(), m_demo->scenario().utcOffsetS), c);
        window->attach(*m_demo->control());
        window->resize(1920, 1080);
        window->show();
        return window;
    }

    // A bay with a car plugged in (not offline), or -1.
    static int carBay(const KioskWindow& window)
    {
        const GarageModel& garage = window.figures().garage();
        for (int row = 0; row < garage.rowCount(); ++row) {
            const BayState state = garage.status(row).state;
            if (state == BayState::Charging || state == BayState::Waiting || state == BayState::Plugged ||
                state == BayState::Discharging)
                return row;
        }
        return -1;
    }

    static void tapBay(KioskWindow& window, int row)
    {
        KioskBayGrid* grid = window.garagePage()->grid();
        QTest::mouseClick(grid, Qt::LeftButton, {}, grid->bayRect(row).center());
    }

private slots:
    void initTestCase()
    {
        m_demo = std::make_unique<LiveDemo>();
        QSignalSpy started(m_demo.get(), &LiveDemo::started);
        QSignalSpy failed(m_demo.get(), &LiveDemo::failed);
        LiveDemoOptions options;
        options.speed = 5;
        options.program = QStringLiteral(PARKWATT_BIN_DIR "/parkwatt-sim");
        options.startAtS = 12 * 3600;
        m_demo->start(options);
        QTRY_VERIFY_WITH_TIMEOUT(started.count() == 1 || failed.count() == 1, 60000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).toString()));
    }

    void theHomePagesShowTheGarageAndTodayAndRotate()
    {
        const auto window = kiosk(config());
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(window->cyclesShown() >= 2, 15000);
        QCOMPARE(window->screen(), KioskWindow::Screen::Home);
        // Free bays per level match the engine's bays (the demo's ids are "L1-01": level 1).
        const auto levels = window->garagePage()->grid()->freeByLevel();
        QVERIFY(!levels.empty());
        QCOMPARE(levels.front().first, QStringLiteral("1"));
        int free = 0, freeInModel = 0;
        for (const auto& level : levels)
            free += level.second;
        const GarageModel& garage = window->figures().garage();
        for (int row = 0; row < garage.rowCount(); ++row)
            freeInModel += garage.status(row).state == BayState::Free ? 1 : 0;
        QCOMPARE(free, freeInModel);
        // Every bay is a tile a finger can hit, inside the grid.
        for (int row = 0; row < garage.rowCount(); ++row) {
            const QRect tile = window->garagePage()->grid()->bayRect(row);
            QVERIFY2(tile.width() >= 48 && tile.height() >= 48, qPrintable(garage.status(row).bayId));
            QVERIFY(window->garagePage()->grid()->rect().contains(tile));
        }
        // Today's self-sufficiency is a figure once cycles arrived.
        window->showHomePage(2);
        auto* today = qobject_cast<KioskTodayPage*>(window->home(2));
        QVERIFY(today);
        QTRY_VERIFY(today->selfSufficiencyText().contains(QLatin1Char('%')));
        // Untouched, the home pages rotate (every 3 s here).
        const int before = window->homePage();
        QTRY_VERIFY_WITH_TIMEOUT(window->homePage() != before, 5000);
    }

    void lockedKeysAndCloseRequestsDoNotCloseIt()
    {
        const auto window = kiosk(config());
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        const int swallowedBefore = window->lock().swallowedKeys();
        QTest::keyClick(window.get(), Qt::Key_Escape);
        QTest::keyClick(window.get(), Qt::Key_F4, Qt::AltModifier);
        QTest::keyClick(window.get(), Qt::Key_Q, Qt::ControlModifier);
        QTest::keyClick(window.get(), Qt::Key_W, Qt::ControlModifier);
        QTest::keyClick(window.get(), Qt::Key_Tab, Qt::AltModifier);
        QTest::keyClick(window.get(), Qt::Key_Super_L);
        // Each of them (and the bare Alt and Ctrl presses QTest sends first) is swallowed.
        QVERIFY(window->lock().swallowedKeys() - swallowedBefore >= 6);
        QVERIFY(!window->close()); // what a window manager's close button or Alt+F4 asks
        QCoreApplication::processEvents();
        QVERIFY(window->isVisible());
        // Escape does not leave a driver's screen either.
        window->openBay(0);
        QTest::keyClick(window.get(), Qt::Key_Escape);
        QCOMPARE(window->screen(), KioskWindow::Screen::Bay);
    }

    void anIdleKioskReturnsHome()
    {
        const auto window = kiosk(config());
        window->setIdleMs(1500); // well above the gaps between touches, even on a loaded machine
        const QString homeLanguage = QLocale().name();
        window->languageButton(QStringLiteral("de"))->click(); // a visitor reads German
        QVERIFY(window->languageButton(QStringLiteral("de"))->isChecked());
        window->openBay(0);
        QCOMPARE(window->screen(), KioskWindow::Screen::Bay);
        // Touches keep it where it is (for twice the idle time)...
        for (int i = 0; i < 20; ++i) {
            QTest::mouseClick(window->bayPage(), Qt::LeftButton, {}, QPoint(10, 10));
            QTest::qWait(150);
        }
        QCOMPARE(window->screen(), KioskWindow::Screen::Bay);
        // ...and without them it goes home, forgetting what was typed.
        QTRY_COMPARE_WITH_TIMEOUT(window->screen(), KioskWindow::Screen::Home, 5000);
        QCOMPARE(window->homePage(), 0);
        // The next visitor finds it in the building's language again.
        QVERIFY(!window->languageButton(QStringLiteral("de"))->isChecked() || homeLanguage.startsWith(QStringLiteral("de")));
        QCOMPARE(QLocale().name(), homeLanguage);
    }

    void aDriverChangesTheirSessionBehindTheBaysPin()
    {
        const auto window = kiosk(config());
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        int row = -1;
        QTRY_VERIFY_WITH_TIMEOUT((row = carBay(*window)) >= 0, 15000);
        const QString bayId = window->figures().garage().status(row).bayId;
        const QString sessionId = window->figures().garage().status(row).sessionId;

        tapBay(*window, row);
        QCOMPARE(window->screen(), KioskWindow::Screen::Bay);
        QVERIFY(window->bayPage()->changeButton()->isVisible());
        QVERIFY(window->bayPage()->changeButton()->height() >= 48);
        // Nothing on the driver's screen names the session (or anyone).
        for (const QLabel* label : window->bayPage()->findChildren<QLabel*>())
            QVERIFY2(sessionId.isEmpty() || !label->text().contains(sessionId), qPrintable(label->text()));

        QTest::mouseClick(window->bayPage()->changeButton(), Qt::LeftButton);
        QCOMPARE(window->screen(), KioskWindow::Screen::BayPin);
        typePin(*window->pinPage(), QStringLiteral("9999"));
        QTRY_VERIFY_WITH_TIMEOUT(window->pinPage()->status().contains(QStringLiteral("not right")), 5000);
        QCOMPARE(window->screen(), KioskWindow::Screen::BayPin);
        typePin(*window->pinPage(), QStringLiteral("1234"));
        QTRY_COMPARE_WITH_TIMEOUT(window->screen(), KioskWindow::Screen::DriverForm, 5000);

        DriverInputForm* form = window->driverForm();
        QCOMPARE(form->bayId(), bayId);
        for (int i = 0; i < 4; ++i) // an hour later
            QTest::mouseClick(form->laterButton(), Qt::LeftButton);
        const DriverInput wish = form->input();
        QVERIFY(wish.departureMs.has_value());
        QSignalSpy updated(window.get(), &KioskWindow::sessionUpdated);
        QTest::mouseClick(form->saveButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(updated.count(), 1, 10000);
        QVERIFY2(updated.at(0).at(0).toBool(), qPrintable(updated.at(0).at(1).toString()));
        QCOMPARE(window->screen(), KioskWindow::Screen::Bay);
        QVERIFY2(window->bayPage()->notice().contains(QStringLiteral("Saved")),
                 qPrintable(window->bayPage()->notice()));
        // The engine took it: the next cycles carry the new departure for this bay.
        QTRY_COMPARE_WITH_TIMEOUT(window->figures().garage().status(row).departureMs, *wish.departureMs,
                                  10000);
    }

    void wrongPinsLockTheBayForAWhile()
    {
        const auto window = kiosk(config()); // 3 attempts, then 1 s, doubling
        int row = -1;
        QTRY_VERIFY_WITH_TIMEOUT((row = carBay(*window)) >= 0, 15000);
        window->openBay(row);
        QTest::mouseClick(window->bayPage()->changeButton(), Qt::LeftButton);
        KioskPinPage& pin = *window->pinPage();
        for (int i = 0; i < 3; ++i) {
            typePin(pin, QStringLiteral("0000"));
            QTRY_VERIFY_WITH_TIMEOUT(!pin.status().contains(QStringLiteral("Checking")), 5000);
        }
        QVERIFY2(pin.status().contains(QStringLiteral("wait")), qPrintable(pin.status()));
        // Even the right PIN waits out the lockout...
        typePin(pin, QStringLiteral("1234"));
        QTRY_VERIFY_WITH_TIMEOUT(!pin.status().contains(QStringLiteral("Checking")), 5000);
        QCOMPARE(window->screen(), KioskWindow::Screen::BayPin);
        // ...and is taken after it.
        QTest::qWait(1200);
        typePin(pin, QStringLiteral("1234"));
        QTRY_COMPARE_WITH_TIMEOUT(window->screen(), KioskWindow::Screen::DriverForm, 5000);
    }

    void aBayWithoutDriverInputOffersNoChange()
    {
        KioskConfig c = config();
        c.driverInput = false;
        const auto window = kiosk(c);
        int row = -1;
        QTRY_VERIFY_WITH_TIMEOUT((row = carBay(*window)) >= 0, 15000);
        window->openBay(row);
        QVERIFY(!window->bayPage()->changeButton()->isVisible());
        QVERIFY(!window->bayPage()->stateText().isEmpty());
    }

    void theManagerLeavesThroughTheHiddenGestureAndPin()
    {
        const auto window = kiosk(config());
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        for (int i = 0; i < KioskWindow::kGestureTaps - 1; ++i)
            QTest::mouseClick(window->siteName(), Qt::LeftButton);
        QCOMPARE(window->screen(), KioskWindow::Screen::Home); // four taps are nothing
        QTest::mouseClick(window->siteName(), Qt::LeftButton);
        QCOMPARE(window->screen(), KioskWindow::Screen::ManagerPin);
        QSignalSpy left(window.get(), &KioskWindow::left);
        typePin(*window->pinPage(), QStringLiteral("1234")); // a bay's PIN is not the manager's
        QTRY_VERIFY_WITH_TIMEOUT(window->pinPage()->status().contains(QStringLiteral("not right")), 5000);
        QVERIFY(window->isVisible());
        typePin(*window->pinPage(), QStringLiteral("2468"));
        QTRY_COMPARE_WITH_TIMEOUT(left.count(), 1, 5000);
        QVERIFY(!window->isVisible());
    }

    void languageButtonsSwitchAtOnce()
    {
        const auto window = kiosk(config());
        QPushButton* english = window->languageButton(QStringLiteral("en"));
        QVERIFY(english);
        for (const QString& code :
             {QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("zh_CN"), QStringLiteral("ja")}) {
            QPushButton* button = window->languageButton(code);
            QVERIFY2(button, qPrintable(code + QStringLiteral(" is not offered")));
            QVERIFY(button->height() >= 48);
            const QString englishTitle = window->home(0)->title();
            QTest::mouseClick(button, Qt::LeftButton);
            // Qt posts the language change to the windows: the next turn of the event loop.
            QTRY_VERIFY2_WITH_TIMEOUT(window->home(0)->title() != englishTitle, qPrintable(code), 1000);
            QVERIFY(button->isChecked() && !english->isChecked());
            QTest::mouseClick(english, Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(window->home(0)->title(), englishTitle, 1000);
        }
    }

    void aKioskFileIsReadWithClearErrors()
    {
        QTemporaryDir dir;
        const auto write = [&](const QByteArray& text) {
            const QString path = dir.filePath(QStringLiteral("kiosk.json"));
            QFile f(path);
            f.open(QIODevice::WriteOnly | QIODevice::Truncate);
            f.write(text);
            return path;
        };
        const QString good = PasswordHash::make(QStringLiteral("4711"), kIterations).toString();
        LoadResult<KioskConfig> loaded = loadKioskConfig(write(
            QStringLiteral(
                R"({"format": "parkwatt-kiosk/1", "manager_pin": "%1", "driver_input": true, "bay_pins": {"L1-04": "%1"}, "idle_s": 90})")
                .arg(good)
                .toUtf8()));
        QVERIFY2(loaded.ok(), qPrintable(loaded.error.toString()));
        QCOMPARE(loaded.value->idleS, 90);
        QVERIFY(loaded.value->bayPins.value(QStringLiteral("L1-04")).matches(QStringLiteral("4711")));
        QVERIFY(!loaded.value->bayPins.value(QStringLiteral("L1-04")).matches(QStringLiteral("4712")));

        loaded = loadKioskConfig(
            write(R"({"format": "parkwatt-kiosk/1", "driver_input": true, "bay_pins": {"L1-04": "1234"}})"));
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error.toString().contains(
                     QStringLiteral("kiosk.json: /bay_pins/L1-04: not a pbkdf2-sha256")),
                 qPrintable(loaded.error.toString()));
        loaded = loadKioskConfig(write(R"({"format": "parkwatt-kiosk/1", "driver_input": true})"));
        QVERIFY2(!loaded.ok() && loaded.error.toString().contains(QStringLiteral("no bay has a PIN")),
                 qPrintable(loaded.error.toString()));
        loaded = loadKioskConfig(write(R"({"format": "parkwatt-kiosk/1", "idle_s": 2})"));
        QVERIFY2(!loaded.ok() && loaded.error.toString().contains(QStringLiteral("/idle_s")),
                 qPrintable(loaded.error.toString()));
    }

    void cleanupTestCase()
    {
        QSignalSpy stopped(m_demo.get(), &LiveDemo::stopped);
        m_demo->stop();
        QTRY_COMPARE_WITH_TIMEOUT(stopped.count(), 1, 15000);
    }
};

QTEST_MAIN(TstKioskWindow)
#include "tst_kioskwindow.moc"
