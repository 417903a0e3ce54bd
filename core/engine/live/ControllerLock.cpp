#include "engine/live/ControllerLock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLockFile>
#include <QStandardPaths>
#include <QStringList>

namespace parkwatt {

QString ControllerLock::siteKey(const SiteFile& site)
{
    QStringList endpoints;
    for (const DeviceSpec& d : site.devices)
        endpoints << QStringLiteral("%1:%2/%3").arg(d.host.toLower()).arg(d.port).arg(d.unit);
    endpoints.sort();
    return QString::fromLatin1(
        QCryptographicHash::hash(endpoints.join(QLatin1Char(',')).toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(16));
}

ControllerLock::ControllerLock(const SiteFile& site, QString directory)
{
    if (directory.isEmpty()) {
        directory = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
        if (directory.isEmpty())
            directory = QDir::tempPath();
    }
    m_path = QDir(directory).filePath(QStringLiteral("parkwatt-controller-%1.lock").arg(siteKey(site)));
    m_lock = std::make_unique<QLockFile>(m_path);
    m_lock->setStaleLockTime(0); // only a dead holder makes a lock stale, never its age
}

ControllerLock::~ControllerLock() = default;

bool ControllerLock::acquire(QString* error)
{
    if (m_lock->tryLock(0))
        return true;
    qint64 pid = 0;
    QString host, app;
    if (m_lock->error() == QLockFile::LockFailedError && m_lock->getLockInfo(&pid, &host, &app)) {
        *error = QStringLiteral("another engine already controls this site: %1 (pid %2) on %3 holds %4")
                     .arg(app.isEmpty() ? QStringLiteral("a process") : app)
                     .arg(pid)
                     .arg(host, m_path);
    } else {
        *error = QStringLiteral("cannot take the controller lock %1 (check the directory's permissions)")
                     .arg(m_path);
    }
    return false;
}

} // namespace parkwatt
