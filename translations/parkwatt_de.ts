<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ControlRoomPages</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Recorded history of %1</source>
        <translation>Aufgezeichneter Verlauf aus %1</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Richtlinien</translation>
    </message>
    <message>
        <source>Self-sufficiency, peak shaving, backup and V2B: edit, preview, apply, undo</source>
        <translation>Autarkie, Lastspitzenkappung, Notstrom und V2B: bearbeiten, Vorschau, übernehmen, rückgängig</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>Was-wäre-wenn</translation>
    </message>
    <message>
        <source>Run a scenario under its policy and uncontrolled, and compare</source>
        <translation>Ein Szenario unter seiner Richtlinie und ungesteuert durchrechnen und vergleichen</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Alarms and events, with acknowledgement</source>
        <translation>Alarme und Ereignisse, mit Quittierung</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Every device: online, last answer, round-trip time, errors, firmware</source>
        <translation>Jedes Gerät: online, letzte Antwort, Antwortzeit, Fehler, Firmware</translation>
    </message>
</context>
<context>
    <name>EventLog</name>
    <message>
        <source>this event was acknowledged by %1 already</source>
        <translation>dieses Ereignis wurde bereits von %1 quittiert</translation>
    </message>
    <message>
        <source>there is no event %1 (it may have been cleared and dropped from the list)</source>
        <translation>es gibt kein Ereignis %1 (es wurde möglicherweise beendet und aus der Liste entfernt)</translation>
    </message>
</context>
<context>
    <name>HistoryExport</name>
    <message>
        <source>%1: could not write the image</source>
        <translation>%1: Das Bild konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>HistorySeries</name>
    <message>
        <source>Grid</source>
        <translation>Netz</translation>
    </message>
    <message>
        <source>PV used</source>
        <translation>PV genutzt</translation>
    </message>
    <message>
        <source>Building load</source>
        <translation>Gebäudelast</translation>
    </message>
    <message>
        <source>EV charging</source>
        <translation>Laden E-Autos</translation>
    </message>
    <message>
        <source>EV discharging (V2B)</source>
        <translation>Entladen E-Autos (V2B)</translation>
    </message>
    <message>
        <source>Battery SoC</source>
        <translation>Ladestand Batterie</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1: no history recorded yet</source>
        <translation>%1: noch kein Verlauf aufgezeichnet</translation>
    </message>
    <message>
        <source>%1: less than 15 minutes of history recorded</source>
        <translation>%1: weniger als 15 Minuten Verlauf aufgezeichnet</translation>
    </message>
    <message>
        <source>%1: cannot write the report: %2</source>
        <translation>%1: Der Bericht kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ReasonText</name>
    <message>
        <source>departs %1, needs %2 kWh</source>
        <extracomment>Part of a charger&apos;s reason: %1 the car&apos;s departure time (08:30), %2 the energy it still needs.</extracomment>
        <translation>Abfahrt %1, benötigt %2 kWh</translation>
    </message>
    <message>
        <source>grid limit %1 kW</source>
        <extracomment>Part of a charger&apos;s reason: the grid connection&apos;s import limit.</extracomment>
        <translation>Netzgrenze %1 kW</translation>
    </message>
    <message>
        <source>peak limit %1 kW</source>
        <extracomment>Part of a charger&apos;s reason: the peak-shaving import target.</extracomment>
        <translation>Spitzenlastgrenze %1 kW</translation>
    </message>
    <message>
        <source>no EV</source>
        <translation>kein E-Auto</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>offline: counted at fail-safe %1 kW</source>
        <extracomment>The charger does not answer; its fail-safe draw is counted as load.</extracomment>
        <translation>offline: mit der Fail-Safe-Leistung von %1 kW gerechnet</translation>
    </message>
    <message>
        <source>held at %1 kW (changes at most every %2 s), wants %3 kW</source>
        <extracomment>Setpoint held by the rate limit: %1 held power, %2 seconds between changes, %3 power wanted.</extracomment>
        <translation>gehalten bei %1 kW (Änderung höchstens alle %2 s), möchte %3 kW</translation>
    </message>
    <message>
        <source>outage: critical load, %1 kW</source>
        <extracomment>Grid outage: the car discharges (negative kW) to serve the critical load.</extracomment>
        <translation>Netzausfall: kritische Last, %1 kW</translation>
    </message>
    <message>
        <source>outage: %1 kW to cars that must leave charged</source>
        <extracomment>Grid outage: the car discharges (negative kW) for other cars that must leave charged.</extracomment>
        <translation>Netzausfall: %1 kW für Autos, die geladen abfahren müssen</translation>
    </message>
    <message>
        <source>V2B: grid limit %1 kW, %2 kW</source>
        <extracomment>Vehicle-to-building discharge: %1 the grid import limit, %2 the (negative) power.</extracomment>
        <translation>V2B: Netzgrenze %1 kW, %2 kW</translation>
    </message>
    <message>
        <source>V2B: shaving peak %1 kW, %2 kW</source>
        <extracomment>Vehicle-to-building discharge: %1 the peak-shaving target, %2 the (negative) power.</extracomment>
        <translation>V2B: Lastspitzenkappung bei %1 kW, %2 kW</translation>
    </message>
    <message>
        <source>V2B: plan, %1 kW</source>
        <extracomment>Vehicle-to-building discharge as planned: %1 the (negative) power.</extracomment>
        <translation>V2B: laut Plan, %1 kW</translation>
    </message>
    <message>
        <source>outage: %1: %2 kW (critical load covered for %3 h)</source>
        <extracomment>Grid outage: %1 is &quot;departs 08:30, needs 12 kWh&quot; (translated on its own), %2 the power, %3 the hours the critical load is covered for.</extracomment>
        <translation>Netzausfall: %1: %2 kW (kritische Last für %3 h gedeckt)</translation>
    </message>
    <message>
        <source>outage: PV surplus, %1 kW</source>
        <translation>Netzausfall: PV-Überschuss, %1 kW</translation>
    </message>
    <message>
        <source>outage: no charging</source>
        <translation>Netzausfall: kein Laden</translation>
    </message>
    <message>
        <source>target reached</source>
        <translation>Ziel erreicht</translation>
    </message>
    <message>
        <source>vehicle accepts no charge</source>
        <translation>Fahrzeug nimmt keine Ladung an</translation>
    </message>
    <message>
        <source>cannot charge: minimum %1 kW above its %2 kW limit</source>
        <extracomment>The charger&apos;s minimum power is above the most the car or charger takes.</extracomment>
        <translation>Laden nicht möglich: Minimum %1 kW über der Grenze von %2 kW</translation>
    </message>
    <message>
        <source>battery full</source>
        <translation>Akku voll</translation>
    </message>
    <message>
        <source>plan: %1 kW above target</source>
        <extracomment>The car has reached its target and charges on as planned.</extracomment>
        <translation>Plan: %1 kW über das Ziel hinaus</translation>
    </message>
    <message>
        <source>PV surplus, %1 kW</source>
        <translation>PV-Überschuss, %1 kW</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3 kW (%4)</source>
        <extracomment>%1 is &quot;grid limit 400 kW&quot; or &quot;peak limit 120 kW&quot; (translated on their own), %2 the power the car needs, %3 the power it gets, %4 &quot;departs 08:30, needs 12 kWh&quot;.</extracomment>
        <translation>%1: %2 → %3 kW (%4)</translation>
    </message>
    <message>
        <source>%1: full power</source>
        <extracomment>%1 is &quot;departs 08:30, needs 12 kWh&quot; (translated on its own): the car charges at full power.</extracomment>
        <translation>%1: volle Leistung</translation>
    </message>
    <message>
        <source>%1: %2 kW</source>
        <extracomment>%1 is &quot;departs 08:30, needs 12 kWh&quot; (translated on its own), %2 the power.</extracomment>
        <translation>%1: %2 kW</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3 kW</source>
        <extracomment>%1 is &quot;grid limit 400 kW&quot; or &quot;peak limit 120 kW&quot; (translated on their own), %2 the power wanted, %3 the power given.</extracomment>
        <translation>%1: %2 → %3 kW</translation>
    </message>
    <message>
        <source>ahead of plan, under the %1 kW peak paid: %2 kW</source>
        <extracomment>Charging beyond plan because the billing peak %1 is already paid for; %2 the power.</extracomment>
        <translation>vor dem Plan, unter der bereits bezahlten Lastspitze von %1 kW: %2 kW</translation>
    </message>
    <message>
        <source>plan: %1 kW on average, at the %2 kW minimum now</source>
        <extracomment>A planned average below the charger&apos;s minimum, run at the minimum now.</extracomment>
        <translation>Plan: im Mittel %1 kW, jetzt mit dem Minimum von %2 kW</translation>
    </message>
    <message>
        <source>plan: %1 kW on average, at the %2 kW minimum later</source>
        <extracomment>A planned average below the charger&apos;s minimum, run at the minimum later.</extracomment>
        <translation>Plan: im Mittel %1 kW, später mit dem Minimum von %2 kW</translation>
    </message>
    <message>
        <source>plan: %1 kW</source>
        <translation>Plan: %1 kW</translation>
    </message>
    <message>
        <source>plan: later</source>
        <extracomment>The plan charges this car later.</extracomment>
        <translation>Plan: später</translation>
    </message>
    <message>
        <source>needs %1 kWh: full power</source>
        <translation>benötigt %1 kWh: volle Leistung</translation>
    </message>
    <message>
        <source>needs %1 kWh: %2 kW</source>
        <translation>benötigt %1 kWh: %2 kW</translation>
    </message>
    <message>
        <source>grid meter lost: ramping down %1 -&gt; %2 kW</source>
        <extracomment>The grid meter is not read: the charger ramps down from %1 to %2 kW.</extracomment>
        <translation>Netzzähler ausgefallen: Absenkung %1 → %2 kW</translation>
    </message>
    <message>
        <source>paused by %1</source>
        <extracomment>%1 the user who paused the bay.</extracomment>
        <translation>pausiert von %1</translation>
    </message>
    <message>
        <source>charge now (override by %1): %2</source>
        <extracomment>%1 the user who set the override, %2 the engine&apos;s reason (translated on its own).</extracomment>
        <translation>sofort laden (Übersteuerung durch %1): %2</translation>
    </message>
    <message>
        <source>charge now (override by %1)</source>
        <extracomment>%1 the user who set the override.</extracomment>
        <translation>sofort laden (Übersteuerung durch %1)</translation>
    </message>
</context>
<context>
    <name>SignedInStation</name>
    <message>
        <source>nobody signed in</source>
        <translation>niemand angemeldet</translation>
    </message>
