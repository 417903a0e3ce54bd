#include "devices/sim/FaultSpec.h"

namespace parkwatt {

namespace {

struct KindName {
    FaultKind kind;
    const char* name;
};

constexpr KindName kKindNames[] = {
    {FaultKind::None, "none"},
    {FaultKind::Drop, "drop"},
    {FaultKind::Late, "late"},
    {FaultKind::Exception, "exception"},
    {FaultKind::Garbage, "garbage"},
    {FaultKind::Silence, "silence"},
    {FaultKind::NoReadback, "no-readback"},
    {FaultKind::WatchdogOff, "watchdog-off"},
    {FaultKind::StuckPower, "stuck-power"},
};

const char* nameOf(FaultKind kind)
{
    for (const KindName& k : kKindNames)
        if (k.kind == kind)
            return k.name;
    return "none";
}

bool takesArgument(FaultKind kind)
{
    return kind == FaultKind::Late || kind == FaultKind::Exception;
}

} // namespace

QString FaultSpec::toString() const
{
    const QString name = QString::fromLatin1(nameOf(kind));
    return takesArgument(kind) ? name + QLatin1Char(':') + QString::number(arg) : name;
}

std::optional<FaultSpec> parseFault(const QString& kind, const QString& arg, QString* error)
{
    FaultSpec spec;
    bool known = false;
    for (const KindName& k : kKindNames) {
        if (kind == QLatin1String(k.name)) {
            spec.kind = k.kind;
            known = true;
        }
    }
    if (!known) {
        *error = QStringLiteral("unknown fault kind '%1' (drop, late, exception, garbage, silence, "
                                "no-readback, watchdog-off, stuck-power, none)")
                     .arg(kind);
        return std::nullopt;
    }
    if (!takesArgument(spec.kind)) {
        if (!arg.isEmpty()) {
            *error = QStringLiteral("fault '%1' takes no argument, got '%2'").arg(kind, arg);
            return std::nullopt;
        }
        return spec;
    }
    const bool late = spec.kind == FaultKind::Late;
    if (arg.isEmpty()) {
        spec.arg = late ? kDefaultLateMs : kDefaultExceptionCode;
        return spec;
    }
    bool ok = false;
    spec.arg = arg.toInt(&ok);
    const int lowest = late ? 0 : 1;
    const int highest = late ? kMaxLateMs : 255;
    if (!ok || spec.arg < lowest || spec.arg > highest) {
        *error =
            late ? QStringLiteral("late: expected a delay in ms from 0 to %1, got '%2'").arg(highest).arg(arg)
                 : QStringLiteral("exception: expected a Modbus exception code from 1 to 255, got '%1'")
                       .arg(arg);
        return std::nullopt;
    }
    return spec;
}

} // namespace parkwatt
