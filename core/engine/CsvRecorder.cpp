#include "engine/CsvRecorder.h"

#include "control/ReserveCoverage.h"

#include <QDateTime>
#include <QTimeZone>
#include <charconv>

namespace parkwatt {

namespace {

void appendNumber(QByteArray& line, double value)
{
    char buffer[32];
    // Shortest round-trip form, never locale-dependent; -0 written as 0.
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value == 0.0 ? 0.0 : value);
    line.append(',');
    line.append(buffer, result.ptr - buffer);
}

// RFC 4180: quoted when it holds a comma, a quote or a line break; quotes doubled.
void appendText(QByteArray& line, const QString& text)
{
    QByteArray field = text.toUtf8();
    line.append(',');
    if (field.contains(',') || field.contains('"') || field.contains('\n') || field.contains('\r')) {
        field.replace('"', "\"\"");
        line.append('"').append(field).append('"');
    } else {
        line.append(field);
    }
}

} // namespace

CsvRecorder::CsvRecorder(QIODevice& out, const Scenario& scenario, bool perCharger)
    : m_out(out)
    , m_scenario(scenario)
    , m_perCharger(perCharger)
{
    write(header(scenario, perCharger));
}

QByteArray CsvRecorder::header(const Scenario& scenario, bool perCharger)
{
    QByteArray h = "time,pv_available_kw,pv_used_kw,load_kw,load_served_kw,critical_unserved_kw,grid_kw,"
                   "battery_kw,battery_soc_pct,ev_charge_kw,ev_discharge_kw,outage,reserve_h";
    if (perCharger) {
        for (const ChargerSpec& c : scenario.site.chargers) {
            const QByteArray id = c.id.toUtf8();
            h += ',' + id + "_kw," + id + "_ev_kwh," + id + "_reason";
        }
    }
    return h + '\n';
}

void CsvRecorder::record(const CycleRecord& cycle)
{
    const StepRecord& s = cycle.applied;
    m_line.clear();
    const QTimeZone zone = QTimeZone(m_scenario.utcOffsetS);
    m_line += QDateTime::fromMSecsSinceEpoch(s.timeMs, zone).toString(Qt::ISODate).toLatin1();
    for (double v : {s.pvAvailableKw, s.pvUsedKw, s.loadKw, s.loadServedKw, s.criticalUnservedKw, s.gridKw,
                     s.batteryKw, s.batterySocPct(), s.evChargeKw, s.evDischargeKw})
        appendNumber(m_line, v);
    m_line += s.outage ? ",1" : ",0";
    // Hours of the current critical load that stored energy covers at the start of the step.
    appendNumber(m_line, ReserveCoverage::hours(m_scenario.site, m_scenario.policy, cycle.sensed));
    if (m_perCharger) {
        for (size_t i = 0; i < s.chargerKw.size(); ++i) {
            appendNumber(m_line, s.chargerKw[i]);
            appendNumber(m_line, i < s.chargerEnergyKwh.size() ? s.chargerEnergyKwh[i] : 0.0);
            appendText(m_line, i < cycle.commanded.chargerReasons.size() ? cycle.commanded.chargerReasons[i]
                                                                         : QString());
        }
    }
    m_line += '\n';
    write(m_line);
}

void CsvRecorder::write(const QByteArray& line)
{
    if (m_ok && m_out.write(line) != line.size())
        m_ok = false;
}

} // namespace parkwatt
