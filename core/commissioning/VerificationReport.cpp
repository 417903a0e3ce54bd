#include "commissioning/VerificationReport.h"

#include "devices/profiles/ProfileLibrary.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>

namespace parkwatt {

bool VerificationReport::passed() const
{
    for (const ChargerVerification& c : chargers)
        if (!c.passed())
            return false;
    return budget.fits();
}

QStringList VerificationReport::lines() const
{
    QStringList out;
    for (const ChargerVerification& c : chargers) {
        for (const VerificationCheck& check : c.checks) {
            out << QStringLiteral("%1 %2: %3%4")
                       .arg(c.deviceId, check.name,
                            check.passed ? QStringLiteral("PASS") : QStringLiteral("FAIL ") + check.reason)
                       .arg(check.detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(check.detail));
        }
        out << QStringLiteral("%1: %2, left at %3")
                   .arg(c.deviceId, c.passed() ? QStringLiteral("PASS") : QStringLiteral("FAIL"), c.leftAt);
    }
    out << QStringLiteral("site fallback budget: %1 (%2)")
               .arg(budget.fits() ? QStringLiteral("PASS") : QStringLiteral("FAIL fallback above the budget"),
                    budget.describe());
    out << QStringLiteral("verification: %1").arg(passed() ? QStringLiteral("PASS") : QStringLiteral("FAIL"));
    return out;
}

QJsonObject VerificationReport::toJson() const
{
    QJsonArray list;
    for (const ChargerVerification& c : chargers)
        list.append(c.toJson());
    return QJsonObject{{QStringLiteral("format"), QLatin1String(kFormat)},
                       {QStringLiteral("site"), site},
                       {QStringLiteral("started_at"), startedAt},
                       {QStringLiteral("chargers"), list},
                       {QStringLiteral("fallback_budget"), budget.toJson()},
                       {QStringLiteral("passed"), passed()},
                       {QStringLiteral("elapsed_ms"), elapsedMs}};
}

std::optional<VerificationReport> VerificationReport::fromJson(const QJsonObject& json, QString* error)
{
    if (json.value(QStringLiteral("format")).toString() != QLatin1String(kFormat)) {
        *error = QStringLiteral("not a verification (format '%1', expected '%2')")
                     .arg(json.value(QStringLiteral("format")).toString(), QLatin1String(kFormat));
        return std::nullopt;
    }
    VerificationReport r;
    r.site = json.value(QStringLiteral("site")).toString();
    r.startedAt = json.value(QStringLiteral("started_at")).toString();
    for (const QJsonValue& c : json.value(QStringLiteral("chargers")).toArray())
        r.chargers.push_back(ChargerVerification::fromJson(c.toObject()));
    r.budget = FallbackBudget::fromJson(json.value(QStringLiteral("fallback_budget")).toObject());
    r.elapsedMs = json.value(QStringLiteral("elapsed_ms")).toInteger();
    return r;
}

QCoro::Task<VerificationReport> verifyChargers(const SiteFile& site, const ProfileLibrary& library,
                                               std::vector<DeviceSpec> chargers, VerifierOptions options,
                                               std::function<void(const DeviceSpec&)> starting)
{
    VerificationReport report;
    report.site = site.site.name;
    report.startedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QElapsedTimer elapsed;
    elapsed.start();
    std::vector<FallbackBudget::Charger> fallbacks;
    for (const DeviceSpec& device : chargers) {
        const DeviceProfile* profile = library.find(device.profile);
        if (!profile)
            continue; // the callers refuse unknown profiles before
        if (starting)
            starting(device);
        ChargerVerifier verifier(*profile, device, site.site, options);
        report.chargers.push_back(co_await verifier.run());
        fallbacks.push_back({device.id, report.chargers.back().fallbackKw});
    }
    report.budget = FallbackBudget::of(std::move(fallbacks), site.site.grid.importLimitKw);
    report.elapsedMs = elapsed.elapsed();
    co_return report;
}

} // namespace parkwatt
