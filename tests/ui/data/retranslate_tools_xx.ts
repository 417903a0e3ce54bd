<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- tst_retranslate_tools only: a few strings of the history, policies, what-if, commissioning and
     sign-in pages in obviously marked "German", compiled at build time. Not a shipped translation. -->
<TS version="2.1" language="de_DE">
<context>
    <name>parkwatt::HistoryPage</name>
    <message>
        <source>Week</source>
        <translation>«Woche»</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>«Zeigen»</translation>
    </message>
</context>
<context>
    <name>parkwatt::HistoryChart</name>
    <message>
        <source>kW</source>
        <translation>«kW-Achse»</translation>
    </message>
</context>
<context>
    <name>parkwatt::DailyEnergyChart</name>
    <message>
        <source>Energy per day (kWh)</source>
        <translation>«Energie pro Tag (kWh)»</translation>
    </message>
</context>
<context>
    <name>HistorySeries</name>
    <message>
        <source>Grid</source>
        <translation>«Netz»</translation>
    </message>
</context>
<context>
    <name>parkwatt::PoliciesPage</name>
    <message>
        <source>&amp;Apply…</source>
        <translation>«&amp;Übernehmen…»</translation>
    </message>
    <message>
        <source>How the engine decides</source>
        <translation>«Wie die Engine entscheidet»</translation>
    </message>
</context>
<context>
    <name>parkwatt::PolicyForm</name>
    <message>
        <source>Peak shaving</source>
        <translation>«Spitzenkappung»</translation>
    </message>
</context>
<context>
    <name>parkwatt::PolicyPreviewPanel</name>
    <message>
        <source>Choose a scenario file: the engine records no history to replay.</source>
        <translation>«Szenariodatei wählen: keine Aufzeichnung.»</translation>
    </message>
</context>
<context>
    <name>parkwatt::PreviewChart</name>
    <message>
        <source>Grid import, 15-minute averages</source>
        <translation>«Netzbezug, 15-Minuten-Mittel»</translation>
    </message>
</context>
<context>
    <name>parkwatt::PreviewKpiTable</name>
    <message>
        <source>Edited policy</source>
        <translation>«Bearbeitete Richtlinie»</translation>
    </message>
</context>
<context>
    <name>parkwatt::WhatIfPage</name>
    <message>
        <source>&amp;Run</source>
        <translation>«&amp;Starten»</translation>
    </message>
    <message>
        <source>Grid import</source>
        <translation>«Netzbezug»</translation>
    </message>
</context>
<context>
    <name>parkwatt::WhatIfKpiTable</name>
    <message>
        <source>Uncontrolled</source>
        <translation>«Ungesteuert»</translation>
    </message>
</context>
<context>
    <name>parkwatt::WhatIfChart</name>
    <message>
        <source>Uncontrolled</source>
        <translation>«Ungesteuert (Kurve)»</translation>
    </message>
</context>
<context>
    <name>parkwatt::ScenarioChooser</name>
    <message>
        <source>Demo garage (built in)</source>
        <translation>«Demo-Garage (eingebaut)»</translation>
    </message>
</context>
<context>
    <name>parkwatt::CommissioningWizard</name>
    <message>
        <source>Commission a site</source>
        <translation>«Standort in Betrieb nehmen»</translation>
    </message>
</context>
<context>
    <name>parkwatt::SiteBasicsPage</name>
    <message>
        <source>The site</source>
        <translation>«Der Standort»</translation>
    </message>
    <message>
        <source>Site &amp;name:</source>
        <translation>«Standort&amp;name:»</translation>
    </message>
</context>
<context>
    <name>parkwatt::DeviceListPage</name>
    <message>
        <source>Devices</source>
        <translation>«Geräte»</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>«Kennung»</translation>
    </message>
</context>
<context>
    <name>parkwatt::AssignmentPage</name>
    <message>
        <source>Chargers and bays</source>
        <translation>«Ladepunkte und Stellplätze»</translation>
    </message>
</context>
<context>
    <name>parkwatt::VerificationPage</name>
    <message>
        <source>Charger verification</source>
        <translation>«Prüfung der Ladepunkte»</translation>
    </message>
</context>
<context>
    <name>parkwatt::PolicyExportPage</name>
    <message>
        <source>Policy and site file</source>
        <translation>«Richtlinie und Standortdatei»</translation>
    </message>
</context>
<context>
    <name>parkwatt::RegisterInspectorDialog</name>
    <message>
        <source>&amp;Read</source>
        <translation>«&amp;Lesen»</translation>
    </message>
</context>
<context>
    <name>parkwatt::SignInDialog</name>
    <message>
        <source>Sign in to %1</source>
        <translation>«Anmelden bei %1»</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>«Namen eingeben.»</translation>
    </message>
</context>
</TS>
