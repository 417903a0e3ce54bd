// The whole control room switches language at run time, on the real stack: the demo garage
// (parkwatt-sim on loopback Modbus, the live engine in this process, a real SQLite file) and every
// page. For each shipped language, after View > Language:
// - no text a user can see (labels, buttons, group boxes, navigation, menus, combo boxes, table
//   headers, the window title) is still the English source of an entry that language translates;
// - no button or navigation entry cuts its text off;
// - figures use the language's number format.
// And: the choice is remembered; F1 opens the guide at the page shown; About names the version
// and the libraries with their licences.

#include "commissioning/CommissioningWizard.h"
#include "engine/live/LiveDemo.h"
#include "engine/live/LiveSiteControl.h"
#include "help/HelpWindow.h"
#include "i18n/Languages.h"
#include "shell/AboutDialog.h"
#include "shell/ControlRoomPages.h"
#include "shell/ControlRoomWindow.h"
#include "shell/LanguageMenu.h"
#include "shell/WizardHelp.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace parkwatt;

namespace {

const Operator kManager{QStringLiteral("maria"), UserRole::Manager};

// English sources that `language` translates differently wherever they appear (a source kept as it
// is in some context, such as "What-if" in Japanese, is not counted), with no placeholders (those
// are only ever shown filled in), read from the shipped .ts file.
QSet<QString> translatedSources(const QString& language)
{
    QFile file(QStringLiteral(PARKWATT_TRANSLATIONS_DIR "/parkwatt_%1.ts").arg(language));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    QSet<QString> sources;
    QSet<QString> keptSomewhere;
    QXmlStreamReader ts(&file);
    QString source;
    while (!ts.atEnd()) {
        if (ts.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (ts.name() == QLatin1String("source")) {
            source = ts.readElementText();
        } else if (ts.name() == QLatin1String("translation")) {
            const bool unfinished = ts.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            const QString text = ts.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            if (unfinished || source.contains(QLatin1Char('%')) || text.isEmpty())
                continue;
            (text == source ? keptSomewhere : sources).insert(source);
        }
    }
    if (ts.hasError())
        qFatal("%s: %s", qPrintable(file.fileName()), qPrintable(ts.errorString()));
    return sources - keptSomewhere;
}

QString withoutAccelerator(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("&(?=[^&])")));
}

// Every text a user can see in `window`, with where it is.
QList<QPair<QString, QString>> visibleTexts(QMainWindow& window)
{
    QList<QPair<QString, QString>> texts{{window.windowTitle(), QStringLiteral("window title")}};
    const auto name = [](const QObject* o) {
        return QStringLiteral("%1 %2").arg(QString::fromLatin1(o->metaObject()->className()), o->objectName());
    };
    for (QLabel* label : window.findChildren<QLabel*>())
        if (label->isVisible())
            texts.append({label->text(), name(label)});
    for (QAbstractButton* button : window.findChildren<QAbstractButton*>())
        if (button->isVisible())
            texts.append({withoutAccelerator(button->text()), name(button)});
    for (QGroupBox* box : window.findChildren<QGroupBox*>())
        if (box->isVisible())
            texts.append({box->title(), name(box)});
    for (QComboBox* combo : window.findChildren<QComboBox*>())
        if (combo->isVisible())
            for (int i = 0; i < combo->count(); ++i)
                texts.append({combo->itemText(i), name(combo)});
    for (QTabBar* tabs : window.findChildren<QTabBar*>())
        if (tabs->isVisible())
            for (int i = 0; i < tabs->count(); ++i)
                texts.append({withoutAccelerator(tabs->tabText(i)), name(tabs)});
    for (QHeaderView* header : window.findChildren<QHeaderView*>())
        if (header->isVisible() && header->model())
            for (int i = 0; i < header->count(); ++i)
                texts.append({header->model()->headerData(i, header->orientation()).toString(), name(header)});
    for (QListWidget* list : window.findChildren<QListWidget*>())
        for (int i = 0; i < list->count(); ++i)
            texts.append({list->item(i)->text(), name(list)});
    for (QAction* action : window.menuBar()->actions()) {
        texts.append({withoutAccelerator(action->text()), QStringLiteral("menu")});
        if (action->menu())
            for (QAction* item : action->menu()->actions())
                texts.append({withoutAccelerator(item->text()), QStringLiteral("menu item")});
    }
    return texts;
}

// Buttons and navigation entries whose text does not fit them.
QStringList cutOff(QMainWindow& window)
{
    QStringList cut;
    for (QAbstractButton* button : window.findChildren<QAbstractButton*>()) {
        if (!button->isVisible() || button->text().isEmpty())
            continue;
        const int needed = button->fontMetrics().horizontalAdvance(withoutAccelerator(button->text()));
        if (needed > button->contentsRect().width())
            cut << QStringLiteral("%1 (%2 px for %3 px of text)").arg(button->text()).arg(button->width()).arg(needed);
    }
    for (QListWidget* list : window.findChildren<QListWidget*>())
        for (int i = 0; i < list->count(); ++i) {
            const int needed = list->fontMetrics().horizontalAdvance(list->item(i)->text());
            if (needed > list->viewport()->width() - 8)
                cut << QStringLiteral("%1 (navigation)").arg(list->item(i)->text());
        }
    return cut;
}

} // namespace

