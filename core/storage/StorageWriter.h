#pragma once
// The one writer of a site's database. Everything the engine records goes through it: calls
// only queue (a mutex and a push, never disk), and a thread of its own commits the queue:
// samples once a second in one transaction, events, sessions, policy changes and audit entries
// as soon as they come, the latter two with synchronous=FULL so that not even a power cut loses
// them once committed. Reads (charts, export, verify) use their own connections.
//
// When the database refuses a write (disk or quota full, I/O error) the writer signals
// recordingFailed() once, keeps samples in a bounded buffer (dropping the oldest beyond it)
// and records of every other kind without bound, retries every second, and signals
// recordingResumed() when a commit succeeds again. The engine never waits and never sees an
// exception.

#include "storage/StorageError.h"
#include "storage/StorageRecords.h"
#include "storage/StorageTiers.h"

#include <QObject>
#include <functional>
#include <memory>

namespace parkwatt {

// What one commit did, for benchmarks and diagnostics (called on the writer's thread).
struct CommitReport {
    enum class Kind { Samples, Rollup, Records, Checkpoint };
    Kind kind = Kind::Samples;
    qint64 wallUs = 0;  // BEGIN to COMMIT
    qsizetype rows = 0; // samples or records written
};

struct StorageWriterOptions {
    RetentionPolicy retention;
    int batchIntervalMs = 1000;
    // Samples kept while the database refuses writes: 600,000 is 200 s of 500 chargers x 6.
    qsizetype maxBufferedSamples = 600000;
    // Commit before the second is up once this many samples wait (simulations run faster
    // than real time).
    qsizetype earlyCommitSamples = 100000;
    // A size the database may not grow beyond (0: none), enforced with max_page_count.
    qint64 maxDatabaseBytes = 0;
    // The writer's page cache. It should hold the newest leaf of every series in each tier
    // (4 tiers x series x 4 KiB: 3,000 series need about 48 MiB).
    int cacheMiB = 64;
    std::function<void(const CommitReport&)> onCommit;
};

class StorageWriterThread;

class StorageWriter : public QObject {
    Q_OBJECT

public:
    // Opens (creating or migrating) the database and starts the writer's thread. Null with
    // `error` set when the file is not usable (see Database).
    static std::unique_ptr<StorageWriter> open(const QString& path, StorageWriterOptions options,
                                               StorageError* error);
    // Commits what is queued (one last try) and stops the thread.
    ~StorageWriter() override;

    // Every call below is thread-safe and returns at once.

    // The id of a named series ("site.grid_kw", "charger.B07.power_kw"), registered on first use.
    SeriesId series(const QString& name);
    void record(SeriesId series, TimeMs timeMs, double value);
    void record(const std::vector<Sample>& samples);

    void raiseEvent(const RaisedEvent& event);
    void clearEvent(const QString& source, const QString& code, TimeMs clearedAt);
    // Also written to the audit trail.
    void acknowledgeEvent(qint64 eventId, TimeMs at, const QString& by);
    void recordSession(const SessionRecord& session);
    // The version and its audit entry in one transaction.
    void recordPolicyChange(const PolicyChange& change);
    void appendAudit(const AuditEntry& entry);

    void setMaxDatabaseBytes(qint64 bytes);

    // Waits until everything queued before the call has been committed, or has failed to be.
    // True when nothing is left waiting. For shutdown, tests and simulations, not for a cycle.
    bool flush();

    bool isRecording() const;
    qint64 droppedSamples() const;
    const QString& path() const { return m_path; }

signals:
    // Emitted from the writer's thread: connect with a queued or auto connection.
    void recordingFailed(const parkwatt::StorageError& error);
    void recordingResumed();
    void auditAppended(qint64 seq);

private:
    explicit StorageWriter(QString path);

    QString m_path;
    std::unique_ptr<StorageWriterThread> m_thread;
    friend class StorageWriterThread;
};

} // namespace parkwatt
