#include "storage/StorageWriter.h"

#include "storage/AuditChain.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"
#include "storage/RollupMaintainer.h"
#include "storage/SampleStore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <sqlite3.h>
#include <thread>
#include <variant>

Q_LOGGING_CATEGORY(lcStorage, "parkwatt.storage")

namespace parkwatt {

namespace {

struct ClearEvent {
    QString source;
    QString code;
    TimeMs clearedAt = 0;
};
struct AcknowledgeEvent {
    qint64 eventId = 0;
    TimeMs at = 0;
    QString by;
};
using Record =
    std::variant<RaisedEvent, ClearEvent, AcknowledgeEvent, SessionRecord, PolicyChange, AuditEntry>;

bool isDurable(const Record& record)
{
    return std::holds_alternative<PolicyChange>(record) || std::holds_alternative<AuditEntry>(record) ||
           std::holds_alternative<AcknowledgeEvent>(record);
}

struct SeriesRegistration {
    SeriesId id = 0;
    QString name;
};

} // namespace

// The queue (filled by any thread) and the thread that empties it into the database.
class StorageWriterThread {
public:
    StorageWriterThread(StorageWriter& owner, std::unique_ptr<SqliteConnection> connection,
                        StorageWriterOptions options)
        : m_owner(owner)
        , m_options(std::move(options))
        , m_connection(std::move(connection))
        , m_samples(*m_connection)
        , m_records(*m_connection)
        , m_audit(*m_connection)
        , m_rollups(*m_connection, m_options.retention)
    {
        m_quotaBytes = m_options.maxDatabaseBytes;
        m_quotaChanged = m_quotaBytes > 0;
    }

    bool load(StorageError* error)
    {
        sqlite3_wal_hook(m_connection->handle(), &StorageWriterThread::onWalCommit, this);
        const QByteArray cache =
            "PRAGMA cache_size = -" + QByteArray::number(qint64(m_options.cacheMiB) * 1024);
        m_connection->exec(cache.constData());
        if (!m_samples.loadSeries(&m_seriesIds, error) || !m_audit.loadHead(error) ||
            !m_rollups.loadProgress(error) || !loadNewestSample(error))
            return false;
        for (const SeriesId id : std::as_const(m_seriesIds))
            m_nextSeriesId = std::max(m_nextSeriesId, id + 1);
        return true;
    }

    void start()
    {
        m_thread = std::thread([this] { loop(); });
    }

    void stop()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_wake.notify_all();
        if (m_thread.joinable())
            m_thread.join();
    }

    SeriesId series(const QString& name)
    {
        std::lock_guard lock(m_mutex);
        const auto found = m_seriesIds.constFind(name);
        if (found != m_seriesIds.constEnd())
            return *found;
        const SeriesId id = m_nextSeriesId++;
        m_seriesIds.insert(name, id);
        m_queuedSeries.push_back({id, name});
        return id;
    }

    void record(const Sample& sample)
    {
        bool wake = false;
        {
            std::lock_guard lock(m_mutex);
            m_queuedSamples.push_back(sample);
            wake = qsizetype(m_queuedSamples.size()) == m_options.earlyCommitSamples;
        }
        if (wake)
            m_wake.notify_all();
    }

    void record(const std::vector<Sample>& samples)
    {
        bool wake = false;
        {
            std::lock_guard lock(m_mutex);
            m_queuedSamples.insert(m_queuedSamples.end(), samples.begin(), samples.end());
            wake = qsizetype(m_queuedSamples.size()) >= m_options.earlyCommitSamples;
        }
        if (wake)
            m_wake.notify_all();
    }

    void queue(Record record)
    {
        {
            std::lock_guard lock(m_mutex);
            m_queuedRecords.push_back(std::move(record));
        }
        m_wake.notify_all();
    }

    void setQuota(qint64 bytes)
    {
        {
            std::lock_guard lock(m_mutex);
            m_quotaBytes = bytes;
            m_quotaChanged = true;
        }
        m_wake.notify_all();
    }

