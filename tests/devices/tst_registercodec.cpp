// RegisterCodec: every type in both word orders, register images from the device reference,
// scale and offset, strings with padding, and refusals (NaN, out of range, wrong register count).

#include "devices/RegisterCodec.h"

#include <QTest>
#include <cmath>
#include <limits>

using namespace parkwatt;
using namespace Qt::StringLiterals;

namespace {

using Regs = QList<quint16>;

RegisterType typeFromName(const QString& name)
{
    static const QHash<QString, RegisterType> types{
        {u"u16"_s, RegisterType::U16},      {u"i16"_s, RegisterType::I16}, {u"u32"_s, RegisterType::U32},
        {u"i32"_s, RegisterType::I32},      {u"f32"_s, RegisterType::F32}, {u"f64"_s, RegisterType::F64},
        {u"string"_s, RegisterType::String}};
    return types.value(name, RegisterType::String);
}

RegisterEncoding encoding(const QString& type, const QString& order = u"big"_s)
{
    RegisterEncoding e;
    e.type = typeFromName(type);
    e.wordOrder = order == u"little"_s ? WordOrder::Little : WordOrder::Big;
    return e;
}

QString hex(const Regs& regs)
{
    QStringList words;
    for (quint16 w : regs)
        words.append(u"0x%1"_s.arg(w, 4, 16, QChar(u'0')));
    return words.join(u' ');
}

} // namespace

class TestRegisterCodec : public QObject {
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("order");
        QTest::addColumn<double>("value");
        QTest::addColumn<Regs>("image");

