<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ControlRoomPages</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Recorded history of %1</source>
        <translation>Historique enregistré dans %1</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Stratégies</translation>
    </message>
    <message>
        <source>Self-sufficiency, peak shaving, backup and V2B: edit, preview, apply, undo</source>
        <translation>Autosuffisance, écrêtage des pointes, secours et V2B&#xa0;: modifier, prévisualiser, appliquer, annuler</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>Run a scenario under its policy and uncontrolled, and compare</source>
        <translation>Simulation «&#xa0;et si&#xa0;»&#xa0;: simuler un scénario avec sa stratégie et sans pilotage, puis comparer</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Alarms and events, with acknowledgement</source>
        <translation>Alarmes et événements, avec acquittement</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Équipements</translation>
    </message>
    <message>
        <source>Every device: online, last answer, round-trip time, errors, firmware</source>
        <translation>Tous les équipements&#xa0;: en ligne, dernière réponse, temps d’aller-retour, erreurs, micrologiciel</translation>
    </message>
</context>
<context>
    <name>EventLog</name>
    <message>
        <source>this event was acknowledged by %1 already</source>
        <translation>cet événement a déjà été acquitté par %1</translation>
    </message>
    <message>
        <source>there is no event %1 (it may have been cleared and dropped from the list)</source>
        <translation>l’événement %1 n’existe pas (il a peut-être disparu et été retiré de la liste)</translation>
    </message>
</context>
<context>
    <name>HistoryExport</name>
    <message>
        <source>%1: could not write the image</source>
        <translation>%1&#xa0;: impossible d’écrire l’image</translation>
    </message>
