#include "live/PowerHistoryChart.h"

#include "common/ChartTheme.h"

#include <QEvent>
#include <QtCharts/QChart>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>
#include <algorithm>
#include <cmath>

namespace parkwatt {

namespace {
QLineSeries* makeSeries(QChart* chart)
{
    auto* series = new QLineSeries(chart);
    chart->addSeries(series);
    return series;
}
} // namespace

PowerHistoryChart::PowerHistoryChart(QWidget* parent)
    : QChartView(parent)
{
    auto* chart = new QChart();
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_pvSeries = makeSeries(chart);
    m_loadSeries = makeSeries(chart);
    m_gridSeries = makeSeries(chart);
    m_evSeries = makeSeries(chart);
    m_axisX = new QValueAxis(chart);
    m_axisX->setRange(0, 24);
    m_axisX->setTickCount(9);
    // A printf pattern with the hour's symbol, the same in every language; not for translators
    // (a broken pattern would break the axis).
    m_axisX->setLabelFormat(QStringLiteral("%d h"));
    m_axisY = new QValueAxis(chart);
    m_axisY->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(m_axisX, Qt::AlignBottom);
    chart->addAxis(m_axisY, Qt::AlignLeft);
    for (QLineSeries* s : {m_pvSeries, m_loadSeries, m_gridSeries, m_evSeries}) {
        s->attachAxis(m_axisX);
        s->attachAxis(m_axisY);
    }
    applyChartTheme(chart, palette());
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(260);
    retranslate();
}

void PowerHistoryChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QChartView::changeEvent(event);
}

void PowerHistoryChart::retranslate()
{
    chart()->setTitle(tr("Power today"));
    m_pvSeries->setName(tr("PV"));
    m_loadSeries->setName(tr("Building load"));
    m_gridSeries->setName(tr("Grid (import +)"));
    m_evSeries->setName(tr("EVs (charge +)"));
    m_axisY->setTitleText(tr("kW"));
    // Whole hours and whole kW need no locale; and Qt 6.4 draws no labels for "%d h" with
    // localized numbers.
}

void PowerHistoryChart::setDayStart(qint64 dayStartMs)
{
    m_dayStartMs = dayStartMs;
}

void PowerHistoryChart::add(const StepRecord& step)
{
    const double hour = double(step.timeMs - m_dayStartMs) / 3.6e6;
    // A value a live cycle could not measure (NaN) is left out: a gap, never a 0 kW point.
    auto add = [&](QList<QPointF>& points, double kw) {
        if (!std::isfinite(kw))
            return;
        points.append({hour, kw});
        m_maxKw = std::max(m_maxKw, kw);
        m_minKw = std::min(m_minKw, kw);
    };
    add(m_pv, step.pvUsedKw);
    add(m_load, step.loadServedKw);
    add(m_grid, step.gridKw);
    add(m_ev, step.evChargeKw - step.evDischargeKw);
}

void PowerHistoryChart::clear()
{
    m_pv.clear();
    m_load.clear();
    m_grid.clear();
    m_ev.clear();
    m_maxKw = 10;
    m_minKw = 0;
    refresh();
}

void PowerHistoryChart::refresh()
{
    m_pvSeries->replace(m_pv);
    m_loadSeries->replace(m_load);
    m_gridSeries->replace(m_grid);
    m_evSeries->replace(m_ev);
    m_axisY->setRange(m_minKw * 1.1, m_maxKw * 1.1);
    m_axisY->applyNiceNumbers();
}

} // namespace parkwatt
