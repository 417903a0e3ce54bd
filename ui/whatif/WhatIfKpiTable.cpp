#include "whatif/WhatIfKpiTable.h"

namespace parkwatt {

WhatIfKpiTable::WhatIfKpiTable(QWidget* parent)
    : ReportComparisonTable(
          {tr("Uncontrolled"), tr("Scenario's policy"), tr("Difference"),
           tr("The baseline: every car charges at full power from arrival."),
           tr("The planner and dispatcher acting out the scenario's policy."),
           tr("Policy minus uncontrolled; green when the policy does better."), tr("What-if figures"),
           tr("The scenario's figures uncontrolled and under its policy; the difference is green "
              "when the policy does better, red when worse."),
           tr("Better under the scenario's policy"), tr("Worse under the scenario's policy")},
          parent)
{
}

} // namespace parkwatt
