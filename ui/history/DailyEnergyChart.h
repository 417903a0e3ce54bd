#pragma once
// kWh per day as grouped bars: PV used, grid import, EV charged.

#include "history/HistoryLoader.h"

#include <QtCharts/QChartView>

namespace parkwatt {

class DailyEnergyChart : public QChartView {
    Q_OBJECT

public:
    explicit DailyEnergyChart(QWidget* parent = nullptr);
    void setDays(const std::vector<DailyEnergy>& days);
    int dayCount() const { return m_dayCount; }

private:
    int m_dayCount = 0;
};

} // namespace parkwatt
