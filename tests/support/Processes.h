#pragma once
// What the end-to-end tests do with files and programs: write a text file into a test's folder,
// run one of the project's programs to its end (offscreen, so a window needs no display) and keep
// what it said.

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace parkwatt::test {

inline QString writeFile(const QTemporaryDir& dir, const QString& name, const QString& text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(text.toUtf8());
    return path;
}

struct ProgramRun {
    int exitCode = -1; // -1: it did not end in time and was killed
    QString output;    // stdout and stderr together
};

inline ProgramRun runToEnd(const QString& program, const QStringList& arguments, int timeoutMs = 60000)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {-1, QString::fromUtf8(process.readAll())};
    }
    return {process.exitCode(), QString::fromUtf8(process.readAll())};
}

} // namespace parkwatt::test
