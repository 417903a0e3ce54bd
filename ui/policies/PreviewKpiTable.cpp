#include "policies/PreviewKpiTable.h"

#include <QEvent>

namespace parkwatt {

PreviewKpiTable::PreviewKpiTable(QWidget* parent)
    : ReportComparisonTable(labels(), parent)
{
}

ReportComparisonTable::Labels PreviewKpiTable::labels()
{
    return {tr("Current policy"), tr("Edited policy"), tr("Change"),
            tr("The policy in force now."), tr("The policy as edited in the form."),
            tr("Edited minus current; green when the edited policy does better."),
            tr("Preview figures"),
            tr("The preview's figures under the current and the edited policy; the change "
               "is green when the edited "
               "policy does better, red when worse."),
            tr("Better under the edited policy"), tr("Worse under the edited policy")};
}

void PreviewKpiTable::setResult(const PreviewResult& result)
{
    setFigures(result.current.figures, result.edited.figures);
}

void PreviewKpiTable::clearResult()
{
    clearFigures();
}

void PreviewKpiTable::changeEvent(QEvent* event)
{
    // The base first: what it words again on a language switch, this table words after it.
    ReportComparisonTable::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void PreviewKpiTable::retranslate()
{
    setLabels(labels()); // the base words its rows and figures again itself
}

} // namespace parkwatt
