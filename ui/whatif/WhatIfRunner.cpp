#include "whatif/WhatIfRunner.h"

#include "config/ScenarioReader.h"
#include "engine/WhatIfRun.h"

#include <QMetaObject>
#include <QPointer>
#include <algorithm>

namespace parkwatt {

namespace {

constexpr TimeMs kMaxBuckets = 2000;

// Averages the grid import and the cars' charging power per bucket for the page's charts.
class SeriesSink final : public StepSink {
public:
    SeriesSink(TimeMs startMs, TimeMs bucketMs)
        : m_startMs(startMs)
        , m_bucketMs(bucketMs)
    {
    }
    void record(const CycleRecord& cycle) override
    {
        const StepRecord& s = cycle.applied;
        const size_t bucket = size_t(std::max<TimeMs>(0, s.timeMs - m_startMs) / m_bucketMs);
        if (bucket >= m_hours.size()) {
            m_hours.resize(bucket + 1, 0.0);
            m_gridKwh.resize(bucket + 1, 0.0);
            m_evKwh.resize(bucket + 1, 0.0);
        }
        m_hours[bucket] += s.stepH;
        m_gridKwh[bucket] += std::max(0.0, s.gridKw) * s.stepH;
        m_evKwh[bucket] += s.evChargeKw * s.stepH;
    }
    WhatIfSeries series() const
    {
        WhatIfSeries out;
        out.bucketMs = m_bucketMs;
        out.gridImportKw.resize(m_hours.size(), 0.0);
        out.evChargeKw.resize(m_hours.size(), 0.0);
        for (size_t i = 0; i < m_hours.size(); ++i)
            if (m_hours[i] > 0) {
                out.gridImportKw[i] = m_gridKwh[i] / m_hours[i];
                out.evChargeKw[i] = m_evKwh[i] / m_hours[i];
            }
        return out;
    }

private:
    TimeMs m_startMs;
    TimeMs m_bucketMs;
    std::vector<double> m_hours, m_gridKwh, m_evKwh;
};

} // namespace

TimeMs whatIfBucketMs(TimeMs durationMs)
{
    const TimeMs intervals = (durationMs + kMsPer15Min - 1) / kMsPer15Min;
    const TimeMs per = std::max<TimeMs>(1, (intervals + kMaxBuckets - 1) / kMaxBuckets);
    return per * kMsPer15Min;
}

WhatIfRunner::WhatIfRunner(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<WhatIfComparison>();
}

WhatIfRunner::~WhatIfRunner()
{
    stopThread();
}

void WhatIfRunner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void WhatIfRunner::stopThread()
{
    cancel();
    if (m_thread) {
        m_thread->wait(); // a cancelled run stops within a few steps
        m_thread.reset();
    }
}

void WhatIfRunner::run(const QString& path)
{
    stopThread();
    const quint64 generation = ++m_generation;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const std::shared_ptr<std::atomic<bool>> cancelFlag = m_cancel;
    QPointer<WhatIfRunner> self(this);
    // Everything the thread needs is copied in; answers come back as queued calls on `this`,
    // dropped when a newer run has started since.
    const auto post = [self, generation](auto&& emitter) {
        QMetaObject::invokeMethod(
            self,
            [self, generation, emitter] {
                WhatIfRunner* runner = self.data();
                if (runner != nullptr && generation == runner->m_generation)
                    emitter(runner);
            },
            Qt::QueuedConnection);
    };
    m_thread.reset(QThread::create([post, cancelFlag, path] {
        const LoadResult<Scenario> loaded = loadScenarioFile(path);
        if (!loaded.ok()) {
            const QString why = loaded.error.toString();
            post([why](WhatIfRunner* r) { emit r->failed(why); });
            return;
        }
        const Scenario& scenario = *loaded.value;
        const int total = 2 * scenario.stepCount();
        const QString name = scenario.name;
        post([name, total](WhatIfRunner* r) { emit r->started(name, total); });

        const TimeMs bucketMs = whatIfBucketMs(scenario.endMs() - scenario.startMs);
        const auto runUnder = [&](ControllerKind kind, int doneBefore, WhatIfOutcome* out) {
            SeriesSink sink(scenario.startMs, bucketMs);
            WhatIfOptions options;
            options.controller = kind;
            options.forecast = ForecastMode::Realistic;
            options.sinks.push_back(&sink);
            options.cancelled = [cancelFlag] { return cancelFlag->load(); };
            options.progress = [post, doneBefore, total](int done, int) {
                post([done = doneBefore + done, total](WhatIfRunner* r) { emit r->progress(done, total); });
            };
            const WhatIfResult result = runWhatIf(scenario, options);
            out->figures = result.figures;
            out->sessions = result.sessions;
            out->series = sink.series();
            return !result.cancelled && !cancelFlag->load();
        };
        WhatIfComparison result;
        result.file = path;
        result.scenarioName = scenario.name;
        result.scenario = std::make_shared<const Scenario>(scenario);
        result.startMs = scenario.startMs;
        result.utcOffsetS = scenario.utcOffsetS;
        result.durationH = scenario.durationH;
        result.chargers = int(scenario.site.chargers.size());
        result.sessions = int(scenario.sessions.size());
        if (scenario.policy.peakShaving.enabled)
            result.peakLimitKw = scenario.policy.peakShaving.importLimitKw;
        const bool complete = runUnder(ControllerKind::Baseline, 0, &result.baseline) &&
                              runUnder(ControllerKind::Policy, total / 2, &result.policy);
        if (complete)
            post([result](WhatIfRunner* r) { emit r->finished(result); });
        else
            post([](WhatIfRunner* r) { emit r->cancelled(); });
    }));
    m_thread->start();
}

} // namespace parkwatt
