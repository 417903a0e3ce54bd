#include "policies/PolicyWords.h"

#include <QLocale>

namespace parkwatt {

namespace {

QString onOff(bool on)
{
    return on ? PolicyWords::tr("on") : PolicyWords::tr("off");
}

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString peakShaving(const PeakShavingPolicy& p)
{
    return p.enabled ? PolicyWords::tr("on at %1 kW").arg(number(p.importLimitKw, 1)) : PolicyWords::tr("off");
}

} // namespace

QStringList PolicyWords::changes(const Policy& before, const Policy& after)
{
    QStringList lines;
    const auto line = [&lines](const QString& what, const QString& from, const QString& to) {
        if (from != to)
            lines << tr("%1: %2 → %3").arg(what, from, to);
    };
    line(tr("Self-sufficiency"), onOff(before.selfSufficiency.enabled), onOff(after.selfSufficiency.enabled));
    line(tr("Battery charging from the grid"), before.selfSufficiency.batteryGridCharging ? tr("allowed") : tr("PV only"),
         after.selfSufficiency.batteryGridCharging ? tr("allowed") : tr("PV only"));
    line(tr("Peak shaving"), peakShaving(before.peakShaving), peakShaving(after.peakShaving));
    line(tr("Backup"), onOff(before.backup.enabled), onOff(after.backup.enabled));
    line(tr("Battery reserve"), tr("%1 %").arg(number(before.backup.batteryReservePct, 0)),
         tr("%1 %").arg(number(after.backup.batteryReservePct, 0)));
    line(tr("Reserve time"), tr("%1 h").arg(number(before.backup.reserveHours, 1)),
         tr("%1 h").arg(number(after.backup.reserveHours, 1)));
    line(tr("Cars in the backup reserve"), onOff(before.backup.evReserve), onOff(after.backup.evReserve));
    line(tr("V2B"), onOff(before.v2b.enabled), onOff(after.v2b.enabled));
    return lines;
}

std::vector<PolicyWords::Rank> PolicyWords::ranks(const Policy& p)
{
    std::vector<Rank> out;
    out.push_back({tr("Hard limits"),
                   tr("the grid connection, device ratings and every battery's and car's minimum charge are "
                      "never exceeded; no car discharges without its owner's consent"),
                   true});
    out.push_back({tr("Outage"),
                   p.backup.evReserve
                       ? tr("during a grid outage the critical load is served from PV, the battery, then "
                            "consenting cars; what cannot be served is shed")
                       : tr("during a grid outage the critical load is served from PV and the battery; what "
                            "cannot be served is shed"),
                   true});
    out.push_back({tr("Departure targets"),
                   tr("every car reaches the charge its driver asked for by departure, wherever physically "
                      "possible"),
                   true});
    out.push_back({tr("Backup reserve"),
                   p.backup.enabled
                       ? tr("the battery stays at or above %1 %%2")
                             .arg(number(p.backup.batteryReservePct, 0),
                                  p.backup.evReserve ? tr("; consenting cars' charge above their floor counts "
                                                          "toward the reserve")
                                                     : QString())
                       : tr("off: the battery may be used down to its minimum"),
                   p.backup.enabled});
    out.push_back({tr("Peak shaving"),
                   p.peakShaving.enabled
                       ? tr("every 15-minute average import stays at or below %1 kW; where that is "
                            "impossible, the billing peak is kept as low as it can be")
                             .arg(number(p.peakShaving.importLimitKw, 1))
                       : tr("off: imports are limited only by the connection"),
                   p.peakShaving.enabled});
    out.push_back({tr("Self-sufficiency"),
                   p.selfSufficiency.enabled
                       ? (p.selfSufficiency.batteryGridCharging
                              ? tr("PV is used before the grid; the battery may charge from the grid")
                              : tr("PV is used before the grid; the battery charges from PV only"))
                       : tr("off"),
                   p.selfSufficiency.enabled});
    out.push_back({tr("Cost"), tr("import and export prices and the demand charge"), true});
    out.push_back({tr("Wear"), tr("among otherwise equal choices, the least battery and car throughput"), true});
    return out;
}

QStringList PolicyWords::priorityOrder(const Policy& policy)
{
    QStringList lines;
    int n = 1;
    for (const Rank& r : ranks(policy))
        lines << tr("%1. %2: %3").arg(n++).arg(r.title, r.detail);
    return lines;
}

QString PolicyWords::priorityOrderHtml(const Policy& policy)
{
    QString html = QStringLiteral("<ol style=\"margin-left:0; -qt-list-indent:1;\">");
    for (const Rank& r : ranks(policy)) {
        const QString item = QStringLiteral("<b>%1</b>: %2").arg(r.title.toHtmlEscaped(), r.detail.toHtmlEscaped());
        html += r.active ? QStringLiteral("<li style=\"margin-bottom:3px;\">%1</li>").arg(item)
                         : QStringLiteral("<li style=\"margin-bottom:3px; color:gray;\">%1</li>").arg(item);
    }
    html += QStringLiteral("</ol><p>") +
            tr("All parts that are on act at once; when they conflict, the higher one wins. %1")
                .arg(policy.v2b.enabled
                         ? tr("V2B is on: consenting cars may feed the building for peak shaving and "
                              "self-sufficiency, never below what they need to reach their own target.")
                         : tr("V2B is off: cars feed the building only during an outage, and only when "
                              "consenting cars count toward the backup reserve."))
                .toHtmlEscaped() +
            QStringLiteral("</p>");
    return html;
}

} // namespace parkwatt
