#pragma once
// Export of the shown range: CSV through core's CsvExport (the same rows as `parkwattd
// export`) and PNG of a widget. Synchronous; the page runs the CSV one off the GUI thread.

#include "model/Time.h"

#include <QString>
#include <QStringList>

class QWidget;

namespace parkwatt {

// Opens its own reader on `databasePath`. False with `error` (naming the file) on failure.
bool exportHistoryCsv(const QString& databasePath, const QStringList& series, TimeMs fromMs, TimeMs toMs,
                      int maxPoints, const QString& csvPath, QString* error);
bool exportWidgetPng(QWidget& widget, const QString& pngPath, QString* error);

} // namespace parkwatt
