#include "remote/ApiJson.h"

#include "config/JsonReader.h"
#include "config/SiteFileWriter.h"
#include "config/SiteParser.h"

#include <cmath>
#include <limits>

namespace parkwatt::api {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

double numberOf(const QJsonValue& v)
{
    return v.isDouble() ? v.toDouble() : kNaN;
}

QJsonValue time(std::optional<TimeMs> t)
{
    return t ? QJsonValue(double(*t)) : QJsonValue(QJsonValue::Null);
}

std::optional<TimeMs> timeOf(const QJsonValue& v)
{
    return v.isDouble() ? std::optional<TimeMs>(TimeMs(v.toDouble())) : std::nullopt;
}

QJsonArray numbers(const std::vector<double>& values)
{
    QJsonArray a;
    for (const double v : values)
        a.append(number(v));
    return a;
}

std::vector<double> numbersOf(const QJsonValue& v)
{
    std::vector<double> out;
    for (const QJsonValue& x : v.toArray())
        out.push_back(numberOf(x));
    return out;
}

// Checks that the named fields are there with the right JSON type; says which is not.
bool has(const QJsonObject& o, std::initializer_list<std::pair<const char*, QJsonValue::Type>> fields,
         const QString& what, QString* error)
{
    for (const auto& [name, type] : fields) {
        const QJsonValue v = o.value(QLatin1String(name));
        if (v.type() != type) {
            *error = QStringLiteral("%1: field \"%2\" is missing or not of the right type")
                         .arg(what, QLatin1String(name));
            return false;
        }
    }
    return true;
}

QJsonObject toJson(const ChargerState& c)
{
    return {{QStringLiteral("online"), c.online},
            {QStringLiteral("plugged"), c.plugged},
            {QStringLiteral("session_index"), c.sessionIndex},
            {QStringLiteral("session"), c.sessionId},
            {QStringLiteral("energy_kwh"), number(c.energyKwh)},
            {QStringLiteral("capacity_kwh"), number(c.capacityKwh)},
            {QStringLiteral("min_energy_kwh"), number(c.minEnergyKwh)},
            {QStringLiteral("target_energy_kwh"), number(c.targetEnergyKwh)},
            {QStringLiteral("departure"), double(c.departureMs)},
            {QStringLiteral("max_charge_kw"), number(c.maxChargeKw)},
            {QStringLiteral("min_charge_kw"), number(c.minChargeKw)},
            {QStringLiteral("max_discharge_kw"), number(c.maxDischargeKw)},
            {QStringLiteral("v2x_consent"), c.v2xConsent},
            {QStringLiteral("offline_draw_kw"), number(c.offlineDrawKw)}};
}

ChargerState chargerOf(const QJsonObject& o)
{
    ChargerState c;
    c.online = o.value(QStringLiteral("online")).toBool();
    c.plugged = o.value(QStringLiteral("plugged")).toBool();
    c.sessionIndex = o.value(QStringLiteral("session_index")).toInt(-1);
    c.sessionId = o.value(QStringLiteral("session")).toString();
    c.energyKwh = numberOf(o.value(QStringLiteral("energy_kwh")));
    c.capacityKwh = numberOf(o.value(QStringLiteral("capacity_kwh")));
    c.minEnergyKwh = numberOf(o.value(QStringLiteral("min_energy_kwh")));
    c.targetEnergyKwh = numberOf(o.value(QStringLiteral("target_energy_kwh")));
    c.departureMs = TimeMs(o.value(QStringLiteral("departure")).toDouble());
    c.maxChargeKw = numberOf(o.value(QStringLiteral("max_charge_kw")));
    c.minChargeKw = numberOf(o.value(QStringLiteral("min_charge_kw")));
    c.maxDischargeKw = numberOf(o.value(QStringLiteral("max_discharge_kw")));
    c.v2xConsent = o.value(QStringLiteral("v2x_consent")).toBool();
    c.offlineDrawKw = numberOf(o.value(QStringLiteral("offline_draw_kw")));
    return c;
}

QJsonObject toJson(const StepRecord& r)
{
    return {{QStringLiteral("step"), r.step},
            {QStringLiteral("time"), double(r.timeMs)},
            {QStringLiteral("step_h"), r.stepH},
            {QStringLiteral("outage"), r.outage},
            {QStringLiteral("pv_available_kw"), number(r.pvAvailableKw)},
            {QStringLiteral("pv_used_kw"), number(r.pvUsedKw)},
            {QStringLiteral("load_kw"), number(r.loadKw)},
            {QStringLiteral("load_served_kw"), number(r.loadServedKw)},
            {QStringLiteral("critical_load_kw"), number(r.criticalLoadKw)},
            {QStringLiteral("critical_unserved_kw"), number(r.criticalUnservedKw)},
            {QStringLiteral("grid_kw"), number(r.gridKw)},
            {QStringLiteral("battery_kw"), number(r.batteryKw)},
            {QStringLiteral("battery_energy_kwh"), number(r.batteryEnergyKwh)},
            {QStringLiteral("battery_capacity_kwh"), number(r.batteryCapacityKwh)},
            {QStringLiteral("ev_charge_kw"), number(r.evChargeKw)},
            {QStringLiteral("ev_discharge_kw"), number(r.evDischargeKw)},
            {QStringLiteral("evs_plugged"), r.evsPlugged},
            {QStringLiteral("charger_kw"), numbers(r.chargerKw)},
            {QStringLiteral("charger_energy_kwh"), numbers(r.chargerEnergyKwh)}};
}

StepRecord stepOf(const QJsonObject& o)
{
    StepRecord r;
    r.step = o.value(QStringLiteral("step")).toInt();
    r.timeMs = TimeMs(o.value(QStringLiteral("time")).toDouble());
    r.stepH = o.value(QStringLiteral("step_h")).toDouble();
    r.outage = o.value(QStringLiteral("outage")).toBool();
    r.pvAvailableKw = numberOf(o.value(QStringLiteral("pv_available_kw")));
    r.pvUsedKw = numberOf(o.value(QStringLiteral("pv_used_kw")));
    r.loadKw = numberOf(o.value(QStringLiteral("load_kw")));
    r.loadServedKw = numberOf(o.value(QStringLiteral("load_served_kw")));
    r.criticalLoadKw = numberOf(o.value(QStringLiteral("critical_load_kw")));
    r.criticalUnservedKw = numberOf(o.value(QStringLiteral("critical_unserved_kw")));
    r.gridKw = numberOf(o.value(QStringLiteral("grid_kw")));
    r.batteryKw = numberOf(o.value(QStringLiteral("battery_kw")));
    r.batteryEnergyKwh = numberOf(o.value(QStringLiteral("battery_energy_kwh")));
    r.batteryCapacityKwh = numberOf(o.value(QStringLiteral("battery_capacity_kwh")));
    r.evChargeKw = numberOf(o.value(QStringLiteral("ev_charge_kw")));
    r.evDischargeKw = numberOf(o.value(QStringLiteral("ev_discharge_kw")));
    r.evsPlugged = o.value(QStringLiteral("evs_plugged")).toInt();
    r.chargerKw = numbersOf(o.value(QStringLiteral("charger_kw")));
    r.chargerEnergyKwh = numbersOf(o.value(QStringLiteral("charger_energy_kwh")));
    return r;
}

} // namespace

