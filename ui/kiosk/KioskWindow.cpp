#include "kiosk/KioskWindow.h"

#include "common/Theme.h"
#include "kiosk/DriverInputForm.h"
#include "kiosk/KioskBayGrid.h"
#include "kiosk/KioskBayPage.h"
#include "kiosk/KioskFigures.h"
#include "kiosk/KioskHomePages.h"
#include "i18n/Languages.h"
#include "kiosk/KioskLock.h"
#include "kiosk/KioskPinPage.h"
#include "kiosk/KioskStyle.h"
#include "kiosk/PinChecker.h"
#include "kiosk/PinKeypad.h"

#include <QCloseEvent>
#include <QDir>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <cstdio>

namespace parkwatt {

namespace {

// What the kiosk acts as towards the engine: a viewer whose only command is a driver's own session.
const Operator kKioskOperator{QStringLiteral("kiosk"), UserRole::Viewer};
const QString kManagerKey = QStringLiteral("manager");

QString bayKey(const QString& bayId)
{
    return QStringLiteral("bay:") + bayId;
}

} // namespace

KioskWindow::KioskWindow(const SiteContext& context, const KioskConfig& config, QWidget* parent)
    : QWidget(parent, Qt::Window | Qt::FramelessWindowHint)
    , m_config(config)
    , m_figures(new KioskFigures(context, config.co2KgPerKwh, this))
    , m_lock(new KioskLock(this))
    , m_pins(new PinChecker(config.pinAttempts, config.lockoutS, this))
    , m_languages(new Languages(this))
    , m_homeLanguage(m_languages->current())
{
    setObjectName(QStringLiteral("kiosk"));
    setPalette(Theme::darkPalette()); // a lobby screen: light text on dark, whatever the desktop
    setAutoFillBackground(true);
    m_banner = kiosk::label(kiosk::kBodyPt, true, this);
    m_banner->setAutoFillBackground(true);
    QPalette bannerPalette = m_banner->palette();
    bannerPalette.setColor(QPalette::Window, QColor(0xb7, 0x1c, 0x1c));
    bannerPalette.setColor(QPalette::WindowText, Qt::white);
    m_banner->setPalette(bannerPalette);
    m_banner->hide();

    m_home = new QStackedWidget(this);
    m_garage = new KioskGaragePage(*m_figures, m_home);
    m_home->addWidget(m_garage);
    m_home->addWidget(new KioskFlowPage(*m_figures, m_home));
    m_home->addWidget(new KioskTodayPage(*m_figures, m_home));
    m_home->addWidget(new KioskThanksPage(*m_figures, m_home));
    m_bayPage = new KioskBayPage(*m_figures, this);
    m_pinPage = new KioskPinPage(*m_pins, this);
    m_form = new DriverInputForm(this);
    m_stack = new QStackedWidget(this);
    for (QWidget* page : std::initializer_list<QWidget*>{m_home, m_bayPage, m_pinPage, m_form})
        m_stack->addWidget(page);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildHeader());
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);

    connect(m_garage, &KioskGaragePage::bayTapped, this, &KioskWindow::openBay);
    connect(m_bayPage, &KioskBayPage::backRequested, this, &KioskWindow::goHome);
    connect(m_bayPage, &KioskBayPage::changeRequested, this, &KioskWindow::askBayPin);
    connect(m_pinPage, &KioskPinPage::accepted, this, &KioskWindow::pinAccepted);
    connect(m_pinPage, &KioskPinPage::cancelled, this, [this] {
        if (m_pinPage->key() == kManagerKey || m_pinRow < 0)
            goHome();
        else
            openBay(m_pinRow);
    });
    connect(m_form, &DriverInputForm::submitted, this, &KioskWindow::submitSession);
    connect(m_form, &DriverInputForm::cancelled, this, [this] { openBay(m_pinRow); });

    connect(&m_rotateTimer, &QTimer::timeout, this, &KioskWindow::rotate);
    m_rotateTimer.start(config.rotateS * 1000);
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(config.idleS * 1000);
    // Idle: the next visitor finds the kiosk at home, in the building's language.
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        switchLanguage(m_homeLanguage);
        goHome();
    });
    connect(m_lock, &KioskLock::activity, this, [this] {
        if (screen() != Screen::Home)
            m_idleTimer.start();
    });
    connect(&m_clockTimer, &QTimer::timeout, this, &KioskWindow::tickClock);
    m_clockTimer.start(1000);
    m_commandTimer.setSingleShot(true);
    m_commandTimer.setInterval(kCommandTimeoutMs);
    connect(&m_commandTimer, &QTimer::timeout, this, [this] {
        if (m_pendingCommand == 0)
            return;
        m_pendingCommand = 0;
        commandFinished(0, CommandResult{false, tr("the engine did not answer in time")});
    });
    retranslate();
    showScreen(Screen::Home);
}

KioskWindow::~KioskWindow() = default;

