#pragma once
// Integer division rounded toward -inf / +inf, for mapping instants onto the step and billing grids
// (instants before the scenario start or the epoch are negative).

#include <QtGlobal>

namespace parkwatt {

constexpr qint64 floorDiv(qint64 a, qint64 b) {
    const qint64 q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

constexpr qint64 ceilDiv(qint64 a, qint64 b) {
    return -floorDiv(-a, b);
}

static_assert(floorDiv(-1, 900) == -1 && floorDiv(899, 900) == 0 && floorDiv(900, 900) == 1);
static_assert(ceilDiv(1, 900) == 1 && ceilDiv(900, 900) == 1 && ceilDiv(-1, 900) == 0);

} // namespace parkwatt
