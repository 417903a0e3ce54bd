#pragma once
// Keeps a lobby kiosk in kiosk mode: an application-wide event filter that swallows the keys that
// would close or leave it (Escape, Alt+F4, Ctrl+Q, Ctrl+W, Alt+Tab, the Super key and the like)
// before any widget or shortcut sees them, and tells of every touch, click or key as activity so
// an idle kiosk can return home. Under `cage` there is no window manager to reach anyway; this
// covers desktops and keyboards plugged into the lobby PC.

#include <QObject>

class QKeyEvent;

namespace parkwatt {

class KioskLock : public QObject {
    Q_OBJECT
public:
    explicit KioskLock(QObject* parent = nullptr);
    ~KioskLock() override;

    // Whether the kiosk lets this key through (digits, arrows, Enter, Tab for the keypad).
    static bool isLockedKey(const QKeyEvent& event);
    int swallowedKeys() const { return m_swallowed; }

signals:
    void activity();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    int m_swallowed = 0;
};

} // namespace parkwatt
