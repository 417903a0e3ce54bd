#pragma once
// The device profiles a site can name: the built-in ones compiled into the resources
// (":/parkwatt/profiles") and any number of folders loaded after them (the installer's user
// folder). A later file replaces an earlier profile with the same id. A file that fails to load
// is recorded with its error and skipped; loading never fails as a whole.

#include "config/ConfigError.h"
#include "devices/profiles/DeviceProfile.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace parkwatt {

class ProfileLibrary {
public:
    static QString builtInDirectory() { return QStringLiteral(":/parkwatt/profiles"); }

    // The built-in profiles, then each of `userDirectories` in order.
    static ProfileLibrary withBuiltIns(const QStringList& userDirectories = {});

    // Loads every *.json file of `directory` in name order (hidden files, such as editor lock files,
    // are skipped). A missing directory is recorded as an error (the user named it); an empty one
    // is not.
    void loadDirectory(const QString& directory);
    // Loads one file; true when it held a valid profile (now in the library).
    bool loadFile(const QString& path);

    const DeviceProfile* find(const QString& id) const;
    QStringList ids() const; // sorted
    qsizetype size() const { return m_profiles.size(); }
    // The file a profile was loaded from.
    QString sourceOf(const QString& id) const { return m_sources.value(id); }

    // One error per file that could not be loaded, in load order.
    const QList<ConfigError>& errors() const { return m_errors; }
    // Unknown keys, and profiles replaced by a later file.
    const QStringList& warnings() const { return m_warnings; }

private:
    QHash<QString, DeviceProfile> m_profiles;
    QHash<QString, QString> m_sources;
    QList<ConfigError> m_errors;
    QStringList m_warnings;
};

} // namespace parkwatt
