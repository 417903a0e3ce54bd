// One engine per site: a second lock on the same devices is refused and names the holder.

#include "engine/live/ControllerLock.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace parkwatt;

namespace {

SiteFile siteWith(std::vector<std::pair<QString, int>> endpoints)
{
    SiteFile site;
    int n = 0;
    for (const auto& [host, port] : endpoints) {
        DeviceSpec d;
        d.id = QStringLiteral("d%1").arg(n++);
        d.host = host;
        d.port = port;
        site.devices.push_back(d);
    }
    return site;
}

} // namespace

class TstControllerLock : public QObject {
    Q_OBJECT
private slots:
    void secondLockIsRefusedNamingTheHolder()
    {
        QTemporaryDir dir;
        const SiteFile site =
            siteWith({{QStringLiteral("127.0.0.1"), 5020}, {QStringLiteral("127.0.0.1"), 5021}});
        ControllerLock first(site, dir.path());
        QString error;
        QVERIFY2(first.acquire(&error), qPrintable(error));
        ControllerLock second(site, dir.path());
        QVERIFY(!second.acquire(&error));
        QVERIFY2(error.contains(QStringLiteral("pid %1").arg(QCoreApplication::applicationPid())),
                 qPrintable(error));
        QVERIFY(error.contains(first.path()));
    }

    void releasedWhenTheHolderEnds()
    {
        QTemporaryDir dir;
        const SiteFile site = siteWith({{QStringLiteral("127.0.0.1"), 5020}});
        QString error;
        {
            ControllerLock first(site, dir.path());
            QVERIFY(first.acquire(&error));
        }
        ControllerLock again(site, dir.path());
        QVERIFY2(again.acquire(&error), qPrintable(error));
    }

    void keyIsTheDevicesNotTheirOrderOrNames()
    {
        const SiteFile a = siteWith({{QStringLiteral("127.0.0.1"), 5020}, {QStringLiteral("10.0.0.2"), 502}});
        const SiteFile b = siteWith({{QStringLiteral("10.0.0.2"), 502}, {QStringLiteral("127.0.0.1"), 5020}});
        const SiteFile c = siteWith({{QStringLiteral("127.0.0.1"), 5020}, {QStringLiteral("10.0.0.2"), 503}});
        QCOMPARE(ControllerLock::siteKey(a), ControllerLock::siteKey(b));
        QVERIFY(ControllerLock::siteKey(a) != ControllerLock::siteKey(c));
    }
};

QTEST_GUILESS_MAIN(TstControllerLock)
#include "tst_controllerlock.moc"
