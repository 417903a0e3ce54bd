#pragma once
// Help > About Parkwatt: the version, the build, and the libraries Parkwatt is built on with their
// versions and licences (Qt's own About is one button away).

#include <QDialog>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace parkwatt {

struct ThirdPartyComponent {
    QString name;
    QString version;
    QString licence;
    QString url;
};

// The libraries in the programs, with the versions they were built against.
QList<ThirdPartyComponent> thirdPartyComponents();

class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);

    QString text() const; // everything shown, as plain text (tests)

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_title;
    QLabel* m_summary;
    QTextBrowser* m_components;
    QPushButton* m_aboutQt;
    QPushButton* m_close;
};

} // namespace parkwatt
