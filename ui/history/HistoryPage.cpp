#include "history/HistoryPage.h"

#include "history/DailyEnergyChart.h"
#include "history/HistoryChart.h"
#include "history/HistoryExport.h"
#include "history/HistorySeries.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QPushButton>
#include <QStackedWidget>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace parkwatt {

namespace {
constexpr int kDebounceMs = 120;        // a wheel spin or a drag is one query, not twenty
constexpr double kPointsPerPixel = 2.0; // more cannot be seen (field facts)
constexpr TimeMs kDailyBarsFromMs = 7 * 24 * 3600 * kMsPerSecond;
constexpr HistoryRange::Preset kPresets[] = {HistoryRange::Preset::Day, HistoryRange::Preset::Week,
                                             HistoryRange::Preset::Month, HistoryRange::Preset::Year};
} // namespace

HistoryPage::HistoryPage(const QString& databasePath, QWidget* parent, std::function<TimeMs()> now)
    : QWidget(parent)
    , m_path(databasePath)
    , m_now(now ? std::move(now) : [] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_loader = new HistoryLoader(m_path, this);
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &HistoryPage::requestNow);
    connect(m_loader, &HistoryLoader::loaded, this, &HistoryPage::showResult);
    buildUi();
    m_range.setPreset(HistoryRange::Preset::Day, m_now());
    syncControls();
    requestSoon();
    retranslate();
}

HistoryPage::~HistoryPage()
{
    // A CSV export still writing reports back to this page: let it finish first.
    for (QThread* thread : findChildren<QThread*>(QString(), Qt::FindDirectChildrenOnly))
        thread->wait();
}

void HistoryPage::buildUi()
{
    auto* layout = new QVBoxLayout(this);

    auto* rangeRow = new QHBoxLayout;
    m_presets = new QButtonGroup(this);
    m_presets->setExclusive(true);
    for (const HistoryRange::Preset preset : kPresets) {
        auto* button = new QPushButton(this);
        button->setCheckable(true);
        m_presets->addButton(button, int(preset));
        rangeRow->addWidget(button);
    }
    connect(m_presets, &QButtonGroup::idClicked, this,
            [this](int id) { showPreset(HistoryRange::Preset(id)); });
    rangeRow->addSpacing(16);
    m_fromEdit = new QDateTimeEdit(this);
    m_toEdit = new QDateTimeEdit(this);
    for (QDateTimeEdit* edit : {m_fromEdit, m_toEdit})
        edit->setCalendarPopup(true);
    m_fromLabel = new QLabel(this);
    m_toLabel = new QLabel(this);
    rangeRow->addWidget(m_fromLabel);
    rangeRow->addWidget(m_fromEdit);
    rangeRow->addWidget(m_toLabel);
    rangeRow->addWidget(m_toEdit);
    m_apply = new QPushButton(this);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        setRange(HistoryRange(m_fromEdit->dateTime().toMSecsSinceEpoch(),
                              m_toEdit->dateTime().toMSecsSinceEpoch()));
    });
    rangeRow->addWidget(m_apply);
    rangeRow->addStretch(1);
    m_csvButton = new QPushButton(this);
    m_pngButton = new QPushButton(this);
    connect(m_csvButton, &QPushButton::clicked, this, &HistoryPage::chooseCsvFile);
    connect(m_pngButton, &QPushButton::clicked, this, &HistoryPage::choosePngFile);
    rangeRow->addWidget(m_csvButton);
    rangeRow->addWidget(m_pngButton);
    layout->addLayout(rangeRow);

    auto* seriesRow = new QHBoxLayout;
    for (const HistorySeriesInfo& info : HistorySeries::all()) {
        auto* box = new QCheckBox(this);
        box->setChecked(true);
        // A swatch of the line's colour: the check boxes are the chart's legend.
        QPixmap swatch(12, 12);
        swatch.fill(info.color);
        box->setIcon(QIcon(swatch));
        connect(box, &QCheckBox::toggled, this,
                [this, name = info.name](bool on) { setSeriesShown(name, on); });
        seriesRow->addWidget(box);
        m_seriesBoxes.emplace_back(info.name, box);
    }
    seriesRow->addStretch(1);
    layout->addLayout(seriesRow);

    m_readout = new QLabel(this);
    m_readout->setObjectName(QStringLiteral("historyReadout"));
    m_readout->setMinimumHeight(m_readout->fontMetrics().height());
    layout->addWidget(m_readout);

    m_stack = new QStackedWidget(this);
    auto* charts = new QWidget(m_stack);
    auto* chartsLayout = new QVBoxLayout(charts);
    chartsLayout->setContentsMargins(0, 0, 0, 0);
    m_chart = new HistoryChart(charts);
    m_daily = new DailyEnergyChart(charts);
    chartsLayout->addWidget(m_chart, 3);
    chartsLayout->addWidget(m_daily, 2);
    m_messageLabel = new QLabel(m_stack);
    m_messageLabel->setAlignment(Qt::AlignCenter);
    m_messageLabel->setWordWrap(true);
    m_stack->addWidget(charts);
    m_stack->addWidget(m_messageLabel);
    layout->addWidget(m_stack, 1);

    connect(m_chart, &HistoryChart::readoutChanged, m_readout, [this](const QString& text) {
        m_readout->setText(text.isEmpty() ? tr("Point at the chart to read its values") : text);
    });
    connect(m_chart, &HistoryChart::zoomRequested, this, [this](double factor, qint64 anchor) {
        HistoryRange next = m_range;
        next.zoom(factor, anchor);
        setRange(next);
    });
    connect(m_chart, &HistoryChart::panRequested, this, [this](qint64 delta) {
        HistoryRange next = m_range;
        next.pan(delta);
        setRange(next);
    });
    connect(m_chart, &HistoryChart::rangeSelected, this,
            [this](qint64 from, qint64 to) { setRange(HistoryRange(from, to)); });
}