QJsonObject toJson(const PublishedCycle& cycle)
{
    const SiteSnapshot& s = cycle.sensed;
    QJsonArray batteries;
    for (const BatteryState& b : s.batteries)
        batteries.append(QJsonObject{{QStringLiteral("energy_kwh"), number(b.energyKwh)},
                                     {QStringLiteral("soc_pct"), number(b.socPct)},
                                     {QStringLiteral("online"), b.online}});
    QJsonArray chargers;
    for (const ChargerState& c : s.chargers)
        chargers.append(toJson(c));
    QJsonArray reasons;
    for (const QString& r : cycle.commanded.chargerReasons)
        reasons.append(r);
    QJsonArray offline;
    for (const QString& d : cycle.offlineDevices)
        offline.append(d);
    return {
        {QStringLiteral("sensed"), QJsonObject{{QStringLiteral("time"), double(s.timeMs)},
                                               {QStringLiteral("step"), s.stepIndex},
                                               {QStringLiteral("step_h"), s.stepH},
                                               {QStringLiteral("grid_available"), s.gridAvailable},
                                               {QStringLiteral("pv_available_kw"), number(s.pvAvailableKw)},
                                               {QStringLiteral("load_kw"), number(s.loadKw)},
                                               {QStringLiteral("critical_load_kw"), number(s.criticalLoadKw)},
                                               {QStringLiteral("batteries"), batteries},
                                               {QStringLiteral("chargers"), chargers}}},
        {QStringLiteral("commanded"),
         QJsonObject{{QStringLiteral("battery_kw"), numbers(cycle.commanded.batteryKw)},
                     {QStringLiteral("charger_kw"), numbers(cycle.commanded.chargerKw)},
                     {QStringLiteral("reasons"), reasons}}},
        {QStringLiteral("applied"), toJson(cycle.applied)},
        {QStringLiteral("offline_devices"), offline},
    };
}

