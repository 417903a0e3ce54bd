#include "overview/PowerFlowWidget.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <cmath>

namespace parkwatt {

namespace {
constexpr int kDashPeriodMs = 1400;
constexpr int kFrameMs = 50;
constexpr double kDashPx = 10, kGapPx = 8;

// One calm colour per node, readable on light and dark backgrounds.
QColor colourOf(FlowNode node)
{
    switch (node) {
    case FlowNode::Pv:
        return {0xd4, 0x9a, 0x1a};
    case FlowNode::Grid:
        return {0x6b, 0x7c, 0x93};
    case FlowNode::Battery:
        return {0x2a, 0x9d, 0x8f};
    case FlowNode::Building:
        return {0x5c, 0x6b, 0xc0};
    case FlowNode::Garage:
        return {0x43, 0xa0, 0x47};
    }
    return Qt::gray;
}
} // namespace

PowerFlowWidget::PowerFlowWidget(FigureFormat format, QWidget* parent)
    : QWidget(parent)
    , m_format(std::move(format))
{
    setMinimumSize(minimumSizeHint());
    // 20 frames a second moves the dashes smoothly enough at a fraction of the CPU a 60 Hz
    // animation would take all day on a control-room PC.
    m_dashTimer.setInterval(kFrameMs);
    connect(&m_dashTimer, &QTimer::timeout, this, [this] {
        m_phase = double(m_clock.elapsed() % kDashPeriodMs) / kDashPeriodMs;
        update();
    });
    m_clock.start();
    retranslate();
}

void PowerFlowWidget::setFlows(const SiteFlows& flows)
{
    m_flows = flows;
    m_hasFlows = true;
    showSummary();
}

void PowerFlowWidget::showSummary()
{
    m_layersValid = false; // the painted names and figures too
    const QString text = summary();
    setToolTip(text);
    setAccessibleDescription(text);
    update();
}

void PowerFlowWidget::retranslate()
{
    setAccessibleName(tr("Power flows"));
    showSummary();
}

void PowerFlowWidget::setScaleKw(double kw)
{
    m_scaleKw = kw > 0 ? kw : 100;
    m_layersValid = false;
    update();
}

PowerFlowLayout PowerFlowWidget::currentLayout() const
{
    return PowerFlowLayout::compute(size(), m_flows, m_scaleKw);
}

void PowerFlowWidget::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_dashTimer.start();
}

void PowerFlowWidget::hideEvent(QHideEvent* event)
{
    // A page out of sight costs nothing.
    m_dashTimer.stop();
    QWidget::hideEvent(event);
}

QString PowerFlowWidget::nodeName(FlowNode node) const
{
    switch (node) {
    case FlowNode::Pv:
        return tr("PV");
    case FlowNode::Grid:
        return tr("Grid");
    case FlowNode::Battery:
        return tr("Battery");
    case FlowNode::Building:
        return tr("Building");
    case FlowNode::Garage:
        return tr("Garage");
    }
    return {};
}

double PowerFlowWidget::nodeSocPct(FlowNode node) const
{
    if (node == FlowNode::Battery)
        return m_flows.batterySocPct;
    if (node == FlowNode::Garage)
        return m_flows.garageSocPct;
    return std::nan("");
}

QString PowerFlowWidget::nodeDetail(FlowNode node) const
{
    switch (node) {
    case FlowNode::Grid:
        return m_flows.outage ? tr("outage") : QString();
    case FlowNode::Battery:
        return m_flows.hasBattery ? tr("SoC %1").arg(m_format.percent(m_flows.batterySocPct)) : tr("none");
    case FlowNode::Garage:
        return tr("%1 of %2 bays")
            .arg(m_format.locale().toString(m_flows.carsPlugged), m_format.locale().toString(m_flows.bays));
    default:
        return {};
    }
}

