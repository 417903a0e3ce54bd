#include "history/HistoryChart.h"

#include "common/ChartTheme.h"

#include <QDateTime>
#include <QEvent>
#include <QGraphicsLineItem>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QRubberBand>
#include <QWheelEvent>
#include <QtCharts/QAreaSeries>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>
#include <algorithm>
#include <cmath>

namespace parkwatt {

namespace {
constexpr double kWheelZoomStep = 0.8; // one notch in: 80 % of the span
constexpr int kMinDragPixels = 6;      // shorter drags are clicks
} // namespace

HistoryChart::HistoryChart(QWidget* parent)
    : QChartView(parent)
{
    auto* chart = new QChart;
    applyChartTheme(chart, palette());
    // The page's series check boxes, in the series' colours, are the legend.
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);

    m_timeAxis = new QDateTimeAxis;
    m_powerAxis = new QValueAxis;
    m_percentAxis = new QValueAxis;
    m_percentAxis->setRange(0, 100);
    m_percentAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_powerAxis->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(m_timeAxis, Qt::AlignBottom);
    chart->addAxis(m_powerAxis, Qt::AlignLeft);
    chart->addAxis(m_percentAxis, Qt::AlignRight);

    for (const HistorySeriesInfo& info : HistorySeries::all()) {
        Plot plot;
        plot.info = info;
        plot.upper = new QLineSeries(this);
        plot.lower = new QLineSeries(this);
        plot.band = new QAreaSeries(plot.upper, plot.lower);
        plot.average = new QLineSeries;
        QPen pen(info.color, 1.5);
        if (info.percent)
            pen.setStyle(Qt::DashLine); // the % axis: not to be read as kW
        plot.average->setPen(pen);
        chart->addSeries(plot.band);
        chart->addSeries(plot.average);
        QValueAxis* yAxis = info.percent ? m_percentAxis : m_powerAxis;
        for (QAbstractSeries* series :
             {static_cast<QAbstractSeries*>(plot.band), static_cast<QAbstractSeries*>(plot.average)}) {
            series->attachAxis(m_timeAxis);
            series->attachAxis(yAxis);
        }
        // The band is the line's colour, faint, and not a legend entry of its own.
        QColor faint = info.color;
        faint.setAlpha(50);
        plot.band->setBrush(faint);
        plot.band->setPen(Qt::NoPen);
        m_order << info.name;
        m_plots.emplace(info.name, std::move(plot));
    }

    m_crosshair = new QGraphicsLineItem;
    m_crosshair->setPen(QPen(palette().color(QPalette::WindowText), 0, Qt::DashLine));
    m_crosshair->setZValue(100);
    m_crosshair->hide();
    chart->scene()->addItem(m_crosshair);
    m_rubberBand = new QRubberBand(QRubberBand::Rectangle, this);
    retranslate();
}

void HistoryChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QChartView::changeEvent(event);
}

void HistoryChart::retranslate()
{
    setAccessibleName(tr("History chart"));
    setToolTip(tr("Drag to zoom into a stretch, wheel to zoom, right-drag or arrow keys to pan"));
    m_powerAxis->setTitleText(tr("kW"));
    m_percentAxis->setTitleText(tr("%"));
    // The date-time axis writes its labels in the chart's locale, the value axes too when asked.
    chart()->setLocale(QLocale());
    chart()->setLocalizeNumbers(true);
    for (const HistorySeriesInfo& info : HistorySeries::all()) {
        Plot& plot = m_plots.at(info.name);
        plot.info.label = info.label; // also the read-out's words
        plot.average->setName(info.label);
    }
    applyTimeAxisFormat();
    // A read-out on screen is in the old language; the next mouse move writes it again.
    m_crosshair->hide();
    emit readoutChanged(QString());
}

void HistoryChart::setRange(TimeMs fromMs, TimeMs toMs)
{
    const TimeMs oldSpan = m_toMs - m_fromMs;
    m_fromMs = fromMs;
    m_toMs = std::max(toMs, fromMs + 1);
    const TimeMs newSpan = m_toMs - m_fromMs;
    if (oldSpan > 0 && (newSpan > 4 * oldSpan || 4 * newSpan < oldSpan)) {
        m_bandsAwaitData = true;
        for (auto& [name, plot] : m_plots)
            applyVisibility(plot);
    }
    // What was under the mouse is somewhere else now: the next move shows it again.
    m_crosshair->hide();
    emit readoutChanged(QString());
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(m_fromMs), QDateTime::fromMSecsSinceEpoch(m_toMs));
    applyTimeAxisFormat();
}

