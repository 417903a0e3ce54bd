// The power-flow diagram's geometry and labels: line widths grow with power, dashes run from who
// feeds to who is fed (V2B: garage -> bus -> building), unknown flows are no 0 kW lines, and the
// dashes move only while the diagram is visible.

#include "CycleBuilder.h"
#include "overview/PowerFlowLayout.h"
#include "overview/PowerFlowWidget.h"

#include <QImage>
#include <QTest>

using namespace parkwatt;
using namespace parkwatt::test;

namespace {
SiteFlows flows(double pv, double grid, double battery, double building, double garage)
{
    SiteFlows f;
    f.pvKw = pv;
    f.gridKw = grid;
    f.batteryKw = battery;
    f.buildingKw = building;
    f.garageKw = garage;
    f.garageChargeKw = std::max(garage, 0.0);
    f.garageDischargeKw = std::max(-garage, 0.0);
    f.hasBattery = true;
    f.batterySocPct = 64;
    f.garageSocPct = 50;
    return f;
}
const QSizeF kSize(800, 600);
} // namespace

Q_DECLARE_METATYPE(parkwatt::SiteFlows)
Q_DECLARE_METATYPE(parkwatt::FlowNode)
Q_DECLARE_METATYPE(parkwatt::FlowDirection)

class TstPowerFlowLayout : public QObject {
    Q_OBJECT
private slots:
    void widthGrowsWithPower()
    {
        double previous = 0;
        for (double kw : {0.0, 1.0, 10.0, 50.0, 119.0}) {
            const double w = PowerFlowLayout::widthFor(kw, 120);
            QVERIFY2(w > previous, qPrintable(QStringLiteral("%1 kW: %2 px").arg(kw).arg(w)));
            previous = w;
        }
        QCOMPARE(PowerFlowLayout::widthFor(500, 120), PowerFlowLayout::kFullWidthPx);
        QCOMPARE(PowerFlowLayout::widthFor(-50, 120), PowerFlowLayout::widthFor(50, 120));
        QCOMPARE(PowerFlowLayout::widthFor(kUnknown, 120), PowerFlowLayout::kIdleWidthPx);

        const PowerFlowLayout l = PowerFlowLayout::compute(kSize, flows(10, 80, 0, 60, 30), 120);
        QVERIFY(l.line(FlowNode::Grid).widthPx > l.line(FlowNode::Building).widthPx);
        QVERIFY(l.line(FlowNode::Building).widthPx > l.line(FlowNode::Garage).widthPx);
        QVERIFY(l.line(FlowNode::Garage).widthPx > l.line(FlowNode::Pv).widthPx);
        QCOMPARE(l.line(FlowNode::Battery).widthPx, PowerFlowLayout::kIdleWidthPx);
    }

    void directionFollowsSign_data()
    {
        QTest::addColumn<SiteFlows>("flows");
        QTest::addColumn<FlowNode>("node");
        QTest::addColumn<FlowDirection>("direction");
        QTest::newRow("pv feeds") << flows(40, 0, 0, 40, 0) << FlowNode::Pv << FlowDirection::ToBus;
        QTest::newRow("grid import") << flows(0, 30, 0, 30, 0) << FlowNode::Grid << FlowDirection::ToBus;
        QTest::newRow("grid export") << flows(50, -20, 0, 30, 0) << FlowNode::Grid << FlowDirection::FromBus;
        QTest::newRow("battery charging")
            << flows(50, 0, 20, 30, 0) << FlowNode::Battery << FlowDirection::FromBus;
        QTest::newRow("battery discharging")
            << flows(0, 0, -20, 20, 0) << FlowNode::Battery << FlowDirection::ToBus;
        QTest::newRow("cars charging")
            << flows(0, 50, 0, 20, 30) << FlowNode::Garage << FlowDirection::FromBus;
        QTest::newRow("V2B: garage feeds")
            << flows(0, 10, 0, 25, -15) << FlowNode::Garage << FlowDirection::ToBus;
        QTest::newRow("V2B: building is fed")
            << flows(0, 10, 0, 25, -15) << FlowNode::Building << FlowDirection::FromBus;
        QTest::newRow("idle battery")
            << flows(0, 10, 0.01, 10, 0) << FlowNode::Battery << FlowDirection::Idle;
        QTest::newRow("unknown grid")
            << flows(0, kUnknown, 0, 10, 0) << FlowNode::Grid << FlowDirection::Idle;
    }

