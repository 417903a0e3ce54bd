#pragma once
// Paints one bay as a tile in the garage's list view: bay id and state, power, the car's state of
// charge against its target, departure and whether the target will be met. One delegate paints
// every visible bay, so 1,000 bays cost what the screen shows.

#include "common/FigureFormat.h"
#include "garage/BayStatus.h"

#include <QStyledItemDelegate>

namespace parkwatt {

class BayTileDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit BayTileDelegate(FigureFormat format, QObject* parent = nullptr);

    static constexpr QSize kTileSize{176, 96}; // the smallest tile
    // Every tile's size in the current language (wider where the words are longer).
    QSize tileSize(const QFont& font) const;
    static QColor stateColour(BayState state);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                   const QModelIndex& index) override;

    // The tile's lines as painted (tests, tooltips).
    QStringList linesOf(const BayStatus& bay) const;

private:
    FigureFormat m_format;
};

} // namespace parkwatt
