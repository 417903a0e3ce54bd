#pragma once
// Asks for a PIN on the keypad (a bay's, before a driver changes their session; the manager's,
// before kiosk mode is left) and checks it with PinChecker, saying what happened: checking,
// wrong, or how long to wait after too many wrong PINs. accepted() when right.

#include "security/PasswordHash.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace parkwatt {

class PinChecker;
class PinKeypad;

class KioskPinPage : public QWidget {
    Q_OBJECT
public:
    KioskPinPage(PinChecker& checker, QWidget* parent = nullptr);

    // Asks for the PIN behind `key` ("bay:L1-04", "manager") under `title`.
    void ask(const QString& key, const PasswordHash& hash, const QString& title, const QString& prompt);
    void reset();
    PinKeypad* keypad() const { return m_keypad; }
    QPushButton* cancelButton() const { return m_cancel; }
    QString status() const;
    const QString& key() const { return m_key; }

signals:
    void accepted(const QString& key);
    void cancelled();

protected:
    void changeEvent(QEvent* event) override;

private:
    void submit(const QString& pin);
    void retranslate();

    PinChecker& m_checker;
    QString m_key;
    PasswordHash m_hash;
    QLabel* m_title;
    QLabel* m_prompt;
    QLabel* m_status;
    PinKeypad* m_keypad;
    QPushButton* m_cancel;
};

} // namespace parkwatt
