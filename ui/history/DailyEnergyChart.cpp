#include "history/DailyEnergyChart.h"

#include "common/ChartTheme.h"

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
    chart->setTitle(tr("Energy per day (kWh)"));
    chart->setMargins(QMargins(4, 4, 4, 4));
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setAccessibleName(tr("Daily energy"));
}

void DailyEnergyChart::setDays(const std::vector<DailyEnergy>& days)
{
    QChart* chart = this->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes())
        chart->removeAxis(axis), delete axis;
    m_dayCount = int(days.size());
    auto* pv = new QBarSet(tr("PV used"));
    auto* grid = new QBarSet(tr("Grid import"));
    auto* ev = new QBarSet(tr("EV charged"));
    QStringList categories;
    const QLocale locale;
    double high = 1;
    for (const DailyEnergy& day : days) {
        *pv << day.pvKwh;
        *grid << day.gridImportKwh;
        *ev << day.evChargedKwh;
        high = std::max({high, day.pvKwh, day.gridImportKwh, day.evChargedKwh});
        categories << locale.toString(day.day, QLocale::ShortFormat);
    }
    auto* series = new QBarSeries;
    series->append({pv, grid, ev});
    chart->addSeries(series);
    auto* dayAxis = new QBarCategoryAxis;
    dayAxis->append(categories);
    // Many days: label every bar's category would overlap; the chart thins them itself poorly.
    dayAxis->setLabelsAngle(days.size() > 14 ? -90 : 0);
    auto* kwhAxis = new QValueAxis;
    kwhAxis->setRange(0, high * 1.1);
    kwhAxis->applyNiceNumbers();
    kwhAxis->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(dayAxis, Qt::AlignBottom);
    chart->addAxis(kwhAxis, Qt::AlignLeft);
    series->attachAxis(dayAxis);
    series->attachAxis(kwhAxis);
}

} // namespace parkwatt
