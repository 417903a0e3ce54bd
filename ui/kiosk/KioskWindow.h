#pragma once
// The lobby kiosk: a fullscreen, frameless window on the primary screen that drivers and visitors
// use by touch. Home pages rotate (garage, flows, today, thanks); a tapped bay shows its car; a
// driver changes their session behind the bay's PIN; the manager leaves kiosk mode behind a
// hidden gesture (five taps on the site's name) and the manager PIN. Keys that would close it do
// nothing (KioskLock); untouched for a while it returns home. Fed by any SiteControl: the engine
// in this program or one across the network.

#include "common/SiteContext.h"
#include "engine/SiteControl.h"
#include "kiosk/KioskConfig.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <map>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace parkwatt {

class DriverInputForm;
class KioskBayPage;
class KioskFigures;
class KioskGaragePage;
class Languages;
class KioskLock;
class KioskPage;
class KioskPinPage;
class PinChecker;

class KioskWindow : public QWidget {
    Q_OBJECT
public:
    enum class Screen { Home, Bay, BayPin, DriverForm, ManagerPin };
    Q_ENUM(Screen)
    static constexpr int kHomePages = 4; // garage, flows, today, thanks
    static constexpr int kCommandTimeoutMs = 15000;
    static constexpr int kGestureTaps = 5;
    static constexpr int kGestureWindowMs = 4000;

    KioskWindow(const SiteContext& context, const KioskConfig& config, QWidget* parent = nullptr);
    ~KioskWindow() override;

    void attach(SiteControl& control);
    // Fullscreen on the primary screen.
    void showKiosk();

    Screen screen() const;
    int homePage() const;
    void showHomePage(int index);
    void goHome();
    // Opens a bay's status as a tap on its number does.
    void openBay(int row);
    qint64 cyclesShown() const;
    bool engineConnected() const { return m_connected; }
    // Writes a PNG of every screen into `dir`; the number that failed.
    int writeScreenshots(const QString& dir);

    // The parts, for tests.
    KioskGaragePage* garagePage() const { return m_garage; }
    KioskPage* home(int index) const;
    KioskBayPage* bayPage() const { return m_bayPage; }
    KioskPinPage* pinPage() const { return m_pinPage; }
    DriverInputForm* driverForm() const { return m_form; }
    QLabel* siteName() const { return m_siteName; }
    QPushButton* languageButton(const QString& code) const;
    const KioskFigures& figures() const { return *m_figures; }
    KioskLock& lock() const { return *m_lock; }
    // Shorter idle time for tests (the configured one otherwise).
    void setIdleMs(int ms);

signals:
    // The manager PIN was right: kiosk mode ends (the window has closed).
    void left();
    // A driver's change reached the engine (ok) or not (the reason).
    void sessionUpdated(bool ok, const QString& message);

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void switchLanguage(const QString& code);
    QWidget* buildHeader();
    void rotate();
    void showScreen(Screen screen);
    void askBayPin(int row);
    void askManagerPin();
    void pinAccepted(const QString& key);
    void submitSession(const QString& bayId, const DriverInput& input);
    void commandFinished(quint64 id, const CommandResult& result);
    void tickClock();
    void retranslate();

    KioskConfig m_config;
    KioskFigures* m_figures;
    KioskLock* m_lock;
    PinChecker* m_pins;
    Languages* m_languages;
    QString m_homeLanguage; // the one it starts in, and returns to when idle
    QPointer<SiteControl> m_control;
    bool m_connected = false;
    bool m_mayClose = false;

    QLabel* m_siteName;
    QLabel* m_clock;
    QLabel* m_banner;
    std::map<QString, QPushButton*> m_languageButtons;
    QStackedWidget* m_stack;
    QStackedWidget* m_home;
    KioskGaragePage* m_garage;
    KioskBayPage* m_bayPage;
    KioskPinPage* m_pinPage;
    DriverInputForm* m_form;

    QTimer m_rotateTimer;
    QTimer m_idleTimer;
    QTimer m_clockTimer;
    QTimer m_commandTimer;
    int m_taps = 0;
    QElapsedTimer m_firstTap;
    int m_pinRow = -1;
    quint64 m_pendingCommand = 0;
};

} // namespace parkwatt
