#include "shell/WizardHelp.h"

#include "commissioning/CommissioningWizard.h"
#include "help/HelpWindow.h"
#include "shell/LanguageMenu.h"

#include <QCoreApplication>
#include <QEvent>
#include <QPushButton>
#include <QShortcut>

namespace parkwatt {

namespace {

// The installer's guide's section on the wizard (its pages are a numbered list there).
const QString kWizardTopic = QStringLiteral("with the wizard");

// Keeps the Language button's text in the wizard's language.
class LanguageButton : public QPushButton {
public:
    LanguageButton(Languages& languages, QWidget* parent)
        : QPushButton(parent)
    {
        setObjectName(QStringLiteral("wizardLanguage"));
        setMenu(new LanguageMenu(languages, this));
        retranslate();
    }

protected:
    void changeEvent(QEvent* event) override
    {
        if (event->type() == QEvent::LanguageChange)
            retranslate();
        QPushButton::changeEvent(event);
    }

private:
    void retranslate() { setText(LanguageMenu::tr("&Language")); }
};

// QWizard words its buttons (Back, Next, Finish...) once, from Qt's own translations: this words
// them again when the language changes. The texts are Qt's ("QWizard" context, translated in
// qt6-translations-l10n), so they are not literals lupdate would copy into Parkwatt's files.
class QtButtonWords : public QObject {
public:
    explicit QtButtonWords(QWizard& wizard)
        : QObject(&wizard)
        , m_wizard(wizard)
    {
        wizard.installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == &m_wizard && event->type() == QEvent::LanguageChange)
            reword();
        return false;
    }

private:
    void reword()
    {
        static const std::pair<QWizard::WizardButton, const char*> kButtons[] = {
            {QWizard::BackButton, "< &Back"}, {QWizard::NextButton, "&Next >"},
            {QWizard::CommitButton, "Commit"}, {QWizard::FinishButton, "&Finish"},
            {QWizard::CancelButton, "Cancel"}, {QWizard::HelpButton, "&Help"}};
        for (const auto& [button, text] : kButtons)
            m_wizard.setButtonText(button, QCoreApplication::translate("QWizard", text));
    }

    QWizard& m_wizard;
};

} // namespace

void addHelpAndLanguages(CommissioningWizard& wizard, Languages* languages)
{
    wizard.setOption(QWizard::HaveHelpButton, true);
    new QtButtonWords(wizard);
    const auto help = [&wizard] { showHelp(Guide::Installer, kWizardTopic); };
    QObject::connect(&wizard, &QWizard::helpRequested, &wizard, help);
    auto* f1 = new QShortcut(QKeySequence::HelpContents, &wizard);
    QObject::connect(f1, &QShortcut::activated, &wizard, help);
    if (!languages)
        return;
    wizard.setButton(QWizard::CustomButton1, new LanguageButton(*languages, &wizard));
    wizard.setOption(QWizard::HaveCustomButton1, true);
    wizard.setButtonLayout({QWizard::HelpButton, QWizard::CustomButton1, QWizard::Stretch, QWizard::BackButton,
                            QWizard::NextButton, QWizard::FinishButton, QWizard::CancelButton});
}

} // namespace parkwatt
