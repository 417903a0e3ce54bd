#pragma once
// An on-screen keypad for a PIN: ten digit keys, erase and OK, big enough for a finger, with the
// entered digits shown as dots (never the digits). entered() carries the PIN on OK.

#include <QWidget>

class QLabel;
class QPushButton;

namespace parkwatt {

class PinKeypad : public QWidget {
    Q_OBJECT
public:
    explicit PinKeypad(QWidget* parent = nullptr);

    void clear();
    // Greys the keys out while a PIN is being checked.
    void setBusy(bool busy);
    QString pin() const { return m_pin; }
    QPushButton* key(int digit) const { return m_digits[digit]; }
    QPushButton* okKey() const { return m_ok; }

    static constexpr int kMaxDigits = 8;

signals:
    void entered(const QString& pin);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void type(int digit);
    void erase();
    void submit();
    void showDots();
    void retranslate();

    QString m_pin;
    QLabel* m_dots;
    QPushButton* m_digits[10];
    QPushButton* m_erase;
    QPushButton* m_ok;
};

} // namespace parkwatt