    bool flush()
    {
        std::unique_lock lock(m_mutex);
        const quint64 generation = ++m_flushRequested;
        m_wake.notify_all();
        m_flushed.wait(lock, [&] { return m_flushDone >= generation || !m_thread.joinable(); });
        return m_lastFlushComplete;
    }

    bool isRecording() const { return m_recording.load(); }
    qint64 droppedSamples() const { return m_dropped.load(); }

private:
    bool loadNewestSample(StorageError* error)
    {
        const std::optional<qint64> newest =
            m_connection->queryInt("SELECT max(t) FROM (SELECT max(t) AS t FROM samples_recent UNION ALL "
                                   "SELECT max(done_until) FROM rollup_progress)");
        if (!newest) {
            *error = m_connection->lastError(QStringLiteral("cannot read the newest sample"));
            return false;
        }
        m_newestSampleMs = newest.value_or(0);
        return true;
    }

    void loop()
    {
        QElapsedTimer sinceBatch;
        sinceBatch.start();
        for (;;) {
            std::vector<Sample> samples;
            std::vector<SeriesRegistration> series;
            std::deque<Record> records;
            quint64 flushGeneration = 0;
            bool stopping = false;
            std::optional<qint64> quota;
            {
                std::unique_lock lock(m_mutex);
                const auto deadline = std::chrono::steady_clock::now() +
                                      std::chrono::milliseconds(std::max<qint64>(
                                          0, m_options.batchIntervalMs - sinceBatch.elapsed()));
                m_wake.wait_until(lock, deadline, [&] {
                    return m_stopping || m_flushRequested > m_flushDone || m_quotaChanged ||
                           (!m_queuedRecords.empty() && m_retryRecords.empty()) ||
                           qsizetype(m_queuedSamples.size()) >= m_options.earlyCommitSamples;
                });
                samples.swap(m_queuedSamples);
                series.swap(m_queuedSeries);
                records.swap(m_queuedRecords);
                flushGeneration = m_flushRequested;
                stopping = m_stopping;
                if (m_quotaChanged) {
                    quota = m_quotaBytes;
                    m_quotaChanged = false;
                }
            }
            if (quota)
                applyQuota(*quota);

            m_retryRecords.insert(m_retryRecords.end(), std::make_move_iterator(records.begin()),
                                  std::make_move_iterator(records.end()));
            m_retrySeries.insert(m_retrySeries.end(), series.begin(), series.end());
            bufferSamples(std::move(samples));

            const bool batchDue = sinceBatch.elapsed() >= m_options.batchIntervalMs || stopping ||
                                  flushGeneration > m_flushDone ||
                                  qsizetype(m_retrySamples.size()) >= m_options.earlyCommitSamples;
            Outcome outcome = commitRecords();
            if (batchDue) {
                sinceBatch.restart();
                outcome = combine(outcome, commitSamples());
                if (outcome != Outcome::Failed && m_rollups.due(m_newestSampleMs))
                    outcome = combine(outcome, runRollups());
            }
            if (m_walPages >= kCheckpointWalPages || (m_checkpointDue && outcome != Outcome::Failed))
                checkpoint();
            // Recording again only once nothing waits: a small audit entry may fit in a page
            // that is still free while the samples do not.
            if (outcome == Outcome::Committed && m_retrySamples.empty() && m_retryRecords.empty())
                setRecording(true, {});

            const bool everythingWritten = m_retryRecords.empty() && m_retrySamples.empty();
            if (flushGeneration > m_flushDone && (batchDue || everythingWritten)) {
                std::lock_guard lock(m_mutex);
                m_flushDone = flushGeneration;
                m_lastFlushComplete = everythingWritten;
                m_flushed.notify_all();
            }
            if (stopping) {
                std::lock_guard lock(m_mutex);
                if (m_queuedSamples.empty() && m_queuedRecords.empty()) {
                    m_flushDone = m_flushRequested;
                    m_flushed.notify_all();
                    break;
                }
            }
        }
        if (!m_retrySamples.empty() || !m_retryRecords.empty())
            qCWarning(lcStorage) << m_connection->path() << ": stopped with" << m_retrySamples.size()
                                 << "samples and" << m_retryRecords.size() << "records not written";
    }

