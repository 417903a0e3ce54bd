#pragma once
// F1 help: the user guides (docs/guide-*.md, compiled into the program under :/help) shown in a
// window of their own, opened at the topic of the screen the user is on. Works offline; links
// between guides stay inside the window, web links open in the browser. The guides are English.

#include <QWidget>

class QComboBox;
class QTextBrowser;
class QToolButton;

namespace parkwatt {

enum class Guide { FacilityManager, Installer, Driver };

class HelpWindow : public QWidget {
    Q_OBJECT
public:
    explicit HelpWindow(QWidget* parent = nullptr);

    // Shows `guide` scrolled to its first heading that contains `topic` (case-insensitive; the
    // guide's start when no heading does). True when the topic was found.
    bool showTopic(Guide guide, const QString& topic = {});
    // The heading of the section the view is at ("" before the first), and the text shown (tests).
    QString currentHeading() const;
    QString shownText() const;

    // The window shared by a whole program, created on first use, raised when already open.
    static HelpWindow& shared();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showGuide(Guide guide);

    QComboBox* m_guides;
    QToolButton* m_back;
    QToolButton* m_forward;
    QTextBrowser* m_browser;
};

// Opens the shared help window at `guide`'s `topic`: what F1 does everywhere.
void showHelp(Guide guide, const QString& topic = {});

} // namespace parkwatt
