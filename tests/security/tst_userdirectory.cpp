// Users in a real SQLite file: no user (and no default password) in a new database, the first
// administrator created once, weak passwords and bad names refused with the reason, passwords
// stored only as PBKDF2 hashes, and a growing delay after failed sign-ins that an unknown name
// gets too and that survives reopening the database.

#include "security/UserDirectory.h"
#include "storage/Database.h"
#include "storage/SqliteConnection.h"

#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace parkwatt;

namespace {

constexpr int kIterations = PasswordHash::kMinimumIterations; // quick in tests
const QString kGood = QStringLiteral("correct horse battery");

} // namespace

class TstUserDirectory : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_file = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("site-%1.db").arg(++m_file)); }

    std::unique_ptr<UserDirectory> open(const QString& path)
    {
        StorageError error;
        auto users = UserDirectory::open(path, &error, kIterations);
        if (!users)
            qWarning("%s", qPrintable(error.toString()));
        return users;
    }

private slots:
    void aNewDatabaseHasNoUserAndTheFirstAdminIsCreatedOnce()
    {
        const QString path = freshPath();
        auto users = open(path);
        QVERIFY(users);
        QVERIFY(!users->hasUsers());
        QCOMPARE(users->signIn(QStringLiteral("admin"), QStringLiteral("admin"), 1000).outcome,
                 SignInResult::Outcome::Wrong); // no default account
        QString error;
        QVERIFY2(users->createFirstAdmin(QStringLiteral("maria"), kGood, 2000, &error), qPrintable(error));
        QVERIFY(users->hasUsers());
        QCOMPARE(users->find(QStringLiteral("maria"))->role, UserRole::Admin);
        QVERIFY(!users->createFirstAdmin(QStringLiteral("eve"), kGood, 3000, &error));
        QVERIFY2(error.contains(QStringLiteral("already has users")), qPrintable(error));
        QVERIFY(!users->find(QStringLiteral("eve")));
    }

    void passwordsAreStoredOnlyAsHashes()
    {
        const QString path = freshPath();
        QString error;
        QVERIFY(open(path)->createFirstAdmin(QStringLiteral("maria"), kGood, 1, &error));
        Database::Opened raw = Database::openForReading(path);
        QVERIFY(raw.ok());
        SqliteStatement q = raw.connection->prepare("SELECT password_hash FROM users");
        QCOMPARE(q.step(), SQLITE_ROW);
        const QString stored = q.text(0);
        QVERIFY(stored.startsWith(QStringLiteral("pbkdf2-sha256$")));
        QVERIFY(!stored.contains(kGood));
        QString problem;
        QVERIFY(PasswordHash::parse(stored, &problem)->matches(kGood));
    }

    void weakPasswordsAndBadNamesAreRefusedWithTheReason()
    {
        auto users = open(freshPath());
        QString error;
        QVERIFY(
            !users->addUser(QStringLiteral("tom"), UserRole::Manager, QStringLiteral("short"), 1, &error));
        QVERIFY2(error.contains(QStringLiteral("at least 12 characters")), qPrintable(error));
        QVERIFY(!users->addUser(QStringLiteral("a b"), UserRole::Manager, kGood, 1, &error));
        QVERIFY2(error.contains(QStringLiteral("a b:")), qPrintable(error));
        QVERIFY(users->addUser(QStringLiteral("tom"), UserRole::Manager, kGood, 1, &error));
        QVERIFY(!users->addUser(QStringLiteral("tom"), UserRole::Viewer, kGood, 1, &error));
        QVERIFY2(error.contains(QStringLiteral("already")), qPrintable(error));
        QCOMPARE(users->users().size(), size_t(1));
    }

    void failedSignInsGrowADelayThatSurvivesARestart()
    {
        const QString path = freshPath();
        QString error;
        QVERIFY(open(path)->createFirstAdmin(QStringLiteral("maria"), kGood, 0, &error));
        TimeMs now = 100'000;
        {
            auto users = open(path);
            SignInResult r = users->signIn(QStringLiteral("maria"), QStringLiteral("wrong password!"), now);
            QCOMPARE(r.outcome, SignInResult::Outcome::Wrong);
            QCOMPARE(r.waitMs, qint64(1000));
            // Within the delay even the right password waits.
            r = users->signIn(QStringLiteral("maria"), kGood, now + 500);
            QCOMPARE(r.outcome, SignInResult::Outcome::Wait);
            QCOMPARE(r.waitMs, qint64(500));
            now += 1000;
            QCOMPARE(users->signIn(QStringLiteral("maria"), QStringLiteral("wrong again..."), now).waitMs,
                     qint64(2000));
            now += 2000;
            QCOMPARE(users->signIn(QStringLiteral("maria"), QStringLiteral("and again...."), now).waitMs,
                     qint64(4000));
        }
        {
            // A restart does not reset it.
            auto users = open(path);
            QCOMPARE(users->waitMs(QStringLiteral("maria"), now + 1000), qint64(3000));
            now += 4000;
            const SignInResult r = users->signIn(QStringLiteral("maria"), kGood, now);
            QCOMPARE(r.outcome, SignInResult::Outcome::SignedIn);
            QCOMPARE(r.user->name, QStringLiteral("maria"));
            QCOMPARE(r.user->role, UserRole::Admin);
            // A success starts over.
            QCOMPARE(users->waitMs(QStringLiteral("maria"), now), qint64(0));
        }
        QCOMPARE(UserDirectory::delayAfter(30), UserDirectory::kLongestDelayMs);
    }

    void anUnknownNameIsDelayedLikeAKnownOne()
    {
        auto users = open(freshPath());
        QString error;
        QVERIFY(users->createFirstAdmin(QStringLiteral("maria"), kGood, 0, &error));
        const SignInResult r = users->signIn(QStringLiteral("mallory"), kGood, 50'000);
        QCOMPARE(r.outcome, SignInResult::Outcome::Wrong);
        QCOMPARE(r.waitMs, qint64(1000));
        QCOMPARE(users->signIn(QStringLiteral("mallory"), kGood, 50'100).outcome,
                 SignInResult::Outcome::Wait);
    }

    void aChangedPasswordReplacesTheOld()
    {
        auto users = open(freshPath());
        QString error;
        QVERIFY(users->createFirstAdmin(QStringLiteral("maria"), kGood, 0, &error));
        QVERIFY(
            users->setPassword(QStringLiteral("maria"), QStringLiteral("a brand new passphrase"), &error));
        QCOMPARE(users->signIn(QStringLiteral("maria"), kGood, 10'000).outcome, SignInResult::Outcome::Wrong);
        QCOMPARE(
            users->signIn(QStringLiteral("maria"), QStringLiteral("a brand new passphrase"), 20'000).outcome,
            SignInResult::Outcome::SignedIn);
        QVERIFY(
            !users->setPassword(QStringLiteral("nobody"), QStringLiteral("a brand new passphrase"), &error));
    }
};

QTEST_GUILESS_MAIN(TstUserDirectory)
#include "tst_userdirectory.moc"
