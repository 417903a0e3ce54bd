// ReadingDecoder without a network: answers to read blocks become a reading; SunSpec scale factors
// scale (and their absence or impossibility shows), "not implemented" values are absent, a short
// answer or an impossible value makes the whole reading invalid with a fault naming the register.

#include "devices/ReadingDecoder.h"
#include "devices/profiles/DeviceProfileReader.h"

#include <QTest>

using namespace parkwatt;

namespace {

// A meter with a SunSpec-style power register and its scale factor, an energy counter and a SoC.
const char* kProfile = R"({
  "format": "parkwatt-profile/1", "id": "test-meter", "manufacturer": "T", "model": "M",
  "role": "grid_meter",
  "registers": [
    {"name": "w", "meaning": "grid_power", "function": "holding", "address": 10, "type": "i16",
     "unit": "W", "scale_factor": "w_sf", "not_implemented": -32768},
    {"name": "w_sf", "meaning": "none", "function": "holding", "address": 11, "type": "i16",
     "not_implemented": -32768},
    {"name": "wh", "meaning": "energy_import", "function": "holding", "address": 12, "type": "u32", "unit": "Wh"},
    {"name": "soc", "meaning": "battery_soc", "function": "holding", "address": 14, "type": "u16", "unit": "%"}
  ]
})";

struct Fixture {
    DeviceProfile profile;
    std::vector<ReadBlock> blocks;
};

Fixture fixture()
{
    auto parsed = parseDeviceProfile(QByteArray(kProfile), QStringLiteral("test.json"));
    Fixture f{*parsed.value, {}};
    ReadBlock block{RegisterFunction::Holding, 10, 5, {}};
    for (const ProfileRegister& r : f.profile.registers)
        block.registers.push_back(&r);
    f.blocks.push_back(block);
    return f;
}

// w, w_sf, wh (two words), soc
QVector<quint16> answer(qint16 w, qint16 sf, quint32 wh, quint16 soc)
{
    return {quint16(w), quint16(sf), quint16(wh >> 16), quint16(wh & 0xFFFF), soc};
}

} // namespace

class TstReadingDecoder : public QObject {
    Q_OBJECT
private slots:
    void scaleFactorsScale()
    {
        Fixture f = fixture();
        QVERIFY(!f.profile.registers.empty());
        ReadingDecoder decoder;
        const std::vector<QVector<quint16>> answers{answer(-1234, 1, 5000, 40)};
        const DeviceReading r = decoder.decode(f.profile, f.blocks, answers);
        QVERIFY2(r.valid, qPrintable(r.fault));
        QCOMPARE(r.gridPowerKw, std::optional<double>(-12.34)); // -1234 x 10 W
        QCOMPARE(r.energyImportKwh, std::optional<double>(5.0));
        QCOMPARE(r.batterySocPct, std::optional<double>(40));
    }

    void notImplementedValuesAreAbsent()
    {
        Fixture f = fixture();
        ReadingDecoder decoder;
        DeviceReading r = decoder.decode(f.profile, f.blocks, std::vector{answer(-32768, 0, 1, 1)});
        QVERIFY2(r.valid, qPrintable(r.fault));
        QVERIFY(!r.gridPowerKw);
        // A value whose scale factor is not implemented has no known scale: absent too.
        r = decoder.decode(f.profile, f.blocks, std::vector{answer(500, -32768, 1, 1)});
        QVERIFY2(r.valid, qPrintable(r.fault));
        QVERIFY(!r.gridPowerKw);
    }

    void impossibleValuesInvalidateTheReading_data()
    {
        QTest::addColumn<QVector<quint16>>("words");
        QTest::addColumn<QString>("fault");
        QTest::newRow("scale factor")
            << answer(1, 11, 1, 1) << QStringLiteral("register w_sf (11): scale factor 11");
        QTest::newRow("soc") << answer(1, 0, 1, 101)
                             << QStringLiteral("register soc (14): SoC 101 % is impossible");
        QTest::newRow("short answer") << QVector<quint16>{1, 0, 0} << QStringLiteral("short answer at 10");
    }
    void impossibleValuesInvalidateTheReading()
    {
        QFETCH(QVector<quint16>, words);
        QFETCH(QString, fault);
        Fixture f = fixture();
        ReadingDecoder decoder;
        const DeviceReading r = decoder.decode(f.profile, f.blocks, std::vector{words});
        QVERIFY(!r.valid);
        QVERIFY2(r.fault.startsWith(QStringLiteral("test-meter: ")) && r.fault.contains(fault),
                 qPrintable(r.fault));
        QVERIFY(!r.gridPowerKw && !r.energyImportKwh && !r.batterySocPct); // no values, never stale ones
    }

    void anEnergyCounterRunningBackwardsIsRefused()
    {
        Fixture f = fixture();
        ReadingDecoder decoder;
        QVERIFY(decoder.decode(f.profile, f.blocks, std::vector{answer(0, 0, 9000, 1)}).valid);
        const DeviceReading r = decoder.decode(f.profile, f.blocks, std::vector{answer(0, 0, 8000, 1)});
        QVERIFY(!r.valid);
        QVERIFY2(r.fault.contains(QStringLiteral("register wh (12): energy counter ran backwards")),
                 qPrintable(r.fault));
        QVERIFY(decoder.decode(f.profile, f.blocks, std::vector{answer(0, 0, 9001, 1)}).valid);
    }

    void missingAnswersAreShortAnswers()
    {
        Fixture f = fixture();
        ReadingDecoder decoder;
        const DeviceReading r = decoder.decode(f.profile, f.blocks, {});
        QVERIFY(!r.valid);
        QVERIFY2(r.fault.contains(QStringLiteral("short answer")), qPrintable(r.fault));
    }
};

QTEST_GUILESS_MAIN(TstReadingDecoder)
#include "tst_readingdecoder.moc"
