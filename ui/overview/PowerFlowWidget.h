#pragma once
// The overview's power-flow diagram: PV, grid, battery, building and garage around the site's
// bus, lines as wide as their power with dashes running from who feeds to who is fed, kW on every
// line, and the state of charge of the battery and of the garage's cars as rings. Painted with
// QPainter; the dashes move only while the widget is visible.

#include "common/FigureFormat.h"
#include "overview/PowerFlowLayout.h"
#include "overview/SiteFlows.h"

#include <QElapsedTimer>
#include <QPixmap>
#include <QTimer>
#include <QWidget>

namespace parkwatt {

class PowerFlowWidget : public QWidget {
    Q_OBJECT
public:
    explicit PowerFlowWidget(FigureFormat format, QWidget* parent = nullptr);

    void setFlows(const SiteFlows& flows);
    // The power drawn at full line width.
    void setScaleKw(double kw);
    const SiteFlows& flows() const { return m_flows; }
    PowerFlowLayout currentLayout() const;
    bool isAnimating() const { return m_dashTimer.isActive(); }
    // The text on a node's line, as painted ("import 42.0 kW").
    QString lineLabel(FlowNode node) const;
    // The flows in one sentence, for screen readers and the tooltip.
    QString summary() const;

    QSize sizeHint() const override { return {720, 520}; }
    QSize minimumSizeHint() const override { return {420, 320}; }

protected:
    void paintEvent(QPaintEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    // What does not move between two cycles is painted once into two layers (under and over the
    // moving dashes), so an animation frame costs two blits and the dashes.
    void paintLayers(const PowerFlowLayout& layout);
    void paintTrack(QPainter& p, const FlowLine& line) const;
    void paintDashes(QPainter& p, const FlowLine& line) const;
    void paintLabels(QPainter& p, const PowerFlowLayout& layout) const;
    void paintNode(QPainter& p, const FlowNodeBox& box) const;
    void retranslate();
    // The summary as tooltip and accessible description, and the diagram repainted.
    void showSummary();
    QString nodeName(FlowNode node) const;
    QString nodeDetail(FlowNode node) const;
    double nodeSocPct(FlowNode node) const;

    FigureFormat m_format;
    SiteFlows m_flows;
    bool m_hasFlows = false;
    double m_scaleKw = 100;
    double m_phase = 0; // 0..1, how far the dashes have moved in one period
    QTimer m_dashTimer;
    QElapsedTimer m_clock;
    QPixmap m_under; // tracks
    QPixmap m_over;  // bus, nodes, figures
    bool m_layersValid = false;
};

} // namespace parkwatt
