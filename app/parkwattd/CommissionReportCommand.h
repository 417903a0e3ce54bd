#pragma once
// `parkwattd commission-report --site FILE --out FILE.pdf [--verification FILE.json]
// [--installer NAME] [--json FILE] [--profiles DIR]`: the site's commissioning report as a PDF
// (QPdfWriter + QTextDocument) and optionally as JSON ("parkwatt-commissioning/1"): site, devices,
// settings written, verification results (read from --verification, else verified anew), the
// fallback budget, installer, date and signature lines. Needs a QGuiApplication (main.cpp makes
// one, offscreen unless QT_QPA_PLATFORM says otherwise). Exits 0 when written, 2 on bad input.

#include "SimulateCommand.h" // ExitCode

#include <QStringList>

class CommissionReportCommand {
public:
    int run(const QStringList& arguments);
};
