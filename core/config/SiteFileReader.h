#pragma once
// Reads and validates site files ("parkwatt-site/1").

#include "config/ConfigError.h"
#include "model/SiteFile.h"

#include <QByteArray>
#include <QString>

namespace parkwatt {

LoadResult<SiteFile> parseSiteFile(const QByteArray& bytes, const QString& fileLabel);
LoadResult<SiteFile> loadSiteFile(const QString& path);
// A device role as the site file spells it ("grid_meter").
QString deviceRoleName(DeviceRole role);

} // namespace parkwatt
