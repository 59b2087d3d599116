#include "core/project/ProjectUtf8Text.h"

#include <cstring>

namespace claimscope::core::tables {

namespace {

constexpr quint64 kHighBits = 0x8080808080808080ULL;

bool continuation(unsigned char byte)
{
    return (byte & 0xC0) == 0x80;
}

// The length of the run of ASCII bytes at the start of `bytes`, eight at a time where it can.
qsizetype asciiRun(const unsigned char *bytes, qsizetype size)
{
    qsizetype i = 0;
    for (; i + 8 <= size; i += 8) {
        quint64 word;
        std::memcpy(&word, bytes + i, sizeof word);
        if (word & kHighBits)
            break;
    }
    while (i < size && bytes[i] < 0x80)
        ++i;
    return i;
}

// Decodes `bytes` into `out` (room for `size` units: no sequence gives more units than bytes) and
// returns the number of units, or −1 at the first sequence that is not strict or is U+FFFE, U+FFFF
// or a leading U+FEFF.
qsizetype decodeStrict(const unsigned char *bytes, qsizetype size, char16_t *out)
{
    char16_t *const start = out;
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = bytes[i];
        const qsizetype left = size - i;
        if (lead < 0x80) {
            const qsizetype ascii = asciiRun(bytes + i, left);
            for (qsizetype k = 0; k < ascii; ++k)
                out[k] = bytes[i + k];
            out += ascii;
            i += ascii;
        } else if (lead >= 0xC2 && lead <= 0xDF) {
            if (left < 2 || !continuation(bytes[i + 1]))
                return -1;
            *out++ = char16_t(((lead & 0x1F) << 6) | (bytes[i + 1] & 0x3F));
            i += 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            if (left < 3 || !continuation(bytes[i + 1]) || !continuation(bytes[i + 2]))
                return -1;
            const char32_t point =
                ((lead & 0x0F) << 12) | ((bytes[i + 1] & 0x3F) << 6) | (bytes[i + 2] & 0x3F);
            if (point < 0x800 || (point >= 0xD800 && point <= 0xDFFF) || point >= 0xFFFE ||
                (point == 0xFEFF && i == 0))
                return -1;
            *out++ = char16_t(point);
            i += 3;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            if (left < 4 || !continuation(bytes[i + 1]) || !continuation(bytes[i + 2]) ||
                !continuation(bytes[i + 3]))
                return -1;
            const char32_t point = ((lead & 0x07) << 18) | ((bytes[i + 1] & 0x3F) << 12) |
                                   ((bytes[i + 2] & 0x3F) << 6) | (bytes[i + 3] & 0x3F);
            if (point < 0x10000 || point > 0x10FFFF)
                return -1;
            *out++ = char16_t(0xD800 + ((point - 0x10000) >> 10));
            *out++ = char16_t(0xDC00 + ((point - 0x10000) & 0x3FF));
            i += 4;
        } else {
            return -1;
        }
    }
    return out - start;
}

} // namespace

std::optional<QString> driverText(const unsigned char *bytes, qsizetype size, std::vector<char16_t> &scratch)
{
    if (!bytes)
        return std::nullopt;
    // Most texts, and all keys and times, are ASCII: Qt widens those fastest, straight into the string.
    const qsizetype ascii = asciiRun(bytes, size);
    if (ascii == size)
        return QString::fromLatin1(reinterpret_cast<const char *>(bytes), size);
    if (scratch.size() < std::size_t(size))
        scratch.resize(std::size_t(size));
    const qsizetype units = decodeStrict(bytes, size, scratch.data());
    if (units < 0)
        return std::nullopt;
    return QString(reinterpret_cast<const QChar *>(scratch.data()), units);
}

} // namespace claimscope::core::tables
