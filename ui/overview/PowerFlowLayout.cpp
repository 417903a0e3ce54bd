#include "overview/PowerFlowLayout.h"

#include <QLineF>
#include <algorithm>
#include <cmath>

namespace parkwatt {

namespace {
// Below this a line is idle: measurement noise, not a flow.
constexpr double kIdleKw = 0.05;

// Signed power as the bus sees it: > 0 the node feeds the site.
double intoBusKw(FlowNode node, const SiteFlows& f)
{
    switch (node) {
    case FlowNode::Pv:
        return f.pvKw;
    case FlowNode::Grid:
        return f.gridKw;
    case FlowNode::Battery:
        return -f.batteryKw;
    case FlowNode::Building:
        return -f.buildingKw;
    case FlowNode::Garage:
        return -f.garageKw;
    }
    return 0;
}

// Where each node sits, as a fraction of the area: sources left and top, consumers right and below.
QPointF placeOf(FlowNode node)
{
    switch (node) {
    case FlowNode::Pv:
        return {0.50, 0.15};
    case FlowNode::Grid:
        return {0.13, 0.50};
    case FlowNode::Building:
        return {0.87, 0.50};
    case FlowNode::Battery:
        return {0.27, 0.85};
    case FlowNode::Garage:
        return {0.73, 0.85};
    }
    return {0.5, 0.5};
}
} // namespace

double PowerFlowLayout::widthFor(double kw, double scaleKw)
{
    if (!std::isfinite(kw) || std::abs(kw) < kIdleKw || scaleKw <= 0)
        return kIdleWidthPx;
    const double share = std::min(std::abs(kw) / scaleKw, 1.0);
    return 2.5 + (kFullWidthPx - 2.5) * std::sqrt(share);
}

PowerFlowLayout PowerFlowLayout::compute(QSizeF size, const SiteFlows& flows, double scaleKw)
{
    PowerFlowLayout l;
    const double w = size.width(), h = size.height();
    l.bus = {0.5 * w, 0.50 * h};
    l.busRadius = std::clamp(std::min(w, h) * 0.025, 6.0, 14.0);
    const double radius = std::clamp(std::min(w, h) * 0.11, 34.0, 74.0);
    for (int i = 0; i < kFlowNodeCount; ++i) {
        const auto node = FlowNode(i);
        const QPointF at = placeOf(node);
        FlowNodeBox& box = l.nodes[size_t(i)];
        box.node = node;
        box.radius = radius;
        box.center = {at.x() * w, at.y() * h};

        FlowLine& line = l.lines[size_t(i)];
        line.node = node;
        const QLineF full(l.bus, box.center);
        const double length = std::max(full.length(), 1.0);
        line.busEnd = full.pointAt(l.busRadius / length);
        line.nodeEnd = full.pointAt(std::max(0.0, 1.0 - radius / length));
        const double kw = intoBusKw(node, flows);
        line.kw = std::abs(kw);
        line.widthPx = widthFor(kw, scaleKw);
        if (std::isfinite(kw) && std::abs(kw) >= kIdleKw)
            line.direction = kw > 0 ? FlowDirection::ToBus : FlowDirection::FromBus;
        // The figure sits beside the middle of the line, clear of its widest stroke.
        const QLineF visible(line.busEnd, line.nodeEnd);
        QLineF normal = visible.normalVector().unitVector();
        const QPointF offset = (normal.p2() - normal.p1()) * (kFullWidthPx / 2 + 16);
        line.labelCenter = visible.pointAt(0.5) + offset;
    }
    return l;
}

} // namespace parkwatt
