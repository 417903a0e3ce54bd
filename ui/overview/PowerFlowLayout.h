#pragma once
// Geometry of the power-flow diagram, apart from painting so it can be tested: where the five
// nodes sit around the site's bus, how wide each line is (grows with power) and which way its
// dashes run (from who feeds to who is fed). V2B runs garage -> bus -> building.

#include "overview/SiteFlows.h"

#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <array>

namespace parkwatt {

enum class FlowNode { Pv, Grid, Battery, Building, Garage };
constexpr int kFlowNodeCount = 5;

enum class FlowDirection {
    Idle,    // no power (or not known)
    ToBus,   // the node feeds the site: PV, grid import, battery discharge, V2B
    FromBus, // the site feeds the node: export, battery charge, building, cars charging
};

struct FlowLine {
    FlowNode node = FlowNode::Pv;
    QPointF nodeEnd; // on the node's rim
    QPointF busEnd;  // on the bus's rim
    double kw = 0;   // magnitude, NaN when not known
    double widthPx = 0;
    FlowDirection direction = FlowDirection::Idle;
    QPointF labelCenter;
};

struct FlowNodeBox {
    FlowNode node = FlowNode::Pv;
    QPointF center;
    double radius = 0;
};

class PowerFlowLayout {
public:
    // `scaleKw`: the power drawn at full width (the site's largest nominal flow).
    static PowerFlowLayout compute(QSizeF size, const SiteFlows& flows, double scaleKw);
    // Line width for a power: thin when idle, growing with the square root of power (so small
    // flows stay visible next to large ones), capped at full width.
    static double widthFor(double kw, double scaleKw);
    static constexpr double kIdleWidthPx = 1.5;
    static constexpr double kFullWidthPx = 16;

    QPointF bus;
    double busRadius = 0;
    std::array<FlowNodeBox, kFlowNodeCount> nodes{};
    std::array<FlowLine, kFlowNodeCount> lines{};

    const FlowLine& line(FlowNode n) const { return lines[size_t(n)]; }
    const FlowNodeBox& node(FlowNode n) const { return nodes[size_t(n)]; }
};

} // namespace parkwatt
