#pragma once
// The site series the History page can plot, in legend order, with the axis each belongs to.

#include <QColor>
#include <QCoreApplication>
#include <QString>
#include <vector>

namespace parkwatt {

struct HistorySeriesInfo {
    QString name;         // stored series name, e.g. "site.grid_kw"
    QString label;        // translated legend text
    bool percent = false; // on the right-hand % axis instead of kW
    QColor color;         // the same in the line chart and the daily bars
};

class HistorySeries {
    Q_DECLARE_TR_FUNCTIONS(HistorySeries)

public:
    static std::vector<HistorySeriesInfo> all()
    {
        return {{QStringLiteral("site.grid_kw"), tr("Grid"), false, QColor(0xd6, 0x3e, 0x3e)},
                {QStringLiteral("site.pv_used_kw"), tr("PV used"), false, QColor(0xe8, 0xa3, 0x17)},
                {QStringLiteral("site.load_kw"), tr("Building load"), false, QColor(0x3b, 0x6e, 0xc4)},
                {QStringLiteral("site.ev_charge_kw"), tr("EV charging"), false, QColor(0x2e, 0x9e, 0x5b)},
                {QStringLiteral("site.ev_discharge_kw"), tr("EV discharging (V2B)"), false,
                 QColor(0x8e, 0x5c, 0xc2)},
                {QStringLiteral("site.battery_soc_pct"), tr("Battery SoC"), true, QColor(0x1a, 0xa6, 0xb7)}};
    }
};

} // namespace parkwatt
