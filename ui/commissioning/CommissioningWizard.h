#pragma once
// Bringing a garage to life, for installers: the site (or an imported site file), its devices
// (discovered or typed), which bay each charger drives, the starting policy, and the site file
// saved for the engine. Each page checks what it holds before the next (docs/commissioning.md).

#include "commissioning/RegisterInspectorDialog.h"
#include "model/SiteFile.h"

#include <QWizard>

namespace parkwatt {

class AssignmentPage;
class DeviceListPage;
class PolicyExportPage;
class SiteBasicsPage;
class VerificationPage;

class CommissioningWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { Basics, Devices, Assignment, Verification, PolicyAndExport };

    explicit CommissioningWizard(QWidget* parent = nullptr);

    // Fills every page from a site file; false with `error` when it cannot be read.
    bool importFile(const QString& path, QString* error);
    SiteFile draft() const;
    // An installer signed in to the site's database: the register inspector may write (audited).
    void setWriteAccess(std::optional<RegisterWriteAccess> access);

    SiteBasicsPage* basicsPage() const { return m_basics; }
    DeviceListPage* devicesPage() const { return m_devices; }
    AssignmentPage* assignmentPage() const { return m_assignment; }
    VerificationPage* verificationPage() const { return m_verification; }
    PolicyExportPage* exportPage() const { return m_export; }
    // One PNG of every page into `dir`; the number that failed.
    int writeScreenshots(const QString& dir);

protected:
    void initializePage(int id) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    std::optional<Operator> m_installer; // signed in with write access, named in the title
    SiteBasicsPage* m_basics;
    DeviceListPage* m_devices;
    AssignmentPage* m_assignment;
    VerificationPage* m_verification;
    PolicyExportPage* m_export;
    Policy m_policy;
};

} // namespace parkwatt
