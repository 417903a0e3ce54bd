#include "devices/DeviceTableModel.h"

#include "common/Theme.h"

#include <QApplication>
#include <QColor>
#include <QDateTime>
#include <QStyle>

namespace parkwatt {

namespace {

bool darkTheme()
{
    return Theme::isDark(QApplication::palette());
}

// The Events page's alarm red, so a silent device reads the same on both pages.
QColor problemText()
{
    return darkTheme() ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28);
}

// A faint red behind a row whose device does not answer.
QColor offlineRowBackground()
{
    return darkTheme() ? QColor(0x5a, 0x22, 0x22) : QColor(0xfd, 0xec, 0xea);
}

} // namespace

DeviceTableModel::DeviceTableModel(FigureFormat format, QObject* parent)
    : QAbstractTableModel(parent)
    , m_format(std::move(format))
{
}

void DeviceTableModel::setDevices(std::vector<DeviceStatus> devices)
{
    const bool sameRows =
        devices.size() == m_devices.size() &&
        std::equal(devices.begin(), devices.end(), m_devices.begin(),
                   [](const DeviceStatus& a, const DeviceStatus& b) { return a.id == b.id; });
    if (!sameRows) {
        beginResetModel();
        m_devices = std::move(devices);
        endResetModel();
        return;
    }
    m_devices = std::move(devices);
    if (!m_devices.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int DeviceTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_devices.size());
}

int DeviceTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DeviceTableModel::timeWithSeconds(TimeMs timeMs) const
{
    // The site's time of day as every page shows it, with the seconds: devices answer every second.
    // (Every locale Parkwatt ships writes seconds after a colon.)
    const qint64 second = ((timeMs / kMsPerSecond) % 60 + 60) % 60;
    return QStringLiteral("%1:%2").arg(m_format.timeOfDay(timeMs)).arg(second, 2, 10, QLatin1Char('0'));
}

QString DeviceTableModel::roleText(const QString& role)
{
    // The site file's role names ("grid_meter") are machine words; people read these.
    if (role == QLatin1String("charger"))
        return tr("charger");
    if (role == QLatin1String("grid_meter"))
        return tr("grid meter");
    if (role == QLatin1String("pv_inverter"))
        return tr("PV inverter");
    if (role == QLatin1String("battery"))
        return tr("battery");
    if (role == QLatin1String("load_meter"))
        return tr("load meter");
    return QString(role).replace(QLatin1Char('_'), QLatin1Char(' ')); // a role this version does not know
}

void DeviceTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_devices.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString DeviceTableModel::text(const DeviceStatus& d, int column) const
{
    switch (column) {
    case Id:
        return d.id;
    case Role:
        return roleText(d.role);
    case Model:
        return d.model;
    case Address:
        return d.address;
    case State:
        return d.online ? tr("online") : tr("not answering");
    case LastAnswer:
        return d.lastAnswerMs ? timeWithSeconds(*d.lastAnswerMs) : FigureFormat::unknown();
    case RoundTrip:
        return d.roundTripMs ? tr("%1 ms").arg(m_format.number(*d.roundTripMs, 1)) : FigureFormat::unknown();
    case Requests:
        return m_format.locale().toString(d.requests);
    case Errors:
        return m_format.locale().toString(d.errors);
    case Firmware:
        return d.firmware.isEmpty() ? FigureFormat::unknown() : d.firmware;
    }
    return {};
}

QVariant DeviceTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const DeviceStatus& d = m_devices[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return text(d, index.column());
    case Qt::AccessibleTextRole:
        return QStringLiteral("%1: %2").arg(
            headerData(index.column(), Qt::Horizontal, Qt::DisplayRole).toString(), text(d, index.column()));
    case Qt::ToolTipRole:
        if (!d.online)
            return d.fault.isEmpty() ? tr("%1 does not answer").arg(d.id)
                                     : tr("%1 does not answer: %2").arg(d.id, d.fault);
        switch (index.column()) {
        case Firmware:
            return d.firmware.isEmpty()
                       ? tr("The device did not say (its profile has no firmware register on its own unit)")
                       : QVariant();
        case RoundTrip:
            return tr("Median time from request to answer over the last 32 requests");
        case Errors:
            return d.errors > 0 ? tr("%1 of %2 requests failed since the engine started")
                                      .arg(m_format.locale().toString(d.errors),
                                           m_format.locale().toString(d.requests))
                                : QVariant();
        case LastAnswer:
            return d.lastAnswerMs ? m_format.locale().toString(
                                        QDateTime::fromMSecsSinceEpoch(*d.lastAnswerMs, Qt::OffsetFromUTC,
                                                                       m_format.utcOffsetS()),
                                        QLocale::LongFormat)
                                  : QVariant();
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() != State)
            return {};
        return QApplication::style()->standardIcon(d.online ? QStyle::SP_DialogApplyButton
                                                            : QStyle::SP_MessageBoxCritical);
    case Qt::ForegroundRole:
        if (!d.online && (index.column() == State || index.column() == Id))
            return problemText();
        if (index.column() == Errors && d.errors > 0)
            return problemText();
        return {};
    case Qt::BackgroundRole:
        return d.online ? QVariant() : QVariant(offlineRowBackground());
    case Qt::TextAlignmentRole:
        return index.column() >= LastAnswer && index.column() <= Errors
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::UserRole: // sort key
        switch (index.column()) {
        case LastAnswer:
            return double(d.lastAnswerMs.value_or(0));
        case RoundTrip:
            return d.roundTripMs.value_or(-1);
        case Requests:
            return d.requests;
        case Errors:
            return d.errors;
        case State:
            return d.online ? 1 : 0;
        default:
            return text(d, index.column());
        }
    case kOnlineRole:
        return d.online;
    case kRoleNameRole:
        return d.role;
    default:
        return {};
    }
}

QVariant DeviceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char* const names[ColumnCount] = {
        QT_TR_NOOP("Device"), QT_TR_NOOP("Role"),        QT_TR_NOOP("Model"),      QT_TR_NOOP("Address"),
        QT_TR_NOOP("State"),  QT_TR_NOOP("Last answer"), QT_TR_NOOP("Round trip"), QT_TR_NOOP("Requests"),
        QT_TR_NOOP("Errors"), QT_TR_NOOP("Firmware")};
    return section >= 0 && section < ColumnCount ? tr(names[section]) : QVariant();
}

} // namespace parkwatt
