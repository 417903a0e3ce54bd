#pragma once
// Turns Modbus register images (vectors of quint16) into engineering values and back: unsigned
// and signed 16- and 32-bit integers, IEEE 754 single and double floats, and strings, in either
// word order, with a linear scale and offset (value = raw * scale + offset). Pure functions: no
// I/O, no state. Every failure (a short or long register vector, a NaN or infinite float, a value
// that does not fit the type) is a result with a message, never undefined behaviour.

#include <QList>
#include <QString>
#include <QtGlobal>
#include <optional>
#include <span>

namespace parkwatt {

enum class RegisterType { U16, I16, U32, I32, F32, F64, String };

// Which 16-bit word of a multi-register value comes first: the most significant (Modbus's usual
// big-endian) or the least significant ("LSW first", e.g. Phoenix Contact EV-ETH).
enum class WordOrder { Big, Little };

// Strings only: which byte of a register holds the first character. Big: high byte first (the
// usual); Little: low byte first (e.g. Phoenix's IEC state, an ASCII letter in the low byte).
enum class ByteOrder { Big, Little };

// Strings only: two ASCII (Latin-1) characters per register, or one UTF-16 code unit per
// register (Vestel EVC04).
enum class StringEncoding { Ascii, Utf16 };

// How one value is laid out in registers and scaled.
struct RegisterEncoding {
    RegisterType type = RegisterType::U16;
    WordOrder wordOrder = WordOrder::Big;
    ByteOrder byteOrder = ByteOrder::Big;
    StringEncoding stringEncoding = StringEncoding::Ascii;
    int words = 0;      // strings: registers the string occupies; ignored for numbers
    double scale = 1.0; // value = raw * scale + offset; never 0
    double offset = 0.0;
    // Integers, decode only: raw = (raw >> bitShift) & bitMask when bitMask != 0 (e.g. ABB Terra
    // AC's state is byte 2 of a u32, masked with 0x7F).
    int bitShift = 0;
    quint32 bitMask = 0;
};

template <typename T> struct CodecResult {
    std::optional<T> value;
    QString error; // empty when value holds

    bool ok() const { return value.has_value(); }
    static CodecResult failure(QString problem) { return CodecResult{std::nullopt, std::move(problem)}; }
    static CodecResult success(T v) { return CodecResult{std::move(v), QString()}; }
};

namespace RegisterCodec {

// Registers a value of this encoding occupies (1, 2, 4, or `words` for strings; 0 for a string
// without words).
int registerCount(const RegisterEncoding& encoding);
int registerCount(RegisterType type, int words = 0);

bool isSigned(RegisterType type);
bool isInteger(RegisterType type);

// The smallest and largest raw value the type holds (floats: +-FLT_MAX, +-DBL_MAX).
double rawMinimum(RegisterType type);
double rawMaximum(RegisterType type);

// The raw number in the registers (before scale and offset, after the bit field). Errors: the
// wrong number of registers, a NaN or infinite float, a string encoding.
CodecResult<double> decodeRaw(const RegisterEncoding& encoding, std::span<const quint16> registers);
// raw * scale + offset.
CodecResult<double> decodeNumber(const RegisterEncoding& encoding, std::span<const quint16> registers);

// The registers that hold `raw`. Integers are rounded to the nearest whole number. Errors: NaN or
// infinity, a value outside the type's range, a string encoding, a bit-field encoding.
CodecResult<QList<quint16>> encodeRaw(const RegisterEncoding& encoding, double raw);
// The registers that hold (value - offset) / scale.
CodecResult<QList<quint16>> encodeNumber(const RegisterEncoding& encoding, double value);

// Strings: trailing NUL characters and trailing spaces are dropped on decode; encode pads with NUL
// to `words` registers and refuses a string that does not fit (or, for ASCII, is not Latin-1).
CodecResult<QString> decodeString(const RegisterEncoding& encoding, std::span<const quint16> registers);
CodecResult<QList<quint16>> encodeString(const RegisterEncoding& encoding, const QString& text);

} // namespace RegisterCodec

} // namespace parkwatt
