#pragma once
// Page 5 of the control room: run a scenario (a shipped one or a file) on the engine's what-if,
// uncontrolled and under the scenario's policy, and compare the two: the report's figures side by
// side and grid import and EV charging over time. The runs happen on a worker thread with progress
// and cancel; a scenario file that cannot be read is named with its field and the previous result
// stays. The comparison can be exported as the simulation report (JSON).

#include "whatif/WhatIfRunner.h"

#include <QStringList>
#include <QWidget>
#include <functional>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace parkwatt {

class ScenarioChooser;
class WhatIfChart;
class WhatIfKpiTable;

class WhatIfPage : public QWidget {
    Q_OBJECT
public:
    // `scenarioDirs`: folders whose *.json scenarios the chooser offers besides the demo garage.
    explicit WhatIfPage(const QStringList& scenarioDirs = {}, QWidget* parent = nullptr);

    // Runs `path` (also chooses it); what the Run button does with the chosen scenario.
    void run(const QString& path);
    void run();
    void cancel();
    bool isRunning() const;
    // Writes the shown comparison as a report; false (and the status says why) when it cannot.
    bool exportReport(const QString& path);

    const std::optional<WhatIfComparison>& result() const { return m_result; }
    QString statusText() const;
    bool statusIsError() const { return m_statusIsError; }

    ScenarioChooser* chooser() const { return m_chooser; }
    WhatIfKpiTable* table() const { return m_table; }
    WhatIfChart* gridChart() const { return m_gridChart; }
    WhatIfChart* evChart() const { return m_evChart; }
    QPushButton* runButton() const { return m_runButton; }
    QPushButton* cancelButton() const { return m_cancelButton; }
    QPushButton* exportButton() const { return m_exportButton; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* policyLabel() const { return m_policy; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi(const QStringList& scenarioDirs);
    // Every text of the page in the current language, figures and dates in the default locale; the
    // result shown stays.
    void retranslate();
    // The summary and the policy of the result shown (or the hint before the first run).
    void showScenario();
    QString doneText() const;
    void setRunning(bool running);
    // Kept as how to word it, so a language switch re-words the status on screen.
    void setStatus(std::function<QString()> text, bool error);
    void started(const QString& scenarioName, int totalSteps);
    void showProgress(int done, int total);
    void finished(const WhatIfComparison& result);
    void failed(const QString& why);
    void cancelled();
    void chooseExportFile();
    QString keptNote() const;

    WhatIfRunner* m_runner = nullptr;
    std::optional<WhatIfComparison> m_result;
    bool m_statusIsError = false;
    std::function<QString()> m_statusText;
    bool m_running = false;

    QLabel* m_title = nullptr;
    QLabel* m_intro = nullptr;
    QLabel* m_policyTitle = nullptr;
    ScenarioChooser* m_chooser = nullptr;
    QPushButton* m_runButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_policy = nullptr;
    WhatIfKpiTable* m_table = nullptr;
    WhatIfChart* m_gridChart = nullptr;
    WhatIfChart* m_evChart = nullptr;
};

} // namespace parkwatt
