// The Policies page on the real stack: the demo garage (parkwatt-sim on loopback Modbus, the live
// engine in this process) recording into a real SQLite file that starts with 7 recorded days.
// Editing shows problems under their fields; the preview replays the last 7 recorded days under
// both policies off the GUI thread (progress, cancel, both KPI columns, the longest stall of the
// event loop measured); apply asks first and changes the engine's policy, a refusal changes
// nothing, undo returns the previous policy; a viewer may do neither.

#include "common/Theme.h"
#include "config/PolicyJson.h"
#include "engine/live/LiveDemo.h"
#include "engine/live/LiveSiteControl.h"
#include "policies/PoliciesPage.h"
#include "policies/PolicyCheck.h"
#include "policies/PolicyForm.h"
#include "policies/PolicyPreviewPanel.h"
#include "policies/PolicyWords.h"
#include "policies/PreviewChart.h"
#include "policies/PreviewKpiTable.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QProgressBar>
#include <QSet>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QtCharts/QLineSeries>

using namespace parkwatt;

namespace {
const Operator kManager{QStringLiteral("maria"), UserRole::Manager};
const Operator kViewer{QStringLiteral("lobby"), UserRole::Viewer};
constexpr int kPreviewTimeoutMs = 600000; // 2 x 7 days on a busy 2-core machine
} // namespace

