// Signing in to the control room, offscreen, over a real site database: the first start creates
// the administrator (no default password; weak or mismatched passwords refused with the reason),
// a wrong password is refused and the next try waits out a growing delay with a countdown, the
// right one signs in with the user's role, and an operator left idle is signed off.

#include "access/IdleLogoff.h"
#include "access/SignInDialog.h"
#include "access/SignInService.h"
#include "security/UserDirectory.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace parkwatt;

namespace {

constexpr int kIterations = PasswordHash::kMinimumIterations;
const QString kGood = QStringLiteral("correct horse battery");

QPushButton* okButton(SignInDialog& dialog)
{
    return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}

} // namespace

class TstSignIn : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void theFirstStartCreatesTheAdministrator()
    {
        const QString db = m_dir.filePath(QStringLiteral("first.db"));
        SignInService service(db, kIterations);
        QSignalSpy checked(&service, &SignInService::usersChecked);
        service.checkForUsers();
        QTRY_COMPARE(checked.count(), 1);
        QCOMPARE(checked.at(0).at(0).toBool(), false); // a new database: nobody, no default password
        QVERIFY(checked.at(0).at(1).toString().isEmpty());

        SignInDialog dialog(service, SignInDialog::Mode::FirstAdmin, QStringLiteral("Garage Nord"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.repeatField());
        QTest::keyClicks(dialog.nameField(), QStringLiteral("maria"));
        QTest::keyClicks(dialog.passwordField(), QStringLiteral("short"));
        QTest::keyClicks(dialog.repeatField(), QStringLiteral("short"));
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QVERIFY2(dialog.status().contains(QStringLiteral("at least 12")), qPrintable(dialog.status()));
        dialog.passwordField()->setText(kGood);
        dialog.repeatField()->setText(kGood + QLatin1Char('!'));
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QVERIFY2(dialog.status().contains(QStringLiteral("differ")), qPrintable(dialog.status()));
        dialog.repeatField()->setText(kGood);
        QSignalSpy signedIn(&dialog, &SignInDialog::signedIn);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, 10000);
        QCOMPARE(dialog.signedInAs().name, QStringLiteral("maria"));
        QCOMPARE(dialog.signedInAs().role, UserRole::Admin);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        StorageError error;
        QVERIFY(UserDirectory::open(db, &error, kIterations)->hasUsers());
    }

    void aWrongPasswordWaitsThenTheRightOneSignsIn()
    {
        const QString db = m_dir.filePath(QStringLiteral("site.db"));
        {
            StorageError error;
            auto users = UserDirectory::open(db, &error, kIterations);
            QString problem;
            QVERIFY(users->createFirstAdmin(QStringLiteral("maria"), kGood, 0, &problem));
            QVERIFY(users->addUser(QStringLiteral("tom"), UserRole::Manager,
                                   QStringLiteral("tom's long passphrase"), 0, &problem));
        }
        SignInService service(db, kIterations);
        SignInDialog dialog(service, SignInDialog::Mode::SignIn, QStringLiteral("Garage Nord"));
        dialog.show();
        QVERIFY(!dialog.repeatField());
        QTest::keyClicks(dialog.nameField(), QStringLiteral("tom"));
        QTest::keyClicks(dialog.passwordField(), QStringLiteral("not the passphrase"));
        QTest::keyClick(dialog.passwordField(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.status().contains(QStringLiteral("not right")), 10000);
        QVERIFY2(dialog.status().contains(QStringLiteral("Next try in")), qPrintable(dialog.status()));
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(dialog.passwordField()->text().isEmpty()); // the wrong password is not kept
        // After the delay (1 s after the first miss), the right password signs in as a manager.
        QTRY_VERIFY_WITH_TIMEOUT(okButton(dialog)->isEnabled(), 3000);
        QSignalSpy signedIn(&dialog, &SignInDialog::signedIn);
        dialog.passwordField()->setText(QStringLiteral("tom's long passphrase"));
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(signedIn.count() == 1, qPrintable(dialog.status()), 10000);
        QCOMPARE(dialog.signedInAs().role, UserRole::Manager);
    }

    void anIdleOperatorIsSignedOff()
    {
        QWidget window;
        window.show();
        IdleLogoff idle(1500); // well above the gaps between clicks, even on a loaded machine
        QSignalSpy idled(&idle, &IdleLogoff::idle);
        idle.start();
        // Input keeps the operator signed in (for twice the idle time)...
        for (int i = 0; i < 20; ++i) {
            QTest::mouseClick(&window, Qt::LeftButton);
            QTest::qWait(150);
        }
        QCOMPARE(idled.count(), 0);
        // ...and without it the log-off comes.
        QTRY_COMPARE_WITH_TIMEOUT(idled.count(), 1, 5000);
        QVERIFY(!idle.isWatching());
        QCOMPARE(IdleLogoff::kDefaultMinutes, 15);
    }
};

QTEST_MAIN(TstSignIn)
#include "tst_signin.moc"
