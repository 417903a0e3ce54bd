// Sessions at a real site: opened at plug-in with the site's defaults, changed by the driver,
// closed at unplug with what was charged and lent.

#include "engine/live/SessionBook.h"

#include <QTest>

using namespace parkwatt;

namespace {

constexpr TimeMs kT0 = 1'790'000'000'000;
constexpr double kStepH = 1.0 / 3600.0;

ChargerObservation plugged(double kw, std::optional<double> soc = std::nullopt)
{
    return ChargerObservation{true, true, kw, soc};
}

} // namespace

class TstSessionBook : public QObject {
    Q_OBJECT
private slots:
    void opensWithDefaultsAtPlugIn()
    {
        SessionDefaults d;
        d.dwellS = 4 * 3600;
        d.targetEnergyKwh = 15;
        SessionBook book(2, {QStringLiteral("B01"), QStringLiteral("B02")}, d);
        QVERIFY(!book.active(0));
        book.observe(0, ChargerObservation{true, false, 0, {}}, kT0, kStepH);
        QVERIFY(!book.active(0));
        book.observe(0, plugged(0), kT0 + 1000, kStepH);
        const LiveSession* s = book.active(0);
        QVERIFY(s);
        QCOMPARE(s->arrivalMs, kT0 + 1000);
        QCOMPARE(s->departureMs, kT0 + 1000 + 4 * 3600 * 1000);
        QCOMPARE(s->targetEnergyKwh, 15.0);
        QCOMPARE(s->energyKwh, 0.0);
        QVERIFY(!s->v2xConsent); // never lent without the owner's say
        QVERIFY(s->id.startsWith(QStringLiteral("B01-")));
        QCOMPARE(book.openCount(), 1);
    }

    void energyFollowsPowerOrSoc()
    {
        SessionBook book(2);
        book.observe(0, plugged(0), kT0, kStepH);
        book.observe(1, plugged(0, 40.0), kT0, kStepH);
        for (int i = 1; i <= 3600; ++i)
            book.observe(0, plugged(11.0), kT0 + i * 1000, kStepH);
        QCOMPARE(qRound(book.active(0)->energyKwh * 1000), 11000);
        QCOMPARE(qRound(book.active(0)->chargedKwh * 1000), 11000);

        const double capacity = book.active(1)->capacityKwh;
        QCOMPARE(book.active(1)->energyKwh, 0.4 * capacity);
        QCOMPARE(book.active(1)->targetEnergyKwh, 0.8 * capacity);
        book.observe(1, plugged(7.0, 55.0), kT0 + 1000, kStepH);
        QCOMPARE(book.active(1)->energyKwh, 0.55 * capacity);
    }

    void offlineKeepsTheSessionUnplugClosesIt()
    {
        SessionBook book(1);
        book.observe(0, plugged(0), kT0, kStepH);
        book.observe(0, ChargerObservation{false, false, 0, {}}, kT0 + 1000, kStepH);
        QVERIFY(book.active(0)); // unknown is not unplugged
        for (int i = 0; i < 360; ++i)
            book.observe(0, plugged(-10.0), kT0 + 2000 + i * 1000, kStepH);
        book.observe(0, ChargerObservation{true, false, 0, {}}, kT0 + 400'000, kStepH);
        QVERIFY(!book.active(0));
        const std::vector<LiveSession> closed = book.takeClosed();
        QCOMPARE(closed.size(), size_t(1));
        QCOMPARE(closed[0].departedMs, kT0 + 400'000);
        QCOMPARE(qRound(closed[0].dischargedKwh * 100), 100); // 10 kW for 0.1 h
        QVERIFY(book.takeClosed().empty());
        // A new car gets a new session index.
        book.observe(0, plugged(0), kT0 + 500'000, kStepH);
        QVERIFY(book.active(0)->index != closed[0].index);
    }

    void driverInputIsValidated()
    {
        SessionBook book(1);
        QString error;
        QVERIFY(!book.applyDriverInput(0, DriverInput{kT0 + 3600'000, {}, {}, {}}, kT0, &error));
        QVERIFY(error.contains(QStringLiteral("no car")));
        book.observe(0, plugged(0), kT0, kStepH);
        QVERIFY(!book.applyDriverInput(0, DriverInput{kT0 - 1, {}, {}, {}}, kT0, &error));
        QVERIFY(error.contains(QStringLiteral("future")));
        QVERIFY(!book.applyDriverInput(0, DriverInput{{}, 1000.0, {}, {}}, kT0, &error));
        QVERIFY(error.contains(QStringLiteral("target")));
        QVERIFY(!book.applyDriverInput(0, DriverInput{{}, 10.0, {}, 20.0}, kT0, &error));
        QVERIFY(error.contains(QStringLiteral("floor")));
        QVERIFY(!book.active(0)->driverEntered); // a refused input changes nothing

        QVERIFY(book.applyDriverInput(0, DriverInput{kT0 + 7200'000, 30.0, true, 10.0}, kT0, &error));
        const LiveSession* s = book.active(0);
        QCOMPARE(s->departureMs, kT0 + 7200'000);
        QCOMPARE(s->targetEnergyKwh, 30.0);
        QCOMPARE(s->minEnergyKwh, 10.0);
        QVERIFY(s->v2xConsent);
        QVERIFY(s->driverEntered);
    }
};

QTEST_GUILESS_MAIN(TstSessionBook)
#include "tst_sessionbook.moc"
