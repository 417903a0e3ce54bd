#include "security/UserDirectory.h"

#include "storage/Database.h"
#include "storage/SqliteConnection.h"

#include <QRegularExpression>
#include <algorithm>
#include <sqlite3.h>

namespace parkwatt {

UserDirectory::UserDirectory(std::unique_ptr<SqliteConnection> connection, int iterations)
    : m_db(std::move(connection))
    , m_iterations(iterations)
    , m_decoy(PasswordHash::make(QStringLiteral("no user has this password"), iterations))
{
}

UserDirectory::~UserDirectory() = default;

std::unique_ptr<UserDirectory> UserDirectory::open(const QString& path, StorageError* error, int iterations)
{
    Database::Opened opened = Database::openForWriting(path);
    if (!opened.ok()) {
        *error = opened.error;
        return nullptr;
    }
    return std::unique_ptr<UserDirectory>(new UserDirectory(std::move(opened.connection), iterations));
}

bool UserDirectory::hasUsers()
{
    return m_db->queryInt("SELECT COUNT(*) FROM users").value_or(0) > 0;
}

std::vector<UserRecord> UserDirectory::users()
{
    std::vector<UserRecord> out;
    SqliteStatement q = m_db->prepare("SELECT name, role, created_at, disabled FROM users ORDER BY name");
    while (q.valid() && q.step() == SQLITE_ROW)
        out.push_back(
            {q.text(0), roleFromName(q.text(1)).value_or(UserRole::Viewer), q.int64(2), q.int64(3) != 0});
    return out;
}

std::optional<UserRecord> UserDirectory::find(const QString& name)
{
    SqliteStatement q = m_db->prepare("SELECT name, role, created_at, disabled FROM users WHERE name = ?");
    if (!q.valid())
        return std::nullopt;
    q.bind(1, name);
    if (q.step() != SQLITE_ROW)
        return std::nullopt;
    return UserRecord{q.text(0), roleFromName(q.text(1)).value_or(UserRole::Viewer), q.int64(2),
                      q.int64(3) != 0};
}

QString UserDirectory::nameProblem(const QString& name)
{
    static const QRegularExpression allowed(QStringLiteral("^[\\p{L}\\p{N}._@-]{2,64}$"));
    if (!allowed.match(name).hasMatch())
        return QStringLiteral("a user name is 2 to 64 letters, digits, '.', '_', '@' or '-'");
    return {};
}

QString UserDirectory::passwordProblem(const QString& password)
{
    if (password.size() < kMinPasswordLength)
        return QStringLiteral("a password needs at least %1 characters").arg(kMinPasswordLength);
    if (password.trimmed().isEmpty())
        return QStringLiteral("a password cannot be only spaces");
    return {};
}

bool UserDirectory::addUser(const QString& name, UserRole role, const QString& password, TimeMs now,
                            QString* error)
{
    if (QString problem = nameProblem(name); !problem.isEmpty()) {
        *error = QStringLiteral("%1: %2").arg(name, problem);
        return false;
    }
    if (QString problem = passwordProblem(password); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    if (find(name)) {
        *error = QStringLiteral("%1: there is already a user of this name").arg(name);
        return false;
    }
    SqliteStatement insert =
        m_db->prepare("INSERT INTO users (name, role, password_hash, created_at) VALUES (?, ?, ?, ?)");
    if (!insert.valid()) {
        *error = m_db->lastError(QStringLiteral("cannot add a user")).toString();
        return false;
    }
    insert.bind(1, name);
    insert.bind(2, roleName(role));
    insert.bind(3, PasswordHash::make(password, m_iterations).toString());
    insert.bind(4, qint64(now));
    if (insert.step() != SQLITE_DONE) {
        *error = m_db->lastError(QStringLiteral("cannot add user %1").arg(name)).toString();
        return false;
    }
    return true;
}

bool UserDirectory::createFirstAdmin(const QString& name, const QString& password, TimeMs now, QString* error)
{
    if (hasUsers()) {
        *error = QStringLiteral("the site already has users: an administrator adds others");
        return false;
    }
    return addUser(name, UserRole::Admin, password, now, error);
}

bool UserDirectory::setPassword(const QString& name, const QString& password, QString* error)
{
    if (QString problem = passwordProblem(password); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    SqliteStatement update = m_db->prepare("UPDATE users SET password_hash = ? WHERE name = ?");
    update.bind(1, PasswordHash::make(password, m_iterations).toString());
    update.bind(2, name);
    if (!update.valid() || update.step() != SQLITE_DONE || sqlite3_changes(m_db->handle()) != 1) {
        *error = QStringLiteral("%1: no such user").arg(name);
        return false;
    }
    clearFailures(name);
    return true;
}

qint64 UserDirectory::delayAfter(int failures)
{
    if (failures <= 0)
        return 0;
    const int doublings = std::min(failures - 1, 20);
    return std::min(kFirstDelayMs << doublings, kLongestDelayMs);
}

qint64 UserDirectory::waitMs(const QString& name, TimeMs now)
{
    SqliteStatement q = m_db->prepare("SELECT failures, last_at FROM sign_in_failures WHERE name = ?");
    if (!q.valid())
        return 0;
    q.bind(1, name);
    if (q.step() != SQLITE_ROW)
        return 0;
    const TimeMs allowedAt = q.int64(1) + delayAfter(int(q.int64(0)));
    return std::max<qint64>(0, allowedAt - now);
}

void UserDirectory::recordFailure(const QString& name, TimeMs now)
{
    SqliteStatement upsert =
        m_db->prepare("INSERT INTO sign_in_failures (name, failures, last_at) VALUES (?, 1, ?) "
                      "ON CONFLICT (name) DO UPDATE SET failures = failures + 1, last_at = excluded.last_at");
    upsert.bind(1, name);
    upsert.bind(2, qint64(now));
    if (upsert.valid())
        upsert.step();
}

void UserDirectory::clearFailures(const QString& name)
{
    SqliteStatement clear = m_db->prepare("DELETE FROM sign_in_failures WHERE name = ?");
    clear.bind(1, name);
    if (clear.valid())
        clear.step();
}

std::optional<QString> UserDirectory::storedHash(const QString& name)
{
    SqliteStatement q = m_db->prepare("SELECT password_hash FROM users WHERE name = ?");
    if (!q.valid())
        return std::nullopt;
    q.bind(1, name);
    return q.step() == SQLITE_ROW ? std::optional<QString>(q.text(0)) : std::nullopt;
}

SignInResult UserDirectory::signIn(const QString& name, const QString& password, TimeMs now)
{
    SignInResult result;
    if (const qint64 wait = waitMs(name, now); wait > 0) {
        result.outcome = SignInResult::Outcome::Wait;
        result.waitMs = wait;
        return result;
    }
    const std::optional<QString> stored = storedHash(name);
    QString problem;
    const std::optional<PasswordHash> hash = stored ? PasswordHash::parse(*stored, &problem) : std::nullopt;
    // An unknown name costs the same check as a known one, and counts misses the same way.
    bool matches = false;
    if (hash)
        matches = hash->matches(password);
    else
        m_decoy.matches(password);
    if (!matches) {
        recordFailure(name, now);
        result.outcome = SignInResult::Outcome::Wrong;
        result.waitMs = waitMs(name, now);
        return result;
    }
    clearFailures(name);
    result.user = find(name);
    if (!result.user) {
        result.error = QStringLiteral("%1: the user vanished while signing in").arg(name);
        return result;
    }
    result.outcome =
        result.user->disabled ? SignInResult::Outcome::Disabled : SignInResult::Outcome::SignedIn;
    if (result.user->disabled)
        result.user.reset();
    return result;
}

} // namespace parkwatt