class TstPoliciesPage : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<LiveDemo> m_demo;
    Policy m_original;

    SiteControl& control() const { return *m_demo->control(); }

    std::unique_ptr<PoliciesPage> pageFor(const Operator& op)
    {
        auto page = std::make_unique<PoliciesPage>(
            control(), SiteContext::fromSiteFile(m_demo->site(), m_demo->scenario().utcOffsetS), op);
        page->resize(1600, 1000);
        page->show();
        return page;
    }

    static void setPeakLimit(PoliciesPage& page, double kw)
    {
        page.form()->peakShavingBox()->setChecked(true);
        page.form()->peakLimitField()->setValue(kw);
    }

    // Runs a preview from the page's button; returns the longest gap between turns of the event
    // loop while it ran (ms), or -1 when it did not finish.
    static qint64 runPreview(PoliciesPage& page)
    {
        PolicyPreviewPanel* panel = page.previewPanel();
        QSignalSpy finished(panel, &PolicyPreviewPanel::finished);
        QSignalSpy failed(panel, &PolicyPreviewPanel::failed);
        QElapsedTimer sinceTick;
        qint64 longest = 0;
        QTimer ticker;
        ticker.setInterval(5);
        QObject::connect(&ticker, &QTimer::timeout, [&] { longest = std::max(longest, sinceTick.restart()); });
        sinceTick.start();
        ticker.start();
        QTest::mouseClick(panel->previewButton(), Qt::LeftButton);
        QElapsedTimer wall;
        wall.start();
        qint64 loadedAfterMs = -1;
        while (finished.isEmpty() && failed.isEmpty() && wall.elapsed() < kPreviewTimeoutMs) {
            QTest::qWait(20);
            if (loadedAfterMs < 0 && panel->stage() != PolicyPreviewPanel::Stage::Loading)
                loadedAfterMs = wall.elapsed();
        }
        ticker.stop();
        if (!failed.isEmpty())
            qWarning("preview failed: %s", qPrintable(failed.at(0).at(0).toString()));
        qInfo("preview took %.1f s (reading the scenario %.1f s)", double(wall.elapsed()) / 1000.0,
              double(loadedAfterMs) / 1000.0);
        return finished.isEmpty() ? -1 : longest;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = std::make_unique<LiveDemo>();
        QSignalSpy started(m_demo.get(), &LiveDemo::started);
        QSignalSpy failed(m_demo.get(), &LiveDemo::failed);
        LiveDemoOptions options;
        options.speed = 5;
        options.program = QStringLiteral(PARKWATT_BIN_DIR "/parkwatt-sim");
        options.startAtS = 12 * 3600;
        options.databasePath = m_dir.filePath(QStringLiteral("demo.db"));
        options.historyDays = 7;
        m_demo->start(options);
        QTRY_VERIFY_WITH_TIMEOUT(started.count() == 1 || failed.count() == 1, 300000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).toString()));
        QCOMPARE(control().databasePath(), options.databasePath);
        m_original = control().policy();
        QVERIFY(m_original.peakShaving.enabled);
    }

    void theFormShowsTheEnginesPolicyAndItsProblems()
    {
        const auto page = pageFor(kManager);
        PolicyForm* form = page->form();
        QVERIFY(form->policy() == control().policy());
        QVERIFY(!page->isDirty());
        QVERIFY(!page->applyButton()->isEnabled());
        QVERIFY2(page->applyButton()->toolTip().contains(QStringLiteral("edit it")),
                 qPrintable(page->applyButton()->toolTip()));
        QCOMPARE(form->peakLimitField()->suffix(), QStringLiteral(" kW"));
        QCOMPARE(form->reserveField()->suffix(), QStringLiteral(" %"));
        QCOMPARE(form->reserveHoursField()->suffix(), QStringLiteral(" h"));
        // The priority order in words, the parts of this policy in it.
        const QString order = page->priorityText();
        QVERIFY2(order.indexOf(QStringLiteral("Departure targets")) < order.indexOf(QStringLiteral("Backup reserve")) &&
                     order.indexOf(QStringLiteral("Backup reserve")) < order.indexOf(QStringLiteral("Peak shaving")) &&
                     order.indexOf(QStringLiteral("Peak shaving")) < order.indexOf(QStringLiteral("Self-sufficiency")),
                 qPrintable(order));
        QVERIFY2(order.contains(QStringLiteral("120.0 kW")), qPrintable(order));

        // Peak shaving without a limit.
        form->peakLimitField()->setValue(0);
        QVERIFY(!form->isValid());
        QVERIFY2(form->problemText(PolicyField::PeakLimit).contains(QStringLiteral("above 0 kW")),
                 qPrintable(form->problemText(PolicyField::PeakLimit)));
        QVERIFY(!page->applyButton()->isEnabled());
        QVERIFY(page->applyButton()->toolTip().contains(QStringLiteral("Fix the problems")));
        QVERIFY(!page->previewPanel()->previewButton()->isEnabled());
        // Above what the connection can draw (400 kW).
        form->peakLimitField()->setValue(500);
        QVERIFY2(form->problemText(PolicyField::PeakLimit).contains(QStringLiteral("connection's import limit")),
                 qPrintable(form->problemText(PolicyField::PeakLimit)));
        QVERIFY(!page->applyButton()->isEnabled());
        // Typed in by keyboard: a good limit clears the problem.
        form->peakLimitField()->setFocus();
        form->peakLimitField()->selectAll();
        QTest::keyClicks(form->peakLimitField(), QStringLiteral("90"));
        QCOMPARE(form->peakLimitField()->value(), 90.0);
        QVERIFY(form->isValid());
        QVERIFY(form->problemText(PolicyField::PeakLimit).isEmpty());
        QVERIFY(page->isDirty());
        QVERIFY(page->applyButton()->isEnabled());
        QVERIFY(page->previewPanel()->previewButton()->isEnabled());
        // A part switched off keeps its values and disables its fields.
        form->backupBox()->setChecked(false);
        QVERIFY(!form->reserveField()->isEnabled());
        QCOMPARE(form->policy().backup.batteryReservePct, m_original.backup.batteryReservePct);
        QVERIFY(page->priorityText().contains(QStringLiteral("Backup reserve: off")));

        QTest::mouseClick(page->revertButton(), Qt::LeftButton);
        QVERIFY(form->policy() == control().policy());
        QVERIFY(!page->isDirty());

        // Tab reaches every part of the page: the form, the actions and the preview.
        QSet<QWidget*> chain;
        QWidget* next = form->selfSufficiencyBox();
        for (int i = 0; i < 200 && next && !chain.contains(next); ++i, next = next->nextInFocusChain())
            if (next->focusPolicy() & Qt::TabFocus)
                chain.insert(next);
        for (QWidget* wanted : std::initializer_list<QWidget*>{
                 form->peakLimitField(), form->reserveHoursField(), form->v2bBox(), page->applyButton(),
                 page->undoButton(), page->previewPanel()->previewButton(), page->previewPanel()->cancelButton()})
            QVERIFY2(chain.contains(wanted), qPrintable(wanted->accessibleName()));

        // Every control can be named and explained.
        for (QWidget* w : page->findChildren<QWidget*>()) {
            if (!w->isVisibleTo(page.get()) || !(w->focusPolicy() & Qt::TabFocus))
                continue;
            if (qobject_cast<QAbstractButton*>(w) || qobject_cast<QAbstractSpinBox*>(w))
                QVERIFY2(!w->accessibleName().isEmpty() && !w->toolTip().isEmpty(),
                         qPrintable(QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') + w->accessibleName()));
        }
    }

    void theChecksAreThoseOfThePolicyReader()
    {
        SiteSpec site = m_demo->site().site;
        Policy p = m_original;
        p.backup.reserveHours = -1;
        const auto problems = checkPolicyForSite(p, site);
        QCOMPARE(problems.size(), size_t(1));
        QCOMPARE(problems.front().field, PolicyField::ReserveHours);
        // readPolicy's own wording, at the field it names.
        QVERIFY2(problems.front().message.contains(QStringLiteral("a number >= 0")), qPrintable(problems.front().message));
        QVERIFY(checkPolicyForSite(m_original, site).empty());
    }

    void previewComparesBothPoliciesOnTheLastSevenDays()
    {
        const auto page = pageFor(kManager);
        setPeakLimit(*page, 90);
        PolicyPreviewPanel* panel = page->previewPanel();
        QVERIFY(panel->usesHistory());
        QSignalSpy finished(panel, &PolicyPreviewPanel::finished);
        // Progress shows while it runs.
        int highest = 0;
        QObject::connect(panel->progressBar(), &QProgressBar::valueChanged, [&](int v) { highest = std::max(highest, v); });
        const qint64 stall = runPreview(*page);
        QVERIFY2(stall >= 0, qPrintable(panel->statusText()));
        QVERIFY(highest > 0);
        QCOMPARE(panel->progressBar()->value(), panel->progressBar()->maximum());
        QVERIFY2(panel->table()->isFilled(), qPrintable(panel->statusText()));
        QVERIFY2(panel->statusText().contains(QStringLiteral("7 days recorded")), qPrintable(panel->statusText()));
        const int met = panel->table()->rowOf(QStringLiteral("EV targets met"));
        QVERIFY(met >= 0);
        QVERIFY2(panel->table()->value(met, PreviewKpiTable::Current).contains(QStringLiteral(" of ")),
                 qPrintable(panel->table()->value(met, PreviewKpiTable::Current)));
        // The chart: both runs over 7 days of 15-minute intervals (two points each, as steps).
        QCOMPARE(panel->chart()->currentSeries()->count(), 7 * 96 * 2);
        QCOMPARE(panel->chart()->editedSeries()->count(), 7 * 96 * 2);
        QVERIFY(panel->chart()->limitSeries()->isVisible());
        QVERIFY(panel->previewButton()->isEnabled());
        QVERIFY(!panel->cancelButton()->isEnabled());

        if (const QString shot = qEnvironmentVariable("PARKWATT_POLICIES_SCREENSHOT"); !shot.isEmpty())
            QVERIFY(page->grab().save(shot));
        if (const QString shot = qEnvironmentVariable("PARKWATT_POLICIES_SCREENSHOT_DARK"); !shot.isEmpty()) {
            Theme::captureSystemPalette();
            Theme::apply(ThemeMode::Dark);
            QTest::qWait(100); // the palette reaches the widgets through the event loop
            page->form()->peakLimitField()->setValue(0); // a problem, to see it on the dark palette
            QVERIFY(page->grab().save(shot));
            Theme::apply(ThemeMode::System);
            page->form()->peakLimitField()->setValue(90);
        }

        // An edit after the preview says the figures are of the earlier edit.
        page->form()->peakLimitField()->setValue(95);
        QVERIFY(panel->statusText().contains(QStringLiteral("edited since")));

    }

    // The target: the GUI never stalls more than 50 ms during a 7-day preview. The bound
    // asserted is generous so a busy 2-core machine does not fail it; the figure is printed.
    void theWindowKeepsAnsweringDuringASevenDayPreview()
    {
        const auto page = pageFor(kManager);
        setPeakLimit(*page, 100);
        const qint64 stall = runPreview(*page);
        QVERIFY2(stall >= 0, qPrintable(page->previewPanel()->statusText()));
        qInfo("longest event-loop stall during a 7-day preview: %lld ms (target 50 ms)", stall);
        QVERIFY2(stall < 250, qPrintable(QString::number(stall)));
    }

    void cancelStopsThePreview()
    {
        const auto page = pageFor(kManager);
        setPeakLimit(*page, 100);
        PolicyPreviewPanel* panel = page->previewPanel();
        QSignalSpy cancelled(panel, &PolicyPreviewPanel::cancelled);
        QSignalSpy finished(panel, &PolicyPreviewPanel::finished);
        QTest::mouseClick(panel->previewButton(), Qt::LeftButton);
        QVERIFY(panel->isBusy());
        QVERIFY(panel->cancelButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(panel->stage() == PolicyPreviewPanel::Stage::Running &&
                                     panel->progressBar()->value() > 0,
                                 60000);
        QTest::mouseClick(panel->cancelButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(cancelled.count(), 1, 30000);
        QVERIFY(!panel->isBusy());
        QVERIFY(panel->statusText().contains(QStringLiteral("cancelled")));
        QVERIFY(!panel->table()->isFilled());
        QVERIFY(panel->previewButton()->isEnabled());
        QTest::qWait(200);
        QCOMPARE(finished.count(), 0);

        // Cancel while the recorded days are still being read.
        QTest::mouseClick(panel->previewButton(), Qt::LeftButton);
        QCOMPARE(panel->stage(), PolicyPreviewPanel::Stage::Loading);
        QTest::mouseClick(panel->cancelButton(), Qt::LeftButton);
        QCOMPARE(cancelled.count(), 2);
        QVERIFY(!panel->isBusy());
        QTest::qWait(500);
        QCOMPARE(finished.count(), 0);
        QCOMPARE(panel->stage(), PolicyPreviewPanel::Stage::Idle);
    }

    void previewOnAScenarioFile()
    {
        const auto page = pageFor(kManager);
        setPeakLimit(*page, 60);
        PolicyPreviewPanel* panel = page->previewPanel();
        panel->useScenarioFile(QStringLiteral(PARKWATT_SHARED_DIR "/scenarios/tiny-spike.json"));
        QVERIFY(!panel->usesHistory());
        QVERIFY(runPreview(*page) >= 0);
        QVERIFY(panel->table()->isFilled());
        QVERIFY2(panel->statusText().contains(QStringLiteral("tiny-spike.json")), qPrintable(panel->statusText()));
    }

    void applyAfterConfirmationChangesTheEnginesPolicy()
    {
        const auto page = pageFor(kManager);
        QString asked;
        page->setConfirm([&asked](const QString& summary) {
            asked = summary;
            return true;
        });
        setPeakLimit(*page, 100);
        page->form()->v2bBox()->setChecked(false);
        QSignalSpy answered(page.get(), &PoliciesPage::commandAnswered);
        QTest::mouseClick(page->applyButton(), Qt::LeftButton);
        QVERIFY2(asked.contains(QStringLiteral("Peak shaving: on at 120.0 kW → on at 100.0 kW")), qPrintable(asked));
        QVERIFY2(asked.contains(QStringLiteral("V2B: on → off")), qPrintable(asked));
        QVERIFY(!asked.contains(QStringLiteral("Backup")));
        QTRY_COMPARE_WITH_TIMEOUT(answered.count(), 1, 5000);
        QVERIFY(answered.at(0).at(0).toBool());
        QCOMPARE(control().policy().peakShaving.importLimitKw, 100.0);
        QVERIFY(!control().policy().v2b.enabled);
        QVERIFY2(page->resultText().contains(QStringLiteral("applied")), qPrintable(page->resultText()));
        QVERIFY(!page->isDirty());
        QVERIFY(page->inForceText().contains(QStringLiteral("100")));
        QVERIFY(page->undoButton()->isEnabled());
        QVERIFY(!page->applyButton()->isEnabled());
    }

    void aRefusedConfirmationChangesNothing()
    {
        const auto page = pageFor(kManager);
        const Policy before = control().policy();
        int asked = 0;
        page->setConfirm([&asked](const QString&) {
            ++asked;
            return false;
        });
        setPeakLimit(*page, 80);
        QSignalSpy changed(&control(), &SiteControl::policyChanged);
        QSignalSpy finished(&control(), &SiteControl::commandFinished);
        QTest::mouseClick(page->applyButton(), Qt::LeftButton);
        QCOMPARE(asked, 1);
        QTest::qWait(300);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(finished.count(), 0);
        QVERIFY(control().policy() == before);
        QVERIFY(page->isDirty()); // the edit stays in the form
        QVERIFY(page->resultText().contains(QStringLiteral("Not applied")));
    }

    void undoReturnsThePreviousPolicy()
    {
        const auto page = pageFor(kManager);
        QVERIFY(control().canUndoPolicy());
        QCOMPARE(page->form()->peakLimitField()->value(), 100.0);
        QSignalSpy answered(page.get(), &PoliciesPage::commandAnswered);
        QTest::mouseClick(page->undoButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(answered.count(), 1, 5000);
        QVERIFY2(answered.at(0).at(0).toBool(), qPrintable(answered.at(0).at(1).toString()));
        QVERIFY(control().policy() == m_original);
        // The form follows the engine (it had no edits of its own).
        QVERIFY(page->form()->policy() == m_original);
        QVERIFY(page->resultText().contains(QStringLiteral("undone")));
    }

    void theFormFollowsTheEngineUnlessEdited()
    {
        const auto clean = pageFor(kManager);
        const auto editing = pageFor(kManager);
        setPeakLimit(*editing, 110);
        Policy other = m_original;
        other.peakShaving.importLimitKw = 130;
        QSignalSpy finished(&control(), &SiteControl::commandFinished);
        control().applyPolicy(other, Operator{QStringLiteral("admin"), UserRole::Admin});
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        QCOMPARE(clean->form()->peakLimitField()->value(), 130.0);
        QVERIFY(!clean->isDirty());
        QCOMPARE(editing->form()->peakLimitField()->value(), 110.0);
        QVERIFY2(editing->resultText().contains(QStringLiteral("admin changed the policy")),
                 qPrintable(editing->resultText()));
        control().undoPolicy(Operator{QStringLiteral("admin"), UserRole::Admin});
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 5000);
        QVERIFY(control().policy() == m_original);
        QCOMPARE(clean->form()->peakLimitField()->value(), 120.0);
    }

    void aViewerMayNeitherApplyNorUndo()
    {
        const auto page = pageFor(kViewer);
        setPeakLimit(*page, 100);
        QVERIFY(page->isDirty());
        QVERIFY(!page->applyButton()->isEnabled());
        QVERIFY(!page->undoButton()->isEnabled());
        for (QPushButton* b : {page->applyButton(), page->undoButton()})
            QVERIFY2(b->toolTip().contains(QStringLiteral("manager")) && b->toolTip().contains(QStringLiteral("viewer")),
                     qPrintable(b->toolTip()));
        bool asked = false;
        page->setConfirm([&asked](const QString&) { return asked = true; });
        QVERIFY(!page->applyEdited());
        QVERIFY(!asked);
        QVERIFY(control().policy() == m_original);
        // The preview is for everyone.
        QVERIFY(page->previewPanel()->previewButton()->isEnabled());
    }

    void cleanupTestCase()
    {
        if (!m_demo)
            return;
        QSignalSpy stopped(m_demo.get(), &LiveDemo::stopped);
        m_demo->stop();
        QTRY_COMPARE_WITH_TIMEOUT(stopped.count(), 1, 15000);
    }
};

QTEST_MAIN(TstPoliciesPage)
#include "tst_policiespage.moc"
