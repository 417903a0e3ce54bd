// parkwattd: the Parkwatt engine without a window. The composition root of the headless commands.

#include "AuditCommand.h"
#include "CommissionReportCommand.h"
#include "DiscoverCommand.h"
#include "ExportCommand.h"
#include "RegistersCommand.h"
#include "RunCommand.h"
#include "SimulateCommand.h"
#include "UsersCommand.h"
#include "VerifyCommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <cstdio>
#include <exception>
#include <memory>

namespace {

const char* const kUsage =
    "Usage: parkwattd COMMAND [options]\n"
    "\n"
    "Parkwatt energy-management engine.\n"
    "\n"
    "Commands:\n"
    "  simulate SCENARIO   run a what-if simulation faster than real time and write a report\n"
    "  run --site FILE     control a site in real time over its Modbus devices\n"
    "  audit verify --db FILE   check the audit trail's hash chain\n"
    "  export --db FILE    stored history as CSV (see parkwattd export --help)\n"
    "  discover --hosts RANGE --ports LIST   find Modbus TCP devices and propose their profiles\n"
    "  verify --site FILE  verify every charger (fail-safe, watchdog, setpoints, fallback budget)\n"
    "  commission-report --site FILE --out FILE.pdf   the site's commissioning report\n"
    "  registers read|write --host H --address N ...   the register inspector (write: installers, audited)\n"
    "  users list|add|passwd --db FILE   the site's users (passwords on standard input)\n"
    "\n"
    "Options:\n"
    "  -h, --help          show this help (parkwattd COMMAND --help for a command's options)\n"
    "  -v, --version       show the version\n"
    "\n"
    "Exit codes: 0 success, 1 internal failure, 2 invalid input, 3 another engine controls the site,\n"
    "4 the audit trail is broken, 5 a verification check failed, 6 the user may not do this.\n";

} // namespace

int main(int argc, char* argv[])
{
    // The commissioning report lays out a PDF: fonts need a QGuiApplication, offscreen unless the
    // caller names a platform (parkwattd runs on servers without a display).
    const bool needsGui = argc > 1 && qstrcmp(argv[1], "commission-report") == 0;
    if (needsGui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app;
    if (needsGui)
        app = std::make_unique<QGuiApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("parkwattd"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARKWATT_VERSION));

    const QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.value(1);
    try {
        if (command == QLatin1String("simulate"))
            return SimulateCommand().run(arguments);
        if (command == QLatin1String("users"))
            return UsersCommand().run(arguments);
        if (command == QLatin1String("registers"))
            return RegistersCommand().run(arguments);
        if (command == QLatin1String("run"))
            return RunCommand().run(arguments);
        if (command == QLatin1String("audit"))
            return AuditCommand().run(arguments);
        if (command == QLatin1String("export"))
            return ExportCommand().run(arguments);
        if (command == QLatin1String("discover"))
            return DiscoverCommand().run(arguments);
        if (command == QLatin1String("verify"))
            return VerifyCommand().run(arguments);
        if (command == QLatin1String("commission-report"))
            return CommissionReportCommand().run(arguments);
        if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
            std::printf("parkwattd %s\n", PARKWATT_VERSION);
            return ExitOk;
        }
        if (command == QLatin1String("--help") || command == QLatin1String("-h") || command.isEmpty()) {
            std::fputs(kUsage, command.isEmpty() ? stderr : stdout);
            return command.isEmpty() ? ExitInvalidInput : ExitOk;
        }
        std::fprintf(stderr, "parkwattd: unknown command '%s'\n%s", qPrintable(command), kUsage);
        return ExitInvalidInput;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "parkwattd: internal failure: %s\n", e.what());
        return ExitInternalFailure;
    }
}
