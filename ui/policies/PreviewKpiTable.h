#pragma once
// The preview's figures side by side (ReportComparisonTable): the current policy, the edited one,
// and the change, coloured when the edited policy does better or worse.

#include "common/ReportComparisonTable.h"
#include "engine/PolicyPreview.h"

namespace parkwatt {

class PreviewKpiTable : public ReportComparisonTable {
    Q_OBJECT
public:
    enum Column {
        Figure = ReportComparisonTable::Figure,
        Current = Left,
        Edited = Right,
        Change = ReportComparisonTable::Change
    };

    explicit PreviewKpiTable(QWidget* parent = nullptr);

    void setResult(const PreviewResult& result) { setFigures(result.current.figures, result.edited.figures); }
    // Every value "—" (nothing previewed yet, or cancelled).
    void clearResult() { clearFigures(); }
};

} // namespace parkwatt
