#pragma once
// The first window: the live numbers of a running site (PV, load, grid, battery, EVs, time of
// day) and today's power curves. It shows what the engine publishes and owns no engine itself.

#include "live/LiveFigures.h"

#include <QMainWindow>
#include <QTimer>
#include <map>

class QComboBox;
class QLabel;
class QPushButton;

namespace parkwatt {

class FigureTile;
class PowerHistoryChart;

class LiveSiteWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit LiveSiteWindow(const Scenario& scenario, QWidget* parent = nullptr);

    // For tests and screenshots: the text a tile shows ("pv", "load", "grid", ...).
    QString tileText(const QString& key) const;
    const PowerHistoryChart* chart() const { return m_chart; }
    // Cycles shown since the window opened.
    qint64 cyclesShown() const { return m_cyclesShown; }

public slots:
    void showCycle(const parkwatt::StepRecord& step);
    void startNewDay();

signals:
    void pauseToggled(bool paused);
    void speedChosen(double simulatedSecondsPerSecond);

private:
    FigureTile* addTile(const QString& key, const QString& caption);

    LiveFigures m_figures;
    qint64 m_dayStartMs;
    std::map<QString, FigureTile*> m_tiles;
    PowerHistoryChart* m_chart;
    QLabel* m_gridState;
    QPushButton* m_pauseButton;
    QComboBox* m_speed;
    QTimer m_chartRefresh;
    bool m_chartDirty = false;
    qint64 m_cyclesShown = 0;
};

} // namespace parkwatt
