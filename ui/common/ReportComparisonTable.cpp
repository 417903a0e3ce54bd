#include "common/ReportComparisonTable.h"

#include "common/FigureFormat.h"
#include "common/Theme.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHeaderView>
#include <cmath>
#include <functional>

namespace parkwatt {

namespace {

enum class Unit { Kw, Kwh, Percent, Count, Money, Cycles };

struct Kpi {
    QString name;
    QString tip;
    int better; // +1 higher is better, -1 lower is better, 0 neither
    Unit unit;
    std::function<double(const ReportFigures&)> value;
};

std::vector<Kpi> kpis()
{
    // lupdate files the words of this free function under the namespace's context, and that is
    // where the translators have them; ReportComparisonTable::tr would look in another context.
    const auto tr = [](const char* s) { return QCoreApplication::translate("parkwatt", s); };
    return {
        {tr("Billing peak"), tr("The largest 15-minute average grid import (what a demand charge bills)."),
         -1, Unit::Kw, [](const ReportFigures& f) { return f.peakImportKw; }},
        {tr("Self-sufficiency"), tr("1 − grid import ÷ (building load + energy into the cars)."), +1,
         Unit::Percent, [](const ReportFigures& f) { return f.selfSufficiencyPct; }},
        {tr("Self-consumption"), tr("Share of the PV energy available that was used on site."), +1,
         Unit::Percent, [](const ReportFigures& f) { return f.selfConsumptionPct; }},
        {tr("Grid import"), tr("Energy bought from the grid."), -1, Unit::Kwh,
         [](const ReportFigures& f) { return f.energyKwh.gridImport; }},
        {tr("Grid export"), tr("Energy fed into the grid."), 0, Unit::Kwh,
         [](const ReportFigures& f) { return f.energyKwh.gridExport; }},
        {tr("PV used on site"), tr("PV energy used by the building, the battery and the cars."), +1,
         Unit::Kwh, [](const ReportFigures& f) { return f.energyKwh.pvUsed; }},
        {tr("EV energy charged"), tr("Energy into the cars."), 0, Unit::Kwh,
         [](const ReportFigures& f) { return f.energyKwh.evCharge; }},
        {tr("EV targets met"), tr("Cars that left with the charge their drivers asked for."), +1, Unit::Count,
         [](const ReportFigures& f) { return double(f.evSessionsMet); }},
        {tr("EV energy short"), tr("Energy the cars still lacked at departure."), -1, Unit::Kwh,
         [](const ReportFigures& f) { return f.evEnergyUnmetKwh; }},
        {tr("V2B energy"), tr("Energy the cars gave back to the building."), 0, Unit::Kwh,
         [](const ReportFigures& f) { return f.energyKwh.evDischarge; }},
        {tr("Battery cycles"), tr("Equivalent full cycles of the stationary battery (wear)."), 0,
         Unit::Cycles, [](const ReportFigures& f) { return f.batteryEquivalentCycles; }},
        {tr("Critical load unserved"), tr("Critical load that had to be shed during outages."), -1, Unit::Kwh,
         [](const ReportFigures& f) { return f.energyKwh.criticalUnserved; }},
        {tr("Cost"), tr("Energy cost plus demand charge minus export revenue, in the scenario's currency."),
         -1, Unit::Money, [](const ReportFigures& f) { return f.costTotal; }},
        {tr("Import-limit violations"), tr("Simulation steps above the connection's import limit."), -1,
         Unit::Count, [](const ReportFigures& f) { return double(f.violationImportLimitSteps); }},
    };
}

QString textOf(const Kpi& kpi, double v, const ReportFigures& f, const FigureFormat& fmt)
{
    switch (kpi.unit) {
    case Unit::Kw:
        return fmt.kw(v);
    case Unit::Kwh:
        return fmt.kwh(v);
    case Unit::Percent:
        return fmt.percent(v);
    case Unit::Count:
        if (kpi.better > 0) // EV targets met: "n of m"
            return ReportComparisonTable::tr("%1 of %2")
                .arg(fmt.locale().toString(f.evSessionsMet), fmt.locale().toString(f.evSessions));
        return fmt.number(v, 0);
    case Unit::Money:
    case Unit::Cycles:
        return fmt.number(v, 2);
    }
    return fmt.number(v, 1);
}

QString differenceOf(const Kpi& kpi, double d, const FigureFormat& fmt)
{
    const QString sign = d > 0 ? QStringLiteral("+") : d < 0 ? QStringLiteral("−") : QString();
    const double a = std::abs(d);
    switch (kpi.unit) {
    case Unit::Kw:
        return sign + fmt.kw(a);
    case Unit::Kwh:
        return sign + fmt.kwh(a);
    case Unit::Percent:
        return sign + ReportComparisonTable::tr("%1 points").arg(fmt.number(a, 1));
    case Unit::Count:
        return sign + fmt.number(a, 0);
    case Unit::Money:
    case Unit::Cycles:
        return sign + fmt.number(a, 2);
    }
    return sign + fmt.number(a, 1);
}

double sameWithin(const Kpi& kpi)
{
    return kpi.unit == Unit::Money || kpi.unit == Unit::Cycles ? 0.005 : kpi.unit == Unit::Count ? 0.5 : 0.05;
}

} // namespace

ReportComparisonTable::ReportComparisonTable(const Labels& labels, QWidget* parent)
    : QTableWidget(parent)
    , m_labels(labels)
{
    const std::vector<Kpi> rows = kpis();
    setColumnCount(4);
    setRowCount(int(rows.size()));
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(Figure, QHeaderView::Stretch);
    for (int c = Left; c <= Change; ++c)
        horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(false);
    for (int r = 0; r < int(rows.size()); ++r)
        setItem(r, Figure, new QTableWidgetItem);
    retranslate();
    clearFigures();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    setMinimumHeight(horizontalHeader()->sizeHint().height() +
                     rowCount() * verticalHeader()->defaultSectionSize() + 4);
}

void ReportComparisonTable::setCell(int row, int column, const QString& text)
{
    auto* cell = new QTableWidgetItem(text);
    cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    cell->setToolTip(item(row, Figure)->toolTip());
    setItem(row, column, cell);
}

void ReportComparisonTable::setLabels(const Labels& labels)
{
    m_labels = labels;
    applyLabels();
    if (m_shown)
        writeFigures(m_shown->first, m_shown->second); // the change cells' tooltips
}

void ReportComparisonTable::applyLabels()
{
    setHorizontalHeaderLabels({tr("Figure"), m_labels.left, m_labels.right, m_labels.change});
    horizontalHeaderItem(Left)->setToolTip(m_labels.leftTip);
    horizontalHeaderItem(Right)->setToolTip(m_labels.rightTip);
    horizontalHeaderItem(Change)->setToolTip(m_labels.changeTip);
    setAccessibleName(m_labels.accessibleName);
    setToolTip(m_labels.tableTip);
}

void ReportComparisonTable::retranslate()
{
    applyLabels();
    const std::vector<Kpi> rows = kpis();
    for (int r = 0; r < rowCount(); ++r) {
        item(r, Figure)->setText(rows[size_t(r)].name);
        item(r, Figure)->setToolTip(rows[size_t(r)].tip);
    }
    if (m_shown)
        writeFigures(m_shown->first, m_shown->second);
    else
        clearFigures(); // the value cells copy the figure's tooltip
}

void ReportComparisonTable::changeEvent(QEvent* event)
{
    QTableWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange && m_shown)
        writeFigures(m_shown->first, m_shown->second);
}

