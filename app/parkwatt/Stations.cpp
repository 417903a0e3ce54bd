#include "Stations.h"

#include "i18n/Languages.h"
#include "kiosk/KioskConfig.h"
#include "kiosk/KioskWindow.h"
#include "shell/ControlRoomPages.h"
#include "shell/ControlRoomWindow.h"

#include <QApplication>
#include <QStatusBar>
#include <cstdio>

using namespace parkwatt;

namespace {

class ControlRoomStation : public Station {
public:
    ControlRoomStation(const SiteContext& context, Operator op)
        : m_window(context)
        , m_op(std::move(op))
    {
        // main() gives the application its languages (not in kiosk mode, which has its own buttons).
        if (auto* languages = qApp->findChild<Languages*>(QString(), Qt::FindDirectChildrenOnly))
            m_window.offerLanguages(*languages);
    }
    QWidget& window() override { return m_window; }
    void show() override { m_window.show(); }
    void preparing(const QString& message) override { m_window.statusBar()->showMessage(message); }
    void attach(SiteControl& control) override
    {
        m_window.statusBar()->clearMessage();
        m_pages = std::make_unique<ControlRoomPages>(m_window.context(), control, m_op);
        m_pages->addTo(m_window);
        m_window.attach(control, m_op);
    }
    qint64 cyclesShown() const override { return m_window.cyclesShown(); }
    int writeScreenshots(const QString& dir) override
    {
        return m_pages ? m_pages->writeScreenshots(m_window, dir) : 1;
    }

private:
    ControlRoomWindow m_window;
    Operator m_op;
    std::unique_ptr<ControlRoomPages> m_pages;
};

// The lobby kiosk at a lobby TV's size when screenshots are taken (fullscreen otherwise).
class KioskStation : public Station {
public:
    KioskStation(const SiteContext& context, const KioskConfig& config, bool forScreenshots)
        : m_window(context, config)
        , m_forScreenshots(forScreenshots)
    {
        // The manager PIN was right: kiosk mode ends, and with it the program.
        QObject::connect(&m_window, &KioskWindow::left, qApp,
                         [] { std::fprintf(stderr, "parkwatt: kiosk mode left with the manager PIN\n"); });
    }
    QWidget& window() override { return m_window; }
    void show() override
    {
        if (m_forScreenshots) {
            m_window.resize(1920, 1080);
            m_window.show();
        } else {
            m_window.showKiosk();
        }
    }
    void preparing(const QString&) override {}
    void attach(SiteControl& control) override { m_window.attach(control); }
    qint64 cyclesShown() const override { return m_window.cyclesShown(); }
    int writeScreenshots(const QString& dir) override { return m_window.writeScreenshots(dir); }

private:
    KioskWindow m_window;
    bool m_forScreenshots;
};

} // namespace

std::unique_ptr<Station> makeStation(const StartOptions& options, const SiteContext& context, bool demo,
                                     QString* error)
{
    if (!options.kiosk)
        return std::make_unique<ControlRoomStation>(context, options.op);
    KioskConfig config;
    if (!options.kioskConfigPath.isEmpty()) {
        LoadResult<KioskConfig> loaded = loadKioskConfig(options.kioskConfigPath);
        if (!loaded.ok()) {
            *error = loaded.error.toString();
            return nullptr;
        }
        for (const QString& warning : loaded.warnings)
            std::fprintf(stderr, "parkwatt: %s\n", qPrintable(warning));
        config = *loaded.value;
    } else if (demo) {
        QStringList bays;
        for (const ChargerSpec& charger : context.site.chargers)
            bays << charger.id;
        config = KioskConfig::demo(bays);
    }
    if (!config.managerPin)
        std::fprintf(stderr, "parkwatt: the kiosk has no manager PIN (--kiosk-config): kiosk mode ends only "
                             "when the program is stopped\n");
    return std::make_unique<KioskStation>(context, config, !options.screenshotDir.isEmpty());
}
