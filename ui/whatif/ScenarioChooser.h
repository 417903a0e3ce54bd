#pragma once
// Which scenario the What-if page runs: a combo of the shipped scenarios (the built-in demo garage
// and every *.json in the given folders) and the files the user browsed to, plus "Open…".

#include <QString>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace parkwatt {

class ScenarioChooser : public QWidget {
    Q_OBJECT
public:
    // The built-in demo garage's scenario (a Qt resource).
    static QString demoScenario();

    explicit ScenarioChooser(const QStringList& scenarioDirs, QWidget* parent = nullptr);

    // The chosen scenario's path (a file or a resource), empty when there is none.
    QString path() const;
    // Chooses `path`, adding it to the list when it is not there.
    void setPath(const QString& path);
    QStringList paths() const;
    QComboBox* combo() const { return m_combo; }
    QPushButton* openButton() const { return m_open; }

signals:
    // Picked in the combo.
    void chosen(const QString& path);
    // Picked in the file dialog (the page runs it at once).
    void opened(const QString& path);

protected:
    void changeEvent(QEvent* event) override;

private:
    // Every text in the current language; the choice and the files in the list stay.
    void retranslate();
    void browse();

    QLabel* m_label = nullptr;
    QComboBox* m_combo = nullptr;
    QPushButton* m_open = nullptr;
};

} // namespace parkwatt
