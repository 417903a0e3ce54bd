#include "overview/OverviewPage.h"

#include "live/FigureTile.h"
#include "live/LiveFigures.h"
#include "live/PowerHistoryChart.h"
#include "overview/PowerFlowWidget.h"

#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace parkwatt {

namespace {
constexpr int kRefreshMs = 250;

// The power drawn at full line width: the largest flow the site is built for.
double scaleOf(const SiteContext& c)
{
    double pvKw = 0;
    for (const PvArray& pv : c.site.pv)
        pvKw += pv.peakKw;
    const double peak = c.policy.peakShaving.enabled && c.policy.peakShaving.importLimitKw > 0
                            ? c.policy.peakShaving.importLimitKw
                            : c.site.grid.importLimitKw;
    return std::max({pvKw, peak, 10.0});
}

} // namespace

OverviewPage::OverviewPage(const SiteContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_format(context.utcOffsetS)
    , m_today(context)
    , m_alarms([&] {
        QStringList ids;
        for (const ChargerSpec& c : context.site.chargers)
            ids << c.id;
        return ids;
    }())
    , m_flow(new PowerFlowWidget(m_format, this))
    , m_chart(new PowerHistoryChart(this))
    , m_policy(new QLabel(this))
    , m_alarmList(new QListWidget(this))
    , m_todayBox(new QGroupBox(this))
    , m_policyBox(new QGroupBox(this))
    , m_alarmBox(new QGroupBox(this))
{
    setObjectName(QStringLiteral("overview"));
    m_flow->setScaleKw(scaleOf(context));

    auto* tiles = new QGridLayout(m_todayBox);
    int index = 0;
    for (const TileWords& words : tileWords()) {
        tiles->addWidget(addTile(QString::fromLatin1(words.key)), index / 2, index % 2);
        ++index;
    }

    auto* policyLayout = new QVBoxLayout(m_policyBox);
    m_policy->setWordWrap(true);
    m_policy->setTextInteractionFlags(Qt::TextSelectableByMouse);
    policyLayout->addWidget(m_policy);

    auto* alarmLayout = new QVBoxLayout(m_alarmBox);
    m_alarmList->setSelectionMode(QAbstractItemView::NoSelection);
    m_alarmList->setMinimumHeight(70);
    alarmLayout->addWidget(m_alarmList);

    auto* side = new QVBoxLayout;
    side->addWidget(m_todayBox);
    side->addWidget(m_policyBox);
    side->addWidget(m_alarmBox, 1);

    auto* top = new QHBoxLayout;
    top->addWidget(m_flow, 3);
    top->addLayout(side, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top, 3);
    m_chart->setMinimumHeight(220);
    layout->addWidget(m_chart, 2);

    m_refresh.setInterval(kRefreshMs);
    connect(&m_refresh, &QTimer::timeout, this, [this] {
        if (m_dirty && isVisible())
            refreshNow();
    });
    m_refresh.start();
    retranslate(); // ends with refreshNow()
}

// The tiles in their order, worded in the current language. A member, so lupdate files the words
// under this class's context, where the translators have them.
std::vector<OverviewPage::TileWords> OverviewPage::tileWords()
{
    return {
        {"self_sufficiency", tr("Self-sufficiency"),
         tr("Share of the building's and the cars' consumption not drawn from the grid.")},
        {"billing_peak", tr("Billing peak"),
         tr("Largest 15-minute mean grid import today, against the peak-shaving limit.")},
        {"pv_energy", tr("PV energy"), tr("Solar energy used on site today.")},
        {"ev_charged", tr("EV energy charged"), tr("Energy delivered into the cars today.")},
        {"v2b_energy", tr("V2B energy"), tr("Energy the cars gave back to the building today.")},
        {"backup_reserve", tr("Backup reserve"),
         tr("How long the stored energy (battery above its minimum, and consenting cars above their "
            "owners' floors when the policy counts them) would carry the critical load now.")},
    };
}

FigureTile* OverviewPage::addTile(const QString& key)
{
    auto* tile = new FigureTile(QString(), this);
    tile->setObjectName(key);
    m_tiles[key] = tile;
    return tile;
}

void OverviewPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OverviewPage::retranslate()
{
    m_todayBox->setTitle(tr("Today"));
    for (const TileWords& words : tileWords()) {
        FigureTile* tile = m_tiles.at(QString::fromLatin1(words.key));
        tile->setCaption(words.caption);
        tile->setToolTip(words.tooltip);
    }
    m_policyBox->setTitle(tr("Active policy"));
    m_policy->setText(LiveFigures::policyInWords(m_context.policy));
    m_policy->setToolTip(tr("The policy's parts in their priority order."));
    m_alarmBox->setTitle(tr("Open alarms"));
    m_alarmList->setAccessibleName(tr("Open alarms"));
    // The tiles, alarms and flow figures in the new words and digits now, not at the next cycle.
    refreshNow();
}

QString OverviewPage::tileText(const QString& key) const
{
    const auto it = m_tiles.find(key);
    return it == m_tiles.end() ? QString() : it->second->value();
}

QString OverviewPage::tileDetail(const QString& key) const
{
    const auto it = m_tiles.find(key);
    return it == m_tiles.end() ? QString() : it->second->detail();
}

QStringList OverviewPage::alarmTexts() const
{
    QStringList texts;
    for (int i = 0; i < m_alarmList->count(); ++i)
        texts << m_alarmList->item(i)->text();
    return texts;
}

QString OverviewPage::policyText() const
{
    return m_policy->text();
}

void OverviewPage::showCycle(const PublishedCycle& cycle)
{
    m_today.add(cycle);
    m_alarms.update(cycle);
    // The chart's hours count from the site's local midnight of the day shown.
    const qint64 day = m_format.localDay(cycle.applied.timeMs);
    if (day != m_chartDay) {
        if (m_chartDay >= 0)
            m_chart->clear();
        m_chartDay = day;
        m_chart->setDayStart(day * 86400000LL - qint64(m_context.utcOffsetS) * 1000);
    }
    m_chart->add(cycle.applied);
    m_last = cycle;
    m_seenCycle = true;
    m_dirty = m_chartDirty = true;
}

void OverviewPage::startNewDay()
{
    m_chart->clear();
    m_chartDay = -1;
    m_today.clear();
    m_alarms.clear();
    m_dirty = true;
}

QString OverviewPage::alarmText(const OpenAlarm& alarm) const
{
    const QString since = m_format.timeOfDay(alarm.sinceMs);
    switch (alarm.kind) {
    case OpenAlarm::Kind::GridOutage:
        return tr("Grid outage since %1: critical load only").arg(since);
    case OpenAlarm::Kind::DeviceOffline:
        return tr("%1 not answering since %2").arg(alarm.subject, since);
    }
    return {};
}

void OverviewPage::refreshNow()
{
    m_dirty = false;
    if (m_seenCycle)
        m_flow->setFlows(SiteFlows::of(m_last, !m_context.site.batteries.empty()));

    const TodayTileTexts t = m_today.texts(m_format);
    const std::pair<const char*, const TileText*> values[] = {
        {"self_sufficiency", &t.selfSufficiency},
        {"billing_peak", &t.billingPeak},
        {"pv_energy", &t.pvEnergy},
        {"ev_charged", &t.evCharged},
        {"v2b_energy", &t.v2bEnergy},
        {"backup_reserve", &t.backupReserve},
    };
    for (const auto& [key, text] : values) {
        FigureTile* tile = m_tiles.at(QString::fromLatin1(key));
        tile->setValue(text->value);
        tile->setDetail(text->detail);
    }
    // The peak tile warns when today's peak went over its limit.
    const double peak = m_today.billingPeakKw(), limit = m_today.peakLimitKw();
    m_tiles.at(QStringLiteral("billing_peak"))->setAlert(limit > 0 && peak > limit + 0.05);

    m_alarmList->clear();
    for (const OpenAlarm& alarm : m_alarms.open()) {
        auto* item = new QListWidgetItem(alarmText(alarm), m_alarmList);
        item->setForeground(QColor(0xc6, 0x28, 0x28));
    }
    if (m_alarms.open().empty())
        new QListWidgetItem(m_seenCycle ? tr("No open alarms") : tr("Waiting for the first cycle"),
                            m_alarmList);

    if (m_chartDirty) {
        m_chart->refresh();
        m_chartDirty = false;
    }
}

} // namespace parkwatt
