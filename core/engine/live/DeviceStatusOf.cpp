#include "engine/live/DeviceStatusOf.h"

#include "devices/profiles/DeviceProfile.h"
#include "engine/live/DeviceLink.h"

namespace parkwatt {

DeviceStatus deviceStatusOf(const DeviceLink& link)
{
    DeviceStatus s;
    s.id = link.spec().id;
    s.role = toString(link.spec().role);
    s.profile = link.spec().profile;
    s.address = QStringLiteral("%1:%2 unit %3").arg(link.spec().host).arg(link.spec().port).arg(link.spec().unit);
    s.online = link.health().online();
    s.fault = link.health().fault();
    const DeviceLink::Stats stats = link.stats();
    s.requests = stats.requests;
    s.errors = stats.errors;
    s.lastAnswerMs = stats.lastAnswerMs;
    s.roundTripMs = stats.roundTripMs;
    s.firmware = link.identity().firmware;
    // The device's own word for its model, unless it only cut the profile's name to its register.
    const QString& said = link.identity().model;
    s.model = said.isEmpty() || link.profile().model.startsWith(said) ? link.profile().model : said;
    return s;
}

} // namespace parkwatt
