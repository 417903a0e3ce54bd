<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BayOverrides</name>
    <message>
        <source>paused by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charge now (override by %1)%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ControlRoomPages</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded history of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-sufficiency, peak shaving, backup and V2B: edit, preview, apply, undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What-if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a scenario under its policy and uncontrolled, and compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarms and events, with acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every device: online, last answer, round-trip time, errors, firmware</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventLog</name>
    <message>
        <source>this event was acknowledged by %1 already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no event %1 (it may have been cleared and dropped from the list)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryExport</name>
    <message>
        <source>%1: could not write the image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistorySeries</name>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PV used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EV charging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EV discharging (V2B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery SoC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1: no history recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: less than 15 minutes of history recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the report: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignedInStation</name>
    <message>
        <source>nobody signed in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The API cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the demo: recording the garage&apos;s last %1 days… %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot control the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in this program, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine refused this control room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no answer from an engine within 15 s (is parkwattd run --api running there, and is the fingerprint right?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site file cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parkwatt cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkwatt</name>
    <message>
        <source>Billing peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest 15-minute average grid import (what a demand charge bills).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-sufficiency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 − grid import ÷ (building load + energy into the cars).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-consumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the PV energy available that was used on site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy bought from the grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy fed into the grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PV used on site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PV energy used by the building, the battery and the cars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EV energy charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy into the cars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EV targets met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cars that left with the charge their drivers asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EV energy short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy the cars still lacked at departure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V2B energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy the cars gave back to the building.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery cycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equivalent full cycles of the stationary battery (wear).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical load unserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical load that had to be shed during outages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy cost plus demand charge minus export revenue, in the scenario&apos;s currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import-limit violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulation steps above the connection&apos;s import limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free</source>
        <translation type="unfinished">空闲</translation>
    </message>
    <message>
        <source>plugged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charging</source>
        <translation type="unfinished">充电中</translation>
    </message>
    <message>
        <source>V2B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished">等待中</translation>
    </message>
    <message>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target on track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target at risk: %1 short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target outlook unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkwatt::AssignmentPage</name>
    <message>
        <source>Chargers and bays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bay each charger serves. The engine shares the connection between bays, so a charger on the wrong bay would charge someone else&apos;s car.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bay of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3:%4):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 charger device(s) for %2 bay(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bay %1 has two chargers: %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bay is taken twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkwatt::BayDetailPanel</name>
    <message>
        <source>Bay detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Car&apos;s energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V2B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bay chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a bay on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bay %1</source>
        <translation type="unfinished">%1 号车位</translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), target %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one-way charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner does not consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bidirectional</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkwatt::BayOverrideBar</name>
    <message>
        <source>charge now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge this car at full power until it is full, before every other car (the connection limit still holds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither charge nor discharge this car until released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the engine decide again for this bay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overrides need an engine that takes commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overrides need the manager role; you are signed in as %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a bay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No car is plugged in at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;Refused: %1&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No override: the engine decides. Overrides are recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override: &lt;b&gt;%1&lt;/b&gt;, until released or the car leaves.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkwatt::BayTileDelegate</name>
    <message>
        <source>not answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leaves %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>departure unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkwatt::CommissioningWizard</name>
    <message>
        <source>Commission a site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a site file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site file cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission a site (%1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkwatt::ControlRoomWindow</name>
    <message>
        <source>Parkwatt – %1 (simulated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parkwatt – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to the engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power flows, today&apos;s figures, the policy and open alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Garage</source>
        <translation type="unfinished">车库</translation>
    </message>
    <message>
        <source>Every bay: state, power, charge, departure, and a bay in detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine: not attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the engine&apos;s last cycle took: read every device, decide, write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the engine last sent setpoints to chargers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light or dark, or as the system is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> What you see is from %1, site time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The engine is out of reach&lt;/b&gt;%1. Reconnecting by itself…%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#c62828&apos;&gt;Engine disconnected&lt;/b&gt;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the first cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site time %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#c62828&apos;&gt;no cycle for %1 s&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cycle %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no setpoint written yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last write %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 setpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 setpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#c62828&apos;&gt;grid outage&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grid connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, &lt;b style=&apos;color:#c62828&apos;&gt;%1 not answering&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 devices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkwatt::DailyEnergyChart</name>
    <message>
        <source>Energy per day (kWh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PV used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EV charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kWh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkwatt::DeviceListPage</name>
    <message>
        <source>&amp;Discover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meters, inverters, battery and chargers the engine reads and controls over Modbus TCP. Discover them on an address range, or add them by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>192.168.1.0/24 or 192.168.1.10-40</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Addresses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;orts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect registers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a complete device row to inspect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the id is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): role must be grid_meter, pv_inverter, battery, charger or load_meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): no profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): no host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): port must be 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): unit must be 0 to 247</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A device is not complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning %1 address(es)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning… %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 device(s) found, %2 new; %3 without a profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkwatt::DeviceTableModel</name>
    <message>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device did not say (its profile has no firmware register on its own unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median time from request to answer over the last 32 requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 requests failed since the engine started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkwatt::DevicesPage</name>
    <message>
        <source>&amp;Problems only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one kind of device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chargers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid meters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PV inverters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batteries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load meters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only devices that do not answer or had errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search device, model or address (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices and their health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 devices · %2 not answering · %3 with errors since start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkwatt::DriverInputForm</name>
    <message>
        <source>tomorrow %1</source>
        <translation>明天 %1</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s), %1</source>
        <translation>
            <numerusform>%n 天后 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The building may borrow from my car (V2B): yes</source>
        <translation>允许楼宇向我的车借电（V2B）：是</translation>
    </message>
    <message>
        <source>The building may borrow from my car (V2B): no</source>
        <translation>允许楼宇向我的车借电（V2B）：否</translation>
    </message>
    <message>
        <source>Your charging</source>
        <translation>您的充电</translation>
    </message>
    <message>
        <source>I leave at</source>
        <translation>离开时间</translation>
    </message>
    <message>
        <source>Charge to</source>
        <translation>充电至</translation>
    </message>
    <message>
        <source>Never below</source>
        <translation>不低于</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Leave 15 minutes earlier</source>
        <translation>提前 15 分钟离开</translation>
    </message>
    <message>
        <source>Leave 15 minutes later</source>
        <translation>推迟 15 分钟离开</translation>
    </message>
    <message>
        <source>Charge less</source>
        <translation>减少充电量</translation>
    </message>
    <message>
        <source>Charge more</source>
        <translation>增加充电量</translation>
    </message>
</context>
<context>
    <name>parkwatt::EventTableModel</name>
    <message>
        <source>Alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2 (%3), raised %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the engine raised it (site time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarm, warning or info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device or part of the engine it comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the condition ended; &quot;active&quot; while it lasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who acknowledged it, and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkwatt::EventsPage</name>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarms and warnings still active, alarms and warnings nobody has acknowledged yet, and how many events the filter shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All severities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List events of every severity, or only alarms, warnings or information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;everity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Active only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active events only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the events whose condition has cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search source or message (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List only events whose source, code, message or acknowledging user contains this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;knowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge the selected events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine&apos;s alarms and events, newest first; select some and press Ctrl+K to acknowledge them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgement status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledging %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 acknowledged as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 acknowledged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) may not acknowledge events; a manager, installer or administrator can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the engine&apos;s answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more events that are not acknowledged yet (Ctrl+K).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge the %1 as %2 (Ctrl+K); the audit trail records it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selected event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 selected events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events yet: the engine lists device faults, meter loss, outages, storage alarms, policy changes and overrides here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 of %5 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 active alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 active alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 active warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 active warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 alarm or warning not acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 alarms or warnings not acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkwatt::FigureFormat</name>
    <message>
        <source>%1 kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkwatt::GarageModel</name>
    <message>
        <source>Bay %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkwatt::GaragePage</name>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V2B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plugged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every bay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cars charging now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cars feeding the building (vehicle to building)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cars that still need energy, held back by the plan: they wait for PV surplus or a later hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cars plugged in with nothing left to charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bays without a car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chargers that do not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search bay (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search bay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkwatt::HistoryChart</name>
    <message>
        <source>History chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to zoom into a stretch, wheel to zoom, right-drag or arrow keys to pan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 kW</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkwatt::HistoryPage</name>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the last %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the range between the two dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1 (right-hand axis, %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1 (kW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point at the chart to read its values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values under the mouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History cannot be read from %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No history recorded yet for this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkwatt::KioskBayGrid</name>
    <message>
        <source>Garage</source>
        <translation>车库</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>第 %1 层</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n free bay(s)</source>
        <translation>
            <numerusform>%1：%n 个空车位</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parkwatt::KioskBayPage</name>
    <message>
        <source>Bay %1</source>
        <translation>%1 号车位</translation>
    </message>
    <message>
        <source>Bay %1, level %2</source>
        <translation>第 %2 层 %1 号车位</translation>
    </message>
    <message>
        <source>Change departure, charge or lending</source>
        <translation>更改离开时间、充电或借电</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>charged (target %1)</source>
        <translation>已充电（目标 %1）</translation>
    </message>
    <message>
        <source>in the car (target %1)</source>
        <translation>车内电量（目标 %1）</translation>
    </message>
    <message>
        <source>This bay is free.</source>
        <translation>此车位空闲。</translation>
    </message>
    <message>
        <source>Parked, not charging now</source>
        <translation>已停车，暂未充电</translation>
    </message>
    <message>
        <source>Charging at %1</source>
        <translation>正在以 %1 充电</translation>
    </message>
    <message>
        <source>Lending %1 to the building</source>
        <translation>正在向楼宇借出 %1</translation>
    </message>
    <message>
        <source>Waiting for solar power or a cheaper hour</source>
        <translation>正在等待太阳能或更便宜的时段</translation>
    </message>
    <message>
        <source>This charger is out of order. Please ask the facility desk.</source>
        <translation>此充电桩故障，请联系物业服务台。</translation>
    </message>
    <message>
        <source>No departure time set yet.</source>
        <translation>尚未设置离开时间。</translation>
    </message>
    <message>
        <source>Target reached. Leaving at %1.</source>
        <translation>已达到目标。%1 离开。</translation>
    </message>
    <message>
        <source>Ready by %1.</source>
        <translation>%1 前充好。</translation>
    </message>
    <message>
        <source>By %1 it will be about %2 short of the target.</source>
        <translation>到 %1 时，预计距目标还差约 %2。</translation>
    </message>
    <message>
        <source>Leaving at %1.</source>
        <translation>%1 离开。</translation>
    </message>
</context>
<context>
    <name>parkwatt::KioskFlowPage</name>
    <message>
        <source>Where the building&apos;s power comes from now</source>
        <translation>楼宇当前的电力来源</translation>
    </message>
</context>
<context>
    <name>parkwatt::KioskGaragePage</name>
    <message>
        <source>Find a free bay</source>
        <translation>查找空车位</translation>
    </message>
    <message>
        <source>Tap your bay&apos;s number to see how your car is charging.</source>
        <translation>点击您的车位号，查看车辆充电情况。</translation>
    </message>
    <message>
        <source>free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>charging</source>
        <translation>充电中</translation>
    </message>
    <message>
        <source>lending to the building</source>
        <translation>向楼宇借电</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>parked</source>
        <translation>已停车</translation>
    </message>
    <message>
        <source>out of order</source>
        <translation>故障</translation>
    </message>
    <message numerus="yes">
        <source>%n free bay(s) in the garage</source>
        <translation>
            <numerusform>车库内有 %n 个空车位</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parkwatt::KioskPinPage</name>
    <message numerus="yes">
        <source>Too many wrong PINs. Please wait %n second(s).</source>
        <translation>
            <numerusform>PIN 错误次数过多，请等待 %n 秒。</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not right. Please try again.</source>
        <translation>PIN 不正确，请重试。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在验证…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>parkwatt::KioskThanksPage</name>
    <message>
        <source>Thank you, drivers!</source>
        <translation>感谢各位车主！</translation>
    </message>
    <message>
        <source>lent to the building today by the cars parked here, so it needed less from the grid</source>
        <translation>今天停在这里的车辆借给楼宇的电量，让楼宇减少了电网用电</translation>
    </message>
    <message numerus="yes">
        <source>%n car(s) lending power right now</source>
        <translation>
            <numerusform>目前有 %n 辆车正在借电给楼宇</numerusform>
        </translation>
    </message>
    <message>
        <source>Your car can help too: allow lending (V2B) when you set your departure.</source>
        <translation>您的车也能出力：设置离开时间时，请允许借电（V2B）。</translation>
    </message>
</context>
<context>
    <name>parkwatt::KioskTodayPage</name>
    <message>
        <source>Today in this building</source>
        <translation>本楼今日概况</translation>
    </message>
    <message>
        <source>of the energy used here came from our own sun and storage</source>
        <translation>本楼今日用电中来自自有太阳能和储能的比例</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>of CO₂ avoided by the solar power used today</source>
        <translation>今日使用太阳能所避免的 CO₂ 排放量</translation>
    </message>
</context>
<context>
    <name>parkwatt::KioskWindow</name>
    <message>
        <source>the engine did not answer in time</source>
        <translation>系统未能及时响应</translation>
    </message>
    <message>
        <source>Enter the PIN on your parking card to change this bay&apos;s charging.</source>
        <translation>请输入停车卡上的 PIN，以更改此车位的充电设置。</translation>
    </message>
    <message>
        <source>Facility manager</source>
        <translation>物业管理员</translation>
    </message>
    <message>
        <source>Enter the manager PIN to leave kiosk mode.</source>
        <translation>请输入管理员 PIN 以退出自助终端模式。</translation>
    </message>
    <message>
        <source>Saved. Your charging follows your new wishes from now on.</source>
        <translation>已保存。从现在起将按您的新设置充电。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Parkwatt kiosk</source>
        <translation>Parkwatt 自助终端</translation>
    </message>
    <message>
        <source>Live figures are not available right now: the connection to the energy system is being restored.</source>
        <translation>实时数据暂不可用：正在恢复与能源系统的连接。</translation>
    </message>
</context>
<context>
    <name>parkwatt::LiveDemo</name>
    <message>
        <source>no temporary folder for the demo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parkwatt-sim was not found next to this program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo garage on simulated Modbus devices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkwatt::LiveEngine</name>
    <message>
        <source>peak shaving needs a limit above 0 kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the peak limit (%1 kW) is above the connection&apos;s import limit (%2 kW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the battery reserve must be between 0 and 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reserve time cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this engine cannot change its policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no earlier policy to return to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no charger %1 at this site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no car is plugged in at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkwatt::LiveFigures</name>
    <message>
        <source>%1 kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup reserve %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peak shaving at %1 kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-sufficiency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-sufficiency (battery charged from PV only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V2B with consenting cars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no V2B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 car, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cars, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no battery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charging %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discharging %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 bays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grid outage: critical load only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grid connected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkwatt::LiveSite</name>
    <message>
        <source>the engine stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkwatt::LiveSiteControl</name>
    <message>
        <source>Policy changed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge now at %1, set by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 paused by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override on %1 released by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the engine (the car left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A car plugged in at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The car at %1 left with its target met (%2 kWh charged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The car at %1 left short of its target (%2 kWh charged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (role %2) may not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>override a bay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledge events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no charger %1 at this site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording stopped, control goes on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid outage: the site runs on PV, battery and consenting cars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid meter lost: chargers ramp down to their safe current</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkwatt::OverviewPage</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-sufficiency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the building&apos;s and the cars&apos; consumption not drawn from the grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest 15-minute mean grid import today, against the peak-shaving limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PV energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solar energy used on site today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EV energy charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy delivered into the cars today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V2B energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy the cars gave back to the building today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the stored energy (battery above its minimum, and consenting cars above their owners&apos; floors when the policy counts them) would carry the critical load now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy&apos;s parts in their priority order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid outage since %1: critical load only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not answering since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the first cycle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkwatt::PinKeypad</name>
    <message numerus="yes">
        <source>%n digit(s) entered</source>
        <translation>
            <numerusform>已输入 %n 位数字</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Erase the last digit</source>
        <translation>删除最后一位数字</translation>
    </message>
    <message>
        <source>Enter the PIN</source>
        <translation>确认 PIN</translation>
    </message>
</context>
<context>
    <name>parkwatt::PoliciesPage</name>
    <message>
        <source>Policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the engine runs the site with now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last policy change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the edited policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;evert edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the form back to the policy in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last policy change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of the last command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the engine decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the parts of the policy conflict, the higher one wins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the engine&apos;s answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the problems shown in the form first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form shows the policy in force: edit it to apply a change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the edited policy to the engine after confirming what changes; the chargers follow at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no earlier policy to return to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to the policy before the last change (recorded as a new change).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply this policy to %1? It takes effect at once: the engine re-plans and the chargers follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: the policy in force is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the policy to the engine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the engine to undo the last change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed by %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed the policy in force while you were editing; your edits are kept. Revert edits to start from the new policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkwatt::PolicyCheck</name>
    <message>
        <source>Peak limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak shaving needs a limit above 0 kW.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peak limit (%1 kW) is above the connection&apos;s import limit (%2 kW): the grid connection could never draw that much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The battery reserve must be between 0 and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reserve time cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkwatt::PolicyCommands</name>
    <message>
        <source>The engine refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the policy needs the manager or admin role; %1 is signed in as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy applied: the engine has re-planned with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change undone: the previous policy is back in force.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkwatt::PolicyExportPage</name>
    <message>
        <source>Policy and site file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy the engine starts with (the facility manager changes it later in the control room), and where the site file goes (parkwattd run --site FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the site file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the commissioning &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the commissioning report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Installer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished">保存</translation>
    </message>
    <message>
        <source>The policy has problems: see the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished">未保存：%1</translation>
    </message>
    <message>
        <source>Not saved: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1: %2 device(s), %3 bay(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commissioning report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commissioning report written: %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkwatt::PolicyForm</name>
    <message>
        <source>Self-sufficiency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the site&apos;s PV before buying from the grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use PV before the &amp;grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On: PV surplus goes to the battery and the cars before anything is bought from the grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow charging the &amp;battery from the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery charging from the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: the battery charges from PV only (except to restore the backup reserve or to prepare for a peak the plan foresees).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This site has no battery; the setting is kept for when it has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak shaving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep every 15-minute average grid import under a limit (what a demand charge bills). The connection&apos;s import limit is %1 kW.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shave peaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On: the engine holds grid import at or below the peak limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak limit in kilowatts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The highest 15-minute average import allowed, in kW: above 0 and at most the connection&apos;s %1 kW.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak &amp;limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold energy in reserve to carry the critical load through a grid outage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep a backup reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On: outside outages the battery stays at or above the reserve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery reserve in percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The battery&apos;s state of charge kept for an outage, 0 to 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This site has no battery; the reserve is kept for when it has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve time in hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many hours of the current critical load the site aims to hold in reserve (0 or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count consenting &amp;cars toward the reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cars in the backup reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On: plugged cars whose owners consent count with their energy above their minimum, and feed the critical load during an outage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery &amp;reserve:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve &amp;time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle to building (V2B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let consenting cars on bidirectional chargers feed the building outside outages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This site has no bidirectional charger, so no car can feed the building.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow &amp;V2B with consenting cars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V2B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On: consenting cars may discharge for peak shaving and self-sufficiency, never so far that they miss their own departure target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkwatt::PolicyPreviewPanel</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the edited policy would have done, against the policy in force, replayed by the engine&apos;s simulation on the same days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last 7 recorded days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview on the last 7 recorded days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine records no history, so there are no days to replay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay PV, building load and the cars&apos; sessions as the site&apos;s database recorded them over the last 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview on a scenario file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay a scenario file (parkwatt-scenario/1) instead of the recorded days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a scenario file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the scenario file to preview on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview edited policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the edited policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the chosen days under the current and the edited policy, side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulation steps done under both policies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the preview; nothing is shown for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview cannot run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a scenario file: the engine records no history to replay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the policy, then preview it on the last 7 recorded days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario &amp;file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario to preview on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the last 7 recorded days…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a scenario file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulating %1 under both policies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previewed on %1 (%2 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previewed on %1. The policy has been edited since: preview again to see the edit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkwatt::PolicyWords</name>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on at %1 kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-sufficiency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery charging from the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PV only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak shaving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cars in the backup reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V2B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the grid connection, device ratings and every battery&apos;s and car&apos;s minimum charge are never exceeded; no car discharges without its owner&apos;s consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>during a grid outage the critical load is served from PV, the battery, then consenting cars; what cannot be served is shed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>during a grid outage the critical load is served from PV and the battery; what cannot be served is shed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every car reaches the charge its driver asked for by departure, wherever physically possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the battery stays at or above %1 %%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; consenting cars&apos; charge above their floor counts toward the reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off: the battery may be used down to its minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every 15-minute average import stays at or below %1 kW; where that is impossible, the billing peak is kept as low as it can be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off: imports are limited only by the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PV is used before the grid; the battery may charge from the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PV is used before the grid; the battery charges from PV only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import and export prices and the demand charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>among otherwise equal choices, the least battery and car throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All parts that are on act at once; when they conflict, the higher one wins. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V2B is on: consenting cars may feed the building for peak shaving and self-sufficiency, never below what they need to reach their own target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V2B is off: cars feed the building only during an outage, and only when consenting cars count toward the backup reserve.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkwatt::PowerFlowWidget</name>
    <message>
        <source>Power flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Garage</source>
        <translation type="unfinished">车库</translation>
    </message>
    <message>
        <source>outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SoC %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 bays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discharging %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charging %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charging %1, V2B %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V2B %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cycle seen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>battery charge %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cars&apos; charge %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkwatt::PowerHistoryChart</name>
    <message>
        <source>Power today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid (import +)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EVs (charge +)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kW</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkwatt::PreviewChart</name>
    <message>
        <source>Grid import, 15-minute averages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited peak limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid import chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid import over the previewed period: grey under the current policy, orange under the edited one; the dashed line is the edited peak limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid import under the current policy peaks at %1 kW, under the edited policy at %2 kW (15-minute averages).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkwatt::PreviewKpiTable</name>
    <message>
        <source>Current policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy in force now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy as edited in the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited minus current; green when the edited policy does better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview&apos;s figures under the current and the edited policy; the change is green when the edited policy does better, red when worse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Better under the edited policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worse under the edited policy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkwatt::PreviewScenarioLoader</name>
    <message>
        <source>The engine records no history (it has no database), so there are no recorded days to replay. Choose a scenario file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 days recorded from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scenario %1 (%2 h)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkwatt::RegisterInspectorDialog</name>
    <message>
        <source>&amp;Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registers of %1 (%2:%3 unit %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Word order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes (holding registers, function 16) are confirmed, read back and recorded in the audit trail as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading only: writing needs an installer signed in to the site&apos;s database (parkwatt --commission --db FILE), or parkwattd registers write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value, as the type above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write %1 (%2, %3) to holding register %4 of %5 (%6:%7 unit %8)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not confirmed: nothing written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3, read back %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; NOT AUDITED: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as %1 (%2 word first):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkwatt::RemoteSiteControl</name>
    <message>
        <source>%1:%2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to the engine was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected to the engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from the engine within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkwatt::ReportComparisonTable</name>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkwatt::ScenarioChooser</name>
    <message>
        <source>&amp;Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario to run: the built-in demo garage, a shipped scenario, or a file you opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo garage (built in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo garage&apos;s day: 40 bays, 80 kWp PV, a 120 kWh battery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a scenario file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a scenario file (parkwatt-scenario/1) and run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkwatt::SessionChart</name>
    <message>
        <source>Power (kW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy in the car (kWh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkwatt::SignInDialog</name>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the administrator of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This site has no users yet. Choose the administrator&apos;s name and password (at least %1 characters); the administrator then adds the others. There is no default password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your Parkwatt user to see and control this site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 Next try in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished">正在验证…</translation>
    </message>
</context>
<context>
    <name>parkwatt::SignInService</name>
    <message numerus="yes">
        <source>Too many failed sign-ins: wait %n second(s) before the next try.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The name or the password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user is disabled: ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkwatt::SimulatorProcess</name>
    <message>
        <source>the device simulator did not announce its devices in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device simulator could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device simulator stopped (exit %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkwatt::SiteBasicsPage</name>
    <message>
        <source>Bidirectional chargers (V2B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The building&apos;s grid connection, its PV and battery, and the garage&apos;s bays. The import limit is a hard limit: the engine never commands more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Garage Nord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid &amp;import limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid &amp;export limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase &amp;voltage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PV peak power:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Battery capacity (0: none):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery &amp;power:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Levels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bays per l&amp;evel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charger &amp;maximum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charger m&amp;inimum (6 A):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discharge maximum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a site file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bays: L1-01 … L%2-%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bays as imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The import limit is %2 A per phase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkwatt::TodayFigures</name>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2 missing for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cycle seen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be known: grid meter missing for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of consumption, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limit %1, 15-min mean, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15-min mean, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grid meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PV reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charger readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V2B is off in the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no critical load to cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of critical load, from stored energy now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkwatt::VerificationPage</name>
    <message>
        <source>&amp;Verify the chargers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also let each watchdog expire and watch the fallback (slower)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charger verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each charger is read, its fail-safe and watchdog written and read back, and its setpoint stepped from minimum to maximum while the measured power must follow. A car (or an EV simulator) must be plugged in. Then all fallbacks together must fit the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n charger(s) to verify. Not verified yet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>There is no charger to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying %1 (%2:%3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All chargers pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not all chargers pass</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkwatt::WhatIfChart</name>
    <message>
        <source>Uncontrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario&apos;s policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over the scenario: grey uncontrolled, orange under the scenario&apos;s policy; the dashed line is the policy&apos;s peak limit when it has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 peaks at %2 uncontrolled and at %3 under the scenario&apos;s policy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkwatt::WhatIfKpiTable</name>
    <message>
        <source>Uncontrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario&apos;s policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The baseline: every car charges at full power from arrival.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planner and dispatcher acting out the scenario&apos;s policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy minus uncontrolled; green when the policy does better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What-if figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario&apos;s figures uncontrolled and under its policy; the difference is green when the policy does better, red when worse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Better under the scenario&apos;s policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worse under the scenario&apos;s policy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkwatt::WhatIfPage</name>
    <message>
        <source>Choose a scenario and run it: it is simulated twice, with uncontrolled charging and under the scenario&apos;s policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What-if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a scenario&apos;s policy does against uncontrolled charging (every car at full power from arrival), simulated by the engine faster than real time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulate the chosen scenario uncontrolled and under its policy (Ctrl+R).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What-if progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulation steps done under both controllers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the run (Esc); the previous result stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the comparison as a simulation report (parkwatt-report/1, JSON), the uncontrolled figures nested under &quot;baseline&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What-if status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario&apos;s policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a scenario to see the policy it is run under.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the planner and dispatcher were asked to do in the policy run, parts in priority order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EV charging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The result of %1 is still shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulating %1: %2 steps uncontrolled, then as many under its policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3 h from %4, %5 chargers, %6 car sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. The scenario&apos;s policy changes the billing peak by %1 and meets %2 of %3 EV targets (uncontrolled: %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run this scenario: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the what-if report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
