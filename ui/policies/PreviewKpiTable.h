#pragma once
// The preview's figures side by side: one row per KPI of the simulation report (billing peak,
// self-sufficiency, import, EV targets met, ...), a column for the current and the edited policy
// and the change, coloured when one is better.

#include "engine/PolicyPreview.h"

#include <QTableWidget>

namespace parkwatt {

class PreviewKpiTable : public QTableWidget {
    Q_OBJECT
public:
    enum Column { Figure, Current, Edited, Change };

    explicit PreviewKpiTable(QWidget* parent = nullptr);

    void setResult(const PreviewResult& result);
    // Every value "—" (nothing previewed yet, or cancelled).
    void clearResult();
    int rowOf(const QString& figure) const; // -1 when unknown
    QString value(int row, Column column) const;
    // True when every row has a value in both policy columns.
    bool isFilled() const;

private:
    struct Kpi {
        QString name;
        QString tip;
        int better; // +1 higher is better, -1 lower is better, 0 neither
    };
    static std::vector<Kpi> kpis();
    void setCell(int row, Column column, const QString& text);
};

} // namespace parkwatt