QString HistoryPage::presetName(HistoryRange::Preset preset)
{
    switch (preset) {
    case HistoryRange::Preset::Day:
        return tr("Day");
    case HistoryRange::Preset::Week:
        return tr("Week");
    case HistoryRange::Preset::Month:
        return tr("Month");
    case HistoryRange::Preset::Year:
        return tr("Year");
    case HistoryRange::Preset::Custom:
        break;
    }
    return {};
}

void HistoryPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void HistoryPage::retranslate()
{
    for (const HistoryRange::Preset preset : kPresets) {
        QAbstractButton* button = m_presets->button(int(preset));
        const QString name = presetName(preset);
        button->setText(name);
        button->setToolTip(tr("Show the last %1").arg(name.toLower()));
    }
    m_fromLabel->setText(tr("From"));
    m_toLabel->setText(tr("to"));
    m_fromEdit->setAccessibleName(tr("From"));
    m_toEdit->setAccessibleName(tr("To"));
    // The edits keep their date; only how it is written follows the locale.
    for (QDateTimeEdit* edit : {m_fromEdit, m_toEdit}) {
        edit->setLocale(QLocale());
        edit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    }
    m_apply->setText(tr("Show"));
    m_apply->setToolTip(tr("Show the range between the two dates"));
    m_csvButton->setText(tr("Export CSV…"));
    m_pngButton->setText(tr("Export PNG…"));
    const std::vector<HistorySeriesInfo> series = HistorySeries::all();
    for (size_t i = 0; i < series.size() && i < m_seriesBoxes.size(); ++i) {
        const HistorySeriesInfo& info = series[i];
        QCheckBox* box = m_seriesBoxes[i].second;
        box->setText(info.label);
        box->setToolTip(info.percent ? tr("Show %1 (right-hand axis, %)").arg(info.label)
                                     : tr("Show %1 (kW)").arg(info.label));
    }
    // The chart drops its crosshair read-out on a language switch (HistoryChart::retranslate).
    m_readout->setText(tr("Point at the chart to read its values"));
    m_readout->setAccessibleName(tr("Values under the mouse"));
    if (m_message)
        m_messageLabel->setText(m_message());
}

void HistoryPage::showPreset(HistoryRange::Preset preset)
{
    HistoryRange next;
    next.setPreset(preset, m_now());
    setRange(next);
    // A preset is one deliberate choice: ask at once (the debounce is for wheel spins and drags).
    m_debounce->stop();
    requestNow();
}

