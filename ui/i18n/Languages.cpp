#include "kiosk/KioskLanguages.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
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

} // namespace

KioskLanguages::KioskLanguages(QObject* parent)
    : QObject(parent)
{
    m_available.push_back({QStringLiteral("en"), QStringLiteral("English")});
    m_current.clear();
    for (const QString& dir : translationDirs()) {
        const QStringList files =
            QDir(dir).entryList({QStringLiteral("parkwatt_*.qm")}, QDir::Files, QDir::Name);
        for (const QString& file : files) {
            const QString code = file.mid(9, file.size() - 9 - 3); // parkwatt_<code>.qm
            const bool known = std::any_of(m_available.cbegin(), m_available.cend(),
                                           [&](const KioskLanguage& l) { return l.code == code; });
            if (!known && code != QStringLiteral("en"))
                m_available.push_back({code, nativeNameOf(code)});
        }
    }
    // The system's language when it is shipped ("de_AT" -> "de", "zh_CN"), else English.
    const QString system = QLocale::system().name();
    QString start = QStringLiteral("en");
    for (const KioskLanguage& language : m_available)
        if (system == language.code || system.section(QLatin1Char('_'), 0, 0) == language.code)
            start = language.code;
    if (!switchTo(start))
        switchTo(QStringLiteral("en"));
}

KioskLanguages::~KioskLanguages()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
}

QString KioskLanguages::fileOf(const QString& code) const
{
    for (const QString& dir : translationDirs()) {
        const QString path = QDir(dir).filePath(QStringLiteral("parkwatt_%1.qm").arg(code));
        if (QFile::exists(path))
            return path;
    }
    return {};
}

bool KioskLanguages::switchTo(const QString& code)
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
    // The locale first: the pages reformat their figures when the translator change reaches them.
    QLocale::setDefault(code == QStringLiteral("en") ? QLocale(QLocale::English) : QLocale(code));
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator = std::move(next);
    if (m_translator)
        QCoreApplication::installTranslator(m_translator.get());
    m_current = code; // adding or removing a translator sends every widget LanguageChange
    emit switched(code);
    return true;
}

} // namespace parkwatt
