#pragma once
// The remote API's JSON for what the engine publishes (docs/api.md): a cycle, events, device
// health, cycle figures. Encoding and decoding are exact inverses (unknown numbers travel as null
// and come back as NaN), so a remote control room shows what a local one would. Decoding never
// trusts its input: a missing or mistyped field gives an error naming it.

#include "engine/SiteControl.h"

#include <QJsonArray>
#include <QJsonObject>
#include <optional>

namespace parkwatt::api {

constexpr int kVersion = 1;

QJsonObject toJson(const PublishedCycle& cycle);
std::optional<PublishedCycle> cycleFromJson(const QJsonObject& o, QString* error);

QJsonObject toJson(const EngineEvent& event);
std::optional<EngineEvent> eventFromJson(const QJsonObject& o, QString* error);

QJsonObject toJson(const DeviceStatus& device);
std::optional<DeviceStatus> deviceFromJson(const QJsonObject& o, QString* error);

QJsonObject toJson(const CycleStats& stats);
CycleStats statsFromJson(const QJsonObject& o);

// The site as the site file's "site" object (read back with SiteParser's readSite), and the
// site's clock offset, so a remote window lays out the same bays.
QJsonObject toJson(const SiteSpec& site);
std::optional<SiteSpec> siteFromJson(const QJsonObject& o, QString* error);

QString severityName(EventSeverity severity);
std::optional<EventSeverity> severityFromName(const QString& name);
std::optional<BayOverride> overrideFromName(const QString& name);

} // namespace parkwatt::api
