#pragma once
// The wizard's last page: the policy the engine starts with (the control room's policy form, with
// its validation), and the site file saved where the installer says. What is saved is read back
// with the engine's own reader first, so a file the engine would refuse is never written.

#include "commissioning/VerificationReport.h"
#include "model/SiteFile.h"

#include <QWizardPage>
#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;

namespace parkwatt {

class PolicyForm;

class PolicyExportPage : public QWizardPage {
    Q_OBJECT
public:
    explicit PolicyExportPage(QWidget* parent = nullptr);

    void prepare(const SiteFile& draft);
    PolicyForm* form() const { return m_form; }
    QLineEdit* pathField() const { return m_path; }
    // Writes the site file with the form's policy; false with the reason shown when it cannot.
    bool save();
    // The verification the report shows (none: the report says the chargers were not verified).
    void setVerification(std::optional<VerificationReport> verification)
    {
        m_verification = std::move(verification);
    }
    // Writes the commissioning report as PDF (and JSON beside it, .json); false with the reason shown.
    bool writeReport(const QString& pdfPath);
    QLineEdit* installerField() const { return m_installer; }
    const SiteFile& saved() const { return m_draft; }
    QString status() const;

    bool validatePage() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    // Every text of the page in the current language (the policy form words itself); fields stay.
    void retranslate();
    // Kept as how to word it, so a language switch re-words the status on screen.
    void setStatus(std::function<QString()> text);

    SiteFile m_draft;
    PolicyForm* m_form = nullptr;
    QScrollArea* m_scroll = nullptr;
    QLineEdit* m_path;
    QLineEdit* m_installer;
    std::optional<VerificationReport> m_verification;
    QLabel* m_status;
    QLabel* m_pathLabel;
    QLabel* m_installerLabel;
    QPushButton* m_browse;
    QPushButton* m_reportButton;
    std::function<QString()> m_statusText;
};

} // namespace parkwatt
