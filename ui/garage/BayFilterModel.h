#pragma once
// The garage's bays as the user narrowed them: one state (or all) and a search on the bay id.

#include "garage/BayStatus.h"

#include <QSortFilterProxyModel>
#include <optional>

namespace parkwatt {

class BayFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit BayFilterModel(QObject* parent = nullptr);

    // No state: every state.
    void setState(std::optional<BayState> state);
    std::optional<BayState> state() const { return m_state; }
    // Bays whose id contains the text (case-insensitive); empty: all.
    void setSearch(const QString& text);
    QString search() const { return m_search; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    std::optional<BayState> m_state;
    QString m_search;
};

} // namespace parkwatt
