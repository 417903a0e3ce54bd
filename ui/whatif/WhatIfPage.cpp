#include "whatif/WhatIfPage.h"

#include "common/FigureFormat.h"
#include "common/Theme.h"
#include "live/LiveFigures.h"
#include "whatif/ScenarioChooser.h"
#include "whatif/WhatIfChart.h"
#include "whatif/WhatIfKpiTable.h"
#include "whatif/WhatIfReport.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QTimeZone>
#include <QVBoxLayout>
#include <cmath>

namespace parkwatt {

WhatIfPage::WhatIfPage(const QStringList& scenarioDirs, QWidget* parent)
    : QWidget(parent)
    , m_runner(new WhatIfRunner(this))
{
    buildUi(scenarioDirs);
    connect(m_runner, &WhatIfRunner::started, this, &WhatIfPage::started);
    connect(m_runner, &WhatIfRunner::progress, this, &WhatIfPage::showProgress);
    connect(m_runner, &WhatIfRunner::finished, this, &WhatIfPage::finished);
    connect(m_runner, &WhatIfRunner::failed, this, &WhatIfPage::failed);
    connect(m_runner, &WhatIfRunner::cancelled, this, &WhatIfPage::cancelled);
    setStatus(
        [] {
            return tr("Choose a scenario and run it: it is simulated twice, with uncontrolled charging and "
                      "under the scenario's policy.");
        },
        false);
    retranslate();
}

void WhatIfPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WhatIfPage::retranslate()
{
    m_title->setText(tr("What-if"));
    m_intro->setText(tr("What a scenario's policy does against uncontrolled charging (every car at full power "
                        "from arrival), simulated by the engine faster than real time."));
    m_runButton->setText(tr("&Run"));
    m_runButton->setAccessibleName(tr("Run the scenario"));
    m_runButton->setToolTip(tr("Simulate the chosen scenario uncontrolled and under its policy (Ctrl+R)."));
    m_progress->setAccessibleName(tr("What-if progress"));
    m_progress->setToolTip(tr("Simulation steps done under both controllers."));
    m_progress->setLocale(QLocale()); // its "42 %"
    m_cancelButton->setText(tr("Ca&ncel"));
    m_cancelButton->setAccessibleName(tr("Cancel the run"));
    m_cancelButton->setToolTip(tr("Stop the run (Esc); the previous result stays."));
    m_exportButton->setText(tr("&Export report…"));
    m_exportButton->setAccessibleName(tr("Export the report"));
    m_exportButton->setToolTip(tr("Save the comparison as a simulation report (parkwatt-report/1, JSON), the "
                                  "uncontrolled figures nested under \"baseline\"."));
    m_status->setAccessibleName(tr("What-if status"));
    m_summary->setAccessibleName(tr("Scenario shown"));
    m_policyTitle->setText(tr("The scenario's policy"));
    m_policy->setAccessibleName(tr("The scenario's policy"));
    m_policy->setToolTip(tr("What the planner and dispatcher were asked to do in the policy run, parts in "
                            "priority order."));
    m_gridChart->setWhat(tr("Grid import"));
    m_evChart->setWhat(tr("EV charging"));
    showScenario();
    if (m_statusText)
        m_status->setText(m_statusText());
}

void WhatIfPage::buildUi(const QStringList& scenarioDirs)
{
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(8);

    m_title = new QLabel;
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);
    m_intro = new QLabel;
    m_intro->setWordWrap(true);
    m_intro->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_intro);

    auto* runRow = new QHBoxLayout;
    m_chooser = new ScenarioChooser(scenarioDirs);
    runRow->addWidget(m_chooser, 2);
    m_runButton = new QPushButton;
    m_runButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_progress = new QProgressBar;
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_cancelButton = new QPushButton;
    m_cancelButton->setEnabled(false);
    m_exportButton = new QPushButton;
    m_exportButton->setEnabled(false);
    runRow->addWidget(m_runButton);
    runRow->addWidget(m_progress, 1);
    runRow->addWidget(m_cancelButton);
    runRow->addSpacing(12);
    runRow->addWidget(m_exportButton);
    layout->addLayout(runRow);

    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    auto* body = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    m_table = new WhatIfKpiTable;
    m_table->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_table->setFixedHeight(m_table->minimumHeight());
    left->addWidget(m_table);
    m_policyTitle = new QLabel;
    QFont headingFont = m_policyTitle->font();
    headingFont.setBold(true);
    m_policyTitle->setFont(headingFont);
    left->addSpacing(8);
    left->addWidget(m_policyTitle);
    m_policy = new QLabel;
    m_policy->setWordWrap(true);
    m_policy->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_policy->setTextInteractionFlags(Qt::TextSelectableByMouse);
    left->addWidget(m_policy);
    left->addStretch(1);
    body->addLayout(left, 2);
    auto* charts = new QVBoxLayout;
    m_gridChart = new WhatIfChart(tr("Grid import"));
    m_evChart = new WhatIfChart(tr("EV charging"));
    charts->addWidget(m_gridChart, 1);
    charts->addWidget(m_evChart, 1);
    body->addLayout(charts, 3);
    layout->addLayout(body, 1);

    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &WhatIfPage::cancel);
    connect(m_runButton, &QPushButton::clicked, this, qOverload<>(&WhatIfPage::run));
    connect(m_cancelButton, &QPushButton::clicked, this, &WhatIfPage::cancel);
    connect(m_chooser, &ScenarioChooser::opened, this, qOverload<const QString&>(&WhatIfPage::run));
    connect(m_exportButton, &QPushButton::clicked, this, &WhatIfPage::chooseExportFile);
    setTabOrder(m_chooser->combo(), m_chooser->openButton());
    setTabOrder(m_chooser->openButton(), m_runButton);
    setTabOrder(m_runButton, m_cancelButton);
    setTabOrder(m_cancelButton, m_exportButton);
    setTabOrder(m_exportButton, m_table);
}

