#include "config/JsonReader.h"

#include "config/ConfigFile.h"
#include "config/ScenarioReader.h" // kMaxConfigFileBytes

#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace parkwatt {

QString jsonPointerAppend(const QString& pointer, QStringView token)
{
    QString escaped = token.toString();
    escaped.replace(u'~', u"~0"_s); // '~' first, so the "~1" written next is not escaped again
    escaped.replace(u'/', u"~1"_s);
    return pointer + u'/' + escaped;
}

QString jsonPointerAppend(const QString& pointer, qsizetype index)
{
    return pointer + u'/' + QString::number(index);
}

QString formatNumber(double value)
{
    if (std::isnan(value))
        return u"NaN"_s;
    if (std::isinf(value))
        return value > 0 ? u"Infinity"_s : u"-Infinity"_s;
    if (value == std::trunc(value) && std::abs(value) < 1e15)
        return QString::number(static_cast<qint64>(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString describeJsonValue(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return formatNumber(value.toDouble());
    case QJsonValue::String: {
        constexpr qsizetype kShown = 40;
        const QString text = value.toString();
        return text.size() > kShown ? u'"' + text.left(kShown) + u"...\""_s : u'"' + text + u'"';
    }
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"nothing"_s;
}

bool NumberRule::accepts(double value) const
{
    if (!std::isfinite(value))
        return false;
    if (whole && value != std::trunc(value))
        return false;
    if (minInclusive ? value < min : value <= min)
        return false;
    if (maxInclusive ? value > max : value >= max)
        return false;
    return true;
}

QString NumberRule::text() const
{
    const bool hasMin = std::isfinite(min);
    const bool hasMax = std::isfinite(max);
    QString noun = whole ? u"a whole number"_s : u"a number"_s;
    if (whole && hasMin && hasMax && minInclusive && maxInclusive)
        return noun + u" in "_s + formatNumber(min) + u".."_s + formatNumber(max);
    if (hasMin && hasMax)
        return noun + u" in "_s + (minInclusive ? u'[' : u'(') + formatNumber(min) + u", "_s +
               formatNumber(max) + (maxInclusive ? u']' : u')');
    if (hasMin)
        return noun + (minInclusive ? u" >= "_s : u" > "_s) + formatNumber(min);
    if (hasMax)
        return noun + (maxInclusive ? u" <= "_s : u" < "_s) + formatNumber(max);
    return noun;
}

// ---------------------------------------------------------------------------------------------

JsonReadContext::JsonReadContext(QString fileLabel)
    : m_file(std::move(fileLabel))
{
}

void JsonReadContext::fail(const QString& pointer, const QString& problem)
{
    if (m_failed)
        return;
    m_failed = true;
    m_error = ConfigError{m_file, pointer, problem};
}

void JsonReadContext::warn(const QString& pointer, const QString& problem)
{
    if (m_warnings.size() >= kMaxWarnings) {
        // Keep the last line a running count of what was left out.
        ++m_suppressedWarnings;
        m_warnings.last() = m_file + u": ... and %1 more warnings"_s.arg(m_suppressedWarnings);
        return;
    }
    m_warnings.append(ConfigError{m_file, pointer, problem}.toString());
}

// ---------------------------------------------------------------------------------------------

JsonObjectReader::JsonObjectReader(JsonReadContext& context, QJsonObject object, QString pointer)
    : m_context(&context)
    , m_object(std::move(object))
    , m_pointer(std::move(pointer))
{
}

void JsonObjectReader::markKnown(const QString& key)
{
    if (std::find(m_known.begin(), m_known.end(), key) == m_known.end())
        m_known.push_back(key);
}

void JsonObjectReader::fail(const QString& key, const QString& problem) const
{
    m_context->fail(pointerOf(key), problem);
}

void JsonObjectReader::warnUnknownKeys() const
{
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        if (std::find(m_known.begin(), m_known.end(), it.key()) == m_known.end())
            m_context->warn(pointerOf(it.key()), u"unknown key, ignored"_s);
    }
}

std::optional<QJsonValue> JsonObjectReader::member(const QString& key, bool required, const QString& expected)
{
    markKnown(key);
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd()) {
        if (required)
            fail(key, u"missing required key (expected %1)"_s.arg(expected));
        return std::nullopt;
    }
    return it.value();
}

double JsonObjectReader::number(const QString& key, const NumberRule& rule, std::optional<double> fallback)
{
    const auto v = member(key, !fallback.has_value(), rule.text());
    if (!v)
        return fallback.value_or(0);
    if (!v->isDouble() || !rule.accepts(v->toDouble())) {
        fail(key, u"expected %1, got %2"_s.arg(rule.text(), describeJsonValue(*v)));
        return fallback.value_or(0);
    }
    return v->toDouble();
}

int JsonObjectReader::integer(const QString& key, const NumberRule& rule, std::optional<int> fallback)
{
    NumberRule wholeRule = rule;
    wholeRule.whole = true;
    // An int holds the result; a rule wider than that is a programming error, not a file's.
    Q_ASSERT(wholeRule.min >= std::numeric_limits<int>::min() &&
             wholeRule.max <= std::numeric_limits<int>::max());
    const double v = number(key, wholeRule, fallback ? std::optional<double>(*fallback) : std::nullopt);
    return static_cast<int>(v);
}

bool JsonObjectReader::boolean(const QString& key, std::optional<bool> fallback)
{
    const auto v = member(key, !fallback.has_value(), u"true or false"_s);
    if (!v)
        return fallback.value_or(false);
    if (!v->isBool()) {
        fail(key, u"expected true or false, got %1"_s.arg(describeJsonValue(*v)));
        return fallback.value_or(false);
    }
    return v->toBool();
}

QString JsonObjectReader::string(const QString& key, const std::optional<QString>& fallback)
{
    const bool required = !fallback.has_value();
    const QString expected = required ? u"a non-empty string"_s : u"a string"_s;
    const auto v = member(key, required, expected);
    if (!v)
        return fallback.value_or(QString());
    if (!v->isString() || (required && v->toString().isEmpty())) {
        fail(key, u"expected %1, got %2"_s.arg(expected, describeJsonValue(*v)));
        return fallback.value_or(QString());
    }
    return v->toString();
}

IsoTime JsonObjectReader::time(const QString& key)
{
    const QString expected = u"a time like \"2026-07-14T07:55:00+02:00\""_s;
    const auto v = member(key, true, expected);
    if (!v)
        return {};
    if (!v->isString()) {
        fail(key, u"expected %1, got %2"_s.arg(expected, describeJsonValue(*v)));
        return {};
    }
    const IsoTimeParse parsed = parseIsoTime(v->toString());
    if (!parsed.ok) {
        fail(key, u"%1, got %2"_s.arg(parsed.problem, describeJsonValue(*v)));
        return {};
    }
    return parsed.time;
}

std::optional<JsonObjectReader> JsonObjectReader::object(const QString& key, bool required)
{
    const auto v = member(key, required, u"an object"_s);
    if (!v)
        return std::nullopt;
    if (!v->isObject()) {
        fail(key, u"expected an object, got %1"_s.arg(describeJsonValue(*v)));
        return std::nullopt;
    }
    return JsonObjectReader(*m_context, v->toObject(), pointerOf(key));
}

std::optional<JsonArrayReader> JsonObjectReader::array(const QString& key, bool required)
{
    const auto v = member(key, required, u"an array"_s);
    if (!v)
        return std::nullopt;
    if (!v->isArray()) {
        fail(key, u"expected an array, got %1"_s.arg(describeJsonValue(*v)));
        return std::nullopt;
    }
    return JsonArrayReader(*m_context, v->toArray(), pointerOf(key));
}

QJsonValue JsonObjectReader::value(const QString& key)
{
    markKnown(key);
    return m_object.value(key);
}

// ---------------------------------------------------------------------------------------------

JsonArrayReader::JsonArrayReader(JsonReadContext& context, QJsonArray array, QString pointer)
    : m_context(&context)
    , m_array(std::move(array))
    , m_pointer(std::move(pointer))
{
}

double JsonArrayReader::number(qsizetype index, const NumberRule& rule)
{
    const QJsonValue v = m_array.at(index);
    if (!v.isDouble() || !rule.accepts(v.toDouble())) {
        m_context->fail(pointerOf(index), u"expected %1, got %2"_s.arg(rule.text(), describeJsonValue(v)));
        return 0;
    }
    return v.toDouble();
}

std::optional<JsonObjectReader> JsonArrayReader::object(qsizetype index)
{
    const QJsonValue v = m_array.at(index);
    if (!v.isObject()) {
        m_context->fail(pointerOf(index), u"expected an object, got %1"_s.arg(describeJsonValue(v)));
        return std::nullopt;
    }
    return JsonObjectReader(*m_context, v.toObject(), pointerOf(index));
}

// ---------------------------------------------------------------------------------------------

bool UniqueIds::add(JsonReadContext& context, const QString& id, const QString& idPointer)
{
    if (const auto it = m_firstPointer.constFind(id); it != m_firstPointer.constEnd()) {
        context.fail(idPointer, u"duplicate %1 id '%2' (first at %3)"_s.arg(m_what, id, it.value()));
        return false;
    }
    m_firstPointer.insert(id, idPointer);
    return true;
}

// ---------------------------------------------------------------------------------------------

qsizetype firstInvalidUtf8Byte(QByteArrayView bytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char b = p[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        // Length of the sequence and the allowed range of its second byte (table 3-7).
        int length = 0;
        unsigned char lo = 0x80, hi = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            if (b == 0xE0)
                lo = 0xA0; // no overlong forms
            else if (b == 0xED)
                hi = 0x9F; // no UTF-16 surrogates
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            if (b == 0xF0)
                lo = 0x90; // no overlong forms
            else if (b == 0xF4)
                hi = 0x8F; // nothing above U+10FFFF
        } else {
            return i;
        }
        if (i + 1 >= n || p[i + 1] < lo || p[i + 1] > hi)
            return i;
        for (int k = 2; k < length; ++k) {
            if (i + k >= n || p[i + k] < 0x80 || p[i + k] > 0xBF)
                return i;
        }
        i += length;
    }
    return -1;
}