class TstLanguageSwitch : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<LiveDemo> m_demo;
    std::unique_ptr<Languages> m_languages;
    std::unique_ptr<ControlRoomWindow> m_window;
    std::unique_ptr<ControlRoomPages> m_pages;

    QAction* languageAction(const QString& code) const
    {
        return m_window->findChild<QAction*>(QStringLiteral("language-") + code);
    }

    void switchTo(const QString& code)
    {
        QAction* action = languageAction(code);
        QVERIFY2(action, qPrintable(code));
        action->trigger();
        QCOMPARE(m_languages->current(), code);
        // LanguageChange is posted: let it reach every widget, and the pages refresh.
        QTest::qWait(200);
        m_window->refreshNow();
        QApplication::processEvents();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings in a test folder
        QSettings().remove(QStringLiteral("language"));
        QVERIFY(m_dir.isValid());
        m_languages = std::make_unique<Languages>(nullptr, QStringLiteral("en"));
        m_demo = std::make_unique<LiveDemo>();
        QSignalSpy started(m_demo.get(), &LiveDemo::started);
        QSignalSpy failed(m_demo.get(), &LiveDemo::failed);
        LiveDemoOptions options;
        options.speed = 5;
        options.program = QStringLiteral(PARKWATT_BIN_DIR "/parkwatt-sim");
        options.startAtS = 12 * 3600;
        options.databasePath = m_dir.filePath(QStringLiteral("demo.db"));
        options.historyDays = 2;
        m_demo->start(options);
        QTRY_VERIFY_WITH_TIMEOUT(started.count() == 1 || failed.count() == 1, 300000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).toString()));

        const SiteContext context = SiteContext::fromSiteFile(m_demo->site(), m_demo->scenario().utcOffsetS);
        m_window = std::make_unique<ControlRoomWindow>(context);
        m_window->offerLanguages(*m_languages);
        m_pages = std::make_unique<ControlRoomPages>(context, *m_demo->control(), kManager);
        m_pages->addTo(*m_window);
        m_window->attach(*m_demo->control(), kManager);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->cyclesShown() > 2, 60000);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_pages.reset();
        if (m_demo) {
            QSignalSpy stopped(m_demo.get(), &LiveDemo::stopped);
            m_demo->stop();
            QTRY_VERIFY_WITH_TIMEOUT(stopped.count() == 1, 30000);
        }
    }

    void theMenuOffersEveryShippedLanguage()
    {
        QStringList codes;
        for (const Language& language : m_languages->available())
            codes << language.code;
        QCOMPARE(codes, (QStringList{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"),
                                     QStringLiteral("ja"), QStringLiteral("zh_CN")}));
        for (const QString& code : codes)
            QVERIFY2(languageAction(code), qPrintable(code));
        QVERIFY(languageAction(QStringLiteral("en"))->isChecked());
        QCOMPARE(languageAction(QStringLiteral("de"))->text(), QStringLiteral("Deutsch"));
        QCOMPARE(m_languages->shippedMatch(QStringLiteral("de_AT")), QStringLiteral("de"));
        QCOMPARE(m_languages->shippedMatch(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
        QCOMPARE(m_languages->shippedMatch(QStringLiteral("pt_BR")), QString());
    }

    void everyPageSwitchesLanguage_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("decimalPoint");
        QTest::newRow("German") << QStringLiteral("de") << QStringLiteral(",");
        QTest::newRow("French") << QStringLiteral("fr") << QStringLiteral(",");
        QTest::newRow("Simplified Chinese") << QStringLiteral("zh_CN") << QStringLiteral(".");
        QTest::newRow("Japanese") << QStringLiteral("ja") << QStringLiteral(".");
    }

    void everyPageSwitchesLanguage()
    {
        QFETCH(QString, code);
        QFETCH(QString, decimalPoint);
        const QSet<QString> englishSources = translatedSources(code);
        QVERIFY2(englishSources.size() > 500, qPrintable(QString::number(englishSources.size())));
        switchTo(code);
        QCOMPARE(QLocale().decimalPoint(), decimalPoint);
        QVERIFY(languageAction(code)->isChecked());
        QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), code);
        QCOMPARE(LanguageMenu::remembered(), code);

        QStringList leftovers;
        QStringList cut;
        for (int page = 0; page < m_window->pageCount(); ++page) {
            m_window->setCurrentPage(page);
            m_window->refreshNow();
            QApplication::processEvents();
            for (const auto& [text, where] : visibleTexts(*m_window))
                if (englishSources.contains(text.trimmed()))
                    leftovers << QStringLiteral("%1: \"%2\" (%3)").arg(m_window->pageKey(page), text, where);
            for (const QString& button : cutOff(*m_window))
                cut << QStringLiteral("%1: %2").arg(m_window->pageKey(page), button);
        }
        leftovers.removeDuplicates();
        cut.removeDuplicates();
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char('\n'))));
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
        QVERIFY(m_window->pageTitle(0) != QStringLiteral("Overview"));

        switchTo(QStringLiteral("en"));
        QCOMPARE(m_window->pageTitle(0), QStringLiteral("Overview"));
        QCOMPARE(QLocale().decimalPoint(), QStringLiteral("."));
    }

    void followingTheSystemForgetsTheChoice()
    {
        switchTo(QStringLiteral("de"));
        QCOMPARE(LanguageMenu::remembered(), QStringLiteral("de"));
        m_window->findChild<QAction*>(QStringLiteral("language-system"))->trigger();
        QCOMPARE(LanguageMenu::remembered(), QString());
        QCOMPARE(m_languages->current(), m_languages->systemLanguage());
        switchTo(QStringLiteral("en"));
    }

    void f1OpensTheGuideAtThePageShown()
    {
        for (const QString& key : {QStringLiteral("garage"), QStringLiteral("policies")}) {
            int index = -1;
            for (int page = 0; page < m_window->pageCount(); ++page)
                if (m_window->pageKey(page) == key)
                    index = page;
            QVERIFY2(index >= 0, qPrintable(key));
            m_window->setCurrentPage(index);
            m_window->activateWindow();
            QTest::keyClick(m_window.get(), Qt::Key_F1);
            HelpWindow& help = HelpWindow::shared();
            QTRY_VERIFY(help.isVisible());
            QVERIFY2(help.currentHeading().contains(key, Qt::CaseInsensitive),
                     qPrintable(key + QStringLiteral(": ") + help.currentHeading()));
            QVERIFY(help.shownText().size() > 1000);
        }
        HelpWindow::shared().close();
    }

    void theWizardHasHelpAndTheLanguageMenu()
    {
        CommissioningWizard wizard;
        addHelpAndLanguages(wizard, m_languages.get());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto* language = wizard.findChild<QPushButton*>(QStringLiteral("wizardLanguage"));
        QVERIFY(language && language->isVisible() && language->menu());
        QCOMPARE(withoutAccelerator(language->text()), QStringLiteral("Language"));
        QCOMPARE(withoutAccelerator(wizard.button(QWizard::NextButton)->text()), QStringLiteral("Next >"));
        QTest::keyClick(&wizard, Qt::Key_F1);
        QTRY_VERIFY(HelpWindow::shared().isVisible());
        QVERIFY2(HelpWindow::shared().currentHeading().contains(QStringLiteral("wizard"), Qt::CaseInsensitive),
                 qPrintable(HelpWindow::shared().currentHeading()));
        HelpWindow::shared().close();

        // Its own texts and Qt's (Next, Cancel) follow a switch.
        language->menu()->findChild<QAction*>(QStringLiteral("language-de"))->trigger();
        QTRY_COMPARE(withoutAccelerator(language->text()), QStringLiteral("Sprache"));
        QTRY_VERIFY2(withoutAccelerator(wizard.button(QWizard::NextButton)->text()) != QStringLiteral("Next >"),
                     qPrintable(wizard.button(QWizard::NextButton)->text()));
        QTRY_VERIFY2(wizard.currentPage()->title() != QStringLiteral("The site"), qPrintable(wizard.currentPage()->title()));
        switchTo(QStringLiteral("en"));
        QTRY_COMPARE(withoutAccelerator(language->text()), QStringLiteral("Language"));
    }

    void aboutNamesTheVersionAndTheLibrariesWithTheirLicences()
    {
        AboutDialog about;
        const QString text = about.text();
        QVERIFY2(text.contains(QStringLiteral(PARKWATT_VERSION)), qPrintable(text));
        for (const ThirdPartyComponent& component : thirdPartyComponents()) {
            QVERIFY2(text.contains(component.name) && text.contains(component.licence), qPrintable(component.name));
            QVERIFY2(!component.version.isEmpty(), qPrintable(component.name));
        }
        QVERIFY(text.contains(QStringLiteral("LGPL-3.0")));
        QVERIFY(text.contains(QString::fromLatin1(qVersion())));
        switchTo(QStringLiteral("de"));
        QTRY_VERIFY(about.windowTitle() != QStringLiteral("About Parkwatt"));
        switchTo(QStringLiteral("en"));
        QTRY_COMPARE(about.windowTitle(), QStringLiteral("About Parkwatt"));
    }
};

QTEST_MAIN(TstLanguageSwitch)
#include "tst_languageswitch.moc"
