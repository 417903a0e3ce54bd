#include "policies/PolicyPreviewPanel.h"

#include "policies/PreviewChart.h"
#include "policies/PreviewKpiTable.h"
#include "policies/PreviewScenarioLoader.h"
#include "policies/PolicyStyle.h"

#include <QButtonGroup>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace parkwatt {

PolicyPreviewPanel::PolicyPreviewPanel(const SiteContext& context, const QString& databasePath, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_databasePath(databasePath)
    , m_loader(new PreviewScenarioLoader(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
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

    // Source
    auto* sourceRow = new QHBoxLayout;
    m_historyChoice = new QRadioButton;
    m_historyChoice->setEnabled(!m_databasePath.isEmpty());
    m_fileChoice = new QRadioButton;
    m_browseButton = new QPushButton;
    auto* group = new QButtonGroup(this);
    group->addButton(m_historyChoice);
    group->addButton(m_fileChoice);
    sourceRow->addWidget(m_historyChoice);
    sourceRow->addWidget(m_fileChoice);
    sourceRow->addWidget(m_browseButton);
    sourceRow->addStretch(1);
    layout->addLayout(sourceRow);

    // Run
    auto* runRow = new QHBoxLayout;
    m_previewButton = new QPushButton;
    m_previewButton->setDefault(false);
    m_progress = new QProgressBar;
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_cancelButton = new QPushButton;
    m_cancelButton->setEnabled(false);
    runRow->addWidget(m_previewButton);
    runRow->addWidget(m_progress, 1);
    runRow->addWidget(m_cancelButton);
    layout->addLayout(runRow);

    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    m_table = new PreviewKpiTable;
    layout->addWidget(m_table);
    m_chart = new PreviewChart;
    layout->addWidget(m_chart, 1);

    connect(m_historyChoice, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            useHistory();
    });
    // Only the user's click asks for a file: a panel that starts on "scenario file" (an engine
    // without history, e.g. a remote one) must not open a dialog by itself.
    connect(m_fileChoice, &QRadioButton::clicked, this, [this](bool on) {
        if (on && m_file.isEmpty())
            chooseFile();
    });
    connect(m_browseButton, &QPushButton::clicked, this, &PolicyPreviewPanel::chooseFile);
    connect(m_previewButton, &QPushButton::clicked, this, &PolicyPreviewPanel::previewRequested);
    connect(m_cancelButton, &QPushButton::clicked, this, &PolicyPreviewPanel::cancel);
    connect(m_loader, &PreviewScenarioLoader::loaded, this, &PolicyPreviewPanel::scenarioLoaded);
    connect(m_loader, &PreviewScenarioLoader::failed, this, [this](const QString& why) {
        setStage(Stage::Idle);
        setStatus([why] { return tr("The preview cannot run: %1").arg(why); }, true);
        emit failed(why);
    });
    if (m_databasePath.isEmpty()) {
        m_fileChoice->setChecked(true);
        setStatus([] { return tr("Choose a scenario file: the engine records no history to replay."); });
    } else {
        m_historyChoice->setChecked(true);
        setStatus([] { return tr("Edit the policy, then preview it on the last 7 recorded days."); });
    }
    setStage(Stage::Idle);
    retranslate();
}

void PolicyPreviewPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PolicyPreviewPanel::retranslate()
{
    m_title->setText(tr("Preview"));
    m_intro->setText(tr("What the edited policy would have done, against the policy in force, replayed "
                        "by the engine's simulation on the same days."));
    m_historyChoice->setText(tr("&Last 7 recorded days"));
    m_historyChoice->setAccessibleName(tr("Preview on the last 7 recorded days"));
    m_historyChoice->setToolTip(m_databasePath.isEmpty()
                                    ? tr("The engine records no history, so there are no days to replay.")
                                    : tr("Replay PV, building load and the cars' sessions as the site's database "
                                         "recorded them over the last 7 days."));
    showFileChoice();
    m_fileChoice->setAccessibleName(tr("Preview on a scenario file"));
    m_browseButton->setText(tr("&Browse…"));
    m_browseButton->setAccessibleName(tr("Choose a scenario file"));
    m_browseButton->setToolTip(tr("Choose the scenario file to preview on."));
    m_previewButton->setText(tr("&Preview edited policy"));
    m_previewButton->setAccessibleName(tr("Preview the edited policy"));
    m_progress->setAccessibleName(tr("Preview progress"));
    m_progress->setToolTip(tr("Simulation steps done under both policies."));
    m_progress->setLocale(QLocale()); // its "42 %"
    m_cancelButton->setText(tr("Ca&ncel"));
    m_cancelButton->setAccessibleName(tr("Cancel the preview"));
    m_cancelButton->setToolTip(tr("Stop the preview; nothing is shown for it."));
    m_status->setAccessibleName(tr("Preview status"));
    if (m_statusText)
        m_status->setText(m_statusText());
    setStage(m_stage); // the preview button's tooltip
}

void PolicyPreviewPanel::showFileChoice()
{
    if (m_file.isEmpty()) {
        m_fileChoice->setText(tr("Scenario &file"));
        m_fileChoice->setToolTip(tr("Replay a scenario file (parkwatt-scenario/1) instead of the recorded days."));
    } else {
        m_fileChoice->setText(tr("Scenario &file: %1").arg(QFileInfo(m_file).fileName()));
        m_fileChoice->setToolTip(m_file);
    }
}

PolicyPreviewPanel::~PolicyPreviewPanel() = default;

void PolicyPreviewPanel::useHistory()
{
    if (m_databasePath.isEmpty())
        return;
    m_historyChoice->setChecked(true);
    m_browseButton->setText(tr("&Browse…"));
}

void PolicyPreviewPanel::useScenarioFile(const QString& path)
{
    m_file = path;
    m_fileChoice->setChecked(true);
    showFileChoice();
}

bool PolicyPreviewPanel::usesHistory() const
{
    return m_historyChoice->isChecked();
}

void PolicyPreviewPanel::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Scenario to preview on"),
                                                      m_file.isEmpty() ? QString() : QFileInfo(m_file).path(),
                                                      tr("Scenarios (*.json);;All files (*)"));
    if (!path.isEmpty())
        useScenarioFile(path);
    else if (m_file.isEmpty())
        useHistory();
}

