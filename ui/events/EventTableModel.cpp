#include "events/EventTableModel.h"

#include "common/Theme.h"

#include <QApplication>
#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QIcon>
#include <QPalette>
#include <QStyle>
#include <QTimeZone>
#include <algorithm>
#include <limits>

namespace parkwatt {

namespace {

QColor severityColor(EventSeverity severity)
{
    const bool dark = Theme::isDark(QApplication::palette());
    switch (severity) {
    case EventSeverity::Alarm:
        return dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28);
    case EventSeverity::Warning:
        return dark ? QColor(0xff, 0xcc, 0x80) : QColor(0xb2, 0x6a, 0x00);
    case EventSeverity::Info:
        break;
    }
    return QApplication::palette().color(QPalette::Text);
}

QIcon severityIcon(EventSeverity severity)
{
    QStyle* style = QApplication::style();
    switch (severity) {
    case EventSeverity::Alarm:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case EventSeverity::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case EventSeverity::Info:
        break;
    }
    return style->standardIcon(QStyle::SP_MessageBoxInformation);
}

bool sameEvent(const EngineEvent& a, const EngineEvent& b)
{
    return a.id == b.id && a.source == b.source && a.code == b.code && a.severity == b.severity &&
           a.message == b.message && a.raisedAt == b.raisedAt && a.clearedAt == b.clearedAt &&
           a.acknowledgedAt == b.acknowledgedAt && a.acknowledgedBy == b.acknowledgedBy;
}

} // namespace

EventTableModel::EventTableModel(FigureFormat format, QObject* parent)
    : QAbstractTableModel(parent)
    , m_format(std::move(format))
{
}

QString EventTableModel::severityName(EventSeverity severity)
{
    switch (severity) {
    case EventSeverity::Alarm:
        return tr("Alarm");
    case EventSeverity::Warning:
        return tr("Warning");
    case EventSeverity::Info:
        break;
    }
    return tr("Info");
}

QString EventTableModel::timeText(TimeMs timeMs) const
{
    // The locale's short date and time, with seconds (events come seconds apart): "15.04.26
    // 13:00:00", "2026/04/15 13:00:00", "4/15/26 1:00:00 PM". Numeric, so every row is as wide.
    const QLocale locale = m_format.locale();
    QString time = locale.timeFormat(QLocale::ShortFormat);
    if (!time.contains(QLatin1Char('s')))
        time.replace(QLatin1String("mm"), QLatin1String("mm:ss"));
    return locale.toString(QDateTime::fromMSecsSinceEpoch(timeMs, QTimeZone(m_format.utcOffsetS())),
                           locale.dateFormat(QLocale::ShortFormat) + QLatin1Char(' ') + time);
}

void EventTableModel::setEvents(std::vector<EngineEvent> events)
{
    std::stable_sort(events.begin(), events.end(),
                     [](const EngineEvent& a, const EngineEvent& b) { return a.id < b.id; });
    // Only added or changed (the usual case): keep the rows, so views keep their selection.
    const bool prefix = events.size() >= m_events.size() &&
                        std::equal(m_events.begin(), m_events.end(), events.begin(),
                                   [](const EngineEvent& a, const EngineEvent& b) { return a.id == b.id; });
    if (!prefix) {
        beginResetModel();
        m_events = std::move(events);
        endResetModel();
        return;
    }
    for (size_t i = 0; i < m_events.size(); ++i)
        if (!sameEvent(m_events[i], events[i])) {
            m_events[i] = events[i];
            emit dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
        }
    if (events.size() > m_events.size()) {
        beginInsertRows({}, int(m_events.size()), int(events.size()) - 1);
        m_events.insert(m_events.end(), events.begin() + qsizetype(m_events.size()), events.end());
        endInsertRows();
    }
}

void EventTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_events.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const EngineEvent* EventTableModel::eventAt(int row) const
{
    return row >= 0 && row < int(m_events.size()) ? &m_events[size_t(row)] : nullptr;
}

int EventTableModel::rowOf(qint64 id) const
{
    const auto it = std::lower_bound(m_events.begin(), m_events.end(), id,
                                     [](const EngineEvent& e, qint64 wanted) { return e.id < wanted; });
    return it != m_events.end() && it->id == id ? int(it - m_events.begin()) : -1;
}

int EventTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventTableModel::display(const EngineEvent& e, int column) const
{
    switch (column) {
    case Raised:
        return timeText(e.raisedAt);
    case Severity:
        return severityName(e.severity);
    case Source:
        return e.source;
    case Message:
        return e.message;
    case Cleared:
        if (!e.clearedAt)
            return tr("active");
        // A moment's event (a car plugged in, a policy applied) has nothing that clears.
        return *e.clearedAt == e.raisedAt ? QString() : timeText(*e.clearedAt);
    case Acknowledged:
        if (!e.acknowledgedAt)
            return QString();
        return tr("%1, %2").arg(e.acknowledgedBy, timeText(*e.acknowledgedAt));
    default:
        return {};
    }
}

QVariant EventTableModel::sortValue(const EngineEvent& e, int column) const
{
    switch (column) {
    case Raised:
        return QVariant::fromValue<qint64>(e.raisedAt);
    case Severity:
        return int(e.severity);
    case Source:
        return e.source;
    case Message:
        return e.message;
    case Cleared: // active ones last when ascending: they have not cleared yet
        return QVariant::fromValue<qint64>(e.clearedAt.value_or(std::numeric_limits<qint64>::max()));
    case Acknowledged:
        return QVariant::fromValue<qint64>(e.acknowledgedAt.value_or(std::numeric_limits<qint64>::max()));
    default:
        return {};
    }
}

QString EventTableModel::tooltip(const EngineEvent& e) const
{
    QString tip = tr("%1 from %2 (%3), raised %4")
                      .arg(severityName(e.severity), e.source, e.code, timeText(e.raisedAt));
    tip += QLatin1Char('\n') + e.message;
    if (!e.clearedAt)
        tip += QLatin1Char('\n') + tr("Still active");
    else if (*e.clearedAt != e.raisedAt)
        tip += QLatin1Char('\n') + tr("Cleared %1").arg(timeText(*e.clearedAt));
    tip +=
        QLatin1Char('\n') +
        (e.acknowledgedAt ? tr("Acknowledged by %1 at %2").arg(e.acknowledgedBy, timeText(*e.acknowledgedAt))
                          : tr("Not acknowledged"));
    return tip;
}

QVariant EventTableModel::data(const QModelIndex& index, int role) const
{
    const EngineEvent* e = eventAt(index.row());
    if (!e || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(*e, index.column());
    case Qt::DecorationRole:
        return index.column() == Severity ? QVariant(severityIcon(e->severity)) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == Severity && e->severity != EventSeverity::Info)
            return severityColor(e->severity);
        if (index.column() == Cleared && e->active())
            return severityColor(e->severity);
        return {};
    case Qt::FontRole:
        if (e->active() && !e->acknowledgedAt && e->severity == EventSeverity::Alarm) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        return tooltip(*e);
    case SortRole:
        return sortValue(*e, index.column());
    case IdRole:
        return QVariant::fromValue<qint64>(e->id);
    case SeverityRole:
        return int(e->severity);
    case ActiveRole:
        return e->active();
    case AcknowledgedRole:
        return e->acknowledgedAt.has_value();
    case SearchTextRole:
        return e->source + QLatin1Char(' ') + e->code + QLatin1Char(' ') + e->message + QLatin1Char(' ') +
               e->acknowledgedBy;
    default:
        return {};
    }
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Raised:
            return tr("Raised");
        case Severity:
            return tr("Severity");
        case Source:
            return tr("Source");
        case Message:
            return tr("Message");
        case Cleared:
            return tr("Cleared");
        case Acknowledged:
            return tr("Acknowledged");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Raised:
            return tr("When the engine raised it (site time)");
        case Severity:
            return tr("Alarm, warning or info");
        case Source:
            return tr("The device or part of the engine it comes from");
        case Cleared:
            return tr("When the condition ended; \"active\" while it lasts");
        case Acknowledged:
            return tr("Who acknowledged it, and when");
        default:
            return tr("What happened");
        }
    }
    return {};
}

} // namespace parkwatt
