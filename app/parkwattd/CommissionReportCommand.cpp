#include "CommissionReportCommand.h"

#include "commissioning/CommissionReport.h"
#include "config/SiteFileReader.h"
#include "devices/profiles/ProfileLibrary.h"

#include <QCommandLineParser>
#include <QCoro/QCoroTask>
#include <QDate>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <cstdio>

using namespace parkwatt;

namespace {

int fail(int code, const QString& message)
{
    std::fprintf(stderr, "parkwattd commission-report: %s\n", qPrintable(message));
    return code;
}

} // namespace

int CommissionReportCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes the site's commissioning report as a PDF (and JSON with --json): site, devices, settings "
        "written, verification results, fallback budget, installer, date and signature lines. Without "
        "--verification the chargers are verified anew (as parkwattd verify). See docs/commissioning.md."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("commission-report"), QStringLiteral("The command."));
    const QCommandLineOption siteOption(
        QStringLiteral("site"), QStringLiteral("The site file (parkwatt-site/1)."), QStringLiteral("FILE"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("The PDF to write."),
                                       QStringLiteral("FILE.pdf"));
    const QCommandLineOption verificationOption(
        QStringLiteral("verification"),
        QStringLiteral("A verification written by parkwattd verify --json (default: verify anew)."),
        QStringLiteral("FILE.json"));
    const QCommandLineOption installerOption(
        QStringLiteral("installer"), QStringLiteral("Who commissioned the site."), QStringLiteral("NAME"));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), QStringLiteral("Also write the report as JSON (parkwatt-commissioning/1)."),
        QStringLiteral("FILE"));
    const QCommandLineOption profilesOption(QStringLiteral("profiles"),
                                            QStringLiteral("A folder of extra device profiles (repeatable)."),
                                            QStringLiteral("DIR"));
    parser.addOptions(
        {siteOption, outOption, verificationOption, installerOption, jsonOption, profilesOption});
    if (!parser.parse(arguments))
        return fail(ExitInvalidInput, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return ExitOk;
    }
    if (!parser.isSet(siteOption))
        return fail(ExitInvalidInput, QStringLiteral("--site FILE is required (see --help)"));
    if (!parser.isSet(outOption))
        return fail(ExitInvalidInput, QStringLiteral("--out FILE.pdf is required (see --help)"));
    const LoadResult<SiteFile> site = loadSiteFile(parser.value(siteOption));
    if (!site.ok())
        return fail(ExitInvalidInput, site.error.toString());
    const ProfileLibrary library = ProfileLibrary::withBuiltIns(parser.values(profilesOption));
    if (!library.errors().isEmpty()) {
        for (const ConfigError& e : library.errors())
            std::fprintf(stderr, "parkwattd commission-report: %s\n", qPrintable(e.toString()));
        return ExitInvalidInput;
    }

    VerificationReport verification;
    if (parser.isSet(verificationOption)) {
        QFile f(parser.value(verificationOption));
        if (!f.open(QIODevice::ReadOnly))
            return fail(ExitInvalidInput,
                        QStringLiteral("--verification %1: %2").arg(f.fileName(), f.errorString()));
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return fail(ExitInvalidInput,
                        QStringLiteral("--verification %1: %2").arg(f.fileName(), parseError.errorString()));
        QString error;
        std::optional<VerificationReport> read = VerificationReport::fromJson(doc.object(), &error);
        if (!read)
            return fail(ExitInvalidInput, QStringLiteral("--verification %1: %2").arg(f.fileName(), error));
        verification = std::move(*read);
    } else {
        std::vector<DeviceSpec> chargers;
        for (const DeviceSpec& d : site.value->devices) {
            if (d.role != DeviceRole::Charger)
                continue;
            if (!library.find(d.profile))
                return fail(ExitInvalidInput,
                            QStringLiteral("device %1: unknown profile '%2'").arg(d.id, d.profile));
            chargers.push_back(d);
        }
        QLoggingCategory::setFilterRules(QStringLiteral("parkwatt.modbus.info=false"));
        verification = QCoro::waitFor(verifyChargers(*site.value, library, chargers, VerifierOptions{}));
    }

    const CommissionReport report =
        CommissionReport::make(*site.value, library, std::move(verification), parser.value(installerOption),
                               QDate::currentDate().toString(Qt::ISODate), parser.value(siteOption));
    {
        QPdfWriter pdf(parser.value(outOption));
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setResolution(300);
        pdf.setTitle(QStringLiteral("Commissioning report: ") + report.site.site.name);
        pdf.setCreator(QStringLiteral("parkwattd " PARKWATT_VERSION));
        QTextDocument document;
        document.setHtml(report.toHtml());
        document.print(&pdf);
    }
    if (!QFile::exists(parser.value(outOption)) || QFile(parser.value(outOption)).size() == 0)
        return fail(ExitInternalFailure,
                    QStringLiteral("--out %1: the PDF was not written").arg(parser.value(outOption)));
    if (parser.isSet(jsonOption)) {
        QFile out(parser.value(jsonOption));
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            out.write(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented)) < 0)
            return fail(ExitInternalFailure,
                        QStringLiteral("--json %1: %2").arg(out.fileName(), out.errorString()));
    }
    std::fprintf(stdout, "commission report: %s (%s)\n", qPrintable(parser.value(outOption)),
                 report.verification.passed() ? "verification PASS" : "verification FAIL");
    return ExitOk;
}
