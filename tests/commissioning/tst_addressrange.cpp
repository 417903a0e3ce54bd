// The address ranges and number lists `parkwattd discover` takes: single addresses, CIDR blocks,
// dash ranges (full or last octet), the 1,024-address limit, and errors that name the option.

#include "commissioning/AddressRange.h"
#include "commissioning/NumberList.h"

#include <QTest>

using namespace parkwatt;

class TestAddressRange : public QObject {
    Q_OBJECT

private slots:
    void singleAddress()
    {
        const AddressRange::Parsed p = AddressRange::parse(QStringLiteral("192.168.1.20"));
        QVERIFY2(p.ok(), qPrintable(p.error));
        QCOMPARE(p.addresses, QList<QHostAddress>{QHostAddress(QStringLiteral("192.168.1.20"))});
    }

    void cidr()
    {
        const AddressRange::Parsed p = AddressRange::parse(QStringLiteral("192.168.1.0/24"));
        QVERIFY2(p.ok(), qPrintable(p.error));
        QCOMPARE(p.addresses.size(), 256);
        QCOMPARE(p.addresses.front(), QHostAddress(QStringLiteral("192.168.1.0")));
        QCOMPARE(p.addresses.back(), QHostAddress(QStringLiteral("192.168.1.255")));
        // The host bits of the base are ignored, as routers do.
        const AddressRange::Parsed q = AddressRange::parse(QStringLiteral("10.0.0.77/30"));
        QVERIFY2(q.ok(), qPrintable(q.error));
        QCOMPARE(q.addresses.size(), 4);
        QCOMPARE(q.addresses.front(), QHostAddress(QStringLiteral("10.0.0.76")));
        QCOMPARE(AddressRange::parse(QStringLiteral("10.0.0.5/32")).addresses.size(), 1);
        QCOMPARE(AddressRange::parse(QStringLiteral("10.0.0.0/22")).addresses.size(), 1024);
    }

    void dashRanges()
    {
        const AddressRange::Parsed full = AddressRange::parse(QStringLiteral("192.168.1.10-192.168.1.40"));
        QVERIFY2(full.ok(), qPrintable(full.error));
        QCOMPARE(full.addresses.size(), 31);
        QCOMPARE(full.addresses.front(), QHostAddress(QStringLiteral("192.168.1.10")));
        QCOMPARE(full.addresses.back(), QHostAddress(QStringLiteral("192.168.1.40")));
        const AddressRange::Parsed octet = AddressRange::parse(QStringLiteral("192.168.1.10-40"));
        QVERIFY2(octet.ok(), qPrintable(octet.error));
        QCOMPARE(octet.addresses, full.addresses);
        // Across an octet boundary.
        const AddressRange::Parsed across = AddressRange::parse(QStringLiteral("10.0.0.250-10.0.1.5"));
        QVERIFY2(across.ok(), qPrintable(across.error));
        QCOMPARE(across.addresses.size(), 12);
        QCOMPARE(across.addresses.at(6), QHostAddress(QStringLiteral("10.0.1.0")));
    }

