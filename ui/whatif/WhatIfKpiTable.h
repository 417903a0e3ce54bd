#pragma once
// A what-if's figures side by side (ReportComparisonTable): uncontrolled charging (the baseline),
// the scenario's policy, and the difference, coloured when the policy does better or worse.

#include "common/ReportComparisonTable.h"

namespace parkwatt {

class WhatIfKpiTable : public ReportComparisonTable {
    Q_OBJECT
public:
    enum Column {
        Figure = ReportComparisonTable::Figure,
        Baseline = Left,
        Policy = Right,
        Difference = Change
    };

    explicit WhatIfKpiTable(QWidget* parent = nullptr);

    void showComparison(const ReportFigures& baseline, const ReportFigures& policy);

protected:
    void changeEvent(QEvent* event) override;

private:
    static Labels labels();
    // The column titles and tooltips in the current language (the base words rows and figures).
    void retranslate();
};

} // namespace parkwatt
