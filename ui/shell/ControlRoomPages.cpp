#include "shell/ControlRoomPages.h"

#include "devices/DevicesPage.h"
#include "events/EventsPage.h"
#include "garage/BayStatus.h"
#include "garage/GarageModel.h"
#include "garage/GaragePage.h"
#include "history/HistoryPage.h"
#include "policies/PoliciesPage.h"
#include "shell/ControlRoomWindow.h"
#include "whatif/WhatIfPage.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <cstdio>

namespace parkwatt {

ControlRoomPages::ControlRoomPages(SiteContext context, SiteControl& control, Operator by)
    : m_context(std::move(context))
    , m_control(control)
    , m_operator(std::move(by))
{
}

namespace {

// Where the What-if page looks for scenarios besides the built-in demo garage: the user's own
// folder and the one installed beside the program, where they exist.
QStringList scenarioFolders()
{
    QStringList folders;
    for (const QString& dir : {QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                                   .filePath(QStringLiteral("scenarios")),
                               QDir(QCoreApplication::applicationDirPath())
                                   .filePath(QStringLiteral("../share/parkwatt/scenarios"))})
        if (QDir(dir).exists())
            folders << QDir(dir).canonicalPath();
    return folders;
}

} // namespace

void ControlRoomPages::addTo(ControlRoomWindow& window)
{
    const auto historyNow = [siteNow = m_siteNowMs] {
        // A minute on, so the newest samples are inside the range.
        return *siteNow > 0 ? *siteNow + 60'000 : QDateTime::currentMSecsSinceEpoch();
    };
    HistoryPage* history = nullptr;
    if (!m_control.databasePath().isEmpty()) {
        history = m_history = new HistoryPage(m_control.databasePath(), &window, historyNow);
        window.addPage(history, {QStringLiteral("history"),
                                 [] { return QApplication::translate("ControlRoomPages", "History"); },
                                 [path = m_control.databasePath()] {
                                     return QApplication::translate("ControlRoomPages", "Recorded history of %1")
                                         .arg(path);
                                 }});
    }
    window.addPage(new PoliciesPage(m_control, m_context, m_operator, &window),
                   {QStringLiteral("policies"), [] { return QApplication::translate("ControlRoomPages", "Policies"); },
                    [] {
                        return QApplication::translate(
                            "ControlRoomPages",
                            "Self-sufficiency, peak shaving, backup and V2B: edit, preview, apply, undo");
                    }});
    m_whatIf = new WhatIfPage(scenarioFolders(), &window);
    window.addPage(m_whatIf, {QStringLiteral("what-if"),
                              [] { return QApplication::translate("ControlRoomPages", "What-if"); },
                              [] {
                                  return QApplication::translate(
                                      "ControlRoomPages", "Run a scenario under its policy and uncontrolled, and compare");
                              }});
    window.addPage(new EventsPage(m_control, FigureFormat(m_context.utcOffsetS), m_operator, &window),
                   {QStringLiteral("events"), [] { return QApplication::translate("ControlRoomPages", "Events"); },
                    [] { return QApplication::translate("ControlRoomPages", "Alarms and events, with acknowledgement"); }});
    window.addPage(new DevicesPage(m_control, FigureFormat(m_context.utcOffsetS), &window),
                   {QStringLiteral("devices"), [] { return QApplication::translate("ControlRoomPages", "Devices"); },
                    [] {
                        return QApplication::translate(
                            "ControlRoomPages", "Every device: online, last answer, round-trip time, errors, firmware");
                    }});
    QObject::connect(&m_control, &SiteControl::cyclePublished, &window,
                     [siteNow = m_siteNowMs, history](const PublishedCycle& cycle) {
                         const bool first = *siteNow == 0;
                         *siteNow = cycle.applied.timeMs;
                         // The first cycle tells the site's time: the history opens on its day.
                         if (first && history)
                             history->showPreset(HistoryRange::Preset::Day);
                     });
}

namespace {

bool save(QWidget& widget, const QString& file)
{
    const bool saved = widget.grab().save(file);
    std::printf("%s%s\n", qPrintable(file), saved ? "" : " (failed)");
    return saved;
}

QString fileName(const QString& page)
{
    return QStringLiteral("control-room-%1.png")
        .arg(page.toLower().replace(QLatin1Char(' '), QLatin1Char('-')));
}

} // namespace

int ControlRoomPages::writeScreenshots(ControlRoomWindow& window, const QString& dir)
{
    QDir().mkpath(dir);
    window.resize(1600, 1000);
    // History over the recorded week rather than the last day (the demo's began at 13:00).
    if (m_history) {
        bool loaded = false;
        const auto connection =
            QObject::connect(m_history, &HistoryPage::rangeLoaded, m_history, [&loaded] { loaded = true; });
        m_history->showPreset(HistoryRange::Preset::Week);
        QElapsedTimer waited;
        waited.start();
        while (!loaded && waited.elapsed() < 10'000)
            QApplication::processEvents(QEventLoop::AllEvents, 50);
        QObject::disconnect(connection);
    }
    // The What-if page with a result: the demo garage's day run both ways (a few seconds).
    if (m_whatIf) {
        m_whatIf->run();
        QElapsedTimer waited;
        waited.start();
        while (m_whatIf->isRunning() && waited.elapsed() < 60'000)
            QApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    int failed = 0;
    for (int page = 0; page < window.pageCount(); ++page) {
        window.setCurrentPage(page);
        window.refreshNow();
        QApplication::processEvents();
        failed += save(window, QDir(dir).filePath(fileName(window.pageKey(page)))) ? 0 : 1;
    }
    // The garage again with a charging bay open, so its detail, chart and overrides show.
    const GarageModel& bays = *window.garage()->model();
    for (int row = 0; row < bays.rowCount(); ++row)
        if (bays.status(row).state == BayState::Charging) {
            window.garage()->chooseBay(bays.status(row).bayId);
            break;
        }
    window.setCurrentPage(1);
    window.refreshNow();
    QApplication::processEvents();
    failed += save(window, QDir(dir).filePath(fileName(QStringLiteral("bay detail")))) ? 0 : 1;
    return failed;
}

} // namespace parkwatt
