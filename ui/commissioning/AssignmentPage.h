#pragma once
// The wizard's assignment: which bay each charger device drives. Every charger device gets one bay
// and no bay two chargers; proposed in order, changed with a list per device.

#include "model/SiteFile.h"

#include <QWizardPage>

class QComboBox;
class QFormLayout;
class QLabel;

namespace parkwatt {

class AssignmentPage : public QWizardPage {
    Q_OBJECT
public:
    explicit AssignmentPage(QWidget* parent = nullptr);

    // Lays out one choice per charger device; keeps assignments the devices already have.
    void prepare(const SiteSpec& site, const std::vector<DeviceSpec>& devices);
    // The devices with their bays; nullopt with `error` when a bay is taken twice.
    std::optional<std::vector<DeviceSpec>> assigned(QString* error) const;
    QComboBox* choiceFor(const QString& deviceId) const;

    bool validatePage() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    // Title, note and the choices' labels in the current language; the choices stay.
    void retranslate();

    QFormLayout* m_form;
    QLabel* m_note;
    std::optional<size_t> m_bays; // the site's, once prepared
    std::vector<DeviceSpec> m_devices;
    std::vector<std::pair<size_t, QComboBox*>> m_choices; // device index, its bay choice
};

} // namespace parkwatt
