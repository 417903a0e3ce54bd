#pragma once
// The control room's pages beyond Overview and Garage, put on a window for one engine: History
// (when the engine records into a database), Policies, What-if, Events and Devices. And the
// screenshots of every page (and a bay in detail) that `parkwatt --screenshots` writes.

#include "common/SiteContext.h"
#include "engine/SiteControl.h"

#include <QString>
#include <memory>

namespace parkwatt {

class ControlRoomWindow;

class ControlRoomPages {
public:
    // `control` must outlive the pages.
    ControlRoomPages(SiteContext context, SiteControl& control, Operator by);

    void addTo(ControlRoomWindow& window);
    // One PNG per page into `dir` (named control-room-<page>.png, plus control-room-bay-detail.png
    // with a charging bay open), printed as written; returns how many failed.
    int writeScreenshots(ControlRoomWindow& window, const QString& dir);

private:
    SiteContext m_context;
    SiteControl& m_control;
    Operator m_operator;
    class WhatIfPage* m_whatIf = nullptr;
    class HistoryPage* m_history = nullptr;
    // The site's time as its engine last told it (the demo's runs ahead of the wall clock): the
    // History page's presets end there.
    std::shared_ptr<TimeMs> m_siteNowMs = std::make_shared<TimeMs>(0);
};

} // namespace parkwatt
