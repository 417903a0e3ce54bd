#include "shell/LanguageMenu.h"

#include "i18n/Languages.h"

#include <QEvent>
#include <QSettings>

namespace parkwatt {

namespace {
const QString kSettingsKey = QStringLiteral("language");
} // namespace

LanguageMenu::LanguageMenu(Languages& languages, QWidget* parent)
    : QMenu(parent)
    , m_languages(languages)
    , m_group(new QActionGroup(this))
    , m_system(addAction(QString()))
{
    setObjectName(QStringLiteral("languageMenu"));
    m_system->setObjectName(QStringLiteral("language-system"));
    connect(m_system, &QAction::triggered, this, [this] { choose(QString()); });
    addSeparator();
    for (const Language& language : languages.available()) {
        QAction* action = addAction(language.nativeName);
        action->setObjectName(QStringLiteral("language-") + language.code);
        action->setData(language.code);
        action->setCheckable(true);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = language.code] { choose(code); });
    }
    connect(&languages, &Languages::switched, this, &LanguageMenu::markCurrent);
    markCurrent();
    retranslate();
}

QString LanguageMenu::remembered()
{
    return QSettings().value(kSettingsKey).toString();
}

void LanguageMenu::choose(const QString& code)
{
    QSettings settings;
    if (code.isEmpty()) {
        settings.remove(kSettingsKey);
        m_languages.switchTo(m_languages.systemLanguage());
    } else {
        settings.setValue(kSettingsKey, code);
        m_languages.switchTo(code);
    }
    markCurrent();
}

void LanguageMenu::markCurrent()
{
    for (QAction* action : m_group->actions())
        action->setChecked(action->data().toString() == m_languages.current());
}

void LanguageMenu::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void LanguageMenu::retranslate()
{
    setTitle(tr("&Language"));
    m_system->setText(tr("Follow the system language"));
}

} // namespace parkwatt
