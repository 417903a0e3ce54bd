// End to end: the built `parkwattd simulate` on every shared example scenario. The report must have
// every key of the spec and agree with the CSV time series; bad input exits 2 with one line.

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kParkwattd = QStringLiteral(PARKWATT_BIN_DIR "/parkwattd");

struct Run {
    int exitCode = -1;
    QByteArray out, err;
};

Run runParkwattd(const QStringList& arguments)
{
    QProcess p;
    p.start(kParkwattd, arguments);
    Run r;
    if (!p.waitForFinished(300000)) {
        p.kill();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// Every key of the report contract (docs/scenario-and-site.md, section 2).
const QStringList kTopKeys = {QStringLiteral("format"),
                              QStringLiteral("scenario"),
                              QStringLiteral("steps"),
                              QStringLiteral("energy_kwh"),
                              QStringLiteral("peak_import_kw"),
                              QStringLiteral("peak_import_instant_kw"),
                              QStringLiteral("self_sufficiency_pct"),
                              QStringLiteral("self_consumption_pct"),
                              QStringLiteral("ev"),
                              QStringLiteral("cost"),
                              QStringLiteral("battery_equivalent_cycles"),
                              QStringLiteral("violations")};
const QStringList kEnergyKeys = {QStringLiteral("load"),
                                 QStringLiteral("load_served"),
                                 QStringLiteral("critical_unserved"),
                                 QStringLiteral("pv_available"),
                                 QStringLiteral("pv_used"),
                                 QStringLiteral("pv_curtailed"),
                                 QStringLiteral("grid_import"),
                                 QStringLiteral("grid_export"),
                                 QStringLiteral("battery_charge"),
                                 QStringLiteral("battery_discharge"),
                                 QStringLiteral("ev_charge"),
                                 QStringLiteral("ev_discharge")};
const QStringList kEvKeys = {QStringLiteral("sessions"), QStringLiteral("sessions_met"),
                             QStringLiteral("energy_unmet_kwh")};
const QStringList kCostKeys = {QStringLiteral("energy"), QStringLiteral("demand"),
                               QStringLiteral("export_revenue"), QStringLiteral("total")};
const QStringList kViolationKeys = {QStringLiteral("import_limit_steps"),
                                    QStringLiteral("export_limit_steps"), QStringLiteral("ev_min_soc_steps"),
                                    QStringLiteral("battery_soc_steps")};

QStringList missingKeys(const QJsonObject& report, bool topLevel)
{
    QStringList missing;
    for (const QString& k : kTopKeys)
        if ((topLevel || k != QLatin1String("format")) && !report.contains(k))
            missing << k;
    const auto checkNested = [&](const char* parent, const QStringList& keys) {
        const QJsonObject o = report.value(QLatin1String(parent)).toObject();
        for (const QString& k : keys)
            if (!o.value(k).isDouble())
                missing << QLatin1String(parent) + QLatin1Char('/') + k;
    };
    checkNested("energy_kwh", kEnergyKeys);
    checkNested("ev", kEvKeys);
    checkNested("cost", kCostKeys);
    checkNested("violations", kViolationKeys);
    return missing;
}

// Splits one CSV line per RFC 4180 (reasons may be quoted and hold commas).
QList<QByteArray> splitCsvLine(const QByteArray& line)
{
    QList<QByteArray> cells(1);
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"')
                cells.last() += line[++i];
            else if (c == '"')
                quoted = false;
            else
                cells.last() += c;
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            cells.append(QByteArray());
        } else {
            cells.last() += c;
        }
    }
    return cells;
}

// Column sums of the CSV, in kWh, and the largest step import.
struct CsvTotals {
    int rows = 0;
    std::map<QByteArray, double> energyKwh;
    double maxImportKw = 0;
};

CsvTotals readCsv(const QString& path, double stepH)
{
    QFile f(path);
    CsvTotals t;
    if (!f.open(QIODevice::ReadOnly))
        return t;
    const QList<QByteArray> header = splitCsvLine(f.readLine().trimmed());
    while (!f.atEnd()) {
        const QList<QByteArray> cells = splitCsvLine(f.readLine().trimmed());
        if (cells.size() != header.size())
            return {};
        ++t.rows;
        for (qsizetype i = 1; i < cells.size(); ++i)
            if (header[i].endsWith("_kw"))
                t.energyKwh[header[i]] += cells[i].toDouble() * stepH;
        const double grid = cells[header.indexOf("grid_kw")].toDouble();
        t.maxImportKw = std::max(t.maxImportKw, grid);
        t.energyKwh["grid_import"] += std::max(0.0, grid) * stepH;
        t.energyKwh["grid_export"] += std::max(0.0, -grid) * stepH;
    }
    return t;
}

} // namespace

