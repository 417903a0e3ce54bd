// parkwattd-storage: the storage commands of parkwattd (audit, export) in a binary of their own,
// so that their end-to-end tests run the real command classes in a real process until
// parkwattd's main wires them in.

#include "AuditCommand.h"
#include "ExportCommand.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.value(1);
    if (command == QLatin1String("audit"))
        return AuditCommand().run(arguments);
    if (command == QLatin1String("export"))
        return ExportCommand().run(arguments);
    std::fprintf(stderr, "usage: parkwattd-storage audit|export ...\n");
    return ExitInvalidInput;
}
