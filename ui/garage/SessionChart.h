#pragma once
// A bay's session so far as a small chart: the car's power (kW, left axis) and energy (kWh, right
// axis) over the site's clock. Points go to the series in one replace() each.

#include "garage/SessionTraces.h"

#include <QtCharts/QChartView>

QT_BEGIN_NAMESPACE
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace parkwatt {

class SessionChart : public QChartView {
    Q_OBJECT
public:
    explicit SessionChart(int utcOffsetS, QWidget* parent = nullptr);

    void setTrace(const SessionTrace& trace);
    qsizetype pointCount() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    // x values shifted so the axis, which writes the machine's local time, shows the site's clock.
    double axisX(double utcMs) const;

    int m_utcOffsetS;
    QLineSeries* m_power;
    QLineSeries* m_energy;
    QDateTimeAxis* m_time;
    QValueAxis* m_kw;
    QValueAxis* m_kwh;
};

} // namespace parkwatt
