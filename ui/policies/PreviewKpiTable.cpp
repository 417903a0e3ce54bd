#include "policies/PreviewKpiTable.h"

#include "common/FigureFormat.h"
#include "policies/PolicyStyle.h"

#include <QHeaderView>
#include <cmath>

namespace parkwatt {

namespace {

// The values of one run in the order of kpis(); NaN where there is nothing to compare.
std::vector<double> valuesOf(const ReportFigures& f)
{
    return {f.peakImportKw,
            f.selfSufficiencyPct,
            f.energyKwh.gridImport,
            f.energyKwh.gridExport,
            f.energyKwh.pvUsed,
            f.energyKwh.evCharge,
            double(f.evSessionsMet),
            f.evEnergyUnmetKwh,
            f.energyKwh.evDischarge,
            f.batteryEquivalentCycles,
            f.energyKwh.criticalUnserved,
            f.costTotal,
            double(f.violationImportLimitSteps)};
}

QString textOf(int row, double v, const ReportFigures& f, const FigureFormat& fmt)
{
    switch (row) {
    case 0:
        return fmt.kw(v);
    case 1:
        return fmt.percent(v);
    case 6:
        return PreviewKpiTable::tr("%1 of %2").arg(f.evSessionsMet).arg(f.evSessions);
    case 9:
        return fmt.number(v, 2);
    case 11:
        return fmt.number(v, 2);
    case 12:
        return fmt.number(v, 0);
    default:
        return fmt.kwh(v);
    }
}

QString deltaOf(int row, double d, const FigureFormat& fmt)
{
    const QString sign = d > 0 ? QStringLiteral("+") : d < 0 ? QStringLiteral("−") : QString();
    const double a = std::abs(d);
    switch (row) {
    case 0:
        return sign + fmt.kw(a);
    case 1:
        return sign + PreviewKpiTable::tr("%1 points").arg(fmt.number(a, 1));
    case 6:
    case 12:
        return sign + fmt.number(a, 0);
    case 9:
    case 11:
        return sign + fmt.number(a, 2);
    default:
        return sign + fmt.kwh(a);
    }
}

} // namespace

std::vector<PreviewKpiTable::Kpi> PreviewKpiTable::kpis()
{
    return {
        {tr("Billing peak"), tr("The largest 15-minute average grid import (what a demand charge bills)."), -1},
        {tr("Self-sufficiency"), tr("1 − grid import ÷ (building load + energy into the cars)."), +1},
        {tr("Grid import"), tr("Energy bought from the grid."), -1},
        {tr("Grid export"), tr("Energy fed into the grid."), 0},
        {tr("PV used on site"), tr("PV energy used by the building, the battery and the cars."), +1},
        {tr("EV energy charged"), tr("Energy into the cars."), 0},
        {tr("EV targets met"), tr("Cars that left with the charge their drivers asked for."), +1},
        {tr("EV energy short"), tr("Energy the cars still lacked at departure."), -1},
        {tr("V2B energy"), tr("Energy the cars gave back to the building."), 0},
        {tr("Battery cycles"), tr("Equivalent full cycles of the stationary battery (wear)."), 0},
        {tr("Critical load unserved"), tr("Critical load that had to be shed during outages."), -1},
        {tr("Cost"), tr("Energy cost plus demand charge minus export revenue, in the scenario's currency."), -1},
        {tr("Import-limit violations"), tr("Simulation steps above the connection's import limit."), -1},
    };
}

PreviewKpiTable::PreviewKpiTable(QWidget* parent)
    : QTableWidget(parent)
{
    const std::vector<Kpi> rows = kpis();
    setColumnCount(4);
    setRowCount(int(rows.size()));
    setHorizontalHeaderLabels({tr("Figure"), tr("Current policy"), tr("Edited policy"), tr("Change")});
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(Figure, QHeaderView::Stretch);
    for (int c = Current; c <= Change; ++c)
        horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(false);
    setAccessibleName(tr("Preview figures"));
    setToolTip(tr("The preview's figures under the current and the edited policy; the change is green when "
                  "the edited policy does better, red when worse."));
    for (int r = 0; r < int(rows.size()); ++r) {
        auto* item = new QTableWidgetItem(rows[size_t(r)].name);
        item->setToolTip(rows[size_t(r)].tip);
        setItem(r, Figure, item);
    }
    clearResult();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    setMinimumHeight(horizontalHeader()->sizeHint().height() + rowCount() * verticalHeader()->defaultSectionSize() + 4);
}

void PreviewKpiTable::setCell(int row, Column column, const QString& text)
{
    auto* cell = new QTableWidgetItem(text);
    cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    cell->setToolTip(item(row, Figure)->toolTip());
    setItem(row, column, cell);
}

void PreviewKpiTable::clearResult()
{
    for (int r = 0; r < rowCount(); ++r)
        for (Column c : {Current, Edited, Change})
            setCell(r, c, FigureFormat::unknown());
}

void PreviewKpiTable::setResult(const PreviewResult& result)
{
    const FigureFormat fmt;
    const std::vector<Kpi> rows = kpis();
    const std::vector<double> current = valuesOf(result.current.figures);
    const std::vector<double> edited = valuesOf(result.edited.figures);
    for (int r = 0; r < rowCount(); ++r) {
        const double a = current[size_t(r)], b = edited[size_t(r)];
        setCell(r, Current, textOf(r, a, result.current.figures, fmt));
        setCell(r, Edited, textOf(r, b, result.edited.figures, fmt));
        const double d = b - a;
        const bool same = std::abs(d) < 0.05 * (r == 9 || r == 11 ? 0.1 : 1.0);
        setCell(r, Change, same ? tr("same") : deltaOf(r, d, fmt));
        const int better = rows[size_t(r)].better;
        if (!same && better != 0) {
            const bool improves = (d > 0) == (better > 0);
            item(r, Change)->setForeground(improves ? betterColor() : problemColor());
            item(r, Change)->setToolTip(improves ? tr("Better under the edited policy")
                                                 : tr("Worse under the edited policy"));
        }
    }
    clearSelection();
    setCurrentIndex(QModelIndex());
}

int PreviewKpiTable::rowOf(const QString& figure) const
{
    for (int r = 0; r < rowCount(); ++r)
        if (item(r, Figure)->text() == figure)
            return r;
    return -1;
}

QString PreviewKpiTable::value(int row, Column column) const
{
    const QTableWidgetItem* cell = item(row, column);
    return cell ? cell->text() : QString();
}

bool PreviewKpiTable::isFilled() const
{
    for (int r = 0; r < rowCount(); ++r)
        for (Column c : {Current, Edited})
            if (value(r, c).isEmpty() || value(r, c) == FigureFormat::unknown())
                return false;
    return true;
}

} // namespace parkwatt
