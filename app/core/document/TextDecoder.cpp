#include "core/document/TextDecoder.h"

#include <QMimeDatabase>
#include <QStringDecoder>

#include <algorithm>
#include <memory>
#include <optional>
#include <uchardet/uchardet.h>

namespace claimscope::core {
namespace {

using Reason = ImportError::Reason;

// Stateless: a sequence cut off at the end of the file is an error, not something to wait for.
constexpr QStringConverter::Flags kStrict = QStringConverter::Flag::Stateless;

struct Bom {
    QByteArrayView bytes;
    QStringConverter::Encoding encoding;
};

std::optional<QStringConverter::Encoding> encodingFromBom(QByteArrayView bytes)
{
    // UTF-32 before UTF-16: the UTF-32LE mark begins with the UTF-16LE one.
    static const Bom boms[] = {
        {QByteArrayView("\xEF\xBB\xBF", 3), QStringConverter::Utf8},
        {QByteArrayView("\xFF\xFE\x00\x00", 4), QStringConverter::Utf32LE},
        {QByteArrayView("\x00\x00\xFE\xFF", 4), QStringConverter::Utf32BE},
        {QByteArrayView("\xFF\xFE", 2), QStringConverter::Utf16LE},
        {QByteArrayView("\xFE\xFF", 2), QStringConverter::Utf16BE},
    };
    for (const Bom &bom : boms) {
        if (bytes.startsWith(bom.bytes))
            return bom.encoding;
    }
    return std::nullopt;
}

bool isStrayControl(char16_t c)
{
    return c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r' && c != u'\f' && c != u'\v' && c != 0x1B;
}

// Binary data has NULs, or control characters in numbers no text has.
bool looksBinary(QByteArrayView bytes)
{
    const QByteArrayView head = bytes.first(std::min<qsizetype>(bytes.size(), 64 * 1024));
    qsizetype controls = 0;
    for (char c : head) {
        if (c == 0)
            return true;
        if (isStrayControl(static_cast<unsigned char>(c)))
            ++controls;
    }
    return controls > std::max<qsizetype>(4, head.size() / 100);
}

bool textLooksBinary(QStringView text)
{
    qsizetype controls = 0;
    for (QChar c : text) {
        if (c.unicode() == 0)
            return true;
        if (isStrayControl(c.unicode()))
            ++controls;
    }
    return controls > std::max<qsizetype>(4, text.size() / 100);
}

// UTF-16 without a byte-order mark, as some Windows tools write it: NUL bytes (the high bytes of
// spaces, digits and Latin letters, or of punctuation between Cyrillic words) at one parity of
// offsets only. Binary formats have NULs at both. The decoded text must still pass as text.
std::optional<QStringConverter::Encoding> unmarkedUtf16(QByteArrayView bytes)
{
    if (bytes.size() % 2 != 0 || bytes.size() < 8)
        return std::nullopt;
    const QByteArrayView head = bytes.first(std::min<qsizetype>(bytes.size(), 64 * 1024));
    qsizetype zeroEven = 0;
    qsizetype zeroOdd = 0;
    for (qsizetype i = 0; i + 1 < head.size(); i += 2) {
        zeroEven += head[i] == 0;
        zeroOdd += head[i + 1] == 0;
    }
    // One in ten units with a NUL high byte, and at least four: a few NULs at one parity (a short
    // binary header) are not enough.
    const qsizetype units = head.size() / 2;
    if (zeroEven == 0 && zeroOdd >= 4 && zeroOdd * 10 >= units)
        return QStringConverter::Utf16LE;
    if (zeroOdd == 0 && zeroEven >= 4 && zeroEven * 10 >= units)
        return QStringConverter::Utf16BE;
    return std::nullopt;
}

// Text decoded from unmarked UTF-16 is taken only when it reads as text throughout: a single C0
// control character (other than tab, line breaks and form feed) means the guess was wrong.
bool readsAsText(QStringView text)
{
    return std::none_of(text.begin(), text.end(), [](QChar c) {
        return c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r' && c != u'\f';
    });
}

struct Utf8Scan {
    qsizetype validMultibyte = 0;
    qsizetype invalid = 0;
    qsizetype firstInvalidOffset = -1;
};

// Counts well-formed multi-byte sequences and broken bytes (RFC 3629: no overlongs, no surrogates).
Utf8Scan scanUtf8(QByteArrayView bytes)
{
    Utf8Scan scan;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char b = p[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80, high = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            if (b == 0xE0)
                low = 0xA0;
            if (b == 0xED)
                high = 0x9F;
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            if (b == 0xF0)
                low = 0x90;
            if (b == 0xF4)
                high = 0x8F;
        }
        bool ok = length > 0 && i + length <= n;
        for (int k = 1; ok && k < length; ++k) {
            const unsigned char c = p[i + k];
            ok = k == 1 ? (c >= low && c <= high) : (c >= 0x80 && c <= 0xBF);
        }
        if (ok) {
            ++scan.validMultibyte;
            i += length;
        } else {
            if (scan.firstInvalidOffset < 0)
                scan.firstInvalidOffset = i;
            ++scan.invalid;
            ++i;
        }
    }
    return scan;
}

qsizetype lineOfOffset(QByteArrayView bytes, qsizetype offset)
{
    return bytes.first(offset).count('\n') + 1;
}

QString detectLegacyEncoding(QByteArrayView bytes)
{
    const std::unique_ptr<std::remove_pointer_t<uchardet_t>, decltype(&uchardet_delete)> detector(
        uchardet_new(), &uchardet_delete);
    if (uchardet_handle_data(detector.get(), bytes.data(), static_cast<size_t>(bytes.size())) != 0)
        return {};
    uchardet_data_end(detector.get());
    return QString::fromLatin1(uchardet_get_charset(detector.get()));
}

constexpr qsizetype kMinLegacyHighBytes = 8;

// True when the non-ASCII characters of a decoded text are nearly all letters or typographic marks,
// as in real Russian or Turkish prose; a wrong code page yields symbols and box-drawing characters.
bool mostlyLetters(QStringView text)
{
    static const QString typographic = QStringLiteral("«»„“”‘’‚–—…№°€·");
    qsizetype nonAscii = 0, good = 0;
    for (QChar c : text) {
        if (c.unicode() < 0x80)
            continue;
        ++nonAscii;
        if (c.isLetter() || c.isSpace() || typographic.contains(c))
            ++good;
    }
    return nonAscii > 0 && good * 10 >= nonAscii * 8;
}

QString normaliseLineEndings(QString text)
{
    if (text.contains(u'\r')) {
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        text.replace(u'\r', u'\n');
    }
    return text;
}

// Qt's UTF-16 and UTF-32 decoders pass a lone surrogate through without an error. Such a text is
// not valid Unicode, and SQLite's UTF-16 conversion would join the surrogate with the character
// after it when the project stores the text.
bool hasUnpairedSurrogate(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            return true;
    }
    return false;
}

