#pragma once
// The What-if page's work, off the GUI thread: read a scenario file, then run it twice on the
// engine's what-if (core/engine/WhatIfRun.h), uncontrolled (baseline) and under the scenario's own
// policy, with progress and cancel. The same pattern as PolicyPreview (two runs on a QThread,
// results back as queued calls), for a comparison of controllers instead of policies. The GUI
// thread only receives signals.

#include "model/Scenario.h"
#include "sim/Report.h"

#include <QMetaType>
#include <QObject>
#include <QString>
#include <QThread>
#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace parkwatt {

// Power over the run, averaged per bucket (15 minutes, wider for long scenarios so a chart gets at
// most about 2,000 points per series).
struct WhatIfSeries {
    TimeMs bucketMs = kMsPer15Min;
    std::vector<double> gridImportKw; // import only (export counts as 0)
    std::vector<double> evChargeKw;   // into the cars
};

struct WhatIfOutcome {
    ReportFigures figures;
    std::vector<SessionOutcome> sessions;
    WhatIfSeries series;
};

struct WhatIfComparison {
    QString file;         // the scenario file as given
    QString scenarioName; // its "name"
    std::shared_ptr<const Scenario> scenario;
    TimeMs startMs = 0;
    int utcOffsetS = 0;
    double durationH = 0;
    int chargers = 0;
    int sessions = 0;
    std::optional<double> peakLimitKw; // the scenario policy's, when it shaves peaks
    WhatIfOutcome baseline;
    WhatIfOutcome policy;
};

// The bucket width for a run of `durationMs`: 15 minutes, or a multiple of it.
TimeMs whatIfBucketMs(TimeMs durationMs);

class WhatIfRunner : public QObject {
    Q_OBJECT
public:
    explicit WhatIfRunner(QObject* parent = nullptr);
    // Cancels a run in progress and waits for its thread (it stops within a few steps).
    ~WhatIfRunner() override;

    // Reads `path` (a file or a Qt resource) and runs it under both controllers. A run already in
    // progress is cancelled first (its answer is dropped). failed(), finished() or cancelled()
    // follows.
    void run(const QString& path);
    void cancel();
    bool isRunning() const { return m_thread != nullptr && m_thread->isRunning(); }

signals:
    // The file was read: both runs start.
    void started(const QString& scenarioName, int totalSteps);
    // Both runs' steps done so far, out of all of them.
    void progress(int done, int total);
    void finished(const parkwatt::WhatIfComparison& result);
    // The file could not be read: `why` names the file, the field (JSON pointer) and the problem.
    void failed(const QString& why);
    void cancelled();

private:
    void stopThread();

    std::unique_ptr<QThread> m_thread;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    quint64 m_generation = 0;
};

} // namespace parkwatt

Q_DECLARE_METATYPE(parkwatt::WhatIfComparison)