</context>
<context>
    <name>StartOptions</name>
    <message>
        <source>Parkwatt: energy management for buildings with an EV garage. Without options, runs the built-in demo garage: parkwatt-sim serves its chargers, meters, PV inverter and battery over Modbus TCP on this machine and the engine controls them as it would a real site.</source>
        <translation>Parkwatt: Energiemanagement für Gebäude mit E-Auto-Garage. Ohne Optionen läuft die eingebaute Demo-Garage: parkwatt-sim stellt deren Ladestationen, Zähler, PV-Wechselrichter und Batteriespeicher über Modbus TCP auf diesem Rechner bereit, und die Steuerung regelt sie wie an einem echten Standort.</translation>
    </message>
    <message>
        <source>Run the built-in demo garage (the default).</source>
        <translation>Die eingebaute Demo-Garage ausführen (Standard).</translation>
    </message>
    <message>
        <source>Control this site (parkwatt-site/1) over Modbus TCP from this program.</source>
        <translation>Diesen Standort (parkwatt-site/1) aus diesem Programm über Modbus TCP steuern.</translation>
    </message>
    <message>
        <source>The site&apos;s database: the engine records into it and the History page shows it (the demo uses a temporary one without this).</source>
        <translation>Die Datenbank des Standorts: Die Steuerung zeichnet darin auf, die Seite „Verlauf“ zeigt sie an (ohne diese Option verwendet die Demo eine temporäre).</translation>
    </message>
    <message>
        <source>A folder of extra device profiles.</source>
        <translation>Ein Ordner mit zusätzlichen Geräteprofilen.</translation>
    </message>
    <message>
        <source>Where the controller lock lives (default: the runtime directory).</source>
        <translation>Ort der Steuerungssperre (Standard: das Laufzeitverzeichnis).</translation>
    </message>
    <message>
        <source>Your role until sign-in arrives: viewer, manager (default), installer or admin. Checked by the engine for every command.</source>
        <translation>Ihre Rolle, bis eine Anmeldung erfolgt: viewer, manager (Standard), installer oder admin. Die Steuerung prüft sie bei jedem Befehl.</translation>
    </message>
    <message>
        <source>Your name in the audit trail (default: the login).</source>
        <translation>Ihr Name im Audit-Protokoll (Standard: der Anmeldename).</translation>
    </message>
    <message>
        <source>The demo&apos;s simulated seconds per second (default 10).</source>
        <translation>Simulierte Sekunden pro Sekunde in der Demo (Standard 10).</translation>
    </message>
    <message>
        <source>Where the demo&apos;s day begins (default 07:00).</source>
        <translation>Uhrzeit, zu der der Tag der Demo beginnt (Standard 07:00).</translation>
    </message>
    <message>
        <source>Start, run a few cycles, check the window, and quit (exit 0 when healthy).</source>
        <translation>Starten, einige Zyklen ausführen, das Fenster prüfen und beenden (Exit-Code 0, wenn alles in Ordnung ist).</translation>
    </message>
    <message>
        <source>Write one PNG of every page (1600x1000) into DIR after a few cycles, and quit. The demo then begins at 13:00 unless --start-at says otherwise.</source>
        <translation>Nach einigen Zyklen ein PNG jeder Seite (1600x1000) in DIR schreiben und beenden. Die Demo beginnt dann um 13:00, sofern --start-at nichts anderes angibt.</translation>
    </message>
    <message>
        <source>Start in this language: en, de, fr, zh_CN or ja (default: the system&apos;s, or the one last chosen in the control room&apos;s View menu).</source>
        <translation>In dieser Sprache starten: en, de, fr, zh_CN oder ja (Standard: die Systemsprache oder die zuletzt im Menü „Ansicht“ des Leitstands gewählte).</translation>
    </message>
    <message>
        <source>Serve the engine&apos;s API (docs/api.md) for remote control rooms and kiosks on PORT (loopback) or ADDRESS:PORT.</source>
        <translation>Die API der Steuerung (docs/api.md) für entfernte Leitstände und Kioske auf PORT (Loopback) oder ADDRESS:PORT bereitstellen.</translation>
    </message>
    <message>
        <source>Where the API&apos;s certificate and tokens are kept (default: the user&apos;s data folder, parkwatt/api).</source>
        <translation>Ablageort des Zertifikats und der Tokens der API (Standard: der Datenordner des Benutzers, parkwatt/api).</translation>
    </message>
    <message>
        <source>Attach to the engine at HOST:PORT over the network instead of running one.</source>
        <translation>Über das Netzwerk mit der Steuerung unter HOST:PORT verbinden, statt selbst eine auszuführen.</translation>
    </message>
    <message>
        <source>With --connect: your role&apos;s API token (or PARKWATT_TOKEN in the environment).</source>
        <translation>Mit --connect: das API-Token Ihrer Rolle (oder PARKWATT_TOKEN in der Umgebung).</translation>
    </message>
    <message>
        <source>With --connect: read the API token from FILE (keeps it out of the process list).</source>
        <translation>Mit --connect: das API-Token aus FILE lesen (so erscheint es nicht in der Prozessliste).</translation>
    </message>
    <message>
        <source>With --connect: the engine&apos;s certificate SHA-256 fingerprint, as parkwattd run prints it.</source>
        <translation>Mit --connect: der SHA-256-Fingerabdruck des Zertifikats der Steuerung, wie parkwattd run ihn ausgibt.</translation>
    </message>
    <message>
        <source>Run the lobby kiosk (fullscreen, locked, for drivers and visitors) instead of the control room; with --connect, attached to an engine on another machine (docs/kiosk.md).</source>
        <translation>Statt des Leitstands den Lobby-Kiosk ausführen (Vollbild, gesperrt, für Fahrer und Besucher); mit --connect verbunden mit einer Steuerung auf einem anderen Rechner (docs/kiosk.md).</translation>
    </message>
    <message>
        <source>The kiosk&apos;s settings: manager PIN, bay PINs, driver input, timings (parkwatt-kiosk/1).</source>
        <translation>Die Einstellungen des Kiosks: Verwalter-PIN, Stellplatz-PINs, Fahrereingaben, Zeiten (parkwatt-kiosk/1).</translation>
    </message>
    <message>
        <source>Read a PIN from standard input and print its hash for a kiosk file, then quit.</source>
        <translation>Eine PIN von der Standardeingabe lesen, ihren Hash für eine Kiosk-Datei ausgeben und beenden.</translation>
    </message>
    <message>
        <source>With --site and --db: sign the operator off after MINUTES without input (default 15).</source>
        <translation>Mit --site und --db: den Bediener nach MINUTES ohne Eingabe abmelden (Standard 15).</translation>
    </message>
    <message>
        <source>Open the commissioning wizard for installers (with --site FILE: that site file imported); it saves a site file for parkwattd run. With --db FILE the installer signs in to the site&apos;s database and the register inspector may write, each write audited (docs/commissioning.md).</source>
        <translation>Den Inbetriebnahme-Assistenten für Installateure öffnen (mit --site FILE: nach Import dieser Standortdatei); er speichert eine Standortdatei für parkwattd run. Mit --db FILE meldet sich der Installateur an der Datenbank des Standorts an, und der Register-Inspektor darf schreiben, jeder Schreibvorgang wird protokolliert (docs/commissioning.md).</translation>
    </message>
    <message>
        <source>--token-file %1: cannot read: %2</source>
        <translation>--token-file %1: nicht lesbar: %2</translation>
    </message>
    <message>
        <source>--idle-logoff %1: expected minutes from 0.05 to 1440</source>
        <translation>--idle-logoff %1: erwartet werden Minuten von 0.05 bis 1440</translation>
    </message>
    <message>
        <source>--commission excludes --kiosk and --connect</source>
        <translation>--commission schließt --kiosk und --connect aus</translation>
    </message>
    <message>
        <source>--kiosk-config needs --kiosk</source>
        <translation>--kiosk-config erfordert --kiosk</translation>
    </message>
    <message>
        <source>--demo, --site and --connect exclude each other</source>
        <translation>--demo, --site und --connect schließen einander aus</translation>
    </message>
    <message>
        <source>--connect needs --token, --token-file or PARKWATT_TOKEN, and --fingerprint</source>
        <translation>--connect erfordert --token, --token-file oder PARKWATT_TOKEN sowie --fingerprint</translation>
    </message>
    <message>
        <source>--role %1: expected viewer, manager, installer or admin</source>
        <translation>--role %1: erwartet wird viewer, manager, installer oder admin</translation>
    </message>
    <message>
        <source>--speed %1: expected a number above 0 and at most 3600</source>
        <translation>--speed %1: erwartet wird eine Zahl über 0 und höchstens 3600</translation>
    </message>
    <message>
        <source>--start-at %1: expected HH:MM</source>
        <translation>--start-at %1: erwartet wird HH:MM</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The API cannot start</source>
        <translation>Die API kann nicht starten</translation>
    </message>
    <message>
        <source>The kiosk cannot start</source>
        <translation>Der Kiosk kann nicht starten</translation>
    </message>
    <message>
        <source>The demo cannot start</source>
        <translation>Die Demo kann nicht starten</translation>
    </message>
    <message>
        <source>Preparing the demo: recording the garage&apos;s last %1 days… %2 %</source>
        <translation>Demo wird vorbereitet: Die letzten %1 Tage der Garage werden aufgezeichnet… %2 %</translation>
    </message>
    <message>
        <source>Cannot control the site</source>
        <translation>Der Standort kann nicht gesteuert werden</translation>
    </message>
    <message>
        <source>in this program, %1</source>
        <translation>in diesem Programm, %1</translation>
    </message>
    <message>
        <source>Cannot connect</source>
        <translation>Verbindung nicht möglich</translation>
    </message>
    <message>
        <source>The engine refused this control room</source>
        <translation>Die Steuerung hat diesen Leitstand abgewiesen</translation>
    </message>
    <message>
        <source>%1: no answer from an engine within 15 s (is parkwattd run --api running there, and is the fingerprint right?)</source>
        <translation>%1: keine Antwort einer Steuerung innerhalb von 15 s (läuft dort parkwattd run --api, und stimmt der Fingerabdruck?)</translation>
    </message>
    <message>
        <source>The site file cannot be imported</source>
        <translation>Die Standortdatei kann nicht importiert werden</translation>
    </message>
    <message>
        <source>Cannot sign in</source>
        <translation>Anmeldung nicht möglich</translation>
    </message>
    <message>
        <source>Parkwatt cannot start</source>
        <translation>Parkwatt kann nicht starten</translation>
    </message>
    <message>
        <source>--language %1: expected one of %2</source>
        <translation>--language %1: erwartet wird eines von %2</translation>
    </message>
</context>
<context>
    <name>parkwatt</name>
    <message>
        <source>Billing peak</source>
        <translation>Abrechnungsspitze</translation>
    </message>
    <message>
        <source>The largest 15-minute average grid import (what a demand charge bills).</source>
        <translation>Der höchste 15-Minuten-Mittelwert des Netzbezugs (das, was ein Leistungspreis abrechnet).</translation>
    </message>
    <message>
        <source>Self-sufficiency</source>
        <translation>Autarkie</translation>
    </message>
    <message>
        <source>1 − grid import ÷ (building load + energy into the cars).</source>
        <translation>1 − Netzbezug ÷ (Gebäudelast + in die Autos geladene Energie).</translation>
    </message>
    <message>
        <source>Self-consumption</source>
        <translation>Eigenverbrauch</translation>
    </message>
    <message>
        <source>Share of the PV energy available that was used on site.</source>
        <translation>Anteil der verfügbaren PV-Energie, der vor Ort genutzt wurde.</translation>
    </message>
    <message>
        <source>Grid import</source>
        <translation>Netzbezug</translation>
    </message>
    <message>
        <source>Energy bought from the grid.</source>
        <translation>Aus dem Netz bezogene Energie.</translation>
    </message>
    <message>
        <source>Grid export</source>
        <translation>Netzeinspeisung</translation>
    </message>
    <message>
        <source>Energy fed into the grid.</source>
        <translation>In das Netz eingespeiste Energie.</translation>
    </message>
    <message>
        <source>PV used on site</source>
        <translation>PV vor Ort genutzt</translation>
    </message>
    <message>
        <source>PV energy used by the building, the battery and the cars.</source>
        <translation>Von Gebäude, Batteriespeicher und Autos genutzte PV-Energie.</translation>
    </message>
    <message>
        <source>EV energy charged</source>
        <translation>Ladeenergie E-Autos</translation>
    </message>
    <message>
        <source>Energy into the cars.</source>
        <translation>In die Autos geladene Energie.</translation>
    </message>
    <message>
        <source>EV targets met</source>
        <translation>Ladeziele erreicht</translation>
    </message>
    <message>
        <source>Cars that left with the charge their drivers asked for.</source>
        <translation>Autos, die mit dem von ihren Fahrern gewünschten Ladestand abgefahren sind.</translation>
    </message>
    <message>
        <source>EV energy short</source>
        <translation>Fehlende Ladeenergie</translation>
    </message>
    <message>
        <source>Energy the cars still lacked at departure.</source>
        <translation>Energie, die den Autos bei der Abfahrt noch fehlte.</translation>
    </message>
    <message>
        <source>V2B energy</source>
        <translation>V2B-Energie</translation>
    </message>
    <message>
        <source>Energy the cars gave back to the building.</source>
        <translation>Energie, die die Autos an das Gebäude zurückgegeben haben.</translation>
    </message>
    <message>
        <source>Battery cycles</source>
        <translation>Batteriezyklen</translation>
    </message>
    <message>
        <source>Equivalent full cycles of the stationary battery (wear).</source>
        <translation>Äquivalente Vollzyklen des Batteriespeichers (Verschleiß).</translation>
    </message>
    <message>
        <source>Critical load unserved</source>
        <translation>Unversorgte kritische Last</translation>
    </message>
    <message>
        <source>Critical load that had to be shed during outages.</source>
        <translation>Kritische Last, die bei Netzausfällen abgeworfen werden musste.</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Energy cost plus demand charge minus export revenue, in the scenario&apos;s currency.</source>
        <translation>Energiekosten plus Leistungspreis abzüglich Einspeiseerlös, in der Währung des Szenarios.</translation>
    </message>
    <message>
        <source>Import-limit violations</source>
        <translation>Bezugsgrenze überschritten</translation>
    </message>
    <message>
        <source>Simulation steps above the connection&apos;s import limit.</source>
        <translation>Simulationsschritte über der Bezugsgrenze des Netzanschlusses.</translation>
    </message>
    <message>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>plugged</source>
        <translation>angesteckt</translation>
    </message>
    <message>
        <source>charging</source>
        <translation>lädt</translation>
    </message>
    <message>
        <source>V2B</source>
        <translation>V2B</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>target reached</source>
        <translation>Ziel erreicht</translation>
    </message>
    <message>
        <source>target on track</source>
        <translation>Ziel im Plan</translation>
    </message>
    <message>
        <source>target at risk: %1 short</source>
        <translation>Ziel gefährdet: %1 fehlen</translation>
    </message>
    <message>
        <source>target outlook unknown</source>
        <translation>Zielprognose unbekannt</translation>
    </message>
</context>
<context>
    <name>parkwatt::AboutDialog</name>
    <message>
        <source>About Parkwatt</source>
        <translation>Über Parkwatt</translation>
    </message>
    <message>
        <source>Parkwatt %1</source>
        <translation>Parkwatt %1</translation>
    </message>
    <message>
        <source>Energy management for buildings with PV, a battery and a garage of electric cars: every driver charged by departure, the building&apos;s peaks shaved, its critical loads kept up in an outage.

Built with Qt %1 on %2. Licence: %3.</source>
        <translation>Energiemanagement für Gebäude mit PV, Batteriespeicher und einer Garage voller Elektroautos: Jedes Auto wird bis zur Abfahrt geladen, die Lastspitzen des Gebäudes werden gekappt, seine kritischen Lasten bleiben bei einem Netzausfall versorgt.

Erstellt mit Qt %1 auf %2. Lizenz: %3.</translation>
    </message>
    <message>
        <source>Parkwatt is built on these libraries, under their licences:</source>
        <translation>Parkwatt baut auf diesen Bibliotheken auf, unter deren Lizenzen:</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>parkwatt::AssignmentPage</name>
    <message>
        <source>Chargers and bays</source>
        <translation>Ladestationen und Stellplätze</translation>
    </message>
    <message>
        <source>The bay each charger serves. The engine shares the connection between bays, so a charger on the wrong bay would charge someone else&apos;s car.</source>
        <translation>Der Stellplatz, den jede Ladestation versorgt. Die Steuerung teilt den Netzanschluss zwischen den Stellplätzen auf – eine Ladestation am falschen Stellplatz würde also das Auto einer anderen Person laden.</translation>
    </message>
    <message>
        <source>Bay of %1</source>
        <translation>Stellplatz von %1</translation>
    </message>
    <message>
        <source>%1 (%2, %3:%4):</source>
        <translation>%1 (%2, %3:%4):</translation>
    </message>
    <message>
        <source>%1 charger device(s) for %2 bay(s).</source>
        <translation>Ladestationsgeräte: %1, Stellplätze: %2.</translation>
    </message>
    <message>
        <source>Bay %1 has two chargers: %2 and %3</source>
        <translation>Stellplatz %1 hat zwei Ladestationen: %2 und %3</translation>
    </message>
    <message>
        <source>A bay is taken twice</source>
        <translation>Ein Stellplatz ist doppelt belegt</translation>
    </message>
</context>
<context>
    <name>parkwatt::BayDetailPanel</name>
    <message>
        <source>Bay detail</source>
        <translation>Stellplatzdetails</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Power now</source>
        <translation>Leistung jetzt</translation>
    </message>
    <message>
        <source>Setpoint</source>
        <translation>Sollwert</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Ladevorgang</translation>
    </message>
    <message>
        <source>Car&apos;s energy</source>
        <translation>Energie im Auto</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Abfahrt</translation>
    </message>
    <message>
        <source>Outlook</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>V2B</source>
        <translation>V2B</translation>
    </message>
    <message>
        <source>No bay chosen</source>
        <translation>Kein Stellplatz gewählt</translation>
    </message>
    <message>
        <source>Choose a bay on the left.</source>
        <translation>Wählen Sie links einen Stellplatz.</translation>
    </message>
    <message>
        <source>Bay %1</source>
        <translation>Stellplatz %1</translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation>%1, seit %2</translation>
    </message>
    <message>
        <source>no car</source>
        <translation>kein Auto</translation>
    </message>
    <message>
        <source>%1 (%2), target %3 (%4)</source>
        <translation>%1 (%2), Ziel %3 (%4)</translation>
    </message>
    <message>
        <source>one-way charger</source>
        <translation>unidirektionale Ladestation</translation>
    </message>
    <message>
        <source>owner consents</source>
        <translation>Halter stimmt zu</translation>
    </message>
    <message>
        <source>owner does not consent</source>
        <translation>Halter stimmt nicht zu</translation>
    </message>
    <message>
        <source>bidirectional</source>
        <translation>bidirektional</translation>
    </message>
</context>
<context>
    <name>parkwatt::BayOverrideBar</name>
    <message>
        <source>charge now</source>
        <translation>sofort laden</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Charge now</source>
        <translation>Sofort laden</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Charge this car at full power until it is full, before every other car (the connection limit still holds)</source>
        <translation>Dieses Auto mit voller Leistung vollladen, vor allen anderen Autos (die Grenze des Netzanschlusses gilt weiterhin)</translation>
    </message>
    <message>
        <source>Neither charge nor discharge this car until released</source>
        <translation>Dieses Auto weder laden noch entladen, bis es freigegeben wird</translation>
    </message>
    <message>
        <source>Let the engine decide again for this bay</source>
        <translation>Die Steuerung entscheidet für diesen Stellplatz wieder selbst</translation>
    </message>
    <message>
        <source>Overrides need an engine that takes commands.</source>
        <translation>Übersteuerungen erfordern eine Steuerung, die Befehle annimmt.</translation>
    </message>
    <message>
        <source>Overrides need the manager role; you are signed in as %1 (%2).</source>
        <translation>Übersteuerungen erfordern die Rolle manager; Sie sind als %1 (%2) angemeldet.</translation>
    </message>
    <message>
        <source>Choose a bay.</source>
        <translation>Wählen Sie einen Stellplatz.</translation>
    </message>
    <message>
        <source>No car is plugged in at %1.</source>
        <translation>An %1 ist kein Auto angesteckt.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;Refused: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;Abgelehnt: %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>No override: the engine decides. Overrides are recorded in the audit trail.</source>
        <translation>Keine Übersteuerung: Die Steuerung entscheidet. Übersteuerungen werden im Audit-Protokoll festgehalten.</translation>
    </message>
    <message>
        <source>Override: &lt;b&gt;%1&lt;/b&gt;, until released or the car leaves.</source>
        <translation>Übersteuerung: &lt;b&gt;%1&lt;/b&gt;, bis zur Freigabe oder bis das Auto abfährt.</translation>
    </message>
