#pragma once
// The scenario a policy preview replays, built off the GUI thread: the last days the site's
// database recorded (scenarioFromHistory; reading SQLite takes a while) or a scenario file the
// manager picks. One load at a time: a new request supersedes the one in flight, whose answer is
// dropped.

#include "model/Scenario.h"

#include <QObject>
#include <QString>
#include <QThread>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace parkwatt {

// Where the recorded history in a database ends and starts (site.load_kw), to 15 minutes.
struct RecordedSpan {
    TimeMs fromMs = 0;
    TimeMs toMs = 0;
};
std::optional<RecordedSpan> recordedSpan(const QString& dbPath, QString* error);

class PreviewScenarioLoader : public QObject {
    Q_OBJECT
public:
    explicit PreviewScenarioLoader(QObject* parent = nullptr);
    ~PreviewScenarioLoader() override; // waits for a load in flight

    // The last `days` recorded in `dbPath` (fewer when less was recorded), on `site`; dates in the
    // description in the site's clock.
    void loadHistory(const QString& dbPath, const SiteSpec& site, int utcOffsetS, int days = 7);
    void loadFile(const QString& path);
    bool isLoading() const { return m_thread && m_thread->isRunning(); }
    // Drops the answer of the load in flight (it cannot be interrupted inside SQLite).
    void abandon() { ++m_generation; }

signals:
    // `description` says what was loaded ("the 7 days recorded from … to …", a file name).
    void loaded(const parkwatt::Scenario& scenario, const QString& description);
    void failed(const QString& why);

private:
    void run(std::function<void(std::optional<Scenario>*, QString*, QString*)> work);

    std::unique_ptr<QThread> m_thread;
    std::vector<std::unique_ptr<QThread>> m_abandoned;
    quint64 m_generation = 0;
};

} // namespace parkwatt
