#pragma once
// Reading a configuration file's bytes with bounded memory: the size is checked before reading
// (files above kMaxConfigFileBytes are refused), and reading stops at the limit even when the
// size could not be known in advance (a pipe, a file that grows).

#include "config/ConfigError.h"

#include <QByteArray>
#include <QString>

namespace parkwatt {

// A size for messages: "209715200 bytes (200.0 MiB)".
QString describeByteSize(qint64 bytes);

// What errors call a file at `path`: its name ("office.json").
QString configFileLabel(const QString& path);

// The bytes of the file at `path`, or an error naming it with `configFileLabel(path)`.
LoadResult<QByteArray> readConfigFileBytes(const QString& path);

} // namespace parkwatt
