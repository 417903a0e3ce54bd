#include "i18n/Languages.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>

namespace parkwatt {

namespace {

const QString kResourceDir = QStringLiteral(":/i18n");

QStringList translationDirs()
{
    const QString app = QCoreApplication::applicationDirPath();
    return {kResourceDir, app + QStringLiteral("/../share/parkwatt/translations"),
            app + QStringLiteral("/translations")};
}

QString nativeNameOf(const QString& code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (name.isEmpty())
        return code;
    name[0] = name[0].toUpper();
    return name;
}

// The locale a language formats with: the system's when it speaks that language (en_GB keeps its
// 24-hour clock, de_CH its apostrophes), else the language's own (English: en_US).
QLocale localeFor(const QString& code)
{
    const QLocale language = code == QStringLiteral("en") ? QLocale(QLocale::English) : QLocale(code);
    const QLocale system = QLocale::system();
    if (system.language() == language.language() &&
        (language.script() == QLocale::AnyScript || system.script() == language.script()))
        return system;
    return language;
}

} // namespace

QList<Language> Languages::shipped()
{
    QList<Language> languages{{QStringLiteral("en"), QStringLiteral("English")}};
    for (const QString& dir : translationDirs()) {
        const QStringList files =
            QDir(dir).entryList({QStringLiteral("parkwatt_*.qm")}, QDir::Files, QDir::Name);
        for (const QString& file : files) {
            const QString code = file.mid(9, file.size() - 9 - 3); // parkwatt_<code>.qm
            const bool known = std::any_of(languages.cbegin(), languages.cend(),
                                           [&](const Language& l) { return l.code == code; });
            if (!known)
                languages.push_back({code, nativeNameOf(code)});
        }
    }
    return languages;
}

Languages::Languages(QObject* parent, const QString& wanted)
    : QObject(parent)
    , m_available(shipped())
{
    const QString start = shippedMatch(wanted.isEmpty() ? askedFor() : wanted);
    if (start.isEmpty() || !switchTo(start))
        if (!switchTo(systemLanguage()))
            switchTo(QStringLiteral("en"));
}

QString Languages::systemLanguage() const
{
    const QString system = shippedMatch(QLocale::system().name());
    return system.isEmpty() ? QStringLiteral("en") : system;
}

namespace {
QString& askedForCode()
{
    static QString code;
    return code;
}
} // namespace

void Languages::setAskedFor(const QString& code)
{
    askedForCode() = code;
}

QString Languages::askedFor()
{
    return askedForCode();
}

QString Languages::shippedMatch(const QString& code) const
{
    QString match;
    for (const Language& language : m_available) {
        if (code == language.code)
            return code;
        if (code.section(QLatin1Char('_'), 0, 0) == language.code)
            match = language.code;
    }
    return match;
}

Languages::~Languages()
{
    if (!QCoreApplication::instance())
        return; // destroyed with the application: its translators go with it
    for (QTranslator* installed : {m_translator.get(), m_qtTranslator.get()})
        if (installed)
            QCoreApplication::removeTranslator(installed);
}

QString Languages::fileOf(const QString& code) const
{
    for (const QString& dir : translationDirs()) {
        const QString path = QDir(dir).filePath(QStringLiteral("parkwatt_%1.qm").arg(code));
        if (QFile::exists(path))
            return path;
    }
    return {};
}

bool Languages::switchTo(const QString& code)
{
    if (code == m_current)
        return true;
    // English loads its plural forms only ("1 bay", "2 bays"); without them the text still reads.
    auto next = std::make_unique<QTranslator>();
    if (!next->load(fileOf(code))) {
        if (code != QStringLiteral("en"))
            return false;
        next.reset();
    }
    // Qt's own texts (dialog buttons, the wizard's Back/Next, context menus) from Qt's translations
    // (Debian: qt6-translations-l10n); without them those stay English.
    auto qtNext = std::make_unique<QTranslator>();
    if (code == QStringLiteral("en") ||
        !qtNext->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        qtNext.reset();
    // The locale first: the pages reformat their figures when the translator change reaches them.
    QLocale::setDefault(localeFor(code));
    for (QTranslator* old : {m_translator.get(), m_qtTranslator.get()})
        if (old)
            QCoreApplication::removeTranslator(old);
    m_translator = std::move(next);
    m_qtTranslator = std::move(qtNext);
    for (QTranslator* installed : {m_qtTranslator.get(), m_translator.get()})
        if (installed)
            QCoreApplication::installTranslator(installed);
    m_current = code; // adding or removing a translator sends every widget LanguageChange
    emit switched(code);
    return true;
}

} // namespace parkwatt
