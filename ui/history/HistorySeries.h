#pragma once
// The site series the History page can plot, in legend order, with the axis each belongs to.

#include <QCoreApplication>
#include <QString>
#include <vector>

namespace parkwatt {

struct HistorySeriesInfo {
    QString name;         // stored series name, e.g. "site.grid_kw"
    QString label;        // translated legend text
    bool percent = false; // on the right-hand % axis instead of kW
};

class HistorySeries {
    Q_DECLARE_TR_FUNCTIONS(HistorySeries)

public:
    static std::vector<HistorySeriesInfo> all()
    {
        return {{QStringLiteral("site.grid_kw"), tr("Grid"), false},
                {QStringLiteral("site.pv_used_kw"), tr("PV used"), false},
                {QStringLiteral("site.load_kw"), tr("Building load"), false},
                {QStringLiteral("site.ev_charge_kw"), tr("EV charging"), false},
                {QStringLiteral("site.ev_discharge_kw"), tr("EV discharging (V2B)"), false},
                {QStringLiteral("site.battery_soc_pct"), tr("Battery SoC"), true}};
    }
};

} // namespace parkwatt
