#pragma once
// The commissioning report of a site (`parkwattd commission-report`, docs/commissioning.md): the
// site, its devices, the settings written to the chargers, the verification results and the
// fallback budget, who commissioned it and when, with lines to sign. As JSON
// ("parkwatt-commissioning/1") and as HTML that QTextDocument lays out into the PDF (the PDF itself
// is written by the command: QtGui stays out of the core library).

#include "commissioning/VerificationReport.h"
#include "model/SiteFile.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace parkwatt {

class ProfileLibrary;

struct CommissionReport {
    static constexpr const char* kFormat = "parkwatt-commissioning/1";

    SiteFile site;
    VerificationReport verification;
    QString installer;
    QString date;     // ISO 8601 date of the report
    QString siteFile; // the path it was made from

    static CommissionReport make(const SiteFile& site, const ProfileLibrary& library,
                                 VerificationReport verification, QString installer, QString date,
                                 QString siteFile);
    QJsonObject toJson() const;
    QString toHtml() const;

    // One object per site device: id, role, profile, model, firmware, address and, for chargers,
    // the settings written (fail-safe, watchdog) and whether it passed.
    QJsonArray devices;
};

} // namespace parkwatt
