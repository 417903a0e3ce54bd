#include "garage/BayOverrideBar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace parkwatt {

namespace {

constexpr BayOverride kKinds[] = {BayOverride::ChargeNow, BayOverride::Pause, BayOverride::None};

QString kindText(BayOverride kind)
{
    switch (kind) {
    case BayOverride::ChargeNow:
        return BayOverrideBar::tr("charge now");
    case BayOverride::Pause:
        return BayOverrideBar::tr("paused");
    case BayOverride::None:
        break;
    }
    return BayOverrideBar::tr("none");
}

} // namespace

BayOverrideBar::BayOverrideBar(QWidget* parent)
    : QWidget(parent)
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("bayOverrides"));
    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < 3; ++i) {
        auto* b = new QPushButton(this);
        b->setObjectName(QStringLiteral("override_") + overrideName(kKinds[i]));
        connect(b, &QPushButton::clicked, this, [this, i] { send(kKinds[i]); });
        row->addWidget(b);
        m_buttons << b;
    }
    row->addStretch(1);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("overrideStatus"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_status);
    retranslate(); // ends with updateState()
}

void BayOverrideBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BayOverrideBar::retranslate()
{
    const QString texts[] = {tr("Charge now"), tr("Pause"), tr("Release")};
    const QString tips[] = {
        tr("Charge this car at full power until it is full, before every other car (the connection limit "
           "still holds)"),
        tr("Neither charge nor discharge this car until released"),
        tr("Let the engine decide again for this bay"),
    };
    for (int i = 0; i < 3; ++i) {
        m_buttons[i]->setText(texts[i]);
        m_buttons[i]->setAccessibleName(texts[i]);
        m_buttons[i]->setProperty("tip", tips[i]);
    }
    updateState(); // the tooltips and the status line in the new words
}

QPushButton* BayOverrideBar::button(BayOverride kind) const
{
    for (int i = 0; i < 3; ++i)
        if (kKinds[i] == kind)
            return m_buttons[i];
    return nullptr;
}

void BayOverrideBar::setControl(SiteControl* control, const Operator& by)
{
    if (m_control)
        disconnect(m_control, nullptr, this, nullptr);
    m_control = control;
    m_operator = by;
    if (m_control) {
        connect(m_control, &SiteControl::overridesChanged, this, &BayOverrideBar::updateState);
        connect(m_control, &SiteControl::commandFinished, this,
                [this](quint64 id, const CommandResult& result) {
                    if (id != m_pendingRequest)
                        return;
                    m_pendingRequest = 0;
                    m_lastError = result.ok ? QString() : result.error;
                    updateState();
                });
    }
    updateState();
}

void BayOverrideBar::showBay(const QString& bayId, bool carPlugged)
{
    if (bayId != m_bayId)
        m_lastError.clear();
    m_bayId = bayId;
    m_carPlugged = carPlugged;
    updateState();
}

void BayOverrideBar::send(BayOverride kind)
{
    if (!m_control || m_bayId.isEmpty())
        return;
    m_lastError.clear();
    m_pendingRequest = m_control->overrideBay(m_bayId, kind, m_operator);
    updateState();
}

QString BayOverrideBar::statusText() const
{
    return m_status->text();
}

void BayOverrideBar::updateState()
{
    QString why; // why the buttons are disabled, if they are
    if (!m_control)
        why = tr("Overrides need an engine that takes commands.");
    else if (!mayOverrideBays(m_operator.role))
        why = tr("Overrides need the manager role; you are signed in as %1 (%2).")
                  .arg(m_operator.name, roleName(m_operator.role));
    else if (m_bayId.isEmpty())
        why = tr("Choose a bay.");
    else if (!m_carPlugged)
        why = tr("No car is plugged in at %1.").arg(m_bayId);

    BayOverride current = BayOverride::None;
    if (m_control && !m_bayId.isEmpty()) {
        const auto overrides = m_control->overrides();
        if (const auto it = overrides.find(m_bayId); it != overrides.end())
            current = it->second;
    }
    for (int i = 0; i < 3; ++i) {
        QPushButton* b = m_buttons[i];
        const bool isCurrent = kKinds[i] == current;
        b->setEnabled(why.isEmpty() && m_pendingRequest == 0 && !isCurrent);
        const QString tip = b->property("tip").toString();
        b->setToolTip(why.isEmpty() ? tip : tip + QStringLiteral("\n") + why);
        b->setAccessibleDescription(why.isEmpty() ? tip
                                                  : why); // disabled buttons show no tooltip on some styles
    }
    if (!m_lastError.isEmpty())
        m_status->setText(
            tr("<span style='color:#c62828'>Refused: %1</span>").arg(m_lastError.toHtmlEscaped()));
    else if (m_pendingRequest != 0)
        m_status->setText(tr("Sending…"));
    else if (!why.isEmpty())
        m_status->setText(why);
    else
        m_status->setText(
            current == BayOverride::None
                ? tr("No override: the engine decides. Overrides are recorded in the audit trail.")
                : tr("Override: <b>%1</b>, until released or the car leaves.").arg(kindText(current)));
}

} // namespace parkwatt
