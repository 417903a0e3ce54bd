#include "commissioning/CommissioningWizard.h"

#include "commissioning/AssignmentPage.h"
#include "commissioning/DeviceListPage.h"
#include "commissioning/PolicyExportPage.h"
#include "commissioning/SiteBasicsPage.h"
#include "commissioning/VerificationPage.h"
#include "config/SiteFileReader.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QMessageBox>
#include <cstdio>

namespace parkwatt {

CommissioningWizard::CommissioningWizard(QWidget* parent)
    : QWizard(parent)
    , m_basics(new SiteBasicsPage(this))
    , m_devices(new DeviceListPage(this))
    , m_assignment(new AssignmentPage(this))
    , m_verification(new VerificationPage(this))
    , m_export(new PolicyExportPage(this))
{
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setPage(Basics, m_basics);
    setPage(Devices, m_devices);
    setPage(Assignment, m_assignment);
    setPage(Verification, m_verification);
    setPage(PolicyAndExport, m_export);
    setMinimumSize(900, 640);
    resize(1200, 720); // wide enough for the longest languages' two-line page subtitles
    connect(m_basics, &SiteBasicsPage::importRequested, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import a site file"), QString(),
                                                          tr("Site files (*.json)"));
        QString error;
        if (!path.isEmpty() && !importFile(path, &error))
            QMessageBox::warning(this, tr("The site file cannot be imported"), error);
    });
    retranslate();
}

void CommissioningWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void CommissioningWizard::retranslate()
{
    // The pages word themselves; Back, Next and Finish are Qt's own (qtbase translations).
    if (m_installer)
        setWindowTitle(tr("Commission a site (%1, %2)").arg(m_installer->name, roleName(m_installer->role)));
    else
        setWindowTitle(tr("Commission a site"));
}

bool CommissioningWizard::importFile(const QString& path, QString* error)
{
    const LoadResult<SiteFile> file = loadSiteFile(path);
    if (!file.ok()) {
        *error = file.error.toString();
        return false;
    }
    m_basics->fill(file.value->site);
    m_devices->setDevices(file.value->devices);
    m_policy = file.value->policy;
    return true;
}

void CommissioningWizard::setWriteAccess(std::optional<RegisterWriteAccess> access)
{
    if (access) {
        m_installer = access->who;
        retranslate();
    }
    m_devices->setWriteAccess(std::move(access));
}

SiteFile CommissioningWizard::draft() const
{
    SiteFile file;
    file.site = m_basics->site();
    QString error;
    file.devices = m_assignment->assigned(&error).value_or(
        m_devices->devices(&error).value_or(std::vector<DeviceSpec>{}));
    file.policy = m_policy;
    return file;
}

void CommissioningWizard::initializePage(int id)
{
    QString error;
    if (id == Assignment)
        m_assignment->prepare(m_basics->site(),
                              m_devices->devices(&error).value_or(std::vector<DeviceSpec>{}));
    if (id == Verification || id == PolicyAndExport) {
        SiteFile file;
        file.site = m_basics->site();
        file.devices = m_assignment->assigned(&error).value_or(std::vector<DeviceSpec>{});
        file.policy = m_policy;
        if (id == Verification) {
            m_verification->setPhases(m_basics->phases());
            m_verification->prepare(file);
        } else {
            m_export->prepare(file);
            m_export->setVerification(m_verification->report());
        }
    }
    QWizard::initializePage(id);
}

int CommissioningWizard::writeScreenshots(const QString& dir)
{
    QDir().mkpath(dir);
    int failed = 0;
    const char* names[] = {"commissioning-site", "commissioning-devices", "commissioning-assignment",
                           "commissioning-verification", "commissioning-policy-export"};
    while (currentId() > Basics) // back keeps what was entered (restart would clear it)
        back();
    for (int page = Basics; page <= PolicyAndExport; ++page) {
        if (page > Basics)
            next();
        QApplication::processEvents();
        const QString file = QDir(dir).filePath(QString::fromLatin1(names[page]) + QStringLiteral(".png"));
        const bool saved = currentId() == page && grab().save(file);
        failed += saved ? 0 : 1;
        std::printf("%s%s\n", qPrintable(file), saved ? "" : " (failed)");
    }
    return failed;
}

} // namespace parkwatt
