// PDF import through poppler: the text layer, lines and paragraphs rebuilt, word boxes kept.
// The first byte chooses whether a password is offered, as on a second attempt.

#include "FuzzSupport.h"
#include "core/document/pdf/PdfImporter.h"

using namespace claimscope;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::ensureApplication();
    QByteArray bytes = fuzz::bytesOf(data, size);
    const bool withPassword = fuzz::takeSelector(bytes) % 2 == 1;
    const core::ImportResult result = core::importPdf(bytes, QStringLiteral("/fuzz/report.pdf"),
                                                      withPassword ? QStringLiteral("secret") : QString());
    fuzz::requireClearOutcome(result);
    if (result.ok()) {
        // Every word box must point into the text: the PDF export draws annotations through them.
        const core::Document &document = result.document();
        for (const core::WordBox &word : document.geometry.words) {
            fuzz::requireThat(word.offset >= 0 && word.length >= 0 &&
                                  word.length <= document.text.size() - word.offset,
                              "a word box outside the text");
            fuzz::requireThat(word.page >= 0 && word.page < document.geometry.pageSizes.size(),
                              "a word box on a page that does not exist");
        }
    }
    return 0;
}
