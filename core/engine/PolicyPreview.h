#pragma once
// The policy page's preview: the same scenario (the last 7 recorded days, or one the manager
// picks) run twice on a worker thread, under the current policy and under the edited one, with
// progress and cancel, so the manager sees side by side what the change would have done before
// applying it. The GUI thread only receives signals.

#include "model/Scenario.h"
#include "sim/Report.h"

#include <QObject>
#include <QThread>
#include <atomic>
#include <memory>
#include <vector>

namespace parkwatt {

struct PreviewRun {
    ReportFigures figures;
    std::vector<double> gridKw; // 15-minute average import per interval, for the chart
};

struct PreviewResult {
    PreviewRun current;
    PreviewRun edited;
};

class PolicyPreview : public QObject {
    Q_OBJECT
public:
    explicit PolicyPreview(QObject* parent = nullptr);
    // Cancels a running preview and waits for its thread (it stops within a few steps).
    ~PolicyPreview() override;

    // Starts both runs of `scenario` (its own policy is ignored). A preview already running is
    // cancelled first. finished() or cancelled() follows.
    void start(const Scenario& scenario, const Policy& current, const Policy& edited);
    void cancel();
    bool isRunning() const { return m_thread != nullptr && m_thread->isRunning(); }

signals:
    // Both runs' steps done so far, out of all of them.
    void progress(int done, int total);
    void finished(const parkwatt::PreviewResult& result);
    void cancelled();

private:
    void stopThread();

    std::unique_ptr<QThread> m_thread;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace parkwatt

Q_DECLARE_METATYPE(parkwatt::PreviewResult)
