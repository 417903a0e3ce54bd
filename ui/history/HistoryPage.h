#pragma once
// The History page: a range (presets, custom, zoom and pan on the chart), the site's series
// on and off with a crosshair read-out, energy per day for a week or more, and export of the
// shown range. Reads the database at `databasePath` off the GUI thread (HistoryLoader).

#include "history/HistoryLoader.h"
#include "history/HistoryRange.h"

#include <QWidget>
#include <functional>

class QButtonGroup;
class QCheckBox;
class QDateTimeEdit;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace parkwatt {

class HistoryChart;
class DailyEnergyChart;

class HistoryPage : public QWidget {
    Q_OBJECT

public:
    // `now` is the clock for presets (tests and the demo pass their own).
    explicit HistoryPage(const QString& databasePath, QWidget* parent = nullptr,
                         std::function<TimeMs()> now = {});
    ~HistoryPage() override;

    const HistoryRange& range() const { return m_range; }
    void setRange(const HistoryRange& range);
    void showPreset(HistoryRange::Preset preset);
    void setSeriesShown(const QString& name, bool shown);

    HistoryChart* chart() const { return m_chart; }
    DailyEnergyChart* dailyChart() const { return m_daily; }
    // The message shown instead of the chart (empty state, error); empty while data shows.
    QString message() const;
    bool isLoading() const { return m_loading; }

    // Export the shown range and shown series. CSV is written off the GUI thread and reported
    // by csvExported(); PNG is a grab of the chart (GUI thread, it is only a paint).
    void exportCsv(const QString& path);
    bool exportPng(const QString& path, QString* error);

signals:
    void rangeLoaded(); // data or a message is on screen for the current range
    void csvExported(const QString& path, bool ok, const QString& error);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    // Every text of the page in the current language, figures and dates in the default locale.
    void retranslate();
    static QString presetName(HistoryRange::Preset preset);
    void requestSoon();
    void requestNow();
    void showResult(const HistoryResult& result);
    // Kept as how to word it, so a language switch re-words the message on screen.
    void showMessage(std::function<QString()> text);
    void syncControls();
    void chooseCsvFile();
    void choosePngFile();

    QString m_path;
    std::function<TimeMs()> m_now;
    HistoryRange m_range;
    HistoryLoader* m_loader = nullptr;
    QTimer* m_debounce = nullptr;
    bool m_loading = false;

    QButtonGroup* m_presets = nullptr;
    QLabel* m_fromLabel = nullptr;
    QLabel* m_toLabel = nullptr;
    QPushButton* m_apply = nullptr;
    QPushButton* m_csvButton = nullptr;
    QPushButton* m_pngButton = nullptr;
    QDateTimeEdit* m_fromEdit = nullptr;
    QDateTimeEdit* m_toEdit = nullptr;
    std::vector<std::pair<QString, QCheckBox*>> m_seriesBoxes;
    QLabel* m_readout = nullptr;
    QLabel* m_messageLabel = nullptr;
    std::function<QString()> m_message;
    QStackedWidget* m_stack = nullptr;
    HistoryChart* m_chart = nullptr;
    DailyEnergyChart* m_daily = nullptr;
};

} // namespace parkwatt
