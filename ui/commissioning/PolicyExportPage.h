#pragma once
// The wizard's last page: the policy the engine starts with (the control room's policy form, with
// its validation), and the site file saved where the installer says. What is saved is read back
// with the engine's own reader first, so a file the engine would refuse is never written.

#include "model/SiteFile.h"

#include <QWizardPage>

class QLabel;
class QLineEdit;
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
    const SiteFile& saved() const { return m_draft; }
    QString status() const;

    bool validatePage() override;

private:
    SiteFile m_draft;
    PolicyForm* m_form = nullptr;
    QScrollArea* m_scroll = nullptr;
    QLineEdit* m_path;
    QLabel* m_status;
};

} // namespace parkwatt
