#pragma once
// Writes a site file ("parkwatt-site/1", docs and ../shared/spec/scenario-and-site.md section 3):
// what the commissioning tools export. What it writes reads back (SiteFileReader) to the same
// site, devices and policy.

#include "model/SiteFile.h"

#include <QByteArray>
#include <QJsonObject>

namespace parkwatt {

// The site object as site files and scenarios hold it.
QJsonObject siteSpecToJson(const SiteSpec& site);
QJsonObject siteFileToJson(const SiteFile& file);
// Indented JSON text, ready to save.
QByteArray writeSiteFile(const SiteFile& file);

} // namespace parkwatt
