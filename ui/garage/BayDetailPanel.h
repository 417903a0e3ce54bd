#pragma once
// A bay in detail: its session (car, energy against target, departure, V2B consent), its power and
// the reason the engine gave for its setpoint, a chart of the session so far, and the overrides
// (charge now, pause, release) for operators whose role allows them.

#include "common/FigureFormat.h"
#include "garage/BayStatus.h"
#include "garage/SessionTraces.h"

#include <QWidget>
#include <map>

class QLabel;
class QPushButton;

namespace parkwatt {

class BayOverrideBar;
class SessionChart;

class BayDetailPanel : public QWidget {
    Q_OBJECT
public:
    explicit BayDetailPanel(FigureFormat format, QWidget* parent = nullptr);

    // Shows this bay (nothing chosen: a hint).
    void showBay(const BayStatus& bay, const SessionTrace& trace);
    void showNothing();

    // A field's text ("state", "session", "energy", "departure", "outlook", "power", "setpoint",
    // "reason", "v2x"), for tests.
    QString field(const QString& key) const;
    const QList<QPushButton*>& overrideButtons() const;
    BayOverrideBar* overrideBar() const { return m_overrideBar; }
    const SessionChart* chart() const { return m_chart; }

private:
    QLabel* addField(const QString& key, const QString& caption);

    FigureFormat m_format;
    QLabel* m_title;
    QWidget* m_fields;
    std::map<QString, QLabel*> m_values;
    SessionChart* m_chart;
    BayOverrideBar* m_overrideBar;
};

} // namespace parkwatt
