#pragma once
// Today's power curves (PV, building load, grid, EVs) as the simulated day goes by. Points are
// collected and handed to the series in batches (QXYSeries::replace), never appended one by one.

#include "model/StepRecord.h"

#include <QList>
#include <QPointF>
#include <QtCharts/QChartView>

QT_BEGIN_NAMESPACE
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace parkwatt {

class PowerHistoryChart : public QChartView {
    Q_OBJECT
public:
    explicit PowerHistoryChart(QWidget* parent = nullptr);

    void setDayStart(qint64 dayStartMs);
    void add(const StepRecord& step);
    void clear();
    // Pushes collected points to the series (called at most a few times a second).
    void refresh();
    qsizetype pointCount() const { return m_pv.size(); }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLineSeries* m_pvSeries;
    QLineSeries* m_loadSeries;
    QLineSeries* m_gridSeries;
    QLineSeries* m_evSeries;
    QValueAxis* m_axisX;
    QValueAxis* m_axisY;
    QList<QPointF> m_pv, m_load, m_grid, m_ev;
    qint64 m_dayStartMs = 0;
    double m_maxKw = 10;
    double m_minKw = 0;
};

} // namespace parkwatt
