#include "devices/profiles/ProfileLibrary.h"

#include "config/ConfigFile.h"
#include "devices/profiles/DeviceProfileReader.h"

#include <QDir>
#include <QFileInfo>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace parkwatt {

ProfileLibrary ProfileLibrary::withBuiltIns(const QStringList& userDirectories)
{
    ProfileLibrary library;
    library.loadDirectory(builtInDirectory());
    for (const QString& directory : userDirectories)
        library.loadDirectory(directory);
    return library;
}

void ProfileLibrary::loadDirectory(const QString& directory)
{
    const QDir dir(directory);
    if (!dir.exists()) {
        m_errors.append(ConfigError{directory, QString(), u"profile folder not found"_s});
        return;
    }
    const QStringList names = dir.entryList({u"*.json"_s}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString& name : names)
        loadFile(dir.filePath(name));
}

bool ProfileLibrary::loadFile(const QString& path)
{
    LoadResult<DeviceProfile> loaded = loadDeviceProfileFile(path);
    m_warnings.append(loaded.warnings);
    if (!loaded.ok()) {
        m_errors.append(loaded.error);
        return false;
    }
    const QString id = loaded.value->id;
    if (const auto it = m_sources.constFind(id); it != m_sources.constEnd()) {
        m_warnings.append(u"%1: profile '%2' replaces the one from %3"_s.arg(configFileLabel(path), id,
                                                                             QDir::toNativeSeparators(*it)));
    }
    m_profiles.insert(id, std::move(*loaded.value));
    m_sources.insert(id, path);
    return true;
}

const DeviceProfile* ProfileLibrary::find(const QString& id) const
{
    const auto it = m_profiles.constFind(id);
    return it == m_profiles.constEnd() ? nullptr : &it.value();
}

QStringList ProfileLibrary::ids() const
{
    QStringList out = m_profiles.keys();
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace parkwatt
