#pragma once
// Two simulation reports side by side: one row per KPI (billing peak, self-sufficiency, import,
// EV targets met, cost, ...), a column for each run and the change between them, coloured when the
// right-hand run does better or worse. What the policy preview (current against edited policy) and
// the What-if page (uncontrolled against the scenario's policy) both show; they only name the
// columns.

#include "sim/Report.h"

#include <QTableWidget>
#include <optional>
#include <utility>

namespace parkwatt {

class ReportComparisonTable : public QTableWidget {
    Q_OBJECT
public:
    enum Column { Figure, Left, Right, Change };

    // The words of one use: column titles and their tooltips, the table's name and tooltip, and
    // what a green or red change cell says.
    struct Labels {
        QString left, right, change;
        QString leftTip, rightTip, changeTip;
        QString accessibleName, tableTip;
        QString betterTip, worseTip;
    };

    explicit ReportComparisonTable(const Labels& labels, QWidget* parent = nullptr);

    // The owner's words again, in the new language: an owner that names the columns calls this
    // from its own LanguageChange handling (the table retranslates its own rows and figures itself).
    void setLabels(const Labels& labels);

    void setFigures(const ReportFigures& left, const ReportFigures& right);
    // Every value "—" (nothing run yet, or cancelled).
    void clearFigures();
    int rowOf(const QString& figure) const; // -1 when unknown
    QString value(int row, int column) const;
    // True when every row has a value in both run columns.
    bool isFilled() const;

protected:
    // A theme switch recolours the changes for the new palette; a language switch rewrites the
    // figures' names and values in the new language and locale.
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void applyLabels();
    // Writes the shown figures again (new palette, language or locale); keeps the selection.
    void writeFigures(const ReportFigures& left, const ReportFigures& right);
    void setCell(int row, int column, const QString& text);

    Labels m_labels;
    std::optional<std::pair<ReportFigures, ReportFigures>> m_shown;
};

} // namespace parkwatt
