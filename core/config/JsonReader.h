#pragma once
// Reading JSON configuration files with errors that name the file, the JSON pointer and the
// problem: a read context (file label, first error, warnings), readers for one object or array at
// a pointer with typed, range-checked accessors, and the byte-level checks (empty, UTF-8, JSON
// syntax, top-level object) every file goes through before its content is read.

#include "config/ConfigError.h"
#include "config/IsoTime.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <limits>
#include <optional>
#include <vector>

namespace parkwatt {

// RFC 6901: appends one reference token to a pointer, escaping '~' as "~0" and '/' as "~1".
QString jsonPointerAppend(const QString& pointer, QStringView token);
QString jsonPointerAppend(const QString& pointer, qsizetype index);

// A value as messages show it after "got": strings quoted (long ones shortened), numbers as
// numbers, "true", "null", "an array", "an object".
QString describeJsonValue(const QJsonValue& value);

// A number for messages: shortest form that reads back to the same double.
QString formatNumber(double value);

// The range a number must lie in, and how messages word it ("a number >= 0", "a number in [0, 100]",
// "a whole number in 1..65535").
struct NumberRule {
    double min = -std::numeric_limits<double>::infinity();
    bool minInclusive = true;
    double max = std::numeric_limits<double>::infinity();
    bool maxInclusive = true;
    bool whole = false;

    bool accepts(double value) const;
    QString text() const; // "a number >= 0"

    static NumberRule any() { return {}; }
    static NumberRule atLeast(double lowest) { return NumberRule{lowest, true}; }
    static NumberRule above(double lowest) { return NumberRule{lowest, false}; }
    static NumberRule percent() { return NumberRule{0, true, 100, true}; }
    static NumberRule fractionAboveZero() { return NumberRule{0, false, 1, true}; } // (0, 1]
    static NumberRule wholeIn(double lowest, double highest)
    {
        return NumberRule{lowest, true, highest, true, true};
    }
};

// The state of reading one file: what errors call it, the first error found, and the warnings.
// Only the first error is kept, so the reported error does not depend on what was read after it.
class JsonReadContext {
public:
    explicit JsonReadContext(QString fileLabel);

    const QString& file() const { return m_file; }
    bool failed() const { return m_failed; }
    const ConfigError& error() const { return m_error; }
    const QStringList& warnings() const { return m_warnings; }

    void fail(const QString& pointer, const QString& problem);
    void warn(const QString& pointer, const QString& problem);

    // The value if no error was found, else the first error; warnings either way.
    template <typename T> LoadResult<T> result(T value) const
    {
        LoadResult<T> out;
        if (m_failed)
            out.error = m_error;
        else
            out.value = std::move(value);
        out.warnings = m_warnings;
        return out;
    }

    // A file with thousands of unknown keys still gets a readable list.
    static constexpr qsizetype kMaxWarnings = 200;

private:
    QString m_file;
    bool m_failed = false;
    ConfigError m_error;
    QStringList m_warnings;
    qsizetype m_suppressedWarnings = 0;
};

class JsonArrayReader;

// One JSON object at a pointer. Each accessor reads a member, checks its type and range, reports
// a problem at the member's pointer, and marks the member as known; warnUnknownKeys() then warns
// about every member nobody asked for. Accessors without a fallback read required members.
class JsonObjectReader {
public:
    JsonObjectReader(JsonReadContext& context, QJsonObject object, QString pointer);

    JsonReadContext& context() const { return *m_context; }
    const QString& pointer() const { return m_pointer; }
    QString pointerOf(QStringView key) const { return jsonPointerAppend(m_pointer, key); }
    bool has(const QString& key) const { return m_object.contains(key); }

    double number(const QString& key, const NumberRule& rule, std::optional<double> fallback = {});
    int integer(const QString& key, const NumberRule& rule, std::optional<int> fallback = {});
    bool boolean(const QString& key, std::optional<bool> fallback = {});
    // A string; without a fallback it is required and must not be empty.
    QString string(const QString& key, const std::optional<QString>& fallback = {});
    // A required ISO 8601 time with an explicit UTC offset.
    IsoTime time(const QString& key);
    std::optional<JsonObjectReader> object(const QString& key, bool required);
    std::optional<JsonArrayReader> array(const QString& key, bool required);
    // The raw member (Undefined when absent), marked as known.
    QJsonValue value(const QString& key);
    // Marks a member as known without reading it.
    void markKnown(const QString& key);

    void fail(const QString& key, const QString& problem) const;
    void warnUnknownKeys() const;

private:
    // The member if present (marked known); reports it missing when required.
    std::optional<QJsonValue> member(const QString& key, bool required, const QString& expected);

    JsonReadContext* m_context;
    QJsonObject m_object;
    QString m_pointer;
    std::vector<QString> m_known;
};

// One JSON array at a pointer.
class JsonArrayReader {
public:
    JsonArrayReader(JsonReadContext& context, QJsonArray array, QString pointer);

    JsonReadContext& context() const { return *m_context; }
    const QString& pointer() const { return m_pointer; }
    QString pointerOf(qsizetype index) const { return jsonPointerAppend(m_pointer, index); }
    qsizetype size() const { return m_array.size(); }
    QJsonValue at(qsizetype index) const { return m_array.at(index); }

    double number(qsizetype index, const NumberRule& rule);
    std::optional<JsonObjectReader> object(qsizetype index);

private:
    JsonReadContext* m_context;
    QJsonArray m_array;
    QString m_pointer;
};

// Ids that must be unique within one list (chargers, sessions, devices): a repeat is an error at
// its pointer that names where the id first appeared.
class UniqueIds {
public:
    explicit UniqueIds(QString what)
        : m_what(std::move(what))
    {
    }

    // False (and an error) when `id` was added before.
    bool add(JsonReadContext& context, const QString& id, const QString& idPointer);

private:
    QString m_what; // "charger"
    QHash<QString, QString> m_firstPointer;
};

// The checks every configuration file's bytes pass before their content is read: not too large,
// not empty, valid UTF-8, valid JSON, an object at the top level. Reports the first failure.
std::optional<QJsonObject> parseJsonObjectDocument(const QByteArray& bytes, JsonReadContext& context);

// Checks `format` ("parkwatt-scenario/1"), the first member every file is judged by.
// `expected` is the one this reader reads.
void checkFormat(JsonObjectReader& top, const QString& expected);

// The index of the first byte that is not part of well-formed UTF-8 (Unicode 15, table 3-7:
// no overlong forms, no surrogates, nothing above U+10FFFF), or -1 when all of it is.
qsizetype firstInvalidUtf8Byte(QByteArrayView bytes);

} // namespace parkwatt
