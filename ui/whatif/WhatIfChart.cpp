#include "whatif/WhatIfChart.h"

#include "common/ChartTheme.h"
#include "common/FigureFormat.h"

#include <QDateTime>
#include <QEvent>
#include <QLocale>
#include <QtCharts/QChart>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>
#include <algorithm>

namespace parkwatt {

WhatIfChart::WhatIfChart(const QString& what, QWidget* parent)
    : QChartView(parent)
    , m_what(what)
{
    auto* chart = new QChart();
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    applyChartTheme(chart, palette());
    m_baseline = new QLineSeries(chart);
    m_policy = new QLineSeries(chart);
    m_limit = new QLineSeries(chart);
    chart->addSeries(m_baseline);
    chart->addSeries(m_policy);
    chart->addSeries(m_limit);
    // The same colours as the policy preview: grey for the reference, orange for the policy.
    QPen baselinePen(QColor(0x60, 0x7d, 0x8b));
    baselinePen.setWidthF(1.6);
    m_baseline->setPen(baselinePen);
    QPen policyPen(QColor(0xef, 0x6c, 0x00));
    policyPen.setWidthF(1.6);
    m_policy->setPen(policyPen);
    QPen limitPen(QColor(0xc6, 0x28, 0x28));
    limitPen.setStyle(Qt::DashLine);
    limitPen.setWidthF(1.2);
    m_limit->setPen(limitPen);

    m_axisX = new QDateTimeAxis(chart);
    m_axisX->setFormat(QStringLiteral("HH:mm"));
    m_axisX->setTickCount(9);
    m_axisY = new QValueAxis(chart);
    m_axisY->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(m_axisX, Qt::AlignBottom);
    chart->addAxis(m_axisY, Qt::AlignLeft);
    for (QLineSeries* s : {m_baseline, m_policy, m_limit}) {
        s->attachAxis(m_axisX);
        s->attachAxis(m_axisY);
    }
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    setFocusPolicy(Qt::NoFocus);
    clearRuns();
    retranslate();
}

void WhatIfChart::setWhat(const QString& what)
{
    m_what = what;
    retranslate();
}

void WhatIfChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QChartView::changeEvent(event);
}

void WhatIfChart::retranslate()
{
    chart()->setTitle(m_what);
    m_baseline->setName(tr("Uncontrolled"));
    m_policy->setName(tr("Scenario's policy"));
    m_limit->setName(tr("Peak limit"));
    m_axisY->setTitleText(tr("kW"));
    // The date-time axis writes day and month names in the chart's locale.
    chart()->setLocale(QLocale());
    chart()->setLocalizeNumbers(true);
    setAccessibleName(tr("%1 chart").arg(m_what));
    setToolTip(
        tr("%1 over the scenario: grey uncontrolled, orange under the scenario's policy; the dashed line "
           "is the policy's peak limit when it has one.")
            .arg(m_what));
    describePeaks();
}

void WhatIfChart::describePeaks()
{
    if (!m_peaksKw) {
        setAccessibleDescription(tr("Nothing run yet."));
        return;
    }
    const FigureFormat fmt; // made now: the default locale
    setAccessibleDescription(tr("%1 peaks at %2 uncontrolled and at %3 under the scenario's policy.")
                                 .arg(m_what, fmt.kw(m_peaksKw->first), fmt.kw(m_peaksKw->second)));
}

void WhatIfChart::clearRuns()
{
    m_baseline->clear();
    m_policy->clear();
    m_limit->clear();
    m_limit->setVisible(false);
    const QDateTime today(QDate::currentDate(), QTime(0, 0));
    m_axisX->setRange(today, today.addDays(1));
    m_axisY->setRange(0, 10);
    m_peaksKw.reset();
    describePeaks();
}

void WhatIfChart::setRuns(TimeMs startMs, int utcOffsetS, TimeMs bucketMs,
                          const std::vector<double>& baselineKw, const std::vector<double>& policyKw,
                          std::optional<double> limitKw)
{
    // The axis shows times in this computer's zone: shift them so it shows the scenario's clock.
    const auto x = [utcOffsetS](TimeMs ms) {
        const int localOffsetS = QDateTime::fromMSecsSinceEpoch(ms).offsetFromUtc();
        return qreal(ms + qint64(utcOffsetS - localOffsetS) * 1000);
    };
    double maxKw = limitKw.value_or(0);
    double peakBaseline = 0, peakPolicy = 0;
    const auto points = [&](const std::vector<double>& kw, double* peak) {
        QList<QPointF> out;
        out.reserve(qsizetype(kw.size()) * 2);
        for (size_t i = 0; i < kw.size(); ++i) {
            // Steps, so an average reads as the block it is.
            const TimeMs t0 = startMs + TimeMs(i) * bucketMs;
            out.append({x(t0), kw[i]});
            out.append({x(t0 + bucketMs), kw[i]});
            *peak = std::max(*peak, kw[i]);
        }
        maxKw = std::max(maxKw, *peak);
        return out;
    };
    m_baseline->replace(points(baselineKw, &peakBaseline));
    m_policy->replace(points(policyKw, &peakPolicy));
    const size_t buckets = std::max<size_t>(std::max(baselineKw.size(), policyKw.size()), 1);
    const TimeMs endMs = startMs + TimeMs(buckets) * bucketMs;
    m_limit->clear();
    m_limit->setVisible(limitKw.has_value());
    if (limitKw)
        m_limit->replace({{x(startMs), *limitKw}, {x(endMs), *limitKw}});
    m_axisX->setRange(QDateTime::fromMSecsSinceEpoch(qint64(x(startMs))),
                      QDateTime::fromMSecsSinceEpoch(qint64(x(endMs))));
    const double days = double(endMs - startMs) / 8.64e7;
    m_axisX->setFormat(days > 60  ? QStringLiteral("d MMM")
                       : days > 2 ? QStringLiteral("ddd d MMM")
                                  : QStringLiteral("HH:mm"));
    m_axisY->setRange(0, std::max(10.0, maxKw * 1.1));
    m_axisY->applyNiceNumbers();
    m_peaksKw = std::pair(peakBaseline, peakPolicy);
    describePeaks();
}

} // namespace parkwatt
