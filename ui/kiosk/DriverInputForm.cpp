#include "kiosk/DriverInputForm.h"

#include "common/FigureFormat.h"
#include "kiosk/KioskStyle.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace parkwatt {

namespace {

constexpr TimeMs kMinuteMs = 60'000;
constexpr TimeMs kEarliestAheadMs = 15 * kMinuteMs;
constexpr TimeMs kLatestAheadMs = 72 * 60 * kMinuteMs;
constexpr double kKwhStep = 5;

QPushButton* stepper(const QString& text, QWidget* parent)
{
    QPushButton* b = kiosk::button(parent);
    b->setMinimumWidth(kiosk::kKeyPx);
    b->setText(text);
    QFont f = b->font();
    f.setPointSize(kiosk::kFigurePt);
    b->setFont(f);
    return b;
}

} // namespace

DriverInputForm::DriverInputForm(QWidget* parent)
    : QWidget(parent)
    , m_title(kiosk::label(kiosk::kTitlePt, true, this))
    , m_departureCaption(kiosk::label(kiosk::kBodyPt, false, this, Qt::AlignRight | Qt::AlignVCenter))
    , m_departure(kiosk::label(kiosk::kFigurePt, true, this))
    , m_targetCaption(kiosk::label(kiosk::kBodyPt, false, this, Qt::AlignRight | Qt::AlignVCenter))
    , m_target(kiosk::label(kiosk::kFigurePt, true, this))
    , m_floorCaption(kiosk::label(kiosk::kBodyPt, false, this, Qt::AlignRight | Qt::AlignVCenter))
    , m_floor(kiosk::label(kiosk::kFigurePt, true, this))
    , m_earlier(stepper(QStringLiteral("−"), this))
    , m_later(stepper(QStringLiteral("+"), this))
    , m_less(stepper(QStringLiteral("−"), this))
    , m_more(stepper(QStringLiteral("+"), this))
    , m_consent(kiosk::button(this))
    , m_floorLess(stepper(QStringLiteral("−"), this))
    , m_floorMore(stepper(QStringLiteral("+"), this))
    , m_save(kiosk::button(this))
    , m_cancel(kiosk::button(this))
{
    for (QLabel* figure : {m_departure, m_target, m_floor})
        figure->setMinimumWidth(260);
    m_consent->setCheckable(true);
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(24);
    grid->addWidget(m_departureCaption, 0, 0);
    grid->addWidget(m_earlier, 0, 1);
    grid->addWidget(m_departure, 0, 2);
    grid->addWidget(m_later, 0, 3);
    grid->addWidget(m_targetCaption, 1, 0);
    grid->addWidget(m_less, 1, 1);
    grid->addWidget(m_target, 1, 2);
    grid->addWidget(m_more, 1, 3);
    grid->addWidget(m_consent, 2, 1, 1, 3);
    grid->addWidget(m_floorCaption, 3, 0);
    grid->addWidget(m_floorLess, 3, 1);
    grid->addWidget(m_floor, 3, 2);
    grid->addWidget(m_floorMore, 3, 3);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 16, 32, 32);
    layout->addWidget(m_title);
    layout->addStretch(1);
    layout->addLayout(grid);
    layout->setAlignment(grid, Qt::AlignHCenter);
    layout->addStretch(1);
    layout->addLayout(buttons);

    connect(m_earlier, &QPushButton::clicked, this, [this] { stepDeparture(-1); });
    connect(m_later, &QPushButton::clicked, this, [this] { stepDeparture(1); });
    connect(m_less, &QPushButton::clicked, this, [this] { stepTarget(-1); });
    connect(m_more, &QPushButton::clicked, this, [this] { stepTarget(1); });
    connect(m_floorLess, &QPushButton::clicked, this, [this] { stepFloor(-1); });
    connect(m_floorMore, &QPushButton::clicked, this, [this] { stepFloor(1); });
    connect(m_consent, &QPushButton::toggled, this, [this](bool on) {
        m_consentOn = on;
        showValues();
    });
    connect(m_save, &QPushButton::clicked, this, [this] { emit submitted(m_bay.bayId, input()); });
    connect(m_cancel, &QPushButton::clicked, this, &DriverInputForm::cancelled);
    retranslate();
}

