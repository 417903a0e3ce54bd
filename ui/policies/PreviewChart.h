#pragma once
// Grid import over the previewed period under the current and the edited policy (15-minute
// averages), with the edited policy's peak limit when it has one; times in the site's clock.

#include "engine/PolicyPreview.h"

#include <QtCharts/QChartView>
#include <optional>
#include <utility>

class QLineSeries;
class QDateTimeAxis;
class QValueAxis;

namespace parkwatt {

class PreviewChart : public QChartView {
    Q_OBJECT
public:
    explicit PreviewChart(QWidget* parent = nullptr);

    // `peakLimitKw`: the edited policy's limit, drawn as a dashed line.
    void setRuns(TimeMs startMs, int utcOffsetS, const PreviewRun& current, const PreviewRun& edited,
                 std::optional<double> peakLimitKw);
    void clearRuns();

    QLineSeries* currentSeries() const { return m_current; }
    QLineSeries* editedSeries() const { return m_edited; }
    QLineSeries* limitSeries() const { return m_limit; }

protected:
    void changeEvent(QEvent* event) override;

private:
    // Title, series names, axis title and descriptions in the current language and locale.
    void retranslate();
    void describePeaks();

    // The peaks described (none before a preview).
    std::optional<std::pair<double, double>> m_peaksKw;
    QLineSeries* m_current = nullptr;
    QLineSeries* m_edited = nullptr;
    QLineSeries* m_limit = nullptr;
    QDateTimeAxis* m_axisX = nullptr;
    QValueAxis* m_axisY = nullptr;
};

} // namespace parkwatt
