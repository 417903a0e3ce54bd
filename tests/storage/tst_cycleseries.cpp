// CycleSeries: one engine cycle as named samples (site flows, battery SoC, each charger's power,
// EV energy, EV SoC and state), recorded through a real StorageWriter.

#include "StorageTestUtil.h"
#include "storage/CycleSeries.h"
#include "storage/StorageWriter.h"

#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace parkwatt;
using namespace storagetest;

class TestCycleSeries : public QObject {
    Q_OBJECT

private:
    static SiteSpec site()
    {
        SiteSpec spec;
        BatterySpec battery;
        battery.id = QStringLiteral("BAT1");
        spec.batteries.push_back(battery);
        for (const char* id : {"B07", "B08", "B09"}) {
            ChargerSpec charger;
            charger.id = QString::fromLatin1(id);
            spec.chargers.push_back(charger);
        }
        return spec;
    }

    static void cycle(SiteSnapshot* sensed, StepRecord* applied)
    {
        sensed->batteries = {BatteryState{60, 50, true}};
        sensed->chargers.resize(3);
        sensed->chargers[0].plugged = true; // charging
        sensed->chargers[0].capacityKwh = 80;
        sensed->chargers[1].online = false;  // lost
        sensed->chargers[2].plugged = false; // free
        applied->timeMs = 1795305600000;
        applied->gridKw = 42.5;
        applied->batteryEnergyKwh = 60;
        applied->batteryCapacityKwh = 120;
        applied->chargerKw = {7.4, 0, 0};
        applied->chargerEnergyKwh = {40, 0, 0};
    }

private slots:
    void namesEverySeriesOnce()
    {
        QStringList asked;
        const CycleSeries series(site(), [&](const QString& name) {
            asked << name;
            return SeriesId(asked.size());
        });
        QCOMPARE(asked.size(), 11 + 1 + 3 * 4);
        QCOMPARE(asked.removeDuplicates(), 0);
        QVERIFY(asked.contains(QStringLiteral("site.grid_kw")));
        QVERIFY(asked.contains(QStringLiteral("battery.BAT1.soc_pct")));
        QVERIFY(asked.contains(QStringLiteral("charger.B07.power_kw")));
        QVERIFY(asked.contains(QStringLiteral("charger.B09.state")));
    }

    void aCycleBecomesSamplesWithGapsForWhatIsUnknown()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("site.db"));
        StorageError error;
        auto writer = StorageWriter::open(file, {}, &error);
        QVERIFY2(writer, qPrintable(error.toString()));
        const CycleSeries series(site(), [&](const QString& name) { return writer->series(name); });
        SiteSnapshot sensed;
        StepRecord applied;
        cycle(&sensed, &applied);
        const std::vector<Sample> samples = series.samples(sensed, applied);
        QCOMPARE(samples.size(), series.names().size());
        writer->record(samples);
        QVERIFY(writer->flush());
        writer.reset();

        auto value = [&](const char* name) {
            const QByteArray sql =
                QByteArray("SELECT coalesce(value, 'gap') FROM samples_recent JOIN series ON "
                           "series.id = series_id WHERE name = '") +
                name + "'";
            return rawText(file, sql.constData());
        };
        QCOMPARE(value("site.grid_kw"), QStringLiteral("42.5"));
        QCOMPARE(value("site.battery_soc_pct"), QStringLiteral("50.0"));
        QCOMPARE(value("battery.BAT1.soc_pct"), QStringLiteral("50.0"));
        QCOMPARE(value("charger.B07.power_kw"), QStringLiteral("7.4"));
        QCOMPARE(value("charger.B07.soc_pct"), QStringLiteral("50.0"));
        QCOMPARE(value("charger.B07.state"),
                 QString::number(int(ChargerSeriesState::Charging)) + QStringLiteral(".0"));
        QCOMPARE(value("charger.B08.state"),
                 QString::number(int(ChargerSeriesState::Offline)) + QStringLiteral(".0"));
        QCOMPARE(value("charger.B08.energy_kwh"), QStringLiteral("gap"));
        QCOMPARE(value("charger.B09.state"),
                 QString::number(int(ChargerSeriesState::Free)) + QStringLiteral(".0"));
        QCOMPARE(value("charger.B09.soc_pct"), QStringLiteral("gap"));
    }
};

QTEST_GUILESS_MAIN(TestCycleSeries)
#include "tst_cycleseries.moc"
