#include "engine/live/SimulatorProcess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace parkwatt {

SimulatorProcess::SimulatorProcess(QObject* parent)
    : QObject(parent)
{
    m_startTimeout.setSingleShot(true);
    connect(&m_startTimeout, &QTimer::timeout, this,
            [this] { fail(tr("the device simulator did not announce its devices in time")); });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &SimulatorProcess::readOutput);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError) {
        if (!m_ready)
            fail(tr("the device simulator could not run: %1").arg(m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus) {
        if (!m_ready)
            fail(tr("the device simulator stopped (exit %1): %2")
                     .arg(code)
                     .arg(QString::fromUtf8(m_process.readAllStandardError()).trimmed()));
    });
}

SimulatorProcess::~SimulatorProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        // At exit only: give the simulator a moment to close its sockets, then make sure.
        m_process.terminate();
        if (!m_process.waitForFinished(1000))
            m_process.kill();
        m_process.waitForFinished(500);
    }
}

QString SimulatorProcess::findProgram()
{
    const QString beside =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("parkwatt-sim"));
    if (QFileInfo(beside).isExecutable())
        return beside;
    const QString inBin =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../bin/parkwatt-sim"));
    if (QFileInfo(inBin).isExecutable())
        return QFileInfo(inBin).canonicalFilePath();
    return QStandardPaths::findExecutable(QStringLiteral("parkwatt-sim"));
}

void SimulatorProcess::start(const QString& program, const QStringList& arguments, int deviceCount,
                             int timeoutMs)
{
    m_ready = false;
    m_failed = false;
    m_output.clear();
    m_expectedDevices = deviceCount;
    m_startTimeout.start(timeoutMs);
    m_process.start(program, arguments);
}

void SimulatorProcess::readOutput()
{
    if (m_ready) {
        m_process.readAllStandardOutput(); // keep the pipe from filling
        return;
    }
    m_output += m_process.readAllStandardOutput();
    if (m_output.count("serving ") >= m_expectedDevices) {
        m_ready = true;
        m_startTimeout.stop();
        m_output.clear();
        emit ready();
    }
}

void SimulatorProcess::fail(const QString& why)
{
    if (std::exchange(m_failed, true))
        return; // said once
    m_startTimeout.stop();
    if (m_process.state() != QProcess::NotRunning)
        m_process.kill();
    emit failed(why);
}

void SimulatorProcess::stop(int graceMs)
{
    m_ready = false;
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    QTimer::singleShot(graceMs, &m_process, [this] {
        if (m_process.state() != QProcess::NotRunning)
            m_process.kill();
    });
}

} // namespace parkwatt
