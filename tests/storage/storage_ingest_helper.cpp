// A process that records like a live engine until it is killed: every 100 ms a sample for each
// of N series (sample time = wall clock), every 300 ms an audit entry or a policy change.
// It prints "ready", then "sample <ms>" once a sample time is queued and "audit <seq>" once an
// entry is committed, so a test that kills it with SIGKILL knows what it was promised.
//
//   storage_ingest_helper --db FILE [--series N]

#include "storage/StorageWriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QThread>
#include <cstdio>

using namespace parkwatt;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const QString db = arguments.value(arguments.indexOf(QStringLiteral("--db")) + 1);
    const int seriesCount = arguments.contains(QStringLiteral("--series"))
                                ? arguments.value(arguments.indexOf(QStringLiteral("--series")) + 1).toInt()
                                : 100;
    StorageError error;
    auto writer = StorageWriter::open(db, {}, &error);
    if (!writer) {
        std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
        return 2;
    }
    // Direct connection: printed on the writer's thread right after the COMMIT.
    QObject::connect(writer.get(), &StorageWriter::auditAppended, [](qint64 seq) {
        std::printf("audit %lld\n", static_cast<long long>(seq));
        std::fflush(stdout);
    });
    std::vector<SeriesId> ids;
    for (int i = 0; i < seriesCount; ++i)
        ids.push_back(writer->series(QStringLiteral("charger.C%1.power_kw").arg(i)));
    std::printf("ready\n");
    std::fflush(stdout);

    for (qint64 tick = 0;; ++tick) {
        const TimeMs now = QDateTime::currentMSecsSinceEpoch();
        std::vector<Sample> samples;
        for (const SeriesId id : ids)
            samples.push_back({now, id, double(tick % 220) / 10.0});
        writer->record(samples);
        std::printf("sample %lld\n", static_cast<long long>(now));
        std::fflush(stdout);
        if (tick % 3 == 0) {
            if (tick % 6 == 0)
                writer->appendAudit({now, QStringLiteral("engine"), QStringLiteral("setpoint.write"),
                                     QStringLiteral(R"({"tick":%1})").arg(tick)});
            else
                writer->recordPolicyChange({now, QStringLiteral("fm"),
                                            QStringLiteral(R"({"v":%1})").arg(tick - 3),
                                            QStringLiteral(R"({"v":%1})").arg(tick)});
        }
        QThread::msleep(100);
    }
}
