#include "engine/PolicyPreview.h"

#include "engine/WhatIfRun.h"

#include <QMetaObject>
#include <QPointer>

namespace parkwatt {

namespace {

// Collects the grid import per 15-minute interval for the preview's chart.
class GridSeriesSink final : public StepSink {
public:
    explicit GridSeriesSink(TimeMs startMs)
        : m_startMs(startMs)
    {
    }
    void record(const CycleRecord& cycle) override
    {
        const size_t interval = size_t((cycle.applied.timeMs - m_startMs) / kMsPer15Min);
        if (interval >= m_kwh.size()) {
            m_kwh.resize(interval + 1, 0.0);
            m_hours.resize(interval + 1, 0.0);
        }
        m_kwh[interval] += std::max(0.0, cycle.applied.gridKw) * cycle.applied.stepH;
        m_hours[interval] += cycle.applied.stepH;
    }
    std::vector<double> averagesKw() const
    {
        std::vector<double> out(m_kwh.size(), 0.0);
        for (size_t i = 0; i < out.size(); ++i)
            out[i] = m_hours[i] > 0 ? m_kwh[i] / m_hours[i] : 0.0;
        return out;
    }

private:
    TimeMs m_startMs;
    std::vector<double> m_kwh, m_hours;
};

} // namespace

PolicyPreview::PolicyPreview(QObject* parent)
    : QObject(parent)
{
}

PolicyPreview::~PolicyPreview()
{
    stopThread();
}

void PolicyPreview::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void PolicyPreview::stopThread()
{
    cancel();
    if (m_thread) {
        m_thread->wait(); // a cancelled run stops within a few steps
        m_thread.reset();
    }
}

void PolicyPreview::start(const Scenario& scenario, const Policy& current, const Policy& edited)
{
    stopThread();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const std::shared_ptr<std::atomic<bool>> cancelFlag = m_cancel;
    QPointer<PolicyPreview> self(this);
    const int total = 2 * scenario.stepCount();
    // Everything the thread needs is copied in; results come back as queued calls on `this`.
    m_thread.reset(QThread::create([self, cancelFlag, scenario, current, edited, total] {
        const auto runUnder = [&](const Policy& policy, int doneBefore, PreviewRun* out) {
            Scenario s = scenario;
            s.policy = policy;
            GridSeriesSink grid(s.startMs);
            WhatIfOptions options;
            options.controller = ControllerKind::Policy;
            options.forecast = ForecastMode::Realistic;
            options.sinks.push_back(&grid);
            options.cancelled = [cancelFlag] { return cancelFlag->load(); };
            options.progress = [self, doneBefore, total](int done, int) {
                QMetaObject::invokeMethod(
                    self,
                    [self, doneBefore, done, total] {
                        if (self)
                            emit self->progress(doneBefore + done, total);
                    },
                    Qt::QueuedConnection);
            };
            const WhatIfResult result = runWhatIf(s, options);
            out->figures = result.figures;
            out->gridKw = grid.averagesKw();
            return !result.cancelled;
        };
        PreviewResult result;
        const bool complete =
            runUnder(current, 0, &result.current) && runUnder(edited, total / 2, &result.edited);
        QMetaObject::invokeMethod(
            self,
            [self, complete, result] {
                if (!self)
                    return;
                if (complete)
                    emit self->finished(result);
                else
                    emit self->cancelled();
            },
            Qt::QueuedConnection);
    }));
    m_thread->start();
}

} // namespace parkwatt
