#include "kiosk/KioskLock.h"

#include <QCoreApplication>
#include <QKeyEvent>

namespace parkwatt {

KioskLock::KioskLock(QObject* parent)
    : QObject(parent)
{
    QCoreApplication::instance()->installEventFilter(this);
}

KioskLock::~KioskLock()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

bool KioskLock::isLockedKey(const QKeyEvent& event)
{
    const int key = event.key();
    const Qt::KeyboardModifiers mods = event.modifiers() & ~Qt::KeypadModifier;
    switch (key) {
    case Qt::Key_Escape:
    case Qt::Key_Close:
    case Qt::Key_Meta:
    case Qt::Key_Super_L:
    case Qt::Key_Super_R:
    case Qt::Key_Menu:
    case Qt::Key_Help:
    case Qt::Key_F1:
    case Qt::Key_PowerOff:
    case Qt::Key_Sleep:
    case Qt::Key_Suspend:
        return true;
    default:
        break;
    }
    // Alt+anything (Alt+F4, Alt+Tab), Ctrl/Meta+anything (Ctrl+Q, Ctrl+W, Ctrl+Alt+Backspace):
    // the kiosk needs no shortcut.
    return (mods & (Qt::AltModifier | Qt::ControlModifier | Qt::MetaModifier)) != 0;
}

bool KioskLock::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::ShortcutOverride:
    case QEvent::KeyPress:
    case QEvent::KeyRelease: {
        auto* key = static_cast<QKeyEvent*>(event);
        if (isLockedKey(*key)) {
            if (event->type() == QEvent::KeyPress)
                ++m_swallowed;
            event->accept();
            return true; // nobody sees it: no shortcut, no close
        }
        if (event->type() == QEvent::KeyPress)
            emit activity();
        break;
    }
    case QEvent::Shortcut:
        return true;
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::Wheel:
        emit activity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace parkwatt