</context>
<context>
    <name>parkwatt::BayTileDelegate</name>
    <message>
        <source>not answering</source>
        <translation>antwortet nicht</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>leaves %1</source>
        <translation>Abfahrt %1</translation>
    </message>
    <message>
        <source>departure unknown</source>
        <translation>Abfahrt unbekannt</translation>
    </message>
    <message>
        <source>✓ target</source>
        <translation>✓ Ziel</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>im Plan</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>gefährdet</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Grund: %1</translation>
    </message>
</context>
<context>
    <name>parkwatt::CommissioningWizard</name>
    <message>
        <source>Commission a site</source>
        <translation>Standort in Betrieb nehmen</translation>
    </message>
    <message>
        <source>Import a site file</source>
        <translation>Standortdatei importieren</translation>
    </message>
    <message>
        <source>Site files (*.json)</source>
        <translation>Standortdateien (*.json)</translation>
    </message>
    <message>
        <source>The site file cannot be imported</source>
        <translation>Die Standortdatei kann nicht importiert werden</translation>
    </message>
    <message>
        <source>Commission a site (%1, %2)</source>
        <translation>Standort in Betrieb nehmen (%1, %2)</translation>
    </message>
</context>
<context>
    <name>parkwatt::ControlRoomWindow</name>
    <message>
        <source>Parkwatt – %1 (simulated)</source>
        <translation>Parkwatt – %1 (simuliert)</translation>
    </message>
    <message>
        <source>Parkwatt – %1</source>
        <translation>Parkwatt – %1</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Connection to the engine</source>
        <translation>Verbindung zur Steuerung</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Power flows, today&apos;s figures, the policy and open alarms</source>
        <translation>Energieflüsse, Tageswerte, die Richtlinie und offene Alarme</translation>
    </message>
    <message>
        <source>Garage</source>
        <translation>Garage</translation>
    </message>
    <message>
        <source>Every bay: state, power, charge, departure, and a bay in detail</source>
        <translation>Jeder Stellplatz: Zustand, Leistung, Ladestand, Abfahrt, und ein Stellplatz im Detail</translation>
    </message>
    <message>
        <source>Engine: not attached</source>
        <translation>Steuerung: nicht verbunden</translation>
    </message>
    <message>
        <source>How long the engine&apos;s last cycle took: read every device, decide, write</source>
        <translation>Dauer des letzten Zyklus der Steuerung: alle Geräte lesen, entscheiden, schreiben</translation>
    </message>
    <message>
        <source>When the engine last sent setpoints to chargers</source>
        <translation>Wann die Steuerung zuletzt Sollwerte an Ladestationen gesendet hat</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Light or dark, or as the system is</source>
        <translation>Hell oder dunkel, oder wie im System eingestellt</translation>
    </message>
    <message>
        <source>System theme</source>
        <translation>System-Design</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source> What you see is from %1, site time.</source>
        <translation> Die angezeigten Daten stammen von %1 (Standortzeit).</translation>
    </message>
    <message>
        <source>&lt;b&gt;The engine is out of reach&lt;/b&gt;%1. Reconnecting by itself…%2</source>
        <translation>&lt;b&gt;Die Steuerung ist nicht erreichbar&lt;/b&gt;%1. Die Verbindung wird automatisch wiederhergestellt…%2</translation>
    </message>
    <message>
        <source>Engine: %1</source>
        <translation>Steuerung: %1</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#c62828&apos;&gt;Engine disconnected&lt;/b&gt;%1</source>
        <translation>&lt;b style=&apos;color:#c62828&apos;&gt;Steuerung getrennt&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>waiting for the first cycle</source>
        <translation>wartet auf den ersten Zyklus</translation>
    </message>
    <message>
        <source>Site time %1</source>
        <translation>Standortzeit %1</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#c62828&apos;&gt;no cycle for %1 s&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#c62828&apos;&gt;seit %1 s kein Zyklus&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 cycles</source>
        <translation>%1 Zyklen</translation>
    </message>
    <message>
        <source>cycle %1 ms</source>
        <translation>Zyklus %1 ms</translation>
    </message>
    <message>
        <source>no setpoint written yet</source>
        <translation>noch kein Sollwert geschrieben</translation>
    </message>
    <message>
        <source>last write %1 (%2)</source>
        <translation>zuletzt geschrieben %1 (%2)</translation>
    </message>
    <message>
        <source>1 setpoint</source>
        <translation>1 Sollwert</translation>
    </message>
    <message>
        <source>%1 setpoints</source>
        <translation>%1 Sollwerte</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#c62828&apos;&gt;grid outage&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#c62828&apos;&gt;Netzausfall&lt;/b&gt;</translation>
    </message>
    <message>
        <source>grid connected</source>
        <translation>Netz verbunden</translation>
    </message>
    <message>
        <source>, &lt;b style=&apos;color:#c62828&apos;&gt;%1 not answering&lt;/b&gt;</source>
        <translation>, &lt;b style=&apos;color:#c62828&apos;&gt;%1 ohne Antwort&lt;/b&gt;</translation>
    </message>
    <message>
        <source>1 device</source>
        <translation>1 Gerät</translation>
    </message>
    <message>
        <source>%1 devices</source>
        <translation>%1 Geräte</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Parkwatt &amp;Help</source>
        <translation>Parkwatt-&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Parkwatt</source>
        <translation>Ü&amp;ber Parkwatt</translation>
    </message>
</context>
<context>
    <name>parkwatt::DailyEnergyChart</name>
    <message>
        <source>Energy per day (kWh)</source>
        <translation>Energie pro Tag (kWh)</translation>
    </message>
    <message>
        <source>Daily energy</source>
        <translation>Tagesenergie</translation>
    </message>
    <message>
        <source>PV used</source>
        <translation>PV genutzt</translation>
    </message>
    <message>
        <source>Grid import</source>
        <translation>Netzbezug</translation>
    </message>
    <message>
        <source>EV charged</source>
        <translation>E-Autos geladen</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
</context>
<context>
    <name>parkwatt::DeviceListPage</name>
    <message>
        <source>&amp;Discover</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>The meters, inverters, battery and chargers the engine reads and controls over Modbus TCP. Discover them on an address range, or add them by hand.</source>
        <translation>Die Zähler, Wechselrichter, Batteriespeicher und Ladestationen, die die Steuerung über Modbus TCP liest und steuert. Suchen Sie sie in einem Adressbereich oder fügen Sie sie von Hand hinzu.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit-ID</translation>
    </message>
    <message>
        <source>192.168.1.0/24 or 192.168.1.10-40</source>
        <translation>192.168.1.0/24 oder 192.168.1.10-40</translation>
    </message>
    <message>
        <source>&amp;Addresses:</source>
        <translation>&amp;Adressen:</translation>
    </message>
    <message>
        <source>P&amp;orts:</source>
        <translation>P&amp;orts:</translation>
    </message>
    <message>
        <source>Add a device</source>
        <translation>Gerät hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Inspect registers…</source>
        <translation>Register ansehen…</translation>
    </message>
    <message>
        <source>Choose a complete device row to inspect.</source>
        <translation>Wählen Sie eine vollständige Gerätezeile zum Ansehen.</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>Gerät %1</translation>
    </message>
    <message>
        <source>%1: the id is empty</source>
        <translation>%1: Die ID ist leer</translation>
    </message>
    <message>
        <source>%1 (%2): role must be grid_meter, pv_inverter, battery, charger or load_meter</source>
        <translation>%1 (%2): Die Rolle muss grid_meter, pv_inverter, battery, charger oder load_meter sein</translation>
    </message>
    <message>
        <source>%1 (%2): no profile</source>
        <translation>%1 (%2): kein Profil</translation>
    </message>
    <message>
        <source>%1 (%2): no host</source>
        <translation>%1 (%2): kein Host</translation>
    </message>
    <message>
        <source>%1 (%2): port must be 1 to 65535</source>
        <translation>%1 (%2): Der Port muss zwischen 1 und 65535 liegen</translation>
    </message>
    <message>
        <source>%1 (%2): unit must be 0 to 247</source>
        <translation>%1 (%2): Die Unit-ID muss zwischen 0 und 247 liegen</translation>
    </message>
    <message>
        <source>A device is not complete</source>
        <translation>Ein Gerät ist unvollständig</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Scanning %1 address(es)…</source>
        <translation>%1 Adresse(n) werden durchsucht…</translation>
    </message>
    <message>
        <source>Scanning… %1 of %2</source>
        <translation>Suche läuft… %1 von %2</translation>
    </message>
    <message>
        <source>%1 device(s) found, %2 new; %3 without a profile</source>
        <translation>Gefundene Geräte: %1, davon neu: %2, ohne Profil: %3</translation>
    </message>
</context>
<context>
    <name>parkwatt::DeviceTableModel</name>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>not answering</source>
        <translation>antwortet nicht</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 does not answer</source>
        <translation>%1 antwortet nicht</translation>
    </message>
    <message>
        <source>%1 does not answer: %2</source>
        <translation>%1 antwortet nicht: %2</translation>
    </message>
    <message>
        <source>The device did not say (its profile has no firmware register on its own unit)</source>
        <translation>Das Gerät hat es nicht gemeldet (sein Profil hat kein Firmware-Register auf seiner eigenen Unit-ID)</translation>
    </message>
    <message>
        <source>Median time from request to answer over the last 32 requests</source>
        <translation>Median der Zeit von Anfrage bis Antwort über die letzten 32 Anfragen</translation>
    </message>
    <message>
        <source>%1 of %2 requests failed since the engine started</source>
        <translation>%1 von %2 Anfragen sind seit dem Start der Steuerung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Last answer</source>
        <translation>Letzte Antwort</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Antwortzeit</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>charger</source>
        <translation>Ladestation</translation>
    </message>
    <message>
        <source>grid meter</source>
        <translation>Netzzähler</translation>
    </message>
    <message>
        <source>PV inverter</source>
        <translation>PV-Wechselrichter</translation>
    </message>
    <message>
        <source>battery</source>
        <translation>Batteriespeicher</translation>
    </message>
    <message>
        <source>load meter</source>
        <translation>Lastzähler</translation>
    </message>
</context>
<context>
    <name>parkwatt::DevicesPage</name>
    <message>
        <source>&amp;Problems only</source>
        <translation>Nur &amp;Probleme</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Device role</source>
        <translation>Geräterolle</translation>
    </message>
    <message>
        <source>Show one kind of device</source>
        <translation>Nur eine Geräteart anzeigen</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Alle Rollen</translation>
    </message>
    <message>
        <source>Chargers</source>
        <translation>Ladestationen</translation>
    </message>
    <message>
        <source>Grid meters</source>
        <translation>Netzzähler</translation>
    </message>
    <message>
        <source>PV inverters</source>
        <translation>PV-Wechselrichter</translation>
    </message>
    <message>
        <source>Batteries</source>
        <translation>Batteriespeicher</translation>
    </message>
    <message>
        <source>Load meters</source>
        <translation>Lastzähler</translation>
    </message>
    <message>
        <source>Only devices that do not answer or had errors</source>
        <translation>Nur Geräte, die nicht antworten oder Fehler hatten</translation>
    </message>
    <message>
        <source>Search device, model or address (Ctrl+F)</source>
        <translation>Gerät, Modell oder Adresse suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search devices</source>
        <translation>Geräte suchen</translation>
    </message>
    <message>
        <source>Devices and their health</source>
        <translation>Geräte und ihr Zustand</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>%1 devices · %2 not answering · %3 with errors since start</source>
        <translation>%1 Geräte · %2 ohne Antwort · %3 mit Fehlern seit dem Start</translation>
    </message>
</context>
<context>
    <name>parkwatt::DriverInputForm</name>
    <message>
        <source>tomorrow %1</source>
        <translation>morgen %1</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s), %1</source>
        <translation>
            <numerusform>in %n Tag, %1</numerusform>
            <numerusform>in %n Tagen, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The building may borrow from my car (V2B): yes</source>
        <translation>Das Gebäude darf Strom von meinem Auto leihen (V2B): ja</translation>
    </message>
    <message>
        <source>The building may borrow from my car (V2B): no</source>
        <translation>Das Gebäude darf Strom von meinem Auto leihen (V2B): nein</translation>
    </message>
    <message>
        <source>Your charging</source>
        <translation>Ihr Ladevorgang</translation>
    </message>
    <message>
        <source>I leave at</source>
        <translation>Abfahrt um</translation>
    </message>
    <message>
        <source>Charge to</source>
        <translation>Laden bis</translation>
    </message>
    <message>
        <source>Never below</source>
        <translation>Nie unter</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Leave 15 minutes earlier</source>
        <translation>15 Minuten früher abfahren</translation>
    </message>
    <message>
        <source>Leave 15 minutes later</source>
        <translation>15 Minuten später abfahren</translation>
    </message>
    <message>
        <source>Charge less</source>
        <translation>Weniger laden</translation>
    </message>
    <message>
        <source>Charge more</source>
        <translation>Mehr laden</translation>
    </message>
</context>
<context>
    <name>parkwatt::EventTableModel</name>
    <message>
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 from %2 (%3), raised %4</source>
        <translation>%1 von %2 (%3), ausgelöst %4</translation>
    </message>
    <message>
        <source>Still active</source>
        <translation>Noch aktiv</translation>
    </message>
    <message>
        <source>Cleared %1</source>
        <translation>Beendet %1</translation>
    </message>
    <message>
        <source>Acknowledged by %1 at %2</source>
        <translation>Quittiert von %1 um %2</translation>
    </message>
    <message>
        <source>Not acknowledged</source>
        <translation>Nicht quittiert</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Quittiert</translation>
    </message>
    <message>
        <source>When the engine raised it (site time)</source>
        <translation>Wann die Steuerung es ausgelöst hat (Standortzeit)</translation>
    </message>
    <message>
        <source>Alarm, warning or info</source>
        <translation>Alarm, Warnung oder Info</translation>
    </message>
    <message>
        <source>The device or part of the engine it comes from</source>
        <translation>Das Gerät oder der Teil der Steuerung, von dem es stammt</translation>
    </message>
    <message>
        <source>When the condition ended; &quot;active&quot; while it lasts</source>
        <translation>Wann der Zustand endete; „aktiv“, solange er andauert</translation>
    </message>
    <message>
        <source>Who acknowledged it, and when</source>
        <translation>Wer es quittiert hat, und wann</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
