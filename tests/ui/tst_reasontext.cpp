// The engine's English reasons in the user's language (ui/reasons/ReasonText): every shape the
// engine writes comes back unchanged without a translator; a small test translation rebuilds them
// with German numbers; and every reason the real engine writes over whole simulated days (the demo
// garage, an outage with V2B) is recognised, so a new reason in the engine fails here until it
// has its pattern.

#include "config/ScenarioReader.h"
#include "engine/DemoRunner.h"
#include "engine/Operator.h"
#include "engine/live/BayOverrides.h"
#include "engine/live/MeterLossGuard.h"
#include "reasons/ReasonText.h"

#include <QCoreApplication>
#include <QDebug>
#include <QFile>
#include <QLocale>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>

using namespace parkwatt;

namespace {

Scenario load(const QString& path)
{
    const auto loaded = loadScenarioFile(path);
    if (!loaded.ok())
        qFatal("%s", qPrintable(loaded.error.toString()));
    return *loaded.value;
}

const QString kOutageScenario = QStringLiteral(PARKWATT_SHARED_DIR "/scenarios/residential-winter-60-outage.json");

// Every reason the engine runs into over `scenario`'s day: the dispatcher's (through DemoRunner),
// and, every few cycles, the same setpoints through MeterLossGuard (grid meter lost) and
// BayOverrides (a bay on "charge now", one paused), as the live engine would pass them.
QSet<QString> reasonsOfADay(const Scenario& scenario)
{
    QSet<QString> reasons;
    DemoRunner runner(scenario);
    BayOverrides overrides(3);
    overrides.set(0, BayOverride::ChargeNow, QStringLiteral("Anna"), 0);
    overrides.set(1, BayOverride::Pause, QStringLiteral("Ben"), 0);
    overrides.set(2, BayOverride::ChargeNow, QStringLiteral("Cleo"), 0);
    const MeterLossGuard guard;
    int cycles = 0;
    QObject::connect(&runner, &DemoRunner::cyclePublished, [&](const PublishedCycle& cycle) {
        const Setpoints& dispatched = cycle.commanded;
        for (const QString& r : dispatched.chargerReasons)
            reasons.insert(r);
        if (cycles++ % 15 != 0)
            return;
        // The meter lost with every charger last at its setpoint: each one charging ramps down.
        const std::vector<double> safe(dispatched.chargerKw.size(), 0.0);
        Setpoints limited = guard.limit(dispatched, dispatched.chargerKw, safe, dispatched.batteryKw);
        for (Setpoints s : {dispatched, limited}) {
            // Bays 0-2 carry the reasons of three different chargers in turn.
            const size_t n = s.chargerKw.size();
            for (size_t b = 0; b < 3 && b < n; ++b) {
                s.chargerKw[b] = s.chargerKw[(b + size_t(cycles)) % n];
                s.chargerReasons[b] = s.chargerReasons[(b + size_t(cycles)) % n];
            }
            overrides.annotate(s);
            for (const QString& r : s.chargerReasons)
                reasons.insert(r);
        }
        for (const QString& r : limited.chargerReasons)
            reasons.insert(r);
    });
    for (int i = 0; i < scenario.stepCount(); ++i)
        runner.stepOnce();
    return reasons;
}

// "needs 12.5 kWh: 7.4 kW" -> "needs # kWh: # kW", for the log.
QString shapeOf(QString reason)
{
    static const QRegularExpression number(QStringLiteral(R"((?<!\w)-?\d+(?:\.\d+)?)"));
    return reason.replace(number, QStringLiteral("#"));
}

} // namespace

