// The control room's overview, garage (with the bay in detail), devices and events pages and the
// figures table switch language at run time: as the kiosk's switcher does, the default locale is set
// first and a translator installed after it; once the LanguageChange reaches the widgets their
// texts come from the translator (a tiny marked one, tests/ui/data/retranslate_live_xx.ts, compiled
// at build time) and their figures are written with a German decimal comma; removing it and going
// back to English brings English back. What the user had chosen (filters, search, selection) stays.

#include "CycleBuilder.h"
#include "common/FigureFormat.h"
#include "common/ReportComparisonTable.h"
#include "devices/DeviceTableModel.h"
#include "devices/DevicesPage.h"
#include "events/EventFilterModel.h"
#include "events/EventTableModel.h"
#include "events/EventsPage.h"
#include "garage/BayDetailPanel.h"
#include "garage/BayFilterModel.h"
#include "garage/BayOverrideBar.h"
#include "garage/GarageModel.h"
#include "garage/GaragePage.h"
#include "garage/SessionChart.h"
#include "live/FigureTile.h"
#include "live/PowerHistoryChart.h"
#include "overview/OverviewPage.h"
#include "overview/PowerFlowWidget.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QGroupBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QTimeZone>
#include <QTranslator>
#include <QtCharts/QAbstractAxis>
#include <QtCharts/QAbstractSeries>
#include <QtCharts/QChart>
#include <QtCharts/QDateTimeAxis>

using namespace parkwatt;
using namespace parkwatt::test;

namespace {

// 2026-11-22 12:00 UTC.
constexpr TimeMs kNoon = 1795348800000LL;

// An engine that answers nothing: the devices and events it is given, and no commands.
class CannedSiteControl : public SiteControl {
public:
    std::vector<DeviceStatus> deviceList;
    std::vector<EngineEvent> eventList;

    QString description() const override { return QStringLiteral("canned"); }
    bool isConnected() const override { return true; }
    QString databasePath() const override { return {}; }
    SiteSpec site() const override { return {}; }
    int utcOffsetS() const override { return 0; }
    Policy policy() const override { return {}; }
    bool canUndoPolicy() const override { return false; }
    std::vector<DeviceStatus> devices() const override { return deviceList; }
    std::vector<EngineEvent> events() const override { return eventList; }
    std::map<QString, BayOverride> overrides() const override { return {}; }
    quint64 applyPolicy(const Policy&, const Operator&) override { return ++m_lastRequest; }
    quint64 undoPolicy(const Operator&) override { return ++m_lastRequest; }
    quint64 overrideBay(const QString&, BayOverride, const Operator&) override { return ++m_lastRequest; }
    quint64 acknowledgeEvent(qint64, const Operator&) override { return ++m_lastRequest; }
    quint64 updateSession(const QString&, const DriverInput&, const Operator&) override
    {
        return ++m_lastRequest;
    }

private:
    quint64 m_lastRequest = 0;
};

DeviceStatus makeDevice(const QString& id, const QString& role, bool online)
{
    DeviceStatus d;
    d.id = id;
    d.role = role;
    d.online = online;
    d.address = QStringLiteral("192.0.2.10:502 unit 1");
    d.requests = 1200;
    if (online) {
        d.lastAnswerMs = kNoon;
        d.roundTripMs = 2.345;
    } else {
        d.fault = QStringLiteral("timeout after 500 ms");
        d.errors = 17;
    }
    return d;
}

EngineEvent makeEvent(qint64 id, const QString& source, EventSeverity severity, TimeMs raisedAt)
{
    EngineEvent e;
    e.id = id;
    e.source = source;
    e.code = QStringLiteral("offline");
    e.severity = severity;
    e.message = source + QStringLiteral(" does not answer");
    e.raisedAt = raisedAt;
    return e;
}

// A garage of four bays at noon: a car charging at 7.4 kW on the first, the grid importing 12.34 kW.
PublishedCycle noonCycle(const SiteContext& site)
{
    PublishedCycle cycle = emptyCycle(site, kNoon);
    plugCar(cycle, 0, 20, 50, kNoon + 4 * 3600 * 1000LL, 7.4);
    cycle.applied.gridKw = 12.34;
    cycle.applied.loadServedKw = 4.94;
    cycle.applied.pvUsedKw = 0;
    return cycle;
}

QStringList seriesNames(const QChart* chart)
{
    QStringList names;
    for (const QAbstractSeries* series : chart->series())
        names << series->name();
    return names;
}

QStringList axisTitles(const QChart* chart)
{
    QStringList titles;
    for (const QAbstractAxis* axis : chart->axes())
        titles << axis->titleText();
    return titles;
}

QStringList groupTitles(const QWidget* page)
{
    QStringList titles;
    for (const QGroupBox* box : page->findChildren<QGroupBox*>())
        titles << box->title();
    return titles;
}

// The words an owner gives the figures table: a left column's title and the table's name.
ReportComparisonTable::Labels columnWords(const QString& left, const QString& tableName)
{
    ReportComparisonTable::Labels labels;
    labels.left = left;
    labels.right = QStringLiteral("B");
    labels.change = QStringLiteral("Change");
    labels.accessibleName = tableName;
    return labels;
}

QStringList labelTexts(const QWidget* page)
{
    QStringList texts;
    for (const QLabel* label : page->findChildren<QLabel*>())
        texts << label->text();
    return texts;
}

QString header(const QAbstractItemModel* model, int section)
{
    return model->headerData(section, Qt::Horizontal).toString();
}

} // namespace