namespace {

struct TextPosition {
    qsizetype line = 1;
    qsizetype column = 1; // in characters, counting from 1
};

// Line and column of a byte offset into valid UTF-8 text.
TextPosition textPosition(const QByteArray& bytes, qsizetype offset)
{
    TextPosition pos;
    for (qsizetype i = 0; i < offset; ++i) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        if (b == '\n') {
            ++pos.line;
            pos.column = 1;
        } else if ((b & 0xC0) != 0x80) { // not a continuation byte: a new character
            ++pos.column;
        }
    }
    return pos;
}

} // namespace

std::optional<QJsonObject> parseJsonObjectDocument(const QByteArray& bytes, JsonReadContext& context)
{
    if (bytes.size() > kMaxConfigFileBytes) {
        context.fail(QString(), u"file is %1, larger than the limit of %2 for configuration files"_s.arg(
                                    describeByteSize(bytes.size()), describeByteSize(kMaxConfigFileBytes)));
        return std::nullopt;
    }
    if (bytes.isEmpty()) {
        context.fail(QString(), u"file is empty"_s);
        return std::nullopt;
    }
    if (bytes.trimmed().isEmpty()) {
        context.fail(QString(), u"file is empty (only whitespace)"_s);
        return std::nullopt;
    }
    if (const qsizetype bad = firstInvalidUtf8Byte(bytes); bad >= 0) {
        QString problem = u"not valid UTF-8 at byte %1 (counting from 0; line %2)"_s.arg(bad).arg(
            bytes.left(bad).count('\n') + 1);
        if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
            problem += u"; the file looks like UTF-16, save it as UTF-8"_s;
        context.fail(QString(), problem);
        return std::nullopt;
    }

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt reads only objects and arrays at the top level: tell a lone valid value from a syntax error.
        const QByteArray trimmed = bytes.trimmed();
        const bool container =
            trimmed.startsWith('{') || trimmed.startsWith('[') || trimmed.startsWith("\xEF\xBB\xBF");
        const QJsonDocument wrapped =
            container ? QJsonDocument() : QJsonDocument::fromJson('[' + trimmed + ']');
        if (wrapped.isArray() && wrapped.array().size() == 1) {
            context.fail(QString(), u"expected a JSON object at the top level, got %1"_s.arg(
                                        describeJsonValue(wrapped.array().at(0))));
            return std::nullopt;
        }
        // Qt's offset often lies past the whitespace after the culprit: point just after the culprit instead.
        qsizetype offset = std::clamp<qsizetype>(parseError.offset, 0, bytes.size());
        while (offset > 0 && QChar::isSpace(static_cast<unsigned char>(bytes[offset - 1])))
            --offset;
        const TextPosition pos = textPosition(bytes, offset);
        QString problem = u"not valid JSON: %1 at line %2 column %3"_s.arg(parseError.errorString())
                              .arg(pos.line)
                              .arg(pos.column);
        if (parseError.error == QJsonParseError::IllegalNumber)
            problem += u" (JSON has no NaN or Infinity, and a number must fit a double)"_s;
        context.fail(QString(), problem);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        context.fail(QString(), u"expected a JSON object at the top level, got an array"_s);
        return std::nullopt;
    }
    return doc.object();
}

void checkFormat(JsonObjectReader& top, const QString& expected)
{
    const QJsonValue v = top.value(u"format"_s);
    if (v.isUndefined()) {
        top.fail(u"format"_s, u"missing required key (expected \"%1\")"_s.arg(expected));
        return;
    }
    if (!v.isString()) {
        top.fail(u"format"_s, u"expected \"%1\", got %2"_s.arg(expected, describeJsonValue(v)));
        return;
    }
    const QString format = v.toString();
    if (format == expected)
        return;
    const QString family = expected.section(u'/', 0, 0);
    if (format.section(u'/', 0, 0) != family && format.startsWith(u"parkwatt-"_s)) {
        top.fail(u"format"_s, u"this is a %1 file, not a %2 file (expected format \"%3\")"_s.arg(
                                  format.section(u'/', 0, 0), family, expected));
        return;
    }
    top.fail(u"format"_s, u"unsupported format '%1', this version reads %2"_s.arg(format, expected));
}

} // namespace parkwatt
