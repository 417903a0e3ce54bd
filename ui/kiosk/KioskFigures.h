#pragma once
// What the kiosk shows, kept from the engine's cycles: every bay (GarageModel), today's figures
// (TodayFigures: self-sufficiency, PV and V2B energy) and the flows now. The pages read it when
// updated() says a cycle arrived.

#include "common/FigureFormat.h"
#include "common/SiteContext.h"
#include "garage/GarageModel.h"
#include "overview/SiteFlows.h"
#include "overview/TodayFigures.h"

#include <QObject>

namespace parkwatt {

class KioskFigures : public QObject {
    Q_OBJECT
public:
    KioskFigures(const SiteContext& context, double co2KgPerKwh, QObject* parent = nullptr);

    void add(const PublishedCycle& cycle);

    const SiteContext& context() const { return m_context; }
    const GarageModel& garage() const { return m_garage; }
    const TodayFigures& today() const { return m_today; }
    const SiteFlows& flows() const { return m_flows; }
    // CO2 the PV energy used today kept out of the air (the grid's intensity times that energy).
    double co2AvoidedKg() const;
    // Cars lending the building power right now.
    int carsLending() const { return m_flows.carsDischarging; }
    qint64 cycles() const { return m_cycles; }
    FigureFormat format() const { return FigureFormat(m_context.utcOffsetS); }

signals:
    void updated();

private:
    SiteContext m_context;
    double m_co2KgPerKwh;
    GarageModel m_garage;
    TodayFigures m_today;
    SiteFlows m_flows;
    qint64 m_cycles = 0;
};

} // namespace parkwatt
