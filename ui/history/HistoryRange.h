#pragma once
// The time range the History page shows, and the arithmetic of changing it: presets that end
// now, zooming around a point, panning. No widgets, no clock: "now" is passed in, so tests
// can pin it.

#include "model/Time.h"

namespace parkwatt {

class HistoryRange {
public:
    enum class Preset { Day, Week, Month, Year, Custom };

    // Narrower than a minute shows nothing the raw samples can't; wider than ten years reads
    // nothing a year doesn't.
    static constexpr TimeMs kMinSpanMs = 60 * kMsPerSecond;
    static constexpr TimeMs kMaxSpanMs = 10 * 366 * 24 * 3600 * kMsPerSecond;

    HistoryRange() = default;
    HistoryRange(TimeMs fromMs, TimeMs toMs) { setCustom(fromMs, toMs); }

    TimeMs fromMs() const { return m_fromMs; }
    TimeMs toMs() const { return m_toMs; }
    TimeMs spanMs() const { return m_toMs - m_fromMs; }
    Preset preset() const { return m_preset; }

    // The preset's span ending at `nowMs`.
    void setPreset(Preset preset, TimeMs nowMs);
    static TimeMs presetSpanMs(Preset preset);
    // Any range; swapped if reversed, clamped to the span limits around its middle.
    void setCustom(TimeMs fromMs, TimeMs toMs);

    // factor < 1 zooms in, > 1 out; `anchorMs` stays at the same place on screen.
    void zoom(double factor, TimeMs anchorMs);
    void pan(TimeMs deltaMs);

    bool operator==(const HistoryRange& other) const = default;

private:
    TimeMs m_fromMs = 0;
    TimeMs m_toMs = kMsPerSecond * 86400;
    Preset m_preset = Preset::Custom;
};

} // namespace parkwatt
