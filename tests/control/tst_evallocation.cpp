// Sharing power among EVs: equal-share water-filling when there is room, least laxity first
// when there is not, the 0-or-at-least-minimum rule, and proportional spreading of discharge.

#include "control/EvAllocation.h"

#include <QTest>
#include <numeric>

using namespace parkwatt;

Q_DECLARE_METATYPE(std::vector<double>)

namespace {

// Requests from parallel lists: hi, min, laxity (lo 0).
std::vector<EvRequest> requests(const std::vector<double>& hi, const std::vector<double>& min,
                                const std::vector<double>& laxity)
{
    std::vector<EvRequest> out;
    for (size_t i = 0; i < hi.size(); ++i)
        out.push_back({0, hi[i], min[i], laxity[i]});
    return out;
}

QString show(const std::vector<double>& v)
{
    QStringList parts;
    for (double x : v)
        parts << QString::number(x, 'f', 3);
    return parts.join(QLatin1Char(' '));
}

bool near(const std::vector<double>& a, const std::vector<double>& b, double tol = 1e-6)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        if (std::abs(a[i] - b[i]) > tol)
            return false;
    }
    return true;
}

} // namespace

class TstEvAllocation : public QObject {
    Q_OBJECT
private slots:
    void shareFairly_data()
    {
        QTest::addColumn<std::vector<double>>("hi");
        QTest::addColumn<std::vector<double>>("min");
        QTest::addColumn<std::vector<double>>("laxity");
        QTest::addColumn<double>("budget");
        QTest::addColumn<std::vector<double>>("expected");
        QTest::newRow("room for all: everyone at its limit")
            << std::vector<double>{11, 7.4, 22} << std::vector<double>{0, 0, 0}
            << std::vector<double>{1, 2, 3} << 100.0 << std::vector<double>{11, 7.4, 22};
        QTest::newRow("equal shares") << std::vector<double>{11, 11, 11} << std::vector<double>{0, 0, 0}
                                      << std::vector<double>{1, 2, 3} << 12.0 << std::vector<double>{4, 4, 4};
        QTest::newRow("water-filling: a small car's leftover goes to the others")
            << std::vector<double>{2, 11, 11} << std::vector<double>{0, 0, 0} << std::vector<double>{1, 2, 3}
            << 20.0 << std::vector<double>{2, 9, 9};
        QTest::newRow("an EV whose share is below its minimum is dropped, the others share")
            << std::vector<double>{11, 11, 11} << std::vector<double>{0, 0, 6} << std::vector<double>{5, 5, 1}
            << 10.0 << std::vector<double>{5, 5, 0};
        QTest::newRow("scarce: least laxity first gets the minimums")
            << std::vector<double>{11, 11, 11, 11, 11} << std::vector<double>{4.1, 4.1, 4.1, 4.1, 4.1}
            << std::vector<double>{3, 0.5, 9, 0.2, 4} << 10.0 << std::vector<double>{0, 5, 0, 5, 0};
        QTest::newRow("scarce: below every minimum, nobody")
            << std::vector<double>{11, 11} << std::vector<double>{4.1, 4.1} << std::vector<double>{1, 2}
            << 4.0 << std::vector<double>{0, 0};
        QTest::newRow("minimum above the limit: cannot charge")
            << std::vector<double>{3, 11} << std::vector<double>{4.1, 4.1} << std::vector<double>{0, 1}
            << 20.0 << std::vector<double>{0, 11};
        QTest::newRow("no budget") << std::vector<double>{11} << std::vector<double>{0}
                                   << std::vector<double>{0} << 0.0 << std::vector<double>{0};
    }
    void shareFairly()
    {
        QFETCH(std::vector<double>, hi);
        QFETCH(std::vector<double>, min);
        QFETCH(std::vector<double>, laxity);
        QFETCH(double, budget);
        QFETCH(std::vector<double>, expected);
        EvAllocation allocation;
        std::vector<double> out;
        allocation.shareFairly(requests(hi, min, laxity), budget, out);
        QVERIFY2(near(out, expected), qPrintable(show(out) + QStringLiteral(" expected ") + show(expected)));
        QVERIFY(std::accumulate(out.begin(), out.end(), 0.0) <= budget + 1e-9);
    }

