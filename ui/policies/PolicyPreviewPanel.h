#pragma once
// The preview of a policy edit: the last 7 recorded days (or a scenario file) replayed under the
// current and the edited policy off the GUI thread (PreviewScenarioLoader, then PolicyPreview),
// with a progress bar and Cancel, and the outcome side by side (PreviewKpiTable, PreviewChart).
// The page decides which policies; the panel asks for them with previewRequested().

#include "common/SiteContext.h"
#include "engine/PolicyPreview.h"
#include "policies/PreviewScenarioLoader.h"

#include <QElapsedTimer>
#include <QWidget>
#include <functional>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace parkwatt {

class PreviewChart;
class PreviewKpiTable;
class PreviewScenarioLoader;

class PolicyPreviewPanel : public QWidget {
    Q_OBJECT
public:
    enum class Stage { Idle, Loading, Running };

    // `databasePath`: the site's recorded history (empty: none; then only a file can be previewed).
    PolicyPreviewPanel(const SiteContext& context, const QString& databasePath, QWidget* parent = nullptr);
    ~PolicyPreviewPanel() override;

    void useHistory();
    void useScenarioFile(const QString& path);
    bool usesHistory() const;
    QString scenarioFile() const { return m_file; }

    // Loads the scenario, then runs it under both policies. A preview in progress is cancelled first.
    void start(const Policy& current, const Policy& edited);
    void cancel();
    Stage stage() const { return m_stage; }
    bool isBusy() const { return m_stage != Stage::Idle; }
    // The Preview button's state (the page disables it while the edited policy is invalid).
    void setStartAllowed(bool allowed, const QString& why);
    // The policy was edited after the figures shown were computed.
    void markStale();

    QString statusText() const;
    QPushButton* previewButton() const { return m_previewButton; }
    QPushButton* cancelButton() const { return m_cancelButton; }
    QProgressBar* progressBar() const { return m_progress; }
    PreviewKpiTable* table() const { return m_table; }
    PreviewChart* chart() const { return m_chart; }

signals:
    void previewRequested();
    void finished();
    void cancelled();
    void failed(const QString& why);

protected:
    void changeEvent(QEvent* event) override;

private:
    // Every text of the panel in the current language; the status line is worded again.
    void retranslate();
    void showFileChoice();
    void chooseFile();
    void scenarioLoaded(const Scenario& scenario, const PreviewSource& source);
    void showResult(const PreviewResult& result);
    void showProgress(int done, int total);
    void setStage(Stage stage);
    // Kept as how to word it, so a language switch re-words the status on screen.
    void setStatus(std::function<QString()> text, bool problem = false);

    SiteContext m_context;
    QString m_databasePath;
    QString m_file;
    Policy m_current, m_edited;
    Stage m_stage = Stage::Idle;
    PreviewSource m_source;
    std::function<QString()> m_statusText;
    TimeMs m_startMs = 0;
    QElapsedTimer m_elapsed;
    bool m_startAllowed = true;
    QString m_startBlockedWhy;

    PreviewScenarioLoader* m_loader = nullptr;
    std::unique_ptr<PolicyPreview> m_preview;
    QLabel* m_title = nullptr;
    QLabel* m_intro = nullptr;
    QRadioButton* m_historyChoice = nullptr;
    QRadioButton* m_fileChoice = nullptr;
    QPushButton* m_browseButton = nullptr;
    QPushButton* m_previewButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    PreviewKpiTable* m_table = nullptr;
    PreviewChart* m_chart = nullptr;
};

} // namespace parkwatt
