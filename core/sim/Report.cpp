#include "sim/Report.h"

#include "sim/TimeGrid.h"

#include <QJsonValue>
#include <algorithm>
#include <cmath>

namespace parkwatt {

namespace {

constexpr double kMsPerHour = 3'600'000.0;
constexpr double kWindowH = 0.25;

// Written to 1e-9 of its unit, so floating-point residue (1e-15 kWh of "unserved" load) reads as 0;
// -0 is written as 0. Large values already carry fewer decimals than that.
QJsonValue number(double value) {
    const double rounded = std::abs(value) < 1e6 ? std::round(value * 1e9) / 1e9 : value;
    return QJsonValue(rounded == 0.0 ? 0.0 : rounded);
}

QJsonObject figuresToJson(const ReportFigures& f) {
    const EnergyTotals& e = f.energyKwh;
    QJsonObject energy{
        {QStringLiteral("load"), number(e.load)},
        {QStringLiteral("load_served"), number(e.loadServed)},
        {QStringLiteral("critical_unserved"), number(e.criticalUnserved)},
        {QStringLiteral("pv_available"), number(e.pvAvailable)},
        {QStringLiteral("pv_used"), number(e.pvUsed)},
        {QStringLiteral("pv_curtailed"), number(e.pvCurtailed)},
        {QStringLiteral("grid_import"), number(e.gridImport)},
        {QStringLiteral("grid_export"), number(e.gridExport)},
        {QStringLiteral("battery_charge"), number(e.batteryCharge)},
        {QStringLiteral("battery_discharge"), number(e.batteryDischarge)},
        {QStringLiteral("ev_charge"), number(e.evCharge)},
        {QStringLiteral("ev_discharge"), number(e.evDischarge)},
    };
    QJsonObject ev{
        {QStringLiteral("sessions"), f.evSessions},
        {QStringLiteral("sessions_met"), f.evSessionsMet},
        {QStringLiteral("energy_unmet_kwh"), number(f.evEnergyUnmetKwh)},
    };
    QJsonObject cost{
        {QStringLiteral("energy"), number(f.costEnergy)},
        {QStringLiteral("demand"), number(f.costDemand)},
        {QStringLiteral("export_revenue"), number(f.costExportRevenue)},
        {QStringLiteral("total"), number(f.costTotal)},
    };
    QJsonObject violations{
        {QStringLiteral("import_limit_steps"), f.violationImportLimitSteps},
        {QStringLiteral("export_limit_steps"), f.violationExportLimitSteps},
        {QStringLiteral("ev_min_soc_steps"), f.violationEvMinSocSteps},
        {QStringLiteral("battery_soc_steps"), f.violationBatterySocSteps},
        // Added by the project (the spec allows added keys): steps with a setpoint a device could not follow.
        {QStringLiteral("device_limit_steps"), f.violationDeviceLimitSteps},
    };
    return QJsonObject{
        {QStringLiteral("scenario"), f.scenario},
        {QStringLiteral("steps"), f.steps},
        {QStringLiteral("energy_kwh"), energy},
        {QStringLiteral("peak_import_kw"), number(f.peakImportKw)},
        {QStringLiteral("peak_import_instant_kw"), number(f.peakImportInstantKw)},
        {QStringLiteral("self_sufficiency_pct"), number(f.selfSufficiencyPct)},
        {QStringLiteral("self_consumption_pct"), number(f.selfConsumptionPct)},
        {QStringLiteral("ev"), ev},
        {QStringLiteral("cost"), cost},
        {QStringLiteral("battery_equivalent_cycles"), number(f.batteryEquivalentCycles)},
        {QStringLiteral("violations"), violations},
    };
}

} // namespace

ReportBuilder::ReportBuilder(const Scenario& scenario)
    : m_demandChargePerKw(scenario.tariff.demandChargePerKw) {
    m_figures.scenario = scenario.name;
    for (const BatterySpec& battery : scenario.site.batteries)
        m_batteryCapacityKwh += std::max(0.0, battery.capacityKwh);
}

void ReportBuilder::add(const StepRecord& r) {
    ReportFigures& f = m_figures;
    EnergyTotals& e = f.energyKwh;
    const double h = r.stepH;
    const double importKw = std::max(r.gridKw, 0.0);
    const double exportKw = std::max(-r.gridKw, 0.0);
    ++f.steps;
    e.load += r.loadKw * h;
    e.loadServed += r.loadServedKw * h;
    e.criticalUnserved += r.criticalUnservedKw * h;
    e.pvAvailable += r.pvAvailableKw * h;
    e.pvUsed += r.pvUsedKw * h;
    e.pvCurtailed += (r.pvAvailableKw - r.pvUsedKw) * h;
    e.gridImport += importKw * h;
    e.gridExport += exportKw * h;
    e.batteryCharge += r.batteryChargeKw * h;
    e.batteryDischarge += r.batteryDischargeKw * h;
    e.evCharge += r.evChargeKw * h;
    e.evDischarge += r.evDischargeKw * h;
    f.costEnergy += importKw * h * r.importPricePerKwh;
    f.costExportRevenue += exportKw * h * r.exportPricePerKwh;
    f.peakImportInstantKw = std::max(f.peakImportInstantKw, importKw);

    // Billing windows are aligned to :00/:15/:30/:45; every real UTC offset is a whole number of
    // quarter hours, so floor(timeMs / 15 min) is the window in the scenario's clock too. A step
    // that straddles a boundary (only with a start off the quarter hour) puts each part of its
    // energy in the window where it was drawn: the window average is then exactly the mean power.
    const qint64 startMs = r.timeMs;
    const qint64 endMs = startMs + qint64(std::llround(h * kMsPerHour));
    if (importKw > 0 && endMs > startMs) {
        for (qint64 w = floorDiv(startMs, kMsPer15Min); w * kMsPer15Min < endMs; ++w) {
            const qint64 from = std::max(startMs, w * kMsPer15Min);
            const qint64 to = std::min(endMs, (w + 1) * kMsPer15Min);
            m_importKwhByWindow[w] += importKw * double(to - from) / kMsPerHour;
        }
    }

    f.violationImportLimitSteps += r.violations.importLimit ? 1 : 0;
    f.violationExportLimitSteps += r.violations.exportLimit ? 1 : 0;
    f.violationEvMinSocSteps += r.violations.evMinSoc ? 1 : 0;
    f.violationBatterySocSteps += r.violations.batterySoc ? 1 : 0;
    f.violationDeviceLimitSteps += r.violations.deviceLimitClamps > 0 ? 1 : 0;
}

ReportFigures ReportBuilder::finish(const std::vector<SessionOutcome>& outcomes) const {
    ReportFigures f = m_figures;
    const EnergyTotals& e = f.energyKwh;

    // A partial window (at the start or end of a run) is still averaged over the full 15 minutes.
    for (const auto& [window, kwh] : m_importKwhByWindow)
        f.peakImportKw = std::max(f.peakImportKw, kwh / kWindowH);

    const double consumed = e.loadServed + e.evCharge;
    f.selfSufficiencyPct = consumed != 0 ? 100.0 * (1.0 - e.gridImport / consumed) : 100.0;
    f.selfConsumptionPct =
        e.pvAvailable > 0 ? 100.0 * (1.0 - (e.gridExport + e.pvCurtailed) / e.pvAvailable) : 100.0;

    f.evSessions = int(outcomes.size());
    f.evSessionsMet = 0;
    f.evEnergyUnmetKwh = 0;
    for (const SessionOutcome& o : outcomes) {
        f.evSessionsMet += o.met ? 1 : 0;
        f.evEnergyUnmetKwh += o.shortfallKwh;
    }

    f.costDemand = f.peakImportKw * m_demandChargePerKw;
    f.costTotal = f.costEnergy + f.costDemand - f.costExportRevenue;
    f.batteryEquivalentCycles =
        m_batteryCapacityKwh > 0 ? (e.batteryCharge + e.batteryDischarge) / 2.0 / m_batteryCapacityKwh : 0.0;
    return f;
}

QJsonObject reportToJson(const ReportFigures& figures, const ReportFigures* baseline) {
    QJsonObject out = figuresToJson(figures);
    out.insert(QStringLiteral("format"), QStringLiteral("parkwatt-report/1"));
    if (baseline)
        out.insert(QStringLiteral("baseline"), figuresToJson(*baseline));
    return out;
}

QJsonArray sessionOutcomesToJson(const Scenario& scenario, const std::vector<SessionOutcome>& outcomes) {
    QJsonArray out;
    for (const SessionOutcome& o : outcomes) {
        if (o.sessionIndex < 0 || size_t(o.sessionIndex) >= scenario.sessions.size())
            continue;
        const EvSession& s = scenario.sessions[size_t(o.sessionIndex)];
        out.append(QJsonObject{
            {QStringLiteral("id"), s.id},
            {QStringLiteral("charger"), s.chargerId},
            {QStringLiteral("met"), o.met},
            {QStringLiteral("energy_at_departure_kwh"), number(o.energyAtDepartureKwh)},
            {QStringLiteral("charged_kwh"), number(o.chargedKwh)},
            {QStringLiteral("discharged_kwh"), number(o.dischargedKwh)},
            {QStringLiteral("shortfall_kwh"), number(o.shortfallKwh)},
        });
    }
    return out;
}

} // namespace parkwatt
