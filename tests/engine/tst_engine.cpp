// The engine cycle: sense at the clock's time, forecast observes, controller dispatches, the site
// acts, sinks record, the publisher sees all three. Real simulated devices, a recording controller.

#include "control/Controller.h"
#include "control/Forecast.h"
#include "devices/SimulatedSite.h"
#include "engine/Engine.h"
#include "support/TinyScenarios.h"

#include <QTest>

using namespace parkwatt;

namespace {

// Commands a fixed EV power and remembers what it saw.
class FixedPowerController final : public Controller {
public:
    explicit FixedPowerController(double kw)
        : m_kw(kw)
    {
    }
    QString name() const override { return QStringLiteral("fixed"); }
    Setpoints dispatch(const SiteSnapshot& now, const Forecast&) override
    {
        seenTimes.push_back(now.timeMs);
        Setpoints s;
        s.chargerKw.assign(now.chargers.size(), m_kw);
        return s;
    }
    std::vector<TimeMs> seenTimes;

private:
    double m_kw;
};

class CollectingSink final : public StepSink {
public:
    void record(const CycleRecord& cycle) override { steps.push_back(cycle.applied); }
    std::vector<StepRecord> steps;
};

} // namespace

class TstEngine : public QObject {
    Q_OBJECT
private slots:
    void cycleSensesDispatchesActsRecordsAndPublishes()
    {
        Scenario scenario = test::oneChargerScenario();
        scenario.sessions.push_back(
            test::session("s", 0, "2026-07-14T00:00:00Z", "2026-07-14T02:00:00Z", 50, 0, 100));
        SimulatedClock clock(scenario.startMs);
        SimulatedSite site(scenario);
        FixedPowerController controller(8);
        auto forecast = makeForecast(ForecastMode::Realistic, scenario);
        Engine engine(clock, site, controller, *forecast);
        CollectingSink sink;
        engine.addSink(&sink);
        int published = 0;
        double publishedSetpoint = -1;
        engine.setPublisher([&](const SiteSnapshot& snap, const Setpoints& sp, const StepRecord& rec) {
            ++published;
            publishedSetpoint = sp.chargerKw.at(0);
            QCOMPARE(snap.timeMs, rec.timeMs);
        });

        for (int i = 0; i < 3; ++i) {
            engine.runCycle();
            clock.advanceMs(900 * kMsPerSecond);
        }
        QCOMPARE(published, 3);
        QCOMPARE(publishedSetpoint, 8.0);
        QCOMPARE(controller.seenTimes, (std::vector<TimeMs>{scenario.startMs, scenario.startMs + kMsPer15Min,
                                                            scenario.startMs + 2 * kMsPer15Min}));
        QCOMPARE(sink.steps.size(), size_t(3));
        QCOMPARE(sink.steps[1].evChargeKw, 8.0);
        QCOMPARE(sink.steps[2].gridKw, 18.0);
        // The forecast observed the plugged session: a realistic controller now knows it.
        QCOMPARE(forecast->sessions(clock.now()).size(), size_t(1));
    }

    void clockAndSimulationOutOfStepIsRefused()
    {
        Scenario scenario = test::oneChargerScenario();
        SimulatedClock clock(scenario.startMs + 1);
        SimulatedSite site(scenario);
        FixedPowerController controller(0);
        auto forecast = makeForecast(ForecastMode::Realistic, scenario);
        Engine engine(clock, site, controller, *forecast);
        QVERIFY_THROWS_EXCEPTION(std::logic_error, engine.runCycle());
    }
};

QTEST_GUILESS_MAIN(TstEngine)
#include "tst_engine.moc"