class TstRetranslateLive : public QObject {
    Q_OBJECT
private:
    QTranslator m_marked;
    bool m_installed = false;

    // As the language switchers do: the locale first, so the pages' figures use it when the
    // translator's LanguageChange reaches them.
    void switchToMarkedGerman()
    {
        QLocale::setDefault(QLocale(QLocale::German));
        QVERIFY(QCoreApplication::installTranslator(&m_marked));
        m_installed = true;
    }

    void switchBackToEnglish()
    {
        QLocale::setDefault(QLocale(QLocale::English));
        if (m_installed)
            QCoreApplication::removeTranslator(&m_marked);
        m_installed = false;
    }

    template <typename Page> static void show(Page& page)
    {
        page.resize(1400, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_marked.load(QStringLiteral(":/retranslate_live/retranslate_live_xx.qm")));
        switchBackToEnglish();
    }

    void cleanup() { switchBackToEnglish(); }

    void overviewPage()
    {
        const SiteContext site = garageSite(4);
        OverviewPage page(site);
        show(page);
        page.showCycle(noonCycle(site));
        page.refreshNow();
        const QString peakInEnglish = page.tileText(QStringLiteral("billing_peak"));
        QCOMPARE(peakInEnglish, QStringLiteral("12.3 kW"));
        QVERIFY(groupTitles(&page).contains(QStringLiteral("Today")));

        switchToMarkedGerman();
        QTRY_VERIFY2(groupTitles(&page).contains(QStringLiteral("«Heute»")),
                     qPrintable(groupTitles(&page).join(QLatin1Char('|'))));
        const auto* tile = page.findChild<FigureTile*>(QStringLiteral("self_sufficiency"));
        QVERIFY(tile);
        QCOMPARE(tile->caption(), QStringLiteral("«Autarkie»"));
        // The figures of the day so far, now in German digits and words (not reset by the switch).
        QCOMPARE(page.tileText(QStringLiteral("billing_peak")), QStringLiteral("12,3 «kW»"));
        QVERIFY2(page.tileDetail(QStringLiteral("pv_energy")).contains(QStringLiteral("«seit»")),
                 qPrintable(page.tileDetail(QStringLiteral("pv_energy"))));
        QCOMPARE(page.alarmTexts(), QStringList{QStringLiteral("«Keine offenen Alarme»")});
        QVERIFY2(page.policyText().contains(QStringLiteral("«V2B mit zustimmenden Autos»")),
                 qPrintable(page.policyText()));
        QCOMPARE(page.flowDiagram()->accessibleName(), QStringLiteral("«Leistungsflüsse»"));
        QCOMPARE(page.flowDiagram()->lineLabel(FlowNode::Grid), QStringLiteral("«Bezug» 12,3 «kW»"));
        QVERIFY(page.flowDiagram()->toolTip().contains(QStringLiteral("«Bezug» 12,3 «kW»")));
        const QChart* chart = page.chart()->chart();
        QCOMPARE(chart->title(), QStringLiteral("«Leistung heute»"));
        QVERIFY(seriesNames(chart).contains(QStringLiteral("«PV-Kurve»")));
        QVERIFY(axisTitles(chart).contains(QStringLiteral("«kW-Achse»")));
        // Its axes show whole hours and whole kW: nothing for the locale to change (and Qt 6.4
        // drops "%d h" labels when numbers are localized).
        QVERIFY(!chart->localizeNumbers());

        switchBackToEnglish();
        QTRY_VERIFY(groupTitles(&page).contains(QStringLiteral("Today")));
        QCOMPARE(tile->caption(), QStringLiteral("Self-sufficiency"));
        QCOMPARE(page.tileText(QStringLiteral("billing_peak")), peakInEnglish);
        QCOMPARE(page.alarmTexts(), QStringList{QStringLiteral("No open alarms")});
        QCOMPARE(page.flowDiagram()->lineLabel(FlowNode::Grid), QStringLiteral("import 12.3 kW"));
        QCOMPARE(chart->title(), QStringLiteral("Power today"));
        QVERIFY(axisTitles(chart).contains(QStringLiteral("kW")));
        QCOMPARE(chart->locale().language(), QLocale::English);
    }