void HistoryPage::setRange(const HistoryRange& range)
{
    m_range = range;
    syncControls();
    // The axis follows at once so a drag or a wheel feels immediate; data follows the query.
    m_chart->setRange(m_range.fromMs(), m_range.toMs());
    requestSoon();
}

void HistoryPage::syncControls()
{
    if (QAbstractButton* button = m_presets->button(int(m_range.preset())))
        button->setChecked(true);
    else if (QAbstractButton* checked = m_presets->checkedButton()) {
        m_presets->setExclusive(false); // an exclusive group cannot uncheck its last button
        checked->setChecked(false);
        m_presets->setExclusive(true);
    }
    m_fromEdit->setDateTime(QDateTime::fromMSecsSinceEpoch(m_range.fromMs()));
    m_toEdit->setDateTime(QDateTime::fromMSecsSinceEpoch(m_range.toMs()));
}

void HistoryPage::setSeriesShown(const QString& name, bool shown)
{
    m_chart->setSeriesShown(name, shown);
    for (auto& [boxName, box] : m_seriesBoxes)
        if (boxName == name && box->isChecked() != shown)
            box->setChecked(shown);
}

void HistoryPage::requestSoon()
{
    m_loading = true;
    m_debounce->start();
}

void HistoryPage::requestNow()
{
    HistoryRequest request;
    for (const HistorySeriesInfo& info : HistorySeries::all())
        request.series << info.name;
    request.fromMs = m_range.fromMs();
    request.toMs = m_range.toMs();
    request.maxPoints = std::max(1, int(kPointsPerPixel * m_chart->plotWidth()));
    request.withDailyEnergy = m_range.spanMs() >= kDailyBarsFromMs;
    m_chart->setRange(request.fromMs, request.toMs);
    m_loader->load(request);
}

void HistoryPage::showResult(const HistoryResult& result)
{
    if (m_debounce->isActive())
        return; // a newer range is already waiting for its query
    m_loading = false;
    if (result.error) {
        showMessage([this, why = result.error->message] {
            return tr("History cannot be read from %1:\n%2").arg(m_path, why);
        });
    } else if (result.isEmpty()) {
        showMessage([] { return tr("No history recorded yet for this range."); });
    } else {
        m_chart->setData(result.series);
        // Visible first: a hidden chart view does not lay out its new axes.
        m_daily->setVisible(result.request.withDailyEnergy && !result.daily.empty());
        m_daily->setDays(result.daily);
        m_message = nullptr;
        m_messageLabel->clear();
        m_stack->setCurrentIndex(0);
    }
    emit rangeLoaded();
}

void HistoryPage::showMessage(std::function<QString()> text)
{
    m_message = std::move(text);
    m_messageLabel->setText(m_message());
    m_stack->setCurrentIndex(1);
}

QString HistoryPage::message() const
{
    return m_stack->currentIndex() == 1 ? m_messageLabel->text() : QString();
}

void HistoryPage::exportCsv(const QString& path)
{
    QStringList shown;
    for (const auto& [name, box] : m_seriesBoxes)
        if (box->isChecked())
            shown << name;
    const TimeMs from = m_range.fromMs();
    const TimeMs to = m_range.toMs();
    const int maxPoints = std::max(1, int(kPointsPerPixel * m_chart->plotWidth()));
    QThread* thread = QThread::create([this, dbPath = m_path, shown, from, to, maxPoints, path] {
        QString error;
        const bool ok = exportHistoryCsv(dbPath, shown, from, to, maxPoints, path, &error);
        QMetaObject::invokeMethod(
            this, [this, path, ok, error] { emit csvExported(path, ok, error); }, Qt::QueuedConnection);
    });
    thread->setParent(this); // waited for in the destructor
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

bool HistoryPage::exportPng(const QString& path, QString* error)
{
    return exportWidgetPng(*m_stack, path, error);
}

void HistoryPage::chooseCsvFile()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export history as CSV"), QString(), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

void HistoryPage::choosePngFile()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export chart as PNG"), QString(), tr("PNG images (*.png)"));
    QString error;
    if (!path.isEmpty() && !exportPng(path, &error))
        showMessage([error] { return error; }); // names the file: worded once, by HistoryExport
}

} // namespace parkwatt