void HistoryChart::applyTimeAxisFormat()
{
    const TimeMs span = m_toMs - m_fromMs;
    const QLocale locale;
    // Ticks are evenly spread over the range: a range of whole days up to two weeks gets one
    // a day (at midnight when it starts there), anything else about one every 150 px.
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(m_fromMs);
    const bool wholeDays = span % kMsPerDay == 0 && span <= 14 * kMsPerDay && span > kMsPerDay;
    m_timeAxis->setTickCount(wholeDays ? int(span / kMsPerDay) + 1
                                       : std::clamp(plotWidth() / 150 + 1, 3, 13));
    const bool atMidnight = wholeDays && from.time() == QTime(0, 0);
    m_timeAxis->setFormat(span <= kMsPerDay ? locale.timeFormat(QLocale::ShortFormat)
                          : atMidnight || span > 14 * kMsPerDay
                              ? locale.dateFormat(QLocale::ShortFormat)
                              : locale.dateFormat(QLocale::ShortFormat) + QLatin1Char(' ') +
                                    locale.timeFormat(QLocale::ShortFormat));
}

void HistoryChart::setData(const std::vector<SeriesRange>& series)
{
    m_bandsAwaitData = false;
    double low = 0;
    double high = 1;
    for (auto& [name, plot] : m_plots) {
        plot.data = SeriesRange{};
        plot.data.series = name;
    }
    for (const SeriesRange& range : series) {
        auto it = m_plots.find(range.series);
        if (it == m_plots.end())
            continue;
        Plot& plot = it->second;
        plot.data = range;
        QList<QPointF> average, upper, lower;
        average.reserve(qsizetype(range.buckets.size()));
        // A point at each bucket's middle, so a coarse bucket sits where its samples were.
        for (const ChartBucket& bucket : range.buckets) {
            const double x = double(bucket.startMs + range.bucketMs / 2);
            average.append({x, bucket.avg});
            upper.append({x, bucket.max});
            lower.append({x, bucket.min});
            if (!plot.info.percent) {
                low = std::min(low, bucket.min);
                high = std::max(high, bucket.max);
            }
        }
        plot.average->replace(average);
        plot.upper->replace(upper);
        plot.lower->replace(lower);
    }
    for (auto& [name, plot] : m_plots) {
        if (plot.data.buckets.empty()) {
            plot.average->clear();
            plot.upper->clear();
            plot.lower->clear();
        }
        applyVisibility(plot);
    }
    const double pad = 0.05 * (high - low);
    m_powerAxis->setRange(low < 0 ? low - pad : 0, high + pad);
    m_powerAxis->applyNiceNumbers();
}

void HistoryChart::applyVisibility(Plot& plot)
{
    // Raw samples have no spread; a band only shows where a bucket holds many samples.
    const bool coarse = plot.data.bucketMs >= kMsPerMinute;
    plot.average->setVisible(plot.shown);
    plot.band->setVisible(plot.shown && coarse && !plot.data.buckets.empty() && !m_bandsAwaitData);
}

void HistoryChart::setSeriesShown(const QString& name, bool shown)
{
    auto it = m_plots.find(name);
    if (it == m_plots.end())
        return;
    it->second.shown = shown;
    applyVisibility(it->second);
}

bool HistoryChart::isSeriesShown(const QString& name) const
{
    auto it = m_plots.find(name);
    return it != m_plots.end() && it->second.average->isVisible();
}

int HistoryChart::pointCount(const QString& name) const
{
    auto it = m_plots.find(name);
    return it == m_plots.end() ? 0 : int(it->second.average->count());
}

bool HistoryChart::hasBand(const QString& name) const
{
    auto it = m_plots.find(name);
    return it != m_plots.end() && it->second.band->isVisible();
}

int HistoryChart::plotWidth() const
{
    const int width = int(chart()->plotArea().width());
    return width > 10 ? width : std::max(100, this->width() - 120);
}

TimeMs HistoryChart::timeAt(qreal x) const
{
    const QRectF area = chart()->plotArea();
    const double share = area.width() > 0 ? (x - area.left()) / area.width() : 0.5;
    return m_fromMs + TimeMs(std::llround(share * double(m_toMs - m_fromMs)));
}

