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
        QVERIFY(header.contains("reserve_h"));
        QCOMPARE(header.at(header.size() - 3), QByteArray("A_kw"));
        QCOMPARE(header.at(header.size() - 2), QByteArray("A_ev_kwh"));
        QCOMPARE(header.last(), QByteArray("A_reason"));
        const QList<QByteArray> first = lines[1].split(',');
        QCOMPARE(first.size(), header.size());
        QCOMPARE(first[0], QByteArray("2026-07-14T02:00:00+02:00"));
        QCOMPARE(first.at(header.indexOf("A_kw")).toDouble(), 11.0);
        QCOMPARE(first.at(header.indexOf("grid_kw")).toDouble(), 21.0);
        QCOMPARE(first.at(header.indexOf("A_ev_kwh")).toDouble(), 2.75);
        // No critical load in this scenario: the reserve covers it indefinitely.
        QCOMPARE(first.at(header.indexOf("reserve_h")), QByteArray("inf"));
        QVERIFY(csv.ok());
    }

    void reasonsAndReserveComeFromTheCycle()
    {
        Scenario s = test::oneChargerScenario();
        s.profiles.criticalLoadKw = Profile::constantValue(4);
        s.site.batteries.push_back(test::battery(20, 10, 50)); // 10 kWh above an empty floor
        s.policy.backup.enabled = true;
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvRecorder csv(buffer, s, true);
        SiteSnapshot sensed;
        sensed.timeMs = s.startMs;
        sensed.criticalLoadKw = 4;
        sensed.batteries.push_back({10, 50, true});
        sensed.chargers.resize(1);
        Setpoints commanded;
        commanded.chargerKw = {4.1};
        commanded.chargerReasons = {QStringLiteral("peak limit 150 kW: 11 -> 4.1 kW, \"slow\"")};
        StepRecord applied;
        applied.timeMs = s.startMs;
        applied.chargerKw = {4.1};
        applied.chargerEnergyKwh = {1};
        csv.record({sensed, commanded, applied});
        const QList<QByteArray> lines = buffer.data().trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        // Reasons with commas and quotes are quoted per RFC 4180.
        QVERIFY2(lines[1].endsWith(",4.1,1,\"peak limit 150 kW: 11 -> 4.1 kW, \"\"slow\"\"\""),
                 lines[1].constData());
        const QList<QByteArray> header = lines[0].split(',');
        QCOMPARE(lines[1].split(',').at(header.indexOf("reserve_h")).toDouble(), 2.5); // 10 kWh / 4 kW
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
