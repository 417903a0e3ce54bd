// RegisterCodec on arbitrary registers: every type, word order, byte order, string encoding,
// scale and bit field decodes to a value or an error (never UB), and a value that decodes
// re-encodes to the same raw registers.

#include "devices/RegisterCodec.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>

using namespace parkwatt;

namespace {

struct Input {
    const uint8_t* data;
    size_t size;
    uint8_t byte() { return take<uint8_t>(); }
    template <typename T> T take()
    {
        T v{};
        const size_t n = std::min(sizeof(T), size);
        std::memcpy(&v, data, n);
        data += n;
        size -= n;
        return v;
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Input in{data, size};
    RegisterEncoding e;
    e.type = RegisterType(in.byte() % 7);
    e.wordOrder = in.byte() % 2 ? WordOrder::Little : WordOrder::Big;
    e.byteOrder = in.byte() % 2 ? ByteOrder::Little : ByteOrder::Big;
    e.stringEncoding = in.byte() % 2 ? StringEncoding::Utf16 : StringEncoding::Ascii;
    e.words = int(in.byte() % 130) - 2; // including 0 and negative
    const uint8_t flags = in.byte();
    if (flags & 1)
        e.scale = in.take<double>();
    if (flags & 2)
        e.offset = in.take<double>();
    if (flags & 4) {
        e.bitShift = int(in.byte()) - 8;
        e.bitMask = in.take<quint32>();
    }
    // The rest are the registers, sometimes one too few or too many.
    QList<quint16> registers;
    while (in.size >= 2)
        registers.append(in.take<quint16>());
    const std::span<const quint16> words(registers.data(), size_t(registers.size()));

    const auto raw = RegisterCodec::decodeRaw(e, words);
    const auto number = RegisterCodec::decodeNumber(e, words);
    const auto text = RegisterCodec::decodeString(e, words);
    if (raw.ok() != raw.error.isEmpty())
        std::abort(); // a result is a value or a reason, never both or neither
    if (raw.ok() && !std::isfinite(*raw.value))
        std::abort();
    if (number.ok() && !std::isfinite(*number.value))
        std::abort();
    if (text.ok()) {
        const auto back = RegisterCodec::encodeString(e, *text.value);
        if (!back.ok() && e.stringEncoding == StringEncoding::Utf16)
            std::abort(); // what was read fits where it came from
    }
    if (raw.ok() && e.bitMask == 0) {
        const auto back = RegisterCodec::encodeRaw(e, *raw.value);
        if (!back.ok())
            std::abort();
        // Round trip: same registers, except for floats whose NaN payloads decode as errors anyway
        // and the sign of zero.
        if (RegisterCodec::isInteger(e.type) && *back.value != registers)
            std::abort();
    }
    if (number.ok())
        (void)RegisterCodec::encodeNumber(e, *number.value);
    return 0;
}
