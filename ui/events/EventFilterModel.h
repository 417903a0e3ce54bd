#pragma once
// Which events the Events page lists, and in what order: by severity (any, or one), active only
// or all, and a text that the source, code, message or acknowledging user contains. Sorts on the
// model's raw values (times, severity rank), not on the shown text.

#include "storage/StorageRecords.h"

#include <QSortFilterProxyModel>
#include <optional>

namespace parkwatt {

class EventFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit EventFilterModel(QObject* parent = nullptr);

    // Only events of this severity; nullopt: every severity.
    void setSeverity(std::optional<EventSeverity> severity);
    std::optional<EventSeverity> severity() const { return m_severity; }
    void setActiveOnly(bool activeOnly);
    bool activeOnly() const { return m_activeOnly; }
    // Case-insensitive; empty: no text filter.
    void setSearchText(const QString& text);
    QString searchText() const { return m_search; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    std::optional<EventSeverity> m_severity;
    bool m_activeOnly = false;
    QString m_search;
};

} // namespace parkwatt