std::variant<DecodedText, DecodeFailure> decodeStrictly(QByteArrayView bytes, QStringDecoder decoder,
                                                        const QString &name)
{
    QString text = decoder.decode(bytes);
    if (decoder.hasError() || hasUnpairedSurrogate(text))
        return DecodeFailure{Reason::UndecodableEncoding, name};
    if (textLooksBinary(text))
        return DecodeFailure{Reason::Binary, {}};
    text = normaliseLineEndings(std::move(text));
    // The decoder reserves one UTF-16 unit per byte; Cyrillic takes two bytes a letter, so a
    // Russian text would keep half its buffer empty for as long as it is held.
    text.squeeze();
    return DecodedText{std::move(text), name};
}

QString binaryKind(QByteArrayView bytes)
{
    const QMimeType type = QMimeDatabase().mimeTypeForData(bytes.toByteArray());
    if (!type.isValid() || type.isDefault() || type.inherits(QStringLiteral("text/plain")))
        return {};
    return type.comment();
}

} // namespace

std::variant<DecodedText, DecodeFailure> decodeText(QByteArrayView bytes, QByteArrayView declaredEncoding)
{
    if (const auto bomEncoding = encodingFromBom(bytes)) {
        const QString name = QString::fromLatin1(QStringConverter::nameForEncoding(*bomEncoding));
        // Qt's decoders drop a trailing partial code unit silently; a cut-off file is an error here.
        const qsizetype unit = name.startsWith(u"UTF-32") ? 4 : name.startsWith(u"UTF-16") ? 2 : 1;
        if (bytes.size() % unit != 0)
            return DecodeFailure{Reason::UndecodableEncoding, name};
        QStringDecoder decoder(*bomEncoding, kStrict);
        return decodeStrictly(bytes, std::move(decoder), name);
    }

    if (looksBinary(bytes)) {
        if (const auto utf16 = unmarkedUtf16(bytes)) {
            const QString name = QString::fromLatin1(QStringConverter::nameForEncoding(*utf16));
            auto decoded = decodeStrictly(bytes, QStringDecoder(*utf16, kStrict), name);
            if (const auto *text = std::get_if<DecodedText>(&decoded); text && readsAsText(text->text))
                return decoded;
        }
        return DecodeFailure{Reason::Binary, binaryKind(bytes)};
    }

    const Utf8Scan scan = scanUtf8(bytes);

    if (!declaredEncoding.isEmpty()) {
        QStringDecoder declared(declaredEncoding.toByteArray().constData(), kStrict);
        const bool declaresUtf8 = declared.isValid() && declared.name() == QByteArrayView("UTF-8");
        // A page that declares UTF-8 but is not is damaged; one that declares a legacy encoding is
        // trusted only if its bytes are not plainly UTF-8 (a common mistake of old templates).
        if (declared.isValid() && !declaresUtf8 && (scan.validMultibyte == 0 || scan.invalid > 0))
            return decodeStrictly(bytes, std::move(declared), QString::fromLatin1(declared.name()));
    }

    if (scan.invalid == 0)
        return decodeStrictly(bytes, QStringDecoder(QStringConverter::Utf8, kStrict),
                              QStringLiteral("UTF-8"));

    if (scan.validMultibyte > scan.invalid) {
        return DecodeFailure{Reason::InvalidUtf8,
                             QString::number(lineOfOffset(bytes, scan.firstInvalidOffset))};
    }

    const DecodeFailure damagedUtf8{Reason::InvalidUtf8,
                                    QString::number(lineOfOffset(bytes, scan.firstInvalidOffset))};
    // A few stray high bytes in ASCII text are damage, not an encoding: any 8-bit code page would
    // "decode" them. Only text with enough non-ASCII letters is taken as legacy-encoded.
    if (scan.invalid < kMinLegacyHighBytes)
        return damagedUtf8;
    const QString legacy = detectLegacyEncoding(bytes);
    if (legacy.isEmpty() || legacy.startsWith(u"UTF", Qt::CaseInsensitive) || legacy == u"ASCII")
        return DecodeFailure{Reason::UnknownEncoding, {}};
    QStringDecoder decoder(legacy.toLatin1().constData(), kStrict);
    if (!decoder.isValid())
        return DecodeFailure{Reason::UnknownEncoding, legacy};
    auto decoded = decodeStrictly(bytes, std::move(decoder), legacy.toLower());
    if (const auto *text = std::get_if<DecodedText>(&decoded); text && !mostlyLetters(text->text))
        return damagedUtf8;
    return decoded;
}

} // namespace claimscope::core