        QTest::newRow("u16 0") << u"u16"_s << u"big"_s << 0.0 << Regs{0x0000};
        QTest::newRow("u16 max") << u"u16"_s << u"big"_s << 65535.0 << Regs{0xFFFF};
        QTest::newRow("u16 1800 (Quasar idle timeout)") << u"u16"_s << u"big"_s << 1800.0 << Regs{0x0708};
        QTest::newRow("i16 -1") << u"i16"_s << u"big"_s << -1.0 << Regs{0xFFFF};
        QTest::newRow("i16 min") << u"i16"_s << u"big"_s << -32768.0 << Regs{0x8000};
        QTest::newRow("i16 max") << u"i16"_s << u"big"_s << 32767.0 << Regs{0x7FFF};
        QTest::newRow("i16 -7400 W (Quasar discharge)") << u"i16"_s << u"big"_s << -7400.0 << Regs{0xE318};
        QTest::newRow("u32 70000 big") << u"u32"_s << u"big"_s << 70000.0 << Regs{0x0001, 0x1170};
        QTest::newRow("u32 70000 little") << u"u32"_s << u"little"_s << 70000.0 << Regs{0x1170, 0x0001};
        QTest::newRow("u32 max") << u"u32"_s << u"big"_s << 4294967295.0 << Regs{0xFFFF, 0xFFFF};
        QTest::newRow("i32 -2 big") << u"i32"_s << u"big"_s << -2.0 << Regs{0xFFFF, 0xFFFE};
        QTest::newRow("i32 -2 little") << u"i32"_s << u"little"_s << -2.0 << Regs{0xFFFE, 0xFFFF};
        QTest::newRow("i32 -7400 big") << u"i32"_s << u"big"_s << -7400.0 << Regs{0xFFFF, 0xE318};
        QTest::newRow("i32 min") << u"i32"_s << u"big"_s << -2147483648.0 << Regs{0x8000, 0x0000};
        QTest::newRow("i32 max little") << u"i32"_s << u"little"_s << 2147483647.0 << Regs{0xFFFF, 0x7FFF};
        QTest::newRow("f32 230.0 big (Alfen voltage)")
            << u"f32"_s << u"big"_s << 230.0 << Regs{0x4366, 0x0000};
        QTest::newRow("f32 230.0 little") << u"f32"_s << u"little"_s << 230.0 << Regs{0x0000, 0x4366};
        QTest::newRow("f32 16.0 A (Alfen setpoint)") << u"f32"_s << u"big"_s << 16.0 << Regs{0x4180, 0x0000};
        QTest::newRow("f32 -1.0") << u"f32"_s << u"big"_s << -1.0 << Regs{0xBF80, 0x0000};
        QTest::newRow("f32 0.0") << u"f32"_s << u"big"_s << 0.0 << Regs{0x0000, 0x0000};
        QTest::newRow("f64 1.5 big") << u"f64"_s << u"big"_s << 1.5 << Regs{0x3FF8, 0x0000, 0x0000, 0x0000};
        QTest::newRow("f64 1.5 little")
            << u"f64"_s << u"little"_s << 1.5 << Regs{0x0000, 0x0000, 0x0000, 0x3FF8};
        QTest::newRow("f64 -2.0 big") << u"f64"_s << u"big"_s << -2.0 << Regs{0xC000, 0x0000, 0x0000, 0x0000};
        QTest::newRow("f64 123456789.125 Wh") << u"f64"_s << u"big"_s << 123456789.125 << Regs{};
        QTest::newRow("f64 0.1 little") << u"f64"_s << u"little"_s << 0.1 << Regs{};
    }
    void roundTrip()
    {
        QFETCH(QString, type);
        QFETCH(QString, order);
        QFETCH(double, value);
        QFETCH(Regs, image);
        const RegisterEncoding e = encoding(type, order);
        const auto encoded = RegisterCodec::encodeNumber(e, value);
        QVERIFY2(encoded.ok(), qPrintable(encoded.error));
        QCOMPARE(encoded.value->size(), RegisterCodec::registerCount(e));
        if (!image.isEmpty())
            QVERIFY2(*encoded.value == image, qPrintable(hex(*encoded.value) + u" != "_s + hex(image)));
        const auto decoded = RegisterCodec::decodeNumber(e, *encoded.value);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error));
        QCOMPARE(*decoded.value, value);
    }

    void wordOrderMatters()
    {
        // The same image read in the other word order is another number.
        const Regs image{0x4366, 0x0000};
        const auto big = RegisterCodec::decodeNumber(encoding(u"f32"_s, u"big"_s), image);
        const auto little = RegisterCodec::decodeNumber(encoding(u"f32"_s, u"little"_s), image);
        QVERIFY(big.ok() && little.ok());
        QCOMPARE(*big.value, 230.0);
        QVERIFY(*little.value != 230.0);
    }

    void scaleAndOffset_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<double>("scale");
        QTest::addColumn<double>("offset");
        QTest::addColumn<double>("value");
        QTest::addColumn<Regs>("image");
        QTest::newRow("ABB current mA, 16 A") << u"u32"_s << 0.001 << 0.0 << 16.0 << Regs{0x0000, 0x3E80};
        QTest::newRow("Vestel meter 0.1 kWh") << u"u32"_s << 0.1 << 0.0 << 1234.5 << Regs{0x0000, 0x3039};
        QTest::newRow("ABB voltage 0.1 V") << u"u32"_s << 0.1 << 0.0 << 230.4 << Regs{0x0000, 0x0900};
        QTest::newRow("offset -40, scale 0.1") << u"u16"_s << 0.1 << -40.0 << 25.0 << Regs{0x028A};
        QTest::newRow("SunSpec SF -2 on i16") << u"i16"_s << 0.01 << 0.0 << -12.34 << Regs{0xFB2E};
        QTest::newRow("scale 10 (SF +1)") << u"u16"_s << 10.0 << 0.0 << 7400.0 << Regs{0x02E4};
    }
    void scaleAndOffset()
    {
        QFETCH(QString, type);
        QFETCH(double, scale);
        QFETCH(double, offset);
        QFETCH(double, value);
        QFETCH(Regs, image);
        RegisterEncoding e = encoding(type);
        e.scale = scale;
        e.offset = offset;
        const auto encoded = RegisterCodec::encodeNumber(e, value);
        QVERIFY2(encoded.ok(), qPrintable(encoded.error));
        QVERIFY2(*encoded.value == image, qPrintable(hex(*encoded.value) + u" != "_s + hex(image)));
        const auto decoded = RegisterCodec::decodeNumber(e, image);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error));
        QVERIFY2(std::abs(*decoded.value - value) < 1e-9,
                 qPrintable(QString::number(*decoded.value, 'g', 17)));
    }

    void integersRoundToNearest_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<double>("value");
        QTest::addColumn<Regs>("image");
        QTest::newRow("u16 10.6 -> 11") << u"u16"_s << 10.6 << Regs{11};
        QTest::newRow("u16 10.4 -> 10") << u"u16"_s << 10.4 << Regs{10};
        QTest::newRow("i16 -2.5 -> -3") << u"i16"_s << -2.5 << Regs{0xFFFD};
        QTest::newRow("u16 65535.4 -> 65535") << u"u16"_s << 65535.4 << Regs{0xFFFF};
    }
    void integersRoundToNearest()
    {
        QFETCH(QString, type);
        QFETCH(double, value);
        QFETCH(Regs, image);
        const auto encoded = RegisterCodec::encodeNumber(encoding(type), value);
        QVERIFY2(encoded.ok(), qPrintable(encoded.error));
        QCOMPARE(*encoded.value, image);
    }

    void refusesOutOfRange_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<double>("scale");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("phrase");
        const double inf = std::numeric_limits<double>::infinity();
        const double nan = std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("u16 65536") << u"u16"_s << 1.0 << 65536.0 << u"outside the u16 range"_s;
        QTest::newRow("u16 -1") << u"u16"_s << 1.0 << -1.0 << u"outside the u16 range"_s;
        QTest::newRow("u16 65535.5 rounds out") << u"u16"_s << 1.0 << 65535.5 << u"outside the u16 range"_s;
        QTest::newRow("i16 32768") << u"i16"_s << 1.0 << 32768.0 << u"outside the i16 range"_s;
        QTest::newRow("i16 -32769") << u"i16"_s << 1.0 << -32769.0 << u"outside the i16 range"_s;
        QTest::newRow("u32 2^32") << u"u32"_s << 1.0 << 4294967296.0 << u"outside the u32 range"_s;
        QTest::newRow("i32 2^31") << u"i32"_s << 1.0 << 2147483648.0 << u"outside the i32 range"_s;
        QTest::newRow("i32 -2^31-1") << u"i32"_s << 1.0 << -2147483649.0 << u"outside the i32 range"_s;
        QTest::newRow("f32 1e39") << u"f32"_s << 1.0 << 1e39 << u"outside the f32 range"_s;
        QTest::newRow("u16 mA scale: 70 A") << u"u16"_s << 0.001 << 70.0 << u"outside the u16 range"_s;
        QTest::newRow("f32 NaN") << u"f32"_s << 1.0 << nan << u"NaN cannot be written"_s;
        QTest::newRow("f64 NaN") << u"f64"_s << 1.0 << nan << u"NaN cannot be written"_s;
        QTest::newRow("i32 NaN") << u"i32"_s << 1.0 << nan << u"NaN cannot be written"_s;
        QTest::newRow("f64 infinity") << u"f64"_s << 1.0 << inf << u"infinity cannot be written"_s;
        QTest::newRow("u16 -infinity") << u"u16"_s << 1.0 << -inf << u"infinity cannot be written"_s;
        QTest::newRow("scale 0") << u"u16"_s << 0.0 << 1.0 << u"scale 0 cannot be inverted"_s;
    }
    void refusesOutOfRange()
    {
        QFETCH(QString, type);
        QFETCH(double, scale);
        QFETCH(double, value);
        QFETCH(QString, phrase);
        RegisterEncoding e = encoding(type);
        e.scale = scale;
        const auto encoded = RegisterCodec::encodeNumber(e, value);
        QVERIFY(!encoded.ok());
        QVERIFY2(encoded.error.contains(phrase), qPrintable(encoded.error));
    }

    void refusesNonFiniteReads_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("order");
        QTest::addColumn<Regs>("image");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("f32 quiet NaN") << u"f32"_s << u"big"_s << Regs{0x7FC0, 0x0000} << u"f32 holds NaN"_s;
        QTest::newRow("f32 NaN little")
            << u"f32"_s << u"little"_s << Regs{0x0001, 0x7F80} << u"f32 holds NaN"_s;
        QTest::newRow("f32 all ones") << u"f32"_s << u"big"_s << Regs{0xFFFF, 0xFFFF} << u"f32 holds NaN"_s;
        QTest::newRow("f32 +inf") << u"f32"_s << u"big"_s << Regs{0x7F80, 0x0000} << u"+Infinity"_s;
        QTest::newRow("f64 NaN") << u"f64"_s << u"big"_s << Regs{0x7FF8, 0, 0, 0} << u"f64 holds NaN"_s;
        QTest::newRow("f64 -inf") << u"f64"_s << u"big"_s << Regs{0xFFF0, 0, 0, 0} << u"-Infinity"_s;
    }
    void refusesNonFiniteReads()
    {
        QFETCH(QString, type);
        QFETCH(QString, order);
        QFETCH(Regs, image);
        QFETCH(QString, phrase);
        const auto decoded = RegisterCodec::decodeNumber(encoding(type, order), image);
        QVERIFY(!decoded.ok());
        QVERIFY2(decoded.error.contains(phrase), qPrintable(decoded.error));
    }

    void refusesWrongRegisterCount_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<Regs>("image");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("u16 from none") << u"u16"_s << Regs{} << u"u16 takes 1 registers, got 0"_s;
        QTest::newRow("u32 from one") << u"u32"_s << Regs{1} << u"u32 takes 2 registers, got 1"_s;
        QTest::newRow("i32 from one") << u"i32"_s << Regs{1} << u"i32 takes 2 registers, got 1"_s;
        QTest::newRow("f32 from one") << u"f32"_s << Regs{0x4366} << u"f32 takes 2 registers, got 1"_s;
        QTest::newRow("f64 from three") << u"f64"_s << Regs{1, 2, 3} << u"f64 takes 4 registers, got 3"_s;
        QTest::newRow("i16 from two") << u"i16"_s << Regs{1, 2} << u"i16 takes 1 registers, got 2"_s;
    }
    void refusesWrongRegisterCount()
    {
        QFETCH(QString, type);
        QFETCH(Regs, image);
        QFETCH(QString, phrase);
        const auto decoded = RegisterCodec::decodeNumber(encoding(type), image);
        QVERIFY(!decoded.ok());
        QVERIFY2(decoded.error.contains(phrase), qPrintable(decoded.error));
    }

    void strings_data()
    {
        QTest::addColumn<QString>("encodingName");
        QTest::addColumn<QString>("byteOrder");
        QTest::addColumn<int>("words");
        QTest::addColumn<QString>("text");
        QTest::addColumn<Regs>("image");
        QTest::newRow("SunS marker") << u"ascii"_s << u"big"_s << 2 << u"SunS"_s << Regs{0x5375, 0x6E53};
        QTest::newRow("odd length, NUL padded")
            << u"ascii"_s << u"big"_s << 3 << u"Alfen"_s << Regs{0x416C, 0x6665, 0x6E00};
        QTest::newRow("Alfen state C2 in 5 registers")
            << u"ascii"_s << u"big"_s << 5 << u"C2"_s << Regs{0x4332, 0, 0, 0, 0};
        QTest::newRow("Phoenix state in the low byte")
            << u"ascii"_s << u"little"_s << 1 << u"B"_s << Regs{0x0042};
        QTest::newRow("little byte order pair") << u"ascii"_s << u"little"_s << 1 << u"AB"_s << Regs{0x4241};
        QTest::newRow("CHARX state in the high byte")
            << u"ascii"_s << u"big"_s << 1 << u"C"_s << Regs{0x4300};
        QTest::newRow("Vestel UTF-16")
            << u"utf16"_s << u"big"_s << 5 << u"EVC04"_s << Regs{u'E', u'V', u'C', u'0', u'4'};
        QTest::newRow("UTF-16 padded") << u"utf16"_s << u"big"_s << 4 << u"Ü1"_s << Regs{0x00DC, u'1', 0, 0};
        QTest::newRow("empty") << u"ascii"_s << u"big"_s << 2 << QString() << Regs{0, 0};
    }
    void strings()
    {
        QFETCH(QString, encodingName);
        QFETCH(QString, byteOrder);
        QFETCH(int, words);
        QFETCH(QString, text);
        QFETCH(Regs, image);
        RegisterEncoding e = encoding(u"string"_s);
        e.words = words;
        e.stringEncoding = encodingName == u"utf16"_s ? StringEncoding::Utf16 : StringEncoding::Ascii;
        e.byteOrder = byteOrder == u"little"_s ? ByteOrder::Little : ByteOrder::Big;
        const auto encoded = RegisterCodec::encodeString(e, text);
        QVERIFY2(encoded.ok(), qPrintable(encoded.error));
        QVERIFY2(*encoded.value == image, qPrintable(hex(*encoded.value) + u" != "_s + hex(image)));
        const auto decoded = RegisterCodec::decodeString(e, image);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error));
        QCOMPARE(*decoded.value, text);
    }

    void stringDecodeDropsPadding()
    {
        RegisterEncoding e = encoding(u"string"_s);
        e.words = 5;
        // "Fronius" padded with spaces, then garbage after a NUL.
        const auto spaces = RegisterCodec::decodeString(e, Regs{0x4672, 0x6F6E, 0x6975, 0x7320, 0x2020});
        QVERIFY(spaces.ok());
        QCOMPARE(*spaces.value, u"Fronius"_s);
        const auto nul = RegisterCodec::decodeString(e, Regs{0x4142, 0x0043, 0x4445, 0x4647, 0x4849});
        QVERIFY(nul.ok());
        QCOMPARE(*nul.value, u"AB"_s);
    }

    void stringRefusals()
    {
        RegisterEncoding e = encoding(u"string"_s);
        e.words = 2;
        const auto tooLong = RegisterCodec::encodeString(e, u"Parkwatt"_s);
        QVERIFY(!tooLong.ok());
        QVERIFY2(tooLong.error.contains(u"2 registers hold 4"_s), qPrintable(tooLong.error));
        const auto notLatin1 = RegisterCodec::encodeString(e, u"€"_s);
        QVERIFY(!notLatin1.ok());
        QVERIFY2(notLatin1.error.contains(u"not Latin-1"_s), qPrintable(notLatin1.error));
        const auto shortRead = RegisterCodec::decodeString(e, Regs{0x5375});
        QVERIFY(!shortRead.ok());
        QVERIFY2(shortRead.error.contains(u"got 1"_s), qPrintable(shortRead.error));
        const auto asNumber = RegisterCodec::decodeNumber(e, Regs{0x5375, 0x6E53});
        QVERIFY(!asNumber.ok());
        const auto numberAsString = RegisterCodec::decodeString(encoding(u"u16"_s), Regs{1});
        QVERIFY(!numberAsString.ok());
    }

    void bitField()
    {
        // ABB Terra AC 0x400C: the state is byte 2 (high byte of the second register) & 0x7F.
        RegisterEncoding e = encoding(u"u32"_s);
        e.bitShift = 8;
        e.bitMask = 0x7F;
        const auto charging = RegisterCodec::decodeNumber(e, Regs{0x1234, 0x8483});
        QVERIFY2(charging.ok(), qPrintable(charging.error));
        QCOMPARE(*charging.value, 4.0); // C2
        const auto write = RegisterCodec::encodeNumber(e, 4);
        QVERIFY(!write.ok());
        QVERIFY2(write.error.contains(u"read-only"_s), qPrintable(write.error));
    }

    void registerCounts()
    {
        QCOMPARE(RegisterCodec::registerCount(RegisterType::U16), 1);
        QCOMPARE(RegisterCodec::registerCount(RegisterType::I32), 2);
        QCOMPARE(RegisterCodec::registerCount(RegisterType::F64), 4);
        QCOMPARE(RegisterCodec::registerCount(RegisterType::String, 17), 17);
        QCOMPARE(RegisterCodec::registerCount(RegisterType::String, 0), 0);
    }
};

QTEST_GUILESS_MAIN(TestRegisterCodec)
#include "tst_registercodec.moc"
