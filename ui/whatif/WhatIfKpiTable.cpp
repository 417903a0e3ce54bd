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
    m_shown = std::pair(baseline, policy);
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
    const Labels words = labels();
    horizontalHeaderItem(Figure)->setText(ReportComparisonTable::tr("Figure"));
    horizontalHeaderItem(Baseline)->setText(words.left);
    horizontalHeaderItem(Policy)->setText(words.right);
    horizontalHeaderItem(Difference)->setText(words.change);
    horizontalHeaderItem(Baseline)->setToolTip(words.leftTip);
    horizontalHeaderItem(Policy)->setToolTip(words.rightTip);
    horizontalHeaderItem(Difference)->setToolTip(words.changeTip);
    setAccessibleName(words.accessibleName);
    setToolTip(words.tableTip);
    if (m_shown) // the figures again, in the default locale
        setFigures(m_shown->first, m_shown->second);
}

} // namespace parkwatt
