#pragma once
// What `parkwattd verify` found ("parkwatt-verification/1"): one result per charger and the site's
// fallback budget, as lines for the installer and as JSON; read back by commission-report.

#include "commissioning/ChargerVerifier.h"
#include "commissioning/FallbackBudget.h"

#include <QCoro/QCoroTask>
#include <QJsonObject>
#include <QStringList>
#include <functional>
#include <optional>

namespace parkwatt {

struct VerificationReport {
    static constexpr const char* kFormat = "parkwatt-verification/1";

    QString site;
    QString startedAt; // ISO 8601, UTC
    std::vector<ChargerVerification> chargers;
    FallbackBudget budget;
    qint64 elapsedMs = 0;

    bool passed() const;
    QStringList lines() const; // "B01-evse fail-safe: PASS ..." per check, then the budget
    QJsonObject toJson() const;
    // Nothing, with `error` saying why, when the JSON is not a verification.
    static std::optional<VerificationReport> fromJson(const QJsonObject& json, QString* error);
};

class ProfileLibrary;

// Verifies `chargers` (devices of `site` whose profiles `library` holds) one after another, never
// two at once (each steps power up to its maximum), then sums their fallbacks against the site's
// import limit. `starting` is told before each charger.
QCoro::Task<VerificationReport> verifyChargers(const SiteFile& site, const ProfileLibrary& library,
                                               std::vector<DeviceSpec> chargers, VerifierOptions options,
                                               std::function<void(const DeviceSpec&)> starting = {});

} // namespace parkwatt
