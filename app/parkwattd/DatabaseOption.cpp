#include "DatabaseOption.h"

#include "storage/Database.h"

#include <QDateTime>
#include <cstdio>

using namespace parkwatt;

void DatabaseOption::addTo(QCommandLineParser& parser) const
{
    parser.addOption(m_db);
    parser.addOption(m_moveAside);
}

std::unique_ptr<StorageWriter> DatabaseOption::open(const QCommandLineParser& parser, QString* error) const
{
    const QString path = parser.value(m_db);
    StorageError failure;
    if (auto writer = StorageWriter::open(path, {}, &failure))
        return writer;
    if (!failure.canMoveAside()) {
        *error = failure.toString();
        return nullptr;
    }
    if (!parser.isSet(m_moveAside)) {
        *error = failure.toString() +
                 QStringLiteral(" (the file was left untouched; run again with --move-aside to rename it and "
                                "start a new database)");
        return nullptr;
    }
    QString moveError;
    const QString movedTo =
        Database::moveAside(path, failure.kind, QDateTime::currentDateTimeUtc(), &moveError);
    if (movedTo.isEmpty()) {
        *error = failure.toString() + QStringLiteral("; moving it aside failed: ") + moveError;
        return nullptr;
    }
    std::fprintf(stderr, "%s: moved to %s; starting a new database\n", qPrintable(path), qPrintable(movedTo));
    if (auto writer = StorageWriter::open(path, {}, &failure))
        return writer;
    *error = failure.toString();
    return nullptr;
}
