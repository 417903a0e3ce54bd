#include "config/SiteFileReader.h"

#include "config/ConfigFile.h"
#include "config/JsonReader.h"
#include "config/SiteParser.h"

#include <QHash>
#include <array>

using namespace Qt::StringLiterals;

namespace parkwatt {

namespace {

const QString kSiteFormat = u"parkwatt-site/1"_s;

struct RoleName {
    DeviceRole role;
    const char16_t* name;
};

constexpr std::array<RoleName, 5> kRoles{{
    {DeviceRole::GridMeter, u"grid_meter"},
    {DeviceRole::PvInverter, u"pv_inverter"},
    {DeviceRole::Battery, u"battery"},
    {DeviceRole::Charger, u"charger"},
    {DeviceRole::LoadMeter, u"load_meter"},
}};

} // namespace

QString deviceRoleName(DeviceRole role)
{
    for (const RoleName& r : kRoles)
        if (r.role == role)
            return QString::fromUtf16(r.name);
    return {};
}

namespace {

DeviceRole readRole(JsonObjectReader& device)
{
    QStringList names;
    for (const RoleName& r : kRoles)
        names.append(QString::fromUtf16(r.name));
    const QString expected = u"one of "_s + names.join(u", "_s);

    const QJsonValue v = device.value(u"role"_s);
    if (v.isUndefined()) {
        device.fail(u"role"_s, u"missing required key (expected %1)"_s.arg(expected));
        return DeviceRole::Charger;
    }
    for (const RoleName& r : kRoles) {
        if (v.isString() && v.toString() == QStringView(r.name))
            return r.role;
    }
    device.fail(u"role"_s, u"expected %1, got %2"_s.arg(expected, describeJsonValue(v)));
    return DeviceRole::Charger;
}

DeviceSpec readDevice(JsonObjectReader& device, const SiteSpec& site)
{
    DeviceSpec out;
    out.id = device.string(u"id"_s);
    out.role = readRole(device);
    if (out.role == DeviceRole::Charger) {
        out.chargerId = device.string(u"charger"_s);
        if (!device.context().failed() && site.chargerIndex(out.chargerId) < 0)
            device.fail(u"charger"_s, u"no charger '%1' in /site/chargers"_s.arg(out.chargerId));
    } else if (device.has(u"charger"_s)) {
        device.markKnown(u"charger"_s);
        device.context().warn(device.pointerOf(u"charger"),
                              u"ignored: only devices with role \"charger\" drive a charger"_s);
    }
    out.profile = device.string(u"profile"_s);
    out.host = device.string(u"host"_s);
    out.port = device.integer(u"port"_s, NumberRule::wholeIn(1, 65535), 502);
    out.unit = device.integer(u"unit"_s, NumberRule::wholeIn(0, 255));
    device.warnUnknownKeys();
    return out;
}

std::vector<DeviceSpec> readDevices(JsonArrayReader& devices, const SiteSpec& site)
{
    JsonReadContext& context = devices.context();
    std::vector<DeviceSpec> out;
    UniqueIds ids(u"device"_s);
    QHash<QString, QString> chargerDriver; // charger id -> id of the device that drives it
    for (qsizetype i = 0; i < devices.size() && !context.failed(); ++i) {
        auto element = devices.object(i);
        if (!element)
            break;
        DeviceSpec device = readDevice(*element, site);
        if (context.failed() || !ids.add(context, device.id, element->pointerOf(u"id")))
            break;
        // Modbus has no arbitration: two drivers writing one charger's setpoints fight each other.
        if (device.role == DeviceRole::Charger) {
            if (const auto it = chargerDriver.constFind(device.chargerId); it != chargerDriver.constEnd()) {
                element->fail(u"charger"_s, u"charger '%1' is already driven by device '%2'"_s.arg(
                                                device.chargerId, it.value()));
                break;
            }
            chargerDriver.insert(device.chargerId, device.id);
        }
        out.push_back(std::move(device));
    }
    return out;
}

} // namespace

LoadResult<SiteFile> parseSiteFile(const QByteArray& bytes, const QString& fileLabel)
{
    JsonReadContext context(fileLabel);
    SiteFile siteFile;
    const auto document = parseJsonObjectDocument(bytes, context);
    if (!document)
        return context.result(std::move(siteFile));

    JsonObjectReader top(context, *document, QString());
    checkFormat(top, kSiteFormat);
    if (context.failed())
        return context.result(std::move(siteFile));

    if (auto site = top.object(u"site"_s, true))
        siteFile.site = readSite(*site);
    // Devices are optional: an installer describes the site before finding its devices.
    if (auto devices = top.array(u"devices"_s, false); devices && !context.failed())
        siteFile.devices = readDevices(*devices, siteFile.site);
    if (auto policy = top.object(u"policy"_s, false))
        siteFile.policy = readPolicy(*policy);
    top.warnUnknownKeys();
    return context.result(std::move(siteFile));
}

LoadResult<SiteFile> loadSiteFile(const QString& path)
{
    LoadResult<QByteArray> bytes = readConfigFileBytes(path);
    if (!bytes.ok()) {
        LoadResult<SiteFile> out;
        out.error = bytes.error;
        return out;
    }
    return parseSiteFile(*bytes.value, configFileLabel(path));
}

} // namespace parkwatt
