#pragma once
// What went wrong with a database file, in words that name the file: an expected failure is a
// value the caller shows (and may act on: move a foreign file aside), never an exception.

#include <QMetaType>
#include <QString>

namespace parkwatt {

struct StorageError {
    enum class Kind {
        CannotOpen,      // missing folder, no permission, locked by another program
        NotADatabase,    // the file is not SQLite at all
        ForeignDatabase, // SQLite, but not a Parkwatt database
        NewerSchema,     // written by a newer Parkwatt: we must not touch it
        Corrupt,         // SQLite reports damage
        Full,            // disk (or the configured quota) full
        Failed           // any other SQLite failure
    };

    Kind kind = Kind::Failed;
    QString path;
    QString message;

    QString toString() const { return path + QStringLiteral(": ") + message; }
    // Moving the file aside and starting a new database is the way out for these.
    bool canMoveAside() const
    {
        return kind == Kind::NotADatabase || kind == Kind::ForeignDatabase || kind == Kind::Corrupt;
    }
};

} // namespace parkwatt

Q_DECLARE_METATYPE(parkwatt::StorageError)
