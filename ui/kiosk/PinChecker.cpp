#include "kiosk/PinChecker.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace parkwatt {

PinChecker::PinChecker(int attempts, int lockoutS, QObject* parent)
    : QObject(parent)
    , m_attempts(attempts)
    , m_lockoutS(lockoutS)
{
}

int PinChecker::waitS(const QString& key) const
{
    const auto it = m_misses.constFind(key);
    if (it == m_misses.cend() || it->waitMs == 0)
        return 0;
    const qint64 left = it->waitMs - it->since.elapsed();
    return left > 0 ? int((left + 999) / 1000) : 0;
}

void PinChecker::check(const QString& key, const PasswordHash& hash, const QString& pin)
{
    if (waitS(key) > 0) {
        QMetaObject::invokeMethod(
            this, [this, key] { emit checked(key, Outcome::Locked); }, Qt::QueuedConnection);
        return;
    }
    ++m_pending;
    auto* watcher = new QFutureWatcher<bool>(this);
    connect(watcher, &QFutureWatcher<bool>::finished, this, [this, watcher, key] {
        --m_pending;
        const bool accepted = watcher->result();
        watcher->deleteLater();
        record(key, accepted);
        emit checked(key, accepted ? Outcome::Accepted : Outcome::Wrong);
    });
    watcher->setFuture(QtConcurrent::run([hash, pin] { return hash.matches(pin); }));
}

void PinChecker::record(const QString& key, bool accepted)
{
    if (accepted) {
        m_misses.remove(key);
        return;
    }
    Misses& misses = m_misses[key];
    if (++misses.inRow < m_attempts)
        return;
    misses.inRow = 0;
    misses.waitMs = qint64(m_lockoutS) * 1000 << std::min(misses.lockouts, 10);
    ++misses.lockouts;
    misses.since.start();
}

} // namespace parkwatt
