#include "garage/GarageModel.h"

namespace parkwatt {

GarageModel::GarageModel(SiteSpec site, QObject* parent)
    : QAbstractListModel(parent)
    , m_site(std::move(site))
{
    // Before the first cycle every bay is shown, as free.
    m_bays.reserve(m_site.chargers.size());
    for (const ChargerSpec& c : m_site.chargers) {
        BayStatus b;
        b.bayId = c.id;
        b.bidirectional = c.bidirectional;
        m_bays.push_back(b);
    }
    m_counts[size_t(BayState::Free)] = int(m_bays.size());
}

int GarageModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_bays.size());
}

QVariant GarageModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_bays.size()))
        return {};
    const BayStatus& b = m_bays[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return b.bayId;
    case Qt::AccessibleTextRole:
        return tr("Bay %1, %2").arg(b.bayId, bayStateName(b.state));
    case StatusRole:
        return QVariant::fromValue(b);
    case StateRole:
        return int(b.state);
    case PowerKwRole:
        return b.powerKw;
    case SocPctRole:
        return b.socPct;
    case DepartureMsRole:
        return b.departureMs;
    case OutlookRole:
        return int(b.outlook);
    case ReasonRole:
        return b.reason;
    default:
        return {};
    }
}

QHash<int, QByteArray> GarageModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(StatusRole, "status");
    names.insert(StateRole, "state");
    names.insert(PowerKwRole, "powerKw");
    names.insert(SocPctRole, "socPct");
    names.insert(DepartureMsRole, "departureMs");
    names.insert(OutlookRole, "outlook");
    names.insert(ReasonRole, "reason");
    return names;
}

void GarageModel::update(const PublishedCycle& cycle)
{
    m_nowMs = cycle.applied.timeMs + TimeMs(cycle.applied.stepH * 3.6e6);
    m_counts.fill(0);
    for (size_t i = 0; i < m_bays.size(); ++i) {
        m_bays[i] = BayStatus::of(m_site.chargers[i], cycle, i);
        ++m_counts[size_t(m_bays[i].state)];
    }
    if (!m_bays.empty())
        emit dataChanged(index(0), index(int(m_bays.size()) - 1));
    emit countsChanged();
}

void GarageModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, 0);
    if (!m_bays.empty())
        emit dataChanged(index(0), index(int(m_bays.size()) - 1));
}

} // namespace parkwatt
