#include "config/ConfigFile.h"

#include "config/ScenarioReader.h" // kMaxConfigFileBytes

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace parkwatt {

namespace {

LoadResult<QByteArray> failure(const QString& path, const QString& problem)
{
    LoadResult<QByteArray> out;
    out.error = ConfigError{configFileLabel(path), QString(), problem};
    return out;
}

} // namespace

QString describeByteSize(qint64 bytes)
{
    const double mib = static_cast<double>(bytes) / (1024.0 * 1024.0);
    return u"%1 bytes (%2 MiB)"_s.arg(bytes).arg(mib, 0, 'f', 1);
}

QString configFileLabel(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    return name.isEmpty() ? path : name;
}

LoadResult<QByteArray> readConfigFileBytes(const QString& path)
{
    if (path.isEmpty())
        return failure(path, u"no file name given"_s);
    const QFileInfo info(path);
    if (!info.exists())
        return failure(path, u"file not found: %1"_s.arg(QDir::toNativeSeparators(info.absoluteFilePath())));
    if (info.isDir())
        return failure(
            path, u"is a directory, not a file: %1"_s.arg(QDir::toNativeSeparators(info.absoluteFilePath())));
    // Refuse by size before reading a byte: a 200 MB mistake costs nothing.
    if (info.size() > kMaxConfigFileBytes)
        return failure(path,
                       u"file is %1, larger than the limit of %2 for configuration files; not read"_s.arg(
                           describeByteSize(info.size()), describeByteSize(kMaxConfigFileBytes)));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(path, u"cannot open %1: %2"_s.arg(QDir::toNativeSeparators(info.absoluteFilePath()),
                                                         file.errorString()));
    // One byte past the limit tells a file that grew (or a pipe) from one that fits.
    QByteArray bytes = file.read(kMaxConfigFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return failure(path, u"cannot read %1: %2"_s.arg(QDir::toNativeSeparators(info.absoluteFilePath()),
                                                         file.errorString()));
    if (bytes.size() > kMaxConfigFileBytes)
        return failure(path, u"file is larger than the limit of %1 for configuration files; not read"_s.arg(
                                 describeByteSize(kMaxConfigFileBytes)));

    LoadResult<QByteArray> out;
    out.value = std::move(bytes);
    return out;
}

} // namespace parkwatt
