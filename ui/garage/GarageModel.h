#pragma once
// Every bay of the garage as a list model, one row per charger in the site's order, for a
// virtualised view (a delegate paints each visible bay; no widget per bay). Updated from a
// published cycle: rows stay, their data changes in one dataChanged.

#include "garage/BayStatus.h"
#include "model/Site.h"

#include <QAbstractListModel>
#include <array>
#include <vector>

namespace parkwatt {

class GarageModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        StatusRole = Qt::UserRole + 1, // the whole BayStatus
        StateRole,                     // BayState as int
        PowerKwRole,
        SocPctRole,
        DepartureMsRole,
        OutlookRole, // TargetOutlook as int
        ReasonRole,
    };

    explicit GarageModel(SiteSpec site, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void update(const PublishedCycle& cycle);
    // Models get no LanguageChange: the owning page calls this so views ask again for the texts
    // (the accessible "Bay B0001, charging") and repaint the tiles.
    void retranslate();
    const BayStatus& status(int row) const { return m_bays[size_t(row)]; }
    int countIn(BayState state) const { return m_counts[size_t(state)]; }
    // Where the last cycle ended: "now" for departures.
    TimeMs nowMs() const { return m_nowMs; }

signals:
    void countsChanged();

private:
    SiteSpec m_site;
    std::vector<BayStatus> m_bays;
    std::array<int, kBayStateCount> m_counts{};
    TimeMs m_nowMs = 0;
};

} // namespace parkwatt