    void bufferSamples(std::vector<Sample>&& samples)
    {
        if (m_retrySamples.empty())
            m_retrySamples = std::move(samples);
        else
            m_retrySamples.insert(m_retrySamples.end(), samples.begin(), samples.end());
        const qsizetype excess = qsizetype(m_retrySamples.size()) - m_options.maxBufferedSamples;
        if (excess > 0) {
            // Oldest first: when space returns, the recent past is what a chart needs most.
            m_retrySamples.erase(m_retrySamples.begin(), m_retrySamples.begin() + excess);
            m_dropped += excess;
        }
    }

    void applyQuota(qint64 bytes)
    {
        const qint64 pageSize = m_connection->queryInt("PRAGMA page_size").value_or(4096);
        // max_page_count never shrinks below the current size; 0 bytes lifts the quota.
        const qint64 pages = bytes > 0 ? std::max<qint64>(1, bytes / pageSize) : 4294967294LL;
        const QByteArray sql = "PRAGMA max_page_count = " + QByteArray::number(pages);
        m_connection->queryInt(sql.constData());
    }

    enum class Outcome { Nothing, Committed, Failed };
    static Outcome combine(Outcome a, Outcome b)
    {
        if (a == Outcome::Failed || b == Outcome::Failed)
            return Outcome::Failed;
        return a == Outcome::Committed || b == Outcome::Committed ? Outcome::Committed : Outcome::Nothing;
    }

    Outcome commitSamples()
    {
        if (m_retrySamples.empty() && m_retrySeries.empty())
            return Outcome::Nothing;
        QElapsedTimer timer;
        timer.start();
        SqliteTransaction transaction(*m_connection);
        bool ok = transaction.began();
        for (const SeriesRegistration& registration : m_retrySeries)
            ok = ok && m_samples.insertSeries(registration.id, registration.name);
        ok = ok && m_samples.insertSamples(m_retrySamples) && transaction.commit() == SQLITE_OK;
        if (!ok)
            return fail(QStringLiteral("cannot record %1 samples").arg(m_retrySamples.size()));
        for (const Sample& sample : m_retrySamples)
            m_newestSampleMs = std::max(m_newestSampleMs, sample.timeMs);
        report(CommitReport::Kind::Samples, timer, qsizetype(m_retrySamples.size()));
        m_retrySamples.clear();
        m_retrySeries.clear();
        return Outcome::Committed;
    }

    Outcome runRollups()
    {
        QElapsedTimer timer;
        timer.start();
        StorageError error;
        // Between the move's chunks: what arrived meanwhile is committed, so no sample waits
        // for the whole move.
        // Each of the move's transactions is reported on its own: that is how long a sample
        // may have to wait for the writer.
        const auto commitArrivals = [this, &timer] {
            report(CommitReport::Kind::Rollup, timer, 0);
            std::vector<Sample> samples;
            std::vector<SeriesRegistration> series;
            std::deque<Record> records;
            {
                std::lock_guard lock(m_mutex);
                samples.swap(m_queuedSamples);
                series.swap(m_queuedSeries);
                records.swap(m_queuedRecords);
            }
            m_retryRecords.insert(m_retryRecords.end(), std::make_move_iterator(records.begin()),
                                  std::make_move_iterator(records.end()));
            m_retrySeries.insert(m_retrySeries.end(), series.begin(), series.end());
            bufferSamples(std::move(samples));
            commitRecords();
            commitSamples();
            timer.restart();
        };
        if (!m_rollups.run(m_newestSampleMs, &error, commitArrivals)) {
            setRecording(false, error);
            return Outcome::Failed;
        }
        report(CommitReport::Kind::Rollup, timer, 0);
        m_checkpointDue = true;
        return Outcome::Committed;
    }

    // Copies committed pages from the WAL back into the file, between batches (never inside a
    // commit: autocheckpoint is off). PASSIVE: readers in the middle of a chart are not waited for.
    void checkpoint()
    {
        QElapsedTimer timer;
        timer.start();
        int walPages = 0;
        int copied = 0;
        if (sqlite3_wal_checkpoint_v2(m_connection->handle(), nullptr, SQLITE_CHECKPOINT_PASSIVE, &walPages,
                                      &copied) == SQLITE_OK) {
            m_walPages = 0;
            m_checkpointDue = false;
        }
        report(CommitReport::Kind::Checkpoint, timer, copied);
    }

