#include "policies/PreviewScenarioLoader.h"

#include "config/ScenarioReader.h"
#include "engine/ScenarioFromHistory.h"
#include "storage/TimeSeriesReader.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QPointer>
#include <QTimeZone>
#include <functional>

namespace parkwatt {

namespace {

constexpr TimeMs kDayMs = 24LL * 3600 * 1000;
constexpr TimeMs kFarFutureMs = 4102444800000LL; // 2100-01-01
const QString kSeries = QStringLiteral("site.load_kw");

// The first or last bucket of [fromMs, toMs), refined from a coarse query to about 15 minutes.
std::optional<ChartBucket> edge(TimeSeriesReader& reader, TimeMs fromMs, TimeMs toMs, bool last,
                                TimeMs* bucketMs, StorageError* error)
{
    for (int pass = 0; pass < 3; ++pass) {
        const int points = int(std::clamp<TimeMs>((toMs - fromMs) / kMsPer15Min, 1, 4000));
        const std::optional<SeriesRange> range = reader.query(kSeries, fromMs, toMs, points, error);
        if (!range || range->buckets.empty())
            return std::nullopt;
        const ChartBucket b = last ? range->buckets.back() : range->buckets.front();
        *bucketMs = range->bucketMs;
        if (range->bucketMs <= kMsPer15Min)
            return b;
        fromMs = b.startMs;
        toMs = b.startMs + range->bucketMs;
    }
    const std::optional<SeriesRange> range = reader.query(kSeries, fromMs, toMs, 1, error);
    return range && !range->buckets.empty() ? std::optional(range->buckets.front()) : std::nullopt;
}

} // namespace

std::optional<RecordedSpan> recordedSpan(const QString& dbPath, QString* error)
{
    StorageError failure;
    const std::unique_ptr<TimeSeriesReader> reader = TimeSeriesReader::open(dbPath, &failure);
    if (!reader) {
        *error = failure.toString();
        return std::nullopt;
    }
    TimeMs firstWidth = 0, lastWidth = 0;
    const auto first = edge(*reader, 0, kFarFutureMs, false, &firstWidth, &failure);
    const auto last = edge(*reader, 0, kFarFutureMs, true, &lastWidth, &failure);
    if (!first || !last) {
        *error = failure.message.isEmpty() ? QObject::tr("%1: no history recorded yet").arg(dbPath)
                                           : failure.toString();
        return std::nullopt;
    }
    RecordedSpan span;
    span.fromMs = (first->startMs + kMsPer15Min - 1) / kMsPer15Min * kMsPer15Min;
    span.toMs = (last->startMs + lastWidth) / kMsPer15Min * kMsPer15Min;
    if (span.toMs <= span.fromMs) {
        *error = QObject::tr("%1: less than 15 minutes of history recorded").arg(dbPath);
        return std::nullopt;
    }
    return span;
}

PreviewScenarioLoader::PreviewScenarioLoader(QObject* parent)
    : QObject(parent)
{
}

PreviewScenarioLoader::~PreviewScenarioLoader()
{
    for (auto& thread : m_abandoned)
        thread->wait();
    if (m_thread)
        m_thread->wait();
}

void PreviewScenarioLoader::loadHistory(const QString& dbPath, const SiteSpec& site, int utcOffsetS, int days)
{
    run([dbPath, site, utcOffsetS, days](std::optional<Scenario>* out, PreviewSource* source, QString* error) {
        if (dbPath.isEmpty()) {
            *error = tr("The engine records no history (it has no database), so there are no recorded days "
                        "to replay. Choose a scenario file instead.");
            return;
        }
        const std::optional<RecordedSpan> span = recordedSpan(dbPath, error);
        if (!span)
            return;
        const TimeMs fromMs = std::max(span->fromMs, span->toMs - days * kDayMs);
        *out = scenarioFromHistory(dbPath, site, Policy{}, fromMs, span->toMs, error);
        if (!*out)
            return;
        source->fromMs = fromMs;
        source->toMs = span->toMs;
        source->utcOffsetS = utcOffsetS;
    });
}

void PreviewScenarioLoader::loadFile(const QString& path)
{
    run([path](std::optional<Scenario>* out, PreviewSource* source, QString* error) {
        const LoadResult<Scenario> loaded = loadScenarioFile(path);
        if (!loaded.ok()) {
            *error = loaded.error.toString();
            return;
        }
        *out = *loaded.value;
        source->file = path;
        source->durationH = (*out)->durationH;
    });
}

QString PreviewScenarioLoader::describe(const PreviewSource& source)
{
    const QLocale locale;
    if (!source.file.isEmpty())
        return tr("the scenario %1 (%2 h)")
            .arg(QFileInfo(source.file).fileName(), locale.toString(source.durationH, 'f', 0));
    const auto when = [&locale, &source](TimeMs ms) {
        return locale.toString(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(source.utcOffsetS)),
                               QLocale::ShortFormat);
    };
    const double recordedDays = double(source.toMs - source.fromMs) / double(kDayMs);
    return tr("the %1 days recorded from %2 to %3")
        .arg(locale.toString(recordedDays, 'f', recordedDays == std::floor(recordedDays) ? 0 : 1),
             when(source.fromMs), when(source.toMs));
}

void PreviewScenarioLoader::run(std::function<void(std::optional<Scenario>*, PreviewSource*, QString*)> work)
{
    const quint64 generation = ++m_generation;
    // The previous load cannot be interrupted inside SQLite; its answer is dropped and its thread
    // kept until it ends (the destructor waits for it).
    std::erase_if(m_abandoned, [](const std::unique_ptr<QThread>& t) { return t->isFinished(); });
    if (m_thread)
        m_abandoned.push_back(std::move(m_thread));
    QPointer<PreviewScenarioLoader> self(this);
    m_thread.reset(QThread::create([self, generation, work] {
        std::optional<Scenario> scenario;
        PreviewSource source;
        QString error;
        work(&scenario, &source, &error);
        QMetaObject::invokeMethod(
            self,
            [self, generation, scenario = std::move(scenario), source, error] {
                PreviewScenarioLoader* loader = self.data();
                if (loader == nullptr || generation != loader->m_generation)
                    return;
                if (scenario)
                    emit loader->loaded(*scenario, source);
                else
                    emit loader->failed(error);
            },
            Qt::QueuedConnection);
    }));
    m_thread->start();
}

} // namespace parkwatt
