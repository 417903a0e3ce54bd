#pragma once
// Who may sign in to a site's control room, kept in the site's database: users with a role and a
// password stored only as a PBKDF2-SHA256 hash (600,000 rounds), and failed sign-ins counted per
// name for a growing delay (1 s after the first miss, doubling up to 5 minutes; kept in the
// database, so restarting the program does not reset it). There is no default user or password:
// a new database has none, and the first start creates the administrator.
//
// Synchronous, and a password check costs about a second by design: call it off the GUI thread
// (SignInService does). One UserDirectory per thread.

#include "engine/Operator.h"
#include "model/Time.h"
#include "security/PasswordHash.h"
#include "storage/StorageError.h"

#include <QString>
#include <memory>
#include <optional>
#include <vector>

namespace parkwatt {

class SqliteConnection;

struct UserRecord {
    QString name;
    UserRole role = UserRole::Viewer;
    TimeMs createdAt = 0;
    bool disabled = false;
};

struct SignInResult {
    enum class Outcome { SignedIn, Wrong, Wait, Disabled, Failed };
    Outcome outcome = Outcome::Failed;
    std::optional<UserRecord> user; // SignedIn
    qint64 waitMs = 0;              // Wrong, Wait: when the next try is allowed
    QString error;                  // Failed: the database's problem
};

class UserDirectory {
public:
    static constexpr int kMinPasswordLength = 12;
    static constexpr qint64 kFirstDelayMs = 1000;
    static constexpr qint64 kLongestDelayMs = 5 * 60 * 1000;

    // Opens (and brings up to date) the database at `path`; null with `error` on failure.
    // `iterations` only for tests (PBKDF2 rounds of new hashes).
    static std::unique_ptr<UserDirectory> open(const QString& path, StorageError* error,
                                               int iterations = PasswordHash::kDefaultIterations);
    ~UserDirectory();

    bool hasUsers();
    std::vector<UserRecord> users();
    std::optional<UserRecord> find(const QString& name);

    // Adds a user; false with `error` naming the problem (name taken or invalid, weak password).
    bool addUser(const QString& name, UserRole role, const QString& password, TimeMs now, QString* error);
    // The first administrator of a new database; refused once any user exists.
    bool createFirstAdmin(const QString& name, const QString& password, TimeMs now, QString* error);
    bool setPassword(const QString& name, const QString& password, QString* error);

    // Checks a sign-in at `now`: the delay after earlier misses first, then the password.
    SignInResult signIn(const QString& name, const QString& password, TimeMs now);
    // The delay `name` must still wait at `now` (0: may try).
    qint64 waitMs(const QString& name, TimeMs now);

    // What is wrong with a password for a new or changed user; empty when fine.
    static QString passwordProblem(const QString& password);
    static QString nameProblem(const QString& name);
    // The delay after `failures` misses in a row.
    static qint64 delayAfter(int failures);

private:
    UserDirectory(std::unique_ptr<SqliteConnection> connection, int iterations);
    void recordFailure(const QString& name, TimeMs now);
    void clearFailures(const QString& name);
    std::optional<QString> storedHash(const QString& name);

    std::unique_ptr<SqliteConnection> m_db;
    int m_iterations;
    PasswordHash m_decoy; // checked for unknown names, so they take as long as known ones
};

} // namespace parkwatt
