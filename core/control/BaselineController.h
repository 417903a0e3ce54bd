#pragma once
// Uncontrolled charging, the reference every policy is measured against (spec, "baseline"): every
// EV charges at its maximum from arrival until its target or departure, no EV discharges, and the
// battery only stores PV surplus and covers load from it.

#include "control/Controller.h"
#include "model/Site.h"

namespace parkwatt {

class BaselineController final : public Controller {
public:
    explicit BaselineController(SiteSpec site)
        : m_site(std::move(site))
    {
    }

    QString name() const override { return QStringLiteral("baseline"); }
    Setpoints dispatch(const SiteSnapshot& now, const Forecast& forecast) override;

private:
    SiteSpec m_site;
};

} // namespace parkwatt
