// HistoryRange: presets end at the given now, zoom keeps the anchor in place, pan shifts,
// and the span limits hold.
#include "history/HistoryRange.h"

#include <QTest>

using namespace parkwatt;

namespace {
constexpr TimeMs kDay = 86400 * kMsPerSecond;
constexpr TimeMs kNow = 1'790'000'000'000; // 2026-09
} // namespace

class TestHistoryRange : public QObject {
    Q_OBJECT

private slots:
    void presetsEndNow_data()
    {
        QTest::addColumn<int>("preset");
        QTest::addColumn<qint64>("span");
        QTest::newRow("day") << int(HistoryRange::Preset::Day) << kDay;
        QTest::newRow("week") << int(HistoryRange::Preset::Week) << 7 * kDay;
        QTest::newRow("month") << int(HistoryRange::Preset::Month) << 30 * kDay;
        QTest::newRow("year") << int(HistoryRange::Preset::Year) << 365 * kDay;
    }
    void presetsEndNow()
    {
        QFETCH(int, preset);
        QFETCH(qint64, span);
        HistoryRange range;
        range.setPreset(HistoryRange::Preset(preset), kNow);
        QCOMPARE(range.toMs(), kNow);
        QCOMPARE(range.spanMs(), span);
        QCOMPARE(int(range.preset()), preset);
    }

    void zoomInKeepsTheAnchorWhereItWas()
    {
        HistoryRange range(0, 1000 * kMsPerSecond * 60);
        const TimeMs anchor = range.fromMs() + range.spanMs() / 4; // a quarter in
        range.zoom(0.5, anchor);
        QCOMPARE(range.spanMs(), 500 * kMsPerSecond * 60);
        QCOMPARE(range.fromMs() + range.spanMs() / 4, anchor);
        QCOMPARE(int(range.preset()), int(HistoryRange::Preset::Custom));
    }

    void zoomOutThenInReturns()
    {
        const HistoryRange start(10 * kDay, 11 * kDay);
        HistoryRange range = start;
        range.zoom(2.0, 10 * kDay + kDay / 3);
        QCOMPARE(range.spanMs(), 2 * kDay);
        QVERIFY(range.fromMs() < start.fromMs());
        range.zoom(0.5, 10 * kDay + kDay / 3);
        QCOMPARE(range, start);
    }

    void zoomStopsAtTheLimits()
    {
        HistoryRange range(0, kDay);
        for (int i = 0; i < 100; ++i)
            range.zoom(0.5, kDay / 2);
        QCOMPARE(range.spanMs(), HistoryRange::kMinSpanMs);
        QVERIFY(range.fromMs() <= kDay / 2 && kDay / 2 <= range.toMs());
        for (int i = 0; i < 100; ++i)
            range.zoom(2.0, kDay / 2);
        QCOMPARE(range.spanMs(), HistoryRange::kMaxSpanMs);
        range.zoom(0.0, 0); // nonsense factors change nothing
        QCOMPARE(range.spanMs(), HistoryRange::kMaxSpanMs);
    }

    void panShiftsBothEnds()
    {
        HistoryRange range;
        range.setPreset(HistoryRange::Preset::Week, kNow);
        range.pan(-kDay);
        QCOMPARE(range.toMs(), kNow - kDay);
        QCOMPARE(range.spanMs(), 7 * kDay);
        QCOMPARE(int(range.preset()), int(HistoryRange::Preset::Custom));
    }

    void customRangesAreOrderedAndAtLeastAMinute()
    {
        const HistoryRange reversed(kNow, kNow - kDay);
        QCOMPARE(reversed.fromMs(), kNow - kDay);
        QCOMPARE(reversed.toMs(), kNow);
        const HistoryRange tiny(kNow, kNow + 10);
        QCOMPARE(tiny.spanMs(), HistoryRange::kMinSpanMs);
    }
};

QTEST_GUILESS_MAIN(TestHistoryRange)
#include "tst_historyrange.moc"
