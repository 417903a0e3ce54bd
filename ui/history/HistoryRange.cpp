#include "history/HistoryRange.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace parkwatt {

TimeMs HistoryRange::presetSpanMs(Preset preset)
{
    constexpr TimeMs day = 86400 * kMsPerSecond;
    switch (preset) {
    case Preset::Day:
        return day;
    case Preset::Week:
        return 7 * day;
    case Preset::Month:
        return 30 * day;
    case Preset::Year:
        return 365 * day;
    case Preset::Custom:
        break;
    }
    return day;
}

void HistoryRange::setPreset(Preset preset, TimeMs nowMs)
{
    setCustom(nowMs - presetSpanMs(preset), nowMs);
    m_preset = preset;
}

void HistoryRange::setCustom(TimeMs fromMs, TimeMs toMs)
{
    if (toMs < fromMs)
        std::swap(fromMs, toMs);
    const TimeMs span = std::clamp(toMs - fromMs, kMinSpanMs, kMaxSpanMs);
    const TimeMs middle = fromMs + (toMs - fromMs) / 2;
    if (span != toMs - fromMs) {
        fromMs = middle - span / 2;
        toMs = fromMs + span;
    }
    m_fromMs = fromMs;
    m_toMs = toMs;
    m_preset = Preset::Custom;
}

void HistoryRange::zoom(double factor, TimeMs anchorMs)
{
    if (!(factor > 0))
        return;
    anchorMs = std::clamp(anchorMs, m_fromMs, m_toMs);
    const TimeMs span = std::clamp(TimeMs(std::llround(double(spanMs()) * factor)), kMinSpanMs, kMaxSpanMs);
    // Keep the anchor's share of the range: what was under the mouse stays under it.
    const double share = spanMs() > 0 ? double(anchorMs - m_fromMs) / double(spanMs()) : 0.5;
    const TimeMs from = anchorMs - TimeMs(std::llround(share * double(span)));
    setCustom(from, from + span);
}

void HistoryRange::pan(TimeMs deltaMs)
{
    setCustom(m_fromMs + deltaMs, m_toMs + deltaMs);
}

} // namespace parkwatt
