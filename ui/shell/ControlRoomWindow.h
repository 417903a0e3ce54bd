#pragma once
// The control room's main window: a page navigation on the left (Overview, Garage; History,
// Policies, What-if, Events and Devices join through addPage), the pages, and a status line with
// the engine's connection, cycle time and last write. It forwards each published cycle to the
// pages and owns no engine; the composition root attaches it to the SiteControl that runs the site.

#include "common/FigureFormat.h"
#include "common/SiteContext.h"
#include "engine/SiteControl.h"
#include "model/PublishedCycle.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QTimer>
#include <functional>

class QComboBox;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace parkwatt {

class GaragePage;
class Languages;
class OverviewPage;

// A page in the navigation. Its title and tooltip are functions so they follow a language switch.
struct PageEntry {
    QString key; // stable English name ("what-if"): screenshot file names and the F1 help topic
    std::function<QString()> title;
    std::function<QString()> tooltip;
};

class ControlRoomWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit ControlRoomWindow(const SiteContext& context, QWidget* parent = nullptr);

    // Adds a page to the navigation, reachable with Ctrl+<its number>. Returns its index.
    int addPage(QWidget* page, PageEntry entry);
    int pageCount() const;
    int currentPage() const;
    QString pageTitle(int index) const; // as shown, in the current language
    QString pageKey(int index) const;
    void setCurrentPage(int index);

    const SiteContext& context() const { return m_context; }
    OverviewPage* overview() const { return m_overview; }
    GaragePage* garage() const { return m_garage; }
    // Cycles shown since the window opened.
    qint64 cyclesShown() const { return m_cyclesShown; }
    QString statusText() const;

    // Takes cycles, cycle figures and the connection from `control`, and lets `by` override bays
    // through it. `control` must outlive the window.
    void attach(SiteControl& control, const Operator& by);
    // The light/dark/system switch in the status bar.
    QComboBox* themeSwitch() const { return m_theme; }
    // Shown while the engine is out of reach ("" when it is not shown).
    QString bannerText() const;
    // The View > Language menu over `languages` (which must outlive the window).
    void offerLanguages(Languages& languages);
    // F1: the facility manager's guide at the current page's topic.
    void showHelp();
    void showAbout();

public slots:
    void showCycle(const parkwatt::PublishedCycle& cycle);
    void startNewDay();
    // Pushes the last cycles to every page now (tests, screenshots).
    void refreshNow();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    // The navigation entry of page `index` in the current language.
    void wordPage(int index);
    void createMenus();
    void updateStatus();
    void addThemeSwitch();
    void showConnectionBanner();
    void noteCycleStats(const CycleStats& stats);

    SiteContext m_context;
    FigureFormat m_format;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    OverviewPage* m_overview;
    GaragePage* m_garage;
    QLabel* m_source;
    QLabel* m_siteTime;
    QLabel* m_freshness;
    QLabel* m_grid;
    QLabel* m_cycle;
    QLabel* m_lastWrite;
    QComboBox* m_theme;
    QLabel* m_banner;
    QList<PageEntry> m_entries;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_helpAction = nullptr;
    QAction* m_aboutAction = nullptr;
    SiteControl* m_control = nullptr;
    bool m_connected = true;
    QString m_disconnectReason;
    double m_cycleMs = -1;
    TimeMs m_lastWriteMs = 0;
    int m_lastWriteCount = 0;
    QTimer m_statusTimer;
    QElapsedTimer m_sinceLastCycle;
    TimeMs m_lastCycleMs = 0;
    bool m_outage = false;
    int m_offlineDevices = 0;
    qint64 m_cyclesShown = 0;
};

} // namespace parkwatt
