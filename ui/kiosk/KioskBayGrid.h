#pragma once
// The garage by level for drivers: every level's bays as numbered tiles coloured by state, with the
// free bays counted per level, painted in one widget (no widget per bay). A tap on a bay's number
// asks for that bay's status. Levels come from the bay ids ("L1-14" is bay 14 on level 1).

#include "garage/GarageModel.h"

#include <QRect>
#include <QWidget>
#include <vector>

namespace parkwatt {

// Where a bay id puts a bay: its level ("1") and its number on the level ("14"). Ids without a
// level part ("B07") are on one unnamed level.
struct BayPlace {
    QString level;
    QString number;
    static BayPlace of(const QString& bayId);
};

class KioskBayGrid : public QWidget {
    Q_OBJECT
public:
    explicit KioskBayGrid(const GarageModel& model, QWidget* parent = nullptr);

    // Where the bay at `row` is drawn (empty before the first layout).
    QRect bayRect(int row) const;
    // Free bays on each level, in order, for the page's header and tests.
    std::vector<std::pair<QString, int>> freeByLevel() const;
    // Recomputes the tiles for the model's rows (once when the site is known).
    void relayout();
    // Free bays are drawn in this colour (the page's legend uses it too).
    static QColor freeColour();

signals:
    void bayTapped(int row);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    struct Level {
        QString name;
        std::vector<int> rows;
        QRect header;
    };
    const GarageModel& m_model;
    std::vector<Level> m_levels;
    std::vector<QRect> m_tiles; // by row
    std::vector<QString> m_numbers;
};

} // namespace parkwatt
