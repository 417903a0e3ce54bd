#pragma once
// The wizard's first page: the site itself. Name, the grid connection's import and export limits,
// PV, a stationary battery, and the garage as levels of bays with their chargers' power; or all of
// it imported from an existing site file.

#include "model/SiteFile.h"

#include <QWizardPage>

class QCheckBox;
class QDoubleSpinBox;
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

signals:
    void importRequested();

private:
    QLineEdit* m_name;
    QDoubleSpinBox* m_importLimit;
    QDoubleSpinBox* m_exportLimit;
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