class TstReasonText : public QObject {
    Q_OBJECT
private slots:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void cleanup() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    // (a) Every shape, as the engine writes it.
    void everyShapeUnchangedWithoutTranslator_data()
    {
        QTest::addColumn<QString>("reason");
        const QStringList all = {
            // Dispatcher::reasonFor
            QStringLiteral("no EV"),
            QStringLiteral("offline"),
            QStringLiteral("offline: counted at fail-safe 1.4 kW"),
            QStringLiteral("held at 7.4 kW (changes at most every 10 s), wants 4.1 kW"),
            QStringLiteral("held at -3.5 kW (changes at most every 10 s), wants 0 kW"),
            QStringLiteral("outage: critical load, -7.4 kW"),
            QStringLiteral("outage: -11 kW to cars that must leave charged"),
            QStringLiteral("V2B: grid limit 400 kW, -11 kW"),
            QStringLiteral("V2B: shaving peak 120 kW, -3.25 kW"),
            QStringLiteral("V2B: plan, -0.35 kW"),
            QStringLiteral("outage: departs 17:30, needs 12.5 kWh: 11 kW (critical load covered for 1.5 h)"),
            QStringLiteral("outage: PV surplus, 4.1 kW"),
            QStringLiteral("outage: no charging"),
            QStringLiteral("target reached"),
            QStringLiteral("vehicle accepts no charge"),
            QStringLiteral("cannot charge: minimum 6 kW above its 4.1 kW limit"),
            QStringLiteral("battery full"),
            QStringLiteral("plan: 4.1 kW above target"),
            QStringLiteral("PV surplus, 0.35 kW"),
            QStringLiteral("grid limit 400 kW: 11 -> 4.1 kW (departs 08:30, needs 12 kWh)"),
            QStringLiteral("departs 17:30, needs 3.2 kWh: full power"),
            QStringLiteral("departs 07:45, needs 20 kWh: 7.4 kW"),
            QStringLiteral("peak limit 120 kW: 11 -> 4.1 kW"),
            QStringLiteral("grid limit 400 kW: 7.4 -> 0 kW"),
            QStringLiteral("ahead of plan, under the 135 kW peak paid: 11 kW"),
            QStringLiteral("plan: 0.8 kW on average, at the 4.1 kW minimum now"),
            QStringLiteral("plan: 0.8 kW on average, at the 4.1 kW minimum later"),
            QStringLiteral("plan: 7.4 kW"),
            QStringLiteral("plan: later"),
            QStringLiteral("needs 12.5 kWh: full power"),
            QStringLiteral("needs 0.35 kWh: 1.4 kW"),
            // MeterLossGuard::limit
            QStringLiteral("grid meter lost: ramping down 11.0 -> 10.0 kW"),
            // BayOverrides::annotate
            QStringLiteral("paused by Anna"),
            QStringLiteral("charge now (override by Anna Schmidt)"),
            QStringLiteral("charge now (override by Anna): departs 08:30, needs 12 kWh: full power"),
            QStringLiteral("charge now (override by ops (night)): grid meter lost: ramping down 7.4 -> 6.4 kW"),
            QStringLiteral("charge now (override by Anna): grid limit 400 kW: 11 -> 4.1 kW (departs 08:30, needs 12 kWh)"),
        };
        for (const QString& r : all)
            QTest::newRow(qPrintable(r)) << r;
    }
    void everyShapeUnchangedWithoutTranslator()
    {
        QFETCH(QString, reason);
        QVERIFY2(isKnownReason(reason), qPrintable(reason));
        QCOMPARE(localizedReason(reason), reason);
        QLocale::setDefault(QLocale::c());
        QCOMPARE(localizedReason(reason), reason);
    }

    void unknownTextIsKeptAsItIs()
    {
        for (const QString& r : {QString(), QStringLiteral("a reason from a newer engine, 1.5 kW"),
                                 QStringLiteral("grid limit 400 kW"), // a fragment alone is no reason
                                 QStringLiteral("needs 1,5 kWh: full power")}) {
            QVERIFY2(!isKnownReason(r), qPrintable(r));
            QCOMPARE(localizedReason(r), r);
        }
        // An override around a reason not known: the whole stays as written.
        const QString unknownInside = QStringLiteral("charge now (override by Anna): brand new 2.5");
        QVERIFY(!isKnownReason(unknownInside));
        QCOMPARE(localizedReason(unknownInside), unknownInside);
    }

    // (b) A test translation and German numbers.
    void translatedWithGermanNumbers()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/reasons_test/reasons_xx.qm")));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));

        QCOMPARE(localizedReason(QStringLiteral("needs 12.5 kWh: 7.4 kW")),
                 QStringLiteral("benötigt 12,5 kWh: 7,4 kW"));
        // Composed: the limit and the departure are translated on their own; the clock stays.
        QCOMPARE(localizedReason(QStringLiteral("grid limit 1200 kW: 11 -> 4.1 kW (departs 08:30, needs 12 kWh)")),
                 QStringLiteral("Netzgrenze 1.200 kW: 11 → 4,1 kW (Abfahrt 08:30, benötigt 12 kWh)"));
        QCOMPARE(localizedReason(QStringLiteral("charge now (override by Anna): departs 17:30, needs 3.25 kWh: full power")),
                 QStringLiteral("sofort laden (Übersteuerung durch Anna): Abfahrt 17:30, benötigt 3,25 kWh: volle Leistung"));
        QCOMPARE(localizedReason(QStringLiteral("charge now (override by Anna): grid limit 400 kW: 11 -> 4.1 kW "
                                                "(departs 08:30, needs 12 kWh)")),
                 QStringLiteral("sofort laden (Übersteuerung durch Anna): Netzgrenze 400 kW: 11 → 4,1 kW "
                                "(Abfahrt 08:30, benötigt 12 kWh)"));
        QCOMPARE(localizedReason(QStringLiteral("charge now (override by Anna): target reached")),
                 QStringLiteral("sofort laden (Übersteuerung durch Anna): Ziel erreicht"));
        // A translation may reorder the placeholders.
        QCOMPARE(localizedReason(QStringLiteral("V2B: shaving peak 120 kW, -3.5 kW")),
                 QStringLiteral("-3,5 kW aus dem Fahrzeug (Lastspitze 120 kW)"));
        // Not translated: the English template, with the locale's numbers all the same.
        QCOMPARE(localizedReason(QStringLiteral("PV surplus, 0.35 kW")), QStringLiteral("PV surplus, 0,35 kW"));
        QCOMPARE(localizedReason(QStringLiteral("plan: later")), QStringLiteral("plan: later"));
        // A user's name is never taken for a placeholder.
        QCOMPARE(localizedReason(QStringLiteral("charge now (override by %2 %1): target reached")),
                 QStringLiteral("sofort laden (Übersteuerung durch %2 %1): Ziel erreicht"));
        QCOMPARE(localizedReason(QStringLiteral("a reason from a newer engine, 1.5 kW")),
                 QStringLiteral("a reason from a newer engine, 1.5 kW"));

