#include "history/DailyEnergyChart.h"

#include "common/ChartTheme.h"
#include "history/HistorySeries.h"

#include <QEvent>
#include <QLocale>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QValueAxis>

namespace parkwatt {

DailyEnergyChart::DailyEnergyChart(QWidget* parent)
    : QChartView(parent)
{
    auto* chart = new QChart;
    applyChartTheme(chart, palette());
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);

    // Built once; a new range only replaces the values and the day labels.
    m_pv = new QBarSet(QString());
    m_gridImport = new QBarSet(QString());
    m_evCharged = new QBarSet(QString());
    // The colours of the same quantities in the line chart above.
    for (const HistorySeriesInfo& info : HistorySeries::all()) {
        if (info.name == QLatin1String("site.pv_used_kw"))
            m_pv->setColor(info.color);
        else if (info.name == QLatin1String("site.grid_kw"))
            m_gridImport->setColor(info.color);
        else if (info.name == QLatin1String("site.ev_charge_kw"))
            m_evCharged->setColor(info.color);
    }
    auto* series = new QBarSeries;
    series->append({m_pv, m_gridImport, m_evCharged});
    chart->addSeries(series);
    m_dayAxis = new QBarCategoryAxis;
    m_kwhAxis = new QValueAxis;
    m_kwhAxis->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(m_dayAxis, Qt::AlignBottom);
    chart->addAxis(m_kwhAxis, Qt::AlignLeft);
    series->attachAxis(m_dayAxis);
    series->attachAxis(m_kwhAxis);
    retranslate();
}

void DailyEnergyChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QChartView::changeEvent(event);
}

void DailyEnergyChart::retranslate()
{
    chart()->setTitle(tr("Energy per day (kWh)"));
    setAccessibleName(tr("Daily energy"));
    m_pv->setLabel(tr("PV used"));
    m_gridImport->setLabel(tr("Grid import"));
    m_evCharged->setLabel(tr("EV charged"));
    m_kwhAxis->setTitleText(tr("kWh"));
    chart()->setLocale(QLocale());
    chart()->setLocalizeNumbers(true);
    applyDayLabels();
}

void DailyEnergyChart::applyDayLabels()
{
    const QLocale locale;
    QStringList categories;
    for (const DailyEnergy& day : m_days)
        categories << locale.toString(day.day, QLocale::ShortFormat);
    m_dayAxis->setCategories(categories);
}

QStringList DailyEnergyChart::dayLabels() const
{
    return m_dayAxis->categories();
}

void DailyEnergyChart::setDays(const std::vector<DailyEnergy>& days)
{
    m_days = days;
    m_dayCount = int(days.size());
    QList<qreal> pv, grid, ev;
    double high = 1;
    for (const DailyEnergy& day : days) {
        pv << day.pvKwh;
        grid << day.gridImportKwh;
        ev << day.evChargedKwh;
        high = std::max({high, day.pvKwh, day.gridImportKwh, day.evChargedKwh});
    }
    for (QBarSet* set : {m_pv, m_gridImport, m_evCharged})
        set->remove(0, set->count());
    m_pv->append(pv);
    m_gridImport->append(grid);
    m_evCharged->append(ev);
    applyDayLabels();
    // Many days: upright labels would overlap.
    m_dayAxis->setLabelsAngle(days.size() > 14 ? -90 : 0);
    m_kwhAxis->setRange(0, high * 1.1);
    m_kwhAxis->applyNiceNumbers();
}

} // namespace parkwatt
