#include "policies/PreviewChart.h"

#include "common/ChartTheme.h"

#include <QDateTime>
#include <QEvent>
#include <QLocale>
#include <QtCharts/QChart>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>
#include <algorithm>

namespace parkwatt {

PreviewChart::PreviewChart(QWidget* parent)
    : QChartView(parent)
{
    auto* chart = new QChart();
    chart->legend()->setAlignment(Qt::AlignBottom);
    applyChartTheme(chart, palette());
    m_current = new QLineSeries(chart);
    m_edited = new QLineSeries(chart);
    m_limit = new QLineSeries(chart);
    chart->addSeries(m_current);
    chart->addSeries(m_edited);
    chart->addSeries(m_limit);
    QPen currentPen(QColor(0x60, 0x7d, 0x8b));
    currentPen.setWidthF(1.6);
    m_current->setPen(currentPen);
    QPen editedPen(QColor(0xef, 0x6c, 0x00));
    editedPen.setWidthF(1.6);
    m_edited->setPen(editedPen);
    QPen limitPen(QColor(0xc6, 0x28, 0x28));
    limitPen.setStyle(Qt::DashLine);
    limitPen.setWidthF(1.2);
    m_limit->setPen(limitPen);

    m_axisX = new QDateTimeAxis(chart);
    m_axisX->setFormat(QStringLiteral("ddd d MMM"));
    m_axisX->setTickCount(8);
    m_axisY = new QValueAxis(chart);
    m_axisY->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(m_axisX, Qt::AlignBottom);
    chart->addAxis(m_axisY, Qt::AlignLeft);
    for (QLineSeries* s : {m_current, m_edited, m_limit}) {
        s->attachAxis(m_axisX);
        s->attachAxis(m_axisY);
    }
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(240);
    clearRuns();
    retranslate();
}

void PreviewChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QChartView::changeEvent(event);
}

void PreviewChart::retranslate()
{
    chart()->setTitle(tr("Grid import, 15-minute averages"));
    m_current->setName(tr("Current policy"));
    m_edited->setName(tr("Edited policy"));
    m_limit->setName(tr("Edited peak limit"));
    m_axisY->setTitleText(tr("kW"));
    // The date-time axis writes day and month names in the chart's locale.
    chart()->setLocale(QLocale());
    chart()->setLocalizeNumbers(true);
    setAccessibleName(tr("Grid import chart"));
    setToolTip(tr("Grid import over the previewed period: grey under the current policy, orange under the "
                  "edited one; the dashed line is the edited peak limit."));
    describePeaks();
}

void PreviewChart::describePeaks()
{
    if (!m_peaksKw) {
        setAccessibleDescription(tr("No preview yet."));
        return;
    }
    const QLocale locale;
    setAccessibleDescription(tr("Grid import under the current policy peaks at %1 kW, under the edited policy "
                                "at %2 kW (15-minute averages).")
                                 .arg(locale.toString(m_peaksKw->first, 'f', 1),
                                      locale.toString(m_peaksKw->second, 'f', 1)));
}

void PreviewChart::clearRuns()
{
    m_current->clear();
    m_edited->clear();
    m_limit->clear();
    m_limit->setVisible(false);
    const QDateTime now = QDateTime::currentDateTime();
    m_axisX->setRange(now.addDays(-7), now);
    m_axisY->setRange(0, 10);
    m_peaksKw.reset();
    describePeaks();
}

void PreviewChart::setRuns(TimeMs startMs, int utcOffsetS, const PreviewRun& current, const PreviewRun& edited,
                           std::optional<double> peakLimitKw)
{
    // The axis shows times in this computer's zone: shift them so it shows the site's clock.
    const auto x = [utcOffsetS](TimeMs ms) {
        const int localOffsetS = QDateTime::fromMSecsSinceEpoch(ms).offsetFromUtc();
        return qreal(ms + qint64(utcOffsetS - localOffsetS) * 1000);
    };
    double maxKw = peakLimitKw.value_or(0);
    const auto points = [&](const std::vector<double>& kw) {
        QList<QPointF> out;
        out.reserve(qsizetype(kw.size()) * 2);
        for (size_t i = 0; i < kw.size(); ++i) {
            // Steps, so a 15-minute average reads as the block it is.
            const TimeMs t0 = startMs + TimeMs(i) * kMsPer15Min;
            out.append({x(t0), kw[i]});
            out.append({x(t0 + kMsPer15Min), kw[i]});
            maxKw = std::max(maxKw, kw[i]);
        }
        return out;
    };
    m_current->replace(points(current.gridKw));
    m_edited->replace(points(edited.gridKw));
    const size_t intervals = std::max(current.gridKw.size(), edited.gridKw.size());
    const TimeMs endMs = startMs + TimeMs(std::max<size_t>(intervals, 1)) * kMsPer15Min;
    m_limit->clear();
    m_limit->setVisible(peakLimitKw.has_value());
    if (peakLimitKw)
        m_limit->replace({{x(startMs), *peakLimitKw}, {x(endMs), *peakLimitKw}});
    m_axisX->setRange(QDateTime::fromMSecsSinceEpoch(qint64(x(startMs))),
                      QDateTime::fromMSecsSinceEpoch(qint64(x(endMs))));
    const double days = double(endMs - startMs) / 8.64e7;
    m_axisX->setFormat(days > 2 ? QStringLiteral("ddd d MMM") : QStringLiteral("HH:mm"));
    m_axisY->setRange(0, std::max(10.0, maxKw * 1.1));
    m_axisY->applyNiceNumbers();
    m_peaksKw = std::pair(current.figures.peakImportKw, edited.figures.peakImportKw);
    describePeaks();
}

} // namespace parkwatt
