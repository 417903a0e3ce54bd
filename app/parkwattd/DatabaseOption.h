#pragma once
// The `--db FILE [--move-aside]` options of the recording commands: opens the site's database
// for writing, or explains why it cannot. A file that is not a Parkwatt database, or a damaged
// one, is never overwritten: the message offers --move-aside, which renames it (keeping it for
// inspection) and starts a new database at the path.

#include "storage/StorageWriter.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <memory>

class DatabaseOption {
public:
    void addTo(QCommandLineParser& parser) const;
    bool isSet(const QCommandLineParser& parser) const { return parser.isSet(m_db); }

    // The open writer, or null with `error` the one-line message to print.
    std::unique_ptr<parkwatt::StorageWriter> open(const QCommandLineParser& parser, QString* error) const;

private:
    QCommandLineOption m_db{QStringLiteral("db"),
                            QStringLiteral("Record into this SQLite database (created when missing)."),
                            QStringLiteral("FILE")};
    QCommandLineOption m_moveAside{
        QStringLiteral("move-aside"),
        QStringLiteral(
            "If the --db file is damaged or not a Parkwatt database, rename it and start a new one.")};
};
