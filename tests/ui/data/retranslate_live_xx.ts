<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<!-- tst_retranslate_live: a handful of strings of each control-room page, marked
     with «» so the test sees the translator at work. Not the shipped translations. -->
<context>
    <name>parkwatt::OverviewPage</name>
    <message>
        <source>Today</source>
        <translation>«Heute»</translation>
    </message>
    <message>
        <source>Self-sufficiency</source>
        <translation>«Autarkie»</translation>
    </message>
    <message>
        <source>No open alarms</source>
        <translation>«Keine offenen Alarme»</translation>
    </message>
</context>
<context>
    <name>parkwatt::LiveFigures</name>
    <message>
        <source>V2B with consenting cars</source>
        <translation>«V2B mit zustimmenden Autos»</translation>
    </message>
</context>
<context>
    <name>parkwatt::TodayFigures</name>
    <message>
        <source>since %1</source>
        <translation>«seit» %1</translation>
    </message>
</context>
<context>
    <name>parkwatt::PowerFlowWidget</name>
    <message>
        <source>Power flows</source>
        <translation>«Leistungsflüsse»</translation>
    </message>
    <message>
        <source>import %1</source>
        <translation>«Bezug» %1</translation>
    </message>
</context>
<context>
    <name>parkwatt::PowerHistoryChart</name>
    <message>
        <source>Power today</source>
        <translation>«Leistung heute»</translation>
    </message>
    <message>
        <source>PV</source>
        <translation>«PV-Kurve»</translation>
    </message>
    <message>
        <source>kW</source>
        <translation>«kW-Achse»</translation>
    </message>
</context>
<context>
    <name>parkwatt::FigureFormat</name>
    <message>
        <source>%1 kW</source>
        <translation>%1 «kW»</translation>
    </message>
    <message>
        <source>%1 kWh</source>
        <translation>%1 «kWh»</translation>
    </message>
</context>
<context>
    <name>parkwatt::GaragePage</name>
    <message>
        <source>All</source>
        <translation>«Alle»</translation>
    </message>
    <message>
        <source>Search bay (Ctrl+F)</source>
        <translation>«Stellplatz suchen (Strg+F)»</translation>
    </message>
</context>
<context>
    <name>parkwatt::GarageModel</name>
    <message>
        <source>Bay %1, %2</source>
        <translation>«Stellplatz %1, %2»</translation>
    </message>
</context>
<context>
    <name>parkwatt::BayDetailPanel</name>
    <message>
        <source>Departure</source>
        <translation>«Abfahrt»</translation>
    </message>
    <message>
        <source>Bay %1</source>
        <translation>«Stellplatz» %1</translation>
    </message>
</context>
<context>
    <name>parkwatt::BayOverrideBar</name>
    <message>
        <source>Charge now</source>
        <translation>«Jetzt laden»</translation>
    </message>
</context>
<context>
    <name>parkwatt::SessionChart</name>
    <message>
        <source>Power (kW)</source>
        <translation>«Leistung (kW)»</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>«kWh-Achse»</translation>
    </message>
</context>
<context>
    <name>parkwatt</name>
    <message>
        <source>charging</source>
        <translation>«lädt»</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>«Kosten»</translation>
    </message>
</context>
<context>
    <name>parkwatt::DevicesPage</name>
    <message>
        <source>Devices</source>
        <translation>«Geräte»</translation>
    </message>
    <message>
        <source>Grid meters</source>
        <translation>«Netzzähler»</translation>
    </message>
    <message>
        <source>&amp;Problems only</source>
        <translation>«&amp;Nur Probleme»</translation>
    </message>
</context>
<context>
    <name>parkwatt::DeviceTableModel</name>
    <message>
        <source>Device</source>
        <translation>«Gerät»</translation>
    </message>
    <message>
        <source>grid meter</source>
        <translation>«Netzzähler (Rolle)»</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 «ms»</translation>
    </message>
</context>
<context>
    <name>parkwatt::EventsPage</name>
    <message>
        <source>Events</source>
        <translation>«Ereignisse»</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>«Alle Schweregrade»</translation>
    </message>
</context>
<context>
    <name>parkwatt::EventTableModel</name>
    <message>
        <source>Raised</source>
        <translation>«Ausgelöst»</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>«Alarm»</translation>
    </message>
</context>
<context>
    <name>parkwatt::ReportComparisonTable</name>
    <message>
        <source>Figure</source>
        <translation>«Kennzahl»</translation>
    </message>
    <message>
        <source>same</source>
        <translation>«gleich»</translation>
    </message>
</context>
</TS>
