#pragma once
// Today's key figures from the cycles seen today (the site's local day): self-sufficiency, billing
// peak against its limit, PV energy, EV energy charged, V2B energy, and the backup reserve now.
// Definitions match the simulation report (docs/control-room.md). A figure that cannot be known
// (no cycle yet, a meter missing all day) is NaN; one known for part of the day says so.

#include "common/FigureFormat.h"
#include "common/SiteContext.h"
#include "model/PublishedCycle.h"

#include <map>

namespace parkwatt {

// A tile's text: the figure and a short line saying what it is measured against.
struct TileText {
    QString value;
    QString detail;
};

struct TodayTileTexts {
    TileText selfSufficiency;
    TileText billingPeak;
    TileText pvEnergy;
    TileText evCharged;
    TileText v2bEnergy;
    TileText backupReserve;
};

class TodayFigures {
public:
    explicit TodayFigures(SiteContext context);

    // Adds a finished cycle; a cycle of a new local day (or one earlier than the last, when a
    // simulated day starts over) starts the day afresh.
    void add(const PublishedCycle& cycle);
    void clear();

    qint64 cyclesToday() const { return m_cycles; }
    double selfSufficiencyPct() const;
    double billingPeakKw() const;  // largest 15-minute mean import (clock-aligned windows)
    double peakLimitKw() const;    // the peak-shaving target, else the connection's import limit
    double pvKwh() const;          // PV energy used
    double evChargedKwh() const;   // energy into the cars
    double v2bKwh() const;         // energy the cars gave back
    double backupReserveH() const; // last cycle: hours the stored energy covers the critical load
    // Hours today for which the grid (or PV, or a car's power) reading was missing.
    double gridUnknownH() const { return m_gridUnknownH; }
    TimeMs firstCycleMs() const { return m_firstMs; }

    TodayTileTexts texts(const FigureFormat& format) const;

private:
    QString since(const FigureFormat& format) const;
    QString missing(const FigureFormat& format, double hours, const QString& what) const;

    SiteContext m_context;
    qint64 m_day = -1;
    TimeMs m_firstMs = 0, m_lastMs = 0;
    qint64 m_cycles = 0;
    bool m_startsAtMidnight = false;
    double m_pvKwh = 0, m_pvUnknownH = 0, m_pvKnownH = 0;
    double m_importKwh = 0, m_gridUnknownH = 0;
    double m_consumedKwh = 0, m_consumedUnknownH = 0;
    double m_evChargeKwh = 0, m_evDischargeKwh = 0, m_evUnknownH = 0, m_evKnownH = 0;
    double m_reserveH = 0;
    std::map<qint64, double> m_importKwhByWindow;
};

} // namespace parkwatt