void DriverInputForm::edit(const BayStatus& bay, TimeMs nowMs, const FigureFormat& format)
{
    m_bay = bay;
    m_nowMs = nowMs;
    m_utcOffsetS = format.utcOffsetS();
    // Departures on the quarter hour, at least a quarter of an hour ahead.
    const TimeMs quarter = kDepartureStepMin * kMinuteMs;
    const TimeMs earliest = (nowMs + kEarliestAheadMs + quarter - 1) / quarter * quarter;
    m_departureMs = std::max(bay.departureMs > 0 ? bay.departureMs : nowMs + 8 * 60 * kMinuteMs, earliest);
    const double capacity = bay.capacityKwh > 0 ? bay.capacityKwh : 100;
    m_targetKwh = std::clamp(bay.targetKwh, 0.0, capacity);
    m_consentOn = bay.bidirectional && bay.v2xConsent;
    m_floorKwh = std::clamp(bay.capacityKwh > 0 ? 0.4 * bay.capacityKwh : 20.0, 0.0, m_targetKwh);
    {
        const QSignalBlocker quiet(m_consent);
        m_consent->setChecked(m_consentOn);
    }
    setBusy(false);
    showValues();
}

DriverInput DriverInputForm::input() const
{
    DriverInput in;
    in.departureMs = m_departureMs;
    in.targetEnergyKwh = m_targetKwh;
    if (m_bay.bidirectional) {
        in.v2xConsent = m_consentOn;
        if (m_consentOn)
            in.minEnergyKwh = m_floorKwh;
    }
    return in;
}

void DriverInputForm::setBusy(bool busy)
{
    for (QPushButton* b : findChildren<QPushButton*>())
        b->setEnabled(!busy);
}

void DriverInputForm::stepDeparture(int steps)
{
    const TimeMs quarter = kDepartureStepMin * kMinuteMs;
    const TimeMs earliest = (m_nowMs + kEarliestAheadMs + quarter - 1) / quarter * quarter;
    const TimeMs rounded = (m_departureMs + quarter / 2) / quarter * quarter;
    m_departureMs = std::clamp(rounded + steps * quarter, earliest, m_nowMs + kLatestAheadMs);
    showValues();
}

void DriverInputForm::stepTarget(int steps)
{
    if (usesPercent()) {
        const double pct =
            std::round(100 * m_targetKwh / m_bay.capacityKwh / kTargetStepPct) * kTargetStepPct;
        m_targetKwh = std::clamp(pct + steps * kTargetStepPct, 10.0, 100.0) / 100 * m_bay.capacityKwh;
    } else {
        m_targetKwh =
            std::clamp(std::round(m_targetKwh / kKwhStep) * kKwhStep + steps * kKwhStep, 0.0, 100.0);
    }
    m_floorKwh = std::min(m_floorKwh, m_targetKwh);
    showValues();
}

void DriverInputForm::stepFloor(int steps)
{
    if (usesPercent()) {
        const double pct = std::round(100 * m_floorKwh / m_bay.capacityKwh / kTargetStepPct) * kTargetStepPct;
        m_floorKwh = std::clamp(pct + steps * kTargetStepPct, 10.0, 100.0) / 100 * m_bay.capacityKwh;
    } else {
        m_floorKwh = std::max(0.0, std::round(m_floorKwh / kKwhStep) * kKwhStep + steps * kKwhStep);
    }
    m_floorKwh = std::min(m_floorKwh, m_targetKwh);
    showValues();
}

void DriverInputForm::showValues()
{
    const FigureFormat format(m_utcOffsetS);
    const qint64 days = format.localDay(m_departureMs) - format.localDay(m_nowMs);
    const QString time = format.timeOfDay(m_departureMs);
    m_departure->setText(days <= 0   ? time
                         : days == 1 ? tr("tomorrow %1").arg(time)
                                     : tr("in %n day(s), %1", nullptr, int(days)).arg(time));
    const auto amount = [&](double kwh) {
        return usesPercent() ? format.percent(100 * kwh / m_bay.capacityKwh) : format.kwh(kwh);
    };
    m_target->setText(amount(m_targetKwh));
    m_floor->setText(amount(m_floorKwh));
    m_consent->setVisible(m_bay.bidirectional);
    m_consent->setText(m_consentOn ? tr("The building may borrow from my car (V2B): yes")
                                   : tr("The building may borrow from my car (V2B): no"));
    for (QWidget* w : std::initializer_list<QWidget*>{m_floorCaption, m_floor, m_floorLess, m_floorMore})
        w->setVisible(m_bay.bidirectional && m_consentOn);
}

void DriverInputForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DriverInputForm::retranslate()
{
    m_title->setText(tr("Your charging"));
    m_departureCaption->setText(tr("I leave at"));
    m_targetCaption->setText(tr("Charge to"));
    m_floorCaption->setText(tr("Never below"));
    m_save->setText(tr("Save"));
    m_cancel->setText(tr("Cancel"));
    m_earlier->setAccessibleName(tr("Leave 15 minutes earlier"));
    m_later->setAccessibleName(tr("Leave 15 minutes later"));
    m_less->setAccessibleName(tr("Charge less"));
    m_more->setAccessibleName(tr("Charge more"));
    showValues();
}

} // namespace parkwatt
