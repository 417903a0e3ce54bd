// The policy preview: a recorded period turned back into a scenario (PV, load and sessions as
// they were), replayed on a worker thread under the current and the edited policy, with progress,
// cancel and a window that keeps answering.

#include "config/ScenarioReader.h"
#include "engine/PolicyPreview.h"
#include "engine/ScenarioFromHistory.h"
#include "engine/StorageSink.h"
#include "engine/WhatIfRun.h"
#include "storage/StorageWriter.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace parkwatt;

class TstPolicyPreview : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Scenario m_original;
    QString m_db;

private slots:
    // A day of office-summer-24 under its policy, recorded as a live site would be.
    void initTestCase()
    {
        const auto loaded =
            loadScenarioFile(QStringLiteral(PARKWATT_SHARED_DIR "/scenarios/office-summer-24.json"));
        QVERIFY(loaded.ok());
        m_original = *loaded.value;
        m_db = m_dir.filePath(QStringLiteral("site.db"));
        StorageError error;
        auto writer = StorageWriter::open(m_db, {}, &error);
        QVERIFY2(writer, qPrintable(error.toString()));
        StorageSink sink(m_original.site, *writer);
        WhatIfOptions options;
        options.controller = ControllerKind::Baseline;
        options.sinks.push_back(&sink);
        const WhatIfResult result = runWhatIf(m_original, options);
        StorageSink::recordOutcomes(*writer, m_original, result.sessions);
        QVERIFY(writer->flush());
    }

    void historyBecomesAScenario()
    {
        QString error;
        const auto s = scenarioFromHistory(m_db, m_original.site, m_original.policy, m_original.startMs,
                                           m_original.endMs(), &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->startMs, m_original.startMs);
        QCOMPARE(s->stepCount(), 24 * 60);
        QCOMPARE(s->profiles.loadKw.values.size(), size_t(96));
        for (int slot = 0; slot < 96; ++slot) {
            const qint64 offsetS = qint64(slot) * 900;
            QVERIFY2(std::abs(s->profiles.loadKw.at(offsetS) - m_original.profiles.loadKw.at(offsetS)) < 1e-6,
                     qPrintable(QStringLiteral("load at slot %1").arg(slot)));
            QVERIFY(std::abs(s->profiles.pvKw.at(offsetS) - m_original.profiles.pvKw.at(offsetS)) < 1e-6);
        }
        QCOMPARE(s->sessions.size(), m_original.sessions.size());
        for (const EvSession& e : s->sessions) {
            QVERIFY(e.chargerIndex >= 0);
            QVERIFY(e.departureMs > e.arrivalMs);
            QVERIFY(e.targetEnergyKwh() > 0);
        }
    }

    void aMissingDatabaseIsNamed()
    {
        QString error;
        QVERIFY(!scenarioFromHistory(m_dir.filePath(QStringLiteral("nope.db")), m_original.site,
                                     m_original.policy, m_original.startMs, m_original.endMs(), &error));
        QVERIFY2(error.contains(QStringLiteral("nope.db")), qPrintable(error));
    }

    void previewComparesBothPoliciesWithoutFreezingTheWindow()
    {
        QString error;
        const auto s = scenarioFromHistory(m_db, m_original.site, m_original.policy, m_original.startMs,
                                           m_original.endMs(), &error);
        QVERIFY2(s, qPrintable(error));
        Policy current = m_original.policy;
        current.peakShaving.enabled = false;
        current.peakShaving.importLimitKw = 0;
        Policy edited = current;
        edited.peakShaving.enabled = true;
        edited.peakShaving.importLimitKw = 60;

        PolicyPreview preview;
        QSignalSpy progress(&preview, &PolicyPreview::progress);
        QSignalSpy finished(&preview, &PolicyPreview::finished);
        // The longest the event loop goes without turning while the preview runs.
        QElapsedTimer sinceTick;
        qint64 longestStallMs = 0;
        QTimer ticker;
        ticker.setInterval(5);
        QObject::connect(&ticker, &QTimer::timeout,
                         [&] { longestStallMs = std::max(longestStallMs, sinceTick.restart()); });
        sinceTick.start();
        ticker.start();
        preview.start(*s, current, edited);
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 120000);
        ticker.stop();
        qInfo("longest event-loop stall during a 1-day preview: %lld ms", longestStallMs);
        QVERIFY2(longestStallMs < 1000, qPrintable(QString::number(longestStallMs))); // never frozen

        const auto result = finished.at(0).at(0).value<PreviewResult>();
        QCOMPARE(result.current.figures.steps, 24 * 60);
        QCOMPARE(result.edited.figures.steps, 24 * 60);
        QCOMPARE(result.current.gridKw.size(), size_t(96));
        QVERIFY2(result.edited.figures.peakImportKw < result.current.figures.peakImportKw,
                 qPrintable(QStringLiteral("%1 vs %2 kW")
                                .arg(result.edited.figures.peakImportKw)
                                .arg(result.current.figures.peakImportKw)));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(1).toInt(), 2 * 24 * 60);
        int last = 0;
        for (const auto& p : progress) {
            QVERIFY(p.at(0).toInt() >= last);
            last = p.at(0).toInt();
        }
    }

    void cancelStopsItWithoutAResult()
    {
        PolicyPreview preview;
        QSignalSpy finished(&preview, &PolicyPreview::finished);
        QSignalSpy cancelled(&preview, &PolicyPreview::cancelled);
        preview.start(m_original, m_original.policy, m_original.policy);
        preview.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(cancelled.count(), 1, 30000);
        QTest::qWait(100);
        QCOMPARE(finished.count(), 0);
        QVERIFY(!preview.isRunning());
    }
};

QTEST_GUILESS_MAIN(TstPolicyPreview)
#include "tst_policypreview.moc"
