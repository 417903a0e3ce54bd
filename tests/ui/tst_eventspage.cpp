// The Events page: its table model and filter on EngineEvent values (times in the site's clock,
// severity with icon and colour, rows kept in place on refresh, filter by severity, active only and
// text, newest first), then the page on the real stack: the demo garage on parkwatt-sim over
// loopback Modbus with a charger made silent by the simulator's fault knob, whose alarm the engine
// raises, the page lists and a manager acknowledges with Ctrl+K; the engine's refusal of a second
// acknowledgement shown; a viewer's button disabled with the reason.

#include "common/Theme.h"
#include "engine/live/LiveDemo.h"
#include "engine/live/LiveSiteControl.h"
#include "events/EventFilterModel.h"
#include "events/EventTableModel.h"
#include "events/EventsPage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QIcon>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace parkwatt;

namespace {

const Operator kManager{QStringLiteral("maria"), UserRole::Manager};
const Operator kInstaller{QStringLiteral("ivan"), UserRole::Installer};
const Operator kViewer{QStringLiteral("lobby"), UserRole::Viewer};
const QString kSilentCharger = QStringLiteral("L2-20-evse");

// 2026-11-22 09:00 UTC; the site's clock is UTC+1.
constexpr TimeMs kT0 = 1795338000000LL;
constexpr int kOffsetS = 3600;

EngineEvent makeEvent(qint64 id, const QString& source, EventSeverity severity, const QString& message,
                      TimeMs raisedAt)
{
    EngineEvent e;
    e.id = id;
    e.source = source;
    e.code = QStringLiteral("offline");
    e.severity = severity;
    e.message = message;
    e.raisedAt = raisedAt;
    return e;
}

std::vector<EngineEvent> sampleEvents()
{
    std::vector<EngineEvent> events;
    events.push_back(makeEvent(1, QStringLiteral("device.B07"), EventSeverity::Alarm,
                               QStringLiteral("charger B07 does not answer"), kT0));
    events.back().clearedAt = kT0 + 60'000;
    events.push_back(makeEvent(2, QStringLiteral("policy"), EventSeverity::Info,
                               QStringLiteral("policy changed by maria"), kT0 + 120'000));
    events.back().clearedAt = events.back().raisedAt; // a moment's event
    events.push_back(makeEvent(3, QStringLiteral("meter"), EventSeverity::Warning,
                               QStringLiteral("grid meter lost"), kT0 + 180'000));
    events.push_back(makeEvent(4, QStringLiteral("device.B12"), EventSeverity::Alarm,
                               QStringLiteral("charger B12 does not answer"), kT0 + 240'000));
    events.back().acknowledgedAt = kT0 + 300'000;
    events.back().acknowledgedBy = QStringLiteral("maria");
    return events;
}

QString cell(const QAbstractItemModel& model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

} // namespace

class TstEventsPage : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<LiveDemo> m_demo;

    SiteControl& control() const { return *m_demo->control(); }

    std::unique_ptr<EventsPage> pageFor(const Operator& op)
    {
        auto page = std::make_unique<EventsPage>(control(), FigureFormat(m_demo->scenario().utcOffsetS), op);
        page->resize(1600, 1000);
        page->show();
        return page;
    }

    std::optional<EngineEvent> silentChargerAlarm() const
    {
        for (const EngineEvent& e : control().events())
            if (e.source == QStringLiteral("device.") + kSilentCharger && e.active())
                return e;
        return std::nullopt;
    }

private slots:
    // --- the model and the filter, on EngineEvent values ---

    void modelShowsEveryColumnInTheSitesClock()
    {
        EventTableModel model(FigureFormat(kOffsetS, QLocale(QLocale::English)));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEvents(sampleEvents());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(EventTableModel::ColumnCount));
        QCOMPARE(cell(model, 0, EventTableModel::Raised), QStringLiteral("11/22/26 10:00:00 AM"));
        QCOMPARE(cell(model, 0, EventTableModel::Severity), QStringLiteral("Alarm"));
        QCOMPARE(cell(model, 0, EventTableModel::Source), QStringLiteral("device.B07"));
        QCOMPARE(cell(model, 0, EventTableModel::Message), QStringLiteral("charger B07 does not answer"));
        QCOMPARE(cell(model, 0, EventTableModel::Cleared), QStringLiteral("11/22/26 10:01:00 AM"));
        QVERIFY(cell(model, 1, EventTableModel::Cleared).isEmpty());
        QCOMPARE(cell(model, 2, EventTableModel::Cleared), QStringLiteral("active"));
        QVERIFY(
            !cell(model, 0, EventTableModel::Message, Qt::ToolTipRole).contains(QStringLiteral("active")));
        QCOMPARE(cell(model, 3, EventTableModel::Acknowledged),
                 QStringLiteral("maria, 11/22/26 10:05:00 AM"));
        QVERIFY(cell(model, 0, EventTableModel::Acknowledged).isEmpty());
        // Severity: an icon and, for alarms and warnings, a colour; unacknowledged active alarms bold.
        QVERIFY(!model.index(0, EventTableModel::Severity).data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(model.index(0, EventTableModel::Severity).data(Qt::ForegroundRole).isValid());
        QVERIFY(!model.index(1, EventTableModel::Severity).data(Qt::ForegroundRole).isValid());
        QVERIFY(!model.index(0, EventTableModel::Message).data(Qt::FontRole).isValid()); // cleared
        QVERIFY(!model.index(3, EventTableModel::Message).data(Qt::FontRole).isValid()); // acknowledged
        QVERIFY(cell(model, 2, EventTableModel::Message, Qt::ToolTipRole)
                    .contains(QStringLiteral("Not acknowledged")));
        QCOMPARE(model.index(3, 0).data(EventTableModel::IdRole).toLongLong(), 4);
        QCOMPARE(model.rowOf(3), 2);
        QCOMPARE(model.rowOf(99), -1);
        QCOMPARE(model.headerData(EventTableModel::Raised, Qt::Horizontal).toString(),
                 QStringLiteral("Raised"));
    }

    void refreshKeepsRowsWhenEventsAreAddedOrChanged()
    {
        EventTableModel model{FigureFormat(kOffsetS)};
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        std::vector<EngineEvent> events = sampleEvents();
        model.setEvents({events[0], events[1]});
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        events[1].acknowledgedAt = kT0 + 400'000;
        events[1].acknowledgedBy = QStringLiteral("ivan");
        // Given in any order: listed by id.
        model.setEvents({events[3], events[1], events[0], events[2]});
        QCOMPARE(resets.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(cell(model, 1, EventTableModel::Acknowledged).startsWith(QStringLiteral("ivan")));
        // An event gone from the log: the list starts over.
        model.setEvents({events[2]});
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.rowCount(), 1);
    }

    void filtersBySeverityActiveOnlyAndText()
    {
        EventTableModel model{FigureFormat(kOffsetS)};
        model.setEvents(sampleEvents());
        EventFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(filter.rowCount(), 4);
        filter.setSeverity(EventSeverity::Alarm);
        QCOMPARE(filter.rowCount(), 2);
        filter.setActiveOnly(true);
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, EventTableModel::Source).data().toString(), QStringLiteral("device.B12"));
        filter.setSeverity(std::nullopt);
        QCOMPARE(filter.rowCount(), 2);
        filter.setSearchText(QStringLiteral("  METER "));
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, EventTableModel::Message).data().toString(),
                 QStringLiteral("grid meter lost"));
        filter.setActiveOnly(false);
        filter.setSearchText(QStringLiteral("maria")); // who acknowledged, or a message naming them
        QCOMPARE(filter.rowCount(), 2);
        filter.setSearchText({});
        QCOMPARE(filter.rowCount(), 4);
    }

    void sortsOnTimesAndSeverityNotOnText()
    {
        EventTableModel model{FigureFormat(kOffsetS)};
        std::vector<EngineEvent> events = sampleEvents();
        // Raised in a later month, whose text sorts first ("1 Dec" < "22 Nov").
        events.push_back(makeEvent(5, QStringLiteral("storage"), EventSeverity::Warning,
                                   QStringLiteral("battery too hot"), kT0 + 9LL * 24 * 3600 * 1000));
        model.setEvents(events);
        EventFilterModel filter;
        filter.setSourceModel(&model);
        filter.sort(EventTableModel::Raised, Qt::DescendingOrder);
        QCOMPARE(filter.index(0, 0).data(EventTableModel::IdRole).toLongLong(), 5);
        QCOMPARE(filter.index(4, 0).data(EventTableModel::IdRole).toLongLong(), 1);
        filter.sort(EventTableModel::Severity, Qt::DescendingOrder);
        QCOMPARE(filter.index(0, EventTableModel::Severity).data().toString(), QStringLiteral("Alarm"));
        QCOMPARE(filter.index(4, EventTableModel::Severity).data().toString(), QStringLiteral("Info"));
    }

    // --- the page on the live demo ---

    void initTestCase()
    {
        qRegisterMetaType<CommandResult>();
        QVERIFY(m_dir.isValid());
    }

    void startTheDemoWithASilentCharger()
    {
        m_demo = std::make_unique<LiveDemo>();
        QSignalSpy started(m_demo.get(), &LiveDemo::started);
        QSignalSpy failed(m_demo.get(), &LiveDemo::failed);
        LiveDemoOptions options;
        options.speed = 1;
        options.program = QStringLiteral(PARKWATT_BIN_DIR "/parkwatt-sim");
        options.startAtS = 11 * 3600;
        options.databasePath = m_dir.filePath(QStringLiteral("demo.db"));
        options.faults = {kSilentCharger + QStringLiteral(":silence")};
        m_demo->start(options);
        QTRY_VERIFY_WITH_TIMEOUT(started.count() == 1 || failed.count() == 1, 30000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).toString()));
        QVERIFY(m_demo->control());
    }