    void directionFollowsSign()
    {
        QFETCH(SiteFlows, flows);
        QFETCH(FlowNode, node);
        QFETCH(FlowDirection, direction);
        QCOMPARE(PowerFlowLayout::compute(kSize, flows, 120).line(node).direction, direction);
    }

    void nodesFitAndDoNotOverlap()
    {
        for (const QSizeF size : {QSizeF(420, 320), QSizeF(800, 600), QSizeF(1600, 700)}) {
            const PowerFlowLayout l = PowerFlowLayout::compute(size, flows(1, 1, 1, 1, 1), 120);
            for (const FlowNodeBox& a : l.nodes) {
                QVERIFY(a.center.x() - a.radius >= 0 && a.center.x() + a.radius <= size.width());
                QVERIFY(a.center.y() - a.radius >= 0 && a.center.y() + a.radius <= size.height());
                for (const FlowNodeBox& b : l.nodes)
                    if (&a != &b)
                        QVERIFY(QLineF(a.center, b.center).length() > a.radius + b.radius);
            }
        }
    }

    void labelsSayKwAndDirection()
    {
        PowerFlowWidget w(FigureFormat(0, QLocale::c()));
        QCOMPARE(w.lineLabel(FlowNode::Grid), QStringLiteral("—"));
        w.setFlows(flows(0, -12.5, -5, 40, -15));
        QCOMPARE(w.lineLabel(FlowNode::Grid), QStringLiteral("export 12.5 kW"));
        QCOMPARE(w.lineLabel(FlowNode::Battery), QStringLiteral("discharging 5.0 kW"));
        QCOMPARE(w.lineLabel(FlowNode::Garage), QStringLiteral("V2B 15.0 kW"));
        QCOMPARE(w.lineLabel(FlowNode::Building), QStringLiteral("40.0 kW"));
        w.setFlows(flows(0, kUnknown, 0, 40, 10));
        QCOMPARE(w.lineLabel(FlowNode::Grid), QStringLiteral("—"));
        QVERIFY(w.summary().contains(QStringLiteral("Grid: —")));
    }

    void flowsFromACycle()
    {
        const SiteContext c = garageSite(4);
        PublishedCycle p = emptyCycle(c, at("2026-07-14T10:00:00Z"));
        plugCar(p, 0, 30, 50, at("2026-07-14T17:00:00Z"), 11);
        plugCar(p, 1, 40, 40, at("2026-07-14T17:00:00Z"), -5);
        p.sensed.chargers[2].online = false;
        SiteFlows f = SiteFlows::of(p, false);
        QCOMPARE(f.garageChargeKw, 11.0);
        QCOMPARE(f.garageDischargeKw, 5.0);
        QCOMPARE(f.garageKw, 6.0);
        QCOMPARE(f.carsPlugged, 2);
        QVERIFY(std::isnan(f.batterySocPct));
        // A plugged car whose charger does not answer makes the garage's power unknown, not lower.
        plugCar(p, 3, 10, 50, at("2026-07-14T17:00:00Z"), 0);
        p.applied.chargerKw[3] = kUnknown;
        f = SiteFlows::of(p, false);
        QVERIFY(std::isnan(f.garageKw));
    }

    void animatesOnlyWhileVisibleAndPaints()
    {
        PowerFlowWidget w(FigureFormat(0, QLocale::c()));
        w.setFlows(flows(40, 30, -10, 60, 20));
        w.resize(800, 600);
        QVERIFY(!w.isAnimating());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.isAnimating());
        const QImage first = w.grab().toImage();
        QTest::qWait(200);
        QVERIFY2(w.grab().toImage() != first, "the dashes should have moved");
        w.hide();
        QVERIFY(!w.isAnimating());
    }
};

QTEST_MAIN(TstPowerFlowLayout)
#include "tst_powerflowlayout.moc"
