// Plain text import: the encoding detection of TextDecoder (byte-order marks, binary detection,
// damaged UTF-8, uchardet for legacy encodings), with and without an encoding the file declares.

#include "FuzzSupport.h"
#include "core/document/PlainTextImporter.h"
#include "core/document/TextDecoder.h"

#include <array>
#include <variant>

using namespace claimscope;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::ensureApplication();
    QByteArray bytes = fuzz::bytesOf(data, size);
    // What an HTML page's <meta charset> might claim, including names Qt does not know.
    static const std::array<QByteArrayView, 8> declared = {"",           "utf-8",    "windows-1251", "koi8-r",
                                                           "iso-8859-9", "utf-16le", "x-unknown",    "cp866"};
    const std::uint8_t selector = fuzz::takeSelector(bytes);
    const auto decoded = core::decodeText(bytes, declared[selector % declared.size()]);
    if (const auto *failure = std::get_if<core::DecodeFailure>(&decoded))
        fuzz::requireThat(failure->reason != core::ImportError::Reason{},
                          "a decoding failure without a reason");
    else
        fuzz::requireThat(!std::get<core::DecodedText>(decoded).text.contains(u'\r'),
                          "decoded text kept a carriage return");
    fuzz::requireClearOutcome(core::importPlainText(bytes, QStringLiteral("/fuzz/input.txt")));
    return 0;
}
