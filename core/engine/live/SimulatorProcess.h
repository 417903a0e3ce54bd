#pragma once
// `parkwatt-sim` as a child process, for the live demo and tests: started with a site file (and
// optionally a scenario and speed), ready once it has announced every device, stopped with
// SIGTERM (killed if it does not exit in time). Everything asynchronous: the GUI never waits.

#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTimer>

namespace parkwatt {

class SimulatorProcess : public QObject {
    Q_OBJECT
public:
    explicit SimulatorProcess(QObject* parent = nullptr);
    ~SimulatorProcess() override;

    // The parkwatt-sim next to this program (or on PATH); empty when there is none.
    static QString findProgram();

    // Starts `program` serving `deviceCount` devices; ready() or failed() follows within
    // `timeoutMs`.
    void start(const QString& program, const QStringList& arguments, int deviceCount, int timeoutMs = 30000);
    void stop(int graceMs = 3000);
    bool isReady() const { return m_ready; }

signals:
    void ready();
    void failed(const QString& why);

private:
    void readOutput();
    void fail(const QString& why);

    QProcess m_process;
    QTimer m_startTimeout;
    QByteArray m_output;
    int m_expectedDevices = 0;
    bool m_ready = false;
    bool m_failed = false;
};

} // namespace parkwatt