void WhatIfPage::run()
{
    run(m_chooser->path());
}

void WhatIfPage::run(const QString& path)
{
    if (path.isEmpty())
        return;
    m_chooser->setPath(path);
    setRunning(true);
    m_progress->setValue(0);
    setStatus([path] { return tr("Reading %1…").arg(QDir::toNativeSeparators(path)); }, false);
    m_runner->run(path);
}

void WhatIfPage::cancel()
{
    if (!m_runner->isRunning())
        return;
    m_runner->cancel();
    m_cancelButton->setEnabled(false);
    setStatus([] { return tr("Cancelling…"); }, false);
}

bool WhatIfPage::isRunning() const
{
    return m_running;
}

void WhatIfPage::setRunning(bool running)
{
    m_running = running;
    m_runButton->setEnabled(!running);
    m_cancelButton->setEnabled(running);
    m_chooser->setEnabled(!running);
    m_exportButton->setEnabled(!running && m_result.has_value());
    if (running)
        m_cancelButton->setFocus();
    else if (m_cancelButton->hasFocus() || !focusWidget())
        m_runButton->setFocus();
}

void WhatIfPage::setStatus(std::function<QString()> text, bool error)
{
    m_statusIsError = error;
    m_statusText = std::move(text);
    m_status->setText(m_statusText());
    m_status->setStyleSheet(
        error
            ? QStringLiteral("color: %1; font-weight: 600;")
                  .arg(
                      (Theme::isDark(palette()) ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28)).name())
            : QString());
}

QString WhatIfPage::statusText() const
{
    return m_status->text();
}

QString WhatIfPage::keptNote() const
{
    return m_result ? tr(" The result of %1 is still shown.").arg(m_result->scenarioName) : QString();
}

void WhatIfPage::started(const QString& scenarioName, int totalSteps)
{
    setStatus(
        [scenarioName, totalSteps] {
            return tr("Simulating %1: %2 steps uncontrolled, then as many under its policy…")
                .arg(scenarioName, QLocale().toString(totalSteps / 2));
        },
        false);
}

