#include "live/LiveSiteWindow.h"

#include "live/FigureTile.h"
#include "live/PowerHistoryChart.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStatusBar>
#include <QVBoxLayout>

namespace parkwatt {

LiveSiteWindow::LiveSiteWindow(const Scenario& scenario, QWidget* parent)
    : QMainWindow(parent)
    , m_figures(scenario)
    , m_dayStartMs(scenario.startMs)
    , m_chart(new PowerHistoryChart(this))
    , m_gridState(new QLabel(this))
    , m_pauseButton(new QPushButton(tr("Pause"), this))
    , m_speed(new QComboBox(this))
{
    const QString siteName = scenario.site.name.isEmpty() ? scenario.name : scenario.site.name;
    setWindowTitle(tr("Parkwatt – %1 (simulated)").arg(siteName));

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);

    auto* header = new QHBoxLayout;
    auto* title =
        new QLabel(tr("<b>%1</b> – simulated day, accelerated").arg(siteName.toHtmlEscaped()), this);
    header->addWidget(title, 1);
    header->addWidget(m_gridState);
    header->addWidget(new QLabel(tr("Speed:"), this));
    m_speed->addItem(tr("60× (1 h per minute)"), 60.0);
    m_speed->addItem(tr("600× (a day in 2.4 min)"), 600.0);
    m_speed->addItem(tr("3600× (a day in 24 s)"), 3600.0);
    m_speed->setCurrentIndex(1);
    header->addWidget(m_speed);
    m_pauseButton->setCheckable(true);
    header->addWidget(m_pauseButton);
    layout->addLayout(header);

    auto* tiles = new QGridLayout;
    const std::pair<const char*, QString> captions[] = {
        {"time", tr("Time of day")},         {"pv", tr("PV")},
        {"load", tr("Building load")},       {"grid", tr("Grid")},
        {"battery", tr("Battery")},          {"battery_soc", tr("Battery charge")},
        {"ev_charging", tr("EVs charging")}, {"ev_discharging", tr("EVs discharging (V2B)")},
        {"ev_plugged", tr("Bays in use")},
    };
    int index = 0;
    for (const auto& [key, caption] : captions) {
        tiles->addWidget(addTile(QString::fromLatin1(key), caption), index / 3, index % 3);
        ++index;
    }
    layout->addLayout(tiles);
    layout->addWidget(m_chart, 1);
    setCentralWidget(central);
    statusBar()->showMessage(tr("Active policy: %1").arg(LiveFigures::policyInWords(scenario.policy)));

    connect(m_pauseButton, &QPushButton::toggled, this, [this](bool paused) {
        m_pauseButton->setText(paused ? tr("Resume") : tr("Pause"));
        emit pauseToggled(paused);
    });
    connect(m_speed, &QComboBox::currentIndexChanged, this,
            [this](int i) { emit speedChosen(m_speed->itemData(i).toDouble()); });

    m_chart->setDayStart(m_dayStartMs);
    m_chartRefresh.setInterval(250);
    connect(&m_chartRefresh, &QTimer::timeout, this, [this] {
        if (m_chartDirty)
            m_chart->refresh();
        m_chartDirty = false;
    });
    m_chartRefresh.start();
    resize(1000, 720);
}

FigureTile* LiveSiteWindow::addTile(const QString& key, const QString& caption)
{
    auto* tile = new FigureTile(caption, this);
    tile->setObjectName(key);
    m_tiles[key] = tile;
    return tile;
}

QString LiveSiteWindow::tileText(const QString& key) const
{
    const auto it = m_tiles.find(key);
    return it == m_tiles.end() ? QString() : it->second->value();
}

void LiveSiteWindow::showCycle(const StepRecord& step)
{
    const LiveFigureTexts t = m_figures.texts(step);
    m_tiles.at(QStringLiteral("time"))->setValue(t.timeOfDay);
    m_tiles.at(QStringLiteral("pv"))->setValue(t.pvKw);
    m_tiles.at(QStringLiteral("load"))->setValue(t.loadKw);
    m_tiles.at(QStringLiteral("grid"))->setValue(t.gridKw);
    m_tiles.at(QStringLiteral("battery"))->setValue(t.batteryKw);
    m_tiles.at(QStringLiteral("battery_soc"))->setValue(t.batterySoc);
    m_tiles.at(QStringLiteral("ev_charging"))->setValue(t.evCharging);
    m_tiles.at(QStringLiteral("ev_discharging"))->setValue(t.evDischarging);
    m_tiles.at(QStringLiteral("ev_plugged"))->setValue(t.evPlugged);
    m_gridState->setText(t.outage ? QStringLiteral("<b style='color:#b00'>%1</b>").arg(t.gridState)
                                  : t.gridState);
    m_chart->add(step);
    m_chartDirty = true;
    ++m_cyclesShown;
}

void LiveSiteWindow::startNewDay()
{
    m_chart->clear();
}

} // namespace parkwatt
