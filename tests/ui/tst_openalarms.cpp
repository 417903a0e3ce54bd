// Open alarms: a device missing is raised once with its time and cleared when it answers again.

#include "CycleBuilder.h"
#include "overview/OpenAlarms.h"

#include <QTest>

using namespace parkwatt;
using namespace parkwatt::test;

class TstOpenAlarms : public QObject {
    Q_OBJECT
private slots:
    void deviceOfflineIsRaisedKeptAndCleared()
    {
        const SiteContext c = garageSite(3);
        OpenAlarms alarms;
        const TimeMs t0 = at("2026-07-14T10:00:00Z");
        PublishedCycle p = emptyCycle(c, t0);
        alarms.update(p);
        QVERIFY(alarms.open().empty());

        p = emptyCycle(c, t0 + kMsPer15Min);
        p.offlineDevices = {QStringLiteral("meter"), QStringLiteral("cp-7")};
        alarms.update(p);
        QCOMPARE(alarms.open().size(), size_t(2));
        QCOMPARE(alarms.open()[0].sinceMs, t0 + kMsPer15Min);

        p = emptyCycle(c, t0 + 2 * kMsPer15Min);
        p.offlineDevices = {QStringLiteral("cp-7")};
        p.applied.outage = true;
        alarms.update(p);
        QCOMPARE(alarms.open().size(), size_t(2));
        // The charger keeps its first time; the outage is new; oldest first.
        QCOMPARE(alarms.open()[0].subject, QStringLiteral("cp-7"));
        QCOMPARE(alarms.open()[0].sinceMs, t0 + kMsPer15Min);
        QCOMPARE(alarms.open()[1].kind, OpenAlarm::Kind::GridOutage);

        alarms.update(emptyCycle(c, t0 + 3 * kMsPer15Min));
        QVERIFY(alarms.open().empty());
    }

    void demoChargersOfflineAreNamedBySite()
    {
        const SiteContext c = garageSite(3);
        OpenAlarms alarms({QStringLiteral("B0001"), QStringLiteral("B0002"), QStringLiteral("B0003")});
        PublishedCycle p = emptyCycle(c, at("2026-07-14T10:00:00Z"));
        p.sensed.chargers[1].online = false;
        alarms.update(p);
        QCOMPARE(alarms.open().size(), size_t(1));
        QCOMPARE(alarms.open()[0].subject, QStringLiteral("B0002"));
    }
};

QTEST_MAIN(TstOpenAlarms)
#include "tst_openalarms.moc"
