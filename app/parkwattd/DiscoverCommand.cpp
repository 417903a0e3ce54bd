#include "DiscoverCommand.h"

#include "TerminalProgress.h"
#include "commissioning/AddressRange.h"
#include "commissioning/ModbusDiscovery.h"
#include "commissioning/NumberList.h"
#include "devices/profiles/ProfileLibrary.h"

#include <QCommandLineParser>
#include <QCoro/QCoroTask>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <cstdio>
#include <optional>

using namespace parkwatt;

namespace {

int fail(int code, const QString& message)
{
    std::fprintf(stderr, "parkwattd discover: %s\n", qPrintable(message));
    return code;
}

// A whole number option within bounds, or nothing with `error` naming the option.
std::optional<int> boundedInt(const QString& option, const QString& text, int min, int max, QString* error)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < min || value > max) {
        *error = QStringLiteral("--%1 %2: expected a whole number from %3 to %4")
                     .arg(option, text)
                     .arg(min)
                     .arg(max);
        return std::nullopt;
    }
    return value;
}

QString describe(const DiscoveredDevice& d)
{
    QString what = d.profile.isEmpty() ? QStringLiteral("no profile") : d.profile;
    if (d.profile.isEmpty() && !d.candidates.isEmpty())
        what += QStringLiteral(" (candidates: %1)").arg(d.candidates.join(QStringLiteral(", ")));
    return QStringLiteral("found %1:%2 unit %3: %4").arg(d.host).arg(d.port).arg(d.unit).arg(what);
}

} // namespace

int DiscoverCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Scans IPv4 addresses for Modbus TCP devices and proposes a device profile for each: SunSpec "
        "models, identification values, manufacturer and model, or the profile's register map. JSON "
        "(parkwatt-discovery/1) on stdout, progress on stderr. See docs/commissioning.md."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("discover"), QStringLiteral("The command."));
    const QCommandLineOption hostsOption(
        QStringLiteral("hosts"),
        QStringLiteral("Addresses: A.B.C.D, A.B.C.D/N or A.B.C.D-A.B.C.E (or A.B.C.D-E); at most %1.")
            .arg(AddressRange::kDefaultMaxAddresses),
        QStringLiteral("RANGE"));
    const QCommandLineOption portsOption(
        QStringLiteral("ports"),
        QStringLiteral("TCP ports, comma-separated (502,1502); at most %1.").arg(kMaxPorts),
        QStringLiteral("LIST"));
    const QCommandLineOption unitsOption(
        QStringLiteral("units"),
        QStringLiteral("Modbus unit ids 0..247, comma-separated; at most %1 (default 1).").arg(kMaxUnits),
        QStringLiteral("LIST"), QStringLiteral("1"));
    const QCommandLineOption timeoutOption(
        QStringLiteral("timeout-ms"),
        QStringLiteral("Timeout of each connect and each request (default 1000)."), QStringLiteral("N"),
        QStringLiteral("1000"));
    const QCommandLineOption concurrencyOption(
        QStringLiteral("concurrency"), QStringLiteral("Host:port pairs scanned at once (default 32)."),
        QStringLiteral("N"), QStringLiteral("32"));
    const QCommandLineOption profilesOption(QStringLiteral("profiles"),
                                            QStringLiteral("A folder of extra device profiles (repeatable)."),
                                            QStringLiteral("DIR"));
    parser.addOptions(
        {hostsOption, portsOption, unitsOption, timeoutOption, concurrencyOption, profilesOption});
    if (!parser.parse(arguments))
        return fail(ExitInvalidInput, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1)
        return fail(ExitInvalidInput, QStringLiteral("unexpected argument '%1' (see --help)")
                                          .arg(parser.positionalArguments().value(1)));
    if (!parser.isSet(hostsOption))
        return fail(ExitInvalidInput, QStringLiteral("--hosts RANGE is required (see --help)"));
    if (!parser.isSet(portsOption))
        return fail(ExitInvalidInput, QStringLiteral("--ports LIST is required (see --help)"));

    const AddressRange::Parsed hosts = AddressRange::parse(parser.value(hostsOption));
    if (!hosts.ok())
        return fail(ExitInvalidInput, hosts.error);
    const NumberList::Parsed ports =
        NumberList::parse(parser.value(portsOption), QStringLiteral("--ports"), 1, 65535, kMaxPorts);
    if (!ports.ok())
        return fail(ExitInvalidInput, ports.error);
    const NumberList::Parsed units =
        NumberList::parse(parser.value(unitsOption), QStringLiteral("--units"), 0, 247, kMaxUnits);
    if (!units.ok())
        return fail(ExitInvalidInput, units.error);
    QString error;
    const std::optional<int> timeoutMs =
        boundedInt(QStringLiteral("timeout-ms"), parser.value(timeoutOption), 1, kMaxTimeoutMs, &error);
    if (!timeoutMs)
        return fail(ExitInvalidInput, error);
    const std::optional<int> concurrency = boundedInt(
        QStringLiteral("concurrency"), parser.value(concurrencyOption), 1, kMaxConcurrency, &error);
    if (!concurrency)
        return fail(ExitInvalidInput, error);

    const ProfileLibrary library = ProfileLibrary::withBuiltIns(parser.values(profilesOption));
    if (!library.errors().isEmpty()) {
        for (const ConfigError& e : library.errors())
            std::fprintf(stderr, "parkwattd discover: %s\n", qPrintable(e.toString()));
        return ExitInvalidInput;
    }
    std::vector<DeviceProfile> profiles;
    for (const QString& id : library.ids())
        profiles.push_back(*library.find(id));

    // Every closed port would log "offline, next attempt"; the scan reports what matters.
    QLoggingCategory::setFilterRules(QStringLiteral("parkwatt.modbus.info=false"));

    DiscoveryRequest request;
    request.addresses = hosts.addresses;
    request.ports = ports.values;
    request.units = units.values;
    request.timeoutMs = *timeoutMs;
    request.concurrency = *concurrency;
    std::fprintf(stderr, "parkwattd discover: scanning %lld address(es) x %lld port(s), unit(s) %s\n",
                 static_cast<long long>(request.addresses.size()),
                 static_cast<long long>(request.ports.size()), qPrintable(parser.value(unitsOption)));

    ModbusDiscovery discovery(request, std::move(profiles));
    TerminalProgress progress(QStringLiteral("discover"));
    QObject::connect(&discovery, &ModbusDiscovery::targetScanned, &discovery,
                     [&progress](int done, int total) { progress.update(done, total); });
    QObject::connect(&discovery, &ModbusDiscovery::deviceFound, &discovery, [](const DiscoveredDevice& d) {
        std::fprintf(stderr, "parkwattd discover: %s\n", qPrintable(describe(d)));
    });
    const DiscoveryReport report = QCoro::waitFor(discovery.run());
    std::fprintf(stderr,
                 "parkwattd discover: %zu device(s), %d open port(s), %zu silent unit(s) in %lld ms\n",
                 report.found.size(), report.openPorts, report.silent.size(),
                 static_cast<long long>(report.elapsedMs));
    std::fputs(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented).constData(), stdout);
    return ExitOk;
}