    void theEnginesAlarmIsListedAndAManagerAcknowledgesItWithCtrlK()
    {
        auto page = pageFor(kManager);
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        // The engine raises the alarm once the charger has missed its answers; the page follows.
        QTRY_VERIFY_WITH_TIMEOUT(silentChargerAlarm().has_value(), 15000);
        const EngineEvent alarm = *silentChargerAlarm();
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowOf(alarm.id) >= 0, 5000);
        const int row = page->model()->rowOf(alarm.id);
        QCOMPARE(cell(*page->model(), row, EventTableModel::Severity), QStringLiteral("Alarm"));
        QCOMPARE(cell(*page->model(), row, EventTableModel::Cleared), QStringLiteral("active"));
        QVERIFY(page->summaryText().contains(QStringLiteral("active alarm")));

        // Filter as an operator would: alarms, active only, the charger's name typed.
        page->severityBox()->setCurrentIndex(page->severityBox()->findText(QStringLiteral("Alarm")));
        page->activeOnlyBox()->setChecked(true);
        page->searchField()->setFocus();
        QTest::keyClicks(page->searchField(), kSilentCharger);
        QTRY_COMPARE(page->filter()->rowCount(), 1);
        QVERIFY(!page->acknowledgeButton()->isEnabled()); // nothing selected
        QVERIFY(!page->acknowledgeButton()->toolTip().isEmpty());

