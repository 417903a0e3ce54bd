#pragma once
// The report of a simulation run ("parkwatt-report/1"): energies, peaks, KPIs, EV outcomes, cost
// and violations, accumulated step by step from what the physics applied.

#include "model/Scenario.h"
#include "model/StepRecord.h"

#include <QJsonArray>
#include <QJsonObject>
#include <map>
#include <vector>

namespace parkwatt {

struct EnergyTotals {
    double load = 0, loadServed = 0, criticalUnserved = 0, pvAvailable = 0, pvUsed = 0, pvCurtailed = 0,
           gridImport = 0, gridExport = 0, batteryCharge = 0, batteryDischarge = 0, evCharge = 0,
           evDischarge = 0;
};

struct ReportFigures {
    QString scenario;
    int steps = 0;
    EnergyTotals energyKwh;
    double peakImportKw = 0;        // largest 15-min average import, windows aligned to the clock
    double peakImportInstantKw = 0; // largest step import
    double selfSufficiencyPct = 0;
    double selfConsumptionPct = 0;
    int evSessions = 0, evSessionsMet = 0;
    double evEnergyUnmetKwh = 0;
    double costEnergy = 0, costDemand = 0, costExportRevenue = 0, costTotal = 0;
    double batteryEquivalentCycles = 0;
    int violationImportLimitSteps = 0, violationExportLimitSteps = 0, violationEvMinSocSteps = 0,
        violationBatterySocSteps = 0, violationDeviceLimitSteps = 0;
};

// Accumulates the figures step by step; finish() adds the EV outcomes and derives the KPIs.
class ReportBuilder {
public:
    explicit ReportBuilder(const Scenario& scenario);
    void add(const StepRecord& record);
    ReportFigures finish(const std::vector<SessionOutcome>& outcomes) const;

private:
    ReportFigures m_figures; // sums so far; KPIs are derived in finish()
    double m_demandChargePerKw = 0;
    double m_batteryCapacityKwh = 0;
    std::map<qint64, double> m_importKwhByWindow; // key: floor(timeMs / 15 min)
};

// Each session's outcome for the report's "sessions" array (a key the project adds): what it was
// charged and, for crediting its owner, what it lent the building (V2B), and whether it was met.
QJsonArray sessionOutcomesToJson(const Scenario& scenario, const std::vector<SessionOutcome>& outcomes);

// Every key of the spec's report; `baseline`, when given, nests the same keys under "baseline".
QJsonObject reportToJson(const ReportFigures& figures, const ReportFigures* baseline = nullptr);

} // namespace parkwatt
