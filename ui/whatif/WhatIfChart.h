#pragma once
// One power of a what-if over time, uncontrolled against the scenario's policy (bucket averages,
// drawn as steps), with an optional dashed limit; times in the scenario's clock. The What-if page
// shows two: grid import and the cars' charging.

#include "model/Time.h"

#include <QtCharts/QChartView>
#include <optional>
#include <utility>
#include <vector>

class QLineSeries;
class QDateTimeAxis;
class QValueAxis;

namespace parkwatt {

class WhatIfChart : public QChartView {
    Q_OBJECT
public:
    // `what`: "Grid import", "EV charging", for the title, the accessible name and the tooltip.
    WhatIfChart(const QString& what, QWidget* parent = nullptr);

    void setRuns(TimeMs startMs, int utcOffsetS, TimeMs bucketMs, const std::vector<double>& baselineKw,
                 const std::vector<double>& policyKw, std::optional<double> limitKw = std::nullopt);
    void clearRuns();
    // What the chart shows, in the current language (the page words it again on a language switch).
    void setWhat(const QString& what);

    QLineSeries* baselineSeries() const { return m_baseline; }
    QLineSeries* policySeries() const { return m_policy; }
    QLineSeries* limitSeries() const { return m_limit; }

protected:
    void changeEvent(QEvent* event) override;

private:
    // Title, series names, axis title and descriptions in the current language and locale.
    void retranslate();
    void describePeaks();

    QString m_what;
    std::optional<std::pair<double, double>> m_peaksKw; // uncontrolled, policy; none before a run
    QLineSeries* m_baseline = nullptr;
    QLineSeries* m_policy = nullptr;
    QLineSeries* m_limit = nullptr;
    QDateTimeAxis* m_axisX = nullptr;
    QValueAxis* m_axisY = nullptr;
};

} // namespace parkwatt
