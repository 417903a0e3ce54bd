// The commissioning wizard offscreen against parkwatt-sim on loopback Modbus: the site described
// (one level of two bidirectional bays), its devices discovered on the simulator's ports (and
// nothing on a closed one), the chargers assigned to bays (a bay twice is refused), the policy
// form, and a site file saved that the engine's reader takes back as entered. Also an imported
// site file fills every page. Screenshots of every page go to the build folder.

#include "commissioning/AssignmentPage.h"
#include "commissioning/CommissioningWizard.h"
#include "commissioning/DeviceListPage.h"
#include "commissioning/PolicyExportPage.h"
#include "commissioning/RegisterInspectorDialog.h"
#include "commissioning/SiteBasicsPage.h"
#include "commissioning/VerificationPage.h"
#include "config/SiteFileReader.h"
#include "support/FreePort.h"
#include "support/Processes.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace parkwatt;
using parkwatt::test::freePort;
using parkwatt::test::writeFile;

namespace {

int auditRows(const QString& path, const char* action)
{
    sqlite3* db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* q = nullptr;
    sqlite3_prepare_v2(db, "SELECT COUNT(*) FROM audit WHERE action = ?", -1, &q, nullptr);
    sqlite3_bind_text(q, 1, action, -1, SQLITE_STATIC);
    const int n = sqlite3_step(q) == SQLITE_ROW ? sqlite3_column_int(q, 0) : -1;
    sqlite3_finalize(q);
    sqlite3_close(db);
    return n;
}

} // namespace

class TstCommissioningWizard : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QProcess m_sim;
    QList<int> m_ports;
    QString m_simSite;

