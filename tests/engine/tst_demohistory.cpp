// The demo garage's recorded past: the demo day repeated over a week with its own weather, played
// by the policy controller into a real SQLite file, and read back as the policy preview does.

#include "config/ScenarioReader.h"
#include "engine/DemoHistory.h"
#include "engine/ScenarioFromHistory.h"
#include "engine/WhatIfRun.h"

#include <QTemporaryDir>
#include <QTest>

using namespace parkwatt;

namespace {
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

Scenario demoDay()
{
    const auto loaded = loadScenarioFile(QStringLiteral(":/parkwatt/demo/demo-garage.json"));
    if (!loaded.ok())
        qFatal("%s", qPrintable(loaded.error.toString()));
    return *loaded.value;
}
} // namespace

class TstDemoHistory : public QObject {
    Q_OBJECT
private slots:
    void repeatsTheDayWithItsOwnWeather()
    {
        const Scenario day = demoDay();
        const TimeMs start = day.startMs - 3 * kDayMs;
        const Scenario week = repeatDay(day, 3, start);
        QCOMPARE(week.startMs, start);
        QCOMPARE(week.durationH, 72.0);
        QVERIFY(week.outages.empty());
        const size_t perDay = size_t(kDayMs / 1000 / day.profiles.pvKw.resolutionS);
        QCOMPARE(week.profiles.pvKw.values.size(), 3 * perDay);
        QCOMPARE(week.profiles.loadKw.values.size(), 3 * perDay);
        // Noon of each day: the same load, PV scaled by the day's weather (not all equal).
        const size_t noon = perDay / 2;
        QCOMPARE(week.profiles.loadKw.values[noon + perDay], day.profiles.loadKw.values[noon]);
        QVERIFY(week.profiles.pvKw.values[noon] != week.profiles.pvKw.values[noon + perDay]);
        // Sessions shifted whole days, none past midnight, so no charger holds two cars at once.
        QVERIFY(!week.sessions.empty());
        for (const EvSession& e : week.sessions) {
            QVERIFY(e.arrivalMs >= week.startMs && e.departureMs <= week.endMs());
            QVERIFY((e.arrivalMs - week.startMs) / kDayMs == (e.departureMs - 1 - week.startMs) / kDayMs);
        }
    }

    void recordsAWeekThePreviewCanReplay()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("demo.db"));
        const Scenario day = demoDay();
        int lastDone = 0;
        int total = 0;
        QString error;
        QVERIFY2(recordDemoHistory(
                     day, 2, day.startMs, db,
                     [&](int done, int all) {
                         lastDone = done;
                         total = all;
                     },
                     [] { return false; }, &error),
                 qPrintable(error));
        QVERIFY(total > 0 && lastDone > 0);
        const auto replay =
            scenarioFromHistory(db, day.site, day.policy, day.startMs - 2 * kDayMs, day.startMs, &error);
        QVERIFY2(replay, qPrintable(error));
        QCOMPARE(replay->durationH, 48.0);
        QVERIFY(!replay->sessions.empty());
        // Replayed under the same policy, the cars ask for what they were given: about as many
        // targets are met as when the days were recorded (not the whole target as new energy).
        WhatIfOptions options;
        options.controller = ControllerKind::Policy;
        const WhatIfResult replayed = runWhatIf(*replay, options);
        qInfo("replay of 2 recorded days: %d of %d targets met", replayed.figures.evSessionsMet,
              replayed.figures.evSessions);
        QVERIFY(replayed.figures.evSessions > 0);
        QVERIFY2(replayed.figures.evSessionsMet >= replayed.figures.evSessions * 85 / 100,
                 qPrintable(QStringLiteral("%1 of %2")
                                .arg(replayed.figures.evSessionsMet)
                                .arg(replayed.figures.evSessions)));

        // Cancelled: says so and records nothing more.
        QVERIFY(!recordDemoHistory(
            day, 2, day.startMs, dir.filePath(QStringLiteral("other.db")), {}, [] { return true; }, &error));
        QCOMPARE(error, QStringLiteral("cancelled"));
    }
};

QTEST_GUILESS_MAIN(TstDemoHistory)
#include "tst_demohistory.moc"
