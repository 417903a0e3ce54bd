#include "access/SignInDialog.h"

#include "access/SignInService.h"
#include "security/UserDirectory.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace parkwatt {

SignInDialog::SignInDialog(SignInService& service, Mode mode, const QString& siteName, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_mode(mode)
    , m_name(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_nameLabel(new QLabel(this))
    , m_passwordLabel(new QLabel(this))
    , m_siteName(siteName)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("signIn"));
    setModal(true);
    m_password->setEchoMode(QLineEdit::Password);
    m_intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_passwordLabel, m_password);
    m_nameLabel->setBuddy(m_name);
    m_passwordLabel->setBuddy(m_password);
    if (mode == Mode::FirstAdmin) {
        m_repeat = new QLineEdit(this);
        m_repeat->setEchoMode(QLineEdit::Password);
        m_repeatLabel = new QLabel(this);
        m_repeatLabel->setBuddy(m_repeat);
        form->addRow(m_repeatLabel, m_repeat);
    }
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("signInStatus"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    connect(&m_service, &SignInService::signedIn, this, [this](const Operator& who) {
        setBusy(false);
        m_who = who;
        m_password->clear();
        if (m_repeat)
            m_repeat->clear();
        emit signedIn(who);
        accept();
    });
    connect(&m_service, &SignInService::refused, this, &SignInDialog::refused);
    m_countdown.setInterval(250);
    connect(&m_countdown, &QTimer::timeout, this, &SignInDialog::tick);
    retranslate();
}

void SignInDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SignInDialog::retranslate()
{
    m_name->setAccessibleName(tr("User name"));
    m_password->setAccessibleName(tr("Password"));
    m_nameLabel->setText(tr("&Name:"));
    m_passwordLabel->setText(tr("&Password:"));
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    if (m_mode == Mode::FirstAdmin) {
        setWindowTitle(tr("Create the administrator of %1").arg(m_siteName));
        m_intro->setText(tr("This site has no users yet. Choose the administrator's name and password (at "
                            "least %1 characters); the administrator then adds the others. There is no default "
                            "password.")
                             .arg(UserDirectory::kMinPasswordLength));
        m_repeat->setAccessibleName(tr("Password again"));
        m_repeatLabel->setText(tr("&Again:"));
        ok->setText(tr("Create and sign in"));
    } else {
        setWindowTitle(tr("Sign in to %1").arg(m_siteName));
        m_intro->setText(tr("Sign in with your Parkwatt user to see and control this site."));
        ok->setText(tr("Sign in"));
    }
    // Cancel is Qt's own button text (qtbase translations).
    if (m_countdown.isActive())
        tick(); // words the countdown again
    else if (m_statusText)
        m_status->setText(m_statusText());
}

void SignInDialog::setStatus(std::function<QString()> text)
{
    m_statusText = std::move(text);
    m_status->setText(m_statusText());
}

void SignInDialog::prefill(const QString& name)
{
    m_name->setText(name);
    m_password->clear();
    m_password->setFocus();
}

QString SignInDialog::status() const
{
    return m_status->text();
}

void SignInDialog::submit()
{
    if (m_service.isBusy() || m_waitLeftMs > 0)
        return;
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        setStatus([] { return tr("Enter your name."); });
        return;
    }
    if (m_mode == Mode::FirstAdmin) {
        const QString problem = UserDirectory::nameProblem(name).isEmpty()
                                    ? UserDirectory::passwordProblem(m_password->text())
                                    : UserDirectory::nameProblem(name);
        if (!problem.isEmpty()) {
            setStatus([problem] { return problem; }); // worded by UserDirectory
            return;
        }
        if (m_password->text() != m_repeat->text()) {
            setStatus([] { return tr("The two passwords differ."); });
            return;
        }
        setBusy(true);
        m_service.createFirstAdmin(name, m_password->text());
        return;
    }
    setBusy(true);
    m_service.signIn(name, m_password->text());
}

void SignInDialog::refused(const QString& why, qint64 waitMs)
{
    setBusy(false);
    m_password->clear();
    m_password->setFocus();
    m_why = why;
    m_waitLeftMs = waitMs;
    setStatus([why] { return why; }); // worded by the SignInService
    if (waitMs > 0) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        m_waitUntil.start();
        m_waitUntilMs = waitMs;
        m_countdown.start();
        tick();
    }
}

void SignInDialog::tick()
{
    m_waitLeftMs = m_waitUntilMs - m_waitUntil.elapsed();
    if (m_waitLeftMs <= 0) {
        m_waitLeftMs = 0;
        m_countdown.stop();
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
        setStatus([why = m_why] { return why; });
        return;
    }
    m_status->setText(
        tr("%1 Next try in %n second(s).", nullptr, int((m_waitLeftMs + 999) / 1000)).arg(m_why));
}

void SignInDialog::setBusy(bool busy)
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_name->setEnabled(!busy);
    m_password->setEnabled(!busy);
    if (busy)
        setStatus([] { return tr("Checking…"); });
}

void SignInDialog::reject()
{
    // Without a user there is nothing to show: closing the dialog ends the program (the caller
    // decides); while a check runs it waits for the answer.
    if (!m_service.isBusy())
        QDialog::reject();
}

} // namespace parkwatt
