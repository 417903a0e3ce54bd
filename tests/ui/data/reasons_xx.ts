<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- A few reasons in German for tst_reasontext only (the shipped translations are translations/*.ts).
     "V2B: shaving peak" reorders its placeholders on purpose; "plan: later" and "PV surplus" are left out. -->
<TS version="2.1" language="de_DE">
<context>
    <name>ReasonText</name>
    <message>
        <source>departs %1, needs %2 kWh</source>
        <translation>Abfahrt %1, benötigt %2 kWh</translation>
    </message>
    <message>
        <source>grid limit %1 kW</source>
        <translation>Netzgrenze %1 kW</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3 kW (%4)</source>
        <translation>%1: %2 → %3 kW (%4)</translation>
    </message>
    <message>
        <source>%1: full power</source>
        <translation>%1: volle Leistung</translation>
    </message>
    <message>
        <source>needs %1 kWh: %2 kW</source>
        <translation>benötigt %1 kWh: %2 kW</translation>
    </message>
    <message>
        <source>V2B: shaving peak %1 kW, %2 kW</source>
        <translation>%2 kW aus dem Fahrzeug (Lastspitze %1 kW)</translation>
    </message>
    <message>
        <source>target reached</source>
        <translation>Ziel erreicht</translation>
    </message>
    <message>
        <source>charge now (override by %1): %2</source>
        <translation>sofort laden (Übersteuerung durch %1): %2</translation>
    </message>
</context>
<context>
    <name>BayOverrides</name>
    <message>
        <source>charge now (override by %1)%2</source>
        <translation>sofort laden (Übersteuerung durch %1)%2</translation>
    </message>
</context>
</TS>
