#pragma once
// Page 1 of the control room: the site at a glance. The power-flow diagram, today's figures, the
// active policy in words, the open alarms and today's power curves. Fed one cycle at a time;
// widgets are refreshed a few times a second at most, however fast the cycles come.

#include "common/FigureFormat.h"
#include "common/SiteContext.h"
#include "overview/OpenAlarms.h"
#include "overview/TodayFigures.h"

#include <QTimer>
#include <QWidget>
#include <map>
#include <vector>

class QGroupBox;
class QLabel;
class QListWidget;

namespace parkwatt {

class FigureTile;
class PowerFlowWidget;
class PowerHistoryChart;

class OverviewPage : public QWidget {
    Q_OBJECT
public:
    explicit OverviewPage(const SiteContext& context, QWidget* parent = nullptr);

    PowerFlowWidget* flowDiagram() const { return m_flow; }
    const PowerHistoryChart* chart() const { return m_chart; }
    const TodayFigures& today() const { return m_today; }
    // For tests and screenshots: a tile's value ("self_sufficiency", "billing_peak", "pv_energy",
    // "ev_charged", "v2b_energy", "backup_reserve") and the alarms as listed.
    QString tileText(const QString& key) const;
    QString tileDetail(const QString& key) const;
    QStringList alarmTexts() const;
    QString policyText() const;

public slots:
    void showCycle(const parkwatt::PublishedCycle& cycle);
    void startNewDay();
    // Pushes what the cycles changed to the widgets now (the timer does this otherwise).
    void refreshNow();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct TileWords {
        const char* key;
        QString caption;
        QString tooltip;
    };
    static std::vector<TileWords> tileWords();
    FigureTile* addTile(const QString& key);
    QString alarmText(const OpenAlarm& alarm) const;
    void retranslate();

    SiteContext m_context;
    FigureFormat m_format;
    TodayFigures m_today;
    OpenAlarms m_alarms;
    PowerFlowWidget* m_flow;
    PowerHistoryChart* m_chart;
    QLabel* m_policy;
    QListWidget* m_alarmList;
    QGroupBox* m_todayBox;
    QGroupBox* m_policyBox;
    QGroupBox* m_alarmBox;
    std::map<QString, FigureTile*> m_tiles;
    QTimer m_refresh;
    bool m_dirty = false;
    bool m_chartDirty = false;
    bool m_seenCycle = false;
    qint64 m_chartDay = -1;
    PublishedCycle m_last;
};

} // namespace parkwatt
