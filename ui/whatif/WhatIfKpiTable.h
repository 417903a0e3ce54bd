#pragma once
// A what-if's figures side by side: one row per KPI of the simulation report (billing peak,
// self-sufficiency, import, EV targets met, cost, ...), a column for uncontrolled charging (the
// baseline) and for the scenario's policy, and the difference, coloured when the policy does
// better or worse.

#include "sim/Report.h"

#include <QTableWidget>
#include <optional>
#include <utility>
#include <vector>

namespace parkwatt {

class WhatIfKpiTable : public QTableWidget {
    Q_OBJECT
public:
    enum Column { Figure, Baseline, Policy, Difference };

    explicit WhatIfKpiTable(QWidget* parent = nullptr);

    void setFigures(const ReportFigures& baseline, const ReportFigures& policy);
    // Every value "—" (nothing run yet).
    void clearFigures();
    int rowOf(const QString& figure) const; // -1 when unknown
    QString value(int row, Column column) const;
    // True when every row has a value in both columns.
    bool isFilled() const;

protected:
    // A theme switch recolours the differences for the new palette.
    void changeEvent(QEvent* event) override;

private:
    std::optional<std::pair<ReportFigures, ReportFigures>> m_shown;
    void setCell(int row, Column column, const QString& text);
};

} // namespace parkwatt
