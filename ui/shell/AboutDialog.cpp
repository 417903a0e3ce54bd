#include "shell/AboutDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSysInfo>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <sqlite3.h>

namespace parkwatt {

QList<ThirdPartyComponent> thirdPartyComponents()
{
    // Versions the build found (CMake passes them in); Qt's and SQLite's are read at run time, as the
    // installed libraries may be newer than the headers.
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion()),
         QStringLiteral("LGPL-3.0-only (Qt Charts: GPL-3.0-only)"), QStringLiteral("https://www.qt.io")},
        {QStringLiteral("QCoro"), QStringLiteral(PARKWATT_QCORO_VERSION), QStringLiteral("MIT"),
         QStringLiteral("https://qcoro.dev")},
        {QStringLiteral("SQLite"), QString::fromLatin1(sqlite3_libversion()), QStringLiteral("Public domain"),
         QStringLiteral("https://sqlite.org")},
        {QStringLiteral("COIN-OR Clp"), QStringLiteral(PARKWATT_CLP_VERSION), QStringLiteral("EPL-2.0"),
         QStringLiteral("https://github.com/coin-or/Clp")},
        {QStringLiteral("OpenSSL"), QStringLiteral(PARKWATT_OPENSSL_VERSION), QStringLiteral("Apache-2.0"),
         QStringLiteral("https://www.openssl.org")},
        {QStringLiteral("libsystemd (parkwattd)"), QStringLiteral(PARKWATT_SYSTEMD_VERSION),
         QStringLiteral("LGPL-2.1-or-later"), QStringLiteral("https://systemd.io")},
    };
}

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_components(new QTextBrowser(this))
    , m_aboutQt(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_components->setOpenExternalLinks(true);
    m_components->setMinimumHeight(220);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_aboutQt, QDialogButtonBox::HelpRole);
    buttons->addButton(m_close, QDialogButtonBox::AcceptRole);
    connect(m_aboutQt, &QPushButton::clicked, this, [this] { QMessageBox::aboutQt(this); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_components, 1);
    layout->addWidget(buttons);
    retranslate();
    resize(640, 480);
}

QString AboutDialog::text() const
{
    return m_title->text() + QLatin1Char('\n') + m_summary->text() + QLatin1Char('\n') +
           m_components->toPlainText();
}

void AboutDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslate()
{
    setWindowTitle(tr("About Parkwatt"));
    m_title->setText(tr("Parkwatt %1").arg(QStringLiteral(PARKWATT_VERSION)));
    m_summary->setText(tr("Energy management for buildings with PV, a battery and a garage of electric "
                          "cars: every driver charged by departure, the building's peaks shaved, its "
                          "critical loads kept up in an outage.\n\nBuilt with Qt %1 on %2. Licence: %3.")
                           .arg(QStringLiteral(QT_VERSION_STR), QSysInfo::prettyProductName(),
                                QStringLiteral("GPL-3.0-or-later")));
    QString table = QStringLiteral("<p>%1</p><table cellpadding='4'><tr><th align='left'>%2</th>"
                                   "<th align='left'>%3</th><th align='left'>%4</th></tr>")
                        .arg(tr("Parkwatt is built on these libraries, under their licences:"), tr("Library"),
                             tr("Version"), tr("Licence"));
    for (const ThirdPartyComponent& component : thirdPartyComponents())
        table += QStringLiteral("<tr><td><a href='%1'>%2</a></td><td>%3</td><td>%4</td></tr>")
                     .arg(component.url, component.name.toHtmlEscaped(), component.version.toHtmlEscaped(),
                          component.licence.toHtmlEscaped());
    table += QStringLiteral("</table>");
    m_components->setHtml(table);
    m_aboutQt->setText(tr("About &Qt"));
    m_close->setText(tr("&Close"));
}

} // namespace parkwatt
