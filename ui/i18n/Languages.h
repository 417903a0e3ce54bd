#pragma once
// The languages Parkwatt offers (control room menu, kiosk buttons): English and every translation
// shipped with it (the parkwatt_<code>.qm files in the program's resources or its translations
// folder), each named in its own language. It starts in the language asked for when that is shipped,
// else the system's, else English. Switching sets the default QLocale (figures, dates) and installs
// the translation at once; every page retranslates itself on the LanguageChange event Qt then sends.
// One instance per window that offers a choice; it removes its translation when destroyed.

#include <QList>
#include <QObject>
#include <QString>
#include <QTranslator>
#include <memory>

namespace parkwatt {

struct Language {
    QString code;       // "en", "de", "zh_CN"
    QString nativeName; // "English", "Deutsch", "中文"
};

class Languages : public QObject {
    Q_OBJECT
public:
    // `wanted`: a code such as "de" or "zh_CN" (also "de_AT", matched to "de"); empty: the one the
    // command line asked for (setAskedFor), else the system's.
    explicit Languages(QObject* parent = nullptr, const QString& wanted = {});

    // The language the command line asks every window to start in (parkwatt --language).
    static void setAskedFor(const QString& code);
    static QString askedFor();
    ~Languages() override;

    // English and every language whose translation is shipped.
    static QList<Language> shipped();

    const QList<Language>& available() const { return m_available; }
    const QString& current() const { return m_current; }
    // The shipped language `code` stands for ("de_AT" -> "de", "zh_CN" -> "zh_CN"); "" when none.
    QString shippedMatch(const QString& code) const;
    // The shipped language the system speaks, else "en".
    QString systemLanguage() const;
    // Switches to `code` (one of available()); false when its translation cannot be loaded.
    bool switchTo(const QString& code);

signals:
    void switched(const QString& code);

private:
    QString fileOf(const QString& code) const;

    QList<Language> m_available;
    QString m_current;
    std::unique_ptr<QTranslator> m_translator;   // Parkwatt's texts
    std::unique_ptr<QTranslator> m_qtTranslator; // Qt's own (dialog buttons, wizard)
};

} // namespace parkwatt
