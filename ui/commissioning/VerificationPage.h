#pragma once
// The wizard's charger verification: every charger device of the draft site checked as
// `parkwattd verify` does (identity, fail-safe and watchdog written and read back, setpoints
// followed, optionally the fallback itself), one after another on the event loop, then the site's
// fallback budget; each check pass or fail with its reason. What it found goes into the
// commissioning report. Optional: the installer may go on without it (the report then says so).

#include "commissioning/VerificationReport.h"
#include "model/SiteFile.h"

#include <QWizardPage>
#include <functional>
#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace parkwatt {

class VerificationPage : public QWizardPage {
    Q_OBJECT
public:
    explicit VerificationPage(QWidget* parent = nullptr);

    void prepare(const SiteFile& draft);
    void verify();
    bool isVerifying() const { return m_verifying; }
    const std::optional<VerificationReport>& report() const { return m_report; }
    // How long a setpoint step may take to show in the measured power (tests shorten it).
    void setStepWaitMs(int ms) { m_stepWaitMs = ms; }
    // The connection's phases, for chargers set in amperes (from the site page).
    void setPhases(int phases) { m_phases = phases; }

    QTableWidget* results() const { return m_results; }
    QPushButton* verifyButton() const { return m_verify; }
    QString status() const;
    bool isComplete() const override;

signals:
    void verified(bool passed);

protected:
    void changeEvent(QEvent* event) override;

private:
    // Every text of the page in the current language; the report shown stays.
    void retranslate();
    void showReport(const VerificationReport& report);
    // Kept as how to word it, so a language switch re-words the status on screen.
    void setStatus(std::function<QString()> text);

    std::function<QString()> m_statusText;
    SiteFile m_draft;
    std::optional<VerificationReport> m_report;
    bool m_verifying = false;
    int m_stepWaitMs = 8000;
    int m_phases = 3;
    QPushButton* m_verify;
    QCheckBox* m_fallback;
    QLabel* m_status;
    QTableWidget* m_results;
};

} // namespace parkwatt
