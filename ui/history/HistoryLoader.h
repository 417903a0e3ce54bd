#pragma once
// Reads the History page's data off the GUI thread: one worker thread with its own reader
// connection, requests queued to it, results back by signal on the loader's (GUI) thread.
// Only the newest request matters: the worker skips requests already superseded when it gets
// to them, and a result that arrives after a newer request was made is dropped.

#include "storage/StorageError.h"
#include "storage/TimeSeriesReader.h"

#include <QDate>
#include <QObject>
#include <QThread>
#include <atomic>
#include <memory>
#include <optional>

namespace parkwatt {

struct DailyEnergy {
    QDate day; // local day
    double pvKwh = 0;
    double gridImportKwh = 0;
    double evChargedKwh = 0;
};

struct HistoryRequest {
    qint64 id = 0;
    QStringList series;
    TimeMs fromMs = 0;
    TimeMs toMs = 0;
    int maxPoints = 1000;
    bool withDailyEnergy = false;
};

struct HistoryResult {
    HistoryRequest request;
    std::vector<SeriesRange> series; // only series with data, in request order
    std::vector<DailyEnergy> daily;  // when asked for
    std::optional<StorageError> error;

    bool isEmpty() const;
};

class HistoryWorker;

class HistoryLoader : public QObject {
    Q_OBJECT

public:
    explicit HistoryLoader(QString databasePath, QObject* parent = nullptr);
    ~HistoryLoader() override;

    // Returns the request's id; every earlier request is superseded.
    qint64 load(HistoryRequest request);
    qint64 latestRequestId() const { return m_latest.load(); }
    const QString& databasePath() const { return m_path; }

signals:
    void loaded(const parkwatt::HistoryResult& result);
    // For tests and diagnostics: a result that came back after a newer request was made.
    void dropped(qint64 requestId);

private:
    void deliver(const HistoryResult& result);

    QString m_path;
    std::shared_ptr<std::atomic<qint64>> m_latestShared;
    std::atomic<qint64>& m_latest;
    QThread m_thread;
    HistoryWorker* m_worker = nullptr;
};

// The reading itself, synchronous: used by the worker, and by tests that want no threads.
HistoryResult readHistory(TimeSeriesReader& reader, const HistoryRequest& request);

} // namespace parkwatt

Q_DECLARE_METATYPE(parkwatt::HistoryResult)
