#include "kiosk/KioskFigures.h"

#include <cmath>

namespace parkwatt {

KioskFigures::KioskFigures(const SiteContext& context, double co2KgPerKwh, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_co2KgPerKwh(co2KgPerKwh)
    , m_garage(context.site)
    , m_today(context)
{
    m_flows.pvKw = m_flows.gridKw = m_flows.batteryKw = m_flows.buildingKw = m_flows.garageKw = std::nan("");
}

void KioskFigures::add(const PublishedCycle& cycle)
{
    m_garage.update(cycle);
    m_today.add(cycle);
    m_flows = SiteFlows::of(cycle, !m_context.site.batteries.empty());
    ++m_cycles;
    emit updated();
}

double KioskFigures::co2AvoidedKg() const
{
    return m_today.pvKwh() * m_co2KgPerKwh;
}

} // namespace parkwatt
