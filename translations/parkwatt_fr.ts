<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
</TS>
