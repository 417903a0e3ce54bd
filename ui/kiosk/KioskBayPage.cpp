#include "kiosk/KioskBayPage.h"

#include "kiosk/KioskBayGrid.h"
#include "kiosk/KioskFigures.h"
#include "kiosk/KioskStyle.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <cmath>

namespace parkwatt {

KioskBayPage::KioskBayPage(KioskFigures& figures, QWidget* parent)
    : QWidget(parent)
    , m_figures(figures)
    , m_title(kiosk::label(kiosk::kTitlePt, true, this))
    , m_state(kiosk::label(kiosk::kFigurePt, true, this))
    , m_charge(kiosk::label(kiosk::kHeadlinePt, true, this))
    , m_chargeCaption(kiosk::label(kiosk::kFigurePt, false, this))
    , m_ready(kiosk::label(kiosk::kFigurePt, false, this))
    , m_notice(kiosk::label(kiosk::kBodyPt, true, this))
    , m_change(kiosk::button(this))
    , m_back(kiosk::button(this))
{
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_change);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 16, 32, 32);
    layout->addWidget(m_title);
    layout->addStretch(1);
    layout->addWidget(m_state);
    layout->addWidget(m_charge);
    layout->addWidget(m_chargeCaption);
    layout->addWidget(m_ready);
    layout->addStretch(1);
    layout->addWidget(m_notice);
    layout->addLayout(buttons);
    connect(m_change, &QPushButton::clicked, this, [this] { emit changeRequested(m_row); });
    connect(m_back, &QPushButton::clicked, this, &KioskBayPage::backRequested);
    connect(&figures, &KioskFigures::updated, this, [this] {
        if (isVisible())
            refresh();
    });
    retranslate();
}

void KioskBayPage::showBay(int row, bool driverMayChange)
{
    m_row = row;
    m_driverMayChange = driverMayChange;
    m_notice->clear();
    refresh();
}

QString KioskBayPage::titleOf(const QString& bayId)
{
    const BayPlace place = BayPlace::of(bayId);
    return place.level.isEmpty() ? tr("Bay %1").arg(place.number)
                                 : tr("Bay %1, level %2").arg(place.number, place.level);
}

void KioskBayPage::setNotice(const QString& text)
{
    m_notice->setText(text);
}

QString KioskBayPage::stateText() const
{
    return m_state->text();
}

QString KioskBayPage::readyText() const
{
    return m_ready->text();
}

QString KioskBayPage::notice() const
{
    return m_notice->text();
}

void KioskBayPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void KioskBayPage::retranslate()
{
    m_change->setText(tr("Change departure, charge or lending"));
    m_back->setText(tr("Back"));
    refresh();
}

void KioskBayPage::refresh()
{
    if (m_row < 0 || m_row >= m_figures.garage().rowCount())
        return;
    const BayStatus& bay = m_figures.garage().status(m_row);
    m_title->setText(titleOf(bay.bayId));
    m_state->setText(stateLine(bay));
    const bool car = bay.state != BayState::Free;
    m_charge->setVisible(car);
    m_chargeCaption->setVisible(car);
    m_ready->setVisible(car);
    m_charge->setText(chargeLine(bay));
    const FigureFormat format = m_figures.format();
    if (!std::isnan(bay.socPct) && !std::isnan(bay.targetSocPct))
        m_chargeCaption->setText(tr("charged (target %1)").arg(format.percent(bay.targetSocPct)));
    else
        m_chargeCaption->setText(tr("in the car (target %1)").arg(format.kwh(bay.targetKwh)));
    m_ready->setText(readyLine(bay));
    m_change->setVisible(car && m_driverMayChange && bay.state != BayState::Offline);
}

QString KioskBayPage::stateLine(const BayStatus& bay) const
{
    const FigureFormat format = m_figures.format();
    switch (bay.state) {
    case BayState::Free:
        return tr("This bay is free.");
    case BayState::Plugged:
        return tr("Parked, not charging now");
    case BayState::Charging:
        return tr("Charging at %1").arg(format.kw(bay.powerKw));
    case BayState::Discharging:
        return tr("Lending %1 to the building").arg(format.kw(std::abs(bay.powerKw)));
    case BayState::Waiting:
        return tr("Waiting for solar power or a cheaper hour");
    case BayState::Offline:
        return tr("This charger is out of order. Please ask the facility desk.");
    }
    return {};
}

QString KioskBayPage::chargeLine(const BayStatus& bay) const
{
    const FigureFormat format = m_figures.format();
    return std::isnan(bay.socPct) ? format.kwh(bay.energyKwh) : format.percent(bay.socPct);
}

QString KioskBayPage::readyLine(const BayStatus& bay) const
{
    if (bay.departureMs <= 0)
        return tr("No departure time set yet.");
    const FigureFormat format = m_figures.format();
    const QString by = format.timeOfDay(bay.departureMs);
    switch (bay.outlook) {
    case TargetOutlook::Reached:
        return tr("Target reached. Leaving at %1.").arg(by);
    case TargetOutlook::OnTrack:
        return tr("Ready by %1.").arg(by);
    case TargetOutlook::AtRisk:
        return tr("By %1 it will be about %2 short of the target.").arg(by, format.kwh(bay.shortfallKwh));
    case TargetOutlook::NoCar:
    case TargetOutlook::Unknown:
        break;
    }
    return tr("Leaving at %1.").arg(by);
}

} // namespace parkwatt
