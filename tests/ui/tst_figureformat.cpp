// How the control room writes figures: units, locale, the site's clock, and "—" for unknown.

#include "common/FigureFormat.h"
#include "support/TinyScenarios.h"

#include <QTest>
#include <limits>

using namespace parkwatt;

class TstFigureFormat : public QObject {
    Q_OBJECT
private slots:
    void unknownIsNeverZero()
    {
        const FigureFormat f(0, QLocale::c());
        const double nan = std::numeric_limits<double>::quiet_NaN();
        QCOMPARE(f.kw(nan), QStringLiteral("—"));
        QCOMPARE(f.kwh(nan), QStringLiteral("—"));
        QCOMPARE(f.percent(nan), QStringLiteral("—"));
        QCOMPARE(f.hours(std::numeric_limits<double>::infinity()), QStringLiteral("—"));
        QCOMPARE(f.kw(0), QStringLiteral("0.0 kW"));
    }

    void unitsAndNoiseAroundZero()
    {
        const FigureFormat f(0, QLocale::c());
        QCOMPARE(f.kw(42.24), QStringLiteral("42.2 kW"));
        QCOMPARE(f.kw(-0.01), QStringLiteral("0.0 kW"));
        QCOMPARE(f.kwh(1234.4), QStringLiteral("1234 kWh"));
        QCOMPARE(f.percent(63.6), QStringLiteral("64 %"));
        QCOMPARE(f.hours(6.84), QStringLiteral("6.8 h"));
    }

    void followsTheLocale()
    {
        const FigureFormat german(0, QLocale(QLocale::German));
        QCOMPARE(german.kw(12.5), QStringLiteral("12,5 kW"));
        QCOMPARE(german.kwh(1234.4), QStringLiteral("1.234 kWh"));
    }

    void siteClock()
    {
        const FigureFormat f(2 * 3600, QLocale(QLocale::English, QLocale::UnitedKingdom));
        QCOMPARE(f.timeOfDay(test::at("2026-04-15T12:59:00Z")), QStringLiteral("14:59"));
        // 23:30 UTC is already the next day two hours east.
        QCOMPARE(f.localDay(test::at("2026-04-15T23:30:00Z")), f.localDay(test::at("2026-04-16T01:00:00Z")));
        QVERIFY(f.localDay(test::at("2026-04-15T21:30:00Z")) != f.localDay(test::at("2026-04-15T22:30:00Z")));
    }
};

QTEST_MAIN(TstFigureFormat)
#include "tst_figureformat.moc"
