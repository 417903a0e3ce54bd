#include "events/EventsPage.h"

#include "common/Theme.h"
#include "events/EventAcknowledger.h"
#include "events/EventFilterModel.h"
#include "events/EventTableModel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace parkwatt {

namespace {

// "1 event", "3 events" without a translator loaded (tr's %n alone would say "1 event(s)"); the
// number in the locale's digits ("1.234 Ereignisse").
QString counted(int n, const QString& one, const QString& many)
{
    return (n == 1 ? one : many).arg(QLocale().toString(n));
}

} // namespace

EventsPage::EventsPage(SiteControl& control, FigureFormat format, Operator by, QWidget* parent)
    : QWidget(parent)
    , m_control(control)
    , m_acknowledger(new EventAcknowledger(control, std::move(by), this))
    , m_model(new EventTableModel(std::move(format), this))
    , m_filter(new EventFilterModel(this))
{
    m_filter->setSourceModel(m_model);
    buildUi();
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(250);
    connect(m_refreshTimer, &QTimer::timeout, this, &EventsPage::refresh);
    connect(&m_control, &SiteControl::eventsChanged, this, &EventsPage::eventsChanged);
    connect(m_acknowledger, &EventAcknowledger::finished, this, &EventsPage::acknowledged);
    refresh();
}

void EventsPage::buildUi()
{
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(8);

    m_title = new QLabel;
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_summary);

    auto* filterRow = new QHBoxLayout;
    m_severity = new QComboBox;
    m_severityLabel = new QLabel;
    m_severityLabel->setBuddy(m_severity);
    m_activeOnly = new QCheckBox;
    m_search = new QLineEdit;
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    m_ackButton = new QPushButton;
    m_ackAction = new QAction(this);
    m_ackAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_ackAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_ackAction);
    m_copyAction = new QAction(this);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_copyAction);
    filterRow->addWidget(m_severityLabel);
    filterRow->addWidget(m_severity);
    filterRow->addSpacing(8);
    filterRow->addWidget(m_activeOnly);
    filterRow->addSpacing(8);
    filterRow->addWidget(m_search, 1);
    filterRow->addSpacing(12);
    filterRow->addWidget(m_ackButton);
    layout->addLayout(filterRow);

    m_view = new QTableView;
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(EventTableModel::Raised, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_view->setIconSize(QSize(16, 16));
    QHeaderView* header = m_view->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setHighlightSections(false);
    for (int c = 0; c < EventTableModel::ColumnCount; ++c)
        header->setSectionResizeMode(c, c == EventTableModel::Message ? QHeaderView::Stretch
                                                                      : QHeaderView::ResizeToContents);
    layout->addWidget(m_view, 1);

    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    auto* find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    connect(m_severity, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant v = m_severity->currentData();
        m_filter->setSeverity(v.isValid() ? std::optional(EventSeverity(v.toInt())) : std::nullopt);
        updateSummary();
    });
    connect(m_activeOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_filter->setActiveOnly(on);
        updateSummary();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setSearchText(text);
        updateSummary();
    });
    connect(m_ackButton, &QPushButton::clicked, this, &EventsPage::acknowledgeSelected);
    connect(m_ackAction, &QAction::triggered, this, &EventsPage::acknowledgeSelected);
    connect(m_copyAction, &QAction::triggered, this, [this] {
        QStringList lines;
        for (const QModelIndex& row : m_view->selectionModel()->selectedRows()) {
            QStringList cells;
            for (int c = 0; c < EventTableModel::ColumnCount; ++c)
                cells << row.siblingAtColumn(c).data().toString();
            lines << cells.join(QLatin1Char('\t'));
        }
        if (!lines.isEmpty())
            QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EventsPage::updateAcknowledge);
    connect(m_view, &QTableView::customContextMenuRequested, this, &EventsPage::showContextMenu);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &EventsPage::updateSummary);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &EventsPage::updateSummary);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &EventsPage::updateSummary);

    setTabOrder(m_severity, m_activeOnly);
    setTabOrder(m_activeOnly, m_search);
    setTabOrder(m_search, m_ackButton);
    setTabOrder(m_ackButton, m_view);
    retranslate();
}

void EventsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EventsPage::retranslate()
{
    m_title->setText(tr("Events"));
    m_summary->setAccessibleName(tr("Events summary"));
    m_summary->setToolTip(
        tr("Alarms and warnings still active, alarms and warnings nobody has acknowledged yet, "
           "and how many events the filter shows."));
    fillSeverityFilter();
    m_severity->setAccessibleName(tr("Severity filter"));
    m_severity->setToolTip(tr("List events of every severity, or only alarms, warnings or information."));
    m_severityLabel->setText(tr("S&everity"));
    m_activeOnly->setText(tr("&Active only"));
    m_activeOnly->setAccessibleName(tr("Active events only"));
    m_activeOnly->setToolTip(tr("Hide the events whose condition has cleared."));
    m_search->setPlaceholderText(tr("Search source or message (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search events"));
    m_search->setToolTip(
        tr("List only events whose source, code, message or acknowledging user contains this text."));
    m_ackButton->setText(tr("Ac&knowledge"));
    m_ackButton->setAccessibleName(tr("Acknowledge the selected events"));
    m_ackAction->setText(tr("Acknowledge"));
    m_copyAction->setText(tr("Copy"));
    m_view->setAccessibleName(tr("Events"));
    m_view->setToolTip(tr("The engine's alarms and events, newest first; select some and press Ctrl+K to "
                          "acknowledge them."));
    m_status->setAccessibleName(tr("Acknowledgement status"));
    // The table's cells and headers, the summary, the button's reason and the last answer, now.
    m_model->retranslate();
    updateSummary();
    updateAcknowledge();
    if (m_statusText)
        setStatus(m_statusText, m_statusIsError);
}

void EventsPage::fillSeverityFilter()
{
    // Re-filled in the new words; the severity chosen stays chosen (the filter does not change).
    const int chosen = m_severity->currentIndex();
    const QSignalBlocker quiet(m_severity);
    m_severity->clear();
    m_severity->addItem(tr("All severities"));
    for (const EventSeverity severity : {EventSeverity::Alarm, EventSeverity::Warning, EventSeverity::Info})
        m_severity->addItem(EventTableModel::severityName(severity), int(severity));
    m_severity->setCurrentIndex(std::max(chosen, 0));
}

void EventsPage::eventsChanged()
{
    if (!isVisible())
        m_stale = true;
    else if (!m_refreshTimer->isActive())
        m_refreshTimer->start();
}

void EventsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void EventsPage::refresh()
{
    m_stale = false;
    m_refreshTimer->stop();
    m_model->setEvents(m_control.events());
    updateSummary();
    updateAcknowledge();
}

std::vector<qint64> EventsPage::selectedIds() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    std::vector<qint64> ids;
    for (const QModelIndex& row : rows)
        ids.push_back(row.data(EventTableModel::IdRole).toLongLong());
    return ids;
}

bool EventsPage::selectEvent(qint64 id)
{
    const int sourceRow = m_model->rowOf(id);
    if (sourceRow < 0)
        return false;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return false;
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    m_view->scrollTo(index);
    return true;
}

void EventsPage::acknowledgeSelected()
{
    if (!m_acknowledger->mayAcknowledge() || m_acknowledger->isWaiting())
        return;
    std::vector<qint64> ids;
    for (const QModelIndex& row : m_view->selectionModel()->selectedRows())
        if (!row.data(EventTableModel::AcknowledgedRole).toBool())
            ids.push_back(row.data(EventTableModel::IdRole).toLongLong());
    if (ids.empty())
        return;
    const int count = int(ids.size());
    setStatus(
        [count] { return tr("Acknowledging %1…").arg(counted(count, tr("%1 event"), tr("%1 events"))); },
        false);
    m_acknowledger->acknowledge(ids);
    updateAcknowledge();
}

