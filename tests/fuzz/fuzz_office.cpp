// DOCX, ODT and EPUB import: the same bytes through each of the three package importers (ZIP limits,
// the DOCTYPE-refusing XML reader, relationships, manifests and spines, notes).

#include "FuzzSupport.h"
#include "core/document/office/DocxImporter.h"
#include "core/document/office/EpubImporter.h"
#include "core/document/office/OdtImporter.h"

using namespace claimscope;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::ensureApplication();
    const QByteArray bytes = fuzz::bytesOf(data, size);
    fuzz::requireClearOutcome(core::importDocx(bytes, QStringLiteral("/fuzz/document.docx")));
    fuzz::requireClearOutcome(core::importOdt(bytes, QStringLiteral("/fuzz/document.odt")));
    fuzz::requireClearOutcome(core::importEpub(bytes, QStringLiteral("/fuzz/book.epub")));
    return 0;
}
