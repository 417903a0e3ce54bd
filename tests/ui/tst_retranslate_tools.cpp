// Switching language at run time on the History, Policies and What-if pages, the commissioning
// wizard, the register inspector and the sign-in dialog, offscreen: a test translation (marked
// «…», compiled from tests/ui/data/retranslate_tools_xx.ts) is installed after the default locale
// became German, as the languages switch does; each page then shows the marked words and German
// decimal commas, keeps what the user did (range, edits, results, typed fields), and is English
// again once the translator is removed and the locale is English.

#include "access/SignInDialog.h"
#include "access/SignInService.h"
#include "commissioning/AssignmentPage.h"
#include "commissioning/CommissioningWizard.h"
#include "commissioning/DeviceListPage.h"
#include "commissioning/PolicyExportPage.h"
#include "commissioning/RegisterInspectorDialog.h"
#include "commissioning/SiteBasicsPage.h"
#include "commissioning/VerificationPage.h"
#include "history/DailyEnergyChart.h"
#include "history/HistoryChart.h"
#include "history/HistoryPage.h"
#include "policies/PoliciesPage.h"
#include "policies/PolicyForm.h"
#include "policies/PolicyPreviewPanel.h"
#include "policies/PreviewChart.h"
#include "policies/PreviewKpiTable.h"
#include "tst_historydata.h"
#include "whatif/ScenarioChooser.h"
#include "whatif/WhatIfChart.h"
#include "whatif/WhatIfKpiTable.h"
#include "whatif/WhatIfPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QtCharts/QAbstractAxis>
#include <QtCharts/QChart>
#include <QtCharts/QLineSeries>

using namespace parkwatt;
using namespace historytest;

namespace {

const QString kTinySpike = QStringLiteral(PARKWATT_SHARED_DIR "/scenarios/tiny-spike.json");

// "12,5" or "1,25": a German decimal comma (not an English thousands separator, "1,234").
bool hasGermanDecimal(const QString& text)
{
    return text.contains(QRegularExpression(QStringLiteral("\\d,\\d{1,2}(?!\\d)")));
}

// "12.5" or "1.25" (not a German thousands separator, "1.234").
bool hasEnglishDecimal(const QString& text)
{
    return text.contains(QRegularExpression(QStringLiteral("\\d\\.\\d{1,2}(?!\\d)")));
}

QStringList axisTitles(const QChart& chart)
{
    QStringList titles;
    for (const QAbstractAxis* axis : chart.axes())
        titles << axis->titleText();
    return titles;
}

template <typename Widget> bool hasChildWithText(const QWidget& parent, const QString& text)
{
    for (const Widget* w : parent.findChildren<Widget*>())
        if (w->text() == text)
            return true;
    return false;
}

bool hasGroupTitled(const QWidget& parent, const QString& title)
{
    for (const QGroupBox* box : parent.findChildren<QGroupBox*>())
        if (box->title() == title)
            return true;
    return false;
}

QString header(const QAbstractItemView& view, int column)
{
    return view.model()->headerData(column, Qt::Horizontal).toString();
}

// A site small enough to read: 250 kW connection, a battery, two bidirectional chargers.
SiteSpec smallSite()
{
    SiteSpec site;
    site.name = QStringLiteral("Garage Test");
    site.grid.importLimitKw = 250;
    site.grid.exportLimitKw = 100;
    BatterySpec battery;
    battery.id = QStringLiteral("battery");
    battery.capacityKwh = 120;
    battery.maxChargeKw = battery.maxDischargeKw = 60;
    site.batteries.push_back(battery);
    for (const char* id : {"L1-01", "L1-02"}) {
        ChargerSpec c;
        c.id = QString::fromLatin1(id);
        c.maxChargeKw = 11;
        c.minChargeKw = 4.1;
        c.bidirectional = true;
        c.maxDischargeKw = 11;
        site.chargers.push_back(c);
    }
    return site;
}

// An engine that holds a policy and never answers: enough for the Policies page's words.
class QuietSiteControl : public SiteControl {
public:
    QuietSiteControl()
    {
        m_policy.peakShaving.enabled = true;
        m_policy.peakShaving.importLimitKw = 200;
    }
    QString description() const override { return QStringLiteral("test"); }
    bool isConnected() const override { return true; }
    QString databasePath() const override { return {}; }
    SiteSpec site() const override { return smallSite(); }
    int utcOffsetS() const override { return 0; }
    Policy policy() const override { return m_policy; }
    bool canUndoPolicy() const override { return false; }
    std::vector<DeviceStatus> devices() const override { return {}; }
    std::vector<EngineEvent> events() const override { return {}; }
    std::map<QString, BayOverride> overrides() const override { return {}; }
    quint64 applyPolicy(const Policy&, const Operator&) override { return ++m_requests; }
    quint64 undoPolicy(const Operator&) override { return ++m_requests; }
    quint64 overrideBay(const QString&, BayOverride, const Operator&) override { return ++m_requests; }
    quint64 acknowledgeEvent(qint64, const Operator&) override { return ++m_requests; }
    quint64 updateSession(const QString&, const DriverInput&, const Operator&) override { return ++m_requests; }

private:
    Policy m_policy;
    quint64 m_requests = 0;
};

} // namespace

