#include "garage/BayFilterModel.h"

#include "garage/GarageModel.h"

namespace parkwatt {

BayFilterModel::BayFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    // Rows move between states every cycle; the filter follows the data.
    setDynamicSortFilter(true);
}

void BayFilterModel::setState(std::optional<BayState> state)
{
    if (m_state == state)
        return;
    m_state = state;
    invalidateFilter();
}

void BayFilterModel::setSearch(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (m_search == trimmed)
        return;
    m_search = trimmed;
    invalidateFilter();
}

bool BayFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_state && index.data(GarageModel::StateRole).toInt() != int(*m_state))
        return false;
    return m_search.isEmpty() ||
           index.data(Qt::DisplayRole).toString().contains(m_search, Qt::CaseInsensitive);
}

} // namespace parkwatt
