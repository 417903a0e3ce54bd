#pragma once
// A policy as the site file's "policy" object (the contract's field names), for policy versions
// in the database, the audit trail and the network API. Reading goes through SiteParser's
// readPolicy, so one set of rules checks every policy that comes in.

#include "model/Policy.h"

#include <QJsonObject>

namespace parkwatt {

QJsonObject policyToJson(const Policy& policy);

bool operator==(const Policy& a, const Policy& b);

} // namespace parkwatt
