// What the client reads from the highlighting helper's stdout: bytes arriving in pieces of any size,
// split into lines, each line a message, checked as a greeting, a highlight reply (against a text of
// a length the input chooses) and a list of themes. A reply that passes must describe spans that lie
// inside the text, in order, with formats that exist: the viewer paints them without checking again.

#include "FuzzSupport.h"
#include "core/highlight/HelperReplies.h"

#include <variant>

using namespace claimscope;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::ensureApplication();
    QByteArray bytes = fuzz::bytesOf(data, size);
    const qsizetype textLength = fuzz::takeSelector(bytes) * 64;
    const qsizetype pieceSize = 1 + fuzz::takeSelector(bytes);
    QByteArray buffer;
    for (qsizetype at = 0; at < bytes.size(); at += pieceSize) {
        buffer += bytes.mid(at, pieceSize);
        for (const QByteArray &line : core::takeCompleteLines(buffer)) {
            fuzz::requireThat(!line.contains('\n'), "a line with a line break in it");
            const auto message = core::helperMessage(line);
            if (!message)
                continue;
            core::isHelperGreeting(*message);
            core::parseThemes(*message);
            const auto parsed = core::parseHighlightReply(*message, textLength);
            const auto *result = std::get_if<core::HighlightResult>(&parsed);
            if (!result)
                continue;
            qsizetype end = 0;
            for (const core::HighlightSpan &span : result->spans) {
                fuzz::requireThat(span.offset >= end && span.length > 0 &&
                                      span.length <= textLength - span.offset,
                                  "an accepted span outside the text or out of order");
                fuzz::requireThat(span.format >= 0 && span.format < result->formats.size(),
                                  "an accepted span with a format that does not exist");
                end = span.offset + span.length;
            }
        }
    }
    fuzz::requireThat(!buffer.contains('\n'), "a complete line left in the buffer");
    return 0;
}
