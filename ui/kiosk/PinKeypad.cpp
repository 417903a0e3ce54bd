#include "kiosk/PinKeypad.h"

#include "kiosk/KioskStyle.h"

#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace parkwatt {

namespace {

QPushButton* makeKey(QWidget* parent)
{
    auto* key = new QPushButton(parent);
    key->setFixedSize(kiosk::kKeyPx, kiosk::kKeyPx * 3 / 4);
    QFont font = key->font();
    font.setPointSize(kiosk::kFigurePt);
    key->setFont(font);
    key->setFocusPolicy(Qt::NoFocus); // the keypad takes the keys itself
    return key;
}

} // namespace

PinKeypad::PinKeypad(QWidget* parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    m_dots = new QLabel(this);
    m_dots->setAlignment(Qt::AlignCenter);
    m_dots->setMinimumHeight(kiosk::kTouchPx);
    QFont dotsFont = m_dots->font();
    dotsFont.setPointSize(kiosk::kFigurePt);
    m_dots->setFont(dotsFont);

    auto* grid = new QGridLayout;
    grid->setSpacing(12);
    for (int digit = 0; digit < 10; ++digit) {
        m_digits[digit] = makeKey(this);
        m_digits[digit]->setText(QString::number(digit));
        connect(m_digits[digit], &QPushButton::clicked, this, [this, digit] { type(digit); });
        if (digit > 0)
            grid->addWidget(m_digits[digit], (digit - 1) / 3, (digit - 1) % 3);
    }
    m_erase = makeKey(this);
    m_erase->setText(QStringLiteral("⌫"));
    connect(m_erase, &QPushButton::clicked, this, &PinKeypad::erase);
    m_ok = makeKey(this);
    connect(m_ok, &QPushButton::clicked, this, &PinKeypad::submit);
    grid->addWidget(m_erase, 3, 0);
    grid->addWidget(m_digits[0], 3, 1);
    grid->addWidget(m_ok, 3, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_dots);
    layout->addLayout(grid);
    layout->setAlignment(grid, Qt::AlignHCenter);
    retranslate();
    showDots();
}

void PinKeypad::clear()
{
    m_pin.clear();
    showDots();
}

void PinKeypad::setBusy(bool busy)
{
    for (QPushButton* key : m_digits)
        key->setEnabled(!busy);
    m_erase->setEnabled(!busy);
    m_ok->setEnabled(!busy && !m_pin.isEmpty());
}

void PinKeypad::type(int digit)
{
    if (m_pin.size() >= kMaxDigits)
        return;
    m_pin += QChar(u'0' + digit);
    showDots();
}

void PinKeypad::erase()
{
    m_pin.chop(1);
    showDots();
}

void PinKeypad::submit()
{
    if (!m_pin.isEmpty())
        emit entered(m_pin);
}

void PinKeypad::showDots()
{
    m_dots->setText(m_pin.isEmpty() ? QStringLiteral("–") : QString(m_pin.size(), QChar(u'●')));
    m_ok->setEnabled(!m_pin.isEmpty());
    m_dots->setAccessibleName(tr("%n digit(s) entered", nullptr, int(m_pin.size())));
}

void PinKeypad::keyPressEvent(QKeyEvent* event)
{
    if (event->key() >= Qt::Key_0 && event->key() <= Qt::Key_9)
        type(event->key() - Qt::Key_0);
    else if (event->key() == Qt::Key_Backspace)
        erase();
    else if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        submit();
    else
        QWidget::keyPressEvent(event);
}

void PinKeypad::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PinKeypad::retranslate()
{
    m_ok->setText(tr("OK"));
    m_erase->setAccessibleName(tr("Erase the last digit"));
    m_ok->setAccessibleName(tr("Enter the PIN"));
    showDots();
}

} // namespace parkwatt