std::optional<PublishedCycle> cycleFromJson(const QJsonObject& o, QString* error)
{
    if (!has(o,
             {{"sensed", QJsonValue::Object},
              {"commanded", QJsonValue::Object},
              {"applied", QJsonValue::Object},
              {"offline_devices", QJsonValue::Array}},
             QStringLiteral("cycle"), error))
        return std::nullopt;
    const QJsonObject sensed = o.value(QStringLiteral("sensed")).toObject();
    if (!has(
            sensed,
            {{"time", QJsonValue::Double}, {"chargers", QJsonValue::Array}, {"batteries", QJsonValue::Array}},
            QStringLiteral("cycle.sensed"), error))
        return std::nullopt;
    PublishedCycle c;
    SiteSnapshot& s = c.sensed;
    s.timeMs = TimeMs(sensed.value(QStringLiteral("time")).toDouble());
    s.stepIndex = sensed.value(QStringLiteral("step")).toInt();
    s.stepH = sensed.value(QStringLiteral("step_h")).toDouble();
    s.gridAvailable = sensed.value(QStringLiteral("grid_available")).toBool(true);
    s.pvAvailableKw = numberOf(sensed.value(QStringLiteral("pv_available_kw")));
    s.loadKw = numberOf(sensed.value(QStringLiteral("load_kw")));
    s.criticalLoadKw = numberOf(sensed.value(QStringLiteral("critical_load_kw")));
    for (const QJsonValue& b : sensed.value(QStringLiteral("batteries")).toArray()) {
        const QJsonObject bo = b.toObject();
        s.batteries.push_back({numberOf(bo.value(QStringLiteral("energy_kwh"))),
                               numberOf(bo.value(QStringLiteral("soc_pct"))),
                               bo.value(QStringLiteral("online")).toBool()});
    }
    for (const QJsonValue& ch : sensed.value(QStringLiteral("chargers")).toArray()) {
        if (!ch.isObject()) {
            *error = QStringLiteral("cycle.sensed.chargers: an entry is not an object");
            return std::nullopt;
        }
        s.chargers.push_back(chargerOf(ch.toObject()));
    }
    const QJsonObject commanded = o.value(QStringLiteral("commanded")).toObject();
    c.commanded.batteryKw = numbersOf(commanded.value(QStringLiteral("battery_kw")));
    c.commanded.chargerKw = numbersOf(commanded.value(QStringLiteral("charger_kw")));
    for (const QJsonValue& r : commanded.value(QStringLiteral("reasons")).toArray())
        c.commanded.chargerReasons.push_back(r.toString());
    c.applied = stepOf(o.value(QStringLiteral("applied")).toObject());
    for (const QJsonValue& d : o.value(QStringLiteral("offline_devices")).toArray())
        c.offlineDevices << d.toString();
    return c;
}

QJsonObject toJson(const SiteSpec& site)
{
    return siteSpecToJson(site); // the site object exactly as site files hold it
}

std::optional<SiteSpec> siteFromJson(const QJsonObject& o, QString* error)
{
    JsonReadContext context(QStringLiteral("welcome"));
    JsonObjectReader reader(context, o, QStringLiteral("/site"));
    SiteSpec site = readSite(reader);
    if (context.failed()) {
        *error = context.error().toString();
        return std::nullopt;
    }
    return site;
}

QString severityName(EventSeverity severity)
{
    switch (severity) {
    case EventSeverity::Info:
        return QStringLiteral("info");
    case EventSeverity::Warning:
        return QStringLiteral("warning");
    case EventSeverity::Alarm:
        return QStringLiteral("alarm");
    }
    return QStringLiteral("warning");
}

std::optional<EventSeverity> severityFromName(const QString& name)
{
    for (const EventSeverity s : {EventSeverity::Info, EventSeverity::Warning, EventSeverity::Alarm})
        if (severityName(s) == name)
            return s;
    return std::nullopt;
}

std::optional<BayOverride> overrideFromName(const QString& name)
{
    for (const BayOverride k : {BayOverride::None, BayOverride::ChargeNow, BayOverride::Pause})
        if (overrideName(k) == name)
            return k;
    return std::nullopt;
}

QJsonObject toJson(const EngineEvent& e)
{
    return {{QStringLiteral("id"), double(e.id)},
            {QStringLiteral("source"), e.source},
            {QStringLiteral("code"), e.code},
            {QStringLiteral("severity"), severityName(e.severity)},
            {QStringLiteral("message"), e.message},
            {QStringLiteral("raised_at"), double(e.raisedAt)},
            {QStringLiteral("cleared_at"), time(e.clearedAt)},
            {QStringLiteral("acknowledged_at"), time(e.acknowledgedAt)},
            {QStringLiteral("acknowledged_by"), e.acknowledgedBy}};
}

