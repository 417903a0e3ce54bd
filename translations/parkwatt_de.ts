<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
</TS>
