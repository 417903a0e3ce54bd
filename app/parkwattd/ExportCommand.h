#pragma once
// `parkwattd export --db FILE --from T --to T (--series NAME... | --sessions | --events)
// --csv OUT [--points N]`: stored history as RFC 4180 CSV, through the same readers and writer
// (CsvExport) as the GUI's export.

#include "SimulateCommand.h"

#include <QStringList>

class ExportCommand {
public:
    // `arguments` start with the program name, then "export".
    int run(const QStringList& arguments);
};