</context>
<context>
    <name>parkwatt::EventsPage</name>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Events summary</source>
        <translation>Ereignisübersicht</translation>
    </message>
    <message>
        <source>Alarms and warnings still active, alarms and warnings nobody has acknowledged yet, and how many events the filter shows.</source>
        <translation>Noch aktive Alarme und Warnungen, Alarme und Warnungen, die noch niemand quittiert hat, und wie viele Ereignisse der Filter anzeigt.</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>Severity filter</source>
        <translation>Filter nach Schweregrad</translation>
    </message>
    <message>
        <source>List events of every severity, or only alarms, warnings or information.</source>
        <translation>Ereignisse aller Schweregrade anzeigen, oder nur Alarme, Warnungen oder Informationen.</translation>
    </message>
    <message>
        <source>S&amp;everity</source>
        <translation>&amp;Schweregrad</translation>
    </message>
    <message>
        <source>&amp;Active only</source>
        <translation>Nur &amp;aktive</translation>
    </message>
    <message>
        <source>Active events only</source>
        <translation>Nur aktive Ereignisse</translation>
    </message>
    <message>
        <source>Hide the events whose condition has cleared.</source>
        <translation>Ereignisse ausblenden, deren Zustand beendet ist.</translation>
    </message>
    <message>
        <source>Search source or message (Ctrl+F)</source>
        <translation>Quelle oder Meldung suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search events</source>
        <translation>Ereignisse suchen</translation>
    </message>
    <message>
        <source>List only events whose source, code, message or acknowledging user contains this text.</source>
        <translation>Nur Ereignisse anzeigen, deren Quelle, Code, Meldung oder quittierender Benutzer diesen Text enthält.</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge</source>
        <translation>&amp;Quittieren</translation>
    </message>
    <message>
        <source>Acknowledge the selected events</source>
        <translation>Ausgewählte Ereignisse quittieren</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Quittieren</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>The engine&apos;s alarms and events, newest first; select some and press Ctrl+K to acknowledge them.</source>
        <translation>Die Alarme und Ereignisse der Steuerung, neueste zuerst; wählen Sie welche aus und drücken Sie Strg+K, um sie zu quittieren.</translation>
    </message>
    <message>
        <source>Acknowledgement status</source>
        <translation>Quittierungsstatus</translation>
    </message>
    <message>
        <source>Acknowledging %1…</source>
        <translation>Wird quittiert: %1…</translation>
    </message>
    <message>
        <source>%1 event</source>
        <translation>%1 Ereignis</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message>
        <source>%1 acknowledged as %2.</source>
        <translation>%1 quittiert als %2.</translation>
    </message>
    <message>
        <source>The engine refused: %1</source>
        <translation>Die Steuerung hat abgelehnt: %1</translation>
    </message>
    <message>
        <source> (%1 acknowledged)</source>
        <translation> (%1 quittiert)</translation>
    </message>
    <message>
        <source>%1 other</source>
        <translation>%1 anderes</translation>
    </message>
    <message>
        <source>%1 others</source>
        <translation>%1 andere</translation>
    </message>
    <message>
        <source>Your role (%1) may not acknowledge events; a manager, installer or administrator can.</source>
        <translation>Ihre Rolle (%1) darf keine Ereignisse quittieren; ein Manager, Installateur oder Administrator kann das.</translation>
    </message>
    <message>
        <source>Waiting for the engine&apos;s answer…</source>
        <translation>Warte auf die Antwort der Steuerung…</translation>
    </message>
    <message>
        <source>Select one or more events that are not acknowledged yet (Ctrl+K).</source>
        <translation>Wählen Sie ein oder mehrere Ereignisse aus, die noch nicht quittiert sind (Strg+K).</translation>
    </message>
    <message>
        <source>Acknowledge the %1 as %2 (Ctrl+K); the audit trail records it.</source>
        <translation>Als %2 quittieren (Strg+K): %1. Das Audit-Protokoll hält es fest.</translation>
    </message>
    <message>
        <source>selected event</source>
        <translation>das ausgewählte Ereignis</translation>
    </message>
    <message>
        <source>%1 selected events</source>
        <translation>%1 ausgewählte Ereignisse</translation>
    </message>
    <message>
        <source>No events yet: the engine lists device faults, meter loss, outages, storage alarms, policy changes and overrides here.</source>
        <translation>Noch keine Ereignisse: Die Steuerung listet hier Gerätefehler, Zählerausfälle, Netzausfälle, Speicheralarme, Richtlinienänderungen und Übersteuerungen auf.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 of %5 shown</source>
        <translation>%1 · %2 · %3 · angezeigt: %4 / %5</translation>
    </message>
    <message>
        <source>%1 active alarm</source>
        <translation>%1 aktiver Alarm</translation>
    </message>
    <message>
        <source>%1 active alarms</source>
        <translation>%1 aktive Alarme</translation>
    </message>
    <message>
        <source>%1 active warning</source>
        <translation>%1 aktive Warnung</translation>
    </message>
    <message>
        <source>%1 active warnings</source>
        <translation>%1 aktive Warnungen</translation>
    </message>
    <message>
        <source>%1 alarm or warning not acknowledged</source>
        <translation>%1 Alarm oder Warnung nicht quittiert</translation>
    </message>
    <message>
        <source>%1 alarms or warnings not acknowledged</source>
        <translation>%1 Alarme oder Warnungen nicht quittiert</translation>
    </message>
</context>
<context>
    <name>parkwatt::FigureFormat</name>
    <message>
        <source>%1 kW</source>
        <translation>%1 kW</translation>
    </message>
    <message>
        <source>%1 kWh</source>
        <translation>%1 kWh</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
</context>
<context>
    <name>parkwatt::GarageModel</name>
    <message>
        <source>Bay %1, %2</source>
        <translation>Stellplatz %1, %2</translation>
    </message>
</context>
<context>
    <name>parkwatt::GaragePage</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Charging</source>
        <translation>Lädt</translation>
    </message>
    <message>
        <source>V2B</source>
        <translation>V2B</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Plugged</source>
        <translation>Angesteckt</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Every bay</source>
        <translation>Jeder Stellplatz</translation>
    </message>
    <message>
        <source>Cars charging now</source>
        <translation>Autos, die gerade laden</translation>
    </message>
    <message>
        <source>Cars feeding the building (vehicle to building)</source>
        <translation>Autos, die das Gebäude versorgen (Vehicle-to-Building)</translation>
    </message>
    <message>
        <source>Cars that still need energy, held back by the plan: they wait for PV surplus or a later hour</source>
        <translation>Autos, die noch Energie brauchen, aber vom Plan zurückgehalten werden: Sie warten auf PV-Überschuss oder eine spätere Stunde</translation>
    </message>
    <message>
        <source>Cars plugged in with nothing left to charge</source>
        <translation>Angesteckte Autos, die nichts mehr zu laden haben</translation>
    </message>
    <message>
        <source>Bays without a car</source>
        <translation>Stellplätze ohne Auto</translation>
    </message>
    <message>
        <source>Chargers that do not answer</source>
        <translation>Ladestationen, die nicht antworten</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Search bay (Ctrl+F)</source>
        <translation>Stellplatz suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search bay</source>
        <translation>Stellplatz suchen</translation>
    </message>
    <message>
        <source>Bays</source>
        <translation>Stellplätze</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>parkwatt::HelpWindow</name>
    <message>
        <source>Parkwatt Help</source>
        <translation>Parkwatt-Hilfe</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <source>Facility manager&apos;s guide</source>
        <translation>Leitfaden für die Gebäudeverwaltung</translation>
    </message>
    <message>
        <source>Installer&apos;s guide</source>
        <translation>Leitfaden für Installateure</translation>
    </message>
    <message>
        <source>Driver&apos;s guide (lobby kiosk)</source>
        <translation>Leitfaden für Fahrer (Lobby-Kiosk)</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Leitfaden</translation>
    </message>
</context>
<context>
    <name>parkwatt::HistoryChart</name>
    <message>
        <source>History chart</source>
        <translation>Verlaufsdiagramm</translation>
    </message>
    <message>
        <source>Drag to zoom into a stretch, wheel to zoom, right-drag or arrow keys to pan</source>
        <translation>Ziehen: Abschnitt vergrößern, Mausrad: zoomen, mit rechter Maustaste ziehen oder Pfeiltasten: verschieben</translation>
    </message>
    <message>
        <source>kW</source>
        <translation>kW</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>%1 %2 kW</source>
        <translation>%1 %2 kW</translation>
    </message>
</context>
<context>
    <name>parkwatt::HistoryPage</name>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Show the last %1</source>
        <translation>Letzten Zeitraum anzeigen (%1)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show the range between the two dates</source>
        <translation>Den Zeitraum zwischen den beiden Daten anzeigen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG exportieren…</translation>
    </message>
    <message>
        <source>Show %1 (right-hand axis, %)</source>
        <translation>%1 anzeigen (rechte Achse, %)</translation>
    </message>
    <message>
        <source>Show %1 (kW)</source>
        <translation>%1 anzeigen (kW)</translation>
    </message>
    <message>
        <source>Point at the chart to read its values</source>
        <translation>Zeigen Sie auf das Diagramm, um die Werte abzulesen</translation>
    </message>
    <message>
        <source>Values under the mouse</source>
        <translation>Werte unter dem Mauszeiger</translation>
    </message>
    <message>
        <source>History cannot be read from %1:
%2</source>
        <translation>Der Verlauf kann nicht aus %1 gelesen werden:
%2</translation>
    </message>
    <message>
        <source>No history recorded yet for this range.</source>
        <translation>Für diesen Zeitraum ist noch kein Verlauf aufgezeichnet.</translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation>Verlauf als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
</context>
<context>
    <name>parkwatt::KioskBayGrid</name>
    <message>
        <source>Garage</source>
        <translation>Garage</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Ebene %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n free bay(s)</source>
        <translation>
            <numerusform>%1: %n freier Stellplatz</numerusform>
            <numerusform>%1: %n freie Stellplätze</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parkwatt::KioskBayPage</name>
    <message>
        <source>Bay %1</source>
        <translation>Stellplatz %1</translation>
    </message>
    <message>
        <source>Bay %1, level %2</source>
        <translation>Stellplatz %1, Ebene %2</translation>
    </message>
    <message>
        <source>Change departure, charge or lending</source>
        <translation>Abfahrt, Laden oder Verleihen ändern</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>charged (target %1)</source>
        <translation>geladen (Ziel %1)</translation>
    </message>
    <message>
        <source>in the car (target %1)</source>
        <translation>im Auto (Ziel %1)</translation>
    </message>
    <message>
        <source>This bay is free.</source>
        <translation>Dieser Stellplatz ist frei.</translation>
    </message>
    <message>
        <source>Parked, not charging now</source>
        <translation>Geparkt, lädt gerade nicht</translation>
    </message>
    <message>
        <source>Charging at %1</source>
        <translation>Lädt mit %1</translation>
    </message>
    <message>
        <source>Lending %1 to the building</source>
        <translation>Leiht dem Gebäude %1</translation>
    </message>
    <message>
        <source>Waiting for solar power or a cheaper hour</source>
        <translation>Wartet auf Solarstrom oder eine günstigere Stunde</translation>
    </message>
    <message>
        <source>This charger is out of order. Please ask the facility desk.</source>
        <translation>Diese Ladestation ist außer Betrieb. Bitte wenden Sie sich an den Empfang.</translation>
    </message>
    <message>
        <source>No departure time set yet.</source>
        <translation>Noch keine Abfahrtszeit eingestellt.</translation>
    </message>
    <message>
        <source>Target reached. Leaving at %1.</source>
        <translation>Ziel erreicht. Abfahrt um %1.</translation>
    </message>
    <message>
        <source>Ready by %1.</source>
        <translation>Fertig bis %1.</translation>
    </message>
    <message>
        <source>By %1 it will be about %2 short of the target.</source>
        <translation>Bis %1 fehlen voraussichtlich etwa %2 zum Ziel.</translation>
    </message>
    <message>
        <source>Leaving at %1.</source>
        <translation>Abfahrt um %1.</translation>
    </message>
</context>
<context>
    <name>parkwatt::KioskFlowPage</name>
    <message>
        <source>Where the building&apos;s power comes from now</source>
        <translation>Woher der Strom des Gebäudes gerade kommt</translation>
    </message>
</context>
<context>
    <name>parkwatt::KioskGaragePage</name>
    <message>
        <source>Find a free bay</source>
        <translation>Freien Stellplatz finden</translation>
    </message>
    <message>
        <source>Tap your bay&apos;s number to see how your car is charging.</source>
        <translation>Tippen Sie auf Ihre Stellplatznummer, um zu sehen, wie Ihr Auto lädt.</translation>
    </message>
    <message>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>charging</source>
        <translation>lädt</translation>
    </message>
    <message>
        <source>lending to the building</source>
        <translation>leiht dem Gebäude</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>parked</source>
        <translation>geparkt</translation>
    </message>
    <message>
        <source>out of order</source>
        <translation>außer Betrieb</translation>
    </message>
    <message numerus="yes">
        <source>%n free bay(s) in the garage</source>
        <translation>
            <numerusform>%n freier Stellplatz in der Garage</numerusform>
            <numerusform>%n freie Stellplätze in der Garage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parkwatt::KioskPinPage</name>
    <message numerus="yes">
        <source>Too many wrong PINs. Please wait %n second(s).</source>
        <translation>
            <numerusform>Zu viele falsche PINs. Bitte warten Sie %n Sekunde.</numerusform>
            <numerusform>Zu viele falsche PINs. Bitte warten Sie %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not right. Please try again.</source>
        <translation>Diese PIN ist falsch. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>parkwatt::KioskThanksPage</name>
    <message>
        <source>Thank you, drivers!</source>
        <translation>Danke an alle, die hier parken!</translation>
    </message>
    <message>
        <source>lent to the building today by the cars parked here, so it needed less from the grid</source>
        <translation>haben die hier geparkten Autos dem Gebäude heute geliehen – so brauchte es weniger Strom aus dem Netz</translation>
    </message>
    <message numerus="yes">
        <source>%n car(s) lending power right now</source>
        <translation>
            <numerusform>%n Auto leiht gerade Strom</numerusform>
            <numerusform>%n Autos leihen gerade Strom</numerusform>
        </translation>
    </message>
    <message>
        <source>Your car can help too: allow lending (V2B) when you set your departure.</source>
        <translation>Auch Ihr Auto kann helfen: Erlauben Sie das Verleihen (V2B), wenn Sie Ihre Abfahrt einstellen.</translation>
    </message>
</context>
<context>
    <name>parkwatt::KioskTodayPage</name>
    <message>
        <source>Today in this building</source>
        <translation>Heute in diesem Gebäude</translation>
    </message>
    <message>
        <source>of the energy used here came from our own sun and storage</source>
        <translation>des hier genutzten Stroms kamen aus eigener Sonne und eigenem Speicher</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>of CO₂ avoided by the solar power used today</source>
        <translation>CO₂ vermieden durch den heute genutzten Solarstrom</translation>
    </message>
</context>
<context>
    <name>parkwatt::KioskWindow</name>
    <message>
        <source>the engine did not answer in time</source>
        <translation>das System hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>Enter the PIN on your parking card to change this bay&apos;s charging.</source>
        <translation>Geben Sie die PIN Ihrer Parkkarte ein, um das Laden an diesem Stellplatz zu ändern.</translation>
    </message>
    <message>
        <source>Facility manager</source>
        <translation>Gebäudeverwaltung</translation>
    </message>
    <message>
        <source>Enter the manager PIN to leave kiosk mode.</source>
        <translation>Geben Sie die Verwalter-PIN ein, um den Kioskmodus zu beenden.</translation>
    </message>
    <message>
        <source>Saved. Your charging follows your new wishes from now on.</source>
        <translation>Gespeichert. Ab jetzt wird nach Ihren neuen Wünschen geladen.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Parkwatt kiosk</source>
        <translation>Parkwatt-Kiosk</translation>
    </message>
    <message>
        <source>Live figures are not available right now: the connection to the energy system is being restored.</source>
        <translation>Live-Werte sind gerade nicht verfügbar: Die Verbindung zum Energiesystem wird wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>parkwatt::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Follow the system language</source>
        <translation>Systemsprache verwenden</translation>
    </message>
</context>
<context>
    <name>parkwatt::LiveDemo</name>
    <message>
        <source>no temporary folder for the demo: %1</source>
        <translation>kein temporärer Ordner für die Demo: %1</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: Schreiben nicht möglich: %2</translation>
    </message>
    <message>
        <source>parkwatt-sim was not found next to this program</source>
        <translation>parkwatt-sim wurde nicht neben diesem Programm gefunden</translation>
    </message>
    <message>
        <source>demo garage on simulated Modbus devices</source>
        <translation>Demo-Garage mit simulierten Modbus-Geräten</translation>
    </message>
