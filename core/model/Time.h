#pragma once
// Points in time as milliseconds since the Unix epoch (UTC). Logic never reads the wall clock:
// every "now" is passed in, so simulations and tests are deterministic.

#include <QtGlobal>

namespace parkwatt {

using TimeMs = qint64;

constexpr TimeMs kMsPerSecond = 1000;
constexpr TimeMs kMsPer15Min = 900 * kMsPerSecond;

} // namespace parkwatt
