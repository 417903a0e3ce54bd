#include "garage/BayDetailPanel.h"

#include "garage/BayOverrideBar.h"
#include "garage/SessionChart.h"

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
    setAccessibleName(tr("Bay detail"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    auto* form = new QFormLayout(m_fields);
    form->setContentsMargins(0, 0, 0, 0);
    form->setLabelAlignment(Qt::AlignLeft);
    m_fields->setLayout(form);
    addField(QStringLiteral("state"), tr("State"));
    addField(QStringLiteral("power"), tr("Power now"));
    addField(QStringLiteral("setpoint"), tr("Setpoint"));
    addField(QStringLiteral("reason"), tr("Why"));
    addField(QStringLiteral("session"), tr("Session"));
    addField(QStringLiteral("energy"), tr("Car's energy"));
    addField(QStringLiteral("departure"), tr("Departure"));
    addField(QStringLiteral("outlook"), tr("Outlook"));
    addField(QStringLiteral("v2x"), tr("V2B"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_fields);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_overrideBar);
    showNothing();
}

QLabel* BayDetailPanel::addField(const QString& key, const QString& caption)
{
    auto* value = new QLabel(m_fields);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setObjectName(key);
    static_cast<QFormLayout*>(m_fields->layout())->addRow(caption, value);
    m_values[key] = value;
    return value;
}

QString BayDetailPanel::field(const QString& key) const
{
    const auto it = m_values.find(key);
    return it == m_values.end() ? QString() : it->second->text();
}

void BayDetailPanel::showNothing()
{
    m_title->setText(tr("No bay chosen"));
    for (auto& [key, label] : m_values)
        label->setText(key == QLatin1String("state") ? tr("Choose a bay on the left.") : QString());
    m_chart->setTrace(SessionTrace{});
    m_chart->hide();
    m_overrideBar->showBay({}, false);
}

const QList<QPushButton*>& BayDetailPanel::overrideButtons() const
{
    return m_overrideBar->buttons();
}

void BayDetailPanel::showBay(const BayStatus& b, const SessionTrace& trace)
{
    m_title->setText(tr("Bay %1").arg(b.bayId));
    const bool car = !b.sessionId.isEmpty() || b.state != BayState::Free;
    auto set = [this](const char* key, const QString& text) {
        m_values.at(QString::fromLatin1(key))->setText(text);
    };
    set("state", bayStateName(b.state));
    set("power", m_format.kw(b.powerKw));
    set("setpoint", m_format.kw(b.setpointKw));
    set("reason", b.reason.isEmpty() ? FigureFormat::unknown() : b.reason);
    set("session", car && !b.sessionId.isEmpty()
                       ? tr("%1, since %2").arg(b.sessionId, m_format.timeOfDay(trace.startMs))
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
    m_chart->setTrace(trace);
    m_chart->setVisible(car);
    m_overrideBar->showBay(b.bayId, b.state != BayState::Free && b.state != BayState::Offline);
}

} // namespace parkwatt
