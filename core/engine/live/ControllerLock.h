#pragma once
// Only one engine may control a site: two would fight over every charger's setpoint. The lock is
// a QLockFile named after the site's device addresses (so two site files for the same devices
// still collide), held for the engine's life; QLockFile recognises a lock left by a dead process
// and takes it over. The refusal names the process that holds it.

#include "model/SiteFile.h"

#include <QString>
#include <memory>

class QLockFile;

namespace parkwatt {

class ControllerLock {
public:
    // `directory`: where locks live (empty: the user's runtime directory, else the temp directory).
    explicit ControllerLock(const SiteFile& site, QString directory = {});
    ~ControllerLock();

    // True when this process now controls the site; else `error` says who does.
    bool acquire(QString* error);
    QString path() const { return m_path; }

    // The lock's key: the sorted host:port/unit of every device, hashed.
    static QString siteKey(const SiteFile& site);

private:
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace parkwatt
