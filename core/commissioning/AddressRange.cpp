#include "commissioning/AddressRange.h"

#include <QRegularExpression>
#include <optional>

namespace parkwatt {

namespace {

// A dotted-quad IPv4 address, strictly (QHostAddress also takes "10" or "10.1" as IPv4).
std::optional<quint32> parseIpv4(const QString& text)
{
    static const QRegularExpression dotted(QStringLiteral(R"(^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$)"));
    const QRegularExpressionMatch m = dotted.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    quint32 address = 0;
    for (int i = 1; i <= 4; ++i) {
        const int octet = m.captured(i).toInt();
        if (octet > 255)
            return std::nullopt;
        address = (address << 8) | quint32(octet);
    }
    return address;
}

} // namespace

AddressRange::Parsed AddressRange::parse(const QString& rawText, const QString& option, int maxAddresses)
{
    Parsed out;
    const QString text = rawText.trimmed();
    const auto fail = [&](const QString& why) {
        out.addresses.clear();
        out.error =
            QStringLiteral("%1 %2: %3").arg(option, text.isEmpty() ? QStringLiteral("''") : text, why);
        return out;
    };
    const QString expected =
        QStringLiteral("expected an IPv4 address, A.B.C.D/N or A.B.C.D-A.B.C.E (or A.B.C.D-E)");
    if (text.isEmpty())
        return fail(expected);

    quint64 first = 0;
    quint64 last = 0;
    if (const qsizetype slash = text.indexOf(QLatin1Char('/')); slash >= 0) {
        const std::optional<quint32> base = parseIpv4(text.left(slash));
        bool numberOk = false;
        const QString bitsText = text.mid(slash + 1);
        const int bits = bitsText.toInt(&numberOk);
        if (!base || !numberOk || bitsText.isEmpty() || !bitsText.front().isDigit() || bits < 0 || bits > 32)
            return fail(expected + QStringLiteral(" (N from 0 to 32)"));
        const quint64 size = quint64(1) << (32 - bits);
        first = quint64(*base) & ~(size - 1);
        last = first + size - 1;
    } else if (const qsizetype dash = text.indexOf(QLatin1Char('-')); dash >= 0) {
        const std::optional<quint32> from = parseIpv4(text.left(dash).trimmed());
        const QString toText = text.mid(dash + 1).trimmed();
        std::optional<quint32> to = parseIpv4(toText);
        if (from && !to) {
            bool numberOk = false;
            const int octet = toText.toInt(&numberOk);
            if (numberOk && !toText.isEmpty() && toText.front().isDigit() && octet >= 0 && octet <= 255)
                to = (*from & 0xFFFFFF00u) | quint32(octet);
        }
        if (!from || !to)
            return fail(expected);
        if (*to < *from)
            return fail(QStringLiteral("the range ends before it starts"));
        first = *from;
        last = *to;
    } else {
        const std::optional<quint32> single = parseIpv4(text);
        if (!single)
            return fail(expected);
        first = last = *single;
    }

    const quint64 count = last - first + 1;
    if (count > quint64(maxAddresses))
        return fail(
            QStringLiteral("%1 addresses, at most %2 can be scanned at once").arg(count).arg(maxAddresses));
    out.addresses.reserve(qsizetype(count));
    for (quint64 a = first; a <= last; ++a)
        out.addresses.append(QHostAddress(quint32(a)));
    return out;
}

} // namespace parkwatt
