#include "access/IdleLogoff.h"

#include <QCoreApplication>
#include <QEvent>

namespace parkwatt {

IdleLogoff::IdleLogoff(int timeoutMs, QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(timeoutMs);
    connect(&m_timer, &QTimer::timeout, this, &IdleLogoff::idle);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleLogoff::~IdleLogoff()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleLogoff::start()
{
    m_timer.start();
}

void IdleLogoff::stop()
{
    m_timer.stop();
}

bool IdleLogoff::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_timer.isActive())
            m_timer.start(); // activity: the full time again
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace parkwatt
