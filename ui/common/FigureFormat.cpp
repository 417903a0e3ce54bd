#include "common/FigureFormat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>
#include <cmath>

namespace parkwatt {

namespace {
// The context lupdate files these words under (this class's tr() calls, with the namespace),
// so the translators' words are found at run time.
QString tr(const char* text)
{
    return QCoreApplication::translate("parkwatt::FigureFormat", text);
}
} // namespace

FigureFormat::FigureFormat(int utcOffsetS)
    : m_utcOffsetS(utcOffsetS)
{
}

FigureFormat::FigureFormat(int utcOffsetS, QLocale locale)
    : m_utcOffsetS(utcOffsetS)
    , m_locale(std::move(locale))
{
}

QString FigureFormat::unknown()
{
    return QStringLiteral("—");
}

QString FigureFormat::number(double value, int decimals) const
{
    if (!std::isfinite(value))
        return unknown();
    // "-0.0" reads like a direction; noise around zero is zero.
    if (std::abs(value) < 0.5 * std::pow(10.0, -decimals))
        value = 0;
    return locale().toString(value, 'f', decimals);
}

QString FigureFormat::kw(double kw) const
{
    if (!std::isfinite(kw))
        return unknown();
    return tr("%1 kW").arg(number(kw, std::abs(kw) >= 1000 ? 0 : 1));
}

QString FigureFormat::kwh(double kwh) const
{
    if (!std::isfinite(kwh))
        return unknown();
    return tr("%1 kWh").arg(number(kwh, std::abs(kwh) >= 1000 ? 0 : 1));
}

QString FigureFormat::percent(double pct) const
{
    if (!std::isfinite(pct))
        return unknown();
    return tr("%1 %").arg(number(pct, 0));
}

QString FigureFormat::hours(double h) const
{
    if (!std::isfinite(h))
        return unknown();
    return tr("%1 h").arg(number(h, h >= 100 ? 0 : 1));
}

QString FigureFormat::timeOfDay(TimeMs timeMs) const
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(timeMs, QTimeZone(m_utcOffsetS));
    return locale().toString(local.time(), timeOfDayFormat());
}

QString FigureFormat::timeOfDayFormat() const
{
    // The locale's short time without seconds (some locales' short format has them).
    QString format = locale().timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    return format;
}

qint64 FigureFormat::localDay(TimeMs timeMs) const
{
    const qint64 localMs = timeMs + qint64(m_utcOffsetS) * 1000;
    constexpr qint64 kMsPerDay = 86400000;
    return localMs >= 0 ? localMs / kMsPerDay : (localMs - kMsPerDay + 1) / kMsPerDay;
}

} // namespace parkwatt
