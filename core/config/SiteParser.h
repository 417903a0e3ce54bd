#pragma once
// Reads the parts scenario and site files share: the `site` object (grid, PV, batteries,
// chargers) and the `policy` object, with the contract's defaults and checks.

#include "config/JsonReader.h"
#include "model/Policy.h"
#include "model/Site.h"

namespace parkwatt {

// `site` is the reader of the file's "site" member. Required: grid (with import_limit_kw) and
// chargers (may be empty). Ids must be unique within pv, batteries and chargers.
SiteSpec readSite(JsonObjectReader& site);

// `policy` is the reader of the file's "policy" member; absent parts keep their defaults
// (everything disabled except self_sufficiency).
Policy readPolicy(JsonObjectReader& policy);

} // namespace parkwatt
