#include "whatif/WhatIfReport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QSaveFile>

namespace parkwatt {

QByteArray whatIfReportJson(const WhatIfComparison& comparison)
{
    QJsonObject report = reportToJson(comparison.policy.figures, &comparison.baseline.figures);
    report.insert(QStringLiteral("controller"), QStringLiteral("policy"));
    if (comparison.scenario)
        report.insert(QStringLiteral("sessions"),
                      sessionOutcomesToJson(*comparison.scenario, comparison.policy.sessions));
    report.insert(QStringLiteral("forecast"), QStringLiteral("realistic"));
    return QJsonDocument(report).toJson(QJsonDocument::Indented);
}

bool writeWhatIfReport(const QString& path, const WhatIfComparison& comparison, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(whatIfReportJson(comparison)) < 0 || !file.commit()) {
        *error = QObject::tr("%1: cannot write the report: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace parkwatt
