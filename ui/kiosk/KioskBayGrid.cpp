#include "kiosk/KioskBayGrid.h"

#include "garage/BayTileDelegate.h"
#include "kiosk/KioskStyle.h"

#include <QMouseEvent>
#include <QPainter>
#include <QRegularExpression>

namespace parkwatt {

namespace {

constexpr int kGap = 10;
constexpr int kMinTilePx = 48; // the touch floor, for very large garages
constexpr int kMaxTilePx = 96;
constexpr int kHeaderPx = 56;
const QColor kFreeColour(0x4d, 0xd0, 0xe1); // apart from charging green and V2B blue

} // namespace

BayPlace BayPlace::of(const QString& bayId)
{
    // "L1-14", "P2_07", "3-101": a level, a separator, the bay's number on the level.
    static const QRegularExpression pattern(QStringLiteral("^([A-Za-z]{0,3})(\\d+)[-_ ./](.+)$"));
    const QRegularExpressionMatch m = pattern.match(bayId);
    if (!m.hasMatch())
        return {QString(), bayId};
    return {m.captured(2), m.captured(3)};
}

KioskBayGrid::KioskBayGrid(const GarageModel& model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
{
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    connect(&model, &QAbstractItemModel::dataChanged, this, qOverload<>(&QWidget::update));
    connect(&model, &QAbstractItemModel::modelReset, this, &KioskBayGrid::relayout);
    relayout();
}

void KioskBayGrid::relayout()
{
    m_levels.clear();
    m_numbers.clear();
    const int rows = m_model.rowCount();
    for (int row = 0; row < rows; ++row) {
        const BayPlace place = BayPlace::of(m_model.status(row).bayId);
        m_numbers.push_back(place.number);
        auto level = std::find_if(m_levels.begin(), m_levels.end(),
                                  [&](const Level& l) { return l.name == place.level; });
        if (level == m_levels.end())
            level = m_levels.insert(m_levels.end(), Level{place.level, {}, {}});
        level->rows.push_back(row);
    }
    m_tiles.assign(size_t(rows), QRect());
    if (width() <= 0 || rows == 0) {
        update();
        return;
    }
    // The largest tile for which every level fits the height.
    for (int tile = kMaxTilePx; tile >= kMinTilePx; tile -= 4) {
        const int columns = std::max(1, (width() + kGap) / (tile + kGap));
        int y = 0;
        for (Level& level : m_levels) {
            level.header = QRect(0, y, width(), kHeaderPx);
            y += kHeaderPx;
            for (size_t i = 0; i < level.rows.size(); ++i) {
                const int col = int(i) % columns;
                const int line = int(i) / columns;
                m_tiles[size_t(level.rows[i])] =
                    QRect(col * (tile + kGap), y + line * (tile + kGap), tile, tile);
            }
            y += int((level.rows.size() + size_t(columns) - 1) / size_t(columns)) * (tile + kGap) + kGap;
        }
        if (y <= height())
            break;
    }
    update();
}

QColor KioskBayGrid::freeColour()
{
    return kFreeColour;
}

QRect KioskBayGrid::bayRect(int row) const
{
    return row >= 0 && size_t(row) < m_tiles.size() ? m_tiles[size_t(row)] : QRect();
}

std::vector<std::pair<QString, int>> KioskBayGrid::freeByLevel() const
{
    std::vector<std::pair<QString, int>> out;
    for (const Level& level : m_levels) {
        int free = 0;
        for (int row : level.rows)
            free += m_model.status(row).state == BayState::Free ? 1 : 0;
        out.emplace_back(level.name, free);
    }
    return out;
}

void KioskBayGrid::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void KioskBayGrid::mouseReleaseEvent(QMouseEvent* event)
{
    for (size_t row = 0; row < m_tiles.size(); ++row)
        if (m_tiles[row].contains(event->position().toPoint())) {
            emit bayTapped(int(row));
            return;
        }
    QWidget::mouseReleaseEvent(event);
}

void KioskBayGrid::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QFont headerFont = font();
    headerFont.setPointSize(kiosk::kFigurePt);
    headerFont.setBold(true);
    QFont numberFont = font();
    numberFont.setBold(true);
    const auto freeCounts = freeByLevel();
    for (size_t i = 0; i < m_levels.size(); ++i) {
        const Level& level = m_levels[i];
        p.setFont(headerFont);
        p.setPen(palette().color(QPalette::WindowText));
        const QString name = level.name.isEmpty() ? tr("Garage") : tr("Level %1").arg(level.name);
        p.drawText(level.header, Qt::AlignLeft | Qt::AlignVCenter,
                   tr("%1: %n free bay(s)", nullptr, freeCounts[i].second).arg(name));
        for (int row : level.rows) {
            const QRect tile = m_tiles[size_t(row)];
            if (tile.isEmpty())
                continue;
            const BayState state = m_model.status(row).state;
            numberFont.setPixelSize(std::max(14, tile.height() * 2 / 5));
            p.setFont(numberFont);
            if (state == BayState::Free) {
                // What a driver looks for stands out: a bright outline and number.
                p.setPen(QPen(kFreeColour, 4));
                p.setBrush(Qt::NoBrush);
                p.drawRoundedRect(tile.adjusted(2, 2, -2, -2), 10, 10);
                p.setPen(kFreeColour);
            } else {
                const QColor fill = BayTileDelegate::stateColour(state);
                p.setPen(Qt::NoPen);
                p.setBrush(fill);
                p.drawRoundedRect(tile, 10, 10);
                p.setPen(Qt::white);
            }
            p.drawText(tile, Qt::AlignCenter, m_numbers[size_t(row)]);
        }
    }
}

} // namespace parkwatt