QString PowerFlowWidget::lineLabel(FlowNode node) const
{
    // Directions do not depend on the size; any size will do.
    const PowerFlowLayout layout = PowerFlowLayout::compute(QSizeF(100, 100), m_flows, m_scaleKw);
    const FlowLine& line = layout.line(node);
    const QString kw = m_format.kw(line.kw);
    if (!m_hasFlows)
        return FigureFormat::unknown();
    if (!std::isfinite(line.kw))
        return kw;
    const bool in = line.direction == FlowDirection::ToBus;
    const bool out = line.direction == FlowDirection::FromBus;
    switch (node) {
    case FlowNode::Grid:
        return in ? tr("import %1").arg(kw) : out ? tr("export %1").arg(kw) : kw;
    case FlowNode::Battery:
        return in ? tr("discharging %1").arg(kw) : out ? tr("charging %1").arg(kw) : kw;
    case FlowNode::Garage:
        if (m_flows.garageChargeKw > 0.05 && m_flows.garageDischargeKw > 0.05)
            return tr("charging %1, V2B %2")
                .arg(m_format.kw(m_flows.garageChargeKw), m_format.kw(m_flows.garageDischargeKw));
        return in ? tr("V2B %1").arg(kw) : out ? tr("charging %1").arg(kw) : kw;
    default:
        return kw;
    }
}

QString PowerFlowWidget::summary() const
{
    if (!m_hasFlows)
        return tr("No cycle seen yet.");
    QStringList parts;
    for (int i = 0; i < kFlowNodeCount; ++i)
        parts << tr("%1: %2").arg(nodeName(FlowNode(i)), lineLabel(FlowNode(i)));
    if (m_flows.hasBattery)
        parts << tr("battery charge %1").arg(m_format.percent(m_flows.batterySocPct));
    parts << tr("cars' charge %1").arg(m_format.percent(m_flows.garageSocPct));
    return parts.join(QStringLiteral("; "));
}

void PowerFlowWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange ||
        event->type() == QEvent::LocaleChange)
        m_layersValid = false;
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PowerFlowWidget::paintLayers(const PowerFlowLayout& layout)
{
    const qreal dpr = devicePixelRatioF();
    for (QPixmap* layer : {&m_under, &m_over}) {
        *layer = QPixmap(size() * dpr);
        layer->setDevicePixelRatio(dpr);
        layer->fill(Qt::transparent);
    }
    {
        QPainter under(&m_under);
        under.setRenderHint(QPainter::Antialiasing);
        for (const FlowLine& line : layout.lines)
            paintTrack(under, line);
    }
    QPainter over(&m_over);
    over.setRenderHint(QPainter::Antialiasing);
    over.setPen(QPen(palette().color(QPalette::WindowText), 1.5));
    over.setBrush(palette().color(QPalette::Base));
    over.drawEllipse(layout.bus, layout.busRadius, layout.busRadius);
    for (const FlowNodeBox& box : layout.nodes)
        paintNode(over, box);
    paintLabels(over, layout);
    m_layersValid = true;
}

void PowerFlowWidget::paintEvent(QPaintEvent*)
{
    const PowerFlowLayout layout = currentLayout();
    if (!m_layersValid || m_under.size() != size() * devicePixelRatioF())
        paintLayers(layout);
    QPainter p(this);
    p.drawPixmap(0, 0, m_under);
    p.setRenderHint(QPainter::Antialiasing);
    for (const FlowLine& line : layout.lines)
        paintDashes(p, line);
    p.drawPixmap(0, 0, m_over);
}

// Figures last, on a plate, so no line runs through them.
void PowerFlowWidget::paintLabels(QPainter& p, const PowerFlowLayout& layout) const
{
    const QColor text = palette().color(QPalette::WindowText);
    QFont labelFont = font();
    labelFont.setBold(true);
    p.setFont(labelFont);
    const QFontMetricsF fm(labelFont);
    for (const FlowLine& line : layout.lines) {
        const QString label = lineLabel(line.node);
        QRectF r = fm.boundingRect(label).adjusted(-6, -3, 6, 3);
        r.moveCenter(line.labelCenter);
        r.moveLeft(std::clamp(r.left(), 2.0, width() - r.width() - 2));
        QColor plate = palette().color(QPalette::Base);
        plate.setAlphaF(0.9);
        p.setPen(Qt::NoPen);
        p.setBrush(plate);
        p.drawRoundedRect(r, 4, 4);
        p.setPen(line.direction == FlowDirection::Idle ? palette().color(QPalette::PlaceholderText) : text);
        p.drawText(r, Qt::AlignCenter, label);
    }
}

