<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>parkwatt::DriverInputForm</name>
    <message numerus="yes">
        <source>in %n day(s), %1</source>
        <translation>
            <numerusform>in %n day, %1</numerusform>
            <numerusform>in %n days, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parkwatt::KioskBayGrid</name>
    <message numerus="yes">
        <source>%1: %n free bay(s)</source>
        <translation>
            <numerusform>%1: %n free bay</numerusform>
            <numerusform>%1: %n free bays</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parkwatt::KioskGaragePage</name>
    <message numerus="yes">
        <source>%n free bay(s) in the garage</source>
        <translation>
            <numerusform>%n free bay in the garage</numerusform>
            <numerusform>%n free bays in the garage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parkwatt::KioskPinPage</name>
    <message numerus="yes">
        <source>Too many wrong PINs. Please wait %n second(s).</source>
        <translation>
            <numerusform>Too many wrong PINs. Please wait %n second.</numerusform>
            <numerusform>Too many wrong PINs. Please wait %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parkwatt::KioskThanksPage</name>
    <message numerus="yes">
        <source>%n car(s) lending power right now</source>
        <translation>
            <numerusform>%n car lending power right now</numerusform>
            <numerusform>%n cars lending power right now</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parkwatt::PinKeypad</name>
    <message numerus="yes">
        <source>%n digit(s) entered</source>
        <translation>
            <numerusform>%n digit entered</numerusform>
            <numerusform>%n digits entered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parkwatt::SignInDialog</name>
    <message numerus="yes">
        <source>%1 Next try in %n second(s).</source>
        <translation>
            <numerusform>%1 Next try in %n second.</numerusform>
            <numerusform>%1 Next try in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parkwatt::SignInService</name>
    <message numerus="yes">
        <source>Too many failed sign-ins: wait %n second(s) before the next try.</source>
        <translation>
            <numerusform>Too many failed sign-ins: wait %n second before the next try.</numerusform>
            <numerusform>Too many failed sign-ins: wait %n seconds before the next try.</numerusform>
        </translation>
    </message>
</context>
</TS>
