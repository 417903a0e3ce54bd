#pragma once
// A what-if comparison as the simulation report `parkwattd simulate --baseline` writes
// ("parkwatt-report/1": the policy's figures, the baseline's nested under "baseline", the sessions).

#include "whatif/WhatIfRunner.h"

#include <QByteArray>
#include <QString>

namespace parkwatt {

QByteArray whatIfReportJson(const WhatIfComparison& comparison);
// Writes the report atomically; false with `error` naming the file and the reason.
bool writeWhatIfReport(const QString& path, const WhatIfComparison& comparison, QString* error);

} // namespace parkwatt
