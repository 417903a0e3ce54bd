// `parkwattd users` on a real site database: the first user must be the administrator, others are
// added only by an administrator who signs in, a user changes their own password, passwords come
// on standard input, and every change is in the audit trail (whose chain holds).

#include "security/UserDirectory.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace parkwatt;

namespace {

const QString kEngine = QStringLiteral(PARKWATT_BIN_DIR "/parkwattd");

struct Run {
    int exitCode = -1;
    QString output;
};

// `parkwattd users ACTION --db DB OPTIONS...` with `stdinLines` on standard input.
Run users(const QString& db, const QStringList& actionAndOptions, const QStringList& stdinLines = {})
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    QStringList arguments{QStringLiteral("users"), actionAndOptions.value(0), QStringLiteral("--db"), db};
    arguments += actionAndOptions.mid(1);
    p.start(kEngine, arguments);
    for (const QString& line : stdinLines)
        p.write((line + QLatin1Char('\n')).toUtf8());
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitCode(), QString::fromUtf8(p.readAll())};
}

int auditRows(const QString& path, const char* action)
{
    sqlite3* db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* q = nullptr;
    sqlite3_prepare_v2(db, "SELECT COUNT(*) FROM audit WHERE action = ?", -1, &q, nullptr);
    sqlite3_bind_text(q, 1, action, -1, SQLITE_STATIC);
    const int n = sqlite3_step(q) == SQLITE_ROW ? sqlite3_column_int(q, 0) : -1;
    sqlite3_finalize(q);
    sqlite3_close(db);
    return n;
}

} // namespace

class TstUsersCommand : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void usersAreAddedByAnAdministratorAndAudited()
    {
        const QString db = m_dir.filePath(QStringLiteral("site.db"));
        Run run = users(db,
                        {QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("tom"),
                         QStringLiteral("--role"), QStringLiteral("manager")},
                        {QStringLiteral("tom's passphrase!")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.output.contains(QStringLiteral("first user of a site is its administrator")),
                 qPrintable(run.output));

        run = users(db,
                    {QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("maria"),
                     QStringLiteral("--role"), QStringLiteral("admin")},
                    {QStringLiteral("maria's passphrase")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));

        run = users(db,
                    {QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("tom"),
                     QStringLiteral("--role"), QStringLiteral("manager"), QStringLiteral("--by"),
                     QStringLiteral("maria")},
                    {QStringLiteral("not maria's"), QStringLiteral("tom's passphrase!")});
        QCOMPARE(run.exitCode, 6);
        QTest::qWait(1100); // the sign-in delay after that miss
        run = users(db,
                    {QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("tom"),
                     QStringLiteral("--role"), QStringLiteral("manager"), QStringLiteral("--by"),
                     QStringLiteral("maria")},
                    {QStringLiteral("maria's passphrase"), QStringLiteral("tom's passphrase!")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));

        run = users(db,
                    {QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("eve"),
                     QStringLiteral("--role"), QStringLiteral("admin"), QStringLiteral("--by"),
                     QStringLiteral("tom")},
                    {QStringLiteral("tom's passphrase!"), QStringLiteral("eve's passphrase")});
        QCOMPARE(run.exitCode, 6);
        QVERIFY2(run.output.contains(QStringLiteral("tom (role manager) may not add users")),
                 qPrintable(run.output));

        run = users(db, {QStringLiteral("passwd"), QStringLiteral("--name"), QStringLiteral("tom")},
                    {QStringLiteral("tom's passphrase!"), QStringLiteral("tom's new passphrase")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));

        run = users(db, {QStringLiteral("list")});
        QVERIFY2(run.output.contains(QStringLiteral("maria")) &&
                     run.output.contains(QStringLiteral("manager")) &&
                     !run.output.contains(QStringLiteral("eve")),
                 qPrintable(run.output));
        StorageError error;
        auto directory = UserDirectory::open(db, &error);
        QCOMPARE(directory->signIn(QStringLiteral("tom"), QStringLiteral("tom's new passphrase"), 0).outcome,
                 SignInResult::Outcome::SignedIn);
        directory.reset();

        QCOMPARE(auditRows(db, "user.add"), 2);
        QCOMPARE(auditRows(db, "user.password"), 1);
        QProcess verify;
        verify.start(kEngine,
                     {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db});
        QVERIFY(verify.waitForFinished(30000));
        QCOMPARE(verify.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TstUsersCommand)
#include "tst_userscommand.moc"
