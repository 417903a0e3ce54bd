#pragma once
// The History page's time chart: each series as an average line with its min/max band behind
// it where buckets are coarse, kW on the left and % on the right. Mouse and keys do not change
// the range themselves; they ask for it (zoom, pan, a rubber-band selection) and the page
// decides. A crosshair follows the mouse and reads out the values under it.

#include "history/HistoryLoader.h"
#include "history/HistorySeries.h"

#include <QtCharts/QChartView>
#include <map>

class QRubberBand;
class QGraphicsLineItem;
class QLineSeries;
class QAreaSeries;
class QDateTimeAxis;
class QValueAxis;

namespace parkwatt {

class HistoryChart : public QChartView {
    Q_OBJECT

public:
    explicit HistoryChart(QWidget* parent = nullptr);

    void setRange(TimeMs fromMs, TimeMs toMs);
    void setData(const std::vector<SeriesRange>& series);
    void setSeriesShown(const QString& name, bool shown);
    bool isSeriesShown(const QString& name) const;
    // Points drawn now for a series' average line (tests: at most ~2 per pixel).
    int pointCount(const QString& name) const;
    bool hasBand(const QString& name) const;
    int plotWidth() const;

    // "12:05  Grid 3.2 kW  PV used 10.1 kW ..." for the buckets at `timeMs`; empty off the data.
    QString readoutAt(TimeMs timeMs) const;

signals:
    void zoomRequested(double factor, qint64 anchorMs);
    void panRequested(qint64 deltaMs);
    void rangeSelected(qint64 fromMs, qint64 toMs);
    void readoutChanged(const QString& text);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Plot {
        HistorySeriesInfo info;
        QLineSeries* average = nullptr;
        QLineSeries* upper = nullptr;
        QLineSeries* lower = nullptr;
        QAreaSeries* band = nullptr;
        SeriesRange data;
        bool shown = true;
    };
    // Set when the range jumped far from the data on screen (a preset): the bands wait for the
    // new data, because filling a year's band polygons on a week's axis (hundreds of thousands of
    // pixels wide, clipped) took the raster engine up to a second on the GUI thread.
    bool m_bandsAwaitData = false;

    // Axis titles, series names and the time axis' format in the current language and locale.
    void retranslate();
    void applyTimeAxisFormat();
    TimeMs timeAt(qreal x) const;
    void updateCrosshair(const QPoint& pos);
    void applyVisibility(Plot& plot);

    QDateTimeAxis* m_timeAxis = nullptr;
    QValueAxis* m_powerAxis = nullptr;
    QValueAxis* m_percentAxis = nullptr;
    std::map<QString, Plot> m_plots;
    QStringList m_order;
    TimeMs m_fromMs = 0;
    TimeMs m_toMs = 1;
    QRubberBand* m_rubberBand = nullptr;
    QPoint m_pressPos;
    Qt::MouseButton m_pressButton = Qt::NoButton;
    QGraphicsLineItem* m_crosshair = nullptr;
};

} // namespace parkwatt
