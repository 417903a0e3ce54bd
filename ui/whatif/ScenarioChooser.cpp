#include "whatif/ScenarioChooser.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace parkwatt {

QString ScenarioChooser::demoScenario()
{
    return QStringLiteral(":/parkwatt/demo/demo-garage.json");
}

ScenarioChooser::ScenarioChooser(const QStringList& scenarioDirs, QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel;
    m_combo = new QComboBox;
    m_combo->setMinimumContentsLength(28);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_label->setBuddy(m_combo);
    m_combo->addItem(QString(), demoScenario()); // worded in retranslate()
    for (const QString& dir : scenarioDirs)
        for (const QFileInfo& file :
             QDir(dir).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            setPath(file.absoluteFilePath());
    m_combo->setCurrentIndex(0);
    m_open = new QPushButton;
    layout->addWidget(m_label);
    layout->addWidget(m_combo, 1);
    layout->addWidget(m_open);
    connect(m_open, &QPushButton::clicked, this, &ScenarioChooser::browse);
    connect(m_combo, &QComboBox::activated, this, [this] { emit chosen(path()); });
    retranslate();
}

void ScenarioChooser::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ScenarioChooser::retranslate()
{
    m_label->setText(tr("&Scenario"));
    m_combo->setAccessibleName(tr("Scenario"));
    m_combo->setToolTip(
        tr("The scenario to run: the built-in demo garage, a shipped scenario, or a file you opened."));
    // Only the built-in entry has words; the others are file names. Changing an item's text keeps
    // the current index.
    const int demo = m_combo->findData(demoScenario());
    if (demo >= 0) {
        m_combo->setItemText(demo, tr("Demo garage (built in)"));
        m_combo->setItemData(demo, tr("The demo garage's day: 40 bays, 80 kWp PV, a 120 kWh battery"),
                             Qt::ToolTipRole);
    }
    m_open->setText(tr("&Open…"));
    m_open->setAccessibleName(tr("Open a scenario file"));
    m_open->setToolTip(tr("Choose a scenario file (parkwatt-scenario/1) and run it."));
}

QString ScenarioChooser::path() const
{
    return m_combo->currentData().toString();
}

QStringList ScenarioChooser::paths() const
{
    QStringList out;
    for (int i = 0; i < m_combo->count(); ++i)
        out << m_combo->itemData(i).toString();
    return out;
}

void ScenarioChooser::setPath(const QString& path)
{
    int index = m_combo->findData(path);
    if (index < 0) {
        m_combo->addItem(QFileInfo(path).fileName(), path);
        index = m_combo->count() - 1;
        m_combo->setItemData(index, QDir::toNativeSeparators(path), Qt::ToolTipRole);
    }
    m_combo->setCurrentIndex(index);
}

void ScenarioChooser::browse()
{
    const QString start = path().startsWith(QLatin1Char(':')) ? QString() : QFileInfo(path()).absolutePath();
    const QString file = QFileDialog::getOpenFileName(this, tr("Open a scenario"), start,
                                                      tr("Scenarios (*.json);;All files (*)"));
    if (file.isEmpty())
        return;
    setPath(file);
    emit opened(file);
}

} // namespace parkwatt
