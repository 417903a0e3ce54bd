#include "devices/DevicesPage.h"

#include "devices/DeviceTableModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace parkwatt {

// Rows by role, problems only (offline or with errors) and a search on id, model and address.
class DeviceFilterModel : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setRole(const QString& role)
    {
        m_roleName = role;
        invalidateFilter();
    }
    void setProblemsOnly(bool on)
    {
        m_problemsOnly = on;
        invalidateFilter();
    }
    void setSearch(const QString& text)
    {
        m_search = text.trimmed();
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        const auto* m = static_cast<const DeviceTableModel*>(sourceModel());
        const DeviceStatus& d = m->device(row);
        if (!m_roleName.isEmpty() && d.role != m_roleName)
            return false;
        if (m_problemsOnly && d.online && d.errors == 0)
            return false;
        if (!m_search.isEmpty() && !d.id.contains(m_search, Qt::CaseInsensitive) &&
            !d.model.contains(m_search, Qt::CaseInsensitive) &&
            !d.address.contains(m_search, Qt::CaseInsensitive))
            return false;
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }

private:
    QString m_roleName;
    bool m_problemsOnly = false;
    QString m_search;
};

DevicesPage::DevicesPage(SiteControl& control, const SiteContext& context, QWidget* parent)
    : DevicesPage(control, FigureFormat(context.utcOffsetS), parent)
{
}

DevicesPage::DevicesPage(SiteControl& control, FigureFormat format, QWidget* parent)
    : QWidget(parent)
    , m_control(control)
    , m_model(new DeviceTableModel(std::move(format), this))
    , m_filter(new DeviceFilterModel(this))
    , m_table(new QTableView(this))
    , m_role(new QComboBox(this))
    , m_problems(new QCheckBox(this))
    , m_search(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_title(new QLabel(this))
    , m_roleLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("devices"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_search->setClearButtonEnabled(true);

    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(Qt::UserRole);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DeviceTableModel::Id, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);

    auto* filters = new QHBoxLayout;
    m_roleLabel->setBuddy(m_role);
    filters->addWidget(m_roleLabel);
    filters->addWidget(m_role);
    filters->addWidget(m_problems);
    filters->addWidget(m_search, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);

    connect(m_role, &QComboBox::currentIndexChanged, this,
            [this](int i) { m_filter->setRole(m_role->itemData(i).toString()); });
    connect(m_problems, &QCheckBox::toggled, m_filter, &DeviceFilterModel::setProblemsOnly);
    connect(m_search, &QLineEdit::textChanged, m_filter, &DeviceFilterModel::setSearch);
    // Keyboard: the filters left to right, then the table (Ctrl+F jumps to the search).
    setTabOrder(m_role, m_problems);
    setTabOrder(m_problems, m_search);
    setTabOrder(m_search, m_table);
    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, m_search, [this] { m_search->setFocus(); });
    // Health changes every cycle; the table follows at most four times a second, only while shown.
    connect(&control, &SiteControl::devicesChanged, this, [this] { m_dirty = true; });
    m_refresh.setInterval(250);
    connect(&m_refresh, &QTimer::timeout, this, [this] {
        if (m_dirty && isVisible())
            refresh();
    });
    m_refresh.start();
    retranslate(); // fills the role filter before the first refresh
    refresh();
}

void DevicesPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DevicesPage::retranslate()
{
    m_title->setText(tr("Devices"));
    m_roleLabel->setText(tr("&Role"));
    m_role->setAccessibleName(tr("Device role"));
    m_role->setToolTip(tr("Show one kind of device"));
    fillRoleFilter();
    m_problems->setText(tr("&Problems only"));
    m_problems->setToolTip(tr("Only devices that do not answer or had errors"));
    m_search->setPlaceholderText(tr("Search device, model or address (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search devices"));
    m_table->setAccessibleName(tr("Devices and their health"));
    m_model->retranslate();
    updateSummary();
}

void DevicesPage::fillRoleFilter()
{
    // Re-filled in the new words; the role chosen stays chosen (the filter does not change).
    const QString chosen = m_role->currentData().toString();
    const QSignalBlocker quiet(m_role);
    m_role->clear();
    m_role->addItem(tr("All roles"), QString());
    for (const auto& [key, text] : {std::pair(QStringLiteral("charger"), tr("Chargers")),
                                    std::pair(QStringLiteral("grid_meter"), tr("Grid meters")),
                                    std::pair(QStringLiteral("pv_inverter"), tr("PV inverters")),
                                    std::pair(QStringLiteral("battery"), tr("Batteries")),
                                    std::pair(QStringLiteral("load_meter"), tr("Load meters"))})
        m_role->addItem(text, key);
    m_role->setCurrentIndex(std::max(0, m_role->findData(chosen)));
}

QSortFilterProxyModel* DevicesPage::filter() const
{
    return m_filter;
}

void DevicesPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh(); // catches up at once
}

void DevicesPage::refresh()
{
    m_dirty = false;
    const int rowsBefore = m_model->rowCount();
    m_model->setDevices(m_control.devices());
    if (m_model->rowCount() != rowsBefore) {
        m_table->resizeColumnsToContents(); // once the devices are known, not every refresh
        for (int c = 0; c < DeviceTableModel::ColumnCount - 1; ++c)
            m_table->setColumnWidth(c, m_table->columnWidth(c) + 16);
    }
    updateSummary();
}

QString DevicesPage::summaryText() const
{
    return m_summary->text();
}

void DevicesPage::updateSummary()
{
    int offline = 0;
    int withErrors = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        offline += m_model->device(row).online ? 0 : 1;
        withErrors += m_model->device(row).errors > 0 ? 1 : 0;
    }
    const QLocale digits;
    m_summary->setText(tr("%1 devices · %2 not answering · %3 with errors since start")
                           .arg(digits.toString(m_model->rowCount()), digits.toString(offline),
                                digits.toString(withErrors)));
}

} // namespace parkwatt