</context>
<context>
    <name>parkwatt::LiveEngine</name>
    <message>
        <source>peak shaving needs a limit above 0 kW</source>
        <translation>die Lastspitzenkappung braucht eine Grenze über 0 kW</translation>
    </message>
    <message>
        <source>the peak limit (%1 kW) is above the connection&apos;s import limit (%2 kW)</source>
        <translation>die Spitzenlastgrenze (%1 kW) liegt über der Bezugsgrenze des Netzanschlusses (%2 kW)</translation>
    </message>
    <message>
        <source>the battery reserve must be between 0 and 100 %</source>
        <translation>die Batteriereserve muss zwischen 0 und 100 % liegen</translation>
    </message>
    <message>
        <source>the reserve time cannot be negative</source>
        <translation>die Reservezeit darf nicht negativ sein</translation>
    </message>
    <message>
        <source>this engine cannot change its policy</source>
        <translation>diese Steuerung kann ihre Richtlinie nicht ändern</translation>
    </message>
    <message>
        <source>there is no earlier policy to return to</source>
        <translation>es gibt keine frühere Richtlinie, zu der zurückgekehrt werden kann</translation>
    </message>
    <message>
        <source>there is no charger %1 at this site</source>
        <translation>an diesem Standort gibt es keine Ladestation %1</translation>
    </message>
    <message>
        <source>no car is plugged in at %1</source>
        <translation>an %1 ist kein Auto angesteckt</translation>
    </message>
</context>
<context>
    <name>parkwatt::LiveFigures</name>
    <message>
        <source>%1 kW</source>
        <translation>%1 kW</translation>
    </message>
    <message>
        <source>backup reserve %1 %</source>
        <translation>Notstromreserve %1 %</translation>
    </message>
    <message>
        <source>peak shaving at %1 kW</source>
        <translation>Lastspitzenkappung bei %1 kW</translation>
    </message>
    <message>
        <source>self-sufficiency</source>
        <translation>Autarkie</translation>
    </message>
    <message>
        <source>self-sufficiency (battery charged from PV only)</source>
        <translation>Autarkie (Batterie nur aus PV geladen)</translation>
    </message>
    <message>
        <source>V2B with consenting cars</source>
        <translation>V2B mit zustimmenden Autos</translation>
    </message>
    <message>
        <source>no V2B</source>
        <translation>kein V2B</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>1 car, %1</source>
        <translation>1 Auto, %1</translation>
    </message>
    <message>
        <source>%1 cars, %2</source>
        <translation>%1 Autos, %2</translation>
    </message>
    <message>
        <source>import %1</source>
        <translation>Bezug %1</translation>
    </message>
    <message>
        <source>export %1</source>
        <translation>Einspeisung %1</translation>
    </message>
    <message>
        <source>no battery</source>
        <translation>keine Batterie</translation>
    </message>
    <message>
        <source>charging %1</source>
        <translation>lädt %1</translation>
    </message>
    <message>
        <source>discharging %1</source>
        <translation>entlädt %1</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>Leerlauf</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>%1 of %2 bays</source>
        <translation>%1 von %2 Stellplätzen</translation>
    </message>
    <message>
        <source>grid outage: critical load only</source>
        <translation>Netzausfall: nur kritische Last</translation>
    </message>
    <message>
        <source>grid connected</source>
        <translation>Netz verbunden</translation>
    </message>
</context>
<context>
    <name>parkwatt::LiveSite</name>
    <message>
        <source>the engine stopped</source>
        <translation>die Steuerung läuft nicht mehr</translation>
    </message>
</context>
<context>
    <name>parkwatt::LiveSiteControl</name>
    <message>
        <source>Policy changed by %1</source>
        <translation>Richtlinie geändert von %1</translation>
    </message>
    <message>
        <source>Charge now at %1, set by %2</source>
        <translation>Sofort laden an %1, gesetzt von %2</translation>
    </message>
    <message>
        <source>%1 paused by %2</source>
        <translation>%1 pausiert von %2</translation>
    </message>
    <message>
        <source>Override on %1 released by %2</source>
        <translation>Übersteuerung an %1 aufgehoben durch %2</translation>
    </message>
    <message>
        <source>the engine (the car left)</source>
        <translation>die Steuerung (das Auto ist abgefahren)</translation>
    </message>
    <message>
        <source>A car plugged in at %1</source>
        <translation>An %1 wurde ein Auto angesteckt</translation>
    </message>
    <message>
        <source>The car at %1 left with its target met (%2 kWh charged)</source>
        <translation>Das Auto an %1 ist mit erreichtem Ziel abgefahren (%2 kWh geladen)</translation>
    </message>
    <message>
        <source>The car at %1 left short of its target (%2 kWh charged)</source>
        <translation>Das Auto an %1 ist abgefahren, ohne sein Ziel zu erreichen (%2 kWh geladen)</translation>
    </message>
    <message>
        <source>%1 (role %2) may not %3</source>
        <translation>%1 (Rolle %2) ist nicht berechtigt, %3</translation>
    </message>
    <message>
        <source>change the policy</source>
        <translation>die Richtlinie zu ändern</translation>
    </message>
    <message>
        <source>override a bay</source>
        <translation>einen Stellplatz zu übersteuern</translation>
    </message>
    <message>
        <source>acknowledge events</source>
        <translation>Ereignisse zu quittieren</translation>
    </message>
    <message>
        <source>change a session</source>
        <translation>einen Ladevorgang zu ändern</translation>
    </message>
    <message>
        <source>there is no charger %1 at this site</source>
        <translation>an diesem Standort gibt es keine Ladestation %1</translation>
    </message>
    <message>
        <source>Recording stopped, control goes on: %1</source>
        <translation>Aufzeichnung gestoppt, die Steuerung läuft weiter: %1</translation>
    </message>
    <message>
        <source>Grid outage: the site runs on PV, battery and consenting cars</source>
        <translation>Netzausfall: Der Standort wird aus PV, Batteriespeicher und zustimmenden Autos versorgt</translation>
    </message>
    <message>
        <source>Grid meter lost: chargers ramp down to their safe current</source>
        <translation>Netzzähler ausgefallen: Die Ladestationen regeln auf ihren Fail-Safe-Strom herunter</translation>
    </message>
</context>
<context>
    <name>parkwatt::OverviewPage</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Self-sufficiency</source>
        <translation>Autarkie</translation>
    </message>
    <message>
        <source>Share of the building&apos;s and the cars&apos; consumption not drawn from the grid.</source>
        <translation>Anteil des Verbrauchs von Gebäude und Autos, der nicht aus dem Netz bezogen wurde.</translation>
    </message>
    <message>
        <source>Billing peak</source>
        <translation>Abrechnungsspitze</translation>
    </message>
    <message>
        <source>Largest 15-minute mean grid import today, against the peak-shaving limit.</source>
        <translation>Höchster 15-Minuten-Mittelwert des Netzbezugs heute, verglichen mit der Grenze der Lastspitzenkappung.</translation>
    </message>
    <message>
        <source>PV energy</source>
        <translation>PV-Energie</translation>
    </message>
    <message>
        <source>Solar energy used on site today.</source>
        <translation>Heute vor Ort genutzte Solarenergie.</translation>
    </message>
    <message>
        <source>EV energy charged</source>
        <translation>Ladeenergie E-Autos</translation>
    </message>
    <message>
        <source>Energy delivered into the cars today.</source>
        <translation>Heute in die Autos geladene Energie.</translation>
    </message>
    <message>
        <source>V2B energy</source>
        <translation>V2B-Energie</translation>
    </message>
    <message>
        <source>Energy the cars gave back to the building today.</source>
        <translation>Energie, die die Autos heute an das Gebäude zurückgegeben haben.</translation>
    </message>
    <message>
        <source>Backup reserve</source>
        <translation>Notstromreserve</translation>
    </message>
    <message>
        <source>How long the stored energy (battery above its minimum, and consenting cars above their owners&apos; floors when the policy counts them) would carry the critical load now.</source>
        <translation>Wie lange die gespeicherte Energie (Batteriespeicher oberhalb seines Minimums und, wenn die Richtlinie sie mitzählt, zustimmende Autos oberhalb des Mindestladestands ihrer Halter) die kritische Last jetzt versorgen würde.</translation>
    </message>
    <message>
        <source>Active policy</source>
        <translation>Aktive Richtlinie</translation>
    </message>
    <message>
        <source>The policy&apos;s parts in their priority order.</source>
        <translation>Die Teile der Richtlinie in ihrer Rangfolge.</translation>
    </message>
    <message>
        <source>Open alarms</source>
        <translation>Offene Alarme</translation>
    </message>
    <message>
        <source>Grid outage since %1: critical load only</source>
        <translation>Netzausfall seit %1: nur kritische Last</translation>
    </message>
    <message>
        <source>%1 not answering since %2</source>
        <translation>%1 antwortet nicht seit %2</translation>
    </message>
    <message>
        <source>No open alarms</source>
        <translation>Keine offenen Alarme</translation>
    </message>
    <message>
        <source>Waiting for the first cycle</source>
        <translation>Warte auf den ersten Zyklus</translation>
    </message>
</context>
<context>
    <name>parkwatt::PinKeypad</name>
    <message numerus="yes">
        <source>%n digit(s) entered</source>
        <translation>
            <numerusform>%n Ziffer eingegeben</numerusform>
            <numerusform>%n Ziffern eingegeben</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Erase the last digit</source>
        <translation>Letzte Ziffer löschen</translation>
    </message>
    <message>
        <source>Enter the PIN</source>
        <translation>PIN bestätigen</translation>
    </message>
</context>
<context>
    <name>parkwatt::PoliciesPage</name>
    <message>
        <source>Policies</source>
        <translation>Richtlinien</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Policy in force</source>
        <translation>Geltende Richtlinie</translation>
    </message>
    <message>
        <source>What the engine runs the site with now.</source>
        <translation>Womit die Steuerung den Standort gerade betreibt.</translation>
    </message>
    <message>
        <source>Last policy change</source>
        <translation>Letzte Richtlinienänderung</translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation>&amp;Übernehmen…</translation>
    </message>
    <message>
        <source>Apply the edited policy</source>
        <translation>Bearbeitete Richtlinie übernehmen</translation>
    </message>
    <message>
        <source>R&amp;evert edits</source>
        <translation>Änd&amp;erungen verwerfen</translation>
    </message>
    <message>
        <source>Revert edits</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Put the form back to the policy in force.</source>
        <translation>Das Formular auf die geltende Richtlinie zurücksetzen.</translation>
    </message>
    <message>
        <source>&amp;Undo last change</source>
        <translation>&amp;Letzte Änderung rückgängig</translation>
    </message>
    <message>
        <source>Undo the last policy change</source>
        <translation>Letzte Richtlinienänderung rückgängig machen</translation>
    </message>
    <message>
        <source>Result of the last command</source>
        <translation>Ergebnis des letzten Befehls</translation>
    </message>
    <message>
        <source>How the engine decides</source>
        <translation>Wie die Steuerung entscheidet</translation>
    </message>
    <message>
        <source>Priority order</source>
        <translation>Rangfolge</translation>
    </message>
    <message>
        <source>When the parts of the policy conflict, the higher one wins.</source>
        <translation>Wenn Teile der Richtlinie in Konflikt stehen, gewinnt der höhere.</translation>
    </message>
    <message>
        <source>The engine is not connected.</source>
        <translation>Die Steuerung ist nicht verbunden.</translation>
    </message>
    <message>
        <source>Waiting for the engine&apos;s answer…</source>
        <translation>Warte auf die Antwort der Steuerung…</translation>
    </message>
    <message>
        <source>Fix the problems shown in the form first.</source>
        <translation>Beheben Sie zuerst die im Formular angezeigten Probleme.</translation>
    </message>
    <message>
        <source>The form shows the policy in force: edit it to apply a change.</source>
        <translation>Das Formular zeigt die geltende Richtlinie: Bearbeiten Sie sie, um eine Änderung zu übernehmen.</translation>
    </message>
    <message>
        <source>Send the edited policy to the engine after confirming what changes; the chargers follow at once.</source>
        <translation>Die bearbeitete Richtlinie nach Bestätigung der Änderungen an die Steuerung senden; die Ladestationen folgen sofort.</translation>
    </message>
    <message>
        <source>There is no earlier policy to return to.</source>
        <translation>Es gibt keine frühere Richtlinie, zu der zurückgekehrt werden kann.</translation>
    </message>
    <message>
        <source>Return to the policy before the last change (recorded as a new change).</source>
        <translation>Zur Richtlinie vor der letzten Änderung zurückkehren (wird als neue Änderung aufgezeichnet).</translation>
    </message>
    <message>
        <source>In force: %1.</source>
        <translation>Geltend: %1.</translation>
    </message>
    <message>
        <source>Apply this policy to %1? It takes effect at once: the engine re-plans and the chargers follow.</source>
        <translation>Diese Richtlinie für %1 übernehmen? Sie gilt sofort: Die Steuerung plant neu und die Ladestationen folgen.</translation>
    </message>
    <message>
        <source>the site</source>
        <translation>den Standort</translation>
    </message>
    <message>
        <source>Not applied: the policy in force is unchanged.</source>
        <translation>Nicht übernommen: Die geltende Richtlinie ist unverändert.</translation>
    </message>
    <message>
        <source>Sending the policy to the engine…</source>
        <translation>Die Richtlinie wird an die Steuerung gesendet…</translation>
    </message>
    <message>
        <source>Asking the engine to undo the last change…</source>
        <translation>Die Steuerung wird gebeten, die letzte Änderung rückgängig zu machen…</translation>
    </message>
    <message>
        <source>Last changed by %1 at %2.</source>
        <translation>Zuletzt geändert von %1 um %2.</translation>
    </message>
    <message>
        <source>%1 changed the policy in force while you were editing; your edits are kept. Revert edits to start from the new policy.</source>
        <translation>%1 hat die geltende Richtlinie geändert, während Sie sie bearbeitet haben; Ihre Änderungen bleiben erhalten. Verwerfen Sie Ihre Änderungen, um von der neuen Richtlinie auszugehen.</translation>
    </message>
    <message>
        <source>Apply policy</source>
        <translation>Richtlinie übernehmen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
</context>
<context>
    <name>parkwatt::PolicyCheck</name>
    <message>
        <source>Peak limit</source>
        <translation>Spitzenlastgrenze</translation>
    </message>
    <message>
        <source>Battery reserve</source>
        <translation>Batteriereserve</translation>
    </message>
    <message>
        <source>Reserve time</source>
        <translation>Reservezeit</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Peak shaving needs a limit above 0 kW.</source>
        <translation>Die Lastspitzenkappung braucht eine Grenze über 0 kW.</translation>
    </message>
    <message>
        <source>The peak limit (%1 kW) is above the connection&apos;s import limit (%2 kW): the grid connection could never draw that much.</source>
        <translation>Die Spitzenlastgrenze (%1 kW) liegt über der Bezugsgrenze des Netzanschlusses (%2 kW): So viel könnte der Netzanschluss nie beziehen.</translation>
    </message>
    <message>
        <source>The battery reserve must be between 0 and 100 %.</source>
        <translation>Die Batteriereserve muss zwischen 0 und 100 % liegen.</translation>
    </message>
    <message>
        <source>The reserve time cannot be negative.</source>
        <translation>Die Reservezeit darf nicht negativ sein.</translation>
    </message>
</context>
<context>
    <name>parkwatt::PolicyCommands</name>
    <message>
        <source>The engine refused: %1</source>
        <translation>Die Steuerung hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>Changing the policy needs the manager or admin role; %1 is signed in as %2.</source>
        <translation>Zum Ändern der Richtlinie ist die Rolle manager oder admin nötig; %1 ist als %2 angemeldet.</translation>
    </message>
    <message>
        <source>this operator</source>
        <translation>dieser Bediener</translation>
    </message>
    <message>
        <source>Policy applied: the engine has re-planned with it.</source>
        <translation>Richtlinie übernommen: Die Steuerung hat damit neu geplant.</translation>
    </message>
    <message>
        <source>Last change undone: the previous policy is back in force.</source>
        <translation>Letzte Änderung rückgängig gemacht: Die vorherige Richtlinie gilt wieder.</translation>
    </message>