        // The engine writes English even inside a translated control room (it goes to the CSV, the
        // database and the API); the screen shows it localized.
        BayOverrides overrides(2);
        overrides.set(0, BayOverride::ChargeNow, QStringLiteral("Anna"), 0);
        Setpoints s;
        s.chargerKw = {11, 0};
        s.chargerReasons = {QStringLiteral("departs 17:30, needs 3.25 kWh: full power"), QStringLiteral("offline")};
        overrides.annotate(s);
        QCOMPARE(s.chargerReasons[0],
                 QStringLiteral("charge now (override by Anna): departs 17:30, needs 3.25 kWh: full power"));
        QVERIFY(isKnownReason(s.chargerReasons[0]));
        QCOMPARE(localizedReason(s.chargerReasons[0]),
                 QStringLiteral("sofort laden (Übersteuerung durch Anna): Abfahrt 17:30, benötigt 3,25 kWh: volle Leistung"));

        QVERIFY(QCoreApplication::removeTranslator(&translator));
        QLocale::setDefault(QLocale::c());
        QCOMPARE(localizedReason(QStringLiteral("needs 12.5 kWh: 7.4 kW")), QStringLiteral("needs 12.5 kWh: 7.4 kW"));
    }

    // (c) Every reason the real engine writes over whole simulated days.
    void everyReasonOfTheEngineIsKnown_data()
    {
        QTest::addColumn<QString>("day");
        QTest::newRow("demo garage") << QStringLiteral("demo");
        QTest::newRow("demo garage, outage 17:00-18:30") << QStringLiteral("demo-outage");
        QTest::newRow("residential winter outage, V2B") << QStringLiteral("residential");
        QTest::newRow("residential winter outage, backup with EV reserve, peak shaving")
            << QStringLiteral("residential-backup");
    }
    void everyReasonOfTheEngineIsKnown()
    {
        QFETCH(QString, day);
        Scenario s;
        if (day.startsWith(QLatin1String("demo"))) {
            s = load(QStringLiteral(":/parkwatt/demo/demo-garage.json"));
        } else {
            if (!QFile::exists(kOutageScenario))
                QSKIP("the shared scenarios are not here");
            s = load(kOutageScenario);
        }
        if (day == QLatin1String("demo-outage"))
            s.outages.push_back({s.stepStartMs(17 * 60), s.stepStartMs(18 * 60 + 30)});
        if (day == QLatin1String("residential-backup")) {
            s.policy.backup = BackupPolicy{true, 30, true, 2};
            s.policy.peakShaving = PeakShavingPolicy{true, 150};
        }

        const QSet<QString> reasons = reasonsOfADay(s);
        QVERIFY(reasons.size() > 20);
        QLocale::setDefault(QLocale::c());
        QStringList unknown;
        QMap<QString, int> shapes;
        for (const QString& r : reasons) {
            shapes[shapeOf(r)] += 1;
            if (!isKnownReason(r))
                unknown << r;
            else if (localizedReason(r) != r)
                unknown << QStringLiteral("changed without a translator: ") + r;
        }
        qInfo().noquote() << reasons.size() << "distinct reasons," << shapes.size() << "shapes:";
        for (auto it = shapes.cbegin(); it != shapes.cend(); ++it)
            qInfo().noquote() << QStringLiteral("  %1  (%2)").arg(it.key()).arg(it.value());
        unknown.sort();
        QVERIFY2(unknown.isEmpty(), qPrintable(QStringLiteral("not recognised by ui/reasons/ReasonText.cpp:\n") +
                                               unknown.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TstReasonText)
#include "tst_reasontext.moc"
