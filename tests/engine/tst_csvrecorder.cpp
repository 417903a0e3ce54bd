// The CSV time series: header, one row per step, site columns and per-charger columns, times in the
// scenario's own offset, numbers that read back exactly.

#include "engine/CsvRecorder.h"
#include "engine/WhatIfRun.h"
#include "support/TinyScenarios.h"

#include <QBuffer>
#include <QTest>

using namespace parkwatt;

class TstCsvRecorder : public QObject {
    Q_OBJECT
private slots:
    void writesOneRowPerStepWithPerChargerColumns()
    {
        Scenario s = test::oneChargerScenario();
        s.utcOffsetS = 2 * 3600;
        s.sessions.push_back(
            test::session("s", 0, "2026-07-14T00:00:00Z", "2026-07-14T01:00:00Z", 40, 0, 50));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvRecorder csv(buffer, s, true);
        WhatIfOptions options;
        options.sinks.push_back(&csv);
        runWhatIf(s, options);

        const QList<QByteArray> lines = buffer.data().trimmed().split('\n');
        QCOMPARE(lines.size(), 1 + 16);
        const QList<QByteArray> header = lines[0].split(',');
        QCOMPARE(header.first(), QByteArray("time"));
        QVERIFY(header.contains("grid_kw"));
        QCOMPARE(header.at(header.size() - 2), QByteArray("A_kw"));
        QCOMPARE(header.last(), QByteArray("A_ev_kwh"));
        const QList<QByteArray> first = lines[1].split(',');
        QCOMPARE(first.size(), header.size());
        QCOMPARE(first[0], QByteArray("2026-07-14T02:00:00+02:00"));
        QCOMPARE(first.at(header.indexOf("A_kw")).toDouble(), 11.0);
        QCOMPARE(first.at(header.indexOf("grid_kw")).toDouble(), 21.0);
        QCOMPARE(first.at(header.indexOf("A_ev_kwh")).toDouble(), 2.75);
        QVERIFY(csv.ok());
    }

    void aFailedWriteIsReportedNotHidden()
    {
        Scenario s = test::oneChargerScenario();
        QBuffer closed; // never opened: every write fails
        CsvRecorder csv(closed, s, false);
        QVERIFY(!csv.ok());
    }
};

QTEST_GUILESS_MAIN(TstCsvRecorder)
#include "tst_csvrecorder.moc"
