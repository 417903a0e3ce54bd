#pragma once
// Turns SIGTERM and SIGINT into a Qt signal on the event loop (self-pipe: a signal handler may only
// write to a file descriptor), so a process can put its devices in a safe state and exit cleanly.

#include <QObject>

class QSocketNotifier;

namespace parkwatt {

class ShutdownSignals : public QObject {
    Q_OBJECT
public:
    explicit ShutdownSignals(QObject* parent = nullptr);
    ~ShutdownSignals() override;

signals:
    void shutdownRequested(int signalNumber);

private:
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace parkwatt
