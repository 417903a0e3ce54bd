#include "garage/BayTileDelegate.h"

#include "garage/GarageModel.h"
#include "reasons/ReasonText.h"

#include <QAbstractItemView>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <cmath>

namespace parkwatt {

namespace {

// Where a row's left and right texts go so they never overlap in any language: the right one keeps
// its width while the left one still has nearly half the row; each is elided to its share.
struct RowSplit {
    qreal leftWidth;
    qreal rightWidth;
};
RowSplit splitRow(qreal width, qreal leftText, qreal rightText)
{
    constexpr qreal kGap = 6;
    if (leftText + kGap + rightText <= width)
        return {width, width};
    const qreal right = std::min(rightText, std::max(width - kGap - leftText, width * 0.45));
    return {width - kGap - right, right};
}

void drawRow(QPainter* p, const QRectF& row, const QString& left, const QFont& leftFont, const QColor& leftPen,
             const QString& right, const QFont& rightFont, const QColor& rightPen)
{
    const QFontMetricsF leftFm(leftFont);
    const QFontMetricsF rightFm(rightFont);
    const RowSplit split = splitRow(row.width(), leftFm.horizontalAdvance(left), rightFm.horizontalAdvance(right));
    p->setFont(leftFont);
    p->setPen(leftPen);
    p->drawText(row, Qt::AlignLeft | Qt::AlignVCenter, leftFm.elidedText(left, Qt::ElideRight, split.leftWidth));
    p->setFont(rightFont);
    p->setPen(rightPen);
    p->drawText(row, Qt::AlignRight | Qt::AlignVCenter, rightFm.elidedText(right, Qt::ElideRight, split.rightWidth));
}
constexpr int kPad = 8;
constexpr int kMargin = 3;
} // namespace

BayTileDelegate::BayTileDelegate(FigureFormat format, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_format(std::move(format))
{
}

QColor BayTileDelegate::stateColour(BayState state)
{
    switch (state) {
    case BayState::Free:
        return {0x9e, 0xa7, 0xb3};
    case BayState::Plugged:
        return {0x6b, 0x7c, 0x93};
    case BayState::Charging:
        return {0x43, 0xa0, 0x47};
    case BayState::Discharging:
        return {0x2a, 0x7d, 0xc0};
    case BayState::Waiting:
        return {0xc8, 0x8a, 0x12};
    case BayState::Offline:
        return {0xc6, 0x28, 0x28};
    }
    return Qt::gray;
}

QSize BayTileDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    return tileSize(option.font);
}

QSize BayTileDelegate::tileSize(const QFont& font) const
{
    // The widest rows in the current language: the departure with the outlook, the power with the
    // charge; a tile is never narrower than kTileSize.
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF fm(font);
    const QFontMetricsF boldFm(bold);
    const QString clock = m_format.timeOfDay(0);
    qreal outlook = 0;
    for (const QString& mark : {tr("✓ target"), tr("on track"), tr("at risk")})
        outlook = std::max(outlook, fm.horizontalAdvance(mark));
    const qreal departureRow = fm.horizontalAdvance(tr("leaves %1").arg(clock)) + outlook;
    const QString full = m_format.percent(100);
    const qreal chargeRow =
        boldFm.horizontalAdvance(m_format.kw(22)) + fm.horizontalAdvance(tr("%1 of %2").arg(full, full));
    constexpr qreal kGapAndInsets = 2 * kMargin + 2 * kPad + 3 + 6 + 2; // tile margins, padding, stripe, gap
    const int needed = int(std::ceil(std::max(departureRow, chargeRow) + kGapAndInsets));
    return {std::max(kTileSize.width(), needed), kTileSize.height()};
}

QStringList BayTileDelegate::linesOf(const BayStatus& b) const
{
    const QString title = b.bayId;
    const QString state = bayStateName(b.state);
    if (b.state == BayState::Free)
        return {title, state};
    if (b.state == BayState::Offline && b.sessionId.isEmpty())
        return {title, state, tr("not answering")};
    const QString power = m_format.kw(b.powerKw);
    QString soc = m_format.percent(b.socPct);
    if (std::isfinite(b.targetSocPct))
        soc = tr("%1 of %2").arg(soc, m_format.percent(b.targetSocPct));
    const QString departs =
        b.departureMs > 0 ? tr("leaves %1").arg(m_format.timeOfDay(b.departureMs)) : tr("departure unknown");
    return {title, state, power, soc, departs, targetOutlookText(b, m_format.kwh(b.shortfallKwh))};
}

void BayTileDelegate::paint(QPainter* p, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const BayStatus b = index.data(GarageModel::StatusRole).value<BayStatus>();
    const QStringList lines = linesOf(b);
    const QPalette& pal = option.palette;
    const QColor colour = stateColour(b.state);
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = option.state & QStyle::State_HasFocus;

    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QRectF tile = QRectF(option.rect).adjusted(kMargin, kMargin, -kMargin, -kMargin);
    QColor background = pal.color(QPalette::Base);
    if (b.state == BayState::Free)
        background = pal.color(QPalette::AlternateBase);
    p->setPen(
        QPen(selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid), selected ? 2.0 : 1.0));
    p->setBrush(background);
    p->drawRoundedRect(tile, 5, 5);
    if (focused && !selected) {
        p->setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DashLine));
        p->setBrush(Qt::NoBrush);
        p->drawRoundedRect(tile.adjusted(2, 2, -2, -2), 4, 4);
    }
    // The state's colour as a bar on the left: readable at a glance across a full garage.
    p->setPen(Qt::NoPen);
    p->setBrush(colour);
    p->drawRoundedRect(QRectF(tile.left(), tile.top(), 5, tile.height()), 2, 2);

    const QRectF body = tile.adjusted(kPad + 3, kPad - 3, -kPad, -kPad + 3);
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics fm(option.font);
    const int lineH = fm.height();
    const QColor text = pal.color(QPalette::Text);
    const QColor quiet = pal.color(QPalette::PlaceholderText);

    // Line 1: bay id, state on the right.
    QRectF row(body.left(), body.top(), body.width(), lineH);
    drawRow(p, row, lines.value(0), bold, b.state == BayState::Free ? quiet : text, lines.value(1), bold,
            b.state == BayState::Free ? quiet : colour.darker(b.state == BayState::Waiting ? 115 : 100));
    p->setFont(option.font);
    if (lines.size() <= 2) {
        p->restore();
        return;
    }
    if (lines.size() == 3) {
        row.translate(0, lineH + 2);
        p->setPen(quiet);
        p->drawText(row, Qt::AlignLeft | Qt::AlignVCenter, lines[2]);
        p->restore();
        return;
    }

    // Line 2: power, and the state of charge on the right.
    row.translate(0, lineH + 2);
    drawRow(p, row, lines[2], bold, text, lines[3], option.font, text);

    // A bar: the car's charge, with a tick at its target.
    row.translate(0, lineH + 1);
    const QRectF bar(row.left(), row.top() + 1, row.width(), 5);
    QColor track = pal.color(QPalette::Mid);
    track.setAlphaF(0.35);
    p->setPen(Qt::NoPen);
    p->setBrush(track);
    p->drawRoundedRect(bar, 2, 2);
    if (std::isfinite(b.socPct)) {
        p->setBrush(colour);
        p->drawRoundedRect(
            QRectF(bar.left(), bar.top(), bar.width() * std::clamp(b.socPct, 0.0, 100.0) / 100, bar.height()),
            2, 2);
    }
    if (std::isfinite(b.targetSocPct)) {
        const double x = bar.left() + bar.width() * std::clamp(b.targetSocPct, 0.0, 100.0) / 100;
        p->setPen(QPen(text, 1.5));
        p->drawLine(QPointF(x, bar.top() - 2), QPointF(x, bar.bottom() + 2));
    }

    // Line 3: departure and the target's outlook as a marker.
    row = QRectF(body.left(), bar.bottom() + 3, body.width(), lineH);
    QColor outlook = quiet;
    QString mark;
    switch (b.outlook) {
    case TargetOutlook::Reached:
        outlook = stateColour(BayState::Charging);
        mark = tr("✓ target");
        break;
    case TargetOutlook::OnTrack:
        outlook = stateColour(BayState::Charging);
        mark = tr("on track");
        break;
    case TargetOutlook::AtRisk:
        outlook = stateColour(BayState::Offline);
        mark = tr("at risk");
        break;
    default:
        mark = tr("?");
        break;
    }
    drawRow(p, row, lines[4], option.font, quiet, mark, option.font, outlook);
    p->restore();
}

bool BayTileDelegate::helpEvent(QHelpEvent* event, QAbstractItemView* view,
                                const QStyleOptionViewItem& option, const QModelIndex& index)
{
    if (event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const BayStatus b = index.data(GarageModel::StatusRole).value<BayStatus>();
    QStringList lines = linesOf(b);
    if (!b.reason.isEmpty())
        lines << tr("Why: %1").arg(localizedReason(b.reason));
    QToolTip::showText(event->globalPos(), lines.join(QLatin1Char('\n')), view);
    return true;
}

} // namespace parkwatt
