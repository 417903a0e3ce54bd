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
};

} // namespace parkwatt
