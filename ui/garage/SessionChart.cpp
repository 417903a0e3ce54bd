#include "garage/SessionChart.h"

#include "common/ChartTheme.h"
#include "common/FigureFormat.h"

#include <QDateTime>
#include <QEvent>
#include <QtCharts/QChart>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>
#include <algorithm>

namespace parkwatt {

SessionChart::SessionChart(int utcOffsetS, QWidget* parent)
    : QChartView(parent)
    , m_utcOffsetS(utcOffsetS)
{
    auto* chart = new QChart();
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_power = new QLineSeries(chart);
    m_energy = new QLineSeries(chart);
    chart->addSeries(m_power);
    chart->addSeries(m_energy);
    m_time = new QDateTimeAxis(chart);
    m_time->setTickCount(5);
    m_kw = new QValueAxis(chart);
    m_kw->setLabelFormat(QStringLiteral("%.0f"));
    m_kwh = new QValueAxis(chart);
    m_kwh->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_kw, Qt::AlignLeft);
    chart->addAxis(m_kwh, Qt::AlignRight);
    m_power->attachAxis(m_time);
    m_power->attachAxis(m_kw);
    m_energy->attachAxis(m_time);
    m_energy->attachAxis(m_kwh);
    applyChartTheme(chart, palette());
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(200);
    retranslate();
}

void SessionChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QChartView::changeEvent(event);
}

void SessionChart::retranslate()
{
    m_power->setName(tr("Power (kW)"));
    m_energy->setName(tr("Energy in the car (kWh)"));
    m_kw->setTitleText(tr("kW"));
    m_kwh->setTitleText(tr("kWh"));
    setAccessibleName(tr("Session chart"));
    // Times as the rest of the page writes them ("14:35", "2:35 PM"), in the chart's new locale.
    m_time->setFormat(FigureFormat(m_utcOffsetS).timeOfDayFormat());
    applyChartLocale(chart());
}

double SessionChart::axisX(double utcMs) const
{
    const auto at = QDateTime::fromMSecsSinceEpoch(qint64(utcMs));
    return utcMs + (m_utcOffsetS - at.offsetFromUtc()) * 1000.0;
}

qsizetype SessionChart::pointCount() const
{
    return m_energy->count();
}

void SessionChart::setTrace(const SessionTrace& trace)
{
    QList<QPointF> power, energy;
    power.reserve(trace.powerKw.size());
    energy.reserve(trace.energyKwh.size());
    double minKw = 0, maxKw = 1, maxKwh = 1;
    for (const QPointF& p : trace.powerKw) {
        power.append({axisX(p.x()), p.y()});
        minKw = std::min(minKw, p.y());
        maxKw = std::max(maxKw, p.y());
    }
    for (const QPointF& p : trace.energyKwh) {
        energy.append({axisX(p.x()), p.y()});
        maxKwh = std::max(maxKwh, p.y());
    }
    m_power->replace(power);
    m_energy->replace(energy);
    if (!energy.isEmpty()) {
        const double from = energy.first().x();
        // At least an hour wide, so a session just begun is not a single vertical line.
        const double to = std::max(energy.last().x(), from + 3.6e6);
        m_time->setRange(QDateTime::fromMSecsSinceEpoch(qint64(from)),
                         QDateTime::fromMSecsSinceEpoch(qint64(to)));
    }
    m_kw->setRange(minKw * 1.1, maxKw * 1.1);
    m_kw->applyNiceNumbers();
    m_kwh->setRange(0, maxKwh * 1.1);
    m_kwh->applyNiceNumbers();
    // Whole numbers only where the ticks fall on them (a 2 kWh axis has ticks every 0.5 kWh).
    for (QValueAxis* axis : {m_kw, m_kwh}) {
        const double step = (axis->max() - axis->min()) / std::max(1, axis->tickCount() - 1);
        axis->setLabelFormat(step < 1 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    }
}

} // namespace parkwatt
