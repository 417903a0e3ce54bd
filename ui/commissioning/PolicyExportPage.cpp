#include "commissioning/PolicyExportPage.h"

#include "commissioning/CommissionReport.h"
#include "config/SiteFileReader.h"
#include "config/SiteFileWriter.h"
#include "devices/profiles/ProfileLibrary.h"
#include "policies/PolicyForm.h"

#include <QDate>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPageSize>
#include <QPdfWriter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScrollArea>
#include <QTextDocument>
#include <QVBoxLayout>

namespace parkwatt {

PolicyExportPage::PolicyExportPage(QWidget* parent)
    : QWizardPage(parent)
    , m_path(new QLineEdit(this))
    , m_installer(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_pathLabel(new QLabel(this))
    , m_installerLabel(new QLabel(this))
    , m_browse(new QPushButton(this))
    , m_reportButton(new QPushButton(this))
{
    m_status->setWordWrap(true);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the site file"), m_path->text(),
                                                          tr("Site files (*.json)"));
        if (!path.isEmpty())
            m_path->setText(path);
    });
    auto* where = new QHBoxLayout;
    m_pathLabel->setBuddy(m_path);
    where->addWidget(m_pathLabel);
    where->addWidget(m_path, 1);
    where->addWidget(m_browse);
    connect(m_reportButton, &QPushButton::clicked, this, [this] {
        QString suggested = m_path->text();
        suggested.replace(QStringLiteral(".json"), QStringLiteral("-commissioning.pdf"));
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the commissioning report"),
                                                          suggested, tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            writeReport(path);
    });
    auto* sign = new QHBoxLayout;
    m_installerLabel->setBuddy(m_installer);
    sign->addWidget(m_installerLabel);
    sign->addWidget(m_installer, 1);
    sign->addWidget(m_reportButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(where);
    layout->addLayout(sign);
    layout->addWidget(m_status);
    setCommitPage(true);
    retranslate();
}

void PolicyExportPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void PolicyExportPage::retranslate()
{
    setTitle(tr("Policy and site file"));
    setSubTitle(tr("The policy the engine starts with (the facility manager changes it later in the control "
                   "room), and where the site file goes (parkwattd run --site FILE)."));
    m_browse->setText(tr("Choose…"));
    m_pathLabel->setText(tr("&Site file:"));
    m_reportButton->setText(tr("Write the commissioning &report…"));
    m_installerLabel->setText(tr("&Installer:"));
    setButtonText(QWizard::CommitButton, tr("Save"));
    if (m_statusText)
        m_status->setText(m_statusText());
}

void PolicyExportPage::setStatus(std::function<QString()> text)
{
    m_statusText = std::move(text);
    m_status->setText(m_statusText());
}

void PolicyExportPage::prepare(const SiteFile& draft)
{
    m_draft = draft;
    delete m_scroll;
    m_form = new PolicyForm(draft.site);
    m_form->setPolicy(draft.policy);
    m_scroll = new QScrollArea(this); // the form is taller than the wizard
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_form);
    static_cast<QVBoxLayout*>(layout())->insertWidget(0, m_scroll, 1);
    if (m_path->text().isEmpty())
        m_path->setText(QStringLiteral("%1.json").arg(
            draft.site.name.isEmpty()
                ? QStringLiteral("site")
                : draft.site.name.toLower().replace(QLatin1Char(' '), QLatin1Char('-'))));
}

QString PolicyExportPage::status() const
{
    return m_status->text();
}

bool PolicyExportPage::save()
{
    if (m_form && !m_form->isValid()) {
        setStatus([] { return tr("The policy has problems: see the form."); });
        return false;
    }
    if (m_form)
        m_draft.policy = m_form->policy();
    const QByteArray bytes = writeSiteFile(m_draft);
    const QString path = m_path->text().trimmed();
    // Read back with the engine's reader before anything is written.
    const LoadResult<SiteFile> check = parseSiteFile(bytes, path);
    if (!check.ok()) {
        setStatus([why = check.error.toString()] { return tr("Not saved: %1").arg(why); });
        return false;
    }
    QSaveFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
        !file.commit()) {
        setStatus([path, why = file.errorString()] { return tr("Not saved: %1: %2").arg(path, why); });
        return false;
    }
    setStatus([path, devices = m_draft.devices.size(), bays = m_draft.site.chargers.size()] {
        return tr("Saved %1: %2 device(s), %3 bay(s).").arg(path).arg(devices).arg(bays);
    });
    return true;
}

bool PolicyExportPage::writeReport(const QString& pdfPath)
{
    SiteFile file = m_draft;
    if (m_form && m_form->isValid())
        file.policy = m_form->policy();
    const ProfileLibrary library = ProfileLibrary::withBuiltIns({});
    VerificationReport verification = m_verification.value_or(VerificationReport{});
    if (!m_verification)
        verification.site = file.site.name;
    const CommissionReport report =
        CommissionReport::make(file, library, std::move(verification), m_installer->text().trimmed(),
                               QDate::currentDate().toString(Qt::ISODate), m_path->text().trimmed());
    {
        QPdfWriter pdf(pdfPath);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setResolution(300);
        pdf.setTitle(tr("Commissioning report: %1").arg(file.site.name));
        QTextDocument document;
        document.setHtml(report.toHtml());
        document.print(&pdf);
    }
    QString jsonPath = pdfPath;
    jsonPath.replace(QRegularExpression(QStringLiteral("\\.pdf$")), QString());
    jsonPath += QStringLiteral(".json");
    QSaveFile json(jsonPath);
    const QByteArray bytes = QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
    if (!QFileInfo(pdfPath).size() || !json.open(QIODevice::WriteOnly) || json.write(bytes) != bytes.size() ||
        !json.commit()) {
        setStatus([why = QFileInfo(pdfPath).size() ? json.errorString() : pdfPath] {
            return tr("The report was not written: %1").arg(why);
        });
        return false;
    }
    setStatus([pdfPath, jsonPath] { return tr("Commissioning report written: %1 and %2.").arg(pdfPath, jsonPath); });
    return true;
}

bool PolicyExportPage::validatePage()
{
    return save();
}

} // namespace parkwatt
