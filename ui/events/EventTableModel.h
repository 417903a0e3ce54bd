#pragma once
// The engine's alarms and events as a table (SiteControl::events()): raised at, severity (text, icon
// and colour), source, message, cleared at, acknowledged by and at. Times in the site's clock
// (FigureFormat). setEvents() keeps rows in place when events are only added or changed, so the
// selection survives a refresh.

#include "common/FigureFormat.h"
#include "engine/SiteControl.h"

#include <QAbstractTableModel>
#include <vector>

namespace parkwatt {

class EventTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Raised, Severity, Source, Message, Cleared, Acknowledged, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // the raw value to sort on (time, severity rank, text)
        IdRole,                      // the event's id (qint64)
        SeverityRole,                // int(EventSeverity)
        ActiveRole,                  // bool: not cleared yet
        AcknowledgedRole,            // bool
        SearchTextRole,              // source, code and message, for the text filter
    };

    explicit EventTableModel(FigureFormat format, QObject* parent = nullptr);

    void setEvents(std::vector<EngineEvent> events);
    const std::vector<EngineEvent>& events() const { return m_events; }
    const EngineEvent* eventAt(int row) const;
    // Models get no LanguageChange: the owning page calls this so the views ask again for the
    // headers and cells (new words, the new locale's month names).
    void retranslate();
    int rowOf(qint64 id) const; // -1 when not listed

    static QString severityName(EventSeverity severity);
    // A date and time in the site's clock: "22 Nov 2026 14:35:07".
    QString timeText(TimeMs timeMs) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const EngineEvent& e, int column) const;
    QVariant sortValue(const EngineEvent& e, int column) const;
    QString tooltip(const EngineEvent& e) const;

    FigureFormat m_format;
    std::vector<EngineEvent> m_events; // by id
};

} // namespace parkwatt
