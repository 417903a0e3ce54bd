#pragma once
// Page 2 of the control room: every bay of the garage as tiles in one virtualised view, narrowed
// by state and by a search on the bay id, and the chosen bay in detail beside it. Fed one cycle at
// a time; the view is refreshed a few times a second at most, however fast the cycles come.

#include "common/FigureFormat.h"
#include "common/SiteContext.h"
#include "engine/SiteControl.h"
#include "garage/SessionTraces.h"
#include "model/PublishedCycle.h"

#include <QTimer>
#include <QWidget>
#include <optional>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QListView;
class QAbstractButton;

namespace parkwatt {

class BayDetailPanel;
class BayFilterModel;
class BayTileDelegate;
class GarageModel;

class GaragePage : public QWidget {
    Q_OBJECT
public:
    explicit GaragePage(const SiteContext& context, QWidget* parent = nullptr);

    GarageModel* model() const { return m_model; }
    BayFilterModel* filter() const { return m_filter; }
    QListView* bayView() const { return m_view; }
    QLineEdit* searchField() const { return m_search; }
    BayDetailPanel* detail() const { return m_detail; }
    // The filter button for a state (no state: "All").
    QAbstractButton* stateButton(std::optional<int> state) const;
    // Chooses the bay with this id (clears filters that would hide it); false when unknown.
    bool chooseBay(const QString& bayId);
    // The engine that takes the overrides of the bay in detail, and who gives them.
    void setControl(SiteControl* control, const Operator& by);

public slots:
    void showCycle(const parkwatt::PublishedCycle& cycle);
    void startNewDay();
    void refreshNow();
    void focusSearch();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showChosenBay();
    void updateButtonTexts();

    FigureFormat m_format;
    GarageModel* m_model;
    BayFilterModel* m_filter;
    BayTileDelegate* m_delegate;
    QListView* m_view;
    QLineEdit* m_search;
    QButtonGroup* m_states;
    BayDetailPanel* m_detail;
    QLabel* m_showLabel;
    SessionTraces m_traces;
    std::optional<PublishedCycle> m_pending;
    QTimer m_refresh;
};

} // namespace parkwatt
