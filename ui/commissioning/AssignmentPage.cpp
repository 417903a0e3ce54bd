#include "commissioning/AssignmentPage.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QScrollArea>
#include <QSet>
#include <QVBoxLayout>

namespace parkwatt {

AssignmentPage::AssignmentPage(QWidget* parent)
    : QWizardPage(parent)
    , m_note(new QLabel(this))
{
    auto* inner = new QWidget;
    m_form = new QFormLayout(inner);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(inner);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(scroll, 1);
    retranslate();
}

void AssignmentPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void AssignmentPage::retranslate()
{
    setTitle(tr("Chargers and bays"));
    setSubTitle(
        tr("The bay each charger serves. The engine shares the connection between bays, so a charger on "
           "the wrong bay would charge someone else's car."));
    for (const auto& [index, choice] : m_choices) {
        const DeviceSpec& d = m_devices[index];
        choice->setAccessibleName(tr("Bay of %1").arg(d.id));
        if (auto* label = qobject_cast<QLabel*>(m_form->labelForField(choice)))
            label->setText(tr("%1 (%2, %3:%4):").arg(d.id, d.profile, d.host).arg(d.port));
    }
    if (m_bays)
        m_note->setText(tr("%1 charger device(s) for %2 bay(s).").arg(m_choices.size()).arg(*m_bays));
}

void AssignmentPage::prepare(const SiteSpec& site, const std::vector<DeviceSpec>& devices)
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_choices.clear();
    m_devices = devices;
    QSet<QString> taken;
    for (const DeviceSpec& d : devices)
        if (d.role == DeviceRole::Charger && site.chargerIndex(d.chargerId) >= 0)
            taken.insert(d.chargerId);
    size_t nextFree = 0;
    for (size_t i = 0; i < m_devices.size(); ++i) {
        DeviceSpec& d = m_devices[i];
        if (d.role != DeviceRole::Charger)
            continue;
        auto* choice = new QComboBox;
        for (const ChargerSpec& c : site.chargers)
            choice->addItem(c.id);
        if (site.chargerIndex(d.chargerId) < 0) { // propose the next free bay
            while (nextFree < site.chargers.size() && taken.contains(site.chargers[nextFree].id))
                ++nextFree;
            if (nextFree < site.chargers.size()) {
                d.chargerId = site.chargers[nextFree].id;
                taken.insert(d.chargerId);
            }
        }
        choice->setCurrentText(d.chargerId);
        auto* label = new QLabel; // worded in retranslate()
        label->setBuddy(choice);
        m_form->addRow(label, choice);
        m_choices.emplace_back(i, choice);
    }
    m_bays = site.chargers.size();
    retranslate();
}

QComboBox* AssignmentPage::choiceFor(const QString& deviceId) const
{
    for (const auto& [index, choice] : m_choices)
        if (m_devices[index].id == deviceId)
            return choice;
    return nullptr;
}

std::optional<std::vector<DeviceSpec>> AssignmentPage::assigned(QString* error) const
{
    std::vector<DeviceSpec> out = m_devices;
    QHash<QString, QString> byBay;
    for (const auto& [index, choice] : m_choices) {
        const QString bay = choice->currentText();
        if (byBay.contains(bay)) {
            *error = tr("Bay %1 has two chargers: %2 and %3").arg(bay, byBay.value(bay), out[index].id);
            return std::nullopt;
        }
        byBay.insert(bay, out[index].id);
        out[index].chargerId = bay;
    }
    return out;
}

bool AssignmentPage::validatePage()
{
    QString error;
    if (!assigned(&error)) {
        QMessageBox::warning(this, tr("A bay is taken twice"), error);
        return false;
    }
    return true;
}

} // namespace parkwatt
