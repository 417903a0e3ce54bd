// Today's tiles from a known day: the report's definitions, partial days said so, unknown as "—".

#include "CycleBuilder.h"
#include "overview/TodayFigures.h"

#include <QTest>

using namespace parkwatt;
using namespace parkwatt::test;

namespace {

// Local midnight of 14 July at UTC+1.
const TimeMs kMidnight = at("2026-07-13T23:00:00Z");

SiteContext siteWithBattery()
{
    SiteContext c = garageSite(2, 3600);
    BatterySpec b = battery(100, 50, 50);
    b.minSocPct = 10;
    c.site.batteries.push_back(b);
    return c;
}

PublishedCycle cycle(const SiteContext& c, int quarter, double pv, double load, double ev, double v2b,
                     double grid)
{
    PublishedCycle p = emptyCycle(c, kMidnight + quarter * kMsPer15Min);
    p.applied.pvUsedKw = pv;
    p.applied.loadServedKw = load;
    p.applied.evChargeKw = ev;
    p.applied.evDischargeKw = v2b;
    p.applied.gridKw = grid;
    p.sensed.batteries.push_back({50, 50, true});
    p.sensed.criticalLoadKw = 8;
    return p;
}

// The known day's first hour: 17.5 kWh imported of 30 kWh consumed.
TodayFigures knownHour(const SiteContext& c)
{
    TodayFigures today(c);
    today.add(cycle(c, 0, 0, 20, 10, 0, 30));
    today.add(cycle(c, 1, 10, 20, 10, 0, 20));
    today.add(cycle(c, 2, 40, 20, 0, 5, -25));
    today.add(cycle(c, 3, 20, 20, 20, 0, 20));
    return today;
}

} // namespace

class TstTodayFigures : public QObject {
    Q_OBJECT
private slots:
    void figuresOfAKnownDay()
    {
        const SiteContext c = siteWithBattery();
        const TodayFigures today = knownHour(c);
        QCOMPARE(today.cyclesToday(), 4);
        QVERIFY(qFuzzyCompare(today.selfSufficiencyPct(), 100.0 * (1 - 17.5 / 30)));
        QCOMPARE(today.billingPeakKw(), 30.0);
        QCOMPARE(today.peakLimitKw(), 120.0);
        QCOMPARE(today.pvKwh(), 17.5);
        QCOMPARE(today.evChargedKwh(), 10.0);
        QCOMPARE(today.v2bKwh(), 1.25);
        // 40 kWh above the battery's 10 % floor over an 8 kW critical load.
        QCOMPARE(today.backupReserveH(), 5.0);

        const TodayTileTexts t = today.texts(FigureFormat(3600, QLocale::c()));
        QCOMPARE(t.selfSufficiency.value, QStringLiteral("42 %"));
        QCOMPARE(t.selfSufficiency.detail, QStringLiteral("of consumption, today"));
        QCOMPARE(t.billingPeak.value, QStringLiteral("30.0 kW"));
        QVERIFY2(t.billingPeak.detail.contains(QStringLiteral("limit 120.0 kW")),
                 qPrintable(t.billingPeak.detail));
        QCOMPARE(t.pvEnergy.value, QStringLiteral("17.5 kWh"));
        QCOMPARE(t.evCharged.value, QStringLiteral("10.0 kWh"));
        QCOMPARE(t.v2bEnergy.value, QStringLiteral("1.3 kWh"));
        QCOMPARE(t.backupReserve.value, QStringLiteral("5.0 h"));
    }

    void billingPeakIsAQuarterHourMeanNotASpike()
    {
        const SiteContext c = siteWithBattery();
        TodayFigures today(c);
        for (int i = 0; i < 3; ++i) {
            PublishedCycle p = emptyCycle(c, kMidnight + i * 5 * 60 * kMsPerSecond, 5.0 / 60);
            p.applied.gridKw = i == 0 ? 90 : 0;
            p.applied.loadServedKw = 10;
            today.add(p);
        }
        QVERIFY(qFuzzyCompare(today.billingPeakKw(), 30.0));
    }

