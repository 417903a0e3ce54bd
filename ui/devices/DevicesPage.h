#pragma once
// Page 7 of the control room: the health of every device the engine talks to (online or why not,
// last answer, round-trip time, errors, firmware), narrowed by role, to problems only, or by a
// search; refreshed a few times a second at most while shown.

#include "common/FigureFormat.h"
#include "common/SiteContext.h"
#include "engine/SiteControl.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace parkwatt {

class DeviceFilterModel;
class DeviceTableModel;

class DevicesPage : public QWidget {
    Q_OBJECT
public:
    // `control` must outlive the page. Times are shown on the site's clock (`context.utcOffsetS`).
    DevicesPage(SiteControl& control, const SiteContext& context, QWidget* parent = nullptr);
    DevicesPage(SiteControl& control, FigureFormat format, QWidget* parent = nullptr);

    void refresh();
    DeviceTableModel* model() const { return m_model; }
    QSortFilterProxyModel* filter() const;
    QTableView* table() const { return m_table; }
    QComboBox* roleFilter() const { return m_role; }
    QCheckBox* problemsOnly() const { return m_problems; }
    QLineEdit* searchField() const { return m_search; }
    QString summaryText() const;

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillRoleFilter();
    void updateSummary();

    SiteControl& m_control;
    DeviceTableModel* m_model;
    DeviceFilterModel* m_filter;
    QTableView* m_table;
    QComboBox* m_role;
    QCheckBox* m_problems;
    QLineEdit* m_search;
    QLabel* m_summary;
    QLabel* m_title;
    QLabel* m_roleLabel;
    QTimer m_refresh;
    bool m_dirty = true;
};

} // namespace parkwatt
