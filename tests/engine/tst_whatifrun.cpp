// A what-if run end to end in process: the spec's hand-checkable tiny-spike figures, progress and
// cancellation.

#include "config/ScenarioReader.h"
#include "engine/WhatIfRun.h"
#include "support/TinyScenarios.h"

#include <QTest>

using namespace parkwatt;

class TstWhatIfRun : public QObject {
    Q_OBJECT
private slots:
    void tinySpikeBaselineMatchesHandComputedFigures()
    {
        const auto loaded =
            loadScenarioFile(QStringLiteral(PARKWATT_SHARED_DIR "/scenarios/tiny-spike.json"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.error.toString()));
        const WhatIfResult r = runWhatIf(*loaded.value, {});
        QVERIFY(!r.cancelled);
        // Load 14 quarter hours at 10 kW and 2 at 30 kW = 50 kWh; the car needs 20 % of 50 kWh.
        QCOMPARE(r.figures.steps, 16);
        QVERIFY(qAbs(r.figures.energyKwh.load - 50.0) < 1e-9);
        QVERIFY(qAbs(r.figures.energyKwh.evCharge - 10.0) < 1e-9);
        QVERIFY(qAbs(r.figures.energyKwh.gridImport - 60.0) < 1e-9);
        QVERIFY(qAbs(r.figures.peakImportKw - 30.0) < 1e-9);
        // Uncontrolled: 11 kW from arrival, so the first quarter hour imports 21 kW.
        QVERIFY(qAbs(r.figures.peakImportInstantKw - 30.0) < 1e-9);
        QCOMPARE(r.figures.evSessions, 1);
        QCOMPARE(r.figures.evSessionsMet, 1);
        QCOMPARE(r.sessions.size(), size_t(1));
        QVERIFY(qAbs(r.sessions[0].chargedKwh - 10.0) < 1e-9);
    }

    void progressReachesTheEndAndCancelStops()
    {
        Scenario s = test::oneChargerScenario();
        s.stepS = 60; // 240 steps
        WhatIfOptions options;
        int last = -1;
        int calls = 0;
        options.progress = [&](int done, int total) {
            QCOMPARE(total, 240);
            QVERIFY(done >= last);
            last = done;
            ++calls;
        };
        const WhatIfResult full = runWhatIf(s, options);
        QCOMPARE(last, 240);
        QVERIFY(calls > 10);
        QCOMPARE(full.figures.steps, 240);

        int polls = 0;
        options.progress = nullptr;
        options.cancelled = [&] { return ++polls > 3; };
        const WhatIfResult cancelled = runWhatIf(s, options);
        QVERIFY(cancelled.cancelled);
    }
};

QTEST_GUILESS_MAIN(TstWhatIfRun)
#include "tst_whatifrun.moc"
