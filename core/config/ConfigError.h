#pragma once
// Errors and warnings from reading a file: each names the file, the JSON pointer and the problem,
// e.g. `office.json: /site/chargers/3/max_charge_kw: expected a number >= 0, got "11kW"`.

#include <QString>
#include <QStringList>
#include <optional>

namespace parkwatt {

struct ConfigError {
    QString file;    // as given by the caller (usually the file name)
    QString pointer; // RFC 6901 JSON pointer, "" for the whole document
    QString problem;

    QString toString() const
    {
        return pointer.isEmpty() ? file + QStringLiteral(": ") + problem
                                 : file + QStringLiteral(": ") + pointer + QStringLiteral(": ") + problem;
    }
};

// A loaded value or the first error; warnings (unknown keys) either way.
template <typename T>
struct LoadResult {
    std::optional<T> value;
    ConfigError error;
    QStringList warnings;

    bool ok() const { return value.has_value(); }
};

} // namespace parkwatt
