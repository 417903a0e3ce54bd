#include "whatif/WhatIfKpiTable.h"

#include <QEvent>

namespace parkwatt {

WhatIfKpiTable::WhatIfKpiTable(QWidget* parent)
    : ReportComparisonTable(labels(), parent)
{
}

ReportComparisonTable::Labels WhatIfKpiTable::labels()
{
    return {tr("Uncontrolled"), tr("Scenario's policy"), tr("Difference"),
            tr("The baseline: every car charges at full power from arrival."),
            tr("The planner and dispatcher acting out the scenario's policy."),
            tr("Policy minus uncontrolled; green when the policy does better."), tr("What-if figures"),
            tr("The scenario's figures uncontrolled and under its policy; the difference is green "
               "when the policy does better, red when worse."),
            tr("Better under the scenario's policy"), tr("Worse under the scenario's policy")};
}

void WhatIfKpiTable::showComparison(const ReportFigures& baseline, const ReportFigures& policy)
{
    setFigures(baseline, policy);
}

void WhatIfKpiTable::changeEvent(QEvent* event)
{
    // The base first: what it words again on a language switch, this table words after it.
    ReportComparisonTable::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void WhatIfKpiTable::retranslate()
{
    setLabels(labels()); // the base words its rows and figures again itself
}

} // namespace parkwatt
