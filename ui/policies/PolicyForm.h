#pragma once
// The form a facility manager edits a policy in: self-sufficiency, peak shaving, backup and V2B,
// with units in the fields and each problem (PolicyCheck) shown under the field it concerns.
// Knows nothing of the engine: setPolicy() fills it, policy() reads it, edited() says it changed.

#include "model/Policy.h"
#include "model/Site.h"
#include "policies/PolicyCheck.h"

#include <QWidget>
#include <vector>

class QCheckBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;

namespace parkwatt {

class PolicyForm : public QWidget {
    Q_OBJECT
public:
    explicit PolicyForm(const SiteSpec& site, QWidget* parent = nullptr);

    void setPolicy(const Policy& policy); // does not emit edited()
    Policy policy() const;
    const std::vector<PolicyProblem>& problems() const { return m_problems; }
    bool isValid() const { return m_problems.empty(); }
    // The message shown under a field (empty when none).
    QString problemText(PolicyField field) const;

    QCheckBox* selfSufficiencyBox() const { return m_selfSufficiency; }
    QCheckBox* gridChargingBox() const { return m_gridCharging; }
    QCheckBox* peakShavingBox() const { return m_peakShaving; }
    QDoubleSpinBox* peakLimitField() const { return m_peakLimit; }
    QCheckBox* backupBox() const { return m_backup; }
    QDoubleSpinBox* reserveField() const { return m_reservePct; }
    QDoubleSpinBox* reserveHoursField() const { return m_reserveHours; }
    QCheckBox* evReserveBox() const { return m_evReserve; }
    QCheckBox* v2bBox() const { return m_v2b; }

signals:
    void edited();

protected:
    void changeEvent(QEvent* event) override;

private:
    // A titled part of the form with its explanation under the title.
    struct Group {
        QGroupBox* box = nullptr;
        QLabel* explanation = nullptr;
    };
    static Group group();
    static void setGroupText(const Group& group, const QString& title, const QString& explanation);
    // Every text of the form in the current language, numbers in the default locale; values stay.
    void retranslate();
    QLabel* problemLabel();
    void check();
    void syncEnabled();
    void changed();

    SiteSpec m_site;
    bool m_filling = false;
    std::vector<PolicyProblem> m_problems;

    Group m_selfGroup, m_peakGroup, m_backupGroup, m_v2bGroup;
    QLabel* m_peakLabel = nullptr;
    QLabel* m_reserveLabel = nullptr;
    QLabel* m_hoursLabel = nullptr;
    QCheckBox* m_selfSufficiency = nullptr;
    QCheckBox* m_gridCharging = nullptr;
    QCheckBox* m_peakShaving = nullptr;
    QDoubleSpinBox* m_peakLimit = nullptr;
    QLabel* m_peakProblem = nullptr;
    QCheckBox* m_backup = nullptr;
    QDoubleSpinBox* m_reservePct = nullptr;
    QLabel* m_reserveProblem = nullptr;
    QDoubleSpinBox* m_reserveHours = nullptr;
    QLabel* m_hoursProblem = nullptr;
    QCheckBox* m_evReserve = nullptr;
    QCheckBox* m_v2b = nullptr;
    QLabel* m_otherProblem = nullptr;
};

} // namespace parkwatt
