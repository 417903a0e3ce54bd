#include "shell/WizardHelp.h"

#include "commissioning/CommissioningWizard.h"
#include "help/HelpWindow.h"
#include "shell/LanguageMenu.h"

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

} // namespace

void addHelpAndLanguages(CommissioningWizard& wizard, Languages* languages)
{
    wizard.setOption(QWizard::HaveHelpButton, true);
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
