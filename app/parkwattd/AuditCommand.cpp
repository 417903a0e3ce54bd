#include "AuditCommand.h"

#include "storage/AuditChain.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <cstdio>

using namespace parkwatt;

namespace {

int fail(int code, const QString& message)
{
    std::fprintf(stderr, "parkwattd audit: %s\n", qPrintable(message));
    return code;
}

} // namespace

int AuditCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Verifies the audit trail's hash chain: exit 0 when intact, 4 naming the first bad "
                       "entry when any entry was altered, removed or inserted."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("audit"), QStringLiteral("The command."));
    parser.addPositionalArgument(QStringLiteral("verify"), QStringLiteral("What to do (verify)."));
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("The site's database."),
                                      QStringLiteral("FILE"));
    parser.addOption(dbOption);
    if (!parser.parse(arguments))
        return fail(ExitInvalidInput, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional.at(1) != QLatin1String("verify"))
        return fail(ExitInvalidInput, QStringLiteral("expected 'audit verify --db FILE' (see --help)"));
    if (!parser.isSet(dbOption))
        return fail(ExitInvalidInput, QStringLiteral("--db FILE is required"));

    Database::Opened opened = Database::openForReading(parser.value(dbOption));
    if (!opened.ok())
        return fail(ExitInvalidInput, opened.error.toString());
    const AuditVerdict verdict = verifyAuditChain(*opened.connection);
    if (!verdict.intact)
        return fail(ExitAuditBroken, QStringLiteral("%1: audit trail broken at entry %2: %3")
                                         .arg(opened.connection->path())
                                         .arg(verdict.firstBadSeq)
                                         .arg(verdict.problem));
    std::printf("%s: audit trail intact: %lld entries, head SHA-256 %s\n",
                qPrintable(opened.connection->path()), static_cast<long long>(verdict.entries),
                verdict.headHash.toHex().constData());
    return ExitOk;
}
