#include "garage/BayDetailPanel.h"

#include "garage/BayOverrideBar.h"
#include "garage/SessionChart.h"
#include "reasons/ReasonText.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <cmath>

namespace parkwatt {

BayDetailPanel::BayDetailPanel(FigureFormat format, QWidget* parent)
    : QWidget(parent)
    , m_format(std::move(format))
    , m_title(new QLabel(this))
    , m_fields(new QWidget(this))
    , m_chart(new SessionChart(m_format.utcOffsetS(), this))
    , m_overrideBar(new BayOverrideBar(this))
{
    setObjectName(QStringLiteral("bayDetail"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    auto* form = new QFormLayout(m_fields);
    form->setContentsMargins(0, 0, 0, 0);
    form->setLabelAlignment(Qt::AlignLeft);
    m_fields->setLayout(form);
    for (const auto& [key, caption] : fieldCaptions())
        addField(key);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_fields);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_overrideBar);
    showNothing();
    retranslate();
}

std::vector<std::pair<QString, QString>> BayDetailPanel::fieldCaptions()
{
    return {
        {QStringLiteral("state"), tr("State")},
        {QStringLiteral("power"), tr("Power now")},
        {QStringLiteral("setpoint"), tr("Setpoint")},
        {QStringLiteral("reason"), tr("Why")},
        {QStringLiteral("session"), tr("Session")},
        {QStringLiteral("energy"), tr("Car's energy")},
        {QStringLiteral("departure"), tr("Departure")},
        {QStringLiteral("outlook"), tr("Outlook")},
        {QStringLiteral("v2x"), tr("V2B")},
    };
}

void BayDetailPanel::addField(const QString& key)
{
    auto* value = new QLabel(m_fields);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setObjectName(key);
    auto* caption = new QLabel(m_fields);
    caption->setObjectName(key + QStringLiteral("Caption"));
    caption->setBuddy(value);
    static_cast<QFormLayout*>(m_fields->layout())->addRow(caption, value);
    m_values[key] = value;
    m_captions[key] = caption;
}

void BayDetailPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BayDetailPanel::retranslate()
{
    setAccessibleName(tr("Bay detail"));
    for (const auto& [key, caption] : fieldCaptions())
        m_captions.at(key)->setText(caption);
    writeFields(); // the bay's state, figures and times in the new words and digits
}

QString BayDetailPanel::caption(const QString& key) const
{
    const auto it = m_captions.find(key);
    return it == m_captions.end() ? QString() : it->second->text();
}

QString BayDetailPanel::field(const QString& key) const
{
    const auto it = m_values.find(key);
    return it == m_values.end() ? QString() : it->second->text();
}

void BayDetailPanel::showNothing()
{
    m_bay.reset();
    writeFields();
    m_chart->setTrace(SessionTrace{});
    m_chart->hide();
    m_overrideBar->showBay({}, false);
}

void BayDetailPanel::writeFields()
{
    if (m_bay)
        writeBay(*m_bay);
    else
        writeNothing();
}

void BayDetailPanel::writeNothing()
{
    m_title->setText(tr("No bay chosen"));
    for (auto& [key, label] : m_values)
        label->setText(key == QLatin1String("state") ? tr("Choose a bay on the left.") : QString());
}

const QList<QPushButton*>& BayDetailPanel::overrideButtons() const
{
    return m_overrideBar->buttons();
}

void BayDetailPanel::showBay(const BayStatus& b, const SessionTrace& trace)
{
    m_bay = b;
    m_sessionStartMs = trace.startMs;
    writeBay(b);
    const bool car = !b.sessionId.isEmpty() || b.state != BayState::Free;
    m_chart->setTrace(trace);
    m_chart->setVisible(car);
    m_overrideBar->showBay(b.bayId, b.state != BayState::Free && b.state != BayState::Offline);
}

void BayDetailPanel::writeBay(const BayStatus& b)
{
    m_title->setText(tr("Bay %1").arg(b.bayId));
    const bool car = !b.sessionId.isEmpty() || b.state != BayState::Free;
    auto set = [this](const char* key, const QString& text) {
        m_values.at(QString::fromLatin1(key))->setText(text);
    };
    set("state", bayStateName(b.state));
    set("power", m_format.kw(b.powerKw));
    set("setpoint", m_format.kw(b.setpointKw));
    set("reason", b.reason.isEmpty() ? FigureFormat::unknown() : localizedReason(b.reason));
    set("session", car && !b.sessionId.isEmpty()
                       ? tr("%1, since %2").arg(b.sessionId, m_format.timeOfDay(m_sessionStartMs))
                       : tr("no car"));
    if (car && std::isfinite(b.socPct))
        set("energy", tr("%1 (%2), target %3 (%4)")
                          .arg(m_format.kwh(b.energyKwh), m_format.percent(b.socPct),
                               m_format.kwh(b.targetKwh), m_format.percent(b.targetSocPct)));
    else
        set("energy", car ? m_format.kwh(b.energyKwh) : FigureFormat::unknown());
    set("departure", b.departureMs > 0 ? m_format.timeOfDay(b.departureMs) : FigureFormat::unknown());
    const QString outlook = targetOutlookText(b, m_format.kwh(b.shortfallKwh));
    set("outlook", outlook.isEmpty() ? FigureFormat::unknown() : outlook);
    if (!b.bidirectional)
        set("v2x", tr("one-way charger"));
    else
        set("v2x",
            car ? (b.v2xConsent ? tr("owner consents") : tr("owner does not consent")) : tr("bidirectional"));
}

} // namespace parkwatt
