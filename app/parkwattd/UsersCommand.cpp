#include "UsersCommand.h"

#include "security/UserDirectory.h"
#include "storage/StorageWriter.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <cstdio>

using namespace parkwatt;

namespace {

int fail(int code, const QString& message)
{
    std::fprintf(stderr, "parkwattd users: %s\n", qPrintable(message));
    return code;
}

TimeMs now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// Appends one entry to the site's audit trail (chained after whatever the engine appended).
bool audit(const QString& db, const QString& actor, const QString& action, const QJsonObject& detail,
           QString* error)
{
    StorageError failure;
    std::unique_ptr<StorageWriter> writer = StorageWriter::open(db, {}, &failure);
    if (!writer) {
        *error = failure.toString();
        return false;
    }
    writer->appendAudit(AuditEntry{now(), actor, action,
                                   QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))});
    return writer->flush();
}

} // namespace

int UsersCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The site's users. list: who may sign in, with roles. add: a user (an administrator signs in with "
        "--by; the first user of a database is its administrator). passwd: a user changes their password. "
        "Passwords on standard input, one per line."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("users"), QStringLiteral("The command."));
    parser.addPositionalArgument(QStringLiteral("list|add|passwd"), QStringLiteral("What to do."));
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("The site's database."),
                                QStringLiteral("FILE"));
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("add, passwd: the user."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption role(QStringLiteral("role"),
                                  QStringLiteral("add: viewer, manager, installer or admin."),
                                  QStringLiteral("ROLE"));
    const QCommandLineOption by(QStringLiteral("by"), QStringLiteral("add: the administrator adding them."),
                                QStringLiteral("ADMIN"));
    parser.addOptions({db, name, role, by});
    if (!parser.parse(arguments))
        return fail(ExitInvalidInput, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return ExitOk;
    }
    const QString action = parser.positionalArguments().value(1);
    if (!parser.isSet(db))
        return fail(ExitInvalidInput, QStringLiteral("--db FILE is required"));
    StorageError storageError;
    std::unique_ptr<UserDirectory> users = UserDirectory::open(parser.value(db), &storageError);
    if (!users)
        return fail(ExitInvalidInput, storageError.toString());

    if (action == QLatin1String("list")) {
        for (const UserRecord& u : users->users())
            std::printf(
                "%-24s %-10s created %s%s\n", qPrintable(u.name), qPrintable(roleName(u.role)),
                qPrintable(QDateTime::fromMSecsSinceEpoch(u.createdAt, Qt::UTC).toString(Qt::ISODate)),
                u.disabled ? " (disabled)" : "");
        return ExitOk;
    }
    if (action != QLatin1String("add") && action != QLatin1String("passwd"))
        return fail(ExitInvalidInput,
                    QStringLiteral("expected list, add or passwd after 'users' (see --help)"));
    if (!parser.isSet(name))
        return fail(ExitInvalidInput, QStringLiteral("--name NAME is required"));
    QTextStream in(stdin);
    QString error;

    if (action == QLatin1String("passwd")) {
        const QString old = in.readLine();
        const QString fresh = in.readLine();
        const SignInResult who = users->signIn(parser.value(name), old, now());
        if (who.outcome != SignInResult::Outcome::SignedIn)
            return fail(ExitNotPermitted,
                        QStringLiteral("%1: the current password is not right (or wait %2 s)")
                            .arg(parser.value(name))
                            .arg((who.waitMs + 999) / 1000));
        if (!users->setPassword(parser.value(name), fresh, &error))
            return fail(ExitInvalidInput, error);
        users.reset();
        if (!audit(parser.value(db), parser.value(name), QStringLiteral("user.password"), {}, &error))
            return fail(ExitInternalFailure, QStringLiteral("changed, but not recorded: %1").arg(error));
        std::printf("password of %s changed\n", qPrintable(parser.value(name)));
        return ExitOk;
    }

    const std::optional<UserRole> newRole = roleFromName(parser.value(role));
    if (!newRole)
        return fail(ExitInvalidInput,
                    QStringLiteral("--role %1: expected viewer, manager, installer or admin")
                        .arg(parser.value(role)));
    QString actor;
    if (!users->hasUsers()) {
        if (*newRole != UserRole::Admin)
            return fail(ExitInvalidInput,
                        QStringLiteral("the first user of a site is its administrator: --role admin"));
        actor = parser.value(name);
    } else {
        if (!parser.isSet(by))
            return fail(ExitInvalidInput,
                        QStringLiteral("--by ADMIN is required: an administrator adds users"));
        const SignInResult admin = users->signIn(parser.value(by), in.readLine(), now());
        if (admin.outcome != SignInResult::Outcome::SignedIn)
            return fail(ExitNotPermitted,
                        QStringLiteral("%1 is not signed in (wrong name or password, or wait %2 s)")
                            .arg(parser.value(by))
                            .arg((admin.waitMs + 999) / 1000));
        if (admin.user->role != UserRole::Admin)
            return fail(ExitNotPermitted, QStringLiteral("%1 (role %2) may not add users: administrators may")
                                              .arg(admin.user->name, roleName(admin.user->role)));
        actor = admin.user->name;
    }
    if (!users->addUser(parser.value(name), *newRole, in.readLine(), now(), &error))
        return fail(ExitInvalidInput, error);
    users.reset();
    const QJsonObject detail{{QStringLiteral("user"), parser.value(name)},
                             {QStringLiteral("role"), roleName(*newRole)}};
    if (!audit(parser.value(db), actor, QStringLiteral("user.add"), detail, &error))
        return fail(ExitInternalFailure, QStringLiteral("added, but not recorded: %1").arg(error));
    std::printf("%s added as %s\n", qPrintable(parser.value(name)), qPrintable(roleName(*newRole)));
    return ExitOk;
}
