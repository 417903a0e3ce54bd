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

    void setResult(const PreviewResult& result);
    // Every value "—" (nothing previewed yet, or cancelled).
    void clearResult();

protected:
    void changeEvent(QEvent* event) override;

private:
    static Labels labels();
    // The column titles and tooltips in the current language (the base words rows and figures).
    void retranslate();
};

} // namespace parkwatt