class TstSimulateCli : public QObject {
    Q_OBJECT
private slots:
    void sharedScenario_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(PARKWATT_SHARED_DIR "/scenarios"));
        const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QVERIFY2(files.size() >= 4, "the shared scenarios are missing");
        for (const QString& f : files)
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }
    void sharedScenario()
    {
        QFETCH(QString, path);
        QTemporaryDir tmp;
        const QString reportPath = tmp.filePath(QStringLiteral("report.json"));
        const QString csvPath = tmp.filePath(QStringLiteral("series.csv"));
        const Run r = runParkwattd({QStringLiteral("simulate"), path, QStringLiteral("--report"), reportPath,
                                    QStringLiteral("--csv"), csvPath, QStringLiteral("--baseline"),
                                    QStringLiteral("--per-charger")});
        QVERIFY2(r.exitCode == 0, r.err.constData());

        QFile reportFile(reportPath);
        QVERIFY(reportFile.open(QIODevice::ReadOnly));
        const QJsonObject report = QJsonDocument::fromJson(reportFile.readAll()).object();
        QCOMPARE(report.value(QLatin1String("format")).toString(), QStringLiteral("parkwatt-report/1"));
        QCOMPARE(missingKeys(report, true), QStringList());
        QCOMPARE(missingKeys(report.value(QLatin1String("baseline")).toObject(), false), QStringList());
        QCOMPARE(report.value(QLatin1String("controller")).toString(), QStringLiteral("policy"));

        QFile scenarioFile(path);
        QVERIFY(scenarioFile.open(QIODevice::ReadOnly));
        const QJsonObject scenario = QJsonDocument::fromJson(scenarioFile.readAll()).object();
        const double stepH = scenario.value(QLatin1String("step_s")).toDouble() / 3600.0;
        QCOMPARE(report.value(QLatin1String("scenario")).toString(),
                 scenario.value(QLatin1String("name")).toString());

        const CsvTotals csv = readCsv(csvPath, stepH);
        QCOMPARE(csv.rows, report.value(QLatin1String("steps")).toInt());
        const QJsonObject energy = report.value(QLatin1String("energy_kwh")).toObject();
        const std::pair<const char*, const char*> pairs[] = {
            {"pv_available", "pv_available_kw"},
            {"pv_used", "pv_used_kw"},
            {"load", "load_kw"},
            {"load_served", "load_served_kw"},
            {"ev_charge", "ev_charge_kw"},
            {"ev_discharge", "ev_discharge_kw"},
            {"grid_import", "grid_import"},
            {"grid_export", "grid_export"},
            {"critical_unserved", "critical_unserved_kw"},
        };
        for (const auto& [reportKey, csvKey] : pairs) {
            const double fromReport = energy.value(QLatin1String(reportKey)).toDouble();
            const double fromCsv = csv.energyKwh.at(csvKey);
            QVERIFY2(qAbs(fromReport - fromCsv) <= 1e-6 * std::max(1.0, qAbs(fromReport)),
                     qPrintable(QStringLiteral("%1: report %2, csv %3")
                                    .arg(QLatin1String(reportKey))
                                    .arg(fromReport)
                                    .arg(fromCsv)));
        }
        const double batteryNet = energy.value(QLatin1String("battery_charge")).toDouble() -
                                  energy.value(QLatin1String("battery_discharge")).toDouble();
        QVERIFY(qAbs(batteryNet - csv.energyKwh.at("battery_kw")) <= 1e-6 * std::max(1.0, qAbs(batteryNet)));
        QVERIFY(qAbs(report.value(QLatin1String("peak_import_instant_kw")).toDouble() - csv.maxImportKw) <
                1e-6);
        // The billing peak (15-minute average) can never exceed the largest step import.
        QVERIFY(report.value(QLatin1String("peak_import_kw")).toDouble() <= csv.maxImportKw + 1e-9);
        // Every session of the scenario is accounted for.
        QCOMPARE(report.value(QLatin1String("ev")).toObject().value(QLatin1String("sessions")).toInt(),
                 int(scenario.value(QLatin1String("sessions")).toArray().size()));
        // Every session's V2B energy is accounted for its owner.
        const QJsonArray sessions = report.value(QLatin1String("sessions")).toArray();
        QCOMPARE(sessions.size(), scenario.value(QLatin1String("sessions")).toArray().size());
        double dischargedKwh = 0;
        for (const QJsonValue& session : sessions)
            dischargedKwh += session.toObject().value(QLatin1String("discharged_kwh")).toDouble();
        QVERIFY(qAbs(dischargedKwh - energy.value(QLatin1String("ev_discharge")).toDouble()) < 1e-6);
        QCOMPARE(report.value(QLatin1String("controller")).toString(), QStringLiteral("policy"));
        // The policy never breaks a hard limit the uncontrolled run does not.
        const QJsonObject violations = report.value(QLatin1String("violations")).toObject();
        QCOMPARE(violations.value(QLatin1String("ev_min_soc_steps")).toInt(), 0);
        QCOMPARE(violations.value(QLatin1String("battery_soc_steps")).toInt(), 0);
        QCOMPARE(violations.value(QLatin1String("device_limit_steps")).toInt(), 0);
        // Per-charger columns: power, EV energy and reason per charger.
        QFile csvFile(csvPath);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const qsizetype columns = csvFile.readLine().split(',').size();
        QCOMPARE(columns, 13 + 3 * scenario.value(QLatin1String("site"))
                                       .toObject()
                                       .value(QLatin1String("chargers"))
                                       .toArray()
                                       .size());
    }

    void reportGoesToStandardOutputWithoutReportOption()
    {
        const Run r = runParkwattd({QStringLiteral("simulate"),
                                    QStringLiteral(PARKWATT_SHARED_DIR "/scenarios/tiny-spike.json"),
                                    QStringLiteral("--controller"), QStringLiteral("baseline")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(report.value(QLatin1String("steps")).toInt(), 16);
        QCOMPARE(report.value(QLatin1String("peak_import_kw")).toDouble(), 30.0);
        QCOMPARE(report.value(QLatin1String("energy_kwh"))
                     .toObject()
                     .value(QLatin1String("grid_import"))
                     .toDouble(),
                 60.0);
        QVERIFY(!report.contains(QLatin1String("baseline")));
        QVERIFY2(r.err.isEmpty(), r.err.constData()); // no progress bar when stderr is not a terminal
    }

    // --db records every step under simulated time and every session's outcome; the export reads
    // them back: tiny-spike's 16 steps of 15 minutes, its one session met, its 30 kW peak.
    void recordsIntoADatabase()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("whatif.db"));
        const Run r = runParkwattd(
            {QStringLiteral("simulate"), QStringLiteral(PARKWATT_SHARED_DIR "/scenarios/tiny-spike.json"),
             QStringLiteral("--controller"), QStringLiteral("baseline"), QStringLiteral("--db"), db,
             QStringLiteral("--report"), dir.filePath(QStringLiteral("r.json"))});
        QVERIFY2(r.exitCode == 0, r.err.constData());

        const QString sessions = dir.filePath(QStringLiteral("sessions.csv"));
        const QStringList range = {QStringLiteral("--db"),   db,
                                   QStringLiteral("--from"), QStringLiteral("2026-07-14T00:00:00Z"),
                                   QStringLiteral("--to"),   QStringLiteral("2026-07-14T04:00:00Z")};
        QCOMPARE(runParkwattd(QStringList{QStringLiteral("export")} + range +
                              QStringList{QStringLiteral("--sessions"), QStringLiteral("--csv"), sessions})
                     .exitCode,
                 0);
        QFile s(sessions);
        QVERIFY(s.open(QIODevice::ReadOnly));
        const QList<QByteArray> sessionRows = s.readAll().trimmed().split('\n');
        QCOMPARE(sessionRows.size(), 2); // header and the one session
        QVERIFY2(sessionRows[1].contains(",A,s,2026-07-14T00:00:00Z,2026-07-14T02:00:00Z,10,") &&
                     sessionRows[1].contains(",yes,"),
                 sessionRows[1].constData());

        const QString grid = dir.filePath(QStringLiteral("grid.csv"));
        QCOMPARE(runParkwattd(QStringList{QStringLiteral("export")} + range +
                              QStringList{QStringLiteral("--series"), QStringLiteral("site.grid_kw"),
                                          QStringLiteral("--csv"), grid})
                     .exitCode,
                 0);
        QFile g(grid);
        QVERIFY(g.open(QIODevice::ReadOnly));
        const QList<QByteArray> rows = g.readAll().trimmed().split('\n');
        QCOMPARE(rows.size(), 17); // header and the 16 steps
        double highest = 0;
        for (const QByteArray& row : rows.mid(1))
            highest = std::max(highest, row.split(',').at(4).toDouble()); // the max column
        QCOMPARE(highest, 30.0);
    }

    void invalidInputExitsTwoWithOneLine_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{oops") << QStringList() << QStringLiteral("bad.json: ");
        QTest::newRow("empty") << QByteArray() << QStringList() << QStringLiteral("bad.json: ");
        QTest::newRow("bad forecast")
            << QByteArray("{}") << QStringList{QStringLiteral("--forecast"), QStringLiteral("psychic")}
            << QStringLiteral("--forecast");
        QTest::newRow("unknown option") << QByteArray("{}") << QStringList{QStringLiteral("--frobnicate")}
                                        << QStringLiteral("frobnicate");
    }
    void invalidInputExitsTwoWithOneLine()
    {
        QFETCH(QByteArray, content);
        QFETCH(QStringList, extra);
        QFETCH(QString, expected);
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("bad.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        const Run r = runParkwattd(QStringList{QStringLiteral("simulate"), path} + extra);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(QString::fromUtf8(r.err).contains(expected), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void missingFileAndHelp()
    {
        Run r = runParkwattd({QStringLiteral("simulate"), QStringLiteral("/nonexistent/x.json")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("x.json"));
        r = runParkwattd({QStringLiteral("simulate"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("--per-charger"));
        r = runParkwattd({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("simulate"));
        r = runParkwattd({QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TstSimulateCli)
#include "tst_simulatecli.moc"
