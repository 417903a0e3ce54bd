// A bay's state, charge, departure and outlook from given published cycles.

#include "CycleBuilder.h"
#include "garage/BayStatus.h"
#include "garage/BayTileDelegate.h"

#include <QTest>

using namespace parkwatt;
using namespace parkwatt::test;

Q_DECLARE_METATYPE(parkwatt::BayState)
Q_DECLARE_METATYPE(parkwatt::TargetOutlook)

namespace {
const TimeMs kNow = at("2026-07-14T10:00:00Z");
const TimeMs kInTwoHours = at("2026-07-14T12:15:00Z"); // two hours after the 15-min cycle ends
} // namespace

class TstBayStatus : public QObject {
    Q_OBJECT
private slots:
    void stateAndOutlook_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<BayState>("state");
        QTest::addColumn<TargetOutlook>("outlook");
        QTest::newRow("free") << "free" << BayState::Free << TargetOutlook::NoCar;
        QTest::newRow("charging, on track") << "charging" << BayState::Charging << TargetOutlook::OnTrack;
        QTest::newRow("V2B") << "v2b" << BayState::Discharging << TargetOutlook::Reached;
        QTest::newRow("waiting for PV") << "waiting" << BayState::Waiting << TargetOutlook::OnTrack;
        QTest::newRow("plugged, target reached") << "full" << BayState::Plugged << TargetOutlook::Reached;
        QTest::newRow("at risk") << "short" << BayState::Charging << TargetOutlook::AtRisk;
        QTest::newRow("charger offline") << "offline" << BayState::Offline << TargetOutlook::Unknown;
        QTest::newRow("device listed offline") << "listed" << BayState::Offline << TargetOutlook::Unknown;
        QTest::newRow("no departure known") << "nodeparture" << BayState::Waiting << TargetOutlook::Unknown;
    }

    void stateAndOutlook()
    {
        QFETCH(QString, setup);
        QFETCH(BayState, state);
        QFETCH(TargetOutlook, outlook);
        const SiteContext c = garageSite(1);
        PublishedCycle p = emptyCycle(c, kNow);
        if (setup == QLatin1String("charging"))
            plugCar(p, 0, 20, 40, kInTwoHours, 11); // 20 kWh to go, 22 kWh possible
        else if (setup == QLatin1String("v2b"))
            plugCar(p, 0, 50, 40, kInTwoHours, -6);
        else if (setup == QLatin1String("waiting"))
            plugCar(p, 0, 20, 40, kInTwoHours, 0, QStringLiteral("plan: later"));
        else if (setup == QLatin1String("full"))
            plugCar(p, 0, 40, 40, kInTwoHours, 0, QStringLiteral("target reached"));
        else if (setup == QLatin1String("short"))
            plugCar(p, 0, 10, 60, kInTwoHours, 11); // 47 kWh to go after this cycle, 22 possible
        else if (setup == QLatin1String("offline")) {
            plugCar(p, 0, 20, 40, kInTwoHours, 0);
            p.sensed.chargers[0].online = false;
            p.applied.chargerKw[0] = kUnknown;
        } else if (setup == QLatin1String("listed")) {
            plugCar(p, 0, 20, 40, kInTwoHours, 0);
            p.offlineDevices << QStringLiteral("B0001");
        } else if (setup == QLatin1String("nodeparture"))
            plugCar(p, 0, 20, 40, 0, 0);
        const BayStatus b = BayStatus::of(c.site.chargers[0], p, 0);
        QCOMPARE(b.state, state);
        QCOMPARE(b.outlook, outlook);
        QCOMPARE(b.bayId, QStringLiteral("B0001"));
    }

    void sessionFigures()
    {
        const SiteContext c = garageSite(1);
        PublishedCycle p = emptyCycle(c, kNow);
        plugCar(p, 0, 10, 60, kInTwoHours, 11, QStringLiteral("peak limit 120 kW: 11 -> 4.1 kW"));
        const BayStatus b = BayStatus::of(c.site.chargers[0], p, 0);
        QCOMPARE(b.energyKwh, 12.75); // at the end of the cycle
        QCOMPARE(b.socPct, 100.0 * 12.75 / 60);
        QCOMPARE(b.targetSocPct, 100.0);
        QCOMPARE(b.reason, QStringLiteral("peak limit 120 kW: 11 -> 4.1 kW"));
        QCOMPARE(b.sessionId, QStringLiteral("S-0"));
        QCOMPARE(b.departureMs, kInTwoHours);
        QVERIFY(qFuzzyCompare(b.shortfallKwh, 60 - 12.75 - 22));
    }

    void unknownPowerIsShownAsUnknown()
    {
        const SiteContext c = garageSite(1);
        PublishedCycle p = emptyCycle(c, kNow);
        plugCar(p, 0, 20, 40, kInTwoHours, 0);
        p.sensed.chargers[0].online = false;
        p.sensed.chargers[0].capacityKwh = 0; // the live engine may not know the car
        p.applied.chargerKw[0] = kUnknown;
        const BayStatus b = BayStatus::of(c.site.chargers[0], p, 0);
        QVERIFY(std::isnan(b.powerKw));
        QVERIFY(std::isnan(b.socPct));
        const QStringList lines = BayTileDelegate(FigureFormat(0, QLocale::c())).linesOf(b);
        QCOMPARE(lines.value(1), QStringLiteral("offline"));
        QCOMPARE(lines.value(2), QStringLiteral("—"));
        QCOMPARE(lines.value(3), QStringLiteral("—"));
        QVERIFY(!lines.contains(QStringLiteral("0.0 kW")));
    }

    void tileLines()
    {
        const SiteContext c = garageSite(1);
        PublishedCycle p = emptyCycle(c, kNow);
        plugCar(p, 0, 20, 42, kInTwoHours, 11);
        const QStringList lines =
            BayTileDelegate(FigureFormat(2 * 3600, QLocale(QLocale::English, QLocale::UnitedKingdom)))
                .linesOf(BayStatus::of(c.site.chargers[0], p, 0));
        QCOMPARE(lines, QStringList({QStringLiteral("B0001"), QStringLiteral("charging"),
                                     QStringLiteral("11.0 kW"), QStringLiteral("38 % of 70 %"),
                                     QStringLiteral("leaves 14:15"), QStringLiteral("target on track")}));
    }
};

QTEST_MAIN(TstBayStatus)
#include "tst_baystatus.moc"