private slots:
    void initTestCase()
    {
        m_ports = {freePort(), freePort(), freePort()};
        m_simSite = writeFile(m_dir, QStringLiteral("sim-site.json"),
                              QStringLiteral(R"({ "format": "parkwatt-site/1",
  "site": { "name": "Sim", "grid": { "import_limit_kw": 60 },
            "chargers": [ { "id": "X1", "max_charge_kw": 11, "min_charge_kw": 4.1, "bidirectional": true, "max_discharge_kw": 11 },
                          { "id": "X2", "max_charge_kw": 11, "min_charge_kw": 4.1, "bidirectional": true, "max_discharge_kw": 11 } ] },
  "devices": [
    { "id": "X1-evse", "role": "charger", "charger": "X1", "profile": "parkwatt-v2g", "host": "127.0.0.1", "port": %1, "unit": 1 },
    { "id": "X2-evse", "role": "charger", "charger": "X2", "profile": "parkwatt-v2g", "host": "127.0.0.1", "port": %2, "unit": 1 },
    { "id": "meter", "role": "grid_meter", "profile": "eastron-sdm630", "host": "127.0.0.1", "port": %3, "unit": 1 } ] })")
                                  .arg(m_ports[0])
                                  .arg(m_ports[1])
                                  .arg(m_ports[2]));
        m_sim.setProcessChannelMode(QProcess::MergedChannels);
        m_sim.start(QStringLiteral(PARKWATT_BIN_DIR "/parkwatt-sim"), {QStringLiteral("--site"), m_simSite});
        QByteArray said;
        QTRY_VERIFY_WITH_TIMEOUT((said += m_sim.readAll()).count("serving ") >= 3, 10000);
    }

    void anInstallerDescribesDiscoversAssignsAndSaves()
    {
        CommissioningWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        SiteBasicsPage* basics = wizard.basicsPage();
        QTest::keyClicks(basics->nameField(), QStringLiteral("Test Garage"));
        basics->levelsField()->setValue(1);
        basics->baysPerLevelField()->setValue(2);
        basics->findChild<QCheckBox*>()->setChecked(true);
        basics->importLimitField()->setValue(69);
        basics->phasesField()->setCurrentIndex(basics->phasesField()->findData(3));
        QCOMPARE(basics->phases(), 3);
        // 69 kW on three phases of 230 V: 100 A per phase.
        QVERIFY2(basics->summary().contains(QStringLiteral("100 A per phase")),
                 qPrintable(basics->summary()));
        basics->phasesField()->setCurrentIndex(basics->phasesField()->findData(1));
        QVERIFY2(basics->summary().contains(QStringLiteral("300 A per phase")),
                 qPrintable(basics->summary()));
        basics->phasesField()->setCurrentIndex(basics->phasesField()->findData(3));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(CommissioningWizard::Devices));

        DeviceListPage* devices = wizard.devicesPage();
        QVERIFY(!devices->isComplete()); // no device yet
        QSignalSpy scanned(devices, &DeviceListPage::scanFinished);
        const int closed = freePort();
        devices->discover(
            QStringLiteral("127.0.0.1"),
            QStringLiteral("%1,%2,%3,%4").arg(m_ports[0]).arg(m_ports[1]).arg(m_ports[2]).arg(closed));
        QTRY_COMPARE_WITH_TIMEOUT(scanned.count(), 1, 20000);
        QCOMPARE(devices->table()->rowCount(), 3); // the simulator's three, nothing on the closed port
        QString error;
        const auto found = devices->devices(&error);
        QVERIFY2(found, qPrintable(error));
        int chargers = 0;
        for (const DeviceSpec& d : *found) {
            QVERIFY2(!d.profile.isEmpty(), qPrintable(d.id));
            chargers += d.role == DeviceRole::Charger ? 1 : 0;
        }
        QCOMPARE(chargers, 2);
        QVERIFY(devices->isComplete());
        // The register inspector reads a discovered charger's fail-safe power (parkwatt-v2g: 1004, i32).
        int chargerRow = -1;
        for (size_t i = 0; i < found->size() && chargerRow < 0; ++i)
            if ((*found)[i].role == DeviceRole::Charger)
                chargerRow = int(i);
        RegisterInspectorDialog* inspector = devices->inspectRow(chargerRow);
        QVERIFY(inspector);
        inspector->addressField()->setValue(1004);
        inspector->countField()->setValue(2);
        inspector->typeField()->setCurrentText(QStringLiteral("i32"));
        QSignalSpy read(inspector, &RegisterInspectorDialog::readFinished);
        QTest::mouseClick(inspector->readButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(read.count(), 1, 10000);
        QVERIFY2(read.at(0).at(0).toBool(), qPrintable(inspector->result()));
        QVERIFY2(inspector->result().contains(QStringLiteral(" 1004  0x")) &&
                     inspector->result().contains(QStringLiteral("as i32")),
                 qPrintable(inspector->result()));
        QVERIFY(!devices->inspectRow(99)); // no such row: a reason, no dialog
        QVERIFY(!inspector->canWrite());   // nobody signed in: reading only
        delete inspector;

        // An installer signed in to the site's database writes, confirmed, read back and audited.
        const QString db = m_dir.filePath(QStringLiteral("site.db"));
        devices->setWriteAccess(
            RegisterWriteAccess{db, Operator{QStringLiteral("ines"), UserRole::Installer}});
        inspector = devices->inspectRow(chargerRow);
        QVERIFY(inspector && inspector->canWrite());
        inspector->addressField()->setValue(1004);
        inspector->typeField()->setCurrentText(QStringLiteral("i32"));
        inspector->writeValueField()->setText(QStringLiteral("3700"));
        QSignalSpy wrote(inspector, &RegisterInspectorDialog::writeFinished);
        QString asked;
        inspector->setConfirmation([&](const QString& question) {
            asked = question;
            return false;
        });
        inspector->write();
        QCOMPARE(wrote.count(), 1);
        QVERIFY(!wrote.at(0).at(0).toBool()); // not confirmed, nothing written
        QVERIFY2(asked.contains(QStringLiteral("register 1004")), qPrintable(asked));
        inspector->setConfirmation([](const QString&) { return true; });
        inspector->write();
        QTRY_COMPARE_WITH_TIMEOUT(wrote.count(), 2, 10000);
        QVERIFY2(wrote.at(1).at(0).toBool(), qPrintable(wrote.at(1).at(1).toString()));
        QCOMPARE(inspector->writes()->count(), 1);
        inspector->countField()->setValue(2);
        QSignalSpy readBack(inspector, &RegisterInspectorDialog::readFinished);
        QTest::mouseClick(inspector->readButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(readBack.count(), 1, 10000);
        QVERIFY2(inspector->result().contains(QStringLiteral(" 1004  3700")),
                 qPrintable(inspector->result()));
        QCOMPARE(auditRows(db, "register.write"), 1);
        delete inspector;
        wizard.next();
        QCOMPARE(wizard.currentId(), int(CommissioningWizard::Assignment));

        AssignmentPage* assignment = wizard.assignmentPage();
        auto proposed = assignment->assigned(&error);
        QVERIFY2(proposed, qPrintable(error));
        QStringList bays;
        for (const DeviceSpec& d : *proposed)
            if (d.role == DeviceRole::Charger)
                bays << d.chargerId;
        bays.sort();
        QCOMPARE(bays, (QStringList{QStringLiteral("L1-01"), QStringLiteral("L1-02")}));
        // One bay for both chargers is refused, naming the bay.
        const QList<QComboBox*> choices = assignment->findChildren<QComboBox*>();
        QCOMPARE(choices.size(), 2);
        const QString second = choices[1]->currentText();
        choices[1]->setCurrentText(choices[0]->currentText());
        QVERIFY(!assignment->assigned(&error));
        QVERIFY2(error.contains(choices[0]->currentText()), qPrintable(error));
        choices[1]->setCurrentText(second);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(CommissioningWizard::Verification));

        // Verification as parkwattd verify does it: the simulator plays no car, so each charger is
        // identified and its fail-safe and watchdog read back, but its power cannot follow.
        VerificationPage* verification = wizard.verificationPage();
        verification->setStepWaitMs(300);
        QSignalSpy verified(verification, &VerificationPage::verified);
        QTest::mouseClick(verification->verifyButton(), Qt::LeftButton);
        QVERIFY(verification->isVerifying());
        QTRY_COMPARE_WITH_TIMEOUT(verified.count(), 1, 60000);
        QCOMPARE(verified.at(0).at(0).toBool(), false);
        QTableWidget* results = verification->results();
        QStringList passedIdentity, notFollowing;
        for (int row = 0; row < results->rowCount(); ++row) {
            const QString check = results->item(row, 1)->text();
            const QString result = results->item(row, 2)->text();
            if (check == QLatin1String("identity") && result == QLatin1String("PASS"))
                passedIdentity << results->item(row, 0)->text();
            if (result.contains(QStringLiteral("power not following")))
                notFollowing << results->item(row, 0)->text();
        }
        QCOMPARE(passedIdentity.size(), 2);
        QCOMPARE(notFollowing.size(), 2);
        QVERIFY2(verification->status().contains(QStringLiteral("fallback")),
                 qPrintable(verification->status()));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(CommissioningWizard::PolicyAndExport));

        PolicyExportPage* exporting = wizard.exportPage();
        const QString path = m_dir.filePath(QStringLiteral("test-garage.json"));
        exporting->pathField()->setText(path);
        QVERIFY2(exporting->save(), qPrintable(exporting->status()));
        const LoadResult<SiteFile> saved = loadSiteFile(path);
        QVERIFY2(saved.ok(), qPrintable(saved.error.toString()));
        QCOMPARE(saved.value->site.name, QStringLiteral("Test Garage"));
        QCOMPARE(saved.value->site.chargers.size(), size_t(2));
        QVERIFY(saved.value->site.chargers[0].bidirectional);
        QCOMPARE(saved.value->devices.size(), size_t(3));
        for (const DeviceSpec& d : saved.value->devices)
            if (d.role == DeviceRole::Charger)
                QVERIFY(saved.value->site.chargerIndex(d.chargerId) >= 0);

        // The commissioning report: the devices, the installer and the verification's results.
        exporting->installerField()->setText(QStringLiteral("Ines Installer"));
        const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        QVERIFY2(exporting->writeReport(pdf), qPrintable(exporting->status()));
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("report.json"))));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(20000));
        const QString pdfText = QString::fromUtf8(text.readAllStandardOutput());
        for (const QString& expected :
             {QStringLiteral("Test Garage"), QStringLiteral("Ines Installer"),
              QStringLiteral("eastron-sdm630"), QStringLiteral("power not following")})
            QVERIFY2(pdfText.contains(expected),
                     qPrintable(expected + QStringLiteral(" not in:\n") + pdfText));

        // Every page, for the docs (and to be looked at).
        QCOMPARE(wizard.writeScreenshots(QStringLiteral(PARKWATT_BIN_DIR "/../commissioning-screenshots")),
                 0);
    }

    void anImportedSiteFileFillsEveryPage()
    {
        CommissioningWizard wizard;
        QString error;
        QVERIFY(!wizard.importFile(m_dir.filePath(QStringLiteral("missing.json")), &error));
        QVERIFY2(error.contains(QStringLiteral("missing.json")), qPrintable(error));
        QVERIFY2(wizard.importFile(m_simSite, &error), qPrintable(error));
        QCOMPARE(wizard.basicsPage()->nameField()->text(), QStringLiteral("Sim"));
        QCOMPARE(wizard.basicsPage()->site().chargers.size(), size_t(2));
        QCOMPARE(wizard.basicsPage()->site().chargers[1].id, QStringLiteral("X2"));
        QCOMPARE(wizard.devicesPage()->table()->rowCount(), 3);
        wizard.show();
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(CommissioningWizard::Assignment));
        QCOMPARE(wizard.assignmentPage()->choiceFor(QStringLiteral("X2-evse"))->currentText(),
                 QStringLiteral("X2"));
    }

    void cleanupTestCase()
    {
        m_sim.terminate();
        m_sim.waitForFinished(5000);
    }
};

QTEST_MAIN(TstCommissioningWizard)
#include "tst_commissioningwizard.moc"
