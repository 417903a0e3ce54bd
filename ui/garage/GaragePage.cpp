#include "garage/GaragePage.h"

#include "garage/BayDetailPanel.h"
#include "garage/BayFilterModel.h"
#include "garage/BayOverrideBar.h"
#include "garage/BayTileDelegate.h"
#include "garage/GarageModel.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QShortcut>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace parkwatt {

namespace {
constexpr int kRefreshMs = 250;
constexpr int kAllStates = 100; // not -1: QButtonGroup gives -1 its own meaning

QString filterCaption(int state)
{
    switch (state) {
    case kAllStates:
        return GaragePage::tr("All");
    case int(BayState::Charging):
        return GaragePage::tr("Charging");
    case int(BayState::Discharging):
        return GaragePage::tr("V2B");
    case int(BayState::Waiting):
        return GaragePage::tr("Waiting");
    case int(BayState::Plugged):
        return GaragePage::tr("Plugged");
    case int(BayState::Free):
        return GaragePage::tr("Free");
    case int(BayState::Offline):
        return GaragePage::tr("Offline");
    }
    return {};
}

QString filterTooltip(int state)
{
    switch (state) {
    case kAllStates:
        return GaragePage::tr("Every bay");
    case int(BayState::Charging):
        return GaragePage::tr("Cars charging now");
    case int(BayState::Discharging):
        return GaragePage::tr("Cars feeding the building (vehicle to building)");
    case int(BayState::Waiting):
        return GaragePage::tr(
            "Cars that still need energy, held back by the plan: they wait for PV surplus or a "
            "later hour");
    case int(BayState::Plugged):
        return GaragePage::tr("Cars plugged in with nothing left to charge");
    case int(BayState::Free):
        return GaragePage::tr("Bays without a car");
    case int(BayState::Offline):
        return GaragePage::tr("Chargers that do not answer");
    }
    return {};
}
} // namespace

GaragePage::GaragePage(const SiteContext& context, QWidget* parent)
    : QWidget(parent)
    , m_format(context.utcOffsetS)
    , m_model(new GarageModel(context.site, this))
    , m_filter(new BayFilterModel(this))
    , m_delegate(new BayTileDelegate(m_format, this))
    , m_view(new QListView(this))
    , m_search(new QLineEdit(this))
    , m_states(new QButtonGroup(this))
    , m_detail(new BayDetailPanel(m_format, this))
    , m_showLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("garage"));
    m_filter->setSourceModel(m_model);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_showLabel);
    const int order[] = {kAllStates,
                         int(BayState::Charging),
                         int(BayState::Discharging),
                         int(BayState::Waiting),
                         int(BayState::Plugged),
                         int(BayState::Free),
                         int(BayState::Offline)};
    for (int state : order) {
        auto* button = new QToolButton(this);
        button->setCheckable(true);
        button->setAutoRaise(false);
        button->setProperty("bayState", state);
        button->setFocusPolicy(Qt::StrongFocus);
        m_states->addButton(button, state);
        bar->addWidget(button);
    }
    m_states->setExclusive(true);
    m_states->button(kAllStates)->setChecked(true);
    bar->addStretch(1);
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(260);
    bar->addWidget(m_search);

    m_view->setModel(m_filter);
    m_view->setItemDelegate(m_delegate);
    m_view->setViewMode(QListView::IconMode);
    m_view->setFlow(QListView::LeftToRight);
    m_view->setWrapping(true);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setMovement(QListView::Static);
    // Every tile is the same size: the view lays out 1,000 bays without asking each one.
    m_view->setUniformItemSizes(true);
    m_view->setGridSize(BayTileDelegate::kTileSize); // retranslate() fits it to the language
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setMouseTracking(true);
    m_view->setSpacing(0);
    // Tiles wrap to the width: only ever scroll down.
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(bar);
    leftLayout->addWidget(m_view, 1);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    m_detail->setMinimumWidth(380);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_states, &QButtonGroup::idClicked, this, [this](int state) {
        m_filter->setState(state == kAllStates ? std::nullopt : std::optional(BayState(state)));
    });
    connect(m_search, &QLineEdit::textChanged, m_filter, &BayFilterModel::setSearch);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &GaragePage::showChosenBay);
    connect(m_model, &GarageModel::countsChanged, this, &GaragePage::updateButtonTexts);
    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, &GaragePage::focusSearch);
    // Enter in the search field goes to the first bay found.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_filter->rowCount() > 0) {
            m_view->setCurrentIndex(m_filter->index(0, 0));
            m_view->setFocus();
        }
    });

    m_refresh.setInterval(kRefreshMs);
    connect(&m_refresh, &QTimer::timeout, this, [this] {
        if (m_pending && isVisible())
            refreshNow();
    });
    m_refresh.start();
    retranslate();
}

void GaragePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void GaragePage::retranslate()
{
    m_view->setGridSize(m_delegate->tileSize(m_view->font()));
    m_showLabel->setText(tr("Show:"));
    for (QAbstractButton* button : m_states->buttons())
        button->setToolTip(filterTooltip(button->property("bayState").toInt()));
    updateButtonTexts();
    m_search->setPlaceholderText(tr("Search bay (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search bay"));
    m_view->setAccessibleName(tr("Bays"));
    // The tiles are painted from the model: new words and digits on the next paint.
    m_model->retranslate();
    m_view->viewport()->update();
}

QAbstractButton* GaragePage::stateButton(std::optional<int> state) const
{
    return m_states->button(state.value_or(kAllStates));
}

void GaragePage::updateButtonTexts()
{
    for (QAbstractButton* button : m_states->buttons()) {
        const int state = button->property("bayState").toInt();
        const int count = state == kAllStates ? m_model->rowCount() : m_model->countIn(BayState(state));
        button->setText(tr("%1 (%2)").arg(filterCaption(state), m_format.locale().toString(count)));
    }
}

void GaragePage::showCycle(const PublishedCycle& cycle)
{
    m_traces.add(cycle);
    m_pending = cycle;
}

void GaragePage::startNewDay()
{
    m_traces.clear();
}

void GaragePage::refreshNow()
{
    if (m_pending) {
        m_model->update(*m_pending);
        m_pending.reset();
    }
    showChosenBay();
}

void GaragePage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool GaragePage::chooseBay(const QString& bayId)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->status(row).bayId != bayId)
            continue;
        QModelIndex index = m_filter->mapFromSource(m_model->index(row));
        if (!index.isValid()) {
            m_search->clear();
            m_states->button(kAllStates)->click();
            index = m_filter->mapFromSource(m_model->index(row));
        }
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
        return true;
    }
    return false;
}

void GaragePage::setControl(SiteControl* control, const Operator& by)
{
    m_detail->overrideBar()->setControl(control, by);
}

void GaragePage::showChosenBay()
{
    const QModelIndex current = m_filter->mapToSource(m_view->currentIndex());
    if (!current.isValid()) {
        m_detail->showNothing();
        return;
    }
    m_detail->showBay(m_model->status(current.row()), m_traces.trace(size_t(current.row())));
}

} // namespace parkwatt