void PolicyPreviewPanel::start(const Policy& current, const Policy& edited)
{
    if (m_stage != Stage::Idle) {
        m_loader->abandon();
        m_preview.reset(); // cancels it and waits a few steps; its queued answers are dropped
    }
    m_current = current;
    m_edited = edited;
    m_elapsed.start();
    setStage(Stage::Loading);
    m_table->clearResult();
    m_chart->clearRuns();
    if (usesHistory()) {
        setStatus([] { return tr("Reading the last 7 recorded days…"); });
        m_loader->loadHistory(m_databasePath, m_context.site, m_context.utcOffsetS, 7);
    } else if (!m_file.isEmpty()) {
        setStatus([name = QFileInfo(m_file).fileName()] { return tr("Reading %1…").arg(name); });
        m_loader->loadFile(m_file);
    } else {
        setStage(Stage::Idle);
        setStatus([] { return tr("Choose a scenario file first."); }, true);
    }
}

void PolicyPreviewPanel::scenarioLoaded(const Scenario& scenario, const PreviewSource& source)
{
    if (m_stage != Stage::Loading)
        return;
    m_source = source;
    m_startMs = scenario.startMs;
    // A fresh preview object per run: a superseded one's answers never reach this panel.
    m_preview = std::make_unique<PolicyPreview>();
    connect(m_preview.get(), &PolicyPreview::progress, this, &PolicyPreviewPanel::showProgress);
    connect(m_preview.get(), &PolicyPreview::finished, this, &PolicyPreviewPanel::showResult);
    connect(m_preview.get(), &PolicyPreview::cancelled, this, [this] {
        setStage(Stage::Idle);
        m_progress->setValue(0);
        setStatus([] { return tr("Preview cancelled."); });
        emit cancelled();
    });
    setStage(Stage::Running);
    setStatus([this] { return tr("Simulating %1 under both policies…").arg(PreviewScenarioLoader::describe(m_source)); });
    m_preview->start(scenario, m_current, m_edited);
}

void PolicyPreviewPanel::showProgress(int done, int total)
{
    if (m_stage != Stage::Running)
        return;
    if (m_progress->maximum() != total)
        m_progress->setRange(0, total);
    m_progress->setValue(done);
}

void PolicyPreviewPanel::showResult(const PreviewResult& result)
{
    if (m_stage != Stage::Running)
        return;
    setStage(Stage::Idle);
    m_progress->setRange(0, 100);
    m_progress->setValue(100);
    m_table->setResult(result);
    m_chart->setRuns(m_startMs, m_context.utcOffsetS, result.current, result.edited,
                     m_edited.peakShaving.enabled ? std::optional(m_edited.peakShaving.importLimitKw) : std::nullopt);
    setStatus([this, seconds = double(m_elapsed.elapsed()) / 1000.0] {
        return tr("Previewed on %1 (%2 s).")
            .arg(PreviewScenarioLoader::describe(m_source), QLocale().toString(seconds, 'f', 1));
    });
    emit finished();
}

void PolicyPreviewPanel::cancel()
{
    if (m_stage == Stage::Loading) {
        m_loader->abandon();
        setStage(Stage::Idle);
        setStatus([] { return tr("Preview cancelled."); });
        emit cancelled();
    } else if (m_stage == Stage::Running) {
        m_cancelButton->setEnabled(false);
        setStatus([] { return tr("Cancelling…"); });
        m_preview->cancel(); // its cancelled() follows within a few steps
    }
}

void PolicyPreviewPanel::markStale()
{
    if (m_stage == Stage::Idle && m_table->isFilled())
        setStatus([this] {
            return tr("Previewed on %1. The policy has been edited since: preview again to see the edit.")
                .arg(PreviewScenarioLoader::describe(m_source));
        });
}

void PolicyPreviewPanel::setStartAllowed(bool allowed, const QString& why)
{
    m_startAllowed = allowed;
    m_startBlockedWhy = why;
    setStage(m_stage);
}

void PolicyPreviewPanel::setStage(Stage stage)
{
    m_stage = stage;
    const bool idle = stage == Stage::Idle;
    m_previewButton->setEnabled(idle && m_startAllowed);
    m_previewButton->setToolTip(m_startAllowed ? tr("Run the chosen days under the current and the edited policy, "
                                                    "side by side.")
                                               : m_startBlockedWhy);
    m_cancelButton->setEnabled(!idle);
    m_historyChoice->setEnabled(idle && !m_databasePath.isEmpty());
    m_fileChoice->setEnabled(idle);
    m_browseButton->setEnabled(idle);
    if (stage == Stage::Loading) {
        m_progress->setRange(0, 0); // busy: reading the database
    } else if (stage == Stage::Running) {
        m_progress->setRange(0, 100);
        m_progress->setValue(0);
    } else if (m_progress->maximum() == 0) {
        m_progress->setRange(0, 100);
        m_progress->setValue(0);
    }
}

void PolicyPreviewPanel::setStatus(std::function<QString()> text, bool problem)
{
    m_statusText = std::move(text);
    m_status->setText(m_statusText());
    m_status->setStyleSheet(problemStyle(problem));
}

QString PolicyPreviewPanel::statusText() const
{
    return m_status->text();
}

} // namespace parkwatt