void ReportComparisonTable::clearFigures()
{
    m_shown.reset();
    for (int r = 0; r < rowCount(); ++r)
        for (int c : {Left, Right, Change})
            setCell(r, c, FigureFormat::unknown());
}

void ReportComparisonTable::setFigures(const ReportFigures& left, const ReportFigures& right)
{
    m_shown = std::pair(left, right);
    writeFigures(left, right);
    clearSelection();
    setCurrentIndex(QModelIndex());
}

void ReportComparisonTable::writeFigures(const ReportFigures& left, const ReportFigures& right)
{
    const FigureFormat fmt;
    const std::vector<Kpi> rows = kpis();
    for (int r = 0; r < rowCount(); ++r) {
        const Kpi& kpi = rows[size_t(r)];
        const double a = kpi.value(left), b = kpi.value(right);
        setCell(r, Left, textOf(kpi, a, left, fmt));
        setCell(r, Right, textOf(kpi, b, right, fmt));
        const double d = b - a;
        const bool same = std::abs(d) < sameWithin(kpi);
        setCell(r, Change, same ? tr("same") : differenceOf(kpi, d, fmt));
        if (!same && kpi.better != 0) {
            const bool improves = (d > 0) == (kpi.better > 0);
            item(r, Change)->setForeground(improves ? Theme::betterColor(palette())
                                                    : Theme::worseColor(palette()));
            item(r, Change)->setToolTip(improves ? m_labels.betterTip : m_labels.worseTip);
        }
    }
}

int ReportComparisonTable::rowOf(const QString& figure) const
{
    for (int r = 0; r < rowCount(); ++r)
        if (item(r, Figure)->text() == figure)
            return r;
    return -1;
}

QString ReportComparisonTable::value(int row, int column) const
{
    const QTableWidgetItem* cell = item(row, column);
    return cell ? cell->text() : QString();
}

bool ReportComparisonTable::isFilled() const
{
    for (int r = 0; r < rowCount(); ++r)
        for (int c : {Left, Right})
            if (value(r, c).isEmpty() || value(r, c) == FigureFormat::unknown())
                return false;
    return true;
}

} // namespace parkwatt