    void limit()
    {
        const AddressRange::Parsed tooMany = AddressRange::parse(QStringLiteral("10.0.0.0/21"));
        QVERIFY(!tooMany.ok());
        QVERIFY(tooMany.addresses.isEmpty());
        QVERIFY2(tooMany.error.startsWith(QLatin1String("--hosts 10.0.0.0/21:")), qPrintable(tooMany.error));
        QVERIFY2(tooMany.error.contains(QLatin1String("2048 addresses")), qPrintable(tooMany.error));
        QVERIFY2(tooMany.error.contains(QLatin1String("1024")), qPrintable(tooMany.error));
        const AddressRange::Parsed dash = AddressRange::parse(QStringLiteral("10.0.0.0-10.0.4.0"));
        QVERIFY(!dash.ok());
        QVERIFY2(dash.error.contains(QLatin1String("1025 addresses")), qPrintable(dash.error));
        const AddressRange::Parsed everything = AddressRange::parse(QStringLiteral("0.0.0.0/0"));
        QVERIFY(!everything.ok());
        QVERIFY2(everything.error.contains(QLatin1String("4294967296 addresses")),
                 qPrintable(everything.error));
        // Another bound, another option name.
        const AddressRange::Parsed custom =
            AddressRange::parse(QStringLiteral("10.0.0.0/29"), QStringLiteral("--x"), 4);
        QVERIFY(!custom.ok());
        QVERIFY2(custom.error.startsWith(QLatin1String("--x ")), qPrintable(custom.error));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("name") << QStringLiteral("charger.local");
        QTest::newRow("three octets") << QStringLiteral("192.168.1");
        QTest::newRow("octet > 255") << QStringLiteral("192.168.1.256");
        QTest::newRow("ipv6") << QStringLiteral("::1");
        QTest::newRow("prefix > 32") << QStringLiteral("10.0.0.0/33");
        QTest::newRow("prefix missing") << QStringLiteral("10.0.0.0/");
        QTest::newRow("prefix negative") << QStringLiteral("10.0.0.0/-1");
        QTest::newRow("backwards") << QStringLiteral("10.0.0.40-10.0.0.10");
        QTest::newRow("backwards octet") << QStringLiteral("10.0.0.40-10");
        QTest::newRow("octet end > 255") << QStringLiteral("10.0.0.1-300");
        QTest::newRow("dash end missing") << QStringLiteral("10.0.0.1-");
        QTest::newRow("spaces inside") << QStringLiteral("10.0. 0.1");
    }

    void errors()
    {
        QFETCH(QString, text);
        const AddressRange::Parsed p = AddressRange::parse(text);
        QVERIFY(!p.ok());
        QVERIFY(p.addresses.isEmpty());
        QVERIFY2(p.error.startsWith(QLatin1String("--hosts ")), qPrintable(p.error));
    }

    void numberLists()
    {
        const NumberList::Parsed ports =
            NumberList::parse(QStringLiteral("502, 1502"), QStringLiteral("--ports"), 1, 65535, 16);
        QVERIFY2(ports.ok(), qPrintable(ports.error));
        QCOMPARE(ports.values, (QList<int>{502, 1502}));
        QCOMPARE(NumberList::parse(QStringLiteral("0"), QStringLiteral("--units"), 0, 247, 16).values,
                 QList<int>{0});

        const auto error = [](const QString& text, const QString& option, int min, int max, int count) {
            const NumberList::Parsed p = NumberList::parse(text, option, min, max, count);
            return p.ok() ? QString() : p.error;
        };
        QVERIFY(error(QStringLiteral("0"), QStringLiteral("--ports"), 1, 65535, 16)
                    .startsWith(QLatin1String("--ports 0:")));
        QVERIFY(error(QStringLiteral("65536"), QStringLiteral("--ports"), 1, 65535, 16)
                    .contains(QLatin1String("out of range")));
        QVERIFY(error(QStringLiteral("248"), QStringLiteral("--units"), 0, 247, 16)
                    .startsWith(QLatin1String("--units 248:")));
        QVERIFY(error(QStringLiteral("502,,503"), QStringLiteral("--ports"), 1, 65535, 16)
                    .contains(QLatin1String("not a number")));
        QVERIFY(error(QStringLiteral("502,abc"), QStringLiteral("--ports"), 1, 65535, 16)
                    .contains(QLatin1String("'abc'")));
        QVERIFY(error(QStringLiteral("-1"), QStringLiteral("--units"), 0, 247, 16)
                    .contains(QLatin1String("not a number")));
        QVERIFY(error(QStringLiteral("502,502"), QStringLiteral("--ports"), 1, 65535, 16)
                    .contains(QLatin1String("twice")));
        QVERIFY(error(QStringLiteral("1,2,3"), QStringLiteral("--units"), 0, 247, 2)
                    .contains(QLatin1String("3 values, at most 2")));
        QVERIFY(error(QString(), QStringLiteral("--ports"), 1, 65535, 16)
                    .startsWith(QLatin1String("--ports ''")));
    }
};

QTEST_GUILESS_MAIN(TestAddressRange)
#include "tst_addressrange.moc"