void PowerFlowWidget::paintTrack(QPainter& p, const FlowLine& line) const
{
    const QColor colour = colourOf(line.node);
    QColor track = colour;
    track.setAlphaF(line.direction == FlowDirection::Idle ? 0.35 : 0.3);
    if (!std::isfinite(line.kw)) {
        // Not known: a thin dotted grey line, never a 0 kW one.
        p.setPen(QPen(palette().color(QPalette::PlaceholderText), 1.5, Qt::DotLine, Qt::RoundCap));
        p.drawLine(line.busEnd, line.nodeEnd);
        return;
    }
    p.setPen(QPen(track, line.widthPx, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(line.busEnd, line.nodeEnd);
}

void PowerFlowWidget::paintDashes(QPainter& p, const FlowLine& line) const
{
    if (!std::isfinite(line.kw) || line.direction == FlowDirection::Idle)
        return;
    // Dashes run from the feeder to the fed; their pattern is in pixels whatever the width.
    const QColor colour = colourOf(line.node);
    const QPointF from = line.direction == FlowDirection::ToBus ? line.nodeEnd : line.busEnd;
    const QPointF to = line.direction == FlowDirection::ToBus ? line.busEnd : line.nodeEnd;
    const double w = std::max(line.widthPx * 0.55, 1.5);
    QPen dashes(colour, w, Qt::CustomDashLine, Qt::FlatCap);
    dashes.setDashPattern({kDashPx / w, kGapPx / w});
    dashes.setDashOffset(-m_phase * (kDashPx + kGapPx) / w);
    p.setPen(dashes);
    p.drawLine(from, to);
}

void PowerFlowWidget::paintNode(QPainter& p, const FlowNodeBox& box) const
{
    const QColor colour = colourOf(box.node);
    const QColor text = palette().color(QPalette::WindowText);
    const QRectF circle(box.center.x() - box.radius, box.center.y() - box.radius, 2 * box.radius,
                        2 * box.radius);
    QColor fill = colour;
    fill.setAlphaF(0.12);
    p.setPen(QPen(colour, 2));
    p.setBrush(palette().color(QPalette::Base));
    p.drawEllipse(circle);
    p.setBrush(fill);
    p.drawEllipse(circle);

    // State of charge as a ring: the share of the circle's rim, clockwise from the top.
    const double soc = nodeSocPct(box.node);
    if (std::isfinite(soc)) {
        const QRectF ring = circle.adjusted(-6, -6, 6, 6);
        QColor empty = palette().color(QPalette::Mid);
        empty.setAlphaF(0.35);
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(empty, 5, Qt::SolidLine, Qt::FlatCap));
        p.drawEllipse(ring);
        p.setPen(QPen(colour, 5, Qt::SolidLine, Qt::FlatCap));
        p.drawArc(ring, 90 * 16, -int(std::lround(std::clamp(soc, 0.0, 100.0) / 100.0 * 360 * 16)));
    }

    QFont nameFont = font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.15);
    p.setFont(nameFont);
    p.setPen(box.node == FlowNode::Grid && m_flows.outage ? QColor(0xc6, 0x28, 0x28) : text);
    const QString detail = nodeDetail(box.node);
    const QRectF inner = circle.adjusted(4, 4, -4, -4);
    if (detail.isEmpty()) {
        p.drawText(inner, Qt::AlignCenter, nodeName(box.node));
        return;
    }
    const QFontMetricsF fm(nameFont);
    QRectF upper = inner;
    upper.setBottom(box.center.y() + fm.height() * 0.1);
    p.drawText(upper, Qt::AlignHCenter | Qt::AlignBottom, nodeName(box.node));
    p.setFont(font());
    QRectF lower = inner;
    lower.setTop(box.center.y() + fm.height() * 0.15);
    p.drawText(lower, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, detail);
}

} // namespace parkwatt