std::optional<EngineEvent> eventFromJson(const QJsonObject& o, QString* error)
{
    if (!has(o,
             {{"id", QJsonValue::Double},
              {"source", QJsonValue::String},
              {"severity", QJsonValue::String},
              {"message", QJsonValue::String},
              {"raised_at", QJsonValue::Double}},
             QStringLiteral("event"), error))
        return std::nullopt;
    EngineEvent e;
    e.id = qint64(o.value(QStringLiteral("id")).toDouble());
    e.source = o.value(QStringLiteral("source")).toString();
    e.code = o.value(QStringLiteral("code")).toString();
    const auto severity = severityFromName(o.value(QStringLiteral("severity")).toString());
    if (!severity) {
        *error = QStringLiteral("event: unknown severity \"%1\"")
                     .arg(o.value(QStringLiteral("severity")).toString());
        return std::nullopt;
    }
    e.severity = *severity;
    e.message = o.value(QStringLiteral("message")).toString();
    e.raisedAt = TimeMs(o.value(QStringLiteral("raised_at")).toDouble());
    e.clearedAt = timeOf(o.value(QStringLiteral("cleared_at")));
    e.acknowledgedAt = timeOf(o.value(QStringLiteral("acknowledged_at")));
    e.acknowledgedBy = o.value(QStringLiteral("acknowledged_by")).toString();
    return e;
}

QJsonObject toJson(const DeviceStatus& d)
{
    return {{QStringLiteral("id"), d.id},
            {QStringLiteral("role"), d.role},
            {QStringLiteral("profile"), d.profile},
            {QStringLiteral("address"), d.address},
            {QStringLiteral("online"), d.online},
            {QStringLiteral("fault"), d.fault},
            {QStringLiteral("last_answer"), time(d.lastAnswerMs)},
            {QStringLiteral("round_trip_ms"),
             d.roundTripMs ? QJsonValue(*d.roundTripMs) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("requests"), d.requests},
            {QStringLiteral("errors"), d.errors},
            {QStringLiteral("firmware"), d.firmware},
            {QStringLiteral("model"), d.model}};
}

std::optional<DeviceStatus> deviceFromJson(const QJsonObject& o, QString* error)
{
    if (!has(o, {{"id", QJsonValue::String}, {"online", QJsonValue::Bool}}, QStringLiteral("device"), error))
        return std::nullopt;
    DeviceStatus d;
    d.id = o.value(QStringLiteral("id")).toString();
    d.role = o.value(QStringLiteral("role")).toString();
    d.profile = o.value(QStringLiteral("profile")).toString();
    d.address = o.value(QStringLiteral("address")).toString();
    d.online = o.value(QStringLiteral("online")).toBool();
    d.fault = o.value(QStringLiteral("fault")).toString();
    d.lastAnswerMs = timeOf(o.value(QStringLiteral("last_answer")));
    if (o.value(QStringLiteral("round_trip_ms")).isDouble())
        d.roundTripMs = o.value(QStringLiteral("round_trip_ms")).toDouble();
    d.requests = o.value(QStringLiteral("requests")).toInt();
    d.errors = o.value(QStringLiteral("errors")).toInt();
    d.firmware = o.value(QStringLiteral("firmware")).toString();
    d.model = o.value(QStringLiteral("model")).toString();
    return d;
}

QJsonObject toJson(const CycleStats& s)
{
    return {{QStringLiteral("cycle"), double(s.cycle)},
            {QStringLiteral("start"), double(s.startMs)},
            {QStringLiteral("total_ms"), s.totalMs},
            {QStringLiteral("devices_read"), s.devicesRead},
            {QStringLiteral("devices_missing"), s.devicesMissing},
            {QStringLiteral("writes_sent"), s.writesSent},
            {QStringLiteral("grid_meter_valid"), s.gridMeterValid}};
}

CycleStats statsFromJson(const QJsonObject& o)
{
    CycleStats s;
    s.cycle = qint64(o.value(QStringLiteral("cycle")).toDouble());
    s.startMs = TimeMs(o.value(QStringLiteral("start")).toDouble());
    s.totalMs = o.value(QStringLiteral("total_ms")).toDouble();
    s.devicesRead = o.value(QStringLiteral("devices_read")).toInt();
    s.devicesMissing = o.value(QStringLiteral("devices_missing")).toInt();
    s.writesSent = o.value(QStringLiteral("writes_sent")).toInt();
    s.gridMeterValid = o.value(QStringLiteral("grid_meter_valid")).toBool();
    return s;
}

} // namespace parkwatt::api
