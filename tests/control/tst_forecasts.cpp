// Perfect forecasts hand over the scenario's future; realistic ones know only what was observed.

#include "control/Forecast.h"
#include "support/TinyScenarios.h"

#include <QTest>

using namespace parkwatt;

class TstForecasts : public QObject {
    Q_OBJECT
private:
    static Scenario scenarioWithShape()
    {
        Scenario s = test::oneChargerScenario();
        s.durationH = 48;
        s.profiles.pvKw = Profile{900, {}, false};
        s.profiles.loadKw = Profile{900, {}, false};
        for (int i = 0; i < 192; ++i) {
            s.profiles.pvKw.values.push_back(i % 96 >= 40 && i % 96 < 60 ? 50.0 : 0.0);
            s.profiles.loadKw.values.push_back(20.0 + i);
        }
        s.sessions.push_back(
            test::session("early", 0, "2026-07-14T01:00:00Z", "2026-07-14T03:00:00Z", 50, 10, 50));
        s.sessions.push_back(
            test::session("late", 0, "2026-07-14T05:00:00Z", "2026-07-14T06:00:00Z", 50, 10, 50));
        s.outages.push_back({test::at("2026-07-14T02:00:00Z"), test::at("2026-07-14T02:30:00Z")});
        return s;
    }

private slots:
    void perfectSeesProfilesSessionsAndOutages()
    {
        const Scenario s = scenarioWithShape();
        auto f = makeForecast(ForecastMode::Perfect, s);
        const ForecastWindow w = f->window(s.startMs + 39 * kMsPer15Min, 3 * 900, 900);
        QCOMPARE(w.pvKw, (std::vector<double>{0, 50, 50}));
        QCOMPARE(w.loadKw, (std::vector<double>{59, 60, 61}));
        const ForecastWindow o = f->window(test::at("2026-07-14T01:45:00Z"), 4 * 900, 900);
        QCOMPARE(o.outage, (std::vector<bool>{false, true, true, false}));
        QCOMPARE(f->sessions(s.startMs).size(), size_t(2));
        QCOMPARE(f->sessions(test::at("2026-07-14T04:00:00Z")).size(), size_t(1));
    }

    void realisticKnowsSessionsOnlyFromArrival()
    {
        const Scenario s = scenarioWithShape();
        auto f = makeForecast(ForecastMode::Realistic, s);
        SiteSnapshot snap;
        snap.timeMs = s.startMs;
        snap.chargers.resize(1);
        f->observe(snap);
        QVERIFY(f->sessions(snap.timeMs).empty());
        snap.timeMs = test::at("2026-07-14T01:00:00Z");
        snap.chargers[0].plugged = true;
        snap.chargers[0].sessionIndex = 0;
        f->observe(snap);
        const auto known = f->sessions(snap.timeMs);
        QCOMPARE(known.size(), size_t(1));
        QCOMPARE(known[0].departureMs, test::at("2026-07-14T03:00:00Z"));
        QVERIFY(f->window(snap.timeMs, 900, 900).outage == std::vector<bool>{false}); // not announced
    }

    void realisticUsesYesterdayAndRecentLevel()
    {
        const Scenario s = scenarioWithShape();
        auto f = makeForecast(ForecastMode::Realistic, s);
        // Observe the whole first day at 15-minute resolution.
        for (int i = 0; i < 96; ++i) {
            SiteSnapshot snap;
            snap.timeMs = s.startMs + i * kMsPer15Min;
            snap.pvAvailableKw = s.profiles.pvKw.values[size_t(i)];
            snap.loadKw = s.profiles.loadKw.values[size_t(i)];
            f->observe(snap);
        }
        // Far ahead: yesterday's value at the same time of day.
        const TimeMs noonTomorrow = s.startMs + (96 + 48) * kMsPer15Min;
        const ForecastWindow far = f->window(noonTomorrow, 900, 900);
        QCOMPARE(far.pvKw[0], 50.0);
        QCOMPARE(far.loadKw[0], 20.0 + 48);
        // A quarter hour after the last observation (115 kW at 23:45): 3/4 recent level, 1/4 the
        // same time yesterday (20 kW at 00:00).
        const ForecastWindow next = f->window(s.startMs + 96 * kMsPer15Min, 900, 900);
        QCOMPARE(next.loadKw[0], 0.75 * 115 + 0.25 * 20);
    }
};

QTEST_GUILESS_MAIN(TstForecasts)
#include "tst_forecasts.moc"
