#pragma once
// What this program shows on a SiteControl: the control room (facility managers) or the lobby
// kiosk (drivers and visitors). main.cpp starts the engine (demo, site or remote) and hands it to
// one of these; the start, self-test and screenshots are the same for both.

#include "StartOptions.h"
#include "common/SiteContext.h"
#include "engine/SiteControl.h"

#include <QString>
#include <QWidget>
#include <memory>

class Station {
public:
    virtual ~Station() = default;
    // The window, shown before the engine is there (it says what it waits for).
    virtual QWidget& window() = 0;
    virtual void show() = 0;
    // A line while the engine prepares (the demo records its history).
    virtual void preparing(const QString& message) = 0;
    // The engine is there: pages join and cycles flow.
    virtual void attach(parkwatt::SiteControl& control) = 0;
    virtual qint64 cyclesShown() const = 0;
    // One PNG per page into `dir`; the number that failed.
    virtual int writeScreenshots(const QString& dir) = 0;
};

// The station the options ask for; null (and `error` says why) when the kiosk's file is wrong.
// A kiosk on the demo garage without a file gets the demo's PINs (docs/kiosk.md).
std::unique_ptr<Station> makeStation(const StartOptions& options, const parkwatt::SiteContext& context,
                                     bool demo, QString* error);
