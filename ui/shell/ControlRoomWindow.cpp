#include "shell/ControlRoomWindow.h"

#include "common/Theme.h"
#include "garage/GaragePage.h"
#include "help/HelpWindow.h"
#include "overview/OverviewPage.h"
#include "shell/AboutDialog.h"
#include "shell/LanguageMenu.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace parkwatt {

namespace {
// A site that published nothing for this long is shown as stale (the demo and live engines publish
// every second or faster).
constexpr qint64 kStaleAfterMs = 5000;
} // namespace

ControlRoomWindow::ControlRoomWindow(const SiteContext& context, QWidget* parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_format(context.utcOffsetS)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_overview(new OverviewPage(context, this))
    , m_garage(new GaragePage(context, this))
    , m_source(new QLabel(this))
    , m_siteTime(new QLabel(this))
    , m_freshness(new QLabel(this))
    , m_grid(new QLabel(this))
    , m_cycle(new QLabel(this))
    , m_lastWrite(new QLabel(this))
    , m_theme(new QComboBox(this))
    , m_banner(new QLabel(this))
{
    setObjectName(QStringLiteral("controlRoom"));

    m_navigation->setFixedWidth(150);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    QFont navFont = m_navigation->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.1);
    m_navigation->setFont(navFont);

    // The banner says, above every page, that the engine is out of reach and what is shown is old.
    m_banner->setObjectName(QStringLiteral("connectionBanner"));
    m_banner->setWordWrap(true);
    m_banner->setAutoFillBackground(true);
    QPalette bannerPalette = m_banner->palette();
    bannerPalette.setColor(QPalette::Window, QColor(0xc6, 0x28, 0x28));
    bannerPalette.setColor(QPalette::WindowText, Qt::white);
    m_banner->setPalette(bannerPalette);
    m_banner->setContentsMargins(12, 8, 12, 8);
    m_banner->hide();

    auto* central = new QWidget(this);
    auto* outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    outer->addWidget(m_banner);
    auto* layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    outer->addLayout(layout, 1);
    setCentralWidget(central);

    addPage(m_overview, {QStringLiteral("overview"), [] { return tr("Overview"); },
                         [] { return tr("Power flows, today's figures, the policy and open alarms"); }});
    addPage(m_garage, {QStringLiteral("garage"), [] { return tr("Garage"); },
                       [] { return tr("Every bay: state, power, charge, departure, and a bay in detail"); }});
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_pages, &QStackedWidget::currentChanged, this, [this](int index) {
        m_navigation->setCurrentRow(index);
        refreshNow(); // the page just shown catches up at once
    });
    m_navigation->setCurrentRow(0);

    for (QLabel* label : {m_source, m_siteTime, m_freshness, m_cycle, m_lastWrite})
        statusBar()->addWidget(label);
    statusBar()->addPermanentWidget(m_grid);
    addThemeSwitch();
    m_statusTimer.setInterval(1000);
    connect(&m_statusTimer, &QTimer::timeout, this, &ControlRoomWindow::updateStatus);
    m_statusTimer.start();
    createMenus();
    retranslate();
    resize(1600, 1000);
}

