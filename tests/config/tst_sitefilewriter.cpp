// A written site file reads back to the same site, devices and policy: the built-in demo garage
// (43 devices of five roles, a battery, PV, 40 chargers, a policy) and an edited policy, and what
// is written a second time is byte for byte what was written the first.

#include "config/PolicyJson.h"
#include "config/SiteFileReader.h"
#include "config/SiteFileWriter.h"

#include <QFile>
#include <QTest>

using namespace parkwatt;

class TstSiteFileWriter : public QObject {
    Q_OBJECT
private slots:
    void theDemoGarageRoundTrips()
    {
        QFile demo(QStringLiteral(":/parkwatt/demo/demo-site.json"));
        QVERIFY(demo.open(QIODevice::ReadOnly));
        LoadResult<SiteFile> original = parseSiteFile(demo.readAll(), QStringLiteral("demo-site.json"));
        QVERIFY2(original.ok(), qPrintable(original.error.toString()));
        original.value->policy.peakShaving.enabled = true;
        original.value->policy.peakShaving.importLimitKw = 123.5;

        const QByteArray written = writeSiteFile(*original.value);
        const LoadResult<SiteFile> back = parseSiteFile(written, QStringLiteral("written.json"));
        QVERIFY2(back.ok(), qPrintable(back.error.toString()));
        QVERIFY2(back.warnings.isEmpty(), qPrintable(back.warnings.join(QLatin1Char('\n'))));

        const SiteFile& a = *original.value;
        const SiteFile& b = *back.value;
        QCOMPARE(b.site.name, a.site.name);
        QCOMPARE(b.site.grid.importLimitKw, a.site.grid.importLimitKw);
        QCOMPARE(b.site.pv.size(), a.site.pv.size());
        QCOMPARE(b.site.batteries.size(), a.site.batteries.size());
        QCOMPARE(b.site.chargers.size(), a.site.chargers.size());
        for (size_t i = 0; i < a.site.chargers.size(); ++i) {
            QCOMPARE(b.site.chargers[i].id, a.site.chargers[i].id);
            QCOMPARE(b.site.chargers[i].maxChargeKw, a.site.chargers[i].maxChargeKw);
            QCOMPARE(b.site.chargers[i].bidirectional, a.site.chargers[i].bidirectional);
        }
        QCOMPARE(b.devices.size(), a.devices.size());
        for (size_t i = 0; i < a.devices.size(); ++i) {
            QCOMPARE(b.devices[i].id, a.devices[i].id);
            QCOMPARE(b.devices[i].role, a.devices[i].role);
            QCOMPARE(b.devices[i].profile, a.devices[i].profile);
            QCOMPARE(b.devices[i].port, a.devices[i].port);
            QCOMPARE(b.devices[i].unit, a.devices[i].unit);
            QCOMPARE(b.devices[i].chargerId, a.devices[i].chargerId);
        }
        QVERIFY(b.policy == a.policy);
        QCOMPARE(writeSiteFile(b), written);
    }
};

QTEST_GUILESS_MAIN(TstSiteFileWriter)
#include "tst_sitefilewriter.moc"