QWidget* KioskWindow::buildHeader()
{
    auto* header = new QWidget(this);
    header->setMinimumHeight(kiosk::kTouchPx + 16);
    m_siteName = kiosk::label(kiosk::kFigurePt, true, header, Qt::AlignLeft | Qt::AlignVCenter);
    m_siteName->setWordWrap(false);
    m_siteName->setText(m_figures->context().name);
    m_siteName->installEventFilter(this); // the hidden gesture
    m_clock = kiosk::label(kiosk::kFigurePt, false, header, Qt::AlignRight | Qt::AlignVCenter);
    m_clock->setWordWrap(false);
    auto* row = new QHBoxLayout(header);
    row->setContentsMargins(32, 8, 32, 8);
    row->addWidget(m_siteName, 1);
    for (const Language& language : m_languages->available()) {
        QPushButton* b = kiosk::button(header);
        b->setMinimumWidth(kiosk::kTouchPx * 2);
        b->setText(language.nativeName);
        b->setCheckable(true);
        b->setChecked(language.code == m_languages->current());
        b->setFocusPolicy(Qt::NoFocus);
        connect(b, &QPushButton::clicked, this, [this, code = language.code] { switchLanguage(code); });
        m_languageButtons.emplace(language.code, b);
        row->addWidget(b);
    }
    row->addSpacing(24);
    row->addWidget(m_clock);
    return header;
}

void KioskWindow::attach(SiteControl& control)
{
    m_control = &control;
    m_connected = control.isConnected();
    connect(&control, &SiteControl::cyclePublished, m_figures, &KioskFigures::add);
    connect(&control, &SiteControl::commandFinished, this, &KioskWindow::commandFinished);
    connect(&control, &SiteControl::connectionChanged, this, [this](bool connected, const QString&) {
        m_connected = connected;
        retranslate();
    });
    retranslate();
}

void KioskWindow::showKiosk()
{
    if (QScreen* primary = QGuiApplication::primaryScreen())
        setGeometry(primary->geometry());
    showFullScreen();
    raise();
    activateWindow();
}

KioskWindow::Screen KioskWindow::screen() const
{
    QWidget* current = m_stack->currentWidget();
    if (current == m_home)
        return Screen::Home;
    if (current == m_bayPage)
        return Screen::Bay;
    if (current == m_form)
        return Screen::DriverForm;
    return m_pinPage->key() == kManagerKey ? Screen::ManagerPin : Screen::BayPin;
}

int KioskWindow::homePage() const
{
    return m_home->currentIndex();
}

KioskPage* KioskWindow::home(int index) const
{
    return qobject_cast<KioskPage*>(m_home->widget(index));
}

void KioskWindow::showHomePage(int index)
{
    m_home->setCurrentIndex(index % kHomePages);
}

void KioskWindow::rotate()
{
    if (screen() == Screen::Home)
        showHomePage(m_home->currentIndex() + 1);
}

void KioskWindow::showScreen(Screen screen)
{
    switch (screen) {
    case Screen::Home:
        m_stack->setCurrentWidget(m_home);
        m_idleTimer.stop();
        m_rotateTimer.start();
        return;
    case Screen::Bay:
        m_stack->setCurrentWidget(m_bayPage);
        break;
    case Screen::BayPin:
    case Screen::ManagerPin:
        m_stack->setCurrentWidget(m_pinPage);
        break;
    case Screen::DriverForm:
        m_stack->setCurrentWidget(m_form);
        break;
    }
    m_idleTimer.start(); // away from home: back there when nobody touches it
}

void KioskWindow::switchLanguage(const QString& code)
{
    m_languages->switchTo(code);
    for (auto& [c, button] : m_languageButtons)
        button->setChecked(c == m_languages->current());
}

void KioskWindow::goHome()
{
    // Nothing a driver typed survives going home.
    m_pinPage->reset();
    m_pinRow = -1;
    showHomePage(0);
    showScreen(Screen::Home);
}

void KioskWindow::openBay(int row)
{
    if (row < 0 || row >= m_figures->garage().rowCount())
        return;
    m_pinRow = row;
    const QString bayId = m_figures->garage().status(row).bayId;
    const bool mayChange = m_config.driverInput && m_config.bayPins.contains(bayId) && m_control;
    m_bayPage->showBay(row, mayChange);
    showScreen(Screen::Bay);
}

void KioskWindow::askBayPin(int row)
{
    const QString bayId = m_figures->garage().status(row).bayId;
    const auto pin = m_config.bayPins.constFind(bayId);
    if (!m_config.driverInput || pin == m_config.bayPins.cend())
        return;
    m_pinRow = row;
    m_pinPage->ask(bayKey(bayId), *pin, KioskBayPage::titleOf(bayId),
                   tr("Enter the PIN on your parking card to change this bay's charging."));
    showScreen(Screen::BayPin);
}

void KioskWindow::askManagerPin()
{
    if (!m_config.managerPin)
        return; // no manager PIN configured: kiosk mode cannot be left from the screen
    m_pinPage->ask(kManagerKey, *m_config.managerPin, tr("Facility manager"),
                   tr("Enter the manager PIN to leave kiosk mode."));
    showScreen(Screen::ManagerPin);
}

