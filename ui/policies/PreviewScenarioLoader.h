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

// What a loaded scenario came from, as data: described in words on the GUI thread, again after a
// language switch (PreviewScenarioLoader::describe).
struct PreviewSource {
    QString file;          // a scenario file; empty for the recorded history
    double durationH = 0;  // the file's
    TimeMs fromMs = 0;     // the recorded days'
    TimeMs toMs = 0;
    int utcOffsetS = 0;
};

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
    // What was loaded in the current language and locale ("the 7 days recorded from … to …", a file name).
    static QString describe(const PreviewSource& source);

signals:
    void loaded(const parkwatt::Scenario& scenario, const parkwatt::PreviewSource& source);
    void failed(const QString& why);

private:
    void run(std::function<void(std::optional<Scenario>*, PreviewSource*, QString*)> work);

    std::unique_ptr<QThread> m_thread;
    std::vector<std::unique_ptr<QThread>> m_abandoned;
    quint64 m_generation = 0;
};

} // namespace parkwatt