    void garagePageAndBayDetail()
    {
        const SiteContext site = garageSite(4);
        GaragePage page(site);
        show(page);
        page.showCycle(noonCycle(site));
        page.refreshNow();
        // What the user chose: the charging bays, a search, and the first bay in detail.
        page.stateButton(int(BayState::Charging))->click();
        page.searchField()->setText(QStringLiteral("B000"));
        QVERIFY(page.chooseBay(QStringLiteral("B0001")));
        page.refreshNow();
        BayDetailPanel* detail = page.detail();
        QCOMPARE(detail->field(QStringLiteral("power")), QStringLiteral("7.4 kW"));
        QCOMPARE(page.stateButton(std::nullopt)->text(), QStringLiteral("All (4)"));

        switchToMarkedGerman();
        QTRY_COMPARE(page.stateButton(std::nullopt)->text(), QStringLiteral("«Alle» (4)"));
        QCOMPARE(page.searchField()->placeholderText(), QStringLiteral("«Stellplatz suchen (Strg+F)»"));
        QCOMPARE(page.model()->index(0).data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("«Stellplatz B0001, «lädt»»"));
        QCOMPARE(detail->caption(QStringLiteral("departure")), QStringLiteral("«Abfahrt»"));
        QCOMPARE(detail->field(QStringLiteral("state")), QStringLiteral("«lädt»"));
        QCOMPARE(detail->field(QStringLiteral("power")), QStringLiteral("7,4 «kW»"));
        QCOMPARE(detail->overrideBar()->button(BayOverride::ChargeNow)->text(),
                 QStringLiteral("«Jetzt laden»"));
        const QChart* sessionChart = detail->chart()->chart();
        QVERIFY(seriesNames(sessionChart).contains(QStringLiteral("«Leistung (kW)»")));
        QVERIFY(axisTitles(sessionChart).contains(QStringLiteral("«kWh-Achse»")));
        const auto times = sessionChart->axes(Qt::Horizontal);
        QCOMPARE(times.size(), 1);
        QCOMPARE(static_cast<const QDateTimeAxis*>(times.first())->format(),
                 FigureFormat(0, QLocale(QLocale::German)).timeOfDayFormat());
        QCOMPARE(sessionChart->locale().language(), QLocale::German);
        // The choices survive the switch.
        QVERIFY(page.stateButton(int(BayState::Charging))->isChecked());
        QVERIFY(page.filter()->state() == BayState::Charging);
        QCOMPARE(page.searchField()->text(), QStringLiteral("B000"));
        QCOMPARE(page.bayView()->currentIndex().data().toString(), QStringLiteral("B0001"));
        QCOMPARE(detail->field(QStringLiteral("session")).left(3), QStringLiteral("S-0"));

        switchBackToEnglish();
        QTRY_COMPARE(page.stateButton(std::nullopt)->text(), QStringLiteral("All (4)"));
        QCOMPARE(detail->caption(QStringLiteral("departure")), QStringLiteral("Departure"));
        QCOMPARE(detail->field(QStringLiteral("state")), QStringLiteral("charging"));
        QCOMPARE(detail->field(QStringLiteral("power")), QStringLiteral("7.4 kW"));
        QCOMPARE(detail->overrideBar()->button(BayOverride::ChargeNow)->text(), QStringLiteral("Charge now"));
        QVERIFY(seriesNames(sessionChart).contains(QStringLiteral("Power (kW)")));
        QCOMPARE(page.bayView()->currentIndex().data().toString(), QStringLiteral("B0001"));
    }

