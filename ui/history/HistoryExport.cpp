#include "history/HistoryExport.h"

#include "storage/CsvExport.h"
#include "storage/RecordReader.h"
#include "storage/TimeSeriesReader.h"

#include <QCoreApplication>
#include <QPixmap>
#include <QSaveFile>
#include <QWidget>

namespace parkwatt {

bool exportHistoryCsv(const QString& databasePath, const QStringList& series, TimeMs fromMs, TimeMs toMs,
                      int maxPoints, const QString& csvPath, QString* error)
{
    StorageError storageError;
    auto reader = TimeSeriesReader::open(databasePath, &storageError);
    if (!reader) {
        *error = storageError.toString();
        return false;
    }
    // Only recorded series: an unknown one would fail the whole export.
    const QStringList known = reader->seriesNames();
    QStringList names;
    for (const QString& name : series)
        if (known.contains(name))
            names << name;
    RecordReader records(reader->connection());
    CsvExport exporter(*reader, records);
    QSaveFile file(csvPath);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = csvPath + QStringLiteral(": ") + file.errorString();
        return false;
    }
    if (!exporter.writeSeries(file, names, fromMs, toMs, maxPoints, &storageError)) {
        *error = storageError.toString();
        return false;
    }
    if (!file.commit()) {
        *error = csvPath + QStringLiteral(": ") + file.errorString();
        return false;
    }
    return true;
}

bool exportWidgetPng(QWidget& widget, const QString& pngPath, QString* error)
{
    if (!widget.grab().save(pngPath, "PNG")) {
        *error = QCoreApplication::translate("HistoryExport", "%1: could not write the image").arg(pngPath);
        return false;
    }
    return true;
}

} // namespace parkwatt
