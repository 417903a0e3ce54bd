#pragma once
// kWh per day as grouped bars: PV used, grid import, EV charged.

#include "history/HistoryLoader.h"

#include <QtCharts/QChartView>

class QBarSet;
class QBarCategoryAxis;
class QValueAxis;

namespace parkwatt {

class DailyEnergyChart : public QChartView {
    Q_OBJECT

public:
    explicit DailyEnergyChart(QWidget* parent = nullptr);
    void setDays(const std::vector<DailyEnergy>& days);
    int dayCount() const { return m_dayCount; }
    QStringList dayLabels() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    // Title, bar names, axis title and the day labels in the current language and locale.
    void retranslate();
    void applyDayLabels();

    std::vector<DailyEnergy> m_days;
    QBarSet* m_pv = nullptr;
    QBarSet* m_gridImport = nullptr;
    QBarSet* m_evCharged = nullptr;
    QBarCategoryAxis* m_dayAxis = nullptr;
    QValueAxis* m_kwhAxis = nullptr;
    int m_dayCount = 0;
};

} // namespace parkwatt