QString HistoryChart::readoutAt(TimeMs timeMs) const
{
    const QLocale locale;
    QStringList parts;
    for (const QString& name : m_order) {
        const Plot& plot = m_plots.at(name);
        if (!plot.shown || plot.data.buckets.empty())
            continue;
        const auto& buckets = plot.data.buckets;
        auto it = std::upper_bound(buckets.begin(), buckets.end(), timeMs,
                                   [](TimeMs t, const ChartBucket& b) { return t < b.startMs; });
        if (it == buckets.begin())
            continue;
        --it;
        if (timeMs >= it->startMs + std::max<TimeMs>(plot.data.bucketMs, kMsPerSecond))
            continue; // a gap
        parts << (plot.info.percent ? tr("%1 %2 %").arg(plot.info.label, locale.toString(it->avg, 'f', 0))
                                    : tr("%1 %2 kW").arg(plot.info.label, locale.toString(it->avg, 'f', 1)));
    }
    if (parts.isEmpty())
        return {};
    const QString when = locale.toString(QDateTime::fromMSecsSinceEpoch(timeMs), QLocale::ShortFormat);
    return when + QStringLiteral("   ") + parts.join(QStringLiteral("   "));
}

void HistoryChart::updateCrosshair(const QPoint& pos)
{
    const QRectF area = chart()->plotArea();
    const QPointF scenePos = mapToScene(pos);
    if (!area.contains(scenePos)) {
        m_crosshair->hide();
        emit readoutChanged(QString());
        return;
    }
    m_crosshair->setLine(scenePos.x(), area.top(), scenePos.x(), area.bottom());
    m_crosshair->show();
    emit readoutChanged(readoutAt(timeAt(scenePos.x())));
}

void HistoryChart::wheelEvent(QWheelEvent* event)
{
    const int notches = event->angleDelta().y() / 120;
    if (notches == 0)
        return;
    const double factor = std::pow(kWheelZoomStep, notches);
    emit zoomRequested(factor, timeAt(mapToScene(event->position().toPoint()).x()));
    event->accept();
}

void HistoryChart::mousePressEvent(QMouseEvent* event)
{
    m_pressPos = event->position().toPoint();
    m_pressButton = event->button();
    if (m_pressButton == Qt::LeftButton) {
        m_rubberBand->setGeometry(QRect(m_pressPos, QSize()));
        m_rubberBand->show();
    }
    event->accept();
}

void HistoryChart::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    updateCrosshair(pos);
    if (m_pressButton == Qt::LeftButton) {
        const QRectF area = mapFromScene(chart()->plotArea()).boundingRect();
        m_rubberBand->setGeometry(
            QRect(QPoint(m_pressPos.x(), int(area.top())), QPoint(pos.x(), int(area.bottom()))).normalized());
    } else if (m_pressButton == Qt::RightButton || m_pressButton == Qt::MiddleButton) {
        // Dragging right moves the view to earlier times.
        const TimeMs delta = timeAt(mapToScene(m_pressPos).x()) - timeAt(mapToScene(pos).x());
        if (delta != 0)
            emit panRequested(delta);
        m_pressPos = pos;
    }
}

void HistoryChart::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_pressButton == Qt::LeftButton) {
        m_rubberBand->hide();
        const QPoint pos = event->position().toPoint();
        if (std::abs(pos.x() - m_pressPos.x()) >= kMinDragPixels) {
            const TimeMs a = timeAt(mapToScene(m_pressPos).x());
            const TimeMs b = timeAt(mapToScene(pos).x());
            emit rangeSelected(std::min(a, b), std::max(a, b));
        }
    }
    m_pressButton = Qt::NoButton;
    event->accept();
}

void HistoryChart::keyPressEvent(QKeyEvent* event)
{
    const TimeMs step = (m_toMs - m_fromMs) / 10;
    const TimeMs middle = m_fromMs + (m_toMs - m_fromMs) / 2;
    switch (event->key()) {
    case Qt::Key_Left:
        emit panRequested(-step);
        break;
    case Qt::Key_Right:
        emit panRequested(step);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Up:
        emit zoomRequested(kWheelZoomStep, middle);
        break;
    case Qt::Key_Minus:
    case Qt::Key_Down:
        emit zoomRequested(1.0 / kWheelZoomStep, middle);
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void HistoryChart::leaveEvent(QEvent* event)
{
    m_crosshair->hide();
    emit readoutChanged(QString());
    QChartView::leaveEvent(event);
}

} // namespace parkwatt
