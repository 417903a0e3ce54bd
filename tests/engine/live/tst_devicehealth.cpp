// A device's fault is raised once when it goes down and cleared once when it comes back.

#include "engine/live/DeviceHealth.h"

#include <QTest>

using namespace parkwatt;

class TstDeviceHealth : public QObject {
    Q_OBJECT
private slots:
    void offlineUntilTheFirstGoodPoll()
    {
        DeviceHealth health(QStringLiteral("B01-evse"));
        QVERIFY(!health.online());
        QVERIFY(!health.noteSuccess(1000)); // coming up is not a cleared fault
        QVERIFY(health.online());
    }

    void raisedOnceClearedOnce()
    {
        DeviceHealth health(QStringLiteral("B01-evse"));
        health.noteSuccess(0);
        const auto raised = health.noteFailure(QStringLiteral("timeout reading register 1200"), 1000);
        QVERIFY(raised);
        QVERIFY(raised->raised);
        QCOMPARE(raised->deviceId, QStringLiteral("B01-evse"));
        QVERIFY(raised->message.contains(QStringLiteral("register 1200")));
        QCOMPARE(raised->timeMs, TimeMs(1000));
        QVERIFY(!health.online());
        // More failures, even for other reasons, are the same fault.
        QVERIFY(!health.noteFailure(QStringLiteral("timeout reading register 1200"), 2000));
        QVERIFY(!health.noteFailure(QStringLiteral("connection refused"), 3000));
        QCOMPARE(health.failuresInARow(), 3);
        QCOMPARE(health.fault(), QStringLiteral("connection refused"));

        const auto cleared = health.noteSuccess(4000);
        QVERIFY(cleared);
        QVERIFY(!cleared->raised);
        QVERIFY(cleared->message.contains(QStringLiteral("back online")));
        QVERIFY(health.online());
        QCOMPARE(health.failuresInARow(), 0);
        QVERIFY(!health.noteSuccess(5000));
        // A new failure is a new fault.
        QVERIFY(health.noteFailure(QStringLiteral("exception code 2"), 6000));
    }

    void failingFromTheStartIsRaised()
    {
        DeviceHealth health(QStringLiteral("meter"));
        QVERIFY(health.noteFailure(QStringLiteral("connection refused"), 0));
        QVERIFY(!health.online());
    }
};

QTEST_GUILESS_MAIN(TstDeviceHealth)
#include "tst_devicehealth.moc"
