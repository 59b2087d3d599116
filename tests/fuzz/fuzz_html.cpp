// HTML import through libxml2's HTML parser: scripts, frames and remote resources dropped, never
// fetched; metadata from <title>, <meta> and <link>.

#include "FuzzSupport.h"
#include "core/document/HtmlImporter.h"

using namespace claimscope;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::ensureApplication();
    fuzz::requireClearOutcome(core::importHtml(fuzz::bytesOf(data, size), QStringLiteral("/fuzz/page.html")));
    return 0;
}
