#pragma once
// Page 6 of the control room: the engine's alarms and events (SiteControl::events(), refreshed on
// eventsChanged() at most four times a second, and only while the page is shown), newest first, filtered by
// severity, active only or all, and a text; the selected events acknowledged as the operator (button, Ctrl+K
// or the context menu), the engine's answer shown. An operator whose role may not acknowledge sees the button
// disabled with the reason.

#include "common/FigureFormat.h"
#include "engine/SiteControl.h"

#include <QWidget>
#include <functional>
#include <vector>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace parkwatt {

class EventAcknowledger;
class EventFilterModel;
class EventTableModel;

class EventsPage : public QWidget {
    Q_OBJECT
public:
    EventsPage(SiteControl& control, FigureFormat format, Operator by, QWidget* parent = nullptr);

    // Reads the engine's events again (what eventsChanged() does).
    void refresh();
    // Acknowledges the selected events that are not acknowledged yet.
    void acknowledgeSelected();
    // The ids of the selected events, in the order shown.
    std::vector<qint64> selectedIds() const;
    // Selects the listed event (false when it is filtered out or unknown).
    bool selectEvent(qint64 id);

    QString statusText() const;
    bool statusIsError() const { return m_statusIsError; }
    QString summaryText() const;

    EventTableModel* model() const { return m_model; }
    EventFilterModel* filter() const { return m_filter; }
    QTableView* view() const { return m_view; }
    QComboBox* severityBox() const { return m_severity; }
    QCheckBox* activeOnlyBox() const { return m_activeOnly; }
    QLineEdit* searchField() const { return m_search; }
    QPushButton* acknowledgeButton() const { return m_ackButton; }
    QAction* acknowledgeAction() const { return m_ackAction; }

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void eventsChanged();
    void buildUi();
    void retranslate();
    void fillSeverityFilter();
    void updateAcknowledge();
    void updateSummary();
    void acknowledged(int count, const QStringList& errors);
    // `text` words the status in the current language; kept to word it again on a language switch.
    void setStatus(std::function<QString()> text, bool error);
    void showContextMenu(const QPoint& pos);

    SiteControl& m_control;
    EventAcknowledger* m_acknowledger = nullptr;
    EventTableModel* m_model = nullptr;
    EventFilterModel* m_filter = nullptr;
    bool m_statusIsError = false;
    std::function<QString()> m_statusText;
    bool m_stale = false;             // the engine's events changed while the page was out of sight
    QTimer* m_refreshTimer = nullptr; // at most four refreshes a second

    QLabel* m_title = nullptr;
    QLabel* m_severityLabel = nullptr;
    QComboBox* m_severity = nullptr;
    QCheckBox* m_activeOnly = nullptr;
    QLineEdit* m_search = nullptr;
    QPushButton* m_ackButton = nullptr;
    QAction* m_ackAction = nullptr;
    QAction* m_copyAction = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace parkwatt