    void nothingSeenYetSaysSo()
    {
        const TodayFigures today(siteWithBattery());
        const TodayTileTexts t = today.texts(FigureFormat(3600, QLocale::c()));
        for (const TileText* tile : {&t.selfSufficiency, &t.billingPeak, &t.pvEnergy, &t.evCharged,
                                     &t.v2bEnergy, &t.backupReserve}) {
            QCOMPARE(tile->value, QStringLiteral("—"));
            QCOMPARE(tile->detail, QStringLiteral("no cycle seen yet"));
        }
    }

    void missingGridMeterMakesSelfSufficiencyUnknownNotZero()
    {
        const SiteContext c = siteWithBattery();
        TodayFigures today = knownHour(c);
        today.add(cycle(c, 4, 20, 20, 0, 0, kUnknown));
        QVERIFY(std::isnan(today.selfSufficiencyPct()));
        QCOMPARE(today.gridUnknownH(), 0.25);
        QCOMPARE(today.billingPeakKw(), 30.0); // still the largest known
        const TodayTileTexts t = today.texts(FigureFormat(3600, QLocale::c()));
        QCOMPARE(t.selfSufficiency.value, QStringLiteral("—"));
        QVERIFY2(t.selfSufficiency.detail.contains(QStringLiteral("grid meter missing")),
                 qPrintable(t.selfSufficiency.detail));
        QVERIFY2(t.billingPeak.detail.contains(QStringLiteral("grid meter missing for 0.3 h")),
                 qPrintable(t.billingPeak.detail));
    }

    void pvNeverMeasuredIsUnknown()
    {
        const SiteContext c = siteWithBattery();
        TodayFigures today(c);
        today.add(cycle(c, 0, kUnknown, 20, 0, 0, 20));
        QVERIFY(std::isnan(today.pvKwh()));
        QCOMPARE(today.texts(FigureFormat(3600, QLocale::c())).pvEnergy.value, QStringLiteral("—"));
    }

    void aDayJoinedLateSaysSinceWhen()
    {
        const SiteContext c = siteWithBattery();
        TodayFigures today(c);
        today.add(cycle(c, 4 * 14, 40, 20, 10, 0, 0)); // 14:00 local
        const TodayTileTexts t =
            today.texts(FigureFormat(3600, QLocale(QLocale::English, QLocale::UnitedKingdom)));
        QCOMPARE(t.pvEnergy.detail, QStringLiteral("since 14:00"));
        QCOMPARE(t.selfSufficiency.value, QStringLiteral("100 %"));
    }

    void aNewDayOrARestartedDayStartsAfresh()
    {
        const SiteContext c = siteWithBattery();
        TodayFigures today = knownHour(c);
        today.add(cycle(c, 96, 0, 20, 0, 0, 20)); // next local midnight
        QCOMPARE(today.cyclesToday(), 1);
        QCOMPARE(today.pvKwh(), 0.0);
        today = knownHour(c);
        today.add(cycle(c, 0, 0, 20, 0, 0, 20)); // the demo's day starting over
        QCOMPARE(today.cyclesToday(), 1);
    }

    void noCriticalLoadMeansNothingToCover()
    {
        const SiteContext c = siteWithBattery();
        TodayFigures today(c);
        PublishedCycle p = cycle(c, 0, 0, 20, 0, 0, 20);
        p.sensed.criticalLoadKw = 0;
        today.add(p);
        const TodayTileTexts t = today.texts(FigureFormat(3600, QLocale::c()));
        QCOMPARE(t.backupReserve.value, QStringLiteral("—"));
        QCOMPARE(t.backupReserve.detail, QStringLiteral("no critical load to cover"));
    }
};

QTEST_MAIN(TstTodayFigures)
#include "tst_todayfigures.moc"
