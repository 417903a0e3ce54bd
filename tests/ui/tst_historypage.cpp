// HistoryPage offscreen against a real database with a known week: a day and a year load,
// never more than about two points per pixel per series, toggling a series hides it, zooming
// re-queries, CSV and PNG export write files, and empty and error states say so.
#include "history/DailyEnergyChart.h"
#include "history/HistoryChart.h"
#include "history/HistoryPage.h"
#include "history/HistorySeries.h"
#include "tst_historydata.h"

#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace parkwatt;
using namespace historytest;

namespace {
constexpr TimeMs kNow = kWeekStart + 7 * kDay; // the end of the recorded week
}

class TestHistoryPage : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_file;

    std::unique_ptr<HistoryPage> openPage(const QString& path)
    {
        auto page = std::make_unique<HistoryPage>(path, nullptr, [] { return kNow; });
        page->resize(1600, 1000);
        page->show();
        if (!QTest::qWaitForWindowExposed(page.get()))
            return nullptr;
        QSignalSpy loaded(page.get(), &HistoryPage::rangeLoaded);
        if (!loaded.wait(10000))
            return nullptr;
        return page;
    }

    static bool waitLoaded(HistoryPage& page)
    {
        QSignalSpy loaded(&page, &HistoryPage::rangeLoaded);
        return loaded.wait(10000);
    }

    static void verifyAtMostTwoPointsPerPixel(const HistoryPage& page)
    {
        const int width = page.chart()->plotWidth();
        QVERIFY(width > 500);
        for (const HistorySeriesInfo& info : HistorySeries::all()) {
            const int points = page.chart()->pointCount(info.name);
            QVERIFY2(points > 0, qPrintable(info.name));
            QVERIFY2(
                points <= 2 * width + 2,
                qPrintable(QStringLiteral("%1: %2 points for %3 px").arg(info.name).arg(points).arg(width)));
        }
    }

    // Moves the mouse over the chart's plot, `share` of the way across; returns the read-out.
    static QString pointAt(HistoryPage& page, double share)
    {
        HistoryChart* chart = page.chart();
        const QRectF area = chart->chart()->plotArea();
        const QPoint pos =
            chart->mapFromScene(QPointF(area.left() + share * area.width(), area.center().y()));
        QMouseEvent move(QEvent::MouseMove, pos, chart->viewport()->mapToGlobal(pos), Qt::NoButton,
                         Qt::NoButton, Qt::NoModifier);
        QCoreApplication::sendEvent(chart->viewport(), &move);
        const auto* label = page.findChild<QLabel*>(QStringLiteral("historyReadout"));
        return label ? label->text() : QString();
    }