void KioskWindow::pinAccepted(const QString& key)
{
    if (key == kManagerKey) {
        m_mayClose = true;
        close();
        emit left();
        return;
    }
    if (m_pinRow < 0 || key != bayKey(m_figures->garage().status(m_pinRow).bayId))
        return;
    m_form->edit(m_figures->garage().status(m_pinRow), m_figures->garage().nowMs(), m_figures->format());
    showScreen(Screen::DriverForm);
}

void KioskWindow::submitSession(const QString& bayId, const DriverInput& input)
{
    SiteControl* control = m_control.data();
    if (control == nullptr || m_pendingCommand != 0)
        return;
    m_form->setBusy(true);
    m_pendingCommand = control->updateSession(bayId, input, kKioskOperator);
    m_commandTimer.start();
}

void KioskWindow::commandFinished(quint64 id, const CommandResult& result)
{
    if (id != m_pendingCommand && id != 0)
        return;
    m_pendingCommand = 0;
    m_commandTimer.stop();
    m_form->setBusy(false);
    const QString message = result.ok ? tr("Saved. Your charging follows your new wishes from now on.")
                                      : tr("Not saved: %1").arg(result.error);
    if (m_pinRow >= 0) {
        m_bayPage->showBay(m_pinRow, true);
        m_bayPage->setNotice(message);
        showScreen(Screen::Bay);
    }
    emit sessionUpdated(result.ok, message);
}

qint64 KioskWindow::cyclesShown() const
{
    return m_figures->cycles();
}

QPushButton* KioskWindow::languageButton(const QString& code) const
{
    const auto it = m_languageButtons.find(code);
    return it == m_languageButtons.end() ? nullptr : it->second;
}

void KioskWindow::setIdleMs(int ms)
{
    m_idleTimer.setInterval(ms);
}

void KioskWindow::tickClock()
{
    const TimeMs now = m_figures->garage().nowMs();
    m_clock->setText(now > 0 ? m_figures->format().timeOfDay(now) : QString());
}

void KioskWindow::closeEvent(QCloseEvent* event)
{
    if (m_mayClose)
        event->accept();
    else
        event->ignore(); // Alt+F4 from a window manager, a close button: kiosk mode stays
}

bool KioskWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_siteName && event->type() == QEvent::MouseButtonRelease) {
        if (m_taps == 0 || m_firstTap.elapsed() > kGestureWindowMs) {
            m_taps = 0;
            m_firstTap.start();
        }
        if (++m_taps >= kGestureTaps) {
            m_taps = 0;
            askManagerPin();
        }
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void KioskWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void KioskWindow::retranslate()
{
    setWindowTitle(tr("Parkwatt kiosk"));
    m_siteName->setAccessibleName(m_figures->context().name);
    m_banner->setText(tr("Live figures are not available right now: the connection to the energy system "
                         "is being restored."));
    m_banner->setVisible(m_control && !m_connected);
}

int KioskWindow::writeScreenshots(const QString& dir)
{
    QDir().mkpath(dir);
    int failed = 0;
    const auto shoot = [&](const QString& name) {
        QCoreApplication::processEvents();
        const QString file = QDir(dir).filePath(name + QStringLiteral(".png"));
        const bool saved = grab().save(file);
        failed += saved ? 0 : 1;
        std::printf("%s%s\n", qPrintable(file), saved ? "" : " (failed)");
        std::fflush(stdout);
    };
    const char* homeNames[] = {"kiosk-garage", "kiosk-flows", "kiosk-today", "kiosk-thanks"};
    for (int i = 0; i < kHomePages; ++i) {
        goHome();
        showHomePage(i);
        shoot(QString::fromLatin1(homeNames[i]));
    }
    // A bay with a car for the driver's screens: charging on a bidirectional charger if there is
    // one (its form shows the V2B consent), else any car.
    int row = -1, best = -1;
    for (int r = 0; r < m_figures->garage().rowCount(); ++r) {
        const BayStatus& bay = m_figures->garage().status(r);
        const int score = bay.state == BayState::Free || bay.state == BayState::Offline
                              ? -1
                              : (bay.state == BayState::Charging ? 1 : 0) + (bay.bidirectional ? 2 : 0);
        if (score > best) {
            best = score;
            row = r;
        }
    }
    if (row >= 0) {
        openBay(row);
        shoot(QStringLiteral("kiosk-bay"));
        askBayPin(row);
        m_pinPage->keypad()->key(1)->click();
        m_pinPage->keypad()->key(2)->click();
        shoot(QStringLiteral("kiosk-bay-pin"));
        m_form->edit(m_figures->garage().status(row), m_figures->garage().nowMs(), m_figures->format());
        showScreen(Screen::DriverForm);
        shoot(QStringLiteral("kiosk-driver-form"));
    } else {
        failed += 3;
    }
    askManagerPin();
    shoot(QStringLiteral("kiosk-manager-pin"));
    goHome();
    return failed;
}

} // namespace parkwatt
