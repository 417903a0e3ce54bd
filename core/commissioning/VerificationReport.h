#pragma once
// What `parkwattd verify` found ("parkwatt-verification/1"): one result per charger and the site's
// fallback budget, as lines for the installer and as JSON; read back by commission-report.

#include "commissioning/ChargerVerifier.h"
#include "commissioning/FallbackBudget.h"

#include <QJsonObject>
#include <QStringList>
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

} // namespace parkwatt