        // Keyboard: Tab to the table, Down selects the first row, Ctrl+K acknowledges.
        page->view()->setFocus();
        QTest::keyClick(page->view(), Qt::Key_Home);
        if (page->selectedIds().empty()) // Home on the current row already: Space selects it
            QTest::keyClick(page->view(), Qt::Key_Space);
        QCOMPARE(page->selectedIds(), std::vector<qint64>{alarm.id});
        QVERIFY(page->acknowledgeButton()->isEnabled());
        QVERIFY(page->acknowledgeButton()->toolTip().contains(QStringLiteral("maria")));
        QTest::keySequence(page->view(), QKeySequence(Qt::CTRL | Qt::Key_K));
        QTRY_VERIFY_WITH_TIMEOUT(page->statusText().contains(QStringLiteral("acknowledged as maria")), 5000);
        QVERIFY(!page->statusIsError());
        // The engine's log and the page both say who.
        const EngineEvent* acked = m_demo->control()->eventLog().find(alarm.id);
        QVERIFY(acked && acked->acknowledgedBy == QStringLiteral("maria"));
        QVERIFY(cell(*page->model(), page->model()->rowOf(alarm.id), EventTableModel::Acknowledged)
                    .startsWith(QStringLiteral("maria, ")));
        // Still selected (rows kept in place), now nothing left to acknowledge.
        QCOMPARE(page->selectedIds(), std::vector<qint64>{alarm.id});
        QVERIFY(!page->acknowledgeButton()->isEnabled());
        QVERIFY(!page->acknowledgeAction()->isEnabled());
    }

    void theEnginesRefusalIsShown()
    {
        // Two operators select the same unacknowledged event; the first acknowledges it, the second's
        // request reaches the engine before their page learns of it (as a window across the network
        // would: here the second page is simply not told of the change), and the engine refuses.
        const std::vector<EngineEvent> events = control().events();
        const auto open = std::find_if(events.begin(), events.end(),
                                       [](const EngineEvent& e) { return !e.acknowledgedAt.has_value(); });
        QVERIFY2(open != events.end(), "no unacknowledged event to acknowledge");
        auto first = pageFor(kManager);
        auto second = pageFor(kInstaller);
        QVERIFY(first->selectEvent(open->id));
        QVERIFY(second->selectEvent(open->id));
        QVERIFY(QObject::disconnect(&control(), &SiteControl::eventsChanged, second.get(), nullptr));
        first->acknowledgeSelected();
        second->acknowledgeSelected();
        QTRY_VERIFY_WITH_TIMEOUT(second->statusIsError(), 5000);
        QVERIFY2(second->statusText().contains(QStringLiteral("maria")), qPrintable(second->statusText()));
        QVERIFY(second->statusText().startsWith(QStringLiteral("The engine refused")));
        QTRY_VERIFY(!first->statusIsError() &&
                    first->statusText().contains(QStringLiteral("1 event acknowledged")));
    }

    void aHiddenPageCatchesUpWhenShown()
    {
        auto page = pageFor(kManager);
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        page->hide();
        const int before = page->model()->rowCount();
        // A policy change is an event in the engine's log; the hidden page does not read it.
        Policy edited = control().policy();
        edited.backup.batteryReservePct = edited.backup.batteryReservePct >= 50 ? 20 : 60;
        QSignalSpy answers(&control(), &SiteControl::commandFinished);
        control().applyPolicy(edited, kManager);
        QVERIFY(answers.wait(5000));
        QTest::qWait(400);
        QCOMPARE(page->model()->rowCount(), before);
        page->show();
        QVERIFY(page->model()->rowCount() > before);
        const EngineEvent* newest = page->model()->eventAt(page->model()->rowCount() - 1);
        QVERIFY(newest);
        QVERIFY2(newest->message.contains(QStringLiteral("maria")), qPrintable(newest->message));
        // Shown, it follows the engine (at most four refreshes a second).
        const int shown = page->model()->rowCount();
        control().undoPolicy(kManager);
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() > shown, 2000);
    }

    void aViewerSeesTheButtonDisabledWithTheReason()
    {
        auto page = pageFor(kViewer);
        QVERIFY(page->model()->rowCount() > 0);
        page->view()->selectAll();
        QVERIFY(!page->selectedIds().empty());
        QVERIFY(!page->acknowledgeButton()->isEnabled());
        QVERIFY(!page->acknowledgeAction()->isEnabled());
        QVERIFY2(page->acknowledgeButton()->toolTip().contains(QStringLiteral("viewer")),
                 qPrintable(page->acknowledgeButton()->toolTip()));
        QSignalSpy commands(&control(), &SiteControl::commandFinished);
        page->acknowledgeSelected();
        QTest::qWait(200);
        QCOMPARE(commands.count(), 0);
        for (QWidget* w : QList<QWidget*>{page->severityBox(), page->activeOnlyBox(), page->searchField(),
                                          page->acknowledgeButton(), page->view()}) {
            QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
            QVERIFY2(!w->toolTip().isEmpty(), qPrintable(w->accessibleName()));
        }
        if (const QString shot = qEnvironmentVariable("PARKWATT_EVENTS_SCREENSHOT"); !shot.isEmpty()) {
            page->view()->clearSelection();
            page->view()->selectRow(0);
            QTest::qWait(50);
            QVERIFY(page->grab().save(shot));
        }
        if (const QString shot = qEnvironmentVariable("PARKWATT_EVENTS_SCREENSHOT_DARK"); !shot.isEmpty()) {
            Theme::apply(ThemeMode::Dark);
            page->refresh();
            QTest::qWait(50);
            QVERIFY(page->grab().save(shot));
            Theme::apply(ThemeMode::Light);
        }
    }

    void cleanupTestCase()
    {
        if (!m_demo)
            return;
        QSignalSpy stopped(m_demo.get(), &LiveDemo::stopped);
        m_demo->stop();
        stopped.wait(15000);
        m_demo.reset();
    }
};

QTEST_MAIN(TstEventsPage)
#include "tst_eventspage.moc"
