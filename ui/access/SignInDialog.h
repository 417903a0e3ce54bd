#pragma once
// Who uses the control room: a sign-in with name and password, or, on a site database without
// users, the creation of its first administrator (name, password twice). Checks run in the
// SignInService (off the GUI thread); a refusal says why and, after failed tries, counts down
// the delay before the next. accepted() once signed in; signedIn() carries who.

#include "engine/Operator.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QTimer>
#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace parkwatt {

class SignInService;

class SignInDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { SignIn, FirstAdmin };

    SignInDialog(SignInService& service, Mode mode, const QString& siteName, QWidget* parent = nullptr);

    Mode mode() const { return m_mode; }
    // For the idle lock: the name filled in, the password asked again.
    void prefill(const QString& name);
    const Operator& signedInAs() const { return m_who; }
    QString status() const;
    QLineEdit* nameField() const { return m_name; }
    QLineEdit* passwordField() const { return m_password; }
    QLineEdit* repeatField() const { return m_repeat; }
    void submit();

signals:
    void signedIn(const parkwatt::Operator& who);

protected:
    void reject() override;
    void changeEvent(QEvent* event) override;

private:
    // Every text of the dialog in the current language; what was typed stays.
    void retranslate();
    // Kept as how to word it, so a language switch re-words the status on screen.
    void setStatus(std::function<QString()> text);
    void refused(const QString& why, qint64 waitMs);
    void tick();
    void setBusy(bool busy);

    SignInService& m_service;
    Mode m_mode;
    Operator m_who;
    QLineEdit* m_name;
    QLineEdit* m_password;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_status;
    QLabel* m_intro;
    QLabel* m_nameLabel;
    QLabel* m_passwordLabel;
    QLabel* m_repeatLabel = nullptr;
    QString m_siteName;
    std::function<QString()> m_statusText;
    QDialogButtonBox* m_buttons;
    QTimer m_countdown;
    qint64 m_waitLeftMs = 0;
    QElapsedTimer m_waitUntil; // since the refusal that asked for a wait of m_waitUntilMs
    qint64 m_waitUntilMs = 0;
    QString m_why;
};

} // namespace parkwatt
