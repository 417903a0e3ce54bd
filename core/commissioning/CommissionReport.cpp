#include "commissioning/CommissionReport.h"

#include "devices/profiles/ProfileLibrary.h"

namespace parkwatt {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString number(const QJsonValue& v, const char* unit)
{
    return v.isDouble() ? QStringLiteral("%1 %2").arg(v.toDouble(), 0, 'g', 4).arg(QLatin1String(unit))
                        : QStringLiteral("-");
}

} // namespace

CommissionReport CommissionReport::make(const SiteFile& site, const ProfileLibrary& library,
                                        VerificationReport verification, QString installer, QString date,
                                        QString siteFile)
{
    CommissionReport r;
    r.site = site;
    r.verification = std::move(verification);
    r.installer = std::move(installer);
    r.date = std::move(date);
    r.siteFile = std::move(siteFile);
    for (const DeviceSpec& d : site.devices) {
        const DeviceProfile* profile = library.find(d.profile);
        QJsonObject o{
            {QStringLiteral("id"), d.id},
            {QStringLiteral("role"), toString(d.role)},
            {QStringLiteral("profile"), d.profile},
            {QStringLiteral("address"), QStringLiteral("%1:%2 unit %3").arg(d.host).arg(d.port).arg(d.unit)},
            {QStringLiteral("model"),
             profile ? profile->manufacturer + QLatin1Char(' ') + profile->model : QString()},
            {QStringLiteral("firmware"), QJsonValue()}};
        for (const ChargerVerification& v : r.verification.chargers) {
            if (v.deviceId != d.id)
                continue;
            if (!v.model.isEmpty())
                o[QStringLiteral("model")] = v.model;
            if (!v.firmware.isEmpty())
                o[QStringLiteral("firmware")] = v.firmware;
            o[QStringLiteral("serial")] = v.serial;
            const QJsonObject j = v.toJson();
            o[QStringLiteral("failsafe_current_a")] = j.value(QStringLiteral("failsafe_current_a"));
            o[QStringLiteral("failsafe_power_kw")] = j.value(QStringLiteral("failsafe_power_kw"));
            o[QStringLiteral("watchdog_timeout_s")] = j.value(QStringLiteral("watchdog_timeout_s"));
            o[QStringLiteral("fallback_kw")] = v.fallbackKw;
            o[QStringLiteral("verified")] = v.passed();
        }
        r.devices.append(o);
    }
    return r;
}

QJsonObject CommissionReport::toJson() const
{
    double pvKw = 0;
    for (const PvArray& pv : site.site.pv)
        pvKw += pv.peakKw;
    double batteryKwh = 0;
    for (const BatterySpec& b : site.site.batteries)
        batteryKwh += b.capacityKwh;
    return QJsonObject{
        {QStringLiteral("format"), QLatin1String(kFormat)},
        {QStringLiteral("site"),
         QJsonObject{{QStringLiteral("name"), site.site.name},
                     {QStringLiteral("file"), siteFile},
                     {QStringLiteral("import_limit_kw"), site.site.grid.importLimitKw},
                     {QStringLiteral("export_limit_kw"), site.site.grid.exportLimitKw},
                     {QStringLiteral("pv_peak_kw"), pvKw},
                     {QStringLiteral("batteries"), int(site.site.batteries.size())},
                     {QStringLiteral("battery_capacity_kwh"), batteryKwh},
                     {QStringLiteral("bays"), int(site.site.chargers.size())}}},
        {QStringLiteral("devices"), devices},
        {QStringLiteral("verification"), verification.toJson()},
        {QStringLiteral("fallback_budget"), verification.budget.toJson()},
        {QStringLiteral("installer"), installer},
        {QStringLiteral("date"), date},
        {QStringLiteral("passed"), verification.passed()},
    };
}