void WhatIfPage::showProgress(int done, int total)
{
    m_progress->setValue(total > 0 ? int(100.0 * done / total) : 0);
}

void WhatIfPage::finished(const WhatIfComparison& result)
{
    m_result = result;
    setRunning(false);
    m_progress->setValue(100);
    m_table->showComparison(result.baseline.figures, result.policy.figures);
    m_gridChart->setRuns(result.startMs, result.utcOffsetS, result.baseline.series.bucketMs,
                         result.baseline.series.gridImportKw, result.policy.series.gridImportKw,
                         result.peakLimitKw);
    m_evChart->setRuns(result.startMs, result.utcOffsetS, result.baseline.series.bucketMs,
                       result.baseline.series.evChargeKw, result.policy.series.evChargeKw);
    showScenario();
    setStatus([this] { return doneText(); }, false);
}

void WhatIfPage::showScenario()
{
    if (!m_result) {
        m_summary->clear();
        m_policy->setText(tr("Run a scenario to see the policy it is run under."));
        return;
    }
    const WhatIfComparison& result = *m_result;
    const QLocale locale;
    const QString from =
        locale.toString(QDateTime::fromMSecsSinceEpoch(result.startMs, QTimeZone(result.utcOffsetS)),
                        QLocale::ShortFormat);
    const FigureFormat fmt;
    m_summary->setText(
        tr("%1 (%2): %3 h from %4, %5 chargers, %6 car sessions.")
            .arg(result.scenarioName,
                 result.file.startsWith(QLatin1Char(':')) ? tr("built in")
                                                          : QFileInfo(result.file).fileName(),
                 fmt.number(result.durationH, result.durationH == std::floor(result.durationH) ? 0 : 1), from)
            .arg(result.chargers)
            .arg(result.sessions));
    if (result.scenario)
        m_policy->setText(LiveFigures::policyInWords(result.scenario->policy));
}

QString WhatIfPage::doneText() const
{
    if (!m_result)
        return {};
    const WhatIfComparison& result = *m_result;
    const FigureFormat fmt;
    const double peakCut = result.baseline.figures.peakImportKw - result.policy.figures.peakImportKw;
    return tr("Done. The scenario's policy changes the billing peak by %1 and meets %2 of %3 EV targets "
              "(uncontrolled: %4).")
        .arg(peakCut > 0 ? QStringLiteral("−") + fmt.kw(peakCut) : QStringLiteral("+") + fmt.kw(-peakCut))
        .arg(result.policy.figures.evSessionsMet)
        .arg(result.policy.figures.evSessions)
        .arg(result.baseline.figures.evSessionsMet);
}

void WhatIfPage::failed(const QString& why)
{
    setRunning(false);
    m_progress->setValue(0);
    setStatus([this, why] { return tr("Cannot run this scenario: %1.").arg(why) + keptNote(); }, true);
}

void WhatIfPage::cancelled()
{
    setRunning(false);
    m_progress->setValue(0);
    setStatus([this] { return tr("Cancelled.") + keptNote(); }, false);
}

bool WhatIfPage::exportReport(const QString& path)
{
    if (!m_result)
        return false;
    QString error;
    if (!writeWhatIfReport(path, *m_result, &error)) {
        setStatus([error] { return error; }, true); // names the file: worded once, by WhatIfReport
        return false;
    }
    setStatus([path] { return tr("Report written to %1.").arg(QDir::toNativeSeparators(path)); }, false);
    return true;
}

void WhatIfPage::chooseExportFile()
{
    if (!m_result)
        return;
    const QString file = QFileDialog::getSaveFileName(this, tr("Export the what-if report"),
                                                      m_result->scenarioName + QStringLiteral("-report.json"),
                                                      tr("Reports (*.json)"));
    if (!file.isEmpty())
        exportReport(file);
}

} // namespace parkwatt