    void devicesPage()
    {
        CannedSiteControl control;
        control.deviceList = {makeDevice(QStringLiteral("L1-01-evse"), QStringLiteral("charger"), true),
                              makeDevice(QStringLiteral("grid"), QStringLiteral("grid_meter"), false),
                              makeDevice(QStringLiteral("roof"), QStringLiteral("pv_inverter"), true)};
        DevicesPage page(control, FigureFormat(0));
        show(page);
        page.roleFilter()->setCurrentIndex(page.roleFilter()->findData(QStringLiteral("grid_meter")));
        page.problemsOnly()->setChecked(true);
        page.searchField()->setText(QStringLiteral("gri"));
        QCOMPARE(page.filter()->rowCount(), 1);
        page.table()->selectRow(0);
        const DeviceTableModel* model = page.model();
        QCOMPARE(model->index(0, DeviceTableModel::RoundTrip).data().toString(), QStringLiteral("2.3 ms"));

        switchToMarkedGerman();
        // Wait on a text the page sets on LanguageChange (a model's header is read live).
        QTRY_VERIFY(labelTexts(&page).contains(QStringLiteral("«Geräte»")));
        QCOMPARE(header(page.filter(), DeviceTableModel::Id), QStringLiteral("«Gerät»"));
        QCOMPARE(page.problemsOnly()->text(), QStringLiteral("«&Nur Probleme»"));
        QCOMPARE(page.roleFilter()->currentText(), QStringLiteral("«Netzzähler»"));
        QCOMPARE(model->index(1, DeviceTableModel::Role).data().toString(),
                 QStringLiteral("«Netzzähler (Rolle)»"));
        QCOMPARE(model->index(0, DeviceTableModel::RoundTrip).data().toString(), QStringLiteral("2,3 «ms»"));
        // The filters and the selection survive the switch.
        QCOMPARE(page.roleFilter()->currentData().toString(), QStringLiteral("grid_meter"));
        QVERIFY(page.problemsOnly()->isChecked());
        QCOMPARE(page.searchField()->text(), QStringLiteral("gri"));
        QCOMPARE(page.filter()->rowCount(), 1);
        QCOMPARE(page.table()->selectionModel()->selectedRows().size(), 1);

        switchBackToEnglish();
        QTRY_VERIFY(labelTexts(&page).contains(QStringLiteral("Devices")));
        QCOMPARE(header(page.filter(), DeviceTableModel::Id), QStringLiteral("Device"));
        QCOMPARE(page.problemsOnly()->text(), QStringLiteral("&Problems only"));
        QCOMPARE(page.roleFilter()->currentText(), QStringLiteral("Grid meters"));
        QCOMPARE(model->index(1, DeviceTableModel::Role).data().toString(), QStringLiteral("grid meter"));
        QCOMPARE(model->index(0, DeviceTableModel::RoundTrip).data().toString(), QStringLiteral("2.3 ms"));
        QCOMPARE(page.filter()->rowCount(), 1);
    }