private slots:
    void initTestCase()
    {
        m_file = m_dir.filePath(QStringLiteral("history.db"));
        QVERIFY(writeWeek(m_file));
    }

    void loadsTheLastDay()
    {
        auto page = openPage(m_file);
        QVERIFY(page);
        QCOMPARE(page->range().spanMs(), kDay);
        QCOMPARE(page->message(), QString());
        verifyAtMostTwoPointsPerPixel(*page);
        QVERIFY(!page->dailyChart()->isVisible()); // a day has no daily bars
        // The crosshair reads out every shown series at noon of the last day.
        const QString readout = page->chart()->readoutAt(kNow - kDay / 2);
        for (const HistorySeriesInfo& info : HistorySeries::all())
            QVERIFY2(readout.contains(info.label), qPrintable(readout));
    }

    void loadsAYearFromTheCoarseTier()
    {
        auto page = openPage(m_file);
        QVERIFY(page);
        page->showPreset(HistoryRange::Preset::Year);
        QVERIFY(waitLoaded(*page));
        QCOMPARE(page->range().spanMs(), 365 * kDay);
        verifyAtMostTwoPointsPerPixel(*page);
        QVERIFY(page->chart()->hasBand(QStringLiteral("site.grid_kw"))); // coarse: min/max band
        QVERIFY(page->dailyChart()->isVisible());
        QVERIFY(page->dailyChart()->dayCount() >= 7);
    }

    void theCrosshairReadsOutTheValuesUnderTheMouse()
    {
        auto page = openPage(m_file);
        QVERIFY(page);
        const QString readout = pointAt(*page, 0.5); // noon of the last day
        QVERIFY2(readout.contains(tr("PV used")) && readout.contains(tr("Battery SoC")), qPrintable(readout));
        // Noon: PV at its 60 kW peak, on the last recorded day.
        const QLocale locale;
        QVERIFY2(readout.contains(tr("PV used") + QLatin1Char(' ') + locale.toString(60.0, 'f', 1)),
                 qPrintable(readout));
        QVERIFY2(readout.contains(locale.toString(QDateTime::fromMSecsSinceEpoch(kNow - kDay / 2).date(),
                                                  QLocale::ShortFormat)),
                 qPrintable(readout));
        page->setSeriesShown(QStringLiteral("site.battery_soc_pct"), false);
        QVERIFY(!pointAt(*page, 0.5).contains(tr("Battery SoC")));
    }

    void togglingASeriesHidesIt()
    {
        auto page = openPage(m_file);
        QVERIFY(page);
        const QString pv = QStringLiteral("site.pv_used_kw");
        QVERIFY(page->chart()->isSeriesShown(pv));
        page->setSeriesShown(pv, false);
        QVERIFY(!page->chart()->isSeriesShown(pv));
        QVERIFY(!page->chart()->hasBand(pv));
        QVERIFY(!page->chart()->readoutAt(kNow - kDay / 2).contains(tr("PV used")));
        page->setSeriesShown(pv, true);
        QVERIFY(page->chart()->isSeriesShown(pv));
    }

    void wheelZoomsAroundTheMouseAndRequeries()
    {
        auto page = openPage(m_file);
        QVERIFY(page);
        page->showPreset(HistoryRange::Preset::Week);
        QVERIFY(waitLoaded(*page));
        const int before = page->chart()->pointCount(QStringLiteral("site.grid_kw"));
        HistoryChart* chart = page->chart();
        const QPoint middle = chart->rect().center();
        for (int i = 0; i < 5; ++i) { // five notches in: one query after the debounce
            QWheelEvent wheel(middle, chart->mapToGlobal(middle), QPoint(), QPoint(0, 120), Qt::NoButton,
                              Qt::NoModifier, Qt::NoScrollPhase, false);
            QCoreApplication::sendEvent(chart->viewport(), &wheel);
        }
        QVERIFY(waitLoaded(*page));
        QVERIFY(page->range().spanMs() < 7 * kDay / 2);
        QVERIFY(page->range().fromMs() > kNow - 7 * kDay);
        QVERIFY(page->range().toMs() < kNow);
        verifyAtMostTwoPointsPerPixel(*page);
        QVERIFY(page->chart()->pointCount(QStringLiteral("site.grid_kw")) > 0);
        Q_UNUSED(before);
        // Arrow keys pan.
        const TimeMs from = page->range().fromMs();
        QTest::keyClick(chart, Qt::Key_Left);
        QVERIFY(page->range().fromMs() < from);
    }

    void dragSelectsTheRangeToZoomInto()
    {
        auto page = openPage(m_file);
        QVERIFY(page);
        HistoryChart* chart = page->chart();
        const QRectF area = chart->chart()->plotArea();
        const auto at = [&](double share) {
            return chart->mapFromScene(QPointF(area.left() + share * area.width(), area.center().y()));
        };
        const TimeMs from = page->range().fromMs();
        const TimeMs span = page->range().spanMs();
        const auto send = [&](QEvent::Type type, QPoint pos, Qt::MouseButtons buttons) {
            QMouseEvent event(type, pos, chart->viewport()->mapToGlobal(pos), Qt::LeftButton, buttons,
                              Qt::NoModifier);
            QCoreApplication::sendEvent(chart->viewport(), &event);
        };
        send(QEvent::MouseButtonPress, at(0.25), Qt::LeftButton);
        send(QEvent::MouseMove, at(0.5), Qt::LeftButton);
        send(QEvent::MouseButtonRelease, at(0.5), Qt::NoButton);
        // The quarter of the day from 06:00 to 12:00, to within a pixel.
        const TimeMs pixel = span / TimeMs(area.width()) + 1;
        QVERIFY(std::abs(page->range().fromMs() - (from + span / 4)) <= pixel);
        QVERIFY(std::abs(page->range().spanMs() - span / 4) <= 2 * pixel);
        QVERIFY(waitLoaded(*page));
        verifyAtMostTwoPointsPerPixel(*page);
    }

    void exportsCsvAndPng()
    {
        auto page = openPage(m_file);
        QVERIFY(page);
        const QString csv = m_dir.filePath(QStringLiteral("shown.csv"));
        QSignalSpy exported(page.get(), &HistoryPage::csvExported);
        page->exportCsv(csv);
        QVERIFY(exported.wait(10000));
        QVERIFY2(exported.at(0).at(1).toBool(), qPrintable(exported.at(0).at(2).toString()));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.startsWith("series,start,end,min,max,avg,count\r\n"));
        QVERIFY(text.contains("site.grid_kw,"));
        QVERIFY(text.contains("site.battery_soc_pct,"));

        const QString png = m_dir.filePath(QStringLiteral("shown.png"));
        QString error;
        QVERIFY2(page->exportPng(png, &error), qPrintable(error));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 800);
    }

    void anEmptyRangeSaysSo()
    {
        auto page = openPage(m_file);
        QVERIFY(page);
        page->setRange(HistoryRange(kWeekStart - 30 * kDay, kWeekStart - 20 * kDay));
        QVERIFY(waitLoaded(*page));
        QVERIFY2(page->message().contains(tr("No history recorded yet")), qPrintable(page->message()));
    }

    void aMissingDatabaseNamesTheFile()
    {
        auto page = openPage(m_dir.filePath(QStringLiteral("gone/site.db")));
        QVERIFY(page);
        QVERIFY2(page->message().contains(QStringLiteral("site.db")), qPrintable(page->message()));
    }

    void aFileThatIsNoDatabaseIsNamedWithTheReason()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.db"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("timestamp,grid\n2026-11-22,12\n");
        file.close();
        auto page = openPage(path);
        QVERIFY(page);
        QVERIFY2(page->message().contains(QStringLiteral("notes.db")), qPrintable(page->message()));
        QVERIFY2(page->message().contains(QStringLiteral("not an SQLite database")),
                 qPrintable(page->message()));
        // Still usable: another range asks again and says the same.
        page->showPreset(HistoryRange::Preset::Week);
        QVERIFY(waitLoaded(*page));
        QVERIFY(page->message().contains(QStringLiteral("notes.db")));
    }

    void screenshotOfAWeek()
    {
        // docs/images/history.png when PARKWATT_HISTORY_SCREENSHOT names where to write it.
        const QString target = qEnvironmentVariable("PARKWATT_HISTORY_SCREENSHOT");
        if (target.isEmpty())
            QSKIP("set PARKWATT_HISTORY_SCREENSHOT=path.png to write the screenshot");
        auto page = openPage(m_file);
        QVERIFY(page);
        page->showPreset(HistoryRange::Preset::Week);
        QVERIFY(waitLoaded(*page));
        pointAt(*page, 0.62); // the crosshair and its read-out in the picture
        QVERIFY(page->grab().save(target));
        // The same week within a year, for looking at (not in the docs).
        const QString yearTarget = qEnvironmentVariable("PARKWATT_HISTORY_SCREENSHOT_YEAR");
        if (!yearTarget.isEmpty()) {
            page->showPreset(HistoryRange::Preset::Year);
            QVERIFY(waitLoaded(*page));
            QVERIFY(page->grab().save(yearTarget));
        }
    }
};

QTEST_MAIN(TestHistoryPage)
#include "tst_historypage.moc"