void ControlRoomWindow::createMenus()
{
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->menuAction()->setVisible(false); // until there are languages to offer
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpAction = m_helpMenu->addAction(QString(), this, &ControlRoomWindow::showHelp);
    m_helpAction->setShortcut(QKeySequence::HelpContents);
    m_helpAction->setShortcutContext(Qt::WindowShortcut);
    m_aboutAction = m_helpMenu->addAction(QString(), this, &ControlRoomWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

void ControlRoomWindow::offerLanguages(Languages& languages)
{
    m_viewMenu->addMenu(new LanguageMenu(languages, m_viewMenu));
    m_viewMenu->menuAction()->setVisible(true);
}

void ControlRoomWindow::showHelp()
{
    parkwatt::showHelp(Guide::FacilityManager, pageKey(currentPage()));
}

void ControlRoomWindow::showAbout()
{
    auto* about = new AboutDialog(this);
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->open();
}

void ControlRoomWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void ControlRoomWindow::retranslate()
{
    setWindowTitle(m_context.simulated ? tr("Parkwatt – %1 (simulated)").arg(m_context.name)
                                       : tr("Parkwatt – %1").arg(m_context.name));
    m_navigation->setAccessibleName(tr("Pages"));
    m_banner->setAccessibleName(tr("Connection to the engine"));
    for (int index = 0; index < m_entries.size(); ++index)
        wordPage(index);
    if (!m_control)
        m_source->setText(tr("Engine: not attached"));
    m_cycle->setToolTip(tr("How long the engine's last cycle took: read every device, decide, write"));
    m_lastWrite->setToolTip(tr("When the engine last sent setpoints to chargers"));
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->setToolTip(tr("Light or dark, or as the system is"));
    m_theme->setItemText(m_theme->findData(int(ThemeMode::System)), tr("System theme"));
    m_theme->setItemText(m_theme->findData(int(ThemeMode::Light)), tr("Light"));
    m_theme->setItemText(m_theme->findData(int(ThemeMode::Dark)), tr("Dark"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_helpAction->setText(tr("Parkwatt &Help"));
    m_aboutAction->setText(tr("&About Parkwatt"));
    showConnectionBanner();
    updateStatus();
}

int ControlRoomWindow::addPage(QWidget* page, PageEntry entry)
{
    const int index = m_pages->addWidget(page);
    auto* item = new QListWidgetItem(m_navigation);
    item->setSizeHint(QSize(0, 40));
    if (index < 9) {
        auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)), this);
        connect(shortcut, &QShortcut::activated, this, [this, index] { setCurrentPage(index); });
    }
    m_entries.push_back(std::move(entry));
    wordPage(index);
    return index;
}

void ControlRoomWindow::wordPage(int index)
{
    QListWidgetItem* item = m_navigation->item(index);
    const PageEntry& entry = m_entries[index];
    item->setText(entry.title());
    item->setToolTip(index < 9 ? tr("%1 (Ctrl+%2)").arg(entry.tooltip()).arg(index + 1) : entry.tooltip());
}

QString ControlRoomWindow::pageKey(int index) const
{
    return m_entries.value(index).key;
}

int ControlRoomWindow::pageCount() const
{
    return m_pages->count();
}
int ControlRoomWindow::currentPage() const
{
    return m_pages->currentIndex();
}
QString ControlRoomWindow::pageTitle(int index) const
{
    const QListWidgetItem* item = m_navigation->item(index);
    return item ? item->text() : QString();
}
void ControlRoomWindow::setCurrentPage(int index)
{
    m_pages->setCurrentIndex(index);
}

void ControlRoomWindow::attach(SiteControl& control, const Operator& by)
{
    m_control = &control;
    m_connected = control.isConnected();
    connect(&control, &SiteControl::cyclePublished, this, &ControlRoomWindow::showCycle);
    connect(&control, &SiteControl::cycleFinished, this, &ControlRoomWindow::noteCycleStats);
    connect(&control, &SiteControl::connectionChanged, this, [this](bool connected, const QString& why) {
        m_connected = connected;
        m_disconnectReason = why;
        showConnectionBanner();
        updateStatus();
    });
    m_garage->setControl(&control, by);
    updateStatus();
}

void ControlRoomWindow::addThemeSwitch()
{
    m_theme->addItem(QString(), int(ThemeMode::System)); // texts: retranslate()
    m_theme->addItem(QString(), int(ThemeMode::Light));
    m_theme->addItem(QString(), int(ThemeMode::Dark));
    m_theme->setCurrentIndex(m_theme->findData(int(Theme::current())));
    connect(m_theme, &QComboBox::currentIndexChanged, this, [this](int index) {
        const auto mode = ThemeMode(m_theme->itemData(index).toInt());
        Theme::apply(mode);
        Theme::save(mode);
    });
    statusBar()->addPermanentWidget(m_theme);
}

QString ControlRoomWindow::bannerText() const
{
    return m_banner->isVisibleTo(this) ? m_banner->text() : QString();
}

void ControlRoomWindow::showConnectionBanner()
{
    m_banner->setVisible(!m_connected);
    if (m_connected)
        return;
    const QString since =
        m_cyclesShown > 0 ? tr(" What you see is from %1, site time.").arg(m_format.timeOfDay(m_lastCycleMs))
                          : QString();
    m_banner->setText(
        tr("<b>The engine is out of reach</b>%1. Reconnecting by itself…%2")
            .arg(m_disconnectReason.isEmpty()
                     ? QString()
                     : QStringLiteral(" (") + m_disconnectReason.toHtmlEscaped() + QStringLiteral(")"),
                 since));
}

void ControlRoomWindow::noteCycleStats(const CycleStats& stats)
{
    m_cycleMs = stats.totalMs;
    if (stats.writesSent > 0) {
        m_lastWriteMs = stats.startMs;
        m_lastWriteCount = stats.writesSent;
    }
}

void ControlRoomWindow::showCycle(const PublishedCycle& cycle)
{
    m_overview->showCycle(cycle);
    m_garage->showCycle(cycle);
    m_lastCycleMs = cycle.applied.timeMs;
    m_outage = cycle.applied.outage;
    m_offlineDevices = int(cycle.offlineDevices.size());
    m_sinceLastCycle.start();
    ++m_cyclesShown;
}

void ControlRoomWindow::startNewDay()
{
    m_overview->startNewDay();
    m_garage->startNewDay();
}

void ControlRoomWindow::refreshNow()
{
    m_overview->refreshNow();
    m_garage->refreshNow();
    updateStatus();
}

QString ControlRoomWindow::statusText() const
{
    return QStringList{m_source->text(), m_siteTime->text(),  m_freshness->text(),
                       m_cycle->text(),  m_lastWrite->text(), m_grid->text()}
        .join(QStringLiteral(" | "));
}

void ControlRoomWindow::updateStatus()
{
    if (m_control)
        m_source->setText(m_connected
                              ? tr("Engine: %1").arg(m_control->description())
                              : tr("<b style='color:#c62828'>Engine disconnected</b>%1")
                                    .arg(m_disconnectReason.isEmpty()
                                             ? QString()
                                             : QStringLiteral(": ") + m_disconnectReason.toHtmlEscaped()));
    if (m_cyclesShown == 0) {
        m_siteTime->setText(tr("waiting for the first cycle"));
        for (QLabel* label : {m_freshness, m_cycle, m_lastWrite, m_grid})
            label->clear();
        return;
    }
    m_siteTime->setText(tr("Site time %1").arg(m_format.timeOfDay(m_lastCycleMs)));
    const qint64 ageMs = m_sinceLastCycle.elapsed();
    if (ageMs > kStaleAfterMs)
        m_freshness->setText(tr("<b style='color:#c62828'>no cycle for %1 s</b>").arg(ageMs / 1000));
    else
        m_freshness->setText(tr("%1 cycles").arg(m_format.locale().toString(m_cyclesShown)));
    m_cycle->setText(m_cycleMs < 0 ? QString()
                                   : tr("cycle %1 ms").arg(m_format.locale().toString(m_cycleMs, 'f', 0)));
    if (m_control)
        m_lastWrite->setText(m_lastWriteMs == 0 ? tr("no setpoint written yet")
                                                : tr("last write %1 (%2)")
                                                      .arg(m_format.timeOfDay(m_lastWriteMs))
                                                      .arg(m_lastWriteCount == 1
                                                               ? tr("1 setpoint")
                                                               : tr("%1 setpoints").arg(m_lastWriteCount)));
    QString grid = m_outage ? tr("<b style='color:#c62828'>grid outage</b>") : tr("grid connected");
    if (m_offlineDevices > 0)
        grid += tr(", <b style='color:#c62828'>%1 not answering</b>")
                    .arg(m_offlineDevices == 1 ? tr("1 device") : tr("%1 devices").arg(m_offlineDevices));
    m_grid->setText(grid);
}

} // namespace parkwatt
