#pragma once
// The control room's Language menu: every shipped language, named in its own language, the current
// one checked. Choosing one switches the whole window at once and is remembered for the next start
// (QSettings "language"); "System language" forgets the choice.

#include <QActionGroup>
#include <QMenu>

namespace parkwatt {

class Languages;

class LanguageMenu : public QMenu {
    Q_OBJECT
public:
    LanguageMenu(Languages& languages, QWidget* parent = nullptr);

    // The language remembered from an earlier choice ("" when the system's is followed).
    static QString remembered();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void choose(const QString& code);
    void markCurrent();

    Languages& m_languages;
    QActionGroup* m_group;
    QAction* m_system;
};

} // namespace parkwatt
