#include "kiosk/KioskHomePages.h"

#include "garage/BayTileDelegate.h"
#include "kiosk/KioskBayGrid.h"
#include "kiosk/KioskFigures.h"
#include "kiosk/KioskStyle.h"
#include "overview/PowerFlowWidget.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>
#include <cmath>

namespace parkwatt {

namespace {

QString swatch(const QColor& colour, const QString& text)
{
    return QStringLiteral("<span style=\"color:%1\">&#9632;</span>&nbsp;%2")
        .arg(colour.name(), text.toHtmlEscaped());
}

} // namespace

KioskPage::KioskPage(KioskFigures& figures, QWidget* parent)
    : QWidget(parent)
    , m_figures(figures)
    , m_title(kiosk::label(kiosk::kTitlePt, true, this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 16, 32, 16);
    layout->addWidget(m_title);
}

QString KioskPage::title() const
{
    return m_title->text();
}

void KioskPage::ready()
{
    connect(&m_figures, &KioskFigures::updated, this, [this] {
        if (isVisible())
            refresh();
    });
    retranslate();
    refresh();
}

void KioskPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

// A page out of sight skips the cycles' updates: it catches up when it comes into view.
void KioskPage::showEvent(QShowEvent* event)
{
    refresh();
    QWidget::showEvent(event);
}

// --- the garage by level

KioskGaragePage::KioskGaragePage(KioskFigures& figures, QWidget* parent)
    : KioskPage(figures, parent)
    , m_grid(new KioskBayGrid(figures.garage(), this))
    , m_hint(kiosk::label(kiosk::kBodyPt, false, this))
    , m_legend(kiosk::label(kiosk::kBodyPt, false, this))
{
    m_legend->setTextFormat(Qt::RichText);
    layout()->addWidget(m_hint);
    layout()->addWidget(m_grid);
    static_cast<QVBoxLayout*>(layout())->setStretchFactor(m_grid, 1);
    layout()->addWidget(m_legend);
    connect(m_grid, &KioskBayGrid::bayTapped, this, &KioskGaragePage::bayTapped);
    ready();
}

void KioskGaragePage::retranslate()
{
    m_title->setText(tr("Find a free bay"));
    m_hint->setText(tr("Tap your bay's number to see how your car is charging."));
    m_legend->setText(QStringList{
        swatch(KioskBayGrid::freeColour(), tr("free")),
        swatch(BayTileDelegate::stateColour(BayState::Charging), tr("charging")),
        swatch(BayTileDelegate::stateColour(BayState::Discharging), tr("lending to the building")),
        swatch(BayTileDelegate::stateColour(BayState::Waiting), tr("waiting")),
        swatch(BayTileDelegate::stateColour(BayState::Plugged), tr("parked")),
        swatch(BayTileDelegate::stateColour(BayState::Offline), tr("out of order"))}
                          .join(QStringLiteral("&nbsp;&nbsp;&nbsp;")));
    m_grid->update();
}

void KioskGaragePage::refresh()
{
    int free = 0;
    for (const auto& level : m_grid->freeByLevel())
        free += level.second;
    m_grid->setAccessibleName(tr("%n free bay(s) in the garage", nullptr, free));
}

// --- where the power flows

KioskFlowPage::KioskFlowPage(KioskFigures& figures, QWidget* parent)
    : KioskPage(figures, parent)
    , m_flow(new PowerFlowWidget(figures.format(), this))
{
    QFont f = m_flow->font();
    f.setPointSize(kiosk::kBodyPt);
    m_flow->setFont(f);
    layout()->addWidget(m_flow);
    static_cast<QVBoxLayout*>(layout())->setStretchFactor(m_flow, 1);
    const SiteSpec& site = figures.context().site;
    double pvPeakKw = 0;
    for (const PvArray& pv : site.pv)
        pvPeakKw += pv.peakKw;
    m_flow->setScaleKw(std::max({site.grid.importLimitKw, pvPeakKw, 1.0}));
    ready();
}

void KioskFlowPage::retranslate()
{
    m_title->setText(tr("Where the building's power comes from now"));
}

void KioskFlowPage::refresh()
{
    if (m_figures.cycles() > 0)
        m_flow->setFlows(m_figures.flows());
}

// --- today's self-sufficiency and CO2

KioskTodayPage::KioskTodayPage(KioskFigures& figures, QWidget* parent)
    : KioskPage(figures, parent)
    , m_selfSufficiency(kiosk::label(kiosk::kHeadlinePt, true, this))
    , m_selfSufficiencyCaption(kiosk::label(kiosk::kFigurePt, false, this))
    , m_co2(kiosk::label(kiosk::kHeadlinePt, true, this))
    , m_co2Caption(kiosk::label(kiosk::kFigurePt, false, this))
{
    auto* box = static_cast<QVBoxLayout*>(layout());
    box->addStretch(1);
    box->addWidget(m_selfSufficiency);
    box->addWidget(m_selfSufficiencyCaption);
    box->addStretch(1);
    box->addWidget(m_co2);
    box->addWidget(m_co2Caption);
    box->addStretch(1);
    ready();
}

QString KioskTodayPage::selfSufficiencyText() const
{
    return m_selfSufficiency->text();
}

void KioskTodayPage::retranslate()
{
    m_title->setText(tr("Today in this building"));
    m_selfSufficiencyCaption->setText(tr("of the energy used here came from our own sun and storage"));
}

void KioskTodayPage::refresh()
{
    const FigureFormat format = m_figures.format();
    m_selfSufficiency->setText(format.percent(m_figures.today().selfSufficiencyPct()));
    const double co2 = m_figures.co2AvoidedKg();
    m_co2->setText(std::isnan(co2) ? FigureFormat::unknown()
                                   : tr("%1 kg").arg(format.number(co2, co2 < 100 ? 1 : 0)));
    m_co2Caption->setText(tr("of CO₂ avoided by the solar power used today"));
}

// --- thanks for V2B

KioskThanksPage::KioskThanksPage(KioskFigures& figures, QWidget* parent)
    : KioskPage(figures, parent)
    , m_energy(kiosk::label(kiosk::kHeadlinePt, true, this))
    , m_caption(kiosk::label(kiosk::kFigurePt, false, this))
    , m_now(kiosk::label(kiosk::kFigurePt, false, this))
{
    auto* box = static_cast<QVBoxLayout*>(layout());
    box->addStretch(1);
    box->addWidget(m_energy);
    box->addWidget(m_caption);
    box->addStretch(1);
    box->addWidget(m_now);
    box->addStretch(1);
    ready();
}

QString KioskThanksPage::v2bText() const
{
    return m_energy->text();
}

void KioskThanksPage::retranslate()
{
    m_title->setText(tr("Thank you, drivers!"));
    m_caption->setText(
        tr("lent to the building today by the cars parked here, so it needed less from the grid"));
}

void KioskThanksPage::refresh()
{
    m_energy->setText(m_figures.format().kwh(m_figures.today().v2bKwh()));
    const int lending = m_figures.carsLending();
    m_now->setText(lending > 0
                       ? tr("%n car(s) lending power right now", nullptr, lending)
                       : tr("Your car can help too: allow lending (V2B) when you set your departure."));
}

} // namespace parkwatt
