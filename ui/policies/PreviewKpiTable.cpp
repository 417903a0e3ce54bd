#include "policies/PreviewKpiTable.h"

namespace parkwatt {

PreviewKpiTable::PreviewKpiTable(QWidget* parent)
    : ReportComparisonTable({tr("Current policy"), tr("Edited policy"), tr("Change"),
                             tr("The policy in force now."), tr("The policy as edited in the form."),
                             tr("Edited minus current; green when the edited policy does better."),
                             tr("Preview figures"),
                             tr("The preview's figures under the current and the edited policy; the change "
                                "is green when the edited "
                                "policy does better, red when worse."),
                             tr("Better under the edited policy"), tr("Worse under the edited policy")},
                            parent)
{
}

} // namespace parkwatt