class TstRetranslateTools : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QTranslator m_translator;

    // As the languages switch does it: the locale first, then the translator, whose installation
    // posts LanguageChange to every widget.
    void switchToMarkedGerman()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QVERIFY(QCoreApplication::installTranslator(&m_translator));
    }

    void switchToEnglish()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(QCoreApplication::removeTranslator(&m_translator));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_translator.load(QStringLiteral(":/retranslate_tools/retranslate_tools_xx.qm")));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void cleanup()
    {
        // A failed test must not leave the next one in German.
        QCoreApplication::removeTranslator(&m_translator);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void theHistoryPageSwitchesAndKeepsItsRange()
    {
        const QString db = m_dir.filePath(QStringLiteral("history.db"));
        QVERIFY(writeWeek(db));
        constexpr TimeMs now = kWeekStart + 7 * kDay;
        HistoryPage page(db, nullptr, [] { return now; });
        page.resize(1400, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy loaded(&page, &HistoryPage::rangeLoaded);
        page.showPreset(HistoryRange::Preset::Week);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1 && !page.isLoading(), 20000);
        const HistoryRange chosen = page.range();
        QCOMPARE(chosen.preset(), HistoryRange::Preset::Week);
        const TimeMs midday = kWeekStart + 3 * kDay + 12 * 3600 * kMsPerSecond;
        // "11/12/26, 12:00 PM   Grid 12.3 kW   ..."
        const QRegularExpression englishGrid(QStringLiteral("Grid -?\\d+\\.\\d kW"));
        const QRegularExpression germanGrid(QStringLiteral("«Netz» -?\\d+,\\d kW"));
        QVERIFY2(page.chart()->readoutAt(midday).contains(englishGrid), qPrintable(page.chart()->readoutAt(midday)));
        QVERIFY(page.dailyChart()->dayCount() > 0);

        switchToMarkedGerman();
        QTRY_VERIFY(hasChildWithText<QPushButton>(page, QStringLiteral("«Woche»")));
        QVERIFY(hasChildWithText<QPushButton>(page, QStringLiteral("«Zeigen»")));
        QVERIFY(hasChildWithText<QCheckBox>(page, QStringLiteral("«Netz»")));
        QVERIFY(axisTitles(*page.chart()->chart()).contains(QStringLiteral("«kW-Achse»")));
        QCOMPARE(page.dailyChart()->chart()->title(), QStringLiteral("«Energie pro Tag (kWh)»"));
        const QString readout = page.chart()->readoutAt(midday);
        QVERIFY2(readout.contains(germanGrid), qPrintable(readout));
        // German short dates: "12.11.26"
        QVERIFY2(page.dailyChart()->dayLabels().first().contains(QLatin1Char('.')),
                 qPrintable(page.dailyChart()->dayLabels().join(QLatin1Char(' '))));
        QCOMPARE(page.range(), chosen);

        switchToEnglish();
        QTRY_VERIFY(hasChildWithText<QPushButton>(page, QStringLiteral("Week")));
        QVERIFY(axisTitles(*page.chart()->chart()).contains(QStringLiteral("kW")));
        QCOMPARE(page.dailyChart()->chart()->title(), QStringLiteral("Energy per day (kWh)"));
        QVERIFY(page.chart()->readoutAt(midday).contains(englishGrid));
        QVERIFY(page.dailyChart()->dayLabels().first().contains(QLatin1Char('/')));
        QCOMPARE(page.range(), chosen);
    }

    void thePoliciesPageSwitchesAndKeepsTheEdit()
    {
        QuietSiteControl control;
        SiteContext context;
        context.site = smallSite();
        context.name = context.site.name;
        PoliciesPage page(control, context, Operator{QStringLiteral("maria"), UserRole::Manager});
        page.resize(1400, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.form()->peakLimitField()->setValue(123.5); // an edit not applied yet
        QVERIFY(page.isDirty());
        QCOMPARE(page.form()->peakLimitField()->text(), QStringLiteral("123.5 kW"));

        switchToMarkedGerman();
        QTRY_COMPARE(page.applyButton()->text(), QStringLiteral("«&Übernehmen…»"));
        QVERIFY(hasGroupTitled(page, QStringLiteral("«Wie die Engine entscheidet»")));
        QVERIFY(hasGroupTitled(*page.form(), QStringLiteral("«Spitzenkappung»")));
        QCOMPARE(page.previewPanel()->statusText(), QStringLiteral("«Szenariodatei wählen: keine Aufzeichnung.»"));
        QCOMPARE(page.previewPanel()->chart()->chart()->title(), QStringLiteral("«Netzbezug, 15-Minuten-Mittel»"));
        QCOMPARE(header(*page.previewPanel()->table(), PreviewKpiTable::Edited),
                 QStringLiteral("«Bearbeitete Richtlinie»"));
        QCOMPARE(page.form()->peakLimitField()->text(), QStringLiteral("123,5 kW"));
        QCOMPARE(page.form()->peakLimitField()->value(), 123.5);
        QVERIFY(page.isDirty());
        // "The connection's import limit is 250,0 kW" in the peak limit's tooltip.
        QVERIFY2(hasGermanDecimal(page.form()->peakLimitField()->toolTip()),
                 qPrintable(page.form()->peakLimitField()->toolTip()));

        switchToEnglish();
        QTRY_COMPARE(page.applyButton()->text(), QStringLiteral("&Apply…"));
        QVERIFY(hasGroupTitled(*page.form(), QStringLiteral("Peak shaving")));
        QCOMPARE(header(*page.previewPanel()->table(), PreviewKpiTable::Edited), QStringLiteral("Edited policy"));
        QCOMPARE(page.form()->peakLimitField()->text(), QStringLiteral("123.5 kW"));
        QCOMPARE(page.form()->peakLimitField()->value(), 123.5);
        QVERIFY(page.isDirty());
    }

    void theWhatIfPageSwitchesAndKeepsItsResult()
    {
        WhatIfPage page;
        page.resize(1400, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.run(kTinySpike);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 120000);
        QVERIFY2(page.result().has_value(), qPrintable(page.statusText()));
        const auto figures = [&page] {
            QStringList values;
            for (int row = 0; row < page.table()->rowCount(); ++row)
                values << page.table()->value(row, WhatIfKpiTable::Baseline);
            return values.join(QLatin1Char(' '));
        };
        QVERIFY2(hasEnglishDecimal(figures()), qPrintable(figures()));

        switchToMarkedGerman();
        QTRY_COMPARE(page.runButton()->text(), QStringLiteral("«&Starten»"));
        QCOMPARE(header(*page.table(), WhatIfKpiTable::Baseline), QStringLiteral("«Ungesteuert»"));
        QCOMPARE(page.gridChart()->chart()->title(), QStringLiteral("«Netzbezug»"));
        QCOMPARE(page.gridChart()->baselineSeries()->name(), QStringLiteral("«Ungesteuert (Kurve)»"));
        QCOMPARE(page.chooser()->combo()->itemText(0), QStringLiteral("«Demo-Garage (eingebaut)»"));
        QCOMPARE(page.chooser()->path(), kTinySpike); // the choice stays
        QVERIFY2(hasGermanDecimal(figures()), qPrintable(figures()));
        QVERIFY(page.result().has_value());

        switchToEnglish();
        QTRY_COMPARE(page.runButton()->text(), QStringLiteral("&Run"));
        QCOMPARE(header(*page.table(), WhatIfKpiTable::Baseline), QStringLiteral("Uncontrolled"));
        QCOMPARE(page.gridChart()->chart()->title(), QStringLiteral("Grid import"));
        QCOMPARE(page.chooser()->path(), kTinySpike);
        QVERIFY2(hasEnglishDecimal(figures()), qPrintable(figures()));
    }

    void theCommissioningWizardSwitchesAndKeepsTheFields()
    {
        CommissioningWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        SiteBasicsPage* basics = wizard.basicsPage();
        basics->nameField()->setText(QStringLiteral("Garage Süd"));
        basics->importLimitField()->setValue(312.5);
        basics->phasesField()->setCurrentIndex(basics->phasesField()->findData(1));
        QCOMPARE(basics->importLimitField()->text(), QStringLiteral("312.5 kW"));

        switchToMarkedGerman();
        QTRY_COMPARE(basics->title(), QStringLiteral("«Der Standort»"));
        QCOMPARE(wizard.windowTitle(), QStringLiteral("«Standort in Betrieb nehmen»"));
        QVERIFY(hasChildWithText<QLabel>(*basics, QStringLiteral("«Standort&name:»")));
        QCOMPARE(wizard.devicesPage()->title(), QStringLiteral("«Geräte»"));
        QCOMPARE(header(*wizard.devicesPage()->table(), DeviceListPage::Id), QStringLiteral("«Kennung»"));
        QCOMPARE(wizard.assignmentPage()->title(), QStringLiteral("«Ladepunkte und Stellplätze»"));
        QCOMPARE(wizard.verificationPage()->title(), QStringLiteral("«Prüfung der Ladepunkte»"));
        QCOMPARE(wizard.exportPage()->title(), QStringLiteral("«Richtlinie und Standortdatei»"));
        QCOMPARE(basics->importLimitField()->text(), QStringLiteral("312,5 kW"));
        QCOMPARE(basics->nameField()->text(), QStringLiteral("Garage Süd"));
        QCOMPARE(basics->phases(), 1);
        QCOMPARE(basics->importLimitField()->value(), 312.5);

        switchToEnglish();
        QTRY_COMPARE(basics->title(), QStringLiteral("The site"));
        QCOMPARE(wizard.windowTitle(), QStringLiteral("Commission a site"));
        QCOMPARE(header(*wizard.devicesPage()->table(), DeviceListPage::Id), QStringLiteral("Id"));
        QCOMPARE(basics->importLimitField()->text(), QStringLiteral("312.5 kW"));
        QCOMPARE(basics->nameField()->text(), QStringLiteral("Garage Süd"));
        QCOMPARE(basics->phases(), 1);
    }

    void theRegisterInspectorSwitchesAndKeepsItsChoices()
    {
        DeviceSpec device;
        device.id = QStringLiteral("meter");
        device.role = DeviceRole::GridMeter;
        device.host = QStringLiteral("127.0.0.1");
        device.port = 1502;
        device.unit = 1;
        RegisterInspectorDialog dialog(device);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.addressField()->setValue(40010);
        dialog.typeField()->setCurrentText(QStringLiteral("f32"));

        switchToMarkedGerman();
        QTRY_COMPARE(dialog.readButton()->text(), QStringLiteral("«&Lesen»"));
        QCOMPARE(dialog.addressField()->value(), 40010);
        QCOMPARE(dialog.typeField()->currentText(), QStringLiteral("f32"));

        switchToEnglish();
        QTRY_COMPARE(dialog.readButton()->text(), QStringLiteral("&Read"));
        QCOMPARE(dialog.typeField()->currentText(), QStringLiteral("f32"));
    }

    void theSignInDialogSwitchesAndKeepsTheName()
    {
        SignInService service(m_dir.filePath(QStringLiteral("users.db")));
        SignInDialog dialog(service, SignInDialog::Mode::SignIn, QStringLiteral("Garage Nord"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.submit(); // no name: the status says so
        QCOMPARE(dialog.status(), QStringLiteral("Enter your name."));
        dialog.nameField()->setText(QStringLiteral("maria"));

        switchToMarkedGerman();
        QTRY_COMPARE(dialog.windowTitle(), QStringLiteral("«Anmelden bei Garage Nord»"));
        QCOMPARE(dialog.status(), QStringLiteral("«Namen eingeben.»"));
        QCOMPARE(dialog.nameField()->text(), QStringLiteral("maria"));

        switchToEnglish();
        QTRY_COMPARE(dialog.windowTitle(), QStringLiteral("Sign in to Garage Nord"));
        QCOMPARE(dialog.status(), QStringLiteral("Enter your name."));
        QCOMPARE(dialog.nameField()->text(), QStringLiteral("maria"));
    }
};

QTEST_MAIN(TstRetranslateTools)
#include "tst_retranslate_tools.moc"
