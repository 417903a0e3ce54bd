#include "config/ScenarioReader.h"

#include "config/ConfigFile.h"
#include "config/IsoTime.h"
#include "config/JsonReader.h"
#include "config/SiteParser.h"

#include <QFileInfo>
#include <cmath>
#include <map>

using namespace Qt::StringLiterals;

namespace parkwatt {

namespace {

const QString kScenarioFormat = u"parkwatt-scenario/1"_s;

constexpr int kQuarterHourS = 900;
// Ten years: far beyond any what-if, and keeps step counts (1 s steps) within an int.
constexpr double kMaxDurationH = 10 * 366 * 24;

// step_s must divide 900 so that every 15-minute billing window holds whole steps.
int readStepS(JsonObjectReader& top)
{
    const QString expected =
        u"a whole number of seconds that divides 900 (1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30, 36, 45, "
        u"50, 60, 75, 90, 100, 150, 180, 225, 300, 450 or 900)"_s;
    const QJsonValue v = top.value(u"step_s"_s);
    if (v.isUndefined()) {
        top.fail(u"step_s"_s, u"missing required key (expected %1)"_s.arg(expected));
        return kQuarterHourS;
    }
    const double step = v.toDouble();
    if (!v.isDouble() || !NumberRule::wholeIn(1, kQuarterHourS).accepts(step) ||
        kQuarterHourS % static_cast<int>(step) != 0) {
        top.fail(u"step_s"_s, u"expected %1, got %2"_s.arg(expected, describeJsonValue(v)));
        return kQuarterHourS;
    }
    return static_cast<int>(step);
}

// duration_h * 3600 must be a whole number of 900 s intervals.
double readDurationH(JsonObjectReader& top)
{
    const double hours = top.number(u"duration_h"_s, NumberRule{0, false, kMaxDurationH, true});
    if (top.context().failed())
        return hours;
    const double seconds = hours * 3600.0;
    const double wholeSeconds = std::round(seconds);
    if (std::abs(seconds - wholeSeconds) > 1e-6 || std::fmod(wholeSeconds, kQuarterHourS) != 0)
        top.fail(u"duration_h"_s,
                 u"duration_h * 3600 must be a whole number of 900 s intervals (a multiple of 0.25 h), "
                 u"got %1"_s.arg(formatNumber(hours)));
    return hours;
}

// A profile: a plain number (constant) or an array that covers the whole duration.
Profile readProfile(JsonObjectReader& profiles, const QString& key, bool required, const NumberRule& rule,
                    int resolutionS, qint64 durationS)
{
    const QString expected = rule.text() + u" or an array of them"_s;
    const QJsonValue v = profiles.value(key);
    if (v.isUndefined()) {
        if (required)
            profiles.fail(key, u"missing required key (expected %1)"_s.arg(expected));
        return Profile{resolutionS, {0}, true};
    }
    if (v.isDouble()) {
        const double value = profiles.number(key, rule);
        return Profile{resolutionS, {value}, true};
    }
    if (!v.isArray()) {
        profiles.fail(key, u"expected %1, got %2"_s.arg(expected, describeJsonValue(v)));
        return Profile{resolutionS, {0}, true};
    }
    JsonArrayReader values(profiles.context(), v.toArray(), profiles.pointerOf(key));
    const qint64 needed = (durationS + resolutionS - 1) / resolutionS;
    if (values.size() < needed) {
        profiles.fail(key, u"too short: %1 values at resolution_s %2 cover %3 h, the scenario lasts %4 h "
                           u"(expected at least %5 values)"_s.arg(values.size())
                               .arg(resolutionS)
                               .arg(formatNumber(static_cast<double>(values.size()) * resolutionS / 3600.0),
                                    formatNumber(static_cast<double>(durationS) / 3600.0))
                               .arg(needed));
        return Profile{resolutionS, {0}, true};
    }
    Profile out{resolutionS, {}, false};
    out.values.reserve(static_cast<size_t>(values.size()));
    for (qsizetype i = 0; i < values.size() && !profiles.context().failed(); ++i)
        out.values.push_back(values.number(i, rule));
    return out;
}

Profiles readProfiles(JsonObjectReader& profiles, int stepS, qint64 durationS)
{
    Profiles out;
    const QJsonValue resolution = profiles.value(u"resolution_s"_s);
    const QString expected = u"a whole multiple of step_s (%1)"_s.arg(stepS);
    if (resolution.isUndefined()) {
        profiles.fail(u"resolution_s"_s, u"missing required key (expected %1)"_s.arg(expected));
        return out;
    }
    const double r = resolution.toDouble();
    if (!resolution.isDouble() || !NumberRule::wholeIn(1, std::numeric_limits<int>::max()).accepts(r) ||
        static_cast<int>(r) % stepS != 0) {
        profiles.fail(u"resolution_s"_s,
                      u"expected %1, got %2"_s.arg(expected, describeJsonValue(resolution)));
        return out;
    }
    out.resolutionS = static_cast<int>(r);

    const NumberRule nonNegative = NumberRule::atLeast(0);
    out.pvKw = readProfile(profiles, u"pv_kw"_s, true, nonNegative, out.resolutionS, durationS);
    out.loadKw = readProfile(profiles, u"load_kw"_s, true, nonNegative, out.resolutionS, durationS);
    out.criticalLoadKw =
        readProfile(profiles, u"critical_load_kw"_s, false, nonNegative, out.resolutionS, durationS);
    // Prices may be negative (a market paying for consumption).
    out.importPricePerKwh = readProfile(profiles, u"import_price_per_kwh"_s, false, NumberRule::any(),
                                        out.resolutionS, durationS);
    out.exportPricePerKwh = readProfile(profiles, u"export_price_per_kwh"_s, false, NumberRule::any(),
                                        out.resolutionS, durationS);
    profiles.warnUnknownKeys();
    return out;
}

Tariff readTariff(JsonObjectReader& tariff)
{
    Tariff out;
    out.demandChargePerKw = tariff.number(u"demand_charge_per_kw"_s, NumberRule::atLeast(0), 0);
    tariff.warnUnknownKeys();
    return out;
}

EvSession readSession(JsonObjectReader& session)
{
    EvSession out;
    out.id = session.string(u"id"_s);
    out.chargerId = session.string(u"charger"_s);
    out.arrivalMs = session.time(u"arrival"_s).ms;
    out.departureMs = session.time(u"departure"_s).ms;
    out.capacityKwh = session.number(u"capacity_kwh"_s, NumberRule::above(0));
    out.arrivalSocPct = session.number(u"arrival_soc_pct"_s, NumberRule::percent());
    out.targetSocPct = session.number(u"target_soc_pct"_s, NumberRule::percent(), 100);
    out.minSocPct = session.number(u"min_soc_pct"_s, NumberRule::percent(), 0);
    out.maxChargeKw =
        session.number(u"max_charge_kw"_s, NumberRule::atLeast(0), std::numeric_limits<double>::infinity());
    out.v2x = session.boolean(u"v2x"_s, false);
    session.warnUnknownKeys();
    return out;
}

// Sessions, each on a site charger, plugged before it leaves, never two at once on one charger.
std::vector<EvSession> readSessions(JsonArrayReader& sessions, const SiteSpec& site, int utcOffsetS)
{
    JsonReadContext& context = sessions.context();
    std::vector<EvSession> out;
    out.reserve(static_cast<size_t>(sessions.size()));
    UniqueIds ids(u"session"_s);
    // Per charger, the sessions read so far by arrival (they do not overlap each other).
    struct Plugged {
        TimeMs departureMs;
        size_t index;
    };
    std::vector<std::map<TimeMs, Plugged>> byCharger(site.chargers.size());
    const auto when = [utcOffsetS](TimeMs ms) { return formatIsoTime(ms, utcOffsetS); };

    for (qsizetype i = 0; i < sessions.size() && !context.failed(); ++i) {
        auto element = sessions.object(i);
        if (!element)
            break;
        EvSession session = readSession(*element);
        if (context.failed())
            break;
        if (!ids.add(context, session.id, element->pointerOf(u"id")))
            break;
        session.chargerIndex = site.chargerIndex(session.chargerId);
        if (session.chargerIndex < 0) {
            element->fail(u"charger"_s, u"no charger '%1' in /site/chargers"_s.arg(session.chargerId));
            break;
        }
        if (session.departureMs <= session.arrivalMs) {
            element->fail(u"departure"_s, u"departure %1 is not after arrival %2"_s.arg(
                                              when(session.departureMs), when(session.arrivalMs)));
            break;
        }

        auto& plugged = byCharger[static_cast<size_t>(session.chargerIndex)];
        auto next = plugged.lower_bound(session.arrivalMs);
        const EvSession* other = nullptr;
        if (next != plugged.begin() && std::prev(next)->second.departureMs > session.arrivalMs)
            other = &out[std::prev(next)->second.index];
        else if (next != plugged.end() && next->first < session.departureMs)
            other = &out[next->second.index];
        if (other) {
            context.fail(
                element->pointer(),
                u"overlaps session '%1' on charger '%2' (%1 is plugged %3 to %4, this one %5 to %6); "
                u"a charger serves one session at a time"_s.arg(
                    other->id, session.chargerId, when(other->arrivalMs), when(other->departureMs),
                    when(session.arrivalMs), when(session.departureMs)));
            break;
        }
        plugged.emplace(session.arrivalMs, Plugged{session.departureMs, out.size()});
        out.push_back(std::move(session));
    }
    return out;
}

std::vector<Outage> readOutages(JsonArrayReader& outages, int utcOffsetS)
{
    JsonReadContext& context = outages.context();
    std::vector<Outage> out;
    for (qsizetype i = 0; i < outages.size() && !context.failed(); ++i) {
        auto element = outages.object(i);
        if (!element)
            break;
        Outage outage;
        outage.startMs = element->time(u"start"_s).ms;
        outage.endMs = element->time(u"end"_s).ms;
        element->warnUnknownKeys();
        if (!context.failed() && outage.endMs <= outage.startMs)
            element->fail(u"end"_s,
                          u"end %1 is not after start %2"_s.arg(formatIsoTime(outage.endMs, utcOffsetS),
                                                                formatIsoTime(outage.startMs, utcOffsetS)));
        out.push_back(outage);
    }
    return out;
}

} // namespace

LoadResult<Scenario> parseScenario(const QByteArray& bytes, const QString& fileLabel)
{
    JsonReadContext context(fileLabel);
    Scenario scenario;
    const auto document = parseJsonObjectDocument(bytes, context);
    if (!document)
        return context.result(std::move(scenario));

    // Fixed reading order, so the first error reported is always the same one.
    JsonObjectReader top(context, *document, QString());
    checkFormat(top, kScenarioFormat);
    if (context.failed())
        return context.result(std::move(scenario));

    scenario.name = top.string(u"name"_s, QFileInfo(fileLabel).completeBaseName());
    const IsoTime start = top.time(u"start"_s);
    scenario.startMs = start.ms;
    scenario.utcOffsetS = start.utcOffsetS;
    scenario.durationH = readDurationH(top);
    scenario.stepS = readStepS(top);
    if (auto site = top.object(u"site"_s, true))
        scenario.site = readSite(*site);
    if (context.failed())
        return context.result(std::move(scenario));

    const auto durationS = static_cast<qint64>(std::llround(scenario.durationH * 3600.0));
    if (auto profiles = top.object(u"profiles"_s, true))
        scenario.profiles = readProfiles(*profiles, scenario.stepS, durationS);
    if (auto tariff = top.object(u"tariff"_s, false))
        scenario.tariff = readTariff(*tariff);
    if (auto sessions = top.array(u"sessions"_s, false); sessions && !context.failed())
        scenario.sessions = readSessions(*sessions, scenario.site, scenario.utcOffsetS);
    if (auto outages = top.array(u"outages"_s, false); outages && !context.failed())
        scenario.outages = readOutages(*outages, scenario.utcOffsetS);
    if (auto policy = top.object(u"policy"_s, false))
        scenario.policy = readPolicy(*policy);
    top.warnUnknownKeys();
    return context.result(std::move(scenario));
}

LoadResult<Scenario> loadScenarioFile(const QString& path)
{
    LoadResult<QByteArray> bytes = readConfigFileBytes(path);
    if (!bytes.ok()) {
        LoadResult<Scenario> out;
        out.error = bytes.error;
        return out;
    }
    return parseScenario(*bytes.value, configFileLabel(path));
}

} // namespace parkwatt
