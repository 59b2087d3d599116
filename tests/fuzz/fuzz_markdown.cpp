// Markdown import: front matter, then cmark's safe HTML, then the HTML importer.

#include "FuzzSupport.h"
#include "core/document/MarkdownImporter.h"

using namespace claimscope;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::ensureApplication();
    fuzz::requireClearOutcome(
        core::importMarkdown(fuzz::bytesOf(data, size), QStringLiteral("/fuzz/article.md")));
    return 0;
}
