#pragma once
// Reads and validates scenario files ("parkwatt-scenario/1") exactly per docs/scenario-and-site.md.

#include "config/ConfigError.h"
#include "model/Scenario.h"

#include <QByteArray>
#include <QString>

namespace parkwatt {

// Files above this size are refused before reading (bounded memory, clear error).
constexpr qint64 kMaxConfigFileBytes = qint64(64) * 1024 * 1024;

// `fileLabel` is what errors call the file (usually its name).
LoadResult<Scenario> parseScenario(const QByteArray& bytes, const QString& fileLabel);
LoadResult<Scenario> loadScenarioFile(const QString& path);

} // namespace parkwatt