void EventsPage::acknowledged(int count, const QStringList& errors)
{
    const QString by = m_acknowledger->by().name;
    // The engine's refusals are its own words, kept as they came.
    if (errors.isEmpty())
        setStatus(
            [count, by] {
                return tr("%1 acknowledged as %2.").arg(counted(count, tr("%1 event"), tr("%1 events")), by);
            },
            false);
    else
        setStatus(
            [count, errors] {
                return tr("The engine refused: %1").arg(errors.join(QStringLiteral("; "))) +
                       (count > 0
                            ? tr(" (%1 acknowledged)").arg(counted(count, tr("%1 other"), tr("%1 others")))
                            : QString());
            },
            true);
    refresh();
}

void EventsPage::updateAcknowledge()
{
    const bool may = m_acknowledger->mayAcknowledge();
    int unacknowledged = 0;
    for (const QModelIndex& row : m_view->selectionModel()->selectedRows())
        if (!row.data(EventTableModel::AcknowledgedRole).toBool())
            ++unacknowledged;
    const bool enabled = may && unacknowledged > 0 && !m_acknowledger->isWaiting();
    QString tip;
    if (!may)
        tip = tr("Your role (%1) may not acknowledge events; a manager, installer or administrator can.")
                  .arg(roleName(m_acknowledger->by().role));
    else if (m_acknowledger->isWaiting())
        tip = tr("Waiting for the engine's answer…");
    else if (unacknowledged == 0)
        tip = tr("Select one or more events that are not acknowledged yet (Ctrl+K).");
    else
        tip = tr("Acknowledge the %1 as %2 (Ctrl+K); the audit trail records it.")
                  .arg(unacknowledged == 1 ? tr("selected event")
                                           : tr("%1 selected events").arg(QLocale().toString(unacknowledged)),
                       m_acknowledger->by().name);
    m_ackButton->setEnabled(enabled);
    m_ackButton->setToolTip(tip);
    m_ackAction->setEnabled(enabled);
    m_ackAction->setToolTip(tip);
}

void EventsPage::updateSummary()
{
    int activeAlarms = 0, activeWarnings = 0, unacknowledged = 0;
    for (const EngineEvent& e : m_model->events()) {
        if (e.active() && e.severity == EventSeverity::Alarm)
            ++activeAlarms;
        if (e.active() && e.severity == EventSeverity::Warning)
            ++activeWarnings;
        if (!e.acknowledgedAt && e.severity != EventSeverity::Info)
            ++unacknowledged;
    }
    const int total = m_model->rowCount();
    QString text;
    if (total == 0)
        text =
            tr("No events yet: the engine lists device faults, meter loss, outages, storage alarms, policy "
               "changes and overrides here.");
    else
        text = tr("%1 · %2 · %3 · %4 of %5 shown")
                   .arg(counted(activeAlarms, tr("%1 active alarm"), tr("%1 active alarms")),
                        counted(activeWarnings, tr("%1 active warning"), tr("%1 active warnings")),
                        counted(unacknowledged, tr("%1 alarm or warning not acknowledged"),
                                tr("%1 alarms or warnings not acknowledged")),
                        QLocale().toString(m_filter->rowCount()),
                        counted(total, tr("%1 event"), tr("%1 events")));
    m_summary->setText(text);
}

QString EventsPage::summaryText() const
{
    return m_summary->text();
}

void EventsPage::setStatus(std::function<QString()> text, bool error)
{
    m_statusText = std::move(text);
    m_statusIsError = error;
    m_status->setText(m_statusText());
    m_status->setStyleSheet(
        error
            ? QStringLiteral("color: %1; font-weight: 600;")
                  .arg(
                      (Theme::isDark(palette()) ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28)).name())
            : QString());
}

QString EventsPage::statusText() const
{
    return m_status->text();
}

void EventsPage::showContextMenu(const QPoint& pos)
{
    const QModelIndex at = m_view->indexAt(pos);
    if (at.isValid() && !m_view->selectionModel()->isRowSelected(at.row(), at.parent()))
        selectEvent(at.data(EventTableModel::IdRole).toLongLong());
    QMenu menu(this);
    menu.addAction(m_ackAction);
    menu.addAction(m_copyAction);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace parkwatt