</context>
<context>
    <name>parkwatt::PolicyExportPage</name>
    <message>
        <source>Policy and site file</source>
        <translation>Richtlinie und Standortdatei</translation>
    </message>
    <message>
        <source>The policy the engine starts with (the facility manager changes it later in the control room), and where the site file goes (parkwattd run --site FILE).</source>
        <translation>Die Richtlinie, mit der die Steuerung startet (der Facility-Manager ändert sie später im Leitstand), und wo die Standortdatei gespeichert wird (parkwattd run --site FILE).</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Save the site file</source>
        <translation>Standortdatei speichern</translation>
    </message>
    <message>
        <source>Site files (*.json)</source>
        <translation>Standortdateien (*.json)</translation>
    </message>
    <message>
        <source>&amp;Site file:</source>
        <translation>&amp;Standortdatei:</translation>
    </message>
    <message>
        <source>Write the commissioning &amp;report…</source>
        <translation>Inbetriebnahmebericht &amp;erstellen…</translation>
    </message>
    <message>
        <source>Save the commissioning report</source>
        <translation>Inbetriebnahmebericht speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Installer:</source>
        <translation>&amp;Installateur:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>The policy has problems: see the form.</source>
        <translation>Die Richtlinie hat Probleme: siehe Formular.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Not saved: %1: %2</source>
        <translation>Nicht gespeichert: %1: %2</translation>
    </message>
    <message>
        <source>Saved %1: %2 device(s), %3 bay(s).</source>
        <translation>%1 gespeichert: Geräte: %2, Stellplätze: %3.</translation>
    </message>
    <message>
        <source>Commissioning report: %1</source>
        <translation>Inbetriebnahmebericht: %1</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>Der Bericht wurde nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>Commissioning report written: %1 and %2.</source>
        <translation>Inbetriebnahmebericht geschrieben: %1 und %2.</translation>
    </message>
</context>
<context>
    <name>parkwatt::PolicyForm</name>
    <message>
        <source>Self-sufficiency</source>
        <translation>Autarkie</translation>
    </message>
    <message>
        <source>Use the site&apos;s PV before buying from the grid.</source>
        <translation>Die PV des Standorts nutzen, bevor Strom aus dem Netz bezogen wird.</translation>
    </message>
    <message>
        <source>Use PV before the &amp;grid</source>
        <translation>PV vor dem &amp;Netz nutzen</translation>
    </message>
    <message>
        <source>On: PV surplus goes to the battery and the cars before anything is bought from the grid.</source>
        <translation>Ein: PV-Überschuss geht an den Batteriespeicher und die Autos, bevor irgendetwas aus dem Netz bezogen wird.</translation>
    </message>
    <message>
        <source>Allow charging the &amp;battery from the grid</source>
        <translation>Laden der &amp;Batterie aus dem Netz erlauben</translation>
    </message>
    <message>
        <source>Battery charging from the grid</source>
        <translation>Batterieladen aus dem Netz</translation>
    </message>
    <message>
        <source>Off: the battery charges from PV only (except to restore the backup reserve or to prepare for a peak the plan foresees).</source>
        <translation>Aus: Die Batterie lädt nur aus PV (außer um die Notstromreserve wiederherzustellen oder sich auf eine vom Plan vorhergesehene Lastspitze vorzubereiten).</translation>
    </message>
    <message>
        <source>This site has no battery; the setting is kept for when it has one.</source>
        <translation>Dieser Standort hat keinen Batteriespeicher; die Einstellung bleibt für den Fall erhalten, dass er einen bekommt.</translation>
    </message>
    <message>
        <source>Peak shaving</source>
        <translation>Lastspitzenkappung</translation>
    </message>
    <message>
        <source>Keep every 15-minute average grid import under a limit (what a demand charge bills). The connection&apos;s import limit is %1 kW.</source>
        <translation>Jeden 15-Minuten-Mittelwert des Netzbezugs unter einer Grenze halten (das, was ein Leistungspreis abrechnet). Die Bezugsgrenze des Netzanschlusses beträgt %1 kW.</translation>
    </message>
    <message>
        <source>&amp;Shave peaks</source>
        <translation>Lastspitzen &amp;kappen</translation>
    </message>
    <message>
        <source>On: the engine holds grid import at or below the peak limit.</source>
        <translation>Ein: Die Steuerung hält den Netzbezug auf oder unter der Spitzenlastgrenze.</translation>
    </message>
    <message>
        <source> kW</source>
        <translation> kW</translation>
    </message>
    <message>
        <source>Peak limit in kilowatts</source>
        <translation>Spitzenlastgrenze in Kilowatt</translation>
    </message>
    <message>
        <source>The highest 15-minute average import allowed, in kW: above 0 and at most the connection&apos;s %1 kW.</source>
        <translation>Der höchste zulässige 15-Minuten-Mittelwert des Bezugs, in kW: über 0 und höchstens die %1 kW des Netzanschlusses.</translation>
    </message>
    <message>
        <source>Peak &amp;limit:</source>
        <translation>Spitzenlast&amp;grenze:</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Notstrom</translation>
    </message>
    <message>
        <source>Hold energy in reserve to carry the critical load through a grid outage.</source>
        <translation>Energie in Reserve halten, um die kritische Last durch einen Netzausfall zu bringen.</translation>
    </message>
    <message>
        <source>&amp;Keep a backup reserve</source>
        <translation>Notstromreserve &amp;halten</translation>
    </message>
    <message>
        <source>Backup reserve</source>
        <translation>Notstromreserve</translation>
    </message>
    <message>
        <source>On: outside outages the battery stays at or above the reserve.</source>
        <translation>Ein: Außerhalb von Netzausfällen bleibt die Batterie auf oder über der Reserve.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Battery reserve in percent</source>
        <translation>Batteriereserve in Prozent</translation>
    </message>
    <message>
        <source>The battery&apos;s state of charge kept for an outage, 0 to 100 %.</source>
        <translation>Der für einen Netzausfall vorgehaltene Ladestand (SoC) der Batterie, 0 bis 100 %.</translation>
    </message>
    <message>
        <source>This site has no battery; the reserve is kept for when it has one.</source>
        <translation>Dieser Standort hat keinen Batteriespeicher; die Reserve bleibt für den Fall erhalten, dass er einen bekommt.</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Reserve time in hours</source>
        <translation>Reservezeit in Stunden</translation>
    </message>
    <message>
        <source>How many hours of the current critical load the site aims to hold in reserve (0 or more).</source>
        <translation>Wie viele Stunden der aktuellen kritischen Last der Standort in Reserve halten soll (0 oder mehr).</translation>
    </message>
    <message>
        <source>Count consenting &amp;cars toward the reserve</source>
        <translation>Zustimmende &amp;Autos zur Reserve zählen</translation>
    </message>
    <message>
        <source>Cars in the backup reserve</source>
        <translation>Autos in der Notstromreserve</translation>
    </message>
    <message>
        <source>On: plugged cars whose owners consent count with their energy above their minimum, and feed the critical load during an outage.</source>
        <translation>Ein: Angesteckte Autos, deren Halter zustimmen, zählen mit ihrer Energie oberhalb ihres Mindestladestands und versorgen bei einem Netzausfall die kritische Last.</translation>
    </message>
    <message>
        <source>Battery &amp;reserve:</source>
        <translation>Batterie&amp;reserve:</translation>
    </message>
    <message>
        <source>Reserve &amp;time:</source>
        <translation>Reserve&amp;zeit:</translation>
    </message>
    <message>
        <source>Vehicle to building (V2B)</source>
        <translation>Vehicle-to-Building (V2B)</translation>
    </message>
    <message>
        <source>Let consenting cars on bidirectional chargers feed the building outside outages.</source>
        <translation>Zustimmende Autos an bidirektionalen Ladestationen dürfen das Gebäude auch außerhalb von Netzausfällen versorgen.</translation>
    </message>
    <message>
        <source>This site has no bidirectional charger, so no car can feed the building.</source>
        <translation>Dieser Standort hat keine bidirektionale Ladestation, daher kann kein Auto das Gebäude versorgen.</translation>
    </message>
    <message>
        <source>Allow &amp;V2B with consenting cars</source>
        <translation>&amp;V2B mit zustimmenden Autos erlauben</translation>
    </message>
    <message>
        <source>V2B</source>
        <translation>V2B</translation>
    </message>
    <message>
        <source>On: consenting cars may discharge for peak shaving and self-sufficiency, never so far that they miss their own departure target.</source>
        <translation>Ein: Zustimmende Autos dürfen für Lastspitzenkappung und Autarkie entladen werden, aber nie so weit, dass sie ihr eigenes Ladeziel zur Abfahrt verfehlen.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>parkwatt::PolicyPreviewPanel</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>What the edited policy would have done, against the policy in force, replayed by the engine&apos;s simulation on the same days.</source>
        <translation>Was die bearbeitete Richtlinie im Vergleich zur geltenden bewirkt hätte, von der Simulation der Steuerung an denselben Tagen nachgerechnet.</translation>
    </message>
    <message>
        <source>&amp;Last 7 recorded days</source>
        <translation>Letzte &amp;7 aufgezeichnete Tage</translation>
    </message>
    <message>
        <source>Preview on the last 7 recorded days</source>
        <translation>Vorschau auf den letzten 7 aufgezeichneten Tagen</translation>
    </message>
    <message>
        <source>The engine records no history, so there are no days to replay.</source>
        <translation>Die Steuerung zeichnet keinen Verlauf auf, daher gibt es keine Tage zum Nachrechnen.</translation>
    </message>
    <message>
        <source>Replay PV, building load and the cars&apos; sessions as the site&apos;s database recorded them over the last 7 days.</source>
        <translation>PV, Gebäudelast und die Ladevorgänge der Autos so nachrechnen, wie die Datenbank des Standorts sie in den letzten 7 Tagen aufgezeichnet hat.</translation>
    </message>
    <message>
        <source>Scenario &amp;file</source>
        <translation>Szenario&amp;datei</translation>
    </message>
    <message>
        <source>Preview on a scenario file</source>
        <translation>Vorschau auf einer Szenariodatei</translation>
    </message>
    <message>
        <source>Replay a scenario file (parkwatt-scenario/1) instead of the recorded days.</source>
        <translation>Statt der aufgezeichneten Tage eine Szenariodatei (parkwatt-scenario/1) nachrechnen.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Choose a scenario file</source>
        <translation>Szenariodatei auswählen</translation>
    </message>
    <message>
        <source>Choose the scenario file to preview on.</source>
        <translation>Die Szenariodatei für die Vorschau auswählen.</translation>
    </message>
    <message>
        <source>&amp;Preview edited policy</source>
        <translation>Vorschau der Änderung star&amp;ten</translation>
    </message>
    <message>
        <source>Preview the edited policy</source>
        <translation>Vorschau der bearbeiteten Richtlinie</translation>
    </message>
    <message>
        <source>Run the chosen days under the current and the edited policy, side by side.</source>
        <translation>Die gewählten Tage unter der aktuellen und der bearbeiteten Richtlinie nebeneinander durchrechnen.</translation>
    </message>
    <message>
        <source>Preview progress</source>
        <translation>Vorschaufortschritt</translation>
    </message>
    <message>
        <source>Simulation steps done under both policies.</source>
        <translation>Erledigte Simulationsschritte unter beiden Richtlinien.</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Cancel the preview</source>
        <translation>Vorschau abbrechen</translation>
    </message>
    <message>
        <source>Stop the preview; nothing is shown for it.</source>
        <translation>Die Vorschau anhalten; für sie wird nichts angezeigt.</translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation>Vorschaustatus</translation>
    </message>
    <message>
        <source>The preview cannot run: %1</source>
        <translation>Die Vorschau kann nicht laufen: %1</translation>
    </message>
    <message>
        <source>Choose a scenario file: the engine records no history to replay.</source>
        <translation>Wählen Sie eine Szenariodatei: Die Steuerung zeichnet keinen Verlauf zum Nachrechnen auf.</translation>
    </message>
    <message>
        <source>Edit the policy, then preview it on the last 7 recorded days.</source>
        <translation>Bearbeiten Sie die Richtlinie und berechnen Sie dann eine Vorschau auf den letzten 7 aufgezeichneten Tagen.</translation>
    </message>
    <message>
        <source>Scenario &amp;file: %1</source>
        <translation>Szenario&amp;datei: %1</translation>
    </message>
    <message>
        <source>Scenario to preview on</source>
        <translation>Szenario für die Vorschau</translation>
    </message>
    <message>
        <source>Scenarios (*.json);;All files (*)</source>
        <translation>Szenarien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading the last 7 recorded days…</source>
        <translation>Die letzten 7 aufgezeichneten Tage werden gelesen…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Choose a scenario file first.</source>
        <translation>Wählen Sie zuerst eine Szenariodatei.</translation>
    </message>
    <message>
        <source>Preview cancelled.</source>
        <translation>Vorschau abgebrochen.</translation>
    </message>
    <message>
        <source>Simulating %1 under both policies…</source>
        <translation>Simulation für %1 unter beiden Richtlinien läuft…</translation>
    </message>
    <message>
        <source>Previewed on %1 (%2 s).</source>
        <translation>Vorschau über %1 berechnet (%2 s).</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Previewed on %1. The policy has been edited since: preview again to see the edit.</source>
        <translation>Vorschau über %1 berechnet. Die Richtlinie wurde seitdem bearbeitet: Starten Sie die Vorschau erneut, um die Änderung zu sehen.</translation>
    </message>
