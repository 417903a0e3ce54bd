#pragma once
// The wizard's first page: the site itself. Name, the grid connection's import and export limits,
// PV, a stationary battery, and the garage as levels of bays with their chargers' power; or all of
// it imported from an existing site file.

#include "model/SiteFile.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QPushButton;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace parkwatt {

class SiteBasicsPage : public QWizardPage {
    Q_OBJECT
public:
    explicit SiteBasicsPage(QWidget* parent = nullptr);

    // The site as the fields describe it (bays named "L<level>-<nn>").
    SiteSpec site() const;
    // Fills the fields from a site (levels and bays as far as its charger ids tell).
    void fill(const SiteSpec& site);
    QLineEdit* nameField() const { return m_name; }
    QSpinBox* levelsField() const { return m_levels; }
    QSpinBox* baysPerLevelField() const { return m_baysPerLevel; }
    QDoubleSpinBox* importLimitField() const { return m_importLimit; }
    // The connection's phases (1 or 3) and phase voltage: for the installer's view of the limit in
    // amperes and the chargers' current-to-power conversion during verification (not in the site
    // file, whose limits are in kW).
    int phases() const;
    double phaseVoltage() const;
    QComboBox* phasesField() const { return m_phases; }
    QString summary() const;

signals:
    void importRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    // Every text of the page in the current language, numbers in the default locale; values stay.
    void retranslate();
    void setRowLabel(QWidget* field, const QString& text);

    QFormLayout* m_form = nullptr;
    QPushButton* m_import = nullptr;
    QLineEdit* m_name;
    QDoubleSpinBox* m_importLimit;
    QDoubleSpinBox* m_exportLimit;
    QComboBox* m_phases;
    QDoubleSpinBox* m_voltage;
    QDoubleSpinBox* m_pvKw;
    QDoubleSpinBox* m_batteryKwh;
    QDoubleSpinBox* m_batteryKw;
    QSpinBox* m_levels;
    QSpinBox* m_baysPerLevel;
    QDoubleSpinBox* m_chargerMaxKw;
    QDoubleSpinBox* m_chargerMinKw;
    QCheckBox* m_bidirectional;
    QDoubleSpinBox* m_dischargeKw;
    QLabel* m_summary;
    void updateSummary();
    std::vector<ChargerSpec> m_importedChargers; // kept as imported until the bay fields change
};

} // namespace parkwatt
