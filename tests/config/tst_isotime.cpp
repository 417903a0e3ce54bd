// Tests for parseIsoTime / formatIsoTime: offsets, fractions of any length rounded to the
// nearest millisecond, calendar checks, and times without an offset refused.

#include "config/IsoTime.h"

#include <QDateTime>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parkwatt;

namespace {

TimeMs utcMs(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC).toMSecsSinceEpoch();
}

} // namespace

class TestIsoTime : public QObject {
    Q_OBJECT

private slots:
    void parsesValidTimes_data();
    void parsesValidTimes();
    void rejectsBadTimes_data();
    void rejectsBadTimes();
    void formatsInTheGivenOffset_data();
    void formatsInTheGivenOffset();
    void roundTripsOverManyYears();
};

void TestIsoTime::parsesValidTimes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<int>("offsetS");

    QTest::newRow("spec example") << u"2026-07-14T07:55:00+02:00"_s << utcMs(2026, 7, 14, 5, 55, 0) << 7200;
    QTest::newRow("Z") << u"2026-07-14T07:55:00Z"_s << utcMs(2026, 7, 14, 7, 55, 0) << 0;
    QTest::newRow("lower case t and z") << u"2026-07-14t07:55:00z"_s << utcMs(2026, 7, 14, 7, 55, 0) << 0;
    QTest::newRow("+00:00") << u"2026-07-14T00:00:00+00:00"_s << utcMs(2026, 7, 14, 0, 0, 0) << 0;
    QTest::newRow("negative offset") << u"2026-01-01T00:00:00-05:30"_s << utcMs(2026, 1, 1, 5, 30, 0)
                                     << -19800;
    QTest::newRow("basic offset") << u"2026-01-01T00:00:00+0100"_s << utcMs(2025, 12, 31, 23, 0, 0) << 3600;
    QTest::newRow("hour-only offset") << u"2026-01-01T00:00:00+01"_s << utcMs(2025, 12, 31, 23, 0, 0) << 3600;
    QTest::newRow("no seconds") << u"2026-07-14T07:55+02:00"_s << utcMs(2026, 7, 14, 5, 55, 0) << 7200;
    QTest::newRow("microseconds") << u"2026-07-26T07:52:55.785572+02:00"_s
                                  << utcMs(2026, 7, 26, 5, 52, 55, 786) << 7200;
    QTest::newRow("one digit") << u"2026-07-26T07:52:55.5Z"_s << utcMs(2026, 7, 26, 7, 52, 55, 500) << 0;
    QTest::newRow("round down") << u"2026-07-26T07:52:55.0004999Z"_s << utcMs(2026, 7, 26, 7, 52, 55, 0) << 0;
    QTest::newRow("round half up") << u"2026-07-26T07:52:55.0005Z"_s << utcMs(2026, 7, 26, 7, 52, 55, 1) << 0;
    QTest::newRow("carry into the next day")
        << u"2026-12-31T23:59:59.9996Z"_s << utcMs(2027, 1, 1, 0, 0, 0) << 0;
    QTest::newRow("nanoseconds") << u"2026-07-26T07:52:55.123456789Z"_s << utcMs(2026, 7, 26, 7, 52, 55, 123)
                                 << 0;
    QTest::newRow("comma fraction") << u"2026-07-26T07:52:55,25Z"_s << utcMs(2026, 7, 26, 7, 52, 55, 250)
                                    << 0;
    QTest::newRow("leap day") << u"2028-02-29T12:00:00Z"_s << utcMs(2028, 2, 29, 12, 0, 0) << 0;
    QTest::newRow("2000 is a leap year") << u"2000-02-29T00:00:00Z"_s << utcMs(2000, 2, 29, 0, 0, 0) << 0;
    QTest::newRow("before 1970") << u"1969-12-31T23:59:59Z"_s << qint64(-1000) << 0;
}

void TestIsoTime::parsesValidTimes()
{
    QFETCH(QString, text);
    QFETCH(qint64, ms);
    QFETCH(int, offsetS);
    const IsoTimeParse parsed = parseIsoTime(text);
    QVERIFY2(parsed.ok, qPrintable(parsed.problem));
    QCOMPARE(parsed.time.ms, ms);
    QCOMPARE(parsed.time.utcOffsetS, offsetS);
}

