#include "garage/BayTileDelegate.h"

#include "garage/GarageModel.h"
#include "reasons/ReasonText.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>
#include <cmath>

namespace parkwatt {

namespace {
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

QSize BayTileDelegate::sizeHint(const QStyleOptionViewItem&, const QModelIndex&) const
{
    return kTileSize;
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
    p->setFont(bold);
    p->setPen(b.state == BayState::Free ? quiet : text);
    p->drawText(row, Qt::AlignLeft | Qt::AlignVCenter, lines.value(0));
    p->setPen(b.state == BayState::Free ? quiet : colour.darker(b.state == BayState::Waiting ? 115 : 100));
    p->drawText(row, Qt::AlignRight | Qt::AlignVCenter, lines.value(1));
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
    p->setFont(bold);
    p->setPen(text);
    p->drawText(row, Qt::AlignLeft | Qt::AlignVCenter, lines[2]);
    p->setFont(option.font);
    p->drawText(row, Qt::AlignRight | Qt::AlignVCenter, lines[3]);

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
    p->setPen(quiet);
    p->drawText(row, Qt::AlignLeft | Qt::AlignVCenter, lines[4]);
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
    p->setPen(outlook);
    p->drawText(row, Qt::AlignRight | Qt::AlignVCenter, mark);
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
