#include "config/IsoTime.h"

#include <QtGlobal>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace parkwatt {

namespace {

constexpr qint64 kSecondsPerDay = 86400;

// Days from 1970-01-01 to y-m-d in the proleptic Gregorian calendar (H. Hinnant's algorithm).
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2 ? 1 : 0;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<qint64>(doe) - 719468;
}

struct Civil {
    qint64 year;
    unsigned month;
    unsigned day;
};

Civil civilFromDays(qint64 z)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {static_cast<qint64>(yoe) + era * 400 + (m <= 2 ? 1 : 0), m, d};
}

bool isLeapYear(qint64 y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

unsigned daysInMonth(qint64 y, unsigned m)
{
    static constexpr unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeapYear(y) ? 29 : kDays[m - 1];
}

// A cursor over the text that reads fixed-width decimal fields.
class Scanner {
public:
    explicit Scanner(QStringView text)
        : m_text(text)
    {
    }

    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_text[m_pos]; }
    bool atDigit() const { return peek().unicode() >= '0' && peek().unicode() <= '9'; }
    bool accept(QChar c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }
    bool digits(int count, int* value)
    {
        int v = 0;
        for (int i = 0; i < count; ++i) {
            if (!atDigit())
                return false;
            v = v * 10 + (peek().unicode() - '0');
            ++m_pos;
        }
        *value = v;
        return true;
    }
    QStringView rest() const { return m_text.mid(m_pos); }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
};

IsoTimeParse failure(QString problem)
{
    IsoTimeParse out;
    out.problem = std::move(problem);
    return out;
}

QString twoDigits(qint64 v)
{
    return QString::number(v).rightJustified(2, u'0');
}

} // namespace

IsoTimeParse parseIsoTime(QStringView text)
{
    const QString shape = u"expected an ISO 8601 time with a UTC offset like 2026-07-14T07:55:00+02:00"_s;
    Scanner s(text);
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!s.digits(4, &year) || !s.accept(u'-') || !s.digits(2, &month) || !s.accept(u'-') ||
        !s.digits(2, &day))
        return failure(shape);
    if (!s.accept(u'T') && !s.accept(u't'))
        return failure(shape + u" (date and time separated by 'T')"_s);
    if (!s.digits(2, &hour) || !s.accept(u':') || !s.digits(2, &minute))
        return failure(shape);

    qint64 fractionMs = 0; // the fraction rounded to the nearest millisecond (0..1000)
    if (s.accept(u':')) {
        if (!s.digits(2, &second))
            return failure(shape);
        if (s.accept(u'.') || s.accept(u',')) {
            int digitCount = 0;
            while (s.atDigit()) {
                const int d = s.peek().unicode() - '0';
                if (digitCount < 3)
                    fractionMs = fractionMs * 10 + d;
                else if (digitCount == 3 && d >= 5)
                    fractionMs += 1; // the rest is at least half a millisecond: round up
                ++digitCount;
                s.accept(s.peek());
            }
            if (digitCount == 0)
                return failure(shape + u" (digits after the decimal point)"_s);
            for (int i = digitCount; i < 3; ++i)
                fractionMs *= 10;
        }
    }

    if (month < 1 || month > 12)
        return failure(u"month %1 is not in 1..12"_s.arg(month));
    if (day < 1 || static_cast<unsigned>(day) > daysInMonth(year, static_cast<unsigned>(month)))
        return failure(u"day %1 does not exist in %2-%3"_s.arg(day)
                           .arg(QString::number(year).rightJustified(4, u'0'))
                           .arg(twoDigits(month)));
    if (hour > 23)
        return failure(u"hour %1 is not in 0..23"_s.arg(hour));
    if (minute > 59)
        return failure(u"minute %1 is not in 0..59"_s.arg(minute));
    if (second > 59)
        return failure(u"second %1 is not in 0..59"_s.arg(second));

    int offsetS = 0;
    if (s.atEnd())
        return failure(u"time has no UTC offset: add Z or +HH:MM / -HH:MM (local time is ambiguous)"_s);
    if (s.accept(u'Z') || s.accept(u'z')) {
        offsetS = 0;
    } else if (s.peek() == u'+' || s.peek() == u'-') {
        const QStringView offsetText = s.rest();
        const bool negative = s.peek() == u'-';
        s.accept(s.peek());
        int offsetH = 0, offsetM = 0;
        if (!s.digits(2, &offsetH))
            return failure(u"UTC offset must be Z or +HH:MM / -HH:MM"_s);
        if (s.accept(u':')) {
            if (!s.digits(2, &offsetM))
                return failure(u"UTC offset must be Z or +HH:MM / -HH:MM"_s);
        } else if (!s.atEnd() && !s.digits(2, &offsetM)) {
            return failure(u"UTC offset must be Z or +HH:MM / -HH:MM"_s);
        }
        if (offsetH > 23 || offsetM > 59)
            return failure(u"UTC offset %1 is out of range"_s.arg(offsetText));
        offsetS = (offsetH * 3600 + offsetM * 60) * (negative ? -1 : 1);
    } else {
        return failure(shape + u" (unexpected '%1')"_s.arg(s.rest().left(12)));
    }
    if (!s.atEnd())
        return failure(shape + u" (unexpected '%1' at the end)"_s.arg(s.rest().left(12)));

    const qint64 localS =
        daysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)) * kSecondsPerDay +
        qint64(hour) * 3600 + qint64(minute) * 60 + second;
    IsoTimeParse out;
    out.ok = true;
    out.time.ms = (localS - offsetS) * kMsPerSecond + fractionMs;
    out.time.utcOffsetS = offsetS;
    return out;
}

QString formatIsoTime(TimeMs ms, int utcOffsetS)
{
    const TimeMs localMs = ms + qint64(utcOffsetS) * kMsPerSecond;
    qint64 days = localMs / (kSecondsPerDay * kMsPerSecond);
    qint64 msOfDay = localMs % (kSecondsPerDay * kMsPerSecond);
    if (msOfDay < 0) {
        msOfDay += kSecondsPerDay * kMsPerSecond;
        --days;
    }
    const Civil c = civilFromDays(days);
    const qint64 secondOfDay = msOfDay / kMsPerSecond;
    QString out = u"%1-%2-%3T%4:%5:%6"_s.arg(QString::number(c.year).rightJustified(4, u'0'))
                      .arg(twoDigits(c.month), twoDigits(c.day), twoDigits(secondOfDay / 3600),
                           twoDigits(secondOfDay / 60 % 60), twoDigits(secondOfDay % 60));
    if (const qint64 fraction = msOfDay % kMsPerSecond; fraction != 0)
        out += u'.' + QString::number(fraction).rightJustified(3, u'0');
    if (utcOffsetS == 0)
        return out + u'Z';
    const int absOffset = std::abs(utcOffsetS);
    return out + (utcOffsetS < 0 ? u'-' : u'+') + twoDigits(absOffset / 3600) + u':' +
           twoDigits(absOffset / 60 % 60);
}

} // namespace parkwatt
