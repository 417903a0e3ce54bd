#pragma once
// Signs the operator off after a while without input (15 minutes by default, configurable), so a
// control room left open does not stay in someone's name: an application-wide event filter that
// restarts a timer on every key, click, wheel or touch, and says idle() when it runs out.

#include <QObject>
#include <QTimer>

namespace parkwatt {

class IdleLogoff : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultMinutes = 15;

    explicit IdleLogoff(int timeoutMs, QObject* parent = nullptr);
    ~IdleLogoff() override;

    // Starts (or restarts) watching; stop() while nobody is signed in.
    void start();
    void stop();
    bool isWatching() const { return m_timer.isActive(); }

signals:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
};

} // namespace parkwatt
