#include "kiosk/KioskPinPage.h"

#include "kiosk/KioskStyle.h"
#include "kiosk/PinChecker.h"
#include "kiosk/PinKeypad.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace parkwatt {

KioskPinPage::KioskPinPage(PinChecker& checker, QWidget* parent)
    : QWidget(parent)
    , m_checker(checker)
    , m_title(kiosk::label(kiosk::kTitlePt, true, this))
    , m_prompt(kiosk::label(kiosk::kBodyPt, false, this))
    , m_status(kiosk::label(kiosk::kBodyPt, true, this))
    , m_keypad(new PinKeypad(this))
    , m_cancel(kiosk::button(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 16, 32, 32);
    layout->addWidget(m_title);
    layout->addWidget(m_prompt);
    layout->addStretch(1);
    layout->addWidget(m_keypad, 0, Qt::AlignHCenter);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(m_cancel, 0, Qt::AlignHCenter);
    connect(m_keypad, &PinKeypad::entered, this, &KioskPinPage::submit);
    connect(m_cancel, &QPushButton::clicked, this, &KioskPinPage::cancelled);
    connect(&m_checker, &PinChecker::checked, this, [this](const QString& key, PinChecker::Outcome outcome) {
        if (key != m_key)
            return;
        m_keypad->setBusy(false);
        m_keypad->clear();
        switch (outcome) {
        case PinChecker::Outcome::Accepted:
            m_status->clear();
            emit accepted(key);
            break;
        case PinChecker::Outcome::Wrong:
            m_status->setText(m_checker.waitS(key) > 0 ? tr("Too many wrong PINs. Please wait %n second(s).",
                                                            nullptr, m_checker.waitS(key))
                                                       : tr("That PIN is not right. Please try again."));
            break;
        case PinChecker::Outcome::Locked:
            m_status->setText(
                tr("Too many wrong PINs. Please wait %n second(s).", nullptr, m_checker.waitS(key)));
            break;
        }
    });
    retranslate();
}

void KioskPinPage::ask(const QString& key, const PasswordHash& hash, const QString& title,
                       const QString& prompt)
{
    m_key = key;
    m_hash = hash;
    m_title->setText(title);
    m_prompt->setText(prompt);
    reset();
    m_keypad->setFocus();
}

void KioskPinPage::reset()
{
    m_keypad->clear();
    m_keypad->setBusy(false);
    m_status->clear();
}

QString KioskPinPage::status() const
{
    return m_status->text();
}

void KioskPinPage::submit(const QString& pin)
{
    m_keypad->setBusy(true);
    m_status->setText(tr("Checking…"));
    m_checker.check(m_key, m_hash, pin);
}

void KioskPinPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void KioskPinPage::retranslate()
{
    m_cancel->setText(tr("Cancel"));
}

} // namespace parkwatt
