#include "devices/RegisterCodec.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>

using namespace Qt::StringLiterals;

namespace parkwatt::RegisterCodec {

namespace {

QString typeName(RegisterType type)
{
    switch (type) {
    case RegisterType::U16:
        return u"u16"_s;
    case RegisterType::I16:
        return u"i16"_s;
    case RegisterType::U32:
        return u"u32"_s;
    case RegisterType::I32:
        return u"i32"_s;
    case RegisterType::F32:
        return u"f32"_s;
    case RegisterType::F64:
        return u"f64"_s;
    case RegisterType::String:
        return u"string"_s;
    }
    return u"?"_s;
}

QString number(double v)
{
    return QString::number(v, 'g', 17);
}

// The registers as one unsigned integer, most significant word first whatever the wire order.
quint64 joinWords(std::span<const quint16> registers, WordOrder order)
{
    quint64 out = 0;
    const size_t n = registers.size();
    for (size_t i = 0; i < n; ++i) {
        const quint16 word = order == WordOrder::Big ? registers[i] : registers[n - 1 - i];
        out = (out << 16) | word;
    }
    return out;
}

QList<quint16> splitWords(quint64 bits, int count, WordOrder order)
{
    QList<quint16> out(count);
    for (int i = 0; i < count; ++i) {
        // i counts from the least significant word.
        const auto word = static_cast<quint16>((bits >> (16 * i)) & 0xFFFFu);
        const int at = order == WordOrder::Big ? count - 1 - i : i;
        out[at] = word;
    }
    return out;
}

QString countProblem(const RegisterEncoding& encoding, size_t got)
{
    return u"%1 takes %2 registers, got %3"_s.arg(typeName(encoding.type))
        .arg(registerCount(encoding))
        .arg(got);
}

} // namespace

int registerCount(RegisterType type, int words)
{
    switch (type) {
    case RegisterType::U16:
    case RegisterType::I16:
        return 1;
    case RegisterType::U32:
    case RegisterType::I32:
    case RegisterType::F32:
        return 2;
    case RegisterType::F64:
        return 4;
    case RegisterType::String:
        return words > 0 ? words : 0;
    }
    return 0;
}

int registerCount(const RegisterEncoding& encoding)
{
    return registerCount(encoding.type, encoding.words);
}

bool isSigned(RegisterType type)
{
    return type == RegisterType::I16 || type == RegisterType::I32 || type == RegisterType::F32 ||
           type == RegisterType::F64;
}

bool isInteger(RegisterType type)
{
    return type == RegisterType::U16 || type == RegisterType::I16 || type == RegisterType::U32 ||
           type == RegisterType::I32;
}

double rawMinimum(RegisterType type)
{
    switch (type) {
    case RegisterType::U16:
    case RegisterType::U32:
        return 0;
    case RegisterType::I16:
        return std::numeric_limits<qint16>::min();
    case RegisterType::I32:
        return std::numeric_limits<qint32>::min();
    case RegisterType::F32:
        return -static_cast<double>(std::numeric_limits<float>::max());
    case RegisterType::F64:
        return -std::numeric_limits<double>::max();
    case RegisterType::String:
        break;
    }
    return 0;
}

double rawMaximum(RegisterType type)
{
    switch (type) {
    case RegisterType::U16:
        return std::numeric_limits<quint16>::max();
    case RegisterType::I16:
        return std::numeric_limits<qint16>::max();
    case RegisterType::U32:
        return std::numeric_limits<quint32>::max();
    case RegisterType::I32:
        return std::numeric_limits<qint32>::max();
    case RegisterType::F32:
        return static_cast<double>(std::numeric_limits<float>::max());
    case RegisterType::F64:
        return std::numeric_limits<double>::max();
    case RegisterType::String:
        break;
    }
    return 0;
}

CodecResult<double> decodeRaw(const RegisterEncoding& encoding, std::span<const quint16> registers)
{
    using R = CodecResult<double>;
    if (encoding.type == RegisterType::String)
        return R::failure(u"a string register has no number; decode it as a string"_s);
    if (registers.size() != static_cast<size_t>(registerCount(encoding)))
        return R::failure(countProblem(encoding, registers.size()));

    const quint64 bits = joinWords(registers, encoding.wordOrder);
    double raw = 0;
    switch (encoding.type) {
    case RegisterType::U16:
    case RegisterType::U32:
        raw = static_cast<double>(bits);
        break;
    case RegisterType::I16:
        raw = static_cast<qint16>(static_cast<quint16>(bits));
        break;
    case RegisterType::I32:
        raw = static_cast<qint32>(static_cast<quint32>(bits));
        break;
    case RegisterType::F32:
        raw = static_cast<double>(std::bit_cast<float>(static_cast<quint32>(bits)));
        break;
    case RegisterType::F64:
        raw = std::bit_cast<double>(bits);
        break;
    case RegisterType::String:
        break;
    }
    if (std::isnan(raw))
        return R::failure(u"%1 holds NaN"_s.arg(typeName(encoding.type)));
    if (std::isinf(raw))
        return R::failure(
            u"%1 holds %2"_s.arg(typeName(encoding.type), raw > 0 ? u"+Infinity"_s : u"-Infinity"_s));
    if (encoding.bitMask != 0 && isInteger(encoding.type)) {
        const quint32 unsignedBits = static_cast<quint32>(bits);
        const int shift = std::clamp(encoding.bitShift, 0, 31);
        raw = static_cast<double>((unsignedBits >> shift) & encoding.bitMask);
    }
    return R::success(raw);
}

CodecResult<double> decodeNumber(const RegisterEncoding& encoding, std::span<const quint16> registers)
{
    CodecResult<double> raw = decodeRaw(encoding, registers);
    if (!raw.ok())
        return raw;
    const double value = *raw.value * encoding.scale + encoding.offset;
    if (!std::isfinite(value))
        return CodecResult<double>::failure(
            u"raw %1 scaled by %2 is not a finite number"_s.arg(number(*raw.value), number(encoding.scale)));
    return CodecResult<double>::success(value);
}

CodecResult<QList<quint16>> encodeRaw(const RegisterEncoding& encoding, double raw)
{
    using R = CodecResult<QList<quint16>>;
    if (encoding.type == RegisterType::String)
        return R::failure(u"a string register holds no number; encode a string"_s);
    if (encoding.bitMask != 0)
        return R::failure(u"a bit field is read-only"_s);
    if (std::isnan(raw))
        return R::failure(u"NaN cannot be written"_s);
    if (std::isinf(raw))
        return R::failure(u"infinity cannot be written"_s);

    const RegisterType type = encoding.type;
    const int count = registerCount(encoding);
    if (isInteger(type)) {
        const double rounded = std::round(raw);
        if (rounded < rawMinimum(type) || rounded > rawMaximum(type))
            return R::failure(u"%1 is outside the %2 range %3..%4"_s.arg(
                number(raw), typeName(type), number(rawMinimum(type)), number(rawMaximum(type))));
        // In range, so the conversion to a 64-bit integer is exact; two's complement by masking.
        const auto whole = static_cast<qint64>(rounded);
        const quint64 mask = count == 1 ? 0xFFFFu : 0xFFFFFFFFu;
        return R::success(splitWords(static_cast<quint64>(whole) & mask, count, encoding.wordOrder));
    }
    if (type == RegisterType::F32) {
        if (raw < rawMinimum(type) || raw > rawMaximum(type))
            return R::failure(u"%1 is outside the f32 range"_s.arg(number(raw)));
        const auto bits = std::bit_cast<quint32>(static_cast<float>(raw));
        return R::success(splitWords(bits, count, encoding.wordOrder));
    }
    return R::success(splitWords(std::bit_cast<quint64>(raw), count, encoding.wordOrder));
}

CodecResult<QList<quint16>> encodeNumber(const RegisterEncoding& encoding, double value)
{
    using R = CodecResult<QList<quint16>>;
    if (std::isnan(value))
        return R::failure(u"NaN cannot be written"_s);
    if (encoding.scale == 0 || !std::isfinite(encoding.scale))
        return R::failure(u"scale %1 cannot be inverted"_s.arg(number(encoding.scale)));
    return encodeRaw(encoding, (value - encoding.offset) / encoding.scale);
}

CodecResult<QString> decodeString(const RegisterEncoding& encoding, std::span<const quint16> registers)
{
    using R = CodecResult<QString>;
    if (encoding.type != RegisterType::String)
        return R::failure(u"%1 is not a string"_s.arg(typeName(encoding.type)));
    if (encoding.words <= 0)
        return R::failure(u"a string needs words > 0"_s);
    if (registers.size() != static_cast<size_t>(encoding.words))
        return R::failure(countProblem(encoding, registers.size()));

    QString text;
    for (const quint16 word : registers) {
        if (encoding.stringEncoding == StringEncoding::Utf16) {
            text.append(QChar(word));
            continue;
        }
        const auto high = static_cast<char16_t>(word >> 8);
        const auto low = static_cast<char16_t>(word & 0xFF);
        text.append(QChar(encoding.byteOrder == ByteOrder::Big ? high : low));
        text.append(QChar(encoding.byteOrder == ByteOrder::Big ? low : high));
    }
    // Devices pad with NUL or spaces; a NUL ends the string.
    if (const qsizetype nul = text.indexOf(QChar(u'\0')); nul >= 0)
        text.truncate(nul);
    while (text.endsWith(u' '))
        text.chop(1);
    return R::success(text);
}

CodecResult<QList<quint16>> encodeString(const RegisterEncoding& encoding, const QString& text)
{
    using R = CodecResult<QList<quint16>>;
    if (encoding.type != RegisterType::String)
        return R::failure(u"%1 is not a string"_s.arg(typeName(encoding.type)));
    if (encoding.words <= 0)
        return R::failure(u"a string needs words > 0"_s);
    const qsizetype perRegister = encoding.stringEncoding == StringEncoding::Utf16 ? 1 : 2;
    const qsizetype capacity = encoding.words * perRegister;
    if (text.size() > capacity)
        return R::failure(u"\"%1\" has %2 characters, %3 registers hold %4"_s.arg(text)
                              .arg(text.size())
                              .arg(encoding.words)
                              .arg(capacity));

    QList<quint16> out(encoding.words, 0);
    if (encoding.stringEncoding == StringEncoding::Utf16) {
        for (qsizetype i = 0; i < text.size(); ++i)
            out[i] = text.at(i).unicode();
        return R::success(out);
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c > 0xFF)
            return R::failure(u"character %1 of \"%2\" is not Latin-1"_s.arg(i + 1).arg(text));
        const bool first = i % 2 == 0;
        const bool high = encoding.byteOrder == ByteOrder::Big ? first : !first;
        out[i / 2] = static_cast<quint16>(out[i / 2] | (high ? c << 8 : c));
    }
    return R::success(out);
}

} // namespace parkwatt::RegisterCodec
