#include "history/HistoryLoader.h"

#include <QDateTime>
#include <algorithm>
#include <map>

namespace parkwatt {

bool HistoryResult::isEmpty() const
{
    return std::all_of(series.begin(), series.end(), [](const SeriesRange& r) { return r.buckets.empty(); });
}

namespace {

// kWh per local day from 15-minute (or hourly, where retention trimmed) buckets:
// average power times bucket width.
std::vector<DailyEnergy> dailyEnergy(TimeSeriesReader& reader, const QStringList& known, TimeMs fromMs,
                                     TimeMs toMs, StorageError* error)
{
    std::map<QDate, DailyEnergy> days;
    const int points = int(std::max<TimeMs>(1, (toMs - fromMs) / kMsPer15Min));
    const auto add = [&](const QString& name, double DailyEnergy::*field, bool positiveOnly) {
        if (!known.contains(name))
            return true;
        auto range = reader.query(name, fromMs, toMs, points, error);
        if (!range)
            return false;
        const double hours = double(range->bucketMs) / double(kMsPerHour);
        for (const ChartBucket& bucket : range->buckets) {
            const QDate day = QDateTime::fromMSecsSinceEpoch(bucket.startMs).date();
            DailyEnergy& entry = days[day];
            entry.day = day;
            entry.*field += (positiveOnly ? std::max(0.0, bucket.avg) : bucket.avg) * hours;
        }
        return true;
    };
    // Grid import only: export hours would otherwise cancel import hours.
    if (!add(QStringLiteral("site.pv_used_kw"), &DailyEnergy::pvKwh, false) ||
        !add(QStringLiteral("site.grid_kw"), &DailyEnergy::gridImportKwh, true) ||
        !add(QStringLiteral("site.ev_charge_kw"), &DailyEnergy::evChargedKwh, false))
        return {};
    std::vector<DailyEnergy> out;
    for (auto& [day, entry] : days)
        out.push_back(entry);
    return out;
}

} // namespace

HistoryResult readHistory(TimeSeriesReader& reader, const HistoryRequest& request)
{
    HistoryResult result;
    result.request = request;
    // A series never recorded is no error: it simply has no history yet.
    const QStringList known = reader.seriesNames();
    for (const QString& name : request.series) {
        if (!known.contains(name))
            continue;
        StorageError error;
        auto range = reader.query(name, request.fromMs, request.toMs, std::max(1, request.maxPoints), &error);
        if (!range) {
            result.error = error;
            return result;
        }
        result.series.push_back(std::move(*range));
    }
    if (request.withDailyEnergy) {
        StorageError error;
        error.message.clear();
        result.daily = dailyEnergy(reader, known, request.fromMs, request.toMs, &error);
        if (!error.message.isEmpty())
            result.error = error;
    }
    return result;
}

class HistoryWorker : public QObject {
public:
    HistoryWorker(QString path, std::shared_ptr<std::atomic<qint64>> latest)
        : m_path(std::move(path))
        , m_latest(std::move(latest))
    {
    }

    // Runs on the worker thread; `done` is called there too.
    void run(const HistoryRequest& request, const std::function<void(const HistoryResult&)>& done)
    {
        if (request.id < m_latest->load())
            return; // superseded while queued: nobody wants it any more
        HistoryResult result;
        result.request = request;
        if (!m_reader) {
            StorageError error;
            m_reader = TimeSeriesReader::open(m_path, &error);
            if (!m_reader) {
                result.error = error;
                done(result);
                return;
            }
        }
        result = readHistory(*m_reader, request);
        if (result.error)
            m_reader.reset(); // reopen next time: the file may have been repaired or created
        done(result);
    }

private:
    QString m_path;
    std::shared_ptr<std::atomic<qint64>> m_latest;
    std::unique_ptr<TimeSeriesReader> m_reader;
};

HistoryLoader::HistoryLoader(QString databasePath, QObject* parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
    , m_latestShared(std::make_shared<std::atomic<qint64>>(0))
    , m_latest(*m_latestShared)
{
    qRegisterMetaType<parkwatt::HistoryResult>();
    m_worker = new HistoryWorker(m_path, m_latestShared);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("history-reader"));
    m_thread.start();
}

HistoryLoader::~HistoryLoader()
{
    m_latest.store(std::numeric_limits<qint64>::max()); // queued requests: skip them
    m_thread.quit();
    m_thread.wait();
}

qint64 HistoryLoader::load(HistoryRequest request)
{
    request.id = m_latest.load() + 1;
    m_latest.store(request.id);
    QMetaObject::invokeMethod(m_worker, [this, worker = m_worker, request] {
        worker->run(request, [this](const HistoryResult& result) {
            QMetaObject::invokeMethod(
                this, [this, result] { deliver(result); }, Qt::QueuedConnection);
        });
    });
    return request.id;
}

void HistoryLoader::deliver(const HistoryResult& result)
{
    if (result.request.id != m_latest.load()) {
        emit dropped(result.request.id);
        return;
    }
    emit loaded(result);
}

} // namespace parkwatt
