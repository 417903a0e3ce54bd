#include "RegistersCommand.h"

#include "commissioning/RegisterInspection.h"
#include "config/SiteFileReader.h"
#include "devices/modbus/ModbusConnection.h"
#include "engine/live/ControllerLock.h"
#include "security/UserDirectory.h"
#include "storage/StorageWriter.h"

#include <QCommandLineParser>
#include <QCoro/QCoroTask>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTextStream>
#include <cstdio>
#include <optional>

using namespace parkwatt;

namespace {

int fail(int code, const QString& message)
{
    std::fprintf(stderr, "parkwattd registers: %s\n", qPrintable(message));
    return code;
}

std::optional<int> wholeNumber(const QCommandLineParser& parser, const QString& option, int min, int max,
                               QString* error)
{
    bool ok = false;
    const int value = parser.value(option).trimmed().toInt(&ok);
    if (!ok || value < min || value > max) {
        *error = QStringLiteral("--%1 %2: expected a whole number from %3 to %4")
                     .arg(option, parser.value(option))
                     .arg(min)
                     .arg(max);
        return std::nullopt;
    }
    return value;
}

QString registersText(const QVector<quint16>& registers)
{
    QStringList hex;
    for (quint16 r : registers)
        hex << QStringLiteral("0x%1").arg(r, 4, 16, QLatin1Char('0'));
    return hex.join(QLatin1Char(' '));
}

QJsonArray registersJson(const QVector<quint16>& registers)
{
    QJsonArray out;
    for (quint16 r : registers)
        out.append(int(r));
    return out;
}

} // namespace

int RegistersCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The installer's register inspector. 'read' shows any range of a Modbus TCP device raw and decoded; "
        "'write' writes a value to a device of the site file, for an installer or administrator of the "
        "site's "
        "database (password on standard input), with --yes, and records it in the audit trail. See "
        "docs/commissioning.md."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("registers"), QStringLiteral("The command."));
    parser.addPositionalArgument(QStringLiteral("read|write"), QStringLiteral("What to do."));
    const QCommandLineOption host(QStringLiteral("host"), QStringLiteral("The device's address."),
                                  QStringLiteral("HOST"));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("TCP port (default 502)."),
                                  QStringLiteral("PORT"), QStringLiteral("502"));
    const QCommandLineOption unit(QStringLiteral("unit"), QStringLiteral("Modbus unit id (default 1)."),
                                  QStringLiteral("UNIT"), QStringLiteral("1"));
    const QCommandLineOption table(QStringLiteral("table"),
                                   QStringLiteral("holding (default), input, coils or discrete."),
                                   QStringLiteral("TABLE"), QStringLiteral("holding"));
    const QCommandLineOption address(QStringLiteral("address"),
                                     QStringLiteral("The first register (0-based)."), QStringLiteral("N"));
    const QCommandLineOption count(QStringLiteral("count"), QStringLiteral("Registers to read (default 1)."),
                                   QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption type(QStringLiteral("type"),
                                  QStringLiteral("u16 (default), i16, u32, i32, f32, f64 or string."),
                                  QStringLiteral("TYPE"), QStringLiteral("u16"));
    const QCommandLineOption wordOrder(
        QStringLiteral("word-order"), QStringLiteral("big (default: most significant word first) or little."),
        QStringLiteral("ORDER"), QStringLiteral("big"));
    const QCommandLineOption timeout(
        QStringLiteral("timeout-ms"),
        QStringLiteral("Timeout of the connection and each request (default 2000)."), QStringLiteral("N"),
        QStringLiteral("2000"));
    const QCommandLineOption value(QStringLiteral("value"), QStringLiteral("write: the value, in --type."),
                                   QStringLiteral("VALUE"));
    const QCommandLineOption site(QStringLiteral("site"),
                                  QStringLiteral("write: the site file (the device must be in it)."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption db(QStringLiteral("db"),
                                QStringLiteral("write: the site's database (its users, its audit trail)."),
                                QStringLiteral("FILE"));
    const QCommandLineOption user(QStringLiteral("user"),
                                  QStringLiteral("write: who writes (installer or admin)."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption lockDir(QStringLiteral("lock-dir"),
                                     QStringLiteral("write: where the controller lock lives (as for run)."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption yes(QStringLiteral("yes"), QStringLiteral("write: confirm the write."));
    parser.addOptions({host, port, unit, table, address, count, type, wordOrder, timeout, value, site, db,
                       user, lockDir, yes});
    if (!parser.parse(arguments))
        return fail(ExitInvalidInput, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return ExitOk;
    }
    const QString action = parser.positionalArguments().value(1);
    if (action != QLatin1String("read") && action != QLatin1String("write"))
        return fail(ExitInvalidInput,
                    QStringLiteral("expected 'read' or 'write' after 'registers' (see --help)"));
    if (!parser.isSet(host) || !parser.isSet(address))
        return fail(ExitInvalidInput, QStringLiteral("--host and --address are required"));

    QString error;
    const auto portNumber = wholeNumber(parser, QStringLiteral("port"), 1, 65535, &error);
    const auto unitId =
        portNumber ? wholeNumber(parser, QStringLiteral("unit"), 0, 247, &error) : std::nullopt;
    const auto first =
        unitId ? wholeNumber(parser, QStringLiteral("address"), 0, 65535, &error) : std::nullopt;
    const auto many =
        first ? wholeNumber(parser, QStringLiteral("count"), 1, kMaxCount, &error) : std::nullopt;
    const auto timeoutMs =
        many ? wholeNumber(parser, QStringLiteral("timeout-ms"), 1, 60000, &error) : std::nullopt;
    if (!timeoutMs)
        return fail(ExitInvalidInput, error);
    const auto registerTable = RegisterInspection::tableFromName(parser.value(table));
    if (!registerTable)
        return fail(ExitInvalidInput, QStringLiteral("--table %1: expected holding, input, coils or discrete")
                                          .arg(parser.value(table)));
    RegisterEncoding encoding;
    const auto valueType = RegisterInspection::typeFromName(parser.value(type));
    const auto order = RegisterInspection::wordOrderFromName(parser.value(wordOrder));
    if (!valueType)
        return fail(ExitInvalidInput,
                    QStringLiteral("--type %1: expected u16, i16, u32, i32, f32, f64 or string")
                        .arg(parser.value(type)));
    if (!order)
        return fail(ExitInvalidInput,
                    QStringLiteral("--word-order %1: expected big or little").arg(parser.value(wordOrder)));
    encoding.type = *valueType;
    encoding.wordOrder = *order;

    QLoggingCategory::setFilterRules(QStringLiteral("parkwatt.modbus.info=false"));
    ModbusEndpoint endpoint;
    endpoint.host = parser.value(host);
    endpoint.port = *portNumber;
    endpoint.unit = *unitId;
    endpoint.timeoutMs = *timeoutMs;
    endpoint.retries = 0;
    endpoint.writeSingleAsFc16 = true;
    ModbusConnection connection(endpoint);
    const QString device =
        QStringLiteral("%1:%2 unit %3").arg(endpoint.host).arg(endpoint.port).arg(endpoint.unit);

    if (action == QLatin1String("read")) {
        const ModbusResult read = QCoro::waitFor(connection.read(*registerTable, *first, *many));
        if (!read.ok())
            return fail(ExitInternalFailure, QStringLiteral("%1: %2").arg(device, read.message));
        if (*registerTable == QModbusDataUnit::Coils || *registerTable == QModbusDataUnit::DiscreteInputs) {
            for (qsizetype i = 0; i < read.bits.size(); ++i)
                std::printf("%5d  %d\n", *first + int(i), read.bits[i] ? 1 : 0);
            return ExitOk;
        }
        for (const QString& line : RegisterInspection::rawLines(*first, read.registers))
            std::printf("%s\n", qPrintable(line));
        std::printf("as %s (%s word first):\n", qPrintable(parser.value(type)),
                    qPrintable(parser.value(wordOrder)));
        for (const InspectedValue& v : RegisterInspection::decode(*first, read.registers, encoding))
            std::printf("%5d  %s\n", v.address, qPrintable(v.text));
        return ExitOk;
    }

    // --- write: the device must be the site's, the user an installer, the engine stopped.
    if (*registerTable != QModbusDataUnit::HoldingRegisters)
        return fail(ExitInvalidInput, QStringLiteral("only holding registers can be written"));
    for (const QCommandLineOption& required : {value, site, db, user})
        if (!parser.isSet(required))
            return fail(ExitInvalidInput, QStringLiteral("write needs --value, --site, --db and --user"));
    const LoadResult<SiteFile> siteFile = loadSiteFile(parser.value(site));
    if (!siteFile.ok())
        return fail(ExitInvalidInput, siteFile.error.toString());
    const auto target = std::find_if(
        siteFile.value->devices.begin(), siteFile.value->devices.end(), [&](const DeviceSpec& d) {
            return d.host == endpoint.host && d.port == endpoint.port && d.unit == endpoint.unit;
        });
    if (target == siteFile.value->devices.end())
        return fail(ExitInvalidInput,
                    QStringLiteral("%1 is not a device of %2: writes go only to the site's devices")
                        .arg(device, parser.value(site)));
    const CodecResult<QList<quint16>> encoded = RegisterInspection::encode(parser.value(value), encoding);
    if (!encoded.ok())
        return fail(ExitInvalidInput,
                    QStringLiteral("--value %1: %2").arg(parser.value(value), encoded.error));

    StorageError storageError;
    std::unique_ptr<UserDirectory> users = UserDirectory::open(parser.value(db), &storageError);
    if (!users)
        return fail(ExitInvalidInput, storageError.toString());
    std::fprintf(stderr, "Password for %s: ", qPrintable(parser.value(user)));
    const QString password = QTextStream(stdin).readLine();
    std::fprintf(stderr, "\n");
    const SignInResult signedIn =
        users->signIn(parser.value(user), password, QDateTime::currentMSecsSinceEpoch());
    if (signedIn.outcome != SignInResult::Outcome::SignedIn)
        return fail(ExitNotPermitted,
                    QStringLiteral("%1 is not signed in (wrong name or password, or wait %2 s)")
                        .arg(parser.value(user))
                        .arg((signedIn.waitMs + 999) / 1000));
    if (signedIn.user->role != UserRole::Installer && signedIn.user->role != UserRole::Admin)
        return fail(ExitNotPermitted, QStringLiteral("%1 (role %2) may not write registers: installers and "
                                                     "administrators may")
                                          .arg(signedIn.user->name, roleName(signedIn.user->role)));
    users.reset();

    ControllerLock lock(*siteFile.value, parser.value(lockDir));
    if (!lock.acquire(&error))
        return fail(ExitSiteControlled, error + QStringLiteral(": stop the engine before writing registers"));

    const int width = int(encoded.value->size());
    const ModbusResult before =
        QCoro::waitFor(connection.read(QModbusDataUnit::HoldingRegisters, *first, width));
    if (!before.ok())
        return fail(ExitInternalFailure,
                    QStringLiteral("%1 (%2): %3").arg(device, target->id, before.message));
    std::printf("%s (%s) register %d: now %s, to write %s (%s %s)\n", qPrintable(device),
                qPrintable(target->id), *first, qPrintable(registersText(before.registers)),
                qPrintable(registersText(QVector<quint16>(encoded.value->begin(), encoded.value->end()))),
                qPrintable(parser.value(type)), qPrintable(parser.value(value)));
    if (!parser.isSet(yes))
        return fail(ExitInvalidInput, QStringLiteral("nothing written: add --yes to confirm the write"));

    const QVector<quint16> written(encoded.value->begin(), encoded.value->end());
    const ModbusResult wrote = QCoro::waitFor(connection.writeRegisters(*first, written));
    const ModbusResult after =
        QCoro::waitFor(connection.read(QModbusDataUnit::HoldingRegisters, *first, width));
    const bool readBack = wrote.ok() && after.ok() && after.registers == written;

    QJsonObject detail{
        {QStringLiteral("device"), target->id},
        {QStringLiteral("address"), QStringLiteral("%1:%2").arg(endpoint.host).arg(endpoint.port)},
        {QStringLiteral("unit"), endpoint.unit},
        {QStringLiteral("register"), *first},
        {QStringLiteral("type"), parser.value(type)},
        {QStringLiteral("value"), parser.value(value)},
        {QStringLiteral("before"), registersJson(before.registers)},
        {QStringLiteral("written"), registersJson(written)},
        {QStringLiteral("read_back"), registersJson(after.registers)},
        {QStringLiteral("ok"), readBack},
        {QStringLiteral("role"), roleName(signedIn.user->role)}};
    std::unique_ptr<StorageWriter> audit = StorageWriter::open(parser.value(db), {}, &storageError);
    if (!audit)
        return fail(ExitInternalFailure,
                    QStringLiteral("written, but not recorded: %1").arg(storageError.toString()));
    audit->appendAudit(AuditEntry{QDateTime::currentMSecsSinceEpoch(), signedIn.user->name,
                                  QStringLiteral("register.write"),
                                  QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))});
    audit->flush();
    if (!wrote.ok())
        return fail(ExitInternalFailure, QStringLiteral("%1: %2").arg(device, wrote.message));
    if (!readBack)
        return fail(ExitInternalFailure, QStringLiteral("%1 register %2: written, but it reads back %3")
                                             .arg(device)
                                             .arg(*first)
                                             .arg(registersText(after.registers)));
    std::printf("written and read back; recorded in the audit trail as register.write by %s\n",
                qPrintable(signedIn.user->name));
    return ExitOk;
}