</context>
<context>
    <name>HistorySeries</name>
    <message>
        <source>Grid</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>PV used</source>
        <translation>PV utilisé</translation>
    </message>
    <message>
        <source>Building load</source>
        <translation>Consommation du bâtiment</translation>
    </message>
    <message>
        <source>EV charging</source>
        <translation>Recharge des VE</translation>
    </message>
    <message>
        <source>EV discharging (V2B)</source>
        <translation>Décharge des VE (V2B)</translation>
    </message>
    <message>
        <source>Battery SoC</source>
        <translation>SoC batterie</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1: no history recorded yet</source>
        <translation>%1&#xa0;: aucun historique enregistré pour l’instant</translation>
    </message>
    <message>
        <source>%1: less than 15 minutes of history recorded</source>
        <translation>%1&#xa0;: moins de 15 minutes d’historique enregistrées</translation>
    </message>
    <message>
        <source>%1: cannot write the report: %2</source>
        <translation>%1&#xa0;: impossible d’écrire le rapport&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ReasonText</name>
    <message>
        <source>departs %1, needs %2 kWh</source>
        <extracomment>Part of a charger&apos;s reason: %1 the car&apos;s departure time (08:30), %2 the energy it still needs.</extracomment>
        <translation>départ à %1, besoin de %2 kWh</translation>
    </message>
    <message>
        <source>grid limit %1 kW</source>
        <extracomment>Part of a charger&apos;s reason: the grid connection&apos;s import limit.</extracomment>
        <translation>limite réseau %1 kW</translation>
    </message>
    <message>
        <source>peak limit %1 kW</source>
        <extracomment>Part of a charger&apos;s reason: the peak-shaving import target.</extracomment>
        <translation>limite de pointe %1 kW</translation>
    </message>
    <message>
        <source>no EV</source>
        <translation>pas de VE</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <source>offline: counted at fail-safe %1 kW</source>
        <extracomment>The charger does not answer; its fail-safe draw is counted as load.</extracomment>
        <translation>hors ligne&#xa0;: compté à sa puissance de repli de %1 kW</translation>
    </message>
    <message>
        <source>held at %1 kW (changes at most every %2 s), wants %3 kW</source>
        <extracomment>Setpoint held by the rate limit: %1 held power, %2 seconds between changes, %3 power wanted.</extracomment>
        <translation>maintenu à %1 kW (au plus un changement toutes les %2 s), demande %3 kW</translation>
    </message>
    <message>
        <source>outage: critical load, %1 kW</source>
        <extracomment>Grid outage: the car discharges (negative kW) to serve the critical load.</extracomment>
        <translation>coupure de réseau&#xa0;: charge critique, %1 kW</translation>
    </message>
    <message>
        <source>outage: %1 kW to cars that must leave charged</source>
        <extracomment>Grid outage: the car discharges (negative kW) for other cars that must leave charged.</extracomment>
        <translation>coupure de réseau&#xa0;: %1 kW pour les voitures qui doivent partir chargées</translation>
    </message>
    <message>
        <source>V2B: grid limit %1 kW, %2 kW</source>
        <extracomment>Vehicle-to-building discharge: %1 the grid import limit, %2 the (negative) power.</extracomment>
        <translation>V2B&#xa0;: limite réseau %1 kW, %2 kW</translation>
    </message>
    <message>
        <source>V2B: shaving peak %1 kW, %2 kW</source>
        <extracomment>Vehicle-to-building discharge: %1 the peak-shaving target, %2 the (negative) power.</extracomment>
        <translation>V2B&#xa0;: écrêtage de la pointe à %1 kW, %2 kW</translation>
    </message>
    <message>
        <source>V2B: plan, %1 kW</source>
        <extracomment>Vehicle-to-building discharge as planned: %1 the (negative) power.</extracomment>
        <translation>V2B&#xa0;: selon le plan, %1 kW</translation>
    </message>
    <message>
        <source>outage: %1: %2 kW (critical load covered for %3 h)</source>
        <extracomment>Grid outage: %1 is &quot;departs 08:30, needs 12 kWh&quot; (translated on its own), %2 the power, %3 the hours the critical load is covered for.</extracomment>
        <translation>coupure de réseau&#xa0;: %1&#xa0;: %2 kW (charge critique couverte pendant %3 h)</translation>
    </message>
    <message>
        <source>outage: PV surplus, %1 kW</source>
        <translation>coupure de réseau&#xa0;: surplus PV, %1 kW</translation>
    </message>
    <message>
        <source>outage: no charging</source>
        <translation>coupure de réseau&#xa0;: pas de charge</translation>
    </message>
    <message>
        <source>target reached</source>
        <translation>objectif atteint</translation>
    </message>
    <message>
        <source>vehicle accepts no charge</source>
        <translation>le véhicule n’accepte pas de charge</translation>
    </message>
    <message>
        <source>cannot charge: minimum %1 kW above its %2 kW limit</source>
        <extracomment>The charger&apos;s minimum power is above the most the car or charger takes.</extracomment>
        <translation>charge impossible&#xa0;: minimum de %1 kW au-dessus de sa limite de %2 kW</translation>
    </message>
    <message>
        <source>battery full</source>
        <translation>batterie pleine</translation>
    </message>
    <message>
        <source>plan: %1 kW above target</source>
        <extracomment>The car has reached its target and charges on as planned.</extracomment>
        <translation>plan&#xa0;: %1 kW au-delà de l’objectif</translation>
    </message>
    <message>
        <source>PV surplus, %1 kW</source>
        <translation>surplus PV, %1 kW</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3 kW (%4)</source>
        <extracomment>%1 is &quot;grid limit 400 kW&quot; or &quot;peak limit 120 kW&quot; (translated on their own), %2 the power the car needs, %3 the power it gets, %4 &quot;departs 08:30, needs 12 kWh&quot;.</extracomment>
        <translation>%1&#xa0;: %2 → %3 kW (%4)</translation>
    </message>
    <message>
        <source>%1: full power</source>
        <extracomment>%1 is &quot;departs 08:30, needs 12 kWh&quot; (translated on its own): the car charges at full power.</extracomment>
        <translation>%1&#xa0;: pleine puissance</translation>
    </message>
    <message>
        <source>%1: %2 kW</source>
        <extracomment>%1 is &quot;departs 08:30, needs 12 kWh&quot; (translated on its own), %2 the power.</extracomment>
        <translation>%1&#xa0;: %2 kW</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3 kW</source>
        <extracomment>%1 is &quot;grid limit 400 kW&quot; or &quot;peak limit 120 kW&quot; (translated on their own), %2 the power wanted, %3 the power given.</extracomment>
        <translation>%1&#xa0;: %2 → %3 kW</translation>
    </message>
    <message>
        <source>ahead of plan, under the %1 kW peak paid: %2 kW</source>
        <extracomment>Charging beyond plan because the billing peak %1 is already paid for; %2 the power.</extracomment>
        <translation>en avance sur le plan, sous la pointe de %1 kW déjà payée&#xa0;: %2 kW</translation>
    </message>
    <message>
        <source>plan: %1 kW on average, at the %2 kW minimum now</source>
        <extracomment>A planned average below the charger&apos;s minimum, run at the minimum now.</extracomment>
        <translation>plan&#xa0;: %1 kW en moyenne, au minimum de %2 kW maintenant</translation>
    </message>
    <message>
        <source>plan: %1 kW on average, at the %2 kW minimum later</source>
        <extracomment>A planned average below the charger&apos;s minimum, run at the minimum later.</extracomment>
        <translation>plan&#xa0;: %1 kW en moyenne, au minimum de %2 kW plus tard</translation>
    </message>
    <message>
        <source>plan: %1 kW</source>
        <translation>plan&#xa0;: %1 kW</translation>
    </message>
    <message>
        <source>plan: later</source>
        <extracomment>The plan charges this car later.</extracomment>
        <translation>plan&#xa0;: plus tard</translation>
    </message>
    <message>
        <source>needs %1 kWh: full power</source>
        <translation>besoin de %1 kWh&#xa0;: pleine puissance</translation>
    </message>
    <message>
        <source>needs %1 kWh: %2 kW</source>
        <translation>besoin de %1 kWh&#xa0;: %2 kW</translation>
    </message>
    <message>
        <source>grid meter lost: ramping down %1 -&gt; %2 kW</source>
        <extracomment>The grid meter is not read: the charger ramps down from %1 to %2 kW.</extracomment>
        <translation>compteur réseau perdu&#xa0;: baisse progressive %1 → %2 kW</translation>
    </message>
    <message>
        <source>paused by %1</source>
        <extracomment>%1 the user who paused the bay.</extracomment>
        <translation>pause demandée par %1</translation>
    </message>
    <message>
        <source>charge now (override by %1): %2</source>
        <extracomment>%1 the user who set the override, %2 the engine&apos;s reason (translated on its own).</extracomment>
        <translation>charge forcée (forçage par %1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>charge now (override by %1)</source>
        <extracomment>%1 the user who set the override.</extracomment>
        <translation>charge forcée (forçage par %1)</translation>
    </message>
</context>
<context>
    <name>SignedInStation</name>
    <message>
        <source>nobody signed in</source>
        <translation>personne n’est identifié</translation>
    </message>
</context>
<context>
    <name>StartOptions</name>
    <message>
        <source>Parkwatt: energy management for buildings with an EV garage. Without options, runs the built-in demo garage: parkwatt-sim serves its chargers, meters, PV inverter and battery over Modbus TCP on this machine and the engine controls them as it would a real site.</source>
        <translation>Parkwatt&#xa0;: gestion de l’énergie pour les bâtiments dotés d’un parking de VE. Sans option, lance le parking de démo intégré&#xa0;: parkwatt-sim sert ses bornes, compteurs, onduleur PV et batterie via Modbus TCP sur cette machine, et le moteur les pilote comme il le ferait sur un site réel.</translation>
    </message>
    <message>
        <source>Run the built-in demo garage (the default).</source>
        <translation>Lancer le parking de démo intégré (par défaut).</translation>
    </message>
    <message>
        <source>Control this site (parkwatt-site/1) over Modbus TCP from this program.</source>
        <translation>Piloter ce site (parkwatt-site/1) via Modbus TCP depuis ce programme.</translation>
    </message>
    <message>
        <source>The site&apos;s database: the engine records into it and the History page shows it (the demo uses a temporary one without this).</source>
        <translation>La base de données du site&#xa0;: le moteur y enregistre ses données et la page Historique les affiche (sans cette option, la démo en utilise une temporaire).</translation>
    </message>
    <message>
        <source>A folder of extra device profiles.</source>
        <translation>Un dossier de profils d’équipements supplémentaires.</translation>
    </message>
    <message>
        <source>Where the controller lock lives (default: the runtime directory).</source>
        <translation>Emplacement du verrou de pilotage (par défaut&#xa0;: le répertoire d’exécution).</translation>
    </message>
    <message>
        <source>Your role until sign-in arrives: viewer, manager (default), installer or admin. Checked by the engine for every command.</source>
        <translation>Votre rôle tant que l’identification n’est pas disponible&#xa0;: viewer, manager (par défaut), installer ou admin. Le moteur le vérifie pour chaque commande.</translation>
    </message>
    <message>
        <source>Your name in the audit trail (default: the login).</source>
        <translation>Votre nom dans le journal d’audit (par défaut&#xa0;: votre nom d’utilisateur système).</translation>
    </message>
    <message>
        <source>The demo&apos;s simulated seconds per second (default 10).</source>
        <translation>Secondes simulées par seconde dans la démo (10 par défaut).</translation>
    </message>
    <message>
        <source>Where the demo&apos;s day begins (default 07:00).</source>
        <translation>Heure de début de la journée de démo (07:00 par défaut).</translation>
    </message>
    <message>
        <source>Start, run a few cycles, check the window, and quit (exit 0 when healthy).</source>
        <translation>Démarrer, exécuter quelques cycles, vérifier la fenêtre, puis quitter (code de sortie 0 si tout est en ordre).</translation>
    </message>
    <message>
        <source>Write one PNG of every page (1600x1000) into DIR after a few cycles, and quit. The demo then begins at 13:00 unless --start-at says otherwise.</source>
        <translation>Écrire une image PNG de chaque page (1600x1000) dans DIR après quelques cycles, puis quitter. La démo commence alors à 13:00, sauf indication contraire de --start-at.</translation>
    </message>
    <message>
        <source>Start in this language: en, de, fr, zh_CN or ja (default: the system&apos;s, or the one last chosen in the control room&apos;s View menu).</source>
        <translation>Démarrer dans cette langue&#xa0;: en, de, fr, zh_CN ou ja (par défaut&#xa0;: celle du système, ou la dernière choisie dans le menu Affichage du poste de supervision).</translation>
    </message>
    <message>
        <source>Serve the engine&apos;s API (docs/api.md) for remote control rooms and kiosks on PORT (loopback) or ADDRESS:PORT.</source>
        <translation>Servir l’API du moteur (docs/api.md) aux postes de supervision et bornes d’accueil distants sur PORT (boucle locale) ou ADDRESS:PORT.</translation>
    </message>
    <message>
        <source>Where the API&apos;s certificate and tokens are kept (default: the user&apos;s data folder, parkwatt/api).</source>
        <translation>Emplacement du certificat et des jetons de l’API (par défaut&#xa0;: le dossier de données de l’utilisateur, parkwatt/api).</translation>
    </message>
    <message>
        <source>Attach to the engine at HOST:PORT over the network instead of running one.</source>
        <translation>Se rattacher au moteur à HOST:PORT via le réseau au lieu d’en exécuter un.</translation>
    </message>
    <message>
        <source>With --connect: your role&apos;s API token (or PARKWATT_TOKEN in the environment).</source>
        <translation>Avec --connect&#xa0;: le jeton d’API de votre rôle (ou PARKWATT_TOKEN dans l’environnement).</translation>
    </message>
    <message>
        <source>With --connect: read the API token from FILE (keeps it out of the process list).</source>
        <translation>Avec --connect&#xa0;: lire le jeton d’API dans FILE (il n’apparaît ainsi pas dans la liste des processus).</translation>
    </message>
    <message>
        <source>With --connect: the engine&apos;s certificate SHA-256 fingerprint, as parkwattd run prints it.</source>
        <translation>Avec --connect&#xa0;: l’empreinte SHA-256 du certificat du moteur, telle que l’affiche parkwattd run.</translation>
    </message>
    <message>
        <source>Run the lobby kiosk (fullscreen, locked, for drivers and visitors) instead of the control room; with --connect, attached to an engine on another machine (docs/kiosk.md).</source>
        <translation>Lancer la borne d’accueil (plein écran, verrouillée, pour les conducteurs et les visiteurs) au lieu du poste de supervision&#xa0;; avec --connect, rattachée à un moteur sur une autre machine (docs/kiosk.md).</translation>
    </message>
    <message>
        <source>The kiosk&apos;s settings: manager PIN, bay PINs, driver input, timings (parkwatt-kiosk/1).</source>
        <translation>Les réglages de la borne d’accueil&#xa0;: code PIN gestionnaire, codes PIN des places, saisies des conducteurs, temporisations (parkwatt-kiosk/1).</translation>
    </message>
    <message>
        <source>Read a PIN from standard input and print its hash for a kiosk file, then quit.</source>
        <translation>Lire un code PIN sur l’entrée standard et afficher son hachage pour un fichier de borne, puis quitter.</translation>
    </message>
    <message>
        <source>With --site and --db: sign the operator off after MINUTES without input (default 15).</source>
        <translation>Avec --site et --db&#xa0;: fermer la session de l’opérateur après MINUTES sans activité (15 par défaut).</translation>
    </message>
    <message>
        <source>Open the commissioning wizard for installers (with --site FILE: that site file imported); it saves a site file for parkwattd run. With --db FILE the installer signs in to the site&apos;s database and the register inspector may write, each write audited (docs/commissioning.md).</source>
        <translation>Ouvrir l’assistant de mise en service pour les installateurs (avec --site FILE&#xa0;: ce fichier de site importé)&#xa0;; il enregistre un fichier de site pour parkwattd run. Avec --db FILE, l’installateur s’identifie dans la base de données du site et l’inspecteur de registres peut écrire, chaque écriture étant auditée (docs/commissioning.md).</translation>
    </message>
    <message>
        <source>--token-file %1: cannot read: %2</source>
        <translation>--token-file %1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>--idle-logoff %1: expected minutes from 0.05 to 1440</source>
        <translation>--idle-logoff %1&#xa0;: durée attendue en minutes, de 0.05 à 1440</translation>
    </message>
    <message>
        <source>--commission excludes --kiosk and --connect</source>
        <translation>--commission exclut --kiosk et --connect</translation>
    </message>
    <message>
        <source>--kiosk-config needs --kiosk</source>
        <translation>--kiosk-config nécessite --kiosk</translation>
    </message>
    <message>
        <source>--demo, --site and --connect exclude each other</source>
        <translation>--demo, --site et --connect s’excluent mutuellement</translation>
    </message>
    <message>
        <source>--connect needs --token, --token-file or PARKWATT_TOKEN, and --fingerprint</source>
        <translation>--connect nécessite --token, --token-file ou PARKWATT_TOKEN, ainsi que --fingerprint</translation>
    </message>
    <message>
        <source>--role %1: expected viewer, manager, installer or admin</source>
        <translation>--role %1&#xa0;: valeur attendue viewer, manager, installer ou admin</translation>
    </message>
    <message>
        <source>--speed %1: expected a number above 0 and at most 3600</source>
        <translation>--speed %1&#xa0;: nombre attendu supérieur à 0 et au plus égal à 3600</translation>
    </message>
    <message>
        <source>--start-at %1: expected HH:MM</source>
        <translation>--start-at %1&#xa0;: format attendu HH:MM</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The API cannot start</source>
        <translation>L’API ne peut pas démarrer</translation>
    </message>
    <message>
        <source>The kiosk cannot start</source>
        <translation>Le mode borne ne peut pas démarrer</translation>
    </message>
    <message>
        <source>The demo cannot start</source>
        <translation>La démo ne peut pas démarrer</translation>
    </message>
    <message>
        <source>Preparing the demo: recording the garage&apos;s last %1 days… %2 %</source>
        <translation>Préparation de la démo&#xa0;: enregistrement des %1 derniers jours du parking… %2 %</translation>
    </message>
    <message>
        <source>Cannot control the site</source>
        <translation>Impossible de piloter le site</translation>
    </message>
    <message>
        <source>in this program, %1</source>
        <translation>dans ce programme, %1</translation>
    </message>
    <message>
        <source>Cannot connect</source>
        <translation>Connexion impossible</translation>
    </message>
    <message>
        <source>The engine refused this control room</source>
        <translation>Le moteur a refusé ce poste de supervision</translation>
    </message>
    <message>
        <source>%1: no answer from an engine within 15 s (is parkwattd run --api running there, and is the fingerprint right?)</source>
        <translation>%1&#xa0;: aucune réponse d’un moteur en 15 s (parkwattd run --api y tourne-t-il, et l’empreinte est-elle correcte&#xa0;?)</translation>
    </message>
    <message>
        <source>The site file cannot be imported</source>
        <translation>Le fichier de site ne peut pas être importé</translation>
    </message>
    <message>
        <source>Cannot sign in</source>
        <translation>Identification impossible</translation>
    </message>
    <message>
        <source>Parkwatt cannot start</source>
        <translation>Parkwatt ne peut pas démarrer</translation>
    </message>
    <message>
        <source>--language %1: expected one of %2</source>
        <translation>--language %1&#xa0;: valeur attendue parmi %2</translation>
    </message>
</context>
<context>
    <name>parkwatt</name>
    <message>
        <source>Billing peak</source>
        <translation>Pointe facturée</translation>
    </message>
    <message>
        <source>The largest 15-minute average grid import (what a demand charge bills).</source>
        <translation>Le plus fort soutirage moyen sur 15 minutes (ce que facture la composante de puissance).</translation>
    </message>
    <message>
        <source>Self-sufficiency</source>
        <translation>Autosuffisance</translation>
    </message>
    <message>
        <source>1 − grid import ÷ (building load + energy into the cars).</source>
        <translation>1 − soutirage ÷ (consommation du bâtiment + énergie fournie aux voitures).</translation>
    </message>
    <message>
        <source>Self-consumption</source>
        <translation>Autoconsommation</translation>
    </message>
    <message>
        <source>Share of the PV energy available that was used on site.</source>
        <translation>Part de l’énergie PV disponible utilisée sur site.</translation>
    </message>
    <message>
        <source>Grid import</source>
        <translation>Soutirage réseau</translation>
    </message>
    <message>
        <source>Energy bought from the grid.</source>
        <translation>Énergie achetée au réseau.</translation>
    </message>
    <message>
        <source>Grid export</source>
        <translation>Injection réseau</translation>
    </message>
    <message>
        <source>Energy fed into the grid.</source>
        <translation>Énergie injectée dans le réseau.</translation>
    </message>
    <message>
        <source>PV used on site</source>
        <translation>PV utilisé sur site</translation>
    </message>
    <message>
        <source>PV energy used by the building, the battery and the cars.</source>
        <translation>Énergie PV utilisée par le bâtiment, la batterie et les voitures.</translation>
    </message>
    <message>
        <source>EV energy charged</source>
        <translation>Énergie chargée (VE)</translation>
    </message>
    <message>
        <source>Energy into the cars.</source>
        <translation>Énergie fournie aux voitures.</translation>
    </message>
    <message>
        <source>EV targets met</source>
        <translation>Objectifs VE atteints</translation>
    </message>
    <message>
        <source>Cars that left with the charge their drivers asked for.</source>
        <translation>Voitures parties avec la charge demandée par leur conducteur.</translation>
    </message>
    <message>
        <source>EV energy short</source>
        <translation>Énergie manquante (VE)</translation>
    </message>
    <message>
        <source>Energy the cars still lacked at departure.</source>
        <translation>Énergie qui manquait encore aux voitures au départ.</translation>
    </message>
    <message>
        <source>V2B energy</source>
        <translation>Énergie V2B</translation>
    </message>
    <message>
        <source>Energy the cars gave back to the building.</source>
        <translation>Énergie restituée au bâtiment par les voitures.</translation>
    </message>
    <message>
        <source>Battery cycles</source>
        <translation>Cycles batterie</translation>
    </message>
    <message>
        <source>Equivalent full cycles of the stationary battery (wear).</source>
        <translation>Cycles complets équivalents de la batterie stationnaire (usure).</translation>
    </message>
    <message>
        <source>Critical load unserved</source>
        <translation>Charge critique non alimentée</translation>
    </message>
    <message>
        <source>Critical load that had to be shed during outages.</source>
        <translation>Charge critique qu’il a fallu délester pendant les coupures de réseau.</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Energy cost plus demand charge minus export revenue, in the scenario&apos;s currency.</source>
        <translation>Coût de l’énergie plus composante de puissance moins recettes d’injection, dans la devise du scénario.</translation>
    </message>
    <message>
        <source>Import-limit violations</source>
        <translation>Dépassements de soutirage</translation>
    </message>
    <message>
        <source>Simulation steps above the connection&apos;s import limit.</source>
        <translation>Pas de simulation au-dessus de la limite de soutirage du raccordement.</translation>
    </message>
    <message>
        <source>free</source>
        <translation>libre</translation>
    </message>
    <message>
        <source>plugged</source>
        <translation>branchée</translation>
    </message>
    <message>
        <source>charging</source>
        <translation>en charge</translation>
    </message>
    <message>
        <source>V2B</source>
        <translation>V2B</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <source>target reached</source>
        <translation>objectif atteint</translation>
    </message>
    <message>
        <source>target on track</source>
        <translation>objectif en bonne voie</translation>
    </message>
    <message>
        <source>target at risk: %1 short</source>
        <translation>objectif à risque&#xa0;: il manque %1</translation>
    </message>
    <message>
        <source>target outlook unknown</source>
        <translation>objectif&#xa0;: prévision inconnue</translation>
    </message>
</context>
<context>
    <name>parkwatt::AboutDialog</name>
    <message>
        <source>About Parkwatt</source>
        <translation>À propos de Parkwatt</translation>
    </message>
    <message>
        <source>Parkwatt %1</source>
        <translation>Parkwatt %1</translation>
    </message>
    <message>
        <source>Energy management for buildings with PV, a battery and a garage of electric cars: every driver charged by departure, the building&apos;s peaks shaved, its critical loads kept up in an outage.

Built with Qt %1 on %2. Licence: %3.</source>
        <translation>Gestion de l’énergie pour les bâtiments dotés de PV, d’une batterie et d’un parking de voitures électriques&#xa0;: chaque conducteur rechargé pour son départ, les pointes du bâtiment écrêtées, ses charges critiques alimentées pendant une coupure de réseau.

Compilé avec Qt %1 sur %2. Licence&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Parkwatt is built on these libraries, under their licences:</source>
        <translation>Parkwatt s’appuie sur ces bibliothèques, sous leurs licences respectives&#xa0;:</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>parkwatt::AssignmentPage</name>
    <message>
        <source>Chargers and bays</source>
        <translation>Bornes et places</translation>
    </message>
    <message>
        <source>The bay each charger serves. The engine shares the connection between bays, so a charger on the wrong bay would charge someone else&apos;s car.</source>
        <translation>La place desservie par chaque borne. Le moteur répartit le raccordement entre les places&#xa0;: une borne associée à la mauvaise place rechargerait la voiture de quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>Bay of %1</source>
        <translation>Place de %1</translation>
    </message>
    <message>
        <source>%1 (%2, %3:%4):</source>
        <translation>%1 (%2, %3:%4)&#xa0;:</translation>
    </message>
    <message>
        <source>%1 charger device(s) for %2 bay(s).</source>
        <translation>%1 borne(s) pour %2 place(s).</translation>
    </message>
    <message>
        <source>Bay %1 has two chargers: %2 and %3</source>
        <translation>La place %1 a deux bornes&#xa0;: %2 et %3</translation>
    </message>
    <message>
        <source>A bay is taken twice</source>
        <translation>Une place est attribuée deux fois</translation>
    </message>
</context>
<context>
    <name>parkwatt::BayDetailPanel</name>
    <message>
        <source>Bay detail</source>
        <translation>Détail de la place</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Power now</source>
        <translation>Puissance actuelle</translation>
    </message>
    <message>
        <source>Setpoint</source>
        <translation>Consigne</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Car&apos;s energy</source>
        <translation>Énergie voiture</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Outlook</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <source>V2B</source>
        <translation>V2B</translation>
    </message>
    <message>
        <source>No bay chosen</source>
        <translation>Aucune place choisie</translation>
    </message>
    <message>
        <source>Choose a bay on the left.</source>
        <translation>Choisissez une place à gauche.</translation>
    </message>
    <message>
        <source>Bay %1</source>
        <translation>Place %1</translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation>%1, depuis %2</translation>
    </message>
    <message>
        <source>no car</source>
        <translation>pas de voiture</translation>
    </message>
    <message>
        <source>%1 (%2), target %3 (%4)</source>
        <translation>%1 (%2), objectif %3 (%4)</translation>
    </message>
    <message>
        <source>one-way charger</source>
        <translation>borne unidirectionnelle</translation>
    </message>
    <message>
        <source>owner consents</source>
        <translation>accord du propriétaire</translation>
    </message>
    <message>
        <source>owner does not consent</source>
        <translation>pas d’accord du propriétaire</translation>
    </message>
    <message>
        <source>bidirectional</source>
        <translation>bidirectionnelle</translation>
    </message>
</context>
<context>
    <name>parkwatt::BayOverrideBar</name>
    <message>
        <source>charge now</source>
        <translation>charge forcée</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Charge now</source>
        <translation>Charge forcée</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Libérer</translation>
    </message>
    <message>
        <source>Charge this car at full power until it is full, before every other car (the connection limit still holds)</source>
        <translation>Charger cette voiture à pleine puissance jusqu’à ce qu’elle soit pleine, avant toutes les autres (la limite du raccordement reste respectée)</translation>
    </message>
    <message>
        <source>Neither charge nor discharge this car until released</source>
        <translation>Ni charger ni décharger cette voiture jusqu’à la levée du forçage</translation>
    </message>
    <message>
        <source>Let the engine decide again for this bay</source>
        <translation>Laisser de nouveau le moteur décider pour cette place</translation>
    </message>
    <message>
        <source>Overrides need an engine that takes commands.</source>
        <translation>Les forçages nécessitent un moteur qui accepte des commandes.</translation>
    </message>
    <message>
        <source>Overrides need the manager role; you are signed in as %1 (%2).</source>
        <translation>Les forçages nécessitent le rôle Gestionnaire&#xa0;; vous êtes identifié en tant que %1 (%2).</translation>
    </message>
    <message>
        <source>Choose a bay.</source>
        <translation>Choisissez une place.</translation>
    </message>
    <message>
        <source>No car is plugged in at %1.</source>
        <translation>Aucune voiture n’est branchée sur %1.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;Refused: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;Refusé&#xa0;: %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>No override: the engine decides. Overrides are recorded in the audit trail.</source>
        <translation>Aucun forçage&#xa0;: le moteur décide. Les forçages sont consignés dans le journal d’audit.</translation>
    </message>
    <message>
        <source>Override: &lt;b&gt;%1&lt;/b&gt;, until released or the car leaves.</source>
        <translation>Forçage&#xa0;: &lt;b&gt;%1&lt;/b&gt;, jusqu’à sa levée ou au départ de la voiture.</translation>
    </message>
</context>
<context>
    <name>parkwatt::BayTileDelegate</name>
    <message>
        <source>not answering</source>
        <translation>ne répond pas</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>leaves %1</source>
        <translation>départ %1</translation>
    </message>
    <message>
        <source>departure unknown</source>
        <translation>départ inconnu</translation>
    </message>
    <message>
        <source>✓ target</source>
        <translation>✓ objectif</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>en bonne voie</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>à risque</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Raison&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>parkwatt::CommissioningWizard</name>
    <message>
        <source>Commission a site</source>
        <translation>Mettre en service un site</translation>
    </message>
    <message>
        <source>Import a site file</source>
        <translation>Importer un fichier de site</translation>
    </message>
    <message>
        <source>Site files (*.json)</source>
        <translation>Fichiers de site (*.json)</translation>
    </message>
    <message>
        <source>The site file cannot be imported</source>
        <translation>Le fichier de site ne peut pas être importé</translation>
    </message>
    <message>
        <source>Commission a site (%1, %2)</source>
        <translation>Mettre en service un site (%1, %2)</translation>
    </message>
</context>
<context>
    <name>parkwatt::ControlRoomWindow</name>
    <message>
        <source>Parkwatt – %1 (simulated)</source>
        <translation>Parkwatt – %1 (simulé)</translation>
    </message>
    <message>
        <source>Parkwatt – %1</source>
        <translation>Parkwatt – %1</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Connection to the engine</source>
        <translation>Connexion au moteur</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Power flows, today&apos;s figures, the policy and open alarms</source>
        <translation>Flux de puissance, chiffres du jour, stratégie et alarmes en cours</translation>
    </message>
    <message>
        <source>Garage</source>
        <translation>Parking</translation>
    </message>
    <message>
        <source>Every bay: state, power, charge, departure, and a bay in detail</source>
        <translation>Toutes les places&#xa0;: état, puissance, charge, départ, et le détail d’une place</translation>
    </message>
    <message>
        <source>Engine: not attached</source>
        <translation>Moteur&#xa0;: non rattaché</translation>
    </message>
    <message>
        <source>How long the engine&apos;s last cycle took: read every device, decide, write</source>
        <translation>Durée du dernier cycle du moteur&#xa0;: lire chaque équipement, décider, écrire</translation>
    </message>
    <message>
        <source>When the engine last sent setpoints to chargers</source>
        <translation>Dernier envoi de consignes aux bornes par le moteur</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Light or dark, or as the system is</source>
        <translation>Clair ou sombre, ou comme le système</translation>
    </message>
    <message>
        <source>System theme</source>
        <translation>Thème du système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source> What you see is from %1, site time.</source>
        <translation> Les données affichées datent de %1, heure du site.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The engine is out of reach&lt;/b&gt;%1. Reconnecting by itself…%2</source>
        <translation>&lt;b&gt;Le moteur est injoignable&lt;/b&gt;%1. Reconnexion automatique…%2</translation>
    </message>
    <message>
        <source>Engine: %1</source>
        <translation>Moteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#c62828&apos;&gt;Engine disconnected&lt;/b&gt;%1</source>
        <translation>&lt;b style=&apos;color:#c62828&apos;&gt;Moteur déconnecté&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>waiting for the first cycle</source>
        <translation>en attente du premier cycle</translation>
    </message>
    <message>
        <source>Site time %1</source>
        <translation>Heure du site %1</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#c62828&apos;&gt;no cycle for %1 s&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#c62828&apos;&gt;aucun cycle depuis %1 s&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 cycles</source>
        <translation>%1 cycles</translation>
    </message>
    <message>
        <source>cycle %1 ms</source>
        <translation>cycle %1 ms</translation>
    </message>
    <message>
        <source>no setpoint written yet</source>
        <translation>aucune consigne écrite pour l’instant</translation>
    </message>
    <message>
        <source>last write %1 (%2)</source>
        <translation>dernière écriture %1 (%2)</translation>
    </message>
    <message>
        <source>1 setpoint</source>
        <translation>1 consigne</translation>
    </message>
    <message>
        <source>%1 setpoints</source>
        <translation>%1 consignes</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#c62828&apos;&gt;grid outage&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#c62828&apos;&gt;coupure de réseau&lt;/b&gt;</translation>
    </message>
    <message>
        <source>grid connected</source>
        <translation>réseau connecté</translation>
    </message>
    <message>
        <source>, &lt;b style=&apos;color:#c62828&apos;&gt;%1 not answering&lt;/b&gt;</source>
        <translation>, &lt;b style=&apos;color:#c62828&apos;&gt;%1 sans réponse&lt;/b&gt;</translation>
    </message>
    <message>
        <source>1 device</source>
        <translation>1 équipement</translation>
    </message>
    <message>
        <source>%1 devices</source>
        <translation>%1 équipements</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Parkwatt &amp;Help</source>
        <translation>&amp;Aide de Parkwatt</translation>
    </message>
    <message>
        <source>&amp;About Parkwatt</source>
        <translation>À &amp;propos de Parkwatt</translation>
    </message>
</context>
<context>
    <name>parkwatt::DailyEnergyChart</name>
    <message>
        <source>Energy per day (kWh)</source>
        <translation>Énergie par jour (kWh)</translation>
    </message>
    <message>
        <source>Daily energy</source>
        <translation>Énergie quotidienne</translation>
    </message>
    <message>
        <source>PV used</source>
        <translation>PV utilisé</translation>
    </message>
    <message>
        <source>Grid import</source>
        <translation>Soutirage réseau</translation>
    </message>
    <message>
        <source>EV charged</source>
        <translation>Recharge VE</translation>
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
        <translation>&amp;Découvrir</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Équipements</translation>
    </message>
    <message>
        <source>The meters, inverters, battery and chargers the engine reads and controls over Modbus TCP. Discover them on an address range, or add them by hand.</source>
        <translation>Les compteurs, onduleurs, batterie et bornes que le moteur lit et pilote via Modbus TCP. Découvrez-les sur une plage d’adresses, ou ajoutez-les à la main.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>192.168.1.0/24 or 192.168.1.10-40</source>
        <translation>192.168.1.0/24 ou 192.168.1.10-40</translation>
    </message>
    <message>
        <source>&amp;Addresses:</source>
        <translation>&amp;Adresses&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;orts:</source>
        <translation>P&amp;orts&#xa0;:</translation>
    </message>
    <message>
        <source>Add a device</source>
        <translation>Ajouter un équipement</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Inspect registers…</source>
        <translation>Inspecter les registres…</translation>
    </message>
    <message>
        <source>Choose a complete device row to inspect.</source>
        <translation>Choisissez une ligne d’équipement complète à inspecter.</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>équipement %1</translation>
    </message>
    <message>
        <source>%1: the id is empty</source>
        <translation>%1&#xa0;: l’id est vide</translation>
    </message>
    <message>
        <source>%1 (%2): role must be grid_meter, pv_inverter, battery, charger or load_meter</source>
        <translation>%1 (%2)&#xa0;: le rôle doit être grid_meter, pv_inverter, battery, charger ou load_meter</translation>
    </message>
    <message>
        <source>%1 (%2): no profile</source>
        <translation>%1 (%2)&#xa0;: aucun profil</translation>
    </message>
    <message>
        <source>%1 (%2): no host</source>
        <translation>%1 (%2)&#xa0;: aucun hôte</translation>
    </message>
    <message>
        <source>%1 (%2): port must be 1 to 65535</source>
        <translation>%1 (%2)&#xa0;: le port doit être compris entre 1 et 65535</translation>
    </message>
    <message>
        <source>%1 (%2): unit must be 0 to 247</source>
        <translation>%1 (%2)&#xa0;: l’unité doit être comprise entre 0 et 247</translation>
    </message>
    <message>
        <source>A device is not complete</source>
        <translation>Un équipement est incomplet</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Scanning %1 address(es)…</source>
        <translation>Analyse de %1 adresse(s)…</translation>
    </message>
    <message>
        <source>Scanning… %1 of %2</source>
        <translation>Analyse… %1 sur %2</translation>
    </message>
    <message>
        <source>%1 device(s) found, %2 new; %3 without a profile</source>
        <translation>%1 équipement(s) trouvé(s), dont %2 nouveau(x)&#xa0;; %3 sans profil</translation>
    </message>
</context>
<context>
    <name>parkwatt::DeviceTableModel</name>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>not answering</source>
        <translation>ne répond pas</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 does not answer</source>
        <translation>%1 ne répond pas</translation>
    </message>
    <message>
        <source>%1 does not answer: %2</source>
        <translation>%1 ne répond pas&#xa0;: %2</translation>
    </message>
    <message>
        <source>The device did not say (its profile has no firmware register on its own unit)</source>
        <translation>L’équipement ne l’a pas indiqué (son profil n’a pas de registre de micrologiciel sur sa propre unité)</translation>
    </message>
    <message>
        <source>Median time from request to answer over the last 32 requests</source>
        <translation>Temps médian entre requête et réponse sur les 32 dernières requêtes</translation>
    </message>
    <message>
        <source>%1 of %2 requests failed since the engine started</source>
        <translation>%1 requêtes sur %2 en échec depuis le démarrage du moteur</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last answer</source>
        <translation>Dernière réponse</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Aller-retour</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Micrologiciel</translation>
    </message>
    <message>
        <source>charger</source>
        <translation>borne</translation>
    </message>
    <message>
        <source>grid meter</source>
        <translation>compteur réseau</translation>
    </message>
    <message>
        <source>PV inverter</source>
        <translation>onduleur PV</translation>
    </message>
    <message>
        <source>battery</source>
        <translation>batterie</translation>
    </message>
    <message>
        <source>load meter</source>
        <translation>compteur de consommation</translation>
    </message>
</context>
<context>
    <name>parkwatt::DevicesPage</name>
    <message>
        <source>&amp;Problems only</source>
        <translation>&amp;Problèmes seulement</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Équipements</translation>
    </message>
    <message>
        <source>Device role</source>
        <translation>Rôle de l’équipement</translation>
    </message>
    <message>
        <source>Show one kind of device</source>
        <translation>Afficher un seul type d’équipement</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <source>Chargers</source>
        <translation>Bornes</translation>
    </message>
    <message>
        <source>Grid meters</source>
        <translation>Compteurs réseau</translation>
    </message>
    <message>
        <source>PV inverters</source>
        <translation>Onduleurs PV</translation>
    </message>
    <message>
        <source>Batteries</source>
        <translation>Batteries</translation>
    </message>
    <message>
        <source>Load meters</source>
        <translation>Compteurs de consommation</translation>
    </message>
    <message>
        <source>Only devices that do not answer or had errors</source>
        <translation>Seulement les équipements qui ne répondent pas ou ont eu des erreurs</translation>
    </message>
    <message>
        <source>Search device, model or address (Ctrl+F)</source>
        <translation>Rechercher équipement, modèle ou adresse (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search devices</source>
        <translation>Rechercher des équipements</translation>
    </message>
    <message>
        <source>Devices and their health</source>
        <translation>Équipements et leur état de santé</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <source>%1 devices · %2 not answering · %3 with errors since start</source>
        <translation>%1 équipements · %2 sans réponse · %3 avec erreurs depuis le démarrage</translation>
    </message>
</context>
<context>
    <name>parkwatt::DriverInputForm</name>
    <message>
        <source>tomorrow %1</source>
        <translation>demain %1</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s), %1</source>
        <translation>
            <numerusform>dans %n jour, %1</numerusform>
            <numerusform>dans %n jours, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The building may borrow from my car (V2B): yes</source>
        <translation>Le bâtiment peut emprunter à ma voiture (V2B)&#xa0;: oui</translation>
    </message>
    <message>
        <source>The building may borrow from my car (V2B): no</source>
        <translation>Le bâtiment peut emprunter à ma voiture (V2B)&#xa0;: non</translation>
    </message>
    <message>
        <source>Your charging</source>
        <translation>Votre recharge</translation>
    </message>
    <message>
        <source>I leave at</source>
        <translation>Je pars à</translation>
    </message>
    <message>
        <source>Charge to</source>
        <translation>Charger jusqu’à</translation>
    </message>
    <message>
        <source>Never below</source>
        <translation>Jamais moins de</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Leave 15 minutes earlier</source>
        <translation>Partir 15 minutes plus tôt</translation>
    </message>
    <message>
        <source>Leave 15 minutes later</source>
        <translation>Partir 15 minutes plus tard</translation>
    </message>
    <message>
        <source>Charge less</source>
        <translation>Charger moins</translation>
    </message>
    <message>
        <source>Charge more</source>
        <translation>Charger plus</translation>
    </message>
</context>
<context>
    <name>parkwatt::EventTableModel</name>
    <message>
        <source>Alarm</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>active</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 from %2 (%3), raised %4</source>
        <translation>%1 de %2 (%3), apparition le %4</translation>
    </message>
    <message>
        <source>Still active</source>
        <translation>Toujours en cours</translation>
    </message>
    <message>
        <source>Cleared %1</source>
        <translation>Disparition le %1</translation>
    </message>
    <message>
        <source>Acknowledged by %1 at %2</source>
        <translation>Acquitté par %1 le %2</translation>
    </message>
    <message>
        <source>Not acknowledged</source>
        <translation>Non acquitté</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Apparition</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Disparition</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acquitté</translation>
    </message>
    <message>
        <source>When the engine raised it (site time)</source>
        <translation>Quand le moteur l’a signalé (heure du site)</translation>
    </message>
    <message>
        <source>Alarm, warning or info</source>
        <translation>Alarme, avertissement ou info</translation>
    </message>
    <message>
        <source>The device or part of the engine it comes from</source>
        <translation>L’équipement ou la partie du moteur dont il provient</translation>
    </message>
    <message>
        <source>When the condition ended; &quot;active&quot; while it lasts</source>
        <translation>Quand la condition a pris fin&#xa0;; «&#xa0;en cours&#xa0;» tant qu’elle dure</translation>
    </message>
    <message>
        <source>Who acknowledged it, and when</source>
        <translation>Qui l’a acquitté, et quand</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
</context>
<context>
    <name>parkwatt::EventsPage</name>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Events summary</source>
        <translation>Résumé des événements</translation>
    </message>
    <message>
        <source>Alarms and warnings still active, alarms and warnings nobody has acknowledged yet, and how many events the filter shows.</source>
        <translation>Alarmes et avertissements toujours en cours, alarmes et avertissements que personne n’a encore acquittés, et nombre d’événements affichés par le filtre.</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Toutes les gravités</translation>
    </message>
    <message>
        <source>Severity filter</source>
        <translation>Filtre de gravité</translation>
    </message>
    <message>
        <source>List events of every severity, or only alarms, warnings or information.</source>
        <translation>Lister les événements de toute gravité, ou seulement les alarmes, les avertissements ou les informations.</translation>
    </message>
    <message>
        <source>S&amp;everity</source>
        <translation>&amp;Gravité</translation>
    </message>
    <message>
        <source>&amp;Active only</source>
        <translation>&amp;En cours seulement</translation>
    </message>
    <message>
        <source>Active events only</source>
        <translation>Événements en cours seulement</translation>
    </message>
    <message>
        <source>Hide the events whose condition has cleared.</source>
        <translation>Masquer les événements dont la condition a disparu.</translation>
    </message>
    <message>
        <source>Search source or message (Ctrl+F)</source>
        <translation>Rechercher source ou message (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search events</source>
        <translation>Rechercher des événements</translation>
    </message>
    <message>
        <source>List only events whose source, code, message or acknowledging user contains this text.</source>
        <translation>Lister seulement les événements dont la source, le code, le message ou l’utilisateur ayant acquitté contient ce texte.</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge</source>
        <translation>Ac&amp;quitter</translation>
    </message>
    <message>
        <source>Acknowledge the selected events</source>
        <translation>Acquitter les événements sélectionnés</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acquitter</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>The engine&apos;s alarms and events, newest first; select some and press Ctrl+K to acknowledge them.</source>
        <translation>Alarmes et événements du moteur, les plus récents en premier&#xa0;; sélectionnez-en et appuyez sur Ctrl+K pour les acquitter.</translation>
    </message>
    <message>
        <source>Acknowledgement status</source>
        <translation>État de l’acquittement</translation>
    </message>
    <message>
        <source>Acknowledging %1…</source>
        <translation>Acquittement de %1…</translation>
    </message>
    <message>
        <source>%1 event</source>
        <translation>%1 événement</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 événements</translation>
    </message>
    <message>
        <source>%1 acknowledged as %2.</source>
        <translation>%1&#xa0;: acquittement effectué en tant que %2.</translation>
    </message>
    <message>
        <source>The engine refused: %1</source>
        <translation>Le moteur a refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source> (%1 acknowledged)</source>
        <translation> (acquittement effectué pour %1)</translation>
    </message>
    <message>
        <source>%1 other</source>
        <translation>%1 autre</translation>
    </message>
    <message>
        <source>%1 others</source>
        <translation>%1 autres</translation>
    </message>
    <message>
        <source>Your role (%1) may not acknowledge events; a manager, installer or administrator can.</source>
        <translation>Votre rôle (%1) ne permet pas d’acquitter les événements&#xa0;; un gestionnaire, un installateur ou un administrateur le peut.</translation>
    </message>
    <message>
        <source>Waiting for the engine&apos;s answer…</source>
        <translation>En attente de la réponse du moteur…</translation>
    </message>
    <message>
        <source>Select one or more events that are not acknowledged yet (Ctrl+K).</source>
        <translation>Sélectionnez un ou plusieurs événements pas encore acquittés (Ctrl+K).</translation>
    </message>
    <message>
        <source>Acknowledge the %1 as %2 (Ctrl+K); the audit trail records it.</source>
        <translation>Acquitter %1 en tant que %2 (Ctrl+K)&#xa0;; le journal d’audit le consigne.</translation>
    </message>
    <message>
        <source>selected event</source>
        <translation>l’événement sélectionné</translation>
    </message>
    <message>
        <source>%1 selected events</source>
        <translation>les %1 événements sélectionnés</translation>
    </message>
    <message>
        <source>No events yet: the engine lists device faults, meter loss, outages, storage alarms, policy changes and overrides here.</source>
        <translation>Aucun événement pour l’instant&#xa0;: le moteur liste ici les défauts d’équipement, pertes de compteur, coupures de réseau, alarmes de stockage, changements de stratégie et forçages.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 of %5 shown</source>
        <translation>%1 · %2 · %3 · %4 sur %5 affichés</translation>
    </message>
    <message>
        <source>%1 active alarm</source>
        <translation>%1 alarme en cours</translation>
    </message>
    <message>
        <source>%1 active alarms</source>
        <translation>%1 alarmes en cours</translation>
    </message>
    <message>
        <source>%1 active warning</source>
        <translation>%1 avertissement en cours</translation>
    </message>
    <message>
        <source>%1 active warnings</source>
        <translation>%1 avertissements en cours</translation>
    </message>
    <message>
        <source>%1 alarm or warning not acknowledged</source>
        <translation>%1 alarme ou avertissement non acquitté</translation>
    </message>
    <message>
        <source>%1 alarms or warnings not acknowledged</source>
        <translation>%1 alarmes ou avertissements non acquittés</translation>
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
        <translation>Place %1, %2</translation>
    </message>
</context>
<context>
    <name>parkwatt::GaragePage</name>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Charging</source>
        <translation>En charge</translation>
    </message>
    <message>
        <source>V2B</source>
        <translation>V2B</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Plugged</source>
        <translation>Branchées</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libres</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Every bay</source>
        <translation>Toutes les places</translation>
    </message>
    <message>
        <source>Cars charging now</source>
        <translation>Voitures en charge en ce moment</translation>
    </message>
    <message>
        <source>Cars feeding the building (vehicle to building)</source>
        <translation>Voitures qui alimentent le bâtiment (du véhicule au bâtiment)</translation>
    </message>
    <message>
        <source>Cars that still need energy, held back by the plan: they wait for PV surplus or a later hour</source>
        <translation>Voitures qui ont encore besoin d’énergie, retenues par le plan&#xa0;: elles attendent un surplus PV ou une heure plus tardive</translation>
    </message>
    <message>
        <source>Cars plugged in with nothing left to charge</source>
        <translation>Voitures branchées sans plus rien à charger</translation>
    </message>
    <message>
        <source>Bays without a car</source>
        <translation>Places sans voiture</translation>
    </message>
    <message>
        <source>Chargers that do not answer</source>
        <translation>Bornes qui ne répondent pas</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Search bay (Ctrl+F)</source>
        <translation>Rechercher une place (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search bay</source>
        <translation>Rechercher une place</translation>
    </message>
    <message>
        <source>Bays</source>
        <translation>Places</translation>
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
        <translation>Aide de Parkwatt</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Facility manager&apos;s guide</source>
        <translation>Guide du gestionnaire du site</translation>
    </message>
    <message>
        <source>Installer&apos;s guide</source>
        <translation>Guide de l’installateur</translation>
    </message>
    <message>
        <source>Driver&apos;s guide (lobby kiosk)</source>
        <translation>Guide du conducteur (borne d’accueil)</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
</context>
<context>
    <name>parkwatt::HistoryChart</name>
    <message>
        <source>History chart</source>
        <translation>Graphique de l’historique</translation>
    </message>
    <message>
        <source>Drag to zoom into a stretch, wheel to zoom, right-drag or arrow keys to pan</source>
        <translation>Faites glisser pour zoomer sur une plage, molette pour zoomer, glisser avec le bouton droit ou flèches pour vous déplacer</translation>
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
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Show the last %1</source>
        <translation>Afficher la dernière période (%1)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show the range between the two dates</source>
        <translation>Afficher la période entre les deux dates</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <source>Show %1 (right-hand axis, %)</source>
        <translation>Afficher %1 (axe de droite, %)</translation>
    </message>
    <message>
        <source>Show %1 (kW)</source>
        <translation>Afficher %1 (kW)</translation>
    </message>
    <message>
        <source>Point at the chart to read its values</source>
        <translation>Pointez le graphique pour lire ses valeurs</translation>
    </message>
    <message>
        <source>Values under the mouse</source>
        <translation>Valeurs sous la souris</translation>
    </message>
    <message>
        <source>History cannot be read from %1:
%2</source>
        <translation>Impossible de lire l’historique depuis %1&#xa0;:
%2</translation>
    </message>
    <message>
        <source>No history recorded yet for this range.</source>
        <translation>Aucun historique enregistré pour cette période.</translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation>Exporter l’historique en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Exporter le graphique en PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>parkwatt::KioskBayGrid</name>
    <message>
        <source>Garage</source>
        <translation>Parking</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Niveau %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n free bay(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n place libre</numerusform>
            <numerusform>%1&#xa0;: %n places libres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parkwatt::KioskBayPage</name>
    <message>
        <source>Bay %1</source>
        <translation>Place %1</translation>
    </message>
    <message>
        <source>Bay %1, level %2</source>
        <translation>Place %1, niveau %2</translation>
    </message>
    <message>
        <source>Change departure, charge or lending</source>
        <translation>Modifier départ, recharge ou prêt</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>charged (target %1)</source>
        <translation>chargée (objectif %1)</translation>
    </message>
    <message>
        <source>in the car (target %1)</source>
        <translation>dans la voiture (objectif %1)</translation>
    </message>
    <message>
        <source>This bay is free.</source>
        <translation>Cette place est libre.</translation>
    </message>
    <message>
        <source>Parked, not charging now</source>
        <translation>Garée, pas en charge pour l’instant</translation>
    </message>
    <message>
        <source>Charging at %1</source>
        <translation>En charge à %1</translation>
    </message>
    <message>
        <source>Lending %1 to the building</source>
        <translation>Prête %1 au bâtiment</translation>
    </message>
    <message>
        <source>Waiting for solar power or a cheaper hour</source>
        <translation>En attente de soleil ou d’une heure moins chère</translation>
    </message>
    <message>
        <source>This charger is out of order. Please ask the facility desk.</source>
        <translation>Cette borne est hors service. Veuillez vous adresser à l’accueil.</translation>
    </message>
    <message>
        <source>No departure time set yet.</source>
        <translation>Aucune heure de départ définie.</translation>
    </message>
    <message>
        <source>Target reached. Leaving at %1.</source>
        <translation>Objectif atteint. Départ à %1.</translation>
    </message>
    <message>
        <source>Ready by %1.</source>
        <translation>Recharge terminée d’ici %1.</translation>
    </message>
    <message>
        <source>By %1 it will be about %2 short of the target.</source>
        <translation>À %1, il manquera environ %2 pour atteindre l’objectif.</translation>
    </message>
    <message>
        <source>Leaving at %1.</source>
        <translation>Départ à %1.</translation>
    </message>
</context>
<context>
    <name>parkwatt::KioskFlowPage</name>
    <message>
        <source>Where the building&apos;s power comes from now</source>
        <translation>D’où vient l’électricité du bâtiment en ce moment</translation>
    </message>
</context>
<context>
    <name>parkwatt::KioskGaragePage</name>
    <message>
        <source>Find a free bay</source>
        <translation>Trouver une place libre</translation>
    </message>
    <message>
        <source>Tap your bay&apos;s number to see how your car is charging.</source>
        <translation>Touchez le numéro de votre place pour voir la recharge de votre voiture.</translation>
    </message>
    <message>
        <source>free</source>
        <translation>libre</translation>
    </message>
    <message>
        <source>charging</source>
        <translation>en charge</translation>
    </message>
    <message>
        <source>lending to the building</source>
        <translation>prête au bâtiment</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>parked</source>
        <translation>garée</translation>
    </message>
    <message>
        <source>out of order</source>
        <translation>hors service</translation>
    </message>
    <message numerus="yes">
        <source>%n free bay(s) in the garage</source>
        <translation>
            <numerusform>%n place libre dans le parking</numerusform>
            <numerusform>%n places libres dans le parking</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parkwatt::KioskPinPage</name>
    <message numerus="yes">
        <source>Too many wrong PINs. Please wait %n second(s).</source>
        <translation>
            <numerusform>Trop de codes PIN erronés. Veuillez patienter %n seconde.</numerusform>
            <numerusform>Trop de codes PIN erronés. Veuillez patienter %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not right. Please try again.</source>
        <translation>Ce code PIN est incorrect. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>parkwatt::KioskThanksPage</name>
    <message>
        <source>Thank you, drivers!</source>
        <translation>Merci à tous les conducteurs&#xa0;!</translation>
    </message>
    <message>
        <source>lent to the building today by the cars parked here, so it needed less from the grid</source>
        <translation>prêtés au bâtiment aujourd’hui par les voitures garées ici&#xa0;: il a moins puisé sur le réseau</translation>
    </message>
    <message numerus="yes">
        <source>%n car(s) lending power right now</source>
        <translation>
            <numerusform>%n voiture prête de l’énergie en ce moment</numerusform>
            <numerusform>%n voitures prêtent de l’énergie en ce moment</numerusform>
        </translation>
    </message>
    <message>
        <source>Your car can help too: allow lending (V2B) when you set your departure.</source>
        <translation>Votre voiture peut aussi aider&#xa0;: autorisez le prêt (V2B) en réglant votre départ.</translation>
    </message>
</context>
<context>
    <name>parkwatt::KioskTodayPage</name>
    <message>
        <source>Today in this building</source>
        <translation>Aujourd’hui dans ce bâtiment</translation>
    </message>
    <message>
        <source>of the energy used here came from our own sun and storage</source>
        <translation>de l’énergie consommée ici venait de notre soleil et de nos batteries</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>of CO₂ avoided by the solar power used today</source>
        <translation>de CO₂ évités grâce à l’énergie solaire utilisée aujourd’hui</translation>
    </message>
</context>
<context>
    <name>parkwatt::KioskWindow</name>
    <message>
        <source>the engine did not answer in time</source>
        <translation>le système n’a pas répondu à temps</translation>
    </message>
    <message>
        <source>Enter the PIN on your parking card to change this bay&apos;s charging.</source>
        <translation>Saisissez le code PIN de votre carte de parking pour modifier la recharge de cette place.</translation>
    </message>
    <message>
        <source>Facility manager</source>
        <translation>Gestionnaire du site</translation>
    </message>
    <message>
        <source>Enter the manager PIN to leave kiosk mode.</source>
        <translation>Saisissez le code PIN gestionnaire pour quitter le mode borne.</translation>
    </message>
    <message>
        <source>Saved. Your charging follows your new wishes from now on.</source>
        <translation>Enregistré. Votre recharge suit désormais vos nouveaux souhaits.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Parkwatt kiosk</source>
        <translation>Borne Parkwatt</translation>
    </message>
    <message>
        <source>Live figures are not available right now: the connection to the energy system is being restored.</source>
        <translation>Données en direct momentanément indisponibles&#xa0;: la connexion au système énergétique est en cours de rétablissement.</translation>
    </message>
</context>
<context>
    <name>parkwatt::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Follow the system language</source>
        <translation>Suivre la langue du système</translation>
    </message>
</context>
<context>
    <name>parkwatt::LiveDemo</name>
    <message>
        <source>no temporary folder for the demo: %1</source>
        <translation>pas de dossier temporaire pour la démo&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1&#xa0;: écriture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>parkwatt-sim was not found next to this program</source>
        <translation>parkwatt-sim est introuvable à côté de ce programme</translation>
    </message>
    <message>
        <source>demo garage on simulated Modbus devices</source>
        <translation>parking de démo sur équipements Modbus simulés</translation>
    </message>
</context>
<context>
    <name>parkwatt::LiveEngine</name>
    <message>
        <source>peak shaving needs a limit above 0 kW</source>
        <translation>l’écrêtage des pointes nécessite une limite supérieure à 0 kW</translation>
    </message>
    <message>
        <source>the peak limit (%1 kW) is above the connection&apos;s import limit (%2 kW)</source>
        <translation>la limite de pointe (%1 kW) dépasse la limite de soutirage du raccordement (%2 kW)</translation>
    </message>
    <message>
        <source>the battery reserve must be between 0 and 100 %</source>
        <translation>la réserve batterie doit être comprise entre 0 et 100 %</translation>
    </message>
    <message>
        <source>the reserve time cannot be negative</source>
        <translation>la durée de réserve ne peut pas être négative</translation>
    </message>
    <message>
        <source>this engine cannot change its policy</source>
        <translation>ce moteur ne peut pas changer de stratégie</translation>
    </message>
    <message>
        <source>there is no earlier policy to return to</source>
        <translation>il n’y a pas de stratégie précédente à rétablir</translation>
    </message>
    <message>
        <source>there is no charger %1 at this site</source>
        <translation>il n’y a pas de borne %1 sur ce site</translation>
    </message>
    <message>
        <source>no car is plugged in at %1</source>
        <translation>aucune voiture n’est branchée sur %1</translation>
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
        <translation>réserve de secours %1 %</translation>
    </message>
    <message>
        <source>peak shaving at %1 kW</source>
        <translation>écrêtage des pointes à %1 kW</translation>
    </message>
    <message>
        <source>self-sufficiency</source>
        <translation>autosuffisance</translation>
    </message>
    <message>
        <source>self-sufficiency (battery charged from PV only)</source>
        <translation>autosuffisance (batterie chargée uniquement par le PV)</translation>
    </message>
    <message>
        <source>V2B with consenting cars</source>
        <translation>V2B avec les voitures consentantes</translation>
    </message>
    <message>
        <source>no V2B</source>
        <translation>pas de V2B</translation>
    </message>
    <message>
        <source>none</source>
        <translation>néant</translation>
    </message>
    <message>
        <source>1 car, %1</source>
        <translation>1 voiture, %1</translation>
    </message>
    <message>
        <source>%1 cars, %2</source>
        <translation>%1 voitures, %2</translation>
    </message>
    <message>
        <source>import %1</source>
        <translation>soutirage %1</translation>
    </message>
    <message>
        <source>export %1</source>
        <translation>injection %1</translation>
    </message>
    <message>
        <source>no battery</source>
        <translation>pas de batterie</translation>
    </message>
    <message>
        <source>charging %1</source>
        <translation>charge %1</translation>
    </message>
    <message>
        <source>discharging %1</source>
        <translation>décharge %1</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>au repos</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>s.o.</translation>
    </message>
    <message>
        <source>%1 of %2 bays</source>
        <translation>%1 places sur %2</translation>
    </message>
    <message>
        <source>grid outage: critical load only</source>
        <translation>coupure de réseau&#xa0;: charge critique uniquement</translation>
    </message>
    <message>
        <source>grid connected</source>
        <translation>réseau connecté</translation>
    </message>
</context>
<context>
    <name>parkwatt::LiveSite</name>
    <message>
        <source>the engine stopped</source>
        <translation>le moteur s’est arrêté</translation>
    </message>
</context>
<context>
    <name>parkwatt::LiveSiteControl</name>
    <message>
        <source>Policy changed by %1</source>
        <translation>Stratégie modifiée par %1</translation>
    </message>
    <message>
        <source>Charge now at %1, set by %2</source>
        <translation>Charge forcée sur %1, demandée par %2</translation>
    </message>
    <message>
        <source>%1 paused by %2</source>
        <translation>%1&#xa0;: pause demandée par %2</translation>
    </message>
    <message>
        <source>Override on %1 released by %2</source>
        <translation>Forçage sur %1 levé par %2</translation>
    </message>
    <message>
        <source>the engine (the car left)</source>
        <translation>le moteur (la voiture est partie)</translation>
    </message>
    <message>
        <source>A car plugged in at %1</source>
        <translation>Une voiture s’est branchée sur %1</translation>
    </message>
    <message>
        <source>The car at %1 left with its target met (%2 kWh charged)</source>
        <translation>La voiture de %1 est partie avec son objectif atteint (%2 kWh chargés)</translation>
    </message>
    <message>
        <source>The car at %1 left short of its target (%2 kWh charged)</source>
        <translation>La voiture de %1 est partie sans atteindre son objectif (%2 kWh chargés)</translation>
    </message>
    <message>
        <source>%1 (role %2) may not %3</source>
        <translation>%1 (rôle %2) n’est pas autorisé à %3</translation>
    </message>
    <message>
        <source>change the policy</source>
        <translation>modifier la stratégie</translation>
    </message>
    <message>
        <source>override a bay</source>
        <translation>forcer une place</translation>
    </message>
    <message>
        <source>acknowledge events</source>
        <translation>acquitter des événements</translation>
    </message>
    <message>
        <source>change a session</source>
        <translation>modifier une session de recharge</translation>
    </message>
    <message>
        <source>there is no charger %1 at this site</source>
        <translation>il n’y a pas de borne %1 sur ce site</translation>
    </message>
    <message>
        <source>Recording stopped, control goes on: %1</source>
        <translation>Enregistrement arrêté, le pilotage continue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Grid outage: the site runs on PV, battery and consenting cars</source>
        <translation>Coupure de réseau&#xa0;: le site fonctionne sur le PV, la batterie et les voitures consentantes</translation>
    </message>
    <message>
        <source>Grid meter lost: chargers ramp down to their safe current</source>
        <translation>Compteur réseau perdu&#xa0;: les bornes descendent à leur courant de repli</translation>
    </message>
</context>
<context>
    <name>parkwatt::OverviewPage</name>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Self-sufficiency</source>
        <translation>Autosuffisance</translation>
    </message>
    <message>
        <source>Share of the building&apos;s and the cars&apos; consumption not drawn from the grid.</source>
        <translation>Part de la consommation du bâtiment et des voitures qui n’a pas été soutirée au réseau.</translation>
    </message>
    <message>
        <source>Billing peak</source>
        <translation>Pointe facturée</translation>
    </message>
    <message>
        <source>Largest 15-minute mean grid import today, against the peak-shaving limit.</source>
        <translation>Plus fort soutirage moyen sur 15 minutes aujourd’hui, comparé à la limite d’écrêtage des pointes.</translation>
    </message>
    <message>
        <source>PV energy</source>
        <translation>Énergie PV</translation>
    </message>
    <message>
        <source>Solar energy used on site today.</source>
        <translation>Énergie solaire utilisée sur site aujourd’hui.</translation>
    </message>
    <message>
        <source>EV energy charged</source>
        <translation>Énergie chargée (VE)</translation>
    </message>
    <message>
        <source>Energy delivered into the cars today.</source>
        <translation>Énergie fournie aux voitures aujourd’hui.</translation>
    </message>
    <message>
        <source>V2B energy</source>
        <translation>Énergie V2B</translation>
    </message>
    <message>
        <source>Energy the cars gave back to the building today.</source>
        <translation>Énergie restituée au bâtiment par les voitures aujourd’hui.</translation>
    </message>
    <message>
        <source>Backup reserve</source>
        <translation>Réserve de secours</translation>
    </message>
    <message>
        <source>How long the stored energy (battery above its minimum, and consenting cars above their owners&apos; floors when the policy counts them) would carry the critical load now.</source>
        <translation>Combien de temps l’énergie stockée (batterie au-dessus de son minimum, et voitures consentantes au-dessus du plancher fixé par leur propriétaire si la stratégie les compte) alimenterait la charge critique actuelle.</translation>
    </message>
    <message>
        <source>Active policy</source>
        <translation>Stratégie active</translation>
    </message>
    <message>
        <source>The policy&apos;s parts in their priority order.</source>
        <translation>Les volets de la stratégie par ordre de priorité.</translation>
    </message>
    <message>
        <source>Open alarms</source>
        <translation>Alarmes en cours</translation>
    </message>
    <message>
        <source>Grid outage since %1: critical load only</source>
        <translation>Coupure de réseau depuis %1&#xa0;: charge critique uniquement</translation>
    </message>
    <message>
        <source>%1 not answering since %2</source>
        <translation>%1 ne répond pas depuis %2</translation>
    </message>
    <message>
        <source>No open alarms</source>
        <translation>Aucune alarme en cours</translation>
    </message>
    <message>
        <source>Waiting for the first cycle</source>
        <translation>En attente du premier cycle</translation>
    </message>
</context>
<context>
    <name>parkwatt::PinKeypad</name>
    <message numerus="yes">
        <source>%n digit(s) entered</source>
        <translation>
            <numerusform>%n chiffre saisi</numerusform>
            <numerusform>%n chiffres saisis</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Erase the last digit</source>
        <translation>Effacer le dernier chiffre</translation>
    </message>
    <message>
        <source>Enter the PIN</source>
        <translation>Valider le code PIN</translation>
    </message>
</context>
<context>
    <name>parkwatt::PoliciesPage</name>
    <message>
        <source>Policies</source>
        <translation>Stratégies</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <source>Policy in force</source>
        <translation>Stratégie en vigueur</translation>
    </message>
    <message>
        <source>What the engine runs the site with now.</source>
        <translation>La stratégie avec laquelle le moteur pilote le site en ce moment.</translation>
    </message>
    <message>
        <source>Last policy change</source>
        <translation>Dernier changement de stratégie</translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation>&amp;Appliquer…</translation>
    </message>
    <message>
        <source>Apply the edited policy</source>
        <translation>Appliquer la stratégie modifiée</translation>
    </message>
    <message>
        <source>R&amp;evert edits</source>
        <translation>Réini&amp;tialiser</translation>
    </message>
    <message>
        <source>Revert edits</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Put the form back to the policy in force.</source>
        <translation>Remettre le formulaire sur la stratégie en vigueur.</translation>
    </message>
    <message>
        <source>&amp;Undo last change</source>
        <translation>Reve&amp;nir en arrière</translation>
    </message>
    <message>
        <source>Undo the last policy change</source>
        <translation>Annuler le dernier changement de stratégie</translation>
    </message>
    <message>
        <source>Result of the last command</source>
        <translation>Résultat de la dernière commande</translation>
    </message>
    <message>
        <source>How the engine decides</source>
        <translation>Comment le moteur décide</translation>
    </message>
    <message>
        <source>Priority order</source>
        <translation>Ordre de priorité</translation>
    </message>
    <message>
        <source>When the parts of the policy conflict, the higher one wins.</source>
        <translation>Quand les volets de la stratégie sont en conflit, le plus haut l’emporte.</translation>
    </message>
    <message>
        <source>The engine is not connected.</source>
        <translation>Le moteur n’est pas connecté.</translation>
    </message>
    <message>
        <source>Waiting for the engine&apos;s answer…</source>
        <translation>En attente de la réponse du moteur…</translation>
    </message>
    <message>
        <source>Fix the problems shown in the form first.</source>
        <translation>Corrigez d’abord les problèmes signalés dans le formulaire.</translation>
    </message>
    <message>
        <source>The form shows the policy in force: edit it to apply a change.</source>
        <translation>Le formulaire affiche la stratégie en vigueur&#xa0;: modifiez-la pour appliquer un changement.</translation>
    </message>
    <message>
        <source>Send the edited policy to the engine after confirming what changes; the chargers follow at once.</source>
        <translation>Envoyer la stratégie modifiée au moteur après confirmation des changements&#xa0;; les bornes suivent aussitôt.</translation>
    </message>
    <message>
        <source>There is no earlier policy to return to.</source>
        <translation>Il n’y a pas de stratégie précédente à rétablir.</translation>
    </message>
    <message>
        <source>Return to the policy before the last change (recorded as a new change).</source>
        <translation>Revenir à la stratégie d’avant le dernier changement (enregistré comme un nouveau changement).</translation>
    </message>
    <message>
        <source>In force: %1.</source>
        <translation>En vigueur&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Apply this policy to %1? It takes effect at once: the engine re-plans and the chargers follow.</source>
        <translation>Appliquer cette stratégie à %1&#xa0;? Elle prend effet aussitôt&#xa0;: le moteur replanifie et les bornes suivent.</translation>
    </message>
    <message>
        <source>the site</source>
        <translation>le site</translation>
    </message>
    <message>
        <source>Not applied: the policy in force is unchanged.</source>
        <translation>Non appliquée&#xa0;: la stratégie en vigueur est inchangée.</translation>
    </message>
    <message>
        <source>Sending the policy to the engine…</source>
        <translation>Envoi de la stratégie au moteur…</translation>
    </message>
    <message>
        <source>Asking the engine to undo the last change…</source>
        <translation>Demande au moteur d’annuler le dernier changement…</translation>
    </message>
    <message>
        <source>Last changed by %1 at %2.</source>
        <translation>Dernière modification par %1 à %2.</translation>
    </message>
    <message>
        <source>%1 changed the policy in force while you were editing; your edits are kept. Revert edits to start from the new policy.</source>
        <translation>%1 a modifié la stratégie en vigueur pendant votre saisie&#xa0;; vos modifications sont conservées. Réinitialisez pour repartir de la nouvelle stratégie.</translation>
    </message>
    <message>
        <source>Apply policy</source>
        <translation>Appliquer la stratégie</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
</context>
<context>
    <name>parkwatt::PolicyCheck</name>
    <message>
        <source>Peak limit</source>
        <translation>Limite de pointe</translation>
    </message>
    <message>
        <source>Battery reserve</source>
        <translation>Réserve batterie</translation>
    </message>
    <message>
        <source>Reserve time</source>
        <translation>Durée de réserve</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Peak shaving needs a limit above 0 kW.</source>
        <translation>L’écrêtage des pointes nécessite une limite supérieure à 0 kW.</translation>
    </message>
    <message>
        <source>The peak limit (%1 kW) is above the connection&apos;s import limit (%2 kW): the grid connection could never draw that much.</source>
        <translation>La limite de pointe (%1 kW) dépasse la limite de soutirage du raccordement (%2 kW)&#xa0;: le raccordement ne pourrait jamais soutirer autant.</translation>
    </message>
    <message>
        <source>The battery reserve must be between 0 and 100 %.</source>
        <translation>La réserve batterie doit être comprise entre 0 et 100 %.</translation>
    </message>
    <message>
        <source>The reserve time cannot be negative.</source>
        <translation>La durée de réserve ne peut pas être négative.</translation>
    </message>
</context>
<context>
    <name>parkwatt::PolicyCommands</name>
    <message>
        <source>The engine refused: %1</source>
        <translation>Le moteur a refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Changing the policy needs the manager or admin role; %1 is signed in as %2.</source>
        <translation>Modifier la stratégie nécessite le rôle Gestionnaire ou Administrateur&#xa0;; %1 est identifié en tant que %2.</translation>
    </message>
    <message>
        <source>this operator</source>
        <translation>cet opérateur</translation>
    </message>
    <message>
        <source>Policy applied: the engine has re-planned with it.</source>
        <translation>Stratégie appliquée&#xa0;: le moteur a replanifié en conséquence.</translation>
    </message>
    <message>
        <source>Last change undone: the previous policy is back in force.</source>
        <translation>Dernier changement annulé&#xa0;: la stratégie précédente est de nouveau en vigueur.</translation>
    </message>
</context>
<context>
    <name>parkwatt::PolicyExportPage</name>
    <message>
        <source>Policy and site file</source>
        <translation>Stratégie et fichier de site</translation>
    </message>
    <message>
        <source>The policy the engine starts with (the facility manager changes it later in the control room), and where the site file goes (parkwattd run --site FILE).</source>
        <translation>La stratégie avec laquelle le moteur démarre (le gestionnaire technique la modifie ensuite depuis le poste de supervision), et l’emplacement du fichier de site (parkwattd run --site FILE).</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Save the site file</source>
        <translation>Enregistrer le fichier de site</translation>
    </message>
    <message>
        <source>Site files (*.json)</source>
        <translation>Fichiers de site (*.json)</translation>
    </message>
    <message>
        <source>&amp;Site file:</source>
        <translation>&amp;Fichier de site&#xa0;:</translation>
    </message>
    <message>
        <source>Write the commissioning &amp;report…</source>
        <translation>Générer le &amp;rapport de mise en service…</translation>
    </message>
    <message>
        <source>Save the commissioning report</source>
        <translation>Enregistrer le rapport de mise en service</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Installer:</source>
        <translation>&amp;Installateur&#xa0;:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>The policy has problems: see the form.</source>
        <translation>La stratégie présente des problèmes&#xa0;: voir le formulaire.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not saved: %1: %2</source>
        <translation>Non enregistré&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved %1: %2 device(s), %3 bay(s).</source>
        <translation>%1 enregistré&#xa0;: %2 équipement(s), %3 place(s).</translation>
    </message>
    <message>
        <source>Commissioning report: %1</source>
        <translation>Rapport de mise en service&#xa0;: %1</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>Le rapport n’a pas été écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Commissioning report written: %1 and %2.</source>
        <translation>Rapport de mise en service écrit&#xa0;: %1 et %2.</translation>
    </message>
</context>
<context>
    <name>parkwatt::PolicyForm</name>
    <message>
        <source>Self-sufficiency</source>
        <translation>Autosuffisance</translation>
    </message>
    <message>
        <source>Use the site&apos;s PV before buying from the grid.</source>
        <translation>Utiliser le PV du site avant d’acheter au réseau.</translation>
    </message>
    <message>
        <source>Use PV before the &amp;grid</source>
        <translation>Utiliser le PV avant le &amp;réseau</translation>
    </message>
    <message>
        <source>On: PV surplus goes to the battery and the cars before anything is bought from the grid.</source>
        <translation>Activé&#xa0;: le surplus PV va à la batterie et aux voitures avant tout achat au réseau.</translation>
    </message>
    <message>
        <source>Allow charging the &amp;battery from the grid</source>
        <translation>Autoriser la recharge de la &amp;batterie depuis le réseau</translation>
    </message>
    <message>
        <source>Battery charging from the grid</source>
        <translation>Recharge de la batterie depuis le réseau</translation>
    </message>
    <message>
        <source>Off: the battery charges from PV only (except to restore the backup reserve or to prepare for a peak the plan foresees).</source>
        <translation>Désactivé&#xa0;: la batterie se charge uniquement par le PV (sauf pour reconstituer la réserve de secours ou se préparer à une pointe prévue par le plan).</translation>
    </message>
    <message>
        <source>This site has no battery; the setting is kept for when it has one.</source>
        <translation>Ce site n’a pas de batterie&#xa0;; le réglage est conservé pour le jour où il en aura une.</translation>
    </message>
    <message>
        <source>Peak shaving</source>
        <translation>Écrêtage des pointes</translation>
    </message>
    <message>
        <source>Keep every 15-minute average grid import under a limit (what a demand charge bills). The connection&apos;s import limit is %1 kW.</source>
        <translation>Maintenir chaque soutirage moyen sur 15 minutes sous une limite (ce que facture la composante de puissance). La limite de soutirage du raccordement est de %1 kW.</translation>
    </message>
    <message>
        <source>&amp;Shave peaks</source>
        <translation>É&amp;crêter les pointes</translation>
    </message>
    <message>
        <source>On: the engine holds grid import at or below the peak limit.</source>
        <translation>Activé&#xa0;: le moteur maintient le soutirage au niveau de la limite de pointe ou en dessous.</translation>
    </message>
    <message>
        <source> kW</source>
        <translation> kW</translation>
    </message>
    <message>
        <source>Peak limit in kilowatts</source>
        <translation>Limite de pointe en kilowatts</translation>
    </message>
    <message>
        <source>The highest 15-minute average import allowed, in kW: above 0 and at most the connection&apos;s %1 kW.</source>
        <translation>Le plus fort soutirage moyen sur 15 minutes autorisé, en kW&#xa0;: supérieur à 0 et au plus égal aux %1 kW du raccordement.</translation>
    </message>
    <message>
        <source>Peak &amp;limit:</source>
        <translation>&amp;Limite de pointe&#xa0;:</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Secours</translation>
    </message>
    <message>
        <source>Hold energy in reserve to carry the critical load through a grid outage.</source>
        <translation>Garder de l’énergie en réserve pour alimenter la charge critique pendant une coupure de réseau.</translation>
    </message>
    <message>
        <source>&amp;Keep a backup reserve</source>
        <translation>&amp;Garder une réserve de secours</translation>
    </message>
    <message>
        <source>Backup reserve</source>
        <translation>Réserve de secours</translation>
    </message>
    <message>
        <source>On: outside outages the battery stays at or above the reserve.</source>
        <translation>Activé&#xa0;: hors coupure de réseau, la batterie reste au niveau de la réserve ou au-dessus.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Battery reserve in percent</source>
        <translation>Réserve batterie en pourcentage</translation>
    </message>
    <message>
        <source>The battery&apos;s state of charge kept for an outage, 0 to 100 %.</source>
        <translation>Niveau de charge (SoC) de la batterie conservé pour une coupure de réseau, de 0 à 100 %.</translation>
    </message>
    <message>
        <source>This site has no battery; the reserve is kept for when it has one.</source>
        <translation>Ce site n’a pas de batterie&#xa0;; la réserve est conservée pour le jour où il en aura une.</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Reserve time in hours</source>
        <translation>Durée de réserve en heures</translation>
    </message>
    <message>
        <source>How many hours of the current critical load the site aims to hold in reserve (0 or more).</source>
        <translation>Nombre d’heures de la charge critique actuelle que le site vise à garder en réserve (0 ou plus).</translation>
    </message>
    <message>
        <source>Count consenting &amp;cars toward the reserve</source>
        <translation>Compter les &amp;voitures consentantes dans la réserve</translation>
    </message>
    <message>
        <source>Cars in the backup reserve</source>
        <translation>Voitures dans la réserve de secours</translation>
    </message>
    <message>
        <source>On: plugged cars whose owners consent count with their energy above their minimum, and feed the critical load during an outage.</source>
        <translation>Activé&#xa0;: les voitures branchées dont le propriétaire consent comptent pour leur énergie au-dessus de leur minimum, et alimentent la charge critique pendant une coupure de réseau.</translation>
    </message>
    <message>
        <source>Battery &amp;reserve:</source>
        <translation>Ré&amp;serve batterie&#xa0;:</translation>
    </message>
    <message>
        <source>Reserve &amp;time:</source>
        <translation>&amp;Durée de réserve&#xa0;:</translation>
    </message>
    <message>
        <source>Vehicle to building (V2B)</source>
        <translation>Du véhicule au bâtiment (V2B)</translation>
    </message>
    <message>
        <source>Let consenting cars on bidirectional chargers feed the building outside outages.</source>
        <translation>Laisser les voitures consentantes sur bornes bidirectionnelles alimenter le bâtiment hors coupure de réseau.</translation>
    </message>
    <message>
        <source>This site has no bidirectional charger, so no car can feed the building.</source>
        <translation>Ce site n’a pas de borne bidirectionnelle&#xa0;: aucune voiture ne peut alimenter le bâtiment.</translation>
    </message>
    <message>
        <source>Allow &amp;V2B with consenting cars</source>
        <translation>Autoriser le V&amp;2B avec les voitures consentantes</translation>
    </message>
    <message>
        <source>V2B</source>
        <translation>V2B</translation>
    </message>
    <message>
        <source>On: consenting cars may discharge for peak shaving and self-sufficiency, never so far that they miss their own departure target.</source>
        <translation>Activé&#xa0;: les voitures consentantes peuvent se décharger pour l’écrêtage des pointes et l’autosuffisance, jamais au point de manquer leur propre objectif de départ.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>parkwatt::PolicyPreviewPanel</name>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>What the edited policy would have done, against the policy in force, replayed by the engine&apos;s simulation on the same days.</source>
        <translation>Ce qu’aurait donné la stratégie modifiée, comparée à la stratégie en vigueur, rejouée par la simulation du moteur sur les mêmes jours.</translation>
    </message>
    <message>
        <source>&amp;Last 7 recorded days</source>
        <translation>Les 7 derniers &amp;jours enregistrés</translation>
    </message>
    <message>
        <source>Preview on the last 7 recorded days</source>
        <translation>Aperçu sur les 7 derniers jours enregistrés</translation>
    </message>
    <message>
        <source>The engine records no history, so there are no days to replay.</source>
        <translation>Le moteur n’enregistre aucun historique&#xa0;: il n’y a donc aucun jour à rejouer.</translation>
    </message>
    <message>
        <source>Replay PV, building load and the cars&apos; sessions as the site&apos;s database recorded them over the last 7 days.</source>
        <translation>Rejouer le PV, la consommation du bâtiment et les sessions de recharge des voitures tels que la base de données du site les a enregistrés sur les 7 derniers jours.</translation>
    </message>
    <message>
        <source>Scenario &amp;file</source>
        <translation>&amp;Fichier de scénario</translation>
    </message>
    <message>
        <source>Preview on a scenario file</source>
        <translation>Aperçu sur un fichier de scénario</translation>
    </message>
    <message>
        <source>Replay a scenario file (parkwatt-scenario/1) instead of the recorded days.</source>
        <translation>Rejouer un fichier de scénario (parkwatt-scenario/1) au lieu des jours enregistrés.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose a scenario file</source>
        <translation>Choisir un fichier de scénario</translation>
    </message>
    <message>
        <source>Choose the scenario file to preview on.</source>
        <translation>Choisir le fichier de scénario sur lequel calculer l’aperçu.</translation>
    </message>
    <message>
        <source>&amp;Preview edited policy</source>
        <translation>Aperçu de la stratégie &amp;modifiée</translation>
    </message>
    <message>
        <source>Preview the edited policy</source>
        <translation>Prévisualiser la stratégie modifiée</translation>
    </message>
    <message>
        <source>Run the chosen days under the current and the edited policy, side by side.</source>
        <translation>Simuler les jours choisis avec la stratégie actuelle et avec la stratégie modifiée, côte à côte.</translation>
    </message>
    <message>
        <source>Preview progress</source>
        <translation>Progression de l’aperçu</translation>
    </message>
    <message>
        <source>Simulation steps done under both policies.</source>
        <translation>Pas de simulation effectués avec les deux stratégies.</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Ann&amp;uler</translation>
    </message>
    <message>
        <source>Cancel the preview</source>
        <translation>Annuler l’aperçu</translation>
    </message>
    <message>
        <source>Stop the preview; nothing is shown for it.</source>
        <translation>Arrêter l’aperçu&#xa0;; rien n’en sera affiché.</translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation>État de l’aperçu</translation>
    </message>
    <message>
        <source>The preview cannot run: %1</source>
        <translation>L’aperçu ne peut pas être lancé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose a scenario file: the engine records no history to replay.</source>
        <translation>Choisissez un fichier de scénario&#xa0;: le moteur n’enregistre aucun historique à rejouer.</translation>
    </message>
    <message>
        <source>Edit the policy, then preview it on the last 7 recorded days.</source>
        <translation>Modifiez la stratégie, puis prévisualisez-la sur les 7 derniers jours enregistrés.</translation>
    </message>
    <message>
        <source>Scenario &amp;file: %1</source>
        <translation>&amp;Fichier de scénario&#xa0;: %1</translation>
    </message>
    <message>
        <source>Scenario to preview on</source>
        <translation>Scénario pour l’aperçu</translation>
    </message>
    <message>
        <source>Scenarios (*.json);;All files (*)</source>
        <translation>Scénarios (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading the last 7 recorded days…</source>
        <translation>Lecture des 7 derniers jours enregistrés…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Choose a scenario file first.</source>
        <translation>Choisissez d’abord un fichier de scénario.</translation>
    </message>
    <message>
        <source>Preview cancelled.</source>
        <translation>Aperçu annulé.</translation>
    </message>
    <message>
        <source>Simulating %1 under both policies…</source>
        <translation>Simulation sur %1 avec les deux stratégies…</translation>
    </message>
    <message>
        <source>Previewed on %1 (%2 s).</source>
        <translation>Aperçu calculé sur %1 (%2 s).</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Previewed on %1. The policy has been edited since: preview again to see the edit.</source>
        <translation>Aperçu calculé sur %1. La stratégie a été modifiée depuis&#xa0;: relancez l’aperçu pour voir la modification.</translation>
    </message>
</context>
<context>
    <name>parkwatt::PolicyWords</name>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>on at %1 kW</source>
        <translation>activé à %1 kW</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>Self-sufficiency</source>
        <translation>Autosuffisance</translation>
    </message>
    <message>
        <source>Battery charging from the grid</source>
        <translation>Recharge de la batterie depuis le réseau</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>autorisée</translation>
    </message>
    <message>
        <source>PV only</source>
        <translation>PV uniquement</translation>
    </message>
    <message>
        <source>Peak shaving</source>
        <translation>Écrêtage des pointes</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Secours</translation>
    </message>
    <message>
        <source>Battery reserve</source>
        <translation>Réserve batterie</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Reserve time</source>
        <translation>Durée de réserve</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Cars in the backup reserve</source>
        <translation>Voitures dans la réserve de secours</translation>
    </message>
    <message>
        <source>V2B</source>
        <translation>V2B</translation>
    </message>
    <message>
        <source>Hard limits</source>
        <translation>Limites strictes</translation>
    </message>
    <message>
        <source>the grid connection, device ratings and every battery&apos;s and car&apos;s minimum charge are never exceeded; no car discharges without its owner&apos;s consent</source>
        <translation>le raccordement au réseau, les valeurs nominales des équipements et la charge minimale de chaque batterie et de chaque voiture sont toujours respectés&#xa0;; aucune voiture ne se décharge sans le consentement de son propriétaire</translation>
    </message>
    <message>
        <source>Outage</source>
        <translation>Coupure de réseau</translation>
    </message>
    <message>
        <source>during a grid outage the critical load is served from PV, the battery, then consenting cars; what cannot be served is shed</source>
        <translation>pendant une coupure de réseau, la charge critique est alimentée par le PV, la batterie, puis les voitures consentantes&#xa0;; ce qui ne peut pas être alimenté est délesté</translation>
    </message>
    <message>
        <source>during a grid outage the critical load is served from PV and the battery; what cannot be served is shed</source>
        <translation>pendant une coupure de réseau, la charge critique est alimentée par le PV et la batterie&#xa0;; ce qui ne peut pas être alimenté est délesté</translation>
    </message>
    <message>
        <source>Departure targets</source>
        <translation>Objectifs de départ</translation>
    </message>
    <message>
        <source>every car reaches the charge its driver asked for by departure, wherever physically possible</source>
        <translation>chaque voiture atteint au départ la charge demandée par son conducteur, dans la mesure du physiquement possible</translation>
    </message>
    <message>
        <source>Backup reserve</source>
        <translation>Réserve de secours</translation>
    </message>
    <message>
        <source>the battery stays at or above %1 %%2</source>
        <translation>la batterie reste à %1 % ou plus%2</translation>
    </message>
    <message>
        <source>; consenting cars&apos; charge above their floor counts toward the reserve</source>
        <translation>&#xa0;; la charge des voitures consentantes au-dessus de leur plancher compte dans la réserve</translation>
    </message>
    <message>
        <source>off: the battery may be used down to its minimum</source>
        <translation>désactivée&#xa0;: la batterie peut être utilisée jusqu’à son minimum</translation>
    </message>
    <message>
        <source>every 15-minute average import stays at or below %1 kW; where that is impossible, the billing peak is kept as low as it can be</source>
        <translation>chaque soutirage moyen sur 15 minutes reste à %1 kW ou moins&#xa0;; quand c’est impossible, la pointe facturée est maintenue aussi basse que possible</translation>
    </message>
    <message>
        <source>off: imports are limited only by the connection</source>
        <translation>désactivé&#xa0;: le soutirage n’est limité que par le raccordement</translation>
    </message>
    <message>
        <source>PV is used before the grid; the battery may charge from the grid</source>
        <translation>le PV est utilisé avant le réseau&#xa0;; la batterie peut se charger depuis le réseau</translation>
    </message>
    <message>
        <source>PV is used before the grid; the battery charges from PV only</source>
        <translation>le PV est utilisé avant le réseau&#xa0;; la batterie se charge uniquement par le PV</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>import and export prices and the demand charge</source>
        <translation>prix de soutirage et d’injection, et composante de puissance</translation>
    </message>
    <message>
        <source>Wear</source>
        <translation>Usure</translation>
    </message>
    <message>
        <source>among otherwise equal choices, the least battery and car throughput</source>
        <translation>à choix égaux par ailleurs, le moins d’énergie échangée par la batterie et les voitures</translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <translation>%1. %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>All parts that are on act at once; when they conflict, the higher one wins. %1</source>
        <translation>Tous les volets activés agissent en même temps&#xa0;; en cas de conflit, le plus haut l’emporte. %1</translation>
    </message>
    <message>
        <source>V2B is on: consenting cars may feed the building for peak shaving and self-sufficiency, never below what they need to reach their own target.</source>
        <translation>V2B activé&#xa0;: les voitures consentantes peuvent alimenter le bâtiment pour l’écrêtage des pointes et l’autosuffisance, jamais en deçà de ce qu’il leur faut pour atteindre leur propre objectif.</translation>
    </message>
    <message>
        <source>V2B is off: cars feed the building only during an outage, and only when consenting cars count toward the backup reserve.</source>
        <translation>V2B désactivé&#xa0;: les voitures n’alimentent le bâtiment que pendant une coupure de réseau, et seulement si les voitures consentantes comptent dans la réserve de secours.</translation>
    </message>
</context>
<context>
    <name>parkwatt::PowerFlowWidget</name>
    <message>
        <source>Power flows</source>
        <translation>Flux de puissance</translation>
    </message>
    <message>
        <source>PV</source>
        <translation>PV</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>Batterie</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Bâtiment</translation>
    </message>
    <message>
        <source>Garage</source>
        <translation>Parking</translation>
    </message>
    <message>
        <source>outage</source>
        <translation>coupure</translation>
    </message>
    <message>
        <source>SoC %1</source>
        <translation>SoC %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>%1 of %2 bays</source>
        <translation>%1 places sur %2</translation>
    </message>
    <message>
        <source>import %1</source>
        <translation>soutirage %1</translation>
    </message>
    <message>
        <source>export %1</source>
        <translation>injection %1</translation>
    </message>
    <message>
        <source>discharging %1</source>
        <translation>décharge %1</translation>
    </message>
    <message>
        <source>charging %1</source>
        <translation>charge %1</translation>
    </message>
    <message>
        <source>charging %1, V2B %2</source>
        <translation>charge %1, V2B %2</translation>
    </message>
    <message>
        <source>V2B %1</source>
        <translation>V2B %1</translation>
    </message>
    <message>
        <source>No cycle seen yet.</source>
        <translation>Aucun cycle reçu pour l’instant.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>battery charge %1</source>
        <translation>niveau de charge de la batterie %1</translation>
    </message>
    <message>
        <source>cars&apos; charge %1</source>
        <translation>niveau de charge des voitures %1</translation>
    </message>
</context>
<context>
    <name>parkwatt::PowerHistoryChart</name>
    <message>
        <source>Power today</source>
        <translation>Puissance aujourd’hui</translation>
    </message>
    <message>
        <source>PV</source>
        <translation>PV</translation>
    </message>
    <message>
        <source>Building load</source>
        <translation>Consommation du bâtiment</translation>
    </message>
    <message>
        <source>Grid (import +)</source>
        <translation>Réseau (soutirage +)</translation>
    </message>
    <message>
        <source>EVs (charge +)</source>
        <translation>VE (charge +)</translation>
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
        <translation>Soutirage réseau, moyennes sur 15 minutes</translation>
    </message>
    <message>
        <source>Current policy</source>
        <translation>Stratégie actuelle</translation>
    </message>
    <message>
        <source>Edited policy</source>
        <translation>Stratégie modifiée</translation>
    </message>
    <message>
        <source>Edited peak limit</source>
        <translation>Limite de pointe modifiée</translation>
    </message>
    <message>
        <source>kW</source>
        <translation>kW</translation>
    </message>
    <message>
        <source>Grid import chart</source>
        <translation>Graphique du soutirage réseau</translation>
    </message>
    <message>
        <source>Grid import over the previewed period: grey under the current policy, orange under the edited one; the dashed line is the edited peak limit.</source>
        <translation>Soutirage réseau sur la période de l’aperçu&#xa0;: en gris avec la stratégie actuelle, en orange avec la stratégie modifiée&#xa0;; la ligne pointillée est la limite de pointe modifiée.</translation>
    </message>
    <message>
        <source>No preview yet.</source>
        <translation>Pas encore d’aperçu.</translation>
    </message>
    <message>
        <source>Grid import under the current policy peaks at %1 kW, under the edited policy at %2 kW (15-minute averages).</source>
        <translation>Le soutirage réseau culmine à %1 kW avec la stratégie actuelle et à %2 kW avec la stratégie modifiée (moyennes sur 15 minutes).</translation>
    </message>
</context>
<context>
    <name>parkwatt::PreviewKpiTable</name>
    <message>
        <source>Current policy</source>
        <translation>Stratégie actuelle</translation>
    </message>
    <message>
        <source>Edited policy</source>
        <translation>Stratégie modifiée</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>The policy in force now.</source>
        <translation>La stratégie en vigueur actuellement.</translation>
    </message>
    <message>
        <source>The policy as edited in the form.</source>
        <translation>La stratégie telle que modifiée dans le formulaire.</translation>
    </message>
    <message>
        <source>Edited minus current; green when the edited policy does better.</source>
        <translation>Modifiée moins actuelle&#xa0;; en vert quand la stratégie modifiée fait mieux.</translation>
    </message>
    <message>
        <source>Preview figures</source>
        <translation>Chiffres de l’aperçu</translation>
    </message>
    <message>
        <source>The preview&apos;s figures under the current and the edited policy; the change is green when the edited policy does better, red when worse.</source>
        <translation>Les chiffres de l’aperçu avec la stratégie actuelle et avec la stratégie modifiée&#xa0;; l’écart est en vert quand la stratégie modifiée fait mieux, en rouge quand elle fait moins bien.</translation>
    </message>
    <message>
        <source>Better under the edited policy</source>
        <translation>Mieux avec la stratégie modifiée</translation>
    </message>
    <message>
        <source>Worse under the edited policy</source>
        <translation>Moins bien avec la stratégie modifiée</translation>
    </message>
</context>
<context>
    <name>parkwatt::PreviewScenarioLoader</name>
    <message>
        <source>The engine records no history (it has no database), so there are no recorded days to replay. Choose a scenario file instead.</source>
        <translation>Le moteur n’enregistre aucun historique (il n’a pas de base de données)&#xa0;: il n’y a donc aucun jour enregistré à rejouer. Choisissez plutôt un fichier de scénario.</translation>
    </message>
    <message>
        <source>the %1 days recorded from %2 to %3</source>
        <translation>les %1 jours enregistrés du %2 au %3</translation>
    </message>
    <message>
        <source>the scenario %1 (%2 h)</source>
        <translation>le scénario %1 (%2 h)</translation>
    </message>
</context>
<context>
    <name>parkwatt::RegisterInspectorDialog</name>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Lire</translation>
    </message>
    <message>
        <source>Registers of %1 (%2:%3 unit %4)</source>
        <translation>Registres de %1 (%2:%3 unité %4)</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Table&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>&amp;Nombre&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Word order:</source>
        <translation>&amp;Ordre des mots&#xa0;:</translation>
    </message>
    <message>
        <source>Writes (holding registers, function 16) are confirmed, read back and recorded in the audit trail as %1.</source>
        <translation>Les écritures (registres holding, fonction 16) sont confirmées, relues et consignées dans le journal d’audit au nom de %1.</translation>
    </message>
    <message>
        <source>Reading only: writing needs an installer signed in to the site&apos;s database (parkwatt --commission --db FILE), or parkwattd registers write.</source>
        <translation>Lecture seule&#xa0;: l’écriture nécessite un installateur identifié dans la base de données du site (parkwatt --commission --db FILE), ou parkwattd registers write.</translation>
    </message>
    <message>
        <source>value, as the type above</source>
        <translation>valeur, selon le type ci-dessus</translation>
    </message>
    <message>
        <source>&amp;Write…</source>
        <translation>É&amp;crire…</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Valeur&#xa0;:</translation>
    </message>
    <message>
        <source>Write a register</source>
        <translation>Écrire un registre</translation>
    </message>
    <message>
        <source>Write %1 (%2, %3) to holding register %4 of %5 (%6:%7 unit %8)?</source>
        <translation>Écrire %1 (%2, %3) dans le registre holding %4 de %5 (%6:%7 unité %8)&#xa0;?</translation>
    </message>
    <message>
        <source>not confirmed: nothing written</source>
        <translation>non confirmé&#xa0;: rien n’a été écrit</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3, read back %4%5</source>
        <translation>%1&#xa0;: %2 -&gt; %3, relu %4%5</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>%1; NOT AUDITED: %2</source>
        <translation>%1&#xa0;; NON AUDITÉ&#xa0;: %2</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>as %1 (%2 word first):</source>
        <translation>en %1 (ordre des mots %2)&#xa0;:</translation>
    </message>
    <message>
        <source>it reads back differently</source>
        <translation>la valeur relue est différente</translation>
    </message>
    <message>
        <source>the audit trail did not take it</source>
        <translation>le journal d’audit ne l’a pas enregistrée</translation>
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
        <translation>moteur distant</translation>
    </message>
    <message>
        <source>the connection to the engine was lost</source>
        <translation>la connexion au moteur a été perdue</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>connexion perdue</translation>
    </message>
    <message>
        <source>not connected to the engine</source>
        <translation>non connecté au moteur</translation>
    </message>
    <message>
        <source>no answer from the engine within %1 s</source>
        <translation>aucune réponse du moteur en %1 s</translation>
    </message>
</context>
<context>
    <name>parkwatt::ReportComparisonTable</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>same</source>
        <translation>identique</translation>
    </message>
</context>
<context>
    <name>parkwatt::ScenarioChooser</name>
    <message>
        <source>&amp;Scenario</source>
        <translation>&amp;Scénario</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>The scenario to run: the built-in demo garage, a shipped scenario, or a file you opened.</source>
        <translation>Le scénario à simuler&#xa0;: le parking de démo intégré, un scénario fourni, ou un fichier que vous avez ouvert.</translation>
    </message>
    <message>
        <source>Demo garage (built in)</source>
        <translation>Parking de démo (intégré)</translation>
    </message>
    <message>
        <source>The demo garage&apos;s day: 40 bays, 80 kWp PV, a 120 kWh battery</source>
        <translation>La journée du parking de démo&#xa0;: 40 places, 80 kWc de PV, une batterie de 120 kWh</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a scenario file</source>
        <translation>Ouvrir un fichier de scénario</translation>
    </message>
    <message>
        <source>Choose a scenario file (parkwatt-scenario/1) and run it.</source>
        <translation>Choisir un fichier de scénario (parkwatt-scenario/1) et le simuler.</translation>
    </message>
    <message>
        <source>Open a scenario</source>
        <translation>Ouvrir un scénario</translation>
    </message>
    <message>
        <source>Scenarios (*.json);;All files (*)</source>
        <translation>Scénarios (*.json);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>parkwatt::SessionChart</name>
    <message>
        <source>Power (kW)</source>
        <translation>Puissance (kW)</translation>
    </message>
    <message>
        <source>Energy in the car (kWh)</source>
        <translation>Énergie dans la voiture (kWh)</translation>
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
        <translation>Graphique de la session</translation>
    </message>
</context>
<context>
    <name>parkwatt::SignInDialog</name>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Create the administrator of %1</source>
        <translation>Créer l’administrateur de %1</translation>
    </message>
    <message>
        <source>This site has no users yet. Choose the administrator&apos;s name and password (at least %1 characters); the administrator then adds the others. There is no default password.</source>
        <translation>Ce site n’a encore aucun utilisateur. Choisissez le nom et le mot de passe de l’administrateur (au moins %1 caractères)&#xa0;; l’administrateur ajoutera ensuite les autres. Il n’y a pas de mot de passe par défaut.</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Confirmation du mot de passe</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmation&#xa0;:</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>Créer et s’identifier</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>S’identifier sur %1</translation>
    </message>
    <message>
        <source>Sign in with your Parkwatt user to see and control this site.</source>
        <translation>Identifiez-vous avec votre compte Parkwatt pour voir et piloter ce site.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>S’identifier</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>Saisissez votre nom.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
    <message numerus="yes">
        <source>%1 Next try in %n second(s).</source>
        <translation>
            <numerusform>%1 Prochain essai dans %n seconde.</numerusform>
            <numerusform>%1 Prochain essai dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
</context>
<context>
    <name>parkwatt::SignInService</name>
    <message numerus="yes">
        <source>Too many failed sign-ins: wait %n second(s) before the next try.</source>
        <translation>
            <numerusform>Trop d’échecs d’identification&#xa0;: attendez %n seconde avant le prochain essai.</numerusform>
            <numerusform>Trop d’échecs d’identification&#xa0;: attendez %n secondes avant le prochain essai.</numerusform>
        </translation>
    </message>
    <message>
        <source>The name or the password is not right.</source>
        <translation>Le nom ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>This user is disabled: ask an administrator.</source>
        <translation>Cet utilisateur est désactivé&#xa0;: adressez-vous à un administrateur.</translation>
    </message>
</context>
<context>
    <name>parkwatt::SimulatorProcess</name>
    <message>
        <source>the device simulator did not announce its devices in time</source>
        <translation>le simulateur d’équipements n’a pas annoncé ses équipements à temps</translation>
    </message>
    <message>
        <source>the device simulator could not run: %1</source>
        <translation>le simulateur d’équipements n’a pas pu s’exécuter&#xa0;: %1</translation>
    </message>
    <message>
        <source>the device simulator stopped (exit %1): %2</source>
        <translation>le simulateur d’équipements s’est arrêté (code de sortie %1)&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>parkwatt::SiteBasicsPage</name>
    <message>
        <source>Bidirectional chargers (V2B)</source>
        <translation>Bornes bidirectionnelles (V2B)</translation>
    </message>
    <message>
        <source>The site</source>
        <translation>Le site</translation>
    </message>
    <message>
        <source>The building&apos;s grid connection, its PV and battery, and the garage&apos;s bays. The import limit is a hard limit: the engine never commands more.</source>
        <translation>Le raccordement au réseau du bâtiment, son PV et sa batterie, et les places du parking. La limite de soutirage est une limite stricte&#xa0;: le moteur ne commande jamais davantage.</translation>
    </message>
    <message>
        <source>3 phases</source>
        <translation>Triphasé</translation>
    </message>
    <message>
        <source>1 phase</source>
        <translation>Monophasé</translation>
    </message>
    <message>
        <source>e.g. Garage Nord</source>
        <translation>p. ex. Garage Nord</translation>
    </message>
    <message>
        <source>Site &amp;name:</source>
        <translation>&amp;Nom du site&#xa0;:</translation>
    </message>
    <message>
        <source>Grid &amp;import limit:</source>
        <translation>Limite de &amp;soutirage&#xa0;:</translation>
    </message>
    <message>
        <source>Grid &amp;export limit:</source>
        <translation>Limite d’&amp;injection&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;hases:</source>
        <translation>P&amp;hases&#xa0;:</translation>
    </message>
    <message>
        <source>Phase &amp;voltage:</source>
        <translation>&amp;Tension de phase&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;PV peak power:</source>
        <translation>&amp;Puissance crête PV&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Battery capacity (0: none):</source>
        <translation>&amp;Capacité batterie (0&#xa0;: aucune)&#xa0;:</translation>
    </message>
    <message>
        <source>Battery &amp;power:</source>
        <translation>Puiss&amp;ance batterie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Levels:</source>
        <translation>Ni&amp;veaux&#xa0;:</translation>
    </message>
    <message>
        <source>Bays per l&amp;evel:</source>
        <translation>Places par nivea&amp;u&#xa0;:</translation>
    </message>
    <message>
        <source>Charger &amp;maximum:</source>
        <translation>Maximum par &amp;borne&#xa0;:</translation>
    </message>
    <message>
        <source>Charger m&amp;inimum (6 A):</source>
        <translation>Mini&amp;mum par borne (6 A)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Discharge maximum:</source>
        <translation>Maximum en &amp;décharge&#xa0;:</translation>
    </message>
    <message>
        <source>Import a site file…</source>
        <translation>Importer un fichier de site…</translation>
    </message>
    <message>
        <source>%1 bays: L1-01 … L%2-%3.</source>
        <translation>%1 places&#xa0;: L1-01 … L%2-%3.</translation>
    </message>
    <message>
        <source>%1 bays as imported.</source>
        <translation>%1 places, comme importées.</translation>
    </message>
    <message>
        <source>%1 The import limit is %2 A per phase.</source>
        <translation>%1 La limite de soutirage est de %2 A par phase.</translation>
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
        <translation> kWc</translation>
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
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>depuis %1</translation>
    </message>
    <message>
        <source>%1; %2 missing for %3</source>
        <translation>%1&#xa0;; sans %2 pendant %3</translation>
    </message>
    <message>
        <source>no cycle seen yet</source>
        <translation>aucun cycle reçu pour l’instant</translation>
    </message>
    <message>
        <source>cannot be known: grid meter missing for %1</source>
        <translation>impossible à connaître&#xa0;: compteur réseau absent pendant %1</translation>
    </message>
    <message>
        <source>of consumption, %1</source>
        <translation>de la consommation, %1</translation>
    </message>
    <message>
        <source>limit %1, 15-min mean, %2</source>
        <translation>limite %1, moyenne 15 min, %2</translation>
    </message>
    <message>
        <source>15-min mean, %1</source>
        <translation>moyenne 15 min, %1</translation>
    </message>
    <message>
        <source>grid meter</source>
        <translation>compteur réseau</translation>
    </message>
    <message>
        <source>PV reading</source>
        <translation>mesure PV</translation>
    </message>
    <message>
        <source>charger readings</source>
        <translation>mesures des bornes</translation>
    </message>
    <message>
        <source>V2B is off in the policy</source>
        <translation>V2B désactivé dans la stratégie</translation>
    </message>
    <message>
        <source>no critical load to cover</source>
        <translation>aucune charge critique à couvrir</translation>
    </message>
    <message>
        <source>of critical load, from stored energy now</source>
        <translation>de charge critique, par l’énergie stockée actuellement</translation>
    </message>
</context>
<context>
    <name>parkwatt::VerificationPage</name>
    <message>
        <source>&amp;Verify the chargers</source>
        <translation>&amp;Vérifier les bornes</translation>
    </message>
    <message>
        <source>Also let each watchdog expire and watch the fallback (slower)</source>
        <translation>Laisser aussi expirer chaque chien de garde (watchdog) et observer le repli (plus lent)</translation>
    </message>
    <message>
        <source>Charger verification</source>
        <translation>Vérification des bornes</translation>
    </message>
    <message>
        <source>Each charger is read, its fail-safe and watchdog written and read back, and its setpoint stepped from minimum to maximum while the measured power must follow. A car (or an EV simulator) must be plugged in. Then all fallbacks together must fit the connection.</source>
        <translation>Chaque borne est lue, son courant de repli et son chien de garde (watchdog) sont écrits puis relus, et sa consigne passe par paliers du minimum au maximum tandis que la puissance mesurée doit suivre. Une voiture (ou un simulateur de VE) doit être branchée. Ensuite, l’ensemble des replis doit tenir dans le raccordement.</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Borne</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message numerus="yes">
        <source>%n charger(s) to verify. Not verified yet.</source>
        <translation>
            <numerusform>%n borne à vérifier. Pas encore vérifiée.</numerusform>
            <numerusform>%n bornes à vérifier. Pas encore vérifiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no charger to verify.</source>
        <translation>Il n’y a aucune borne à vérifier.</translation>
    </message>
    <message>
        <source>Verifying %1 (%2:%3)…</source>
        <translation>Vérification de %1 (%2:%3)…</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>RÉUSSI</translation>
    </message>
    <message>
        <source>FAIL: %1</source>
        <translation>ÉCHEC&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1&#xa0;; %2</translation>
    </message>
    <message>
        <source>All chargers pass</source>
        <translation>Toutes les bornes sont validées</translation>
    </message>
    <message>
        <source>Not all chargers pass</source>
        <translation>Certaines bornes ne sont pas validées</translation>
    </message>
</context>
<context>
    <name>parkwatt::WhatIfChart</name>
    <message>
        <source>Uncontrolled</source>
        <translation>Sans pilotage</translation>
    </message>
    <message>
        <source>Scenario&apos;s policy</source>
        <translation>Stratégie du scénario</translation>
    </message>
    <message>
        <source>Peak limit</source>
        <translation>Limite de pointe</translation>
    </message>
    <message>
        <source>kW</source>
        <translation>kW</translation>
    </message>
    <message>
        <source>%1 chart</source>
        <translation>Graphique&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 over the scenario: grey uncontrolled, orange under the scenario&apos;s policy; the dashed line is the policy&apos;s peak limit when it has one.</source>
        <translation>%1 sur la durée du scénario&#xa0;: en gris sans pilotage, en orange avec la stratégie du scénario&#xa0;; la ligne pointillée est la limite de pointe de la stratégie, quand elle en a une.</translation>
    </message>
    <message>
        <source>Nothing run yet.</source>
        <translation>Aucune simulation lancée pour l’instant.</translation>
    </message>
    <message>
        <source>%1 peaks at %2 uncontrolled and at %3 under the scenario&apos;s policy.</source>
        <translation>%1&#xa0;: pointe à %2 sans pilotage et à %3 avec la stratégie du scénario.</translation>
    </message>
</context>
<context>
    <name>parkwatt::WhatIfKpiTable</name>
    <message>
        <source>Uncontrolled</source>
        <translation>Sans pilotage</translation>
    </message>
    <message>
        <source>Scenario&apos;s policy</source>
        <translation>Stratégie du scénario</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>The baseline: every car charges at full power from arrival.</source>
        <translation>La référence&#xa0;: chaque voiture se charge à pleine puissance dès son arrivée.</translation>
    </message>
    <message>
        <source>The planner and dispatcher acting out the scenario&apos;s policy.</source>
        <translation>Le planificateur et le répartiteur appliquant la stratégie du scénario.</translation>
    </message>
    <message>
        <source>Policy minus uncontrolled; green when the policy does better.</source>
        <translation>Stratégie moins sans pilotage&#xa0;; en vert quand la stratégie fait mieux.</translation>
    </message>
    <message>
        <source>What-if figures</source>
        <translation>Chiffres de la simulation «&#xa0;et si&#xa0;»</translation>
    </message>
    <message>
        <source>The scenario&apos;s figures uncontrolled and under its policy; the difference is green when the policy does better, red when worse.</source>
        <translation>Les chiffres du scénario sans pilotage et avec sa stratégie&#xa0;; l’écart est en vert quand la stratégie fait mieux, en rouge quand elle fait moins bien.</translation>
    </message>
    <message>
        <source>Better under the scenario&apos;s policy</source>
        <translation>Mieux avec la stratégie du scénario</translation>
    </message>
    <message>
        <source>Worse under the scenario&apos;s policy</source>
        <translation>Moins bien avec la stratégie du scénario</translation>
    </message>
</context>
<context>
    <name>parkwatt::WhatIfPage</name>
    <message>
        <source>Choose a scenario and run it: it is simulated twice, with uncontrolled charging and under the scenario&apos;s policy.</source>
        <translation>Choisissez un scénario et lancez-le&#xa0;: il est simulé deux fois, avec une recharge non pilotée et avec la stratégie du scénario.</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>Simulation «&#xa0;et si&#xa0;»</translation>
    </message>
    <message>
        <source>What a scenario&apos;s policy does against uncontrolled charging (every car at full power from arrival), simulated by the engine faster than real time.</source>
        <translation>Ce que la stratégie d’un scénario change par rapport à une recharge non pilotée (chaque voiture à pleine puissance dès son arrivée), simulé par le moteur plus vite que le temps réel.</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <source>Run the scenario</source>
        <translation>Lancer le scénario</translation>
    </message>
    <message>
        <source>Simulate the chosen scenario uncontrolled and under its policy (Ctrl+R).</source>
        <translation>Simuler le scénario choisi sans pilotage et avec sa stratégie (Ctrl+R).</translation>
    </message>
    <message>
        <source>What-if progress</source>
        <translation>Progression de la simulation «&#xa0;et si&#xa0;»</translation>
    </message>
    <message>
        <source>Simulation steps done under both controllers.</source>
        <translation>Pas de simulation effectués dans les deux modes de pilotage.</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Annuler la simulation</translation>
    </message>
    <message>
        <source>Stop the run (Esc); the previous result stays.</source>
        <translation>Arrêter la simulation (Échap)&#xa0;; le résultat précédent reste affiché.</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Exporter le rapport…</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Save the comparison as a simulation report (parkwatt-report/1, JSON), the uncontrolled figures nested under &quot;baseline&quot;.</source>
        <translation>Enregistrer la comparaison comme rapport de simulation (parkwatt-report/1, JSON), les chiffres sans pilotage étant placés sous «&#xa0;baseline&#xa0;».</translation>
    </message>
    <message>
        <source>What-if status</source>
        <translation>État de la simulation «&#xa0;et si&#xa0;»</translation>
    </message>
    <message>
        <source>Scenario shown</source>
        <translation>Scénario affiché</translation>
    </message>
    <message>
        <source>The scenario&apos;s policy</source>
        <translation>La stratégie du scénario</translation>
    </message>
    <message>
        <source>Run a scenario to see the policy it is run under.</source>
        <translation>Lancez un scénario pour voir la stratégie avec laquelle il est simulé.</translation>
    </message>
    <message>
        <source>What the planner and dispatcher were asked to do in the policy run, parts in priority order.</source>
        <translation>Ce qui a été demandé au planificateur et au répartiteur dans la simulation avec stratégie, volets par ordre de priorité.</translation>
    </message>
    <message>
        <source>Grid import</source>
        <translation>Soutirage réseau</translation>
    </message>
    <message>
        <source>EV charging</source>
        <translation>Recharge des VE</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source> The result of %1 is still shown.</source>
        <translation> Le résultat de %1 reste affiché.</translation>
    </message>
    <message>
        <source>Simulating %1: %2 steps uncontrolled, then as many under its policy…</source>
        <translation>Simulation de %1&#xa0;: %2 pas sans pilotage, puis autant avec sa stratégie…</translation>
    </message>
    <message>
        <source>%1 (%2): %3 h from %4, %5 chargers, %6 car sessions.</source>
        <translation>%1 (%2)&#xa0;: %3 h à partir du %4, %5 bornes, %6 sessions de recharge.</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>intégré</translation>
    </message>
    <message>
        <source>Done. The scenario&apos;s policy changes the billing peak by %1 and meets %2 of %3 EV targets (uncontrolled: %4).</source>
        <translation>Terminé. La stratégie du scénario modifie la pointe facturée de %1 et atteint %2 objectifs VE sur %3 (sans pilotage&#xa0;: %4).</translation>
    </message>
    <message>
        <source>Cannot run this scenario: %1.</source>
        <translation>Impossible de simuler ce scénario&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Rapport écrit dans %1.</translation>
    </message>
    <message>
        <source>Export the what-if report</source>
        <translation>Exporter le rapport de simulation «&#xa0;et si&#xa0;»</translation>
    </message>
    <message>
        <source>Reports (*.json)</source>
        <translation>Rapports (*.json)</translation>
    </message>
</context>
</TS>