QString CommissionReport::toHtml() const
{
    const QJsonObject j = toJson();
    const QJsonObject s = j.value(QStringLiteral("site")).toObject();
    QString h;
    h += QStringLiteral("<html><body style=\"font-family: sans-serif; font-size: 9pt\">");
    h += QStringLiteral("<h1>Commissioning report: %1</h1>").arg(esc(site.site.name));
    h += QStringLiteral("<p>Result: <b>%1</b></p>")
             .arg(verification.passed() ? QStringLiteral("PASS") : QStringLiteral("FAIL"));
    h += QStringLiteral("<h2>Site</h2><table border=\"1\" cellpadding=\"3\" cellspacing=\"0\">");
    const auto row = [&h](const QString& k, const QString& v) {
        h += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(esc(k), esc(v));
    };
    row(QStringLiteral("Name"), site.site.name);
    row(QStringLiteral("Site file"), siteFile);
    row(QStringLiteral("Connection import limit"), number(s.value(QStringLiteral("import_limit_kw")), "kW"));
    row(QStringLiteral("Connection export limit"), number(s.value(QStringLiteral("export_limit_kw")), "kW"));
    row(QStringLiteral("PV"), number(s.value(QStringLiteral("pv_peak_kw")), "kWp"));
    row(QStringLiteral("Batteries"),
        QStringLiteral("%1 (%2)")
            .arg(s.value(QStringLiteral("batteries")).toInt())
            .arg(number(s.value(QStringLiteral("battery_capacity_kwh")), "kWh")));
    row(QStringLiteral("Bays"), QString::number(s.value(QStringLiteral("bays")).toInt()));
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h2>Devices</h2><table border=\"1\" cellpadding=\"3\" cellspacing=\"0\">"
                        "<tr><th>Device</th><th>Role</th><th>Profile</th><th>Model</th><th>Firmware</th>"
                        "<th>Address</th></tr>");
    for (const QJsonValue& v : devices) {
        const QJsonObject d = v.toObject();
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>")
                 .arg(esc(d.value(QStringLiteral("id")).toString()),
                      esc(d.value(QStringLiteral("role")).toString()),
                      esc(d.value(QStringLiteral("profile")).toString()),
                      esc(d.value(QStringLiteral("model")).toString()),
                      esc(d.value(QStringLiteral("firmware")).toString(QStringLiteral("-"))),
                      esc(d.value(QStringLiteral("address")).toString()));
    }
    h += QStringLiteral("</table>");

    h += QStringLiteral(
        "<h2>Settings written</h2><table border=\"1\" cellpadding=\"3\" cellspacing=\"0\">"
        "<tr><th>Charger</th><th>Fail-safe current</th><th>Fail-safe power</th><th>Watchdog</th>"
        "<th>Fallback</th><th>Left at</th></tr>");
    for (const ChargerVerification& c : verification.chargers) {
        const QJsonObject cj = c.toJson();
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>")
                 .arg(esc(c.deviceId), number(cj.value(QStringLiteral("failsafe_current_a")), "A"),
                      number(cj.value(QStringLiteral("failsafe_power_kw")), "kW"),
                      number(cj.value(QStringLiteral("watchdog_timeout_s")), "s"),
                      QStringLiteral("%1 kW").arg(c.fallbackKw, 0, 'f', 2), esc(c.leftAt));
    }
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h2>Verification</h2><p>Started %1</p>").arg(esc(verification.startedAt));
    h += QStringLiteral(
        "<table border=\"1\" cellpadding=\"3\" cellspacing=\"0\"><tr><th>Charger</th><th>Check</th>"
        "<th>Result</th><th>Detail</th></tr>");
    for (const ChargerVerification& c : verification.chargers) {
        for (const VerificationCheck& check : c.checks) {
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                     .arg(esc(c.deviceId), esc(check.name),
                          check.passed ? QStringLiteral("PASS") : QStringLiteral("FAIL ") + esc(check.reason),
                          esc(check.detail));
        }
    }
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h2>Fallback budget</h2><p>%1: %2</p>")
             .arg(verification.budget.fits() ? QStringLiteral("PASS") : QStringLiteral("FAIL"),
                  esc(verification.budget.describe()));

    h += QStringLiteral("<h2>Sign-off</h2><p>Installer: %1<br/>Date: %2</p>")
             .arg(esc(installer.isEmpty() ? QStringLiteral("-") : installer), esc(date));
    h += QStringLiteral("<p><br/>Installer's signature: ______________________________</p>"
                        "<p><br/>Operator's signature: ______________________________</p>");
    h += QStringLiteral("</body></html>");
    return h;
}

} // namespace parkwatt