    void shareFairlyKeepsWhatIsGranted()
    {
        // An EV already at 8 kW (its departure) keeps it; the level lifts the others to 6.
        std::vector<EvRequest> req{{8, 11, 4.1, 0}, {0, 11, 0, 5}, {0, 11, 0, 6}};
        EvAllocation allocation;
        std::vector<double> out;
        allocation.shareFairly(req, 12, out);
        QVERIFY2(near(out, {8, 6, 6}), qPrintable(show(out)));
        allocation.shareFairly(req, 30, out);
        QVERIFY2(near(out, {11, 11, 11}), qPrintable(show(out)));
    }

    void serveByLaxity_data()
    {
        QTest::addColumn<std::vector<double>>("hi");
        QTest::addColumn<std::vector<double>>("min");
        QTest::addColumn<std::vector<double>>("laxity");
        QTest::addColumn<double>("budget");
        QTest::addColumn<std::vector<double>>("expected");
        QTest::newRow("least laxity served in full first")
            << std::vector<double>{11, 11, 11} << std::vector<double>{4.1, 4.1, 4.1}
            << std::vector<double>{0.3, 0.1, 0.2} << 20.0 << std::vector<double>{0, 11, 9};
        QTest::newRow("a remainder below the minimum skips to a car that fits")
            << std::vector<double>{11, 11, 2} << std::vector<double>{4.1, 4.1, 1.4}
            << std::vector<double>{0.1, 0.2, 0.3} << 14.0 << std::vector<double>{11, 0, 2};
        QTest::newRow("enough for all") << std::vector<double>{5, 6} << std::vector<double>{4.1, 4.1}
                                        << std::vector<double>{1, 0} << 50.0 << std::vector<double>{5, 6};
    }
    void serveByLaxity()
    {
        QFETCH(std::vector<double>, hi);
        QFETCH(std::vector<double>, min);
        QFETCH(std::vector<double>, laxity);
        QFETCH(double, budget);
        QFETCH(std::vector<double>, expected);
        EvAllocation allocation;
        std::vector<double> out;
        allocation.serveByLaxity(requests(hi, min, laxity), budget, out);
        QVERIFY2(near(out, expected), qPrintable(show(out) + QStringLiteral(" expected ") + show(expected)));
    }

    void spreadProportionally_data()
    {
        QTest::addColumn<std::vector<double>>("weights");
        QTest::addColumn<std::vector<double>>("caps");
        QTest::addColumn<double>("total");
        QTest::addColumn<std::vector<double>>("expected");
        QTest::newRow("by weight") << std::vector<double>{30, 10} << std::vector<double>{11, 11} << 8.0
                                   << std::vector<double>{6, 2};
        QTest::newRow("a capped item's share goes to the others")
            << std::vector<double>{30, 10, 10} << std::vector<double>{3, 11, 11} << 13.0
            << std::vector<double>{3, 5, 5};
        QTest::newRow("more than all caps: everyone at its cap")
            << std::vector<double>{1, 1} << std::vector<double>{2, 3} << 10.0 << std::vector<double>{2, 3};
        QTest::newRow("nothing asked")
            << std::vector<double>{1, 1} << std::vector<double>{2, 3} << 0.0 << std::vector<double>{0, 0};
    }
    void spreadProportionally()
    {
        QFETCH(std::vector<double>, weights);
        QFETCH(std::vector<double>, caps);
        QFETCH(double, total);
        QFETCH(std::vector<double>, expected);
        EvAllocation allocation;
        std::vector<double> out;
        allocation.spreadProportionally(weights, caps, total, out);
        QVERIFY2(near(out, expected, 1e-6),
                 qPrintable(show(out) + QStringLiteral(" expected ") + show(expected)));
    }
};

QTEST_GUILESS_MAIN(TstEvAllocation)
#include "tst_evallocation.moc"
