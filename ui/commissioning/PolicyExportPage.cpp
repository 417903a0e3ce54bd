#include "commissioning/PolicyExportPage.h"

#include "config/SiteFileReader.h"
#include "config/SiteFileWriter.h"
#include "policies/PolicyForm.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QVBoxLayout>

namespace parkwatt {

PolicyExportPage::PolicyExportPage(QWidget* parent)
    : QWizardPage(parent)
    , m_path(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    setTitle(tr("Policy and site file"));
    setSubTitle(tr("The policy the engine starts with (the facility manager changes it later in the control "
                   "room), and where the site file goes (parkwattd run --site FILE)."));
    m_status->setWordWrap(true);
    auto* browse = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the site file"), m_path->text(),
                                                          tr("Site files (*.json)"));
        if (!path.isEmpty())
            m_path->setText(path);
    });
    auto* where = new QHBoxLayout;
    auto* label = new QLabel(tr("&Site file:"), this);
    label->setBuddy(m_path);
    where->addWidget(label);
    where->addWidget(m_path, 1);
    where->addWidget(browse);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(where);
    layout->addWidget(m_status);
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("Save"));
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
        m_status->setText(tr("The policy has problems: see the form."));
        return false;
    }
    if (m_form)
        m_draft.policy = m_form->policy();
    const QByteArray bytes = writeSiteFile(m_draft);
    const QString path = m_path->text().trimmed();
    // Read back with the engine's reader before anything is written.
    const LoadResult<SiteFile> check = parseSiteFile(bytes, path);
    if (!check.ok()) {
        m_status->setText(tr("Not saved: %1").arg(check.error.toString()));
        return false;
    }
    QSaveFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
        !file.commit()) {
        m_status->setText(tr("Not saved: %1: %2").arg(path, file.errorString()));
        return false;
    }
    m_status->setText(tr("Saved %1: %2 device(s), %3 bay(s).")
                          .arg(path)
                          .arg(m_draft.devices.size())
                          .arg(m_draft.site.chargers.size()));
    return true;
}

bool PolicyExportPage::validatePage()
{
    return save();
}

} // namespace parkwatt