    static int onWalCommit(void* self, sqlite3*, const char*, int pages)
    {
        static_cast<StorageWriterThread*>(self)->m_walPages = pages;
        return SQLITE_OK;
    }

    Outcome commitRecords()
    {
        if (m_retryRecords.empty())
            return Outcome::Nothing;
        const bool durable = std::any_of(m_retryRecords.begin(), m_retryRecords.end(), isDurable);
        // FULL syncs the WAL at this commit: a policy or audit entry survives even a power cut.
        if (durable)
            m_connection->exec("PRAGMA synchronous = FULL");
        QElapsedTimer timer;
        timer.start();
        std::vector<qint64> appended;
        bool ok = false;
        StorageError error;
        {
            SqliteTransaction transaction(*m_connection);
            ok = transaction.began();
            // The chain's head again, inside the write lock: another process (parkwattd registers
            // write, a user added) may have appended since, and its entry must be chained, not forked.
            ok = ok && m_audit.loadHead(&error);
            for (const Record& record : m_retryRecords) {
                if (!ok)
                    break;
                ok = write(record, &appended);
            }
            ok = ok && transaction.commit() == SQLITE_OK;
            if (!ok)
                error = m_connection->lastError(
                    QStringLiteral("cannot record %1 events, sessions or audit entries")
                        .arg(m_retryRecords.size()));
        }
        if (durable)
            m_connection->exec("PRAGMA synchronous = NORMAL");
        if (!ok) {
            m_audit.discardAppended();
            setRecording(false, error);
            return Outcome::Failed;
        }
        m_audit.commitAppended();
        report(CommitReport::Kind::Records, timer, qsizetype(m_retryRecords.size()));
        m_retryRecords.clear();
        for (const qint64 seq : appended)
            emit m_owner.auditAppended(seq);
        return Outcome::Committed;
    }

    bool write(const Record& record, std::vector<qint64>* appended)
    {
        if (const auto* event = std::get_if<RaisedEvent>(&record))
            return m_records.raiseEvent(*event);
        if (const auto* clear = std::get_if<ClearEvent>(&record))
            return m_records.clearEvent(clear->source, clear->code, clear->clearedAt);
        if (const auto* session = std::get_if<SessionRecord>(&record))
            return m_records.recordSession(*session);
        if (const auto* acknowledge = std::get_if<AcknowledgeEvent>(&record)) {
            const QJsonObject detail{{QStringLiteral("event"), acknowledge->eventId}};
            const AuditEntry entry{acknowledge->at, acknowledge->by, QStringLiteral("event.acknowledge"),
                                   QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))};
            return m_records.acknowledgeEvent(acknowledge->eventId, acknowledge->at, acknowledge->by) &&
                   appendAudit(entry, appended);
        }
        if (const auto* change = std::get_if<PolicyChange>(&record)) {
            const AuditEntry entry{change->changedAt, change->changedBy, QStringLiteral("policy.change"),
                                   change->afterJson};
            const qint64 seq = appendAudit(entry, appended);
            return seq > 0 && m_records.insertPolicyVersion(*change, seq);
        }
        return appendAudit(std::get<AuditEntry>(record), appended) > 0;
    }

    qint64 appendAudit(const AuditEntry& entry, std::vector<qint64>* appended)
    {
        const qint64 seq = m_audit.append(entry);
        if (seq > 0)
            appended->push_back(seq);
        return seq;
    }

    Outcome fail(const QString& doing)
    {
        setRecording(false, m_connection->lastError(doing));
        return Outcome::Failed;
    }

    void setRecording(bool recording, const StorageError& error)
    {
        if (m_recording.exchange(recording) == recording)
            return;
        if (recording) {
            qCInfo(lcStorage) << m_connection->path() << ": recording again;" << m_dropped.load()
                              << "samples dropped so far";
            emit m_owner.recordingResumed();
        } else {
            qCWarning(lcStorage) << error.toString();
            emit m_owner.recordingFailed(error);
        }
    }

    void report(CommitReport::Kind kind, const QElapsedTimer& timer, qsizetype rows)
    {
        if (m_options.onCommit)
            m_options.onCommit(CommitReport{kind, timer.nsecsElapsed() / 1000, rows});
    }

    StorageWriter& m_owner;
    StorageWriterOptions m_options;
    std::unique_ptr<SqliteConnection> m_connection;
    SampleStore m_samples;
    RecordStore m_records;
    AuditAppender m_audit;
    RollupMaintainer m_rollups;
    std::thread m_thread;

    // Shared with the callers' threads, under m_mutex.
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_flushed;
    QHash<QString, SeriesId> m_seriesIds;
    SeriesId m_nextSeriesId = 1;
    std::vector<SeriesRegistration> m_queuedSeries;
    std::vector<Sample> m_queuedSamples;
    std::deque<Record> m_queuedRecords;
    quint64 m_flushRequested = 0;
    quint64 m_flushDone = 0;
    bool m_lastFlushComplete = true;
    bool m_stopping = false;
    qint64 m_quotaBytes = 0;
    bool m_quotaChanged = false;

    // The writer thread's own.
    std::vector<SeriesRegistration> m_retrySeries;
    std::vector<Sample> m_retrySamples;
    std::deque<Record> m_retryRecords;
    TimeMs m_newestSampleMs = 0;
    static constexpr int kCheckpointWalPages = 4096; // 16 MiB at 4 KiB pages
    int m_walPages = 0;
    bool m_checkpointDue = false;
    std::atomic<bool> m_recording{true};
    std::atomic<qint64> m_dropped{0};
};