</context>
<context>
    <name>parkwatt::PolicyWords</name>
    <message>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>on at %1 kW</source>
        <translation>ein, bei %1 kW</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Self-sufficiency</source>
        <translation>Autarkie</translation>
    </message>
    <message>
        <source>Battery charging from the grid</source>
        <translation>Batterieladen aus dem Netz</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>erlaubt</translation>
    </message>
    <message>
        <source>PV only</source>
        <translation>nur PV</translation>
    </message>
    <message>
        <source>Peak shaving</source>
        <translation>Lastspitzenkappung</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Notstrom</translation>
    </message>
    <message>
        <source>Battery reserve</source>
        <translation>Batteriereserve</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Reserve time</source>
        <translation>Reservezeit</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Cars in the backup reserve</source>
        <translation>Autos in der Notstromreserve</translation>
    </message>
    <message>
        <source>V2B</source>
        <translation>V2B</translation>
    </message>
    <message>
        <source>Hard limits</source>
        <translation>Harte Grenzen</translation>
    </message>
    <message>
        <source>the grid connection, device ratings and every battery&apos;s and car&apos;s minimum charge are never exceeded; no car discharges without its owner&apos;s consent</source>
        <translation>Netzanschluss und Gerätenennwerte werden nie überschritten, der Mindestladestand jeder Batterie und jedes Autos nie unterschritten; kein Auto wird ohne Zustimmung seines Halters entladen</translation>
    </message>
    <message>
        <source>Outage</source>
        <translation>Netzausfall</translation>
    </message>
    <message>
        <source>during a grid outage the critical load is served from PV, the battery, then consenting cars; what cannot be served is shed</source>
        <translation>bei einem Netzausfall wird die kritische Last aus PV, dem Batteriespeicher und dann aus zustimmenden Autos versorgt; was nicht versorgt werden kann, wird abgeworfen</translation>
    </message>
    <message>
        <source>during a grid outage the critical load is served from PV and the battery; what cannot be served is shed</source>
        <translation>bei einem Netzausfall wird die kritische Last aus PV und dem Batteriespeicher versorgt; was nicht versorgt werden kann, wird abgeworfen</translation>
    </message>
    <message>
        <source>Departure targets</source>
        <translation>Ladeziele zur Abfahrt</translation>
    </message>
    <message>
        <source>every car reaches the charge its driver asked for by departure, wherever physically possible</source>
        <translation>jedes Auto erreicht bis zur Abfahrt den von seinem Fahrer gewünschten Ladestand, soweit physikalisch möglich</translation>
    </message>
    <message>
        <source>Backup reserve</source>
        <translation>Notstromreserve</translation>
    </message>
    <message>
        <source>the battery stays at or above %1 %%2</source>
        <translation>die Batterie bleibt bei mindestens %1 %%2</translation>
    </message>
    <message>
        <source>; consenting cars&apos; charge above their floor counts toward the reserve</source>
        <translation>; die Ladung zustimmender Autos oberhalb ihres Mindestladestands zählt zur Reserve</translation>
    </message>
    <message>
        <source>off: the battery may be used down to its minimum</source>
        <translation>aus: Die Batterie darf bis zu ihrem Minimum genutzt werden</translation>
    </message>
    <message>
        <source>every 15-minute average import stays at or below %1 kW; where that is impossible, the billing peak is kept as low as it can be</source>
        <translation>jeder 15-Minuten-Mittelwert des Bezugs bleibt bei höchstens %1 kW; wo das unmöglich ist, wird die Abrechnungsspitze so niedrig wie möglich gehalten</translation>
    </message>
    <message>
        <source>off: imports are limited only by the connection</source>
        <translation>aus: Der Bezug ist nur durch den Netzanschluss begrenzt</translation>
    </message>
    <message>
        <source>PV is used before the grid; the battery may charge from the grid</source>
        <translation>PV wird vor dem Netz genutzt; die Batterie darf aus dem Netz laden</translation>
    </message>
    <message>
        <source>PV is used before the grid; the battery charges from PV only</source>
        <translation>PV wird vor dem Netz genutzt; die Batterie lädt nur aus PV</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>import and export prices and the demand charge</source>
        <translation>Bezugs- und Einspeisepreise sowie der Leistungspreis</translation>
    </message>
    <message>
        <source>Wear</source>
        <translation>Verschleiß</translation>
    </message>
    <message>
        <source>among otherwise equal choices, the least battery and car throughput</source>
        <translation>bei sonst gleichwertigen Möglichkeiten der geringste Durchsatz von Batterie und Autos</translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <translation>%1. %2: %3</translation>
    </message>
    <message>
        <source>All parts that are on act at once; when they conflict, the higher one wins. %1</source>
        <translation>Alle eingeschalteten Teile wirken gleichzeitig; stehen sie in Konflikt, gewinnt der höhere. %1</translation>
    </message>
    <message>
        <source>V2B is on: consenting cars may feed the building for peak shaving and self-sufficiency, never below what they need to reach their own target.</source>
        <translation>V2B ist ein: Zustimmende Autos dürfen das Gebäude für Lastspitzenkappung und Autarkie versorgen, aber nie unter das, was sie für ihr eigenes Ladeziel brauchen.</translation>
    </message>
    <message>
        <source>V2B is off: cars feed the building only during an outage, and only when consenting cars count toward the backup reserve.</source>
        <translation>V2B ist aus: Autos versorgen das Gebäude nur bei einem Netzausfall, und nur wenn zustimmende Autos zur Notstromreserve zählen.</translation>
    </message>
</context>
<context>
    <name>parkwatt::PowerFlowWidget</name>
    <message>
        <source>Power flows</source>
        <translation>Leistungsflüsse</translation>
    </message>
    <message>
        <source>PV</source>
        <translation>PV</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Netz</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>Batterie</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Gebäude</translation>
    </message>
    <message>
        <source>Garage</source>
        <translation>Garage</translation>
    </message>
    <message>
        <source>outage</source>
        <translation>Ausfall</translation>
    </message>
    <message>
        <source>SoC %1</source>
        <translation>SoC %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 of %2 bays</source>
        <translation>%1 von %2 Stellplätzen</translation>
    </message>
    <message>
        <source>import %1</source>
        <translation>Bezug %1</translation>
    </message>
    <message>
        <source>export %1</source>
        <translation>Einspeisung %1</translation>
    </message>
    <message>
        <source>discharging %1</source>
        <translation>entlädt %1</translation>
    </message>
    <message>
        <source>charging %1</source>
        <translation>lädt %1</translation>
    </message>
    <message>
        <source>charging %1, V2B %2</source>
        <translation>lädt %1, V2B %2</translation>
    </message>
    <message>
        <source>V2B %1</source>
        <translation>V2B %1</translation>
    </message>
    <message>
        <source>No cycle seen yet.</source>
        <translation>Noch kein Zyklus empfangen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>battery charge %1</source>
        <translation>Ladestand Batterie %1</translation>
    </message>
    <message>
        <source>cars&apos; charge %1</source>
        <translation>Ladestand der Autos %1</translation>
    </message>
</context>
<context>
    <name>parkwatt::PowerHistoryChart</name>
    <message>
        <source>Power today</source>
        <translation>Leistung heute</translation>
    </message>
    <message>
        <source>PV</source>
        <translation>PV</translation>
    </message>
    <message>
        <source>Building load</source>
        <translation>Gebäudelast</translation>
    </message>
    <message>
        <source>Grid (import +)</source>
        <translation>Netz (Bezug +)</translation>
    </message>
    <message>
        <source>EVs (charge +)</source>
        <translation>E-Autos (Laden +)</translation>
    </message>
    <message>
        <source>kW</source>
        <translation>kW</translation>
    </message>
</context>
<context>
    <name>parkwatt::PreviewChart</name>
    <message>
        <source>Grid import, 15-minute averages</source>
        <translation>Netzbezug, 15-Minuten-Mittelwerte</translation>
    </message>
    <message>
        <source>Current policy</source>
        <translation>Aktuelle Richtlinie</translation>
    </message>
    <message>
        <source>Edited policy</source>
        <translation>Bearbeitete Richtlinie</translation>
    </message>
    <message>
        <source>Edited peak limit</source>
        <translation>Bearbeitete Spitzenlastgrenze</translation>
    </message>
    <message>
        <source>kW</source>
        <translation>kW</translation>
    </message>
    <message>
        <source>Grid import chart</source>
        <translation>Diagramm Netzbezug</translation>
    </message>
    <message>
        <source>Grid import over the previewed period: grey under the current policy, orange under the edited one; the dashed line is the edited peak limit.</source>
        <translation>Netzbezug im Vorschauzeitraum: grau unter der aktuellen Richtlinie, orange unter der bearbeiteten; die gestrichelte Linie ist die bearbeitete Spitzenlastgrenze.</translation>
    </message>
    <message>
        <source>No preview yet.</source>
        <translation>Noch keine Vorschau.</translation>
    </message>
    <message>
        <source>Grid import under the current policy peaks at %1 kW, under the edited policy at %2 kW (15-minute averages).</source>
        <translation>Der Netzbezug erreicht unter der aktuellen Richtlinie höchstens %1 kW, unter der bearbeiteten Richtlinie %2 kW (15-Minuten-Mittelwerte).</translation>
    </message>
</context>
<context>
    <name>parkwatt::PreviewKpiTable</name>
    <message>
        <source>Current policy</source>
        <translation>Aktuelle Richtlinie</translation>
    </message>
    <message>
        <source>Edited policy</source>
        <translation>Bearbeitete Richtlinie</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>The policy in force now.</source>
        <translation>Die jetzt geltende Richtlinie.</translation>
    </message>
    <message>
        <source>The policy as edited in the form.</source>
        <translation>Die Richtlinie, wie sie im Formular bearbeitet ist.</translation>
    </message>
    <message>
        <source>Edited minus current; green when the edited policy does better.</source>
        <translation>Bearbeitet minus aktuell; grün, wenn die bearbeitete Richtlinie besser abschneidet.</translation>
    </message>
    <message>
        <source>Preview figures</source>
        <translation>Vorschauwerte</translation>
    </message>
    <message>
        <source>The preview&apos;s figures under the current and the edited policy; the change is green when the edited policy does better, red when worse.</source>
        <translation>Die Kennzahlen der Vorschau unter der aktuellen und der bearbeiteten Richtlinie; die Änderung ist grün, wenn die bearbeitete Richtlinie besser abschneidet, rot, wenn schlechter.</translation>
    </message>
    <message>
        <source>Better under the edited policy</source>
        <translation>Besser unter der bearbeiteten Richtlinie</translation>
    </message>
    <message>
        <source>Worse under the edited policy</source>
        <translation>Schlechter unter der bearbeiteten Richtlinie</translation>
    </message>
</context>
<context>
    <name>parkwatt::PreviewScenarioLoader</name>
    <message>
        <source>The engine records no history (it has no database), so there are no recorded days to replay. Choose a scenario file instead.</source>
        <translation>Die Steuerung zeichnet keinen Verlauf auf (sie hat keine Datenbank), daher gibt es keine aufgezeichneten Tage zum Nachrechnen. Wählen Sie stattdessen eine Szenariodatei.</translation>
    </message>
    <message>
        <source>the %1 days recorded from %2 to %3</source>
        <translation>die %1 aufgezeichneten Tage von %2 bis %3</translation>
    </message>
    <message>
        <source>the scenario %1 (%2 h)</source>
        <translation>das Szenario %1 (%2 h)</translation>
    </message>
</context>
<context>
    <name>parkwatt::RegisterInspectorDialog</name>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Lesen</translation>
    </message>
    <message>
        <source>Registers of %1 (%2:%3 unit %4)</source>
        <translation>Register von %1 (%2:%3, Unit-ID %4)</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Tabelle:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>A&amp;nzahl:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>&amp;Word order:</source>
        <translation>&amp;Wortreihenfolge:</translation>
    </message>
    <message>
        <source>Writes (holding registers, function 16) are confirmed, read back and recorded in the audit trail as %1.</source>
        <translation>Schreibvorgänge (Holding-Register, Funktion 16) werden bestätigt, zurückgelesen und im Audit-Protokoll als %1 festgehalten.</translation>
    </message>
    <message>
        <source>Reading only: writing needs an installer signed in to the site&apos;s database (parkwatt --commission --db FILE), or parkwattd registers write.</source>
        <translation>Nur Lesen: Zum Schreiben muss ein Installateur an der Datenbank des Standorts angemeldet sein (parkwatt --commission --db FILE), oder verwenden Sie parkwattd registers write.</translation>
    </message>
    <message>
        <source>value, as the type above</source>
        <translation>Wert, im oben gewählten Typ</translation>
    </message>
    <message>
        <source>&amp;Write…</source>
        <translation>&amp;Schreiben…</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Wert:</translation>
    </message>
    <message>
        <source>Write a register</source>
        <translation>Register schreiben</translation>
    </message>
    <message>
        <source>Write %1 (%2, %3) to holding register %4 of %5 (%6:%7 unit %8)?</source>
        <translation>%1 (%2, %3) in Holding-Register %4 von %5 (%6:%7, Unit-ID %8) schreiben?</translation>
    </message>
    <message>
        <source>not confirmed: nothing written</source>
        <translation>nicht bestätigt: nichts geschrieben</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3, read back %4%5</source>
        <translation>%1: %2 -&gt; %3, zurückgelesen %4%5</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>%1; NOT AUDITED: %2</source>
        <translation>%1; NICHT PROTOKOLLIERT: %2</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>as %1 (%2 word first):</source>
        <translation>als %1 (Wortreihenfolge %2):</translation>
    </message>
    <message>
        <source>it reads back differently</source>
        <translation>der zurückgelesene Wert weicht ab</translation>
    </message>
    <message>
        <source>the audit trail did not take it</source>
        <translation>das Audit-Protokoll hat ihn nicht übernommen</translation>
    </message>
</context>
<context>
    <name>parkwatt::RemoteSiteControl</name>
    <message>
        <source>%1:%2 (%3)</source>
        <translation>%1:%2 (%3)</translation>
    </message>
    <message>
        <source>remote engine</source>
        <translation>entfernte Steuerung</translation>
    </message>
    <message>
        <source>the connection to the engine was lost</source>
        <translation>die Verbindung zur Steuerung ist abgebrochen</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>Verbindung abgebrochen</translation>
    </message>
    <message>
        <source>not connected to the engine</source>
        <translation>nicht mit der Steuerung verbunden</translation>
    </message>
    <message>
        <source>no answer from the engine within %1 s</source>
        <translation>keine Antwort der Steuerung innerhalb von %1 s</translation>
    </message>
</context>
<context>
    <name>parkwatt::ReportComparisonTable</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 Prozentpunkte</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>same</source>
        <translation>gleich</translation>
    </message>
