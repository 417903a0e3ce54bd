#include "commissioning/NumberList.h"

namespace parkwatt {

NumberList::Parsed NumberList::parse(const QString& text, const QString& option, int min, int max,
                                     int maxCount)
{
    Parsed out;
    const auto fail = [&](const QString& why) {
        out.values.clear();
        out.error =
            QStringLiteral("%1 %2: %3").arg(option, text.isEmpty() ? QStringLiteral("''") : text, why);
        return out;
    };
    const QString expected =
        QStringLiteral("expected a comma list of whole numbers from %1 to %2").arg(min).arg(max);
    const QStringList items = text.split(QLatin1Char(','));
    for (const QString& raw : items) {
        const QString item = raw.trimmed();
        bool ok = false;
        const int value = item.toInt(&ok);
        if (item.isEmpty() || !ok || !item.front().isDigit())
            return fail(QStringLiteral("'%1' is not a number; %2").arg(item, expected));
        if (value < min || value > max)
            return fail(QStringLiteral("%1 is out of range; %2").arg(value).arg(expected));
        if (out.values.contains(value))
            return fail(QStringLiteral("%1 is listed twice").arg(value));
        out.values.append(value);
    }
    if (out.values.size() > maxCount)
        return fail(QStringLiteral("%1 values, at most %2").arg(out.values.size()).arg(maxCount));
    return out;
}

} // namespace parkwatt
