#pragma once
// Writes each finished cycle as a CSV row: the site's flows and the backup reserve's coverage in
// hours of critical load; with per-charger columns each charger's power, its EV's energy and the
// reason for its setpoint. Locale-independent numbers, times in the scenario's offset.

#include "engine/SiteIo.h"
#include "model/Scenario.h"

#include <QIODevice>

namespace parkwatt {

class CsvRecorder final : public StepSink {
public:
    CsvRecorder(QIODevice& out, const Scenario& scenario, bool perCharger);

    void record(const CycleRecord& cycle) override;
    // False once a write failed (disk full, closed pipe); the run goes on.
    bool ok() const { return m_ok; }

    static QByteArray header(const Scenario& scenario, bool perCharger);

private:
    void write(const QByteArray& line);

    QIODevice& m_out;
    const Scenario& m_scenario;
    bool m_perCharger;
    bool m_ok = true;
    QByteArray m_line;
};

} // namespace parkwatt