</context>
<context>
    <name>parkwatt::ScenarioChooser</name>
    <message>
        <source>&amp;Scenario</source>
        <translation>&amp;Szenario</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>The scenario to run: the built-in demo garage, a shipped scenario, or a file you opened.</source>
        <translation>Das durchzurechnende Szenario: die eingebaute Demo-Garage, ein mitgeliefertes Szenario oder eine von Ihnen geöffnete Datei.</translation>
    </message>
    <message>
        <source>Demo garage (built in)</source>
        <translation>Demo-Garage (eingebaut)</translation>
    </message>
    <message>
        <source>The demo garage&apos;s day: 40 bays, 80 kWp PV, a 120 kWh battery</source>
        <translation>Ein Tag der Demo-Garage: 40 Stellplätze, 80 kWp PV, ein Batteriespeicher mit 120 kWh</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a scenario file</source>
        <translation>Szenariodatei öffnen</translation>
    </message>
    <message>
        <source>Choose a scenario file (parkwatt-scenario/1) and run it.</source>
        <translation>Eine Szenariodatei (parkwatt-scenario/1) auswählen und durchrechnen.</translation>
    </message>
    <message>
        <source>Open a scenario</source>
        <translation>Szenario öffnen</translation>
    </message>
    <message>
        <source>Scenarios (*.json);;All files (*)</source>
        <translation>Szenarien (*.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>parkwatt::SessionChart</name>
    <message>
        <source>Power (kW)</source>
        <translation>Leistung (kW)</translation>
    </message>
    <message>
        <source>Energy in the car (kWh)</source>
        <translation>Energie im Auto (kWh)</translation>
    </message>
    <message>
        <source>kW</source>
        <translation>kW</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>Session chart</source>
        <translation>Diagramm Ladevorgang</translation>
    </message>
</context>
<context>
    <name>parkwatt::SignInDialog</name>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Create the administrator of %1</source>
        <translation>Administrator für %1 anlegen</translation>
    </message>
    <message>
        <source>This site has no users yet. Choose the administrator&apos;s name and password (at least %1 characters); the administrator then adds the others. There is no default password.</source>
        <translation>Dieser Standort hat noch keine Benutzer. Wählen Sie Namen und Passwort des Administrators (mindestens %1 Zeichen); der Administrator legt dann die weiteren Benutzer an. Es gibt kein Standardpasswort.</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>Anlegen und anmelden</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <source>Sign in with your Parkwatt user to see and control this site.</source>
        <translation>Melden Sie sich mit Ihrem Parkwatt-Benutzer an, um diesen Standort einzusehen und zu steuern.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>Geben Sie Ihren Namen ein.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message numerus="yes">
        <source>%1 Next try in %n second(s).</source>
        <translation>
            <numerusform>%1 Nächster Versuch in %n Sekunde.</numerusform>
            <numerusform>%1 Nächster Versuch in %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
</context>
<context>
    <name>parkwatt::SignInService</name>
    <message numerus="yes">
        <source>Too many failed sign-ins: wait %n second(s) before the next try.</source>
        <translation>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen: Warten Sie %n Sekunde bis zum nächsten Versuch.</numerusform>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen: Warten Sie %n Sekunden bis zum nächsten Versuch.</numerusform>
        </translation>
    </message>
    <message>
        <source>The name or the password is not right.</source>
        <translation>Name oder Passwort ist falsch.</translation>
    </message>
    <message>
        <source>This user is disabled: ask an administrator.</source>
        <translation>Dieser Benutzer ist deaktiviert: Wenden Sie sich an einen Administrator.</translation>
    </message>
</context>
<context>
    <name>parkwatt::SimulatorProcess</name>
    <message>
        <source>the device simulator did not announce its devices in time</source>
        <translation>der Gerätesimulator hat seine Geräte nicht rechtzeitig gemeldet</translation>
    </message>
    <message>
        <source>the device simulator could not run: %1</source>
        <translation>der Gerätesimulator konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>the device simulator stopped (exit %1): %2</source>
        <translation>der Gerätesimulator wurde beendet (Exit-Code %1): %2</translation>
    </message>
</context>
<context>
    <name>parkwatt::SiteBasicsPage</name>
    <message>
        <source>Bidirectional chargers (V2B)</source>
        <translation>Bidirektionale Ladestationen (V2B)</translation>
    </message>
    <message>
        <source>The site</source>
        <translation>Der Standort</translation>
    </message>
    <message>
        <source>The building&apos;s grid connection, its PV and battery, and the garage&apos;s bays. The import limit is a hard limit: the engine never commands more.</source>
        <translation>Der Netzanschluss des Gebäudes, seine PV und sein Batteriespeicher sowie die Stellplätze der Garage. Die Bezugsgrenze ist eine harte Grenze: Die Steuerung fordert nie mehr an.</translation>
    </message>
    <message>
        <source>3 phases</source>
        <translation>3 Phasen</translation>
    </message>
    <message>
        <source>1 phase</source>
        <translation>1 Phase</translation>
    </message>
    <message>
        <source>e.g. Garage Nord</source>
        <translation>z. B. Garage Nord</translation>
    </message>
    <message>
        <source>Site &amp;name:</source>
        <translation>&amp;Name des Standorts:</translation>
    </message>
    <message>
        <source>Grid &amp;import limit:</source>
        <translation>Netz-&amp;Bezugsgrenze:</translation>
    </message>
    <message>
        <source>Grid &amp;export limit:</source>
        <translation>Netz-Einspeise&amp;grenze:</translation>
    </message>
    <message>
        <source>P&amp;hases:</source>
        <translation>P&amp;hasen:</translation>
    </message>
    <message>
        <source>Phase &amp;voltage:</source>
        <translation>Phasen&amp;spannung:</translation>
    </message>
    <message>
        <source>&amp;PV peak power:</source>
        <translation>&amp;PV-Spitzenleistung:</translation>
    </message>
    <message>
        <source>&amp;Battery capacity (0: none):</source>
        <translation>Batterie&amp;kapazität (0: keine):</translation>
    </message>
    <message>
        <source>Battery &amp;power:</source>
        <translation>Batterie&amp;leistung:</translation>
    </message>
    <message>
        <source>&amp;Levels:</source>
        <translation>&amp;Ebenen:</translation>
    </message>
    <message>
        <source>Bays per l&amp;evel:</source>
        <translation>Stellplätze &amp;je Ebene:</translation>
    </message>
    <message>
        <source>Charger &amp;maximum:</source>
        <translation>&amp;Max. Ladeleistung:</translation>
    </message>
    <message>
        <source>Charger m&amp;inimum (6 A):</source>
        <translation>M&amp;in. Ladeleistung (6 A):</translation>
    </message>
    <message>
        <source>&amp;Discharge maximum:</source>
        <translation>Max. Entla&amp;deleistung:</translation>
    </message>
    <message>
        <source>Import a site file…</source>
        <translation>Standortdatei importieren…</translation>
    </message>
    <message>
        <source>%1 bays: L1-01 … L%2-%3.</source>
        <translation>%1 Stellplätze: L1-01 … L%2-%3.</translation>
    </message>
    <message>
        <source>%1 bays as imported.</source>
        <translation>%1 Stellplätze wie importiert.</translation>
    </message>
    <message>
        <source>%1 The import limit is %2 A per phase.</source>
        <translation>%1 Die Bezugsgrenze beträgt %2 A pro Phase.</translation>
    </message>
    <message>
        <source> kW</source>
        <translation> kW</translation>
    </message>
    <message>
        <source> V</source>
        <translation> V</translation>
    </message>
    <message>
        <source> kWp</source>
        <translation> kWp</translation>
    </message>
    <message>
        <source> kWh</source>
        <translation> kWh</translation>
    </message>
</context>
<context>
    <name>parkwatt::TodayFigures</name>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>%1; %2 missing for %3</source>
        <translation>%1; %3 ohne %2</translation>
    </message>
    <message>
        <source>no cycle seen yet</source>
        <translation>noch kein Zyklus empfangen</translation>
    </message>
    <message>
        <source>cannot be known: grid meter missing for %1</source>
        <translation>nicht bestimmbar: Netzzähler fehlte für %1</translation>
    </message>
    <message>
        <source>of consumption, %1</source>
        <translation>des Verbrauchs, %1</translation>
    </message>
    <message>
        <source>limit %1, 15-min mean, %2</source>
        <translation>Grenze %1, 15-min-Mittel, %2</translation>
    </message>
    <message>
        <source>15-min mean, %1</source>
        <translation>15-min-Mittel, %1</translation>
    </message>
    <message>
        <source>grid meter</source>
        <translation>Netzzähler</translation>
    </message>
    <message>
        <source>PV reading</source>
        <translation>PV-Messwert</translation>
    </message>
    <message>
        <source>charger readings</source>
        <translation>Messwerte der Ladestationen</translation>
    </message>
    <message>
        <source>V2B is off in the policy</source>
        <translation>V2B ist in der Richtlinie aus</translation>
    </message>
    <message>
        <source>no critical load to cover</source>
        <translation>keine kritische Last zu versorgen</translation>
    </message>
    <message>
        <source>of critical load, from stored energy now</source>
        <translation>der kritischen Last, aus jetzt gespeicherter Energie</translation>
    </message>
</context>
<context>
    <name>parkwatt::VerificationPage</name>
    <message>
        <source>&amp;Verify the chargers</source>
        <translation>Ladestationen &amp;prüfen</translation>
    </message>
    <message>
        <source>Also let each watchdog expire and watch the fallback (slower)</source>
        <translation>Zusätzlich jeden Watchdog ablaufen lassen und das Fallback-Verhalten beobachten (langsamer)</translation>
    </message>
    <message>
        <source>Charger verification</source>
        <translation>Prüfung der Ladestationen</translation>
    </message>
    <message>
        <source>Each charger is read, its fail-safe and watchdog written and read back, and its setpoint stepped from minimum to maximum while the measured power must follow. A car (or an EV simulator) must be plugged in. Then all fallbacks together must fit the connection.</source>
        <translation>Jede Ladestation wird gelesen, ihr Fail-Safe-Strom und Watchdog werden geschrieben und zurückgelesen, und ihr Sollwert wird vom Minimum bis zum Maximum gestuft, während die gemessene Leistung folgen muss. Dazu muss ein Auto (oder ein EV-Simulator) angesteckt sein. Anschließend müssen alle Fallback-Werte zusammen in den Netzanschluss passen.</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Ladestation</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message numerus="yes">
        <source>%n charger(s) to verify. Not verified yet.</source>
        <translation>
            <numerusform>%n Ladestation zu prüfen. Noch nicht geprüft.</numerusform>
            <numerusform>%n Ladestationen zu prüfen. Noch nicht geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no charger to verify.</source>
        <translation>Es gibt keine Ladestation zu prüfen.</translation>
    </message>
    <message>
        <source>Verifying %1 (%2:%3)…</source>
        <translation>Prüfe %1 (%2:%3)…</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>BESTANDEN</translation>
    </message>
    <message>
        <source>FAIL: %1</source>
        <translation>FEHLGESCHLAGEN: %1</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>All chargers pass</source>
        <translation>Alle Ladestationen bestanden</translation>
    </message>
    <message>
        <source>Not all chargers pass</source>
        <translation>Nicht alle Ladestationen bestanden</translation>
    </message>
</context>
<context>
    <name>parkwatt::WhatIfChart</name>
    <message>
        <source>Uncontrolled</source>
        <translation>Ungesteuert</translation>
    </message>
    <message>
        <source>Scenario&apos;s policy</source>
        <translation>Richtlinie des Szenarios</translation>
    </message>
    <message>
        <source>Peak limit</source>
        <translation>Spitzenlastgrenze</translation>
    </message>
    <message>
        <source>kW</source>
        <translation>kW</translation>
    </message>
    <message>
        <source>%1 chart</source>
        <translation>Diagramm %1</translation>
    </message>
    <message>
        <source>%1 over the scenario: grey uncontrolled, orange under the scenario&apos;s policy; the dashed line is the policy&apos;s peak limit when it has one.</source>
        <translation>%1 über das Szenario: grau ungesteuert, orange unter der Richtlinie des Szenarios; die gestrichelte Linie ist die Spitzenlastgrenze der Richtlinie, sofern sie eine hat.</translation>
    </message>
    <message>
        <source>Nothing run yet.</source>
        <translation>Noch nichts durchgerechnet.</translation>
    </message>
    <message>
        <source>%1 peaks at %2 uncontrolled and at %3 under the scenario&apos;s policy.</source>
        <translation>%1: Spitze %2 ungesteuert und %3 unter der Richtlinie des Szenarios.</translation>
    </message>
</context>
<context>
    <name>parkwatt::WhatIfKpiTable</name>
    <message>
        <source>Uncontrolled</source>
        <translation>Ungesteuert</translation>
    </message>
    <message>
        <source>Scenario&apos;s policy</source>
        <translation>Richtlinie des Szenarios</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>The baseline: every car charges at full power from arrival.</source>
        <translation>Die Vergleichsbasis: Jedes Auto lädt ab Ankunft mit voller Leistung.</translation>
    </message>
    <message>
        <source>The planner and dispatcher acting out the scenario&apos;s policy.</source>
        <translation>Planer und Dispatcher setzen die Richtlinie des Szenarios um.</translation>
    </message>
    <message>
        <source>Policy minus uncontrolled; green when the policy does better.</source>
        <translation>Richtlinie minus ungesteuert; grün, wenn die Richtlinie besser abschneidet.</translation>
    </message>
    <message>
        <source>What-if figures</source>
        <translation>Was-wäre-wenn-Kennzahlen</translation>
    </message>
    <message>
        <source>The scenario&apos;s figures uncontrolled and under its policy; the difference is green when the policy does better, red when worse.</source>
        <translation>Die Kennzahlen des Szenarios ungesteuert und unter seiner Richtlinie; die Differenz ist grün, wenn die Richtlinie besser abschneidet, rot, wenn schlechter.</translation>
    </message>
    <message>
        <source>Better under the scenario&apos;s policy</source>
        <translation>Besser unter der Richtlinie des Szenarios</translation>
    </message>
    <message>
        <source>Worse under the scenario&apos;s policy</source>
        <translation>Schlechter unter der Richtlinie des Szenarios</translation>
    </message>
</context>
<context>
    <name>parkwatt::WhatIfPage</name>
    <message>
        <source>Choose a scenario and run it: it is simulated twice, with uncontrolled charging and under the scenario&apos;s policy.</source>
        <translation>Wählen Sie ein Szenario und rechnen Sie es durch: Es wird zweimal simuliert, mit ungesteuertem Laden und unter der Richtlinie des Szenarios.</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>Was-wäre-wenn</translation>
    </message>
    <message>
        <source>What a scenario&apos;s policy does against uncontrolled charging (every car at full power from arrival), simulated by the engine faster than real time.</source>
        <translation>Was die Richtlinie eines Szenarios im Vergleich zu ungesteuertem Laden bewirkt (jedes Auto ab Ankunft mit voller Leistung), von der Steuerung schneller als in Echtzeit simuliert.</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Run the scenario</source>
        <translation>Szenario durchrechnen</translation>
    </message>
    <message>
        <source>Simulate the chosen scenario uncontrolled and under its policy (Ctrl+R).</source>
        <translation>Das gewählte Szenario ungesteuert und unter seiner Richtlinie simulieren (Strg+R).</translation>
    </message>
    <message>
        <source>What-if progress</source>
        <translation>Was-wäre-wenn-Fortschritt</translation>
    </message>
    <message>
        <source>Simulation steps done under both controllers.</source>
        <translation>Erledigte Simulationsschritte unter beiden Regelungen.</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Durchlauf abbrechen</translation>
    </message>
    <message>
        <source>Stop the run (Esc); the previous result stays.</source>
        <translation>Den Durchlauf anhalten (Esc); das vorherige Ergebnis bleibt erhalten.</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Save the comparison as a simulation report (parkwatt-report/1, JSON), the uncontrolled figures nested under &quot;baseline&quot;.</source>
        <translation>Den Vergleich als Simulationsbericht speichern (parkwatt-report/1, JSON), die ungesteuerten Kennzahlen unter &quot;baseline&quot; verschachtelt.</translation>
    </message>
    <message>
        <source>What-if status</source>
        <translation>Was-wäre-wenn-Status</translation>
    </message>
    <message>
        <source>Scenario shown</source>
        <translation>Angezeigtes Szenario</translation>
    </message>
    <message>
        <source>The scenario&apos;s policy</source>
        <translation>Die Richtlinie des Szenarios</translation>
    </message>
    <message>
        <source>Run a scenario to see the policy it is run under.</source>
        <translation>Rechnen Sie ein Szenario durch, um die Richtlinie zu sehen, unter der es läuft.</translation>
    </message>
    <message>
        <source>What the planner and dispatcher were asked to do in the policy run, parts in priority order.</source>
        <translation>Was Planer und Dispatcher im Richtlinien-Durchlauf tun sollten, die Teile in ihrer Rangfolge.</translation>
    </message>
    <message>
        <source>Grid import</source>
        <translation>Netzbezug</translation>
    </message>
    <message>
        <source>EV charging</source>
        <translation>Laden E-Autos</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source> The result of %1 is still shown.</source>
        <translation> Das Ergebnis von %1 wird weiterhin angezeigt.</translation>
    </message>
    <message>
        <source>Simulating %1: %2 steps uncontrolled, then as many under its policy…</source>
        <translation>Simulation von %1: %2 Schritte ungesteuert, dann ebenso viele unter seiner Richtlinie…</translation>
    </message>
    <message>
        <source>%1 (%2): %3 h from %4, %5 chargers, %6 car sessions.</source>
        <translation>%1 (%2): %3 h ab %4, %5 Ladestationen, %6 Ladevorgänge.</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>eingebaut</translation>
    </message>
    <message>
        <source>Done. The scenario&apos;s policy changes the billing peak by %1 and meets %2 of %3 EV targets (uncontrolled: %4).</source>
        <translation>Fertig. Die Richtlinie des Szenarios ändert die Abrechnungsspitze um %1 und erreicht %2 von %3 Ladezielen (ungesteuert: %4).</translation>
    </message>
    <message>
        <source>Cannot run this scenario: %1.</source>
        <translation>Dieses Szenario kann nicht durchgerechnet werden: %1.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Bericht geschrieben nach %1.</translation>
    </message>
    <message>
        <source>Export the what-if report</source>
        <translation>Was-wäre-wenn-Bericht exportieren</translation>
    </message>
    <message>
        <source>Reports (*.json)</source>
        <translation>Berichte (*.json)</translation>
    </message>
</context>
</TS>
