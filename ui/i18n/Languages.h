#pragma once
// The languages a kiosk offers: English and every translation shipped with Parkwatt (the
// parkwatt_<code>.qm files in the program's resources or its translations folder), each named in
// its own language for its button. It starts in the system's language when that is shipped. Switching
// installs the translation at once; every page retranslates itself on the LanguageChange event Qt then sends.

#include <QList>
#include <QObject>
#include <QString>
#include <QTranslator>
#include <memory>

namespace parkwatt {

struct KioskLanguage {
    QString code;       // "en", "de", "zh_CN"
    QString nativeName; // "English", "Deutsch", "中文"
};

class KioskLanguages : public QObject {
    Q_OBJECT
public:
    explicit KioskLanguages(QObject* parent = nullptr);
    ~KioskLanguages() override;

    const QList<KioskLanguage>& available() const { return m_available; }
    const QString& current() const { return m_current; }
    // Switches to `code` (one of available()); false when its translation cannot be loaded.
    bool switchTo(const QString& code);

signals:
    void switched(const QString& code);

private:
    QString fileOf(const QString& code) const;

    QList<KioskLanguage> m_available;
    QString m_current;
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace parkwatt