void TestIsoTime::rejectsBadTimes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("phrase");

    QTest::newRow("no offset") << u"2026-07-14T07:55:00"_s << u"no UTC offset"_s;
    QTest::newRow("no offset, fraction") << u"2026-07-14T07:55:00.123"_s << u"no UTC offset"_s;
    QTest::newRow("date only") << u"2026-07-14"_s << u"'T'"_s;
    QTest::newRow("space separator") << u"2026-07-14 07:55:00Z"_s << u"'T'"_s;
    QTest::newRow("empty") << QString() << u"ISO 8601"_s;
    QTest::newRow("short year") << u"26-07-14T07:55:00Z"_s << u"ISO 8601"_s;
    QTest::newRow("month 13") << u"2026-13-01T00:00:00Z"_s << u"month 13"_s;
    QTest::newRow("month 0") << u"2026-00-01T00:00:00Z"_s << u"month 0"_s;
    QTest::newRow("31 April") << u"2026-04-31T00:00:00Z"_s << u"day 31"_s;
    QTest::newRow("29 February 2026") << u"2026-02-29T00:00:00Z"_s << u"day 29"_s;
    QTest::newRow("29 February 1900") << u"1900-02-29T00:00:00Z"_s << u"day 29"_s;
    QTest::newRow("hour 24") << u"2026-07-14T24:00:00Z"_s << u"hour 24"_s;
    QTest::newRow("minute 60") << u"2026-07-14T07:60:00Z"_s << u"minute 60"_s;
    QTest::newRow("second 60") << u"2026-07-14T07:55:60Z"_s << u"second 60"_s;
    QTest::newRow("empty fraction") << u"2026-07-14T07:55:00.Z"_s << u"decimal point"_s;
    QTest::newRow("offset hour 24") << u"2026-07-14T07:55:00+24:00"_s << u"out of range"_s;
    QTest::newRow("offset minute 60") << u"2026-07-14T07:55:00+01:60"_s << u"out of range"_s;
    QTest::newRow("offset one digit") << u"2026-07-14T07:55:00+1"_s << u"UTC offset"_s;
    QTest::newRow("named zone") << u"2026-07-14T07:55:00 CEST"_s << u"unexpected"_s;
    QTest::newRow("trailing text") << u"2026-07-14T07:55:00Zx"_s << u"at the end"_s;
    QTest::newRow("non-ASCII digits") << u"２０２６-07-14T07:55:00Z"_s << u"ISO 8601"_s;
}

void TestIsoTime::rejectsBadTimes()
{
    QFETCH(QString, text);
    QFETCH(QString, phrase);
    const IsoTimeParse parsed = parseIsoTime(text);
    QVERIFY2(!parsed.ok, "a bad time was accepted");
    QVERIFY2(parsed.problem.contains(phrase), qPrintable(parsed.problem));
}

void TestIsoTime::formatsInTheGivenOffset_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<int>("offsetS");
    QTest::addColumn<QString>("text");

    QTest::newRow("+02:00") << utcMs(2026, 7, 14, 5, 55, 0) << 7200 << u"2026-07-14T07:55:00+02:00"_s;
    QTest::newRow("Z") << utcMs(2026, 7, 14, 5, 55, 0) << 0 << u"2026-07-14T05:55:00Z"_s;
    QTest::newRow("milliseconds") << utcMs(2026, 7, 26, 5, 52, 55, 786) << 7200
                                  << u"2026-07-26T07:52:55.786+02:00"_s;
    QTest::newRow("-05:30 over midnight")
        << utcMs(2026, 1, 1, 2, 0, 0) << -19800 << u"2025-12-31T20:30:00-05:30"_s;
    QTest::newRow("before 1970") << qint64(-1) << 0 << u"1969-12-31T23:59:59.999Z"_s;
}

void TestIsoTime::formatsInTheGivenOffset()
{
    QFETCH(qint64, ms);
    QFETCH(int, offsetS);
    QFETCH(QString, text);
    QCOMPARE(formatIsoTime(ms, offsetS), text);
}

void TestIsoTime::roundTripsOverManyYears()
{
    // Every 7919 minutes for ~50 years, in three offsets, against QDateTime.
    for (TimeMs ms = utcMs(1999, 1, 1, 0, 0, 0); ms < utcMs(2050, 1, 1, 0, 0, 0);
         ms += 7919LL * 60 * 1000 + 123) {
        for (const int offsetS : {0, 3600, -34200}) {
            const QString text = formatIsoTime(ms, offsetS);
            const IsoTimeParse parsed = parseIsoTime(text);
            QVERIFY2(parsed.ok, qPrintable(text + u": "_s + parsed.problem));
            QCOMPARE(parsed.time.ms, ms);
            QCOMPARE(parsed.time.utcOffsetS, offsetS);
            QCOMPARE(QDateTime::fromString(text, Qt::ISODateWithMs).toMSecsSinceEpoch(), ms);
        }
    }
}

QTEST_GUILESS_MAIN(TestIsoTime)
#include "tst_isotime.moc"
