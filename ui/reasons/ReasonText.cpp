#include "reasons/ReasonText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <vector>

namespace parkwatt {

namespace {

// What a placeholder of a template stands for, and so how it is matched and shown.
enum class Part {
    Number,  // "12.5", "-11": shown in the locale with as many decimals as written
    Clock,   // "08:30": kept
    Name,    // who set an override: kept
    Departs, // the fragment "departs 08:30, needs 12 kWh", localized on its own
    Limit,   // the fragment "grid limit 400 kW" or "peak limit 120 kW", localized on its own
    Reason,  // a whole reason nested in another (after an override), localized on its own
};

struct Shape {
    const char* source;      // the English the engine writes, %1..%n in order of appearance
    std::vector<Part> parts; // what %1..%n stand for
    bool fragment = false;   // only ever part of another reason
};

// Every reason the engine writes, as its English template: control/Dispatcher.cpp (reasonFor),
// engine/live/MeterLossGuard.cpp, engine/live/BayOverrides.cpp. Keep the sources byte for byte
// what the engine writes: tst_reasontext runs the engine and fails on a reason not matched here.
// (The regular expressions are made from these templates, so the two cannot drift apart.)
const std::vector<Shape>& shapes()
{
    using P = Part;
    static const std::vector<Shape> table = {
        // Fragments the dispatcher composes its reasons of.
        //: Part of a charger's reason: %1 the car's departure time (08:30), %2 the energy it still needs.
        {QT_TRANSLATE_NOOP("ReasonText", "departs %1, needs %2 kWh"), {P::Clock, P::Number}, true},
        //: Part of a charger's reason: the grid connection's import limit.
        {QT_TRANSLATE_NOOP("ReasonText", "grid limit %1 kW"), {P::Number}, true},
        //: Part of a charger's reason: the peak-shaving import target.
        {QT_TRANSLATE_NOOP("ReasonText", "peak limit %1 kW"), {P::Number}, true},

        // Dispatcher::reasonFor, in its order.
        {QT_TRANSLATE_NOOP("ReasonText", "no EV"), {}},
        {QT_TRANSLATE_NOOP("ReasonText", "offline"), {}},
        //: The charger does not answer; its fail-safe draw is counted as load.
        {QT_TRANSLATE_NOOP("ReasonText", "offline: counted at fail-safe %1 kW"), {P::Number}},
        //: Setpoint held by the rate limit: %1 held power, %2 seconds between changes, %3 power wanted.
        {QT_TRANSLATE_NOOP("ReasonText", "held at %1 kW (changes at most every %2 s), wants %3 kW"),
         {P::Number, P::Number, P::Number}},
        //: Grid outage: the car discharges (negative kW) to serve the critical load.
        {QT_TRANSLATE_NOOP("ReasonText", "outage: critical load, %1 kW"), {P::Number}},
        //: Grid outage: the car discharges (negative kW) for other cars that must leave charged.
        {QT_TRANSLATE_NOOP("ReasonText", "outage: %1 kW to cars that must leave charged"), {P::Number}},
        //: Vehicle-to-building discharge: %1 the grid import limit, %2 the (negative) power.
        {QT_TRANSLATE_NOOP("ReasonText", "V2B: grid limit %1 kW, %2 kW"), {P::Number, P::Number}},
        //: Vehicle-to-building discharge: %1 the peak-shaving target, %2 the (negative) power.
        {QT_TRANSLATE_NOOP("ReasonText", "V2B: shaving peak %1 kW, %2 kW"), {P::Number, P::Number}},
        //: Vehicle-to-building discharge as planned: %1 the (negative) power.
        {QT_TRANSLATE_NOOP("ReasonText", "V2B: plan, %1 kW"), {P::Number}},
        //: Grid outage: %1 is "departs 08:30, needs 12 kWh" (translated on its own), %2 the power,
        //: %3 the hours the critical load is covered for.
        {QT_TRANSLATE_NOOP("ReasonText", "outage: %1: %2 kW (critical load covered for %3 h)"),
         {P::Departs, P::Number, P::Number}},
        {QT_TRANSLATE_NOOP("ReasonText", "outage: PV surplus, %1 kW"), {P::Number}},
        {QT_TRANSLATE_NOOP("ReasonText", "outage: no charging"), {}},
        {QT_TRANSLATE_NOOP("ReasonText", "target reached"), {}},
        {QT_TRANSLATE_NOOP("ReasonText", "vehicle accepts no charge"), {}},
        //: The charger's minimum power is above the most the car or charger takes.
        {QT_TRANSLATE_NOOP("ReasonText", "cannot charge: minimum %1 kW above its %2 kW limit"),
         {P::Number, P::Number}},
        {QT_TRANSLATE_NOOP("ReasonText", "battery full"), {}},
        //: The car has reached its target and charges on as planned.
        {QT_TRANSLATE_NOOP("ReasonText", "plan: %1 kW above target"), {P::Number}},
        {QT_TRANSLATE_NOOP("ReasonText", "PV surplus, %1 kW"), {P::Number}},
        //: %1 is "grid limit 400 kW" or "peak limit 120 kW" (translated on their own), %2 the power
        //: the car needs, %3 the power it gets, %4 "departs 08:30, needs 12 kWh".
        {QT_TRANSLATE_NOOP("ReasonText", "%1: %2 -> %3 kW (%4)"), {P::Limit, P::Number, P::Number, P::Departs}},
        //: %1 is "departs 08:30, needs 12 kWh" (translated on its own): the car charges at full power.
        {QT_TRANSLATE_NOOP("ReasonText", "%1: full power"), {P::Departs}},
        //: %1 is "departs 08:30, needs 12 kWh" (translated on its own), %2 the power.
        {QT_TRANSLATE_NOOP("ReasonText", "%1: %2 kW"), {P::Departs, P::Number}},
        //: %1 is "grid limit 400 kW" or "peak limit 120 kW" (translated on their own), %2 the power
        //: wanted, %3 the power given.
        {QT_TRANSLATE_NOOP("ReasonText", "%1: %2 -> %3 kW"), {P::Limit, P::Number, P::Number}},
        //: Charging beyond plan because the billing peak %1 is already paid for; %2 the power.
        {QT_TRANSLATE_NOOP("ReasonText", "ahead of plan, under the %1 kW peak paid: %2 kW"),
         {P::Number, P::Number}},
        //: A planned average below the charger's minimum, run at the minimum now.
        {QT_TRANSLATE_NOOP("ReasonText", "plan: %1 kW on average, at the %2 kW minimum now"),
         {P::Number, P::Number}},
        //: A planned average below the charger's minimum, run at the minimum later.
        {QT_TRANSLATE_NOOP("ReasonText", "plan: %1 kW on average, at the %2 kW minimum later"),
         {P::Number, P::Number}},
        {QT_TRANSLATE_NOOP("ReasonText", "plan: %1 kW"), {P::Number}},
        //: The plan charges this car later.
        {QT_TRANSLATE_NOOP("ReasonText", "plan: later"), {}},
        {QT_TRANSLATE_NOOP("ReasonText", "needs %1 kWh: full power"), {P::Number}},
        {QT_TRANSLATE_NOOP("ReasonText", "needs %1 kWh: %2 kW"), {P::Number, P::Number}},

        // MeterLossGuard::limit.
        //: The grid meter is not read: the charger ramps down from %1 to %2 kW.
        {QT_TRANSLATE_NOOP("ReasonText", "grid meter lost: ramping down %1 -> %2 kW"), {P::Number, P::Number}},

        // BayOverrides::annotate ("charge now (override by %1)%2", %2 empty or ": " and the reason).
        //: %1 the user who paused the bay.
        {QT_TRANSLATE_NOOP("ReasonText", "paused by %1"), {P::Name}},
        // With a reason first: the one without would take "Anna): ... (departs ...)" for a name.
        //: %1 the user who set the override, %2 the engine's reason (translated on its own).
        {QT_TRANSLATE_NOOP("ReasonText", "charge now (override by %1): %2"), {P::Name, P::Reason}},
        //: %1 the user who set the override.
        {QT_TRANSLATE_NOOP("ReasonText", "charge now (override by %1)"), {P::Name}},
    };
    return table;
}

QString patternOf(Part part)
{
    const char* number = R"(-?\d+(?:\.\d+)?)";
    switch (part) {
    case Part::Number:
        return QStringLiteral("(%1)").arg(QLatin1String(number));
    case Part::Clock:
        return QStringLiteral(R"((\d\d:\d\d))");
    case Part::Name:
        return QStringLiteral("(.+?)");
    case Part::Departs:
        return QStringLiteral(R"((departs \d\d:\d\d, needs %1 kWh))").arg(QLatin1String(number));
    case Part::Limit:
        return QStringLiteral(R"(((?:grid|peak) limit %1 kW))").arg(QLatin1String(number));
    case Part::Reason:
        return QStringLiteral("(.+)");
    }
    return {};
}

const QRegularExpression& placeholder()
{
    static const QRegularExpression re(QStringLiteral("%([1-9])"));
    return re;
}

struct Compiled {
    const Shape* shape;
    QRegularExpression re;
    std::vector<int> order; // capture i+1 is placeholder order[i] (1-based)
};

// The table's templates as anchored expressions, compiled once.
const std::vector<Compiled>& compiled()
{
    static const std::vector<Compiled> all = [] {
        std::vector<Compiled> out;
        for (const Shape& shape : shapes()) {
            const QString source = QString::fromLatin1(shape.source);
            Compiled c{&shape, {}, {}};
            QString pattern = QStringLiteral("^");
            qsizetype at = 0;
            for (const QRegularExpressionMatch& m : placeholder().globalMatch(source)) {
                const int n = m.captured(1).toInt();
                pattern += QRegularExpression::escape(source.mid(at, m.capturedStart() - at));
                pattern += patternOf(shape.parts.at(size_t(n - 1)));
                c.order.push_back(n);
                at = m.capturedEnd();
            }
            pattern += QRegularExpression::escape(source.mid(at)) + QLatin1Char('$');
            c.re = QRegularExpression(pattern);
            c.re.optimize();
            Q_ASSERT_X(c.re.isValid(), "ReasonText", shape.source);
            out.push_back(std::move(c));
        }
        return out;
    }();
    return all;
}

// `templ` with %1..%9 replaced by args in one pass (an argument's own "%1" stays as it is).
QString fill(const QString& templ, const QStringList& args)
{
    QString out;
    out.reserve(templ.size() + 32);
    for (qsizetype i = 0; i < templ.size(); ++i) {
        if (templ[i] == QLatin1Char('%') && i + 1 < templ.size() && templ[i + 1] >= QLatin1Char('1') &&
            templ[i + 1] <= QLatin1Char('9')) {
            const int n = templ[i + 1].digitValue();
            if (n <= args.size()) {
                out += args.at(n - 1);
                ++i;
                continue;
            }
        }
        out += templ[i];
    }
    return out;
}

QString localNumber(const QString& written)
{
    const qsizetype dot = written.indexOf(QLatin1Char('.'));
    const int decimals = dot < 0 ? 0 : int(written.size() - dot - 1);
    return QLocale().toString(written.toDouble(), 'f', decimals);
}

QString render(const QString& text, bool fragment, bool& known);

// `text` rebuilt from its translated template; `known` turns false where a part is not recognised.
QString render(const QString& text, bool fragment, bool& known)
{
    for (const Compiled& c : compiled()) {
        if (c.shape->fragment != fragment)
            continue;
        const QRegularExpressionMatch m = c.re.match(text);
        if (!m.hasMatch())
            continue;
        QStringList args(qsizetype(c.shape->parts.size()));
        for (size_t i = 0; i < c.order.size(); ++i) {
            const int n = c.order[i];
            const QString captured = m.captured(int(i) + 1);
            switch (c.shape->parts[size_t(n - 1)]) {
            case Part::Number:
                args[n - 1] = localNumber(captured);
                break;
            case Part::Clock:
            case Part::Name:
                args[n - 1] = captured;
                break;
            case Part::Departs:
            case Part::Limit:
                args[n - 1] = render(captured, true, known);
                break;
            case Part::Reason:
                args[n - 1] = render(captured, false, known);
                break;
            }
        }
        return fill(QCoreApplication::translate("ReasonText", c.shape->source), args);
    }
    known = false;
    return text;
}

} // namespace

QString localizedReason(const QString& englishReason)
{
    bool known = true;
    return render(englishReason, false, known);
}

bool isKnownReason(const QString& englishReason)
{
    bool known = true;
    render(englishReason, false, known);
    return known;
}

} // namespace parkwatt