    void eventsPage()
    {
        CannedSiteControl control;
        control.eventList = {
            makeEvent(1, QStringLiteral("device.B07"), EventSeverity::Alarm, kNoon),
            makeEvent(2, QStringLiteral("meter"), EventSeverity::Warning, kNoon + 60'000),
            makeEvent(3, QStringLiteral("device.B12"), EventSeverity::Alarm, kNoon + 120'000)};
        EventsPage page(control, FigureFormat(3600), Operator{QStringLiteral("maria"), UserRole::Manager});
        show(page);
        // Alarms only, a search, and one event selected.
        page.severityBox()->setCurrentIndex(page.severityBox()->findData(int(EventSeverity::Alarm)));
        page.searchField()->setText(QStringLiteral("device"));
        QCOMPARE(page.filter()->rowCount(), 2);
        QVERIFY(page.selectEvent(3));
        const EventTableModel* model = page.model();
        const QDateTime raised = QDateTime::fromMSecsSinceEpoch(kNoon, QTimeZone(3600));
        // The locale's short date and time, with seconds.
        QCOMPARE(model->index(0, EventTableModel::Raised).data().toString(),
                 QLocale(QLocale::English).toString(raised, QStringLiteral("M/d/yy h:mm:ss AP")));

        switchToMarkedGerman();
        // Wait on a text the page sets on LanguageChange (a model's header is read live).
        QTRY_COMPARE(page.severityBox()->itemText(0), QStringLiteral("«Alle Schweregrade»"));
        QCOMPARE(header(page.filter(), EventTableModel::Raised), QStringLiteral("«Ausgelöst»"));
        QCOMPARE(page.severityBox()->currentText(), QStringLiteral("«Alarm»"));
        QCOMPARE(model->index(0, EventTableModel::Severity).data().toString(), QStringLiteral("«Alarm»"));
        // The dates in the German order and clock (the page has no decimals to show).
        QCOMPARE(model->index(0, EventTableModel::Raised).data().toString(),
                 QLocale(QLocale::German).toString(raised, QStringLiteral("dd.MM.yy HH:mm:ss")));
        // The filters and the selection survive the switch.
        QCOMPARE(page.severityBox()->currentData().toInt(), int(EventSeverity::Alarm));
        QCOMPARE(page.searchField()->text(), QStringLiteral("device"));
        QCOMPARE(page.filter()->rowCount(), 2);
        QVERIFY(page.selectedIds() == std::vector<qint64>{3});

        switchBackToEnglish();
        QTRY_COMPARE(page.severityBox()->itemText(0), QStringLiteral("All severities"));
        QCOMPARE(header(page.filter(), EventTableModel::Raised), QStringLiteral("Raised"));
        QCOMPARE(page.severityBox()->currentText(), QStringLiteral("Alarm"));
        QCOMPARE(model->index(0, EventTableModel::Raised).data().toString(),
                 QLocale(QLocale::English).toString(raised, QStringLiteral("M/d/yy h:mm:ss AP")));
        QVERIFY(page.selectedIds() == std::vector<qint64>{3});
    }

    void figuresTable()
    {
        ReportComparisonTable table(columnWords(QStringLiteral("A"), QStringLiteral("figures")));
        show(table);
        ReportFigures left, right;
        left.costTotal = 1234.5;
        right.costTotal = 1000.25;
        left.peakImportKw = right.peakImportKw = 80;
        table.setFigures(left, right);
        const int cost = table.rowOf(QStringLiteral("Cost"));
        QVERIFY(cost >= 0);
        QCOMPARE(table.value(cost, ReportComparisonTable::Left), QStringLiteral("1,234.50"));
        table.selectRow(cost);

        switchToMarkedGerman();
        QTRY_COMPARE(table.horizontalHeaderItem(ReportComparisonTable::Figure)->text(),
                     QStringLiteral("«Kennzahl»"));
        QCOMPARE(table.rowOf(QStringLiteral("«Kosten»")), cost);
        QCOMPARE(table.value(cost, ReportComparisonTable::Left), QStringLiteral("1.234,50"));
        const int peak = table.rowOf(QCoreApplication::translate("parkwatt", "Billing peak"));
        QCOMPARE(table.value(peak, ReportComparisonTable::Change), QStringLiteral("«gleich»"));
        QCOMPARE(table.value(peak, ReportComparisonTable::Left), QStringLiteral("80,0 «kW»"));
        QVERIFY(table.selectionModel()->isRowSelected(cost, {}));
        // The owner's column words, given again in the new language.
        table.setLabels(columnWords(QStringLiteral("«A»"), QStringLiteral("«Kennzahlen»")));
        QCOMPARE(table.horizontalHeaderItem(ReportComparisonTable::Left)->text(), QStringLiteral("«A»"));
        QCOMPARE(table.accessibleName(), QStringLiteral("«Kennzahlen»"));

        switchBackToEnglish();
        QTRY_COMPARE(table.horizontalHeaderItem(ReportComparisonTable::Figure)->text(),
                     QStringLiteral("Figure"));
        QCOMPARE(table.rowOf(QStringLiteral("Cost")), cost);
        QCOMPARE(table.value(cost, ReportComparisonTable::Left), QStringLiteral("1,234.50"));
        QVERIFY(table.selectionModel()->isRowSelected(cost, {}));
    }
};

QTEST_MAIN(TstRetranslateLive)
#include "tst_retranslate_live.moc"
