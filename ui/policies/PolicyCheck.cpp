#include "policies/PolicyCheck.h"

#include "config/JsonReader.h"
#include "config/PolicyJson.h"
#include "config/SiteParser.h"

#include <QCoreApplication>
#include <QLocale>

namespace parkwatt {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(parkwatt::PolicyCheck)
};

PolicyField fieldOf(const QString& pointer)
{
    if (pointer.endsWith(QStringLiteral("/import_limit_kw")))
        return PolicyField::PeakLimit;
    if (pointer.endsWith(QStringLiteral("/battery_reserve_pct")))
        return PolicyField::BatteryReserve;
    if (pointer.endsWith(QStringLiteral("/reserve_hours")))
        return PolicyField::ReserveHours;
    return PolicyField::Other;
}

QString labelOf(PolicyField field)
{
    switch (field) {
    case PolicyField::PeakLimit:
        return Tr::tr("Peak limit");
    case PolicyField::BatteryReserve:
        return Tr::tr("Battery reserve");
    case PolicyField::ReserveHours:
        return Tr::tr("Reserve time");
    case PolicyField::Other:
        break;
    }
    return Tr::tr("Policy");
}

bool hasProblem(const std::vector<PolicyProblem>& problems, PolicyField field)
{
    for (const PolicyProblem& p : problems)
        if (p.field == field)
            return true;
    return false;
}

} // namespace

std::vector<PolicyProblem> checkPolicyForSite(const Policy& policy, const SiteSpec& site)
{
    std::vector<PolicyProblem> problems;
    // The rules of the site file's "policy" object: the policy read back as a file would be.
    JsonReadContext context(QStringLiteral("policy"));
    JsonObjectReader reader(context, policyToJson(policy), QString());
    (void)readPolicy(reader);
    if (context.failed()) {
        const PolicyField field = fieldOf(context.error().pointer);
        problems.push_back({field, Tr::tr("%1: %2.").arg(labelOf(field), context.error().problem)});
    }
    // The live engine's rules for this site (LiveEngine::checkPolicy), worded for the form.
    const QLocale locale;
    if (policy.peakShaving.enabled && !hasProblem(problems, PolicyField::PeakLimit)) {
        if (!(policy.peakShaving.importLimitKw > 0))
            problems.push_back({PolicyField::PeakLimit, Tr::tr("Peak shaving needs a limit above 0 kW.")});
        else if (policy.peakShaving.importLimitKw > site.grid.importLimitKw)
            problems.push_back(
                {PolicyField::PeakLimit,
                 Tr::tr("The peak limit (%1 kW) is above the connection's import limit (%2 kW): the grid "
                        "connection could never draw that much.")
                     .arg(locale.toString(policy.peakShaving.importLimitKw, 'f', 1),
                          locale.toString(site.grid.importLimitKw, 'f', 1))});
    }
    if (!hasProblem(problems, PolicyField::BatteryReserve) &&
        (policy.backup.batteryReservePct < 0 || policy.backup.batteryReservePct > 100))
        problems.push_back({PolicyField::BatteryReserve, Tr::tr("The battery reserve must be between 0 and 100 %.")});
    if (!hasProblem(problems, PolicyField::ReserveHours) && policy.backup.reserveHours < 0)
        problems.push_back({PolicyField::ReserveHours, Tr::tr("The reserve time cannot be negative.")});
    return problems;
}

} // namespace parkwatt
