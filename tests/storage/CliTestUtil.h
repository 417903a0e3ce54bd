#pragma once
// Runs a real process (the storage commands, the sqlite3 shell) and collects what it said.

#include <QProcess>
#include <QStringList>

namespace storagetest {

struct ProcessResult {
    int exitCode = -1;
    QString out;
    QString err;
};

inline ProcessResult runProcess(const QString& program, const QStringList& arguments, int timeoutMs = 60000)
{
    QProcess process;
    process.start(program, arguments);
    ProcessResult result;
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("did not finish: ") + process.errorString();
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

inline QString storageCli()
{
    return QStringLiteral(PARKWATT_BIN_DIR "/parkwattd-storage");
}

// The sqlite3 shell, as someone editing the file by hand would use it.
inline ProcessResult sqlite3Shell(const QString& file, const QString& sql)
{
    return runProcess(QStringLiteral("sqlite3"), {QStringLiteral("-bail"), file, sql});
}

} // namespace storagetest