StorageWriter::StorageWriter(QString path)
    : m_path(std::move(path))
{
}

std::unique_ptr<StorageWriter> StorageWriter::open(const QString& path, StorageWriterOptions options,
                                                   StorageError* error)
{
    Database::Opened opened = Database::openForWriting(path);
    if (!opened.ok()) {
        *error = opened.error;
        return nullptr;
    }
    std::unique_ptr<StorageWriter> writer(new StorageWriter(path));
    writer->m_thread =
        std::make_unique<StorageWriterThread>(*writer, std::move(opened.connection), std::move(options));
    if (!writer->m_thread->load(error))
        return nullptr;
    writer->m_thread->start();
    return writer;
}

StorageWriter::~StorageWriter()
{
    if (m_thread)
        m_thread->stop();
}

SeriesId StorageWriter::series(const QString& name)
{
    return m_thread->series(name);
}
void StorageWriter::record(SeriesId series, TimeMs timeMs, double value)
{
    m_thread->record({timeMs, series, value});
}
void StorageWriter::record(const std::vector<Sample>& samples)
{
    m_thread->record(samples);
}
void StorageWriter::raiseEvent(const RaisedEvent& event)
{
    m_thread->queue(event);
}

void StorageWriter::clearEvent(const QString& source, const QString& code, TimeMs clearedAt)
{
    m_thread->queue(ClearEvent{source, code, clearedAt});
}

void StorageWriter::acknowledgeEvent(qint64 eventId, TimeMs at, const QString& by)
{
    m_thread->queue(AcknowledgeEvent{eventId, at, by});
}

void StorageWriter::recordSession(const SessionRecord& session)
{
    m_thread->queue(session);
}
void StorageWriter::recordPolicyChange(const PolicyChange& change)
{
    m_thread->queue(change);
}
void StorageWriter::appendAudit(const AuditEntry& entry)
{
    m_thread->queue(entry);
}
void StorageWriter::setMaxDatabaseBytes(qint64 bytes)
{
    m_thread->setQuota(bytes);
}
bool StorageWriter::flush()
{
    return m_thread->flush();
}
bool StorageWriter::isRecording() const
{
    return m_thread->isRecording();
}
qint64 StorageWriter::droppedSamples() const
{
    return m_thread->droppedSamples();
}

} // namespace parkwatt
