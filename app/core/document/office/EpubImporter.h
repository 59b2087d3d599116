#pragma once

#include "core/document/ImportResult.h"

#include <QByteArray>
#include <QString>

namespace claimscope::core {

// An EPUB book to plain text: META-INF/container.xml leads to the OPF package document, whose spine
// gives the reading order; each XHTML document is reduced by HtmlImporter's importHtmlText, its notes
// moved to the end as "[n] …" (EpubNotes.h). Metadata comes from the OPF: title, creator, date,
// language, and the publisher as outlet. Refused: not a package or a damaged one, a DOCTYPE with
// declarations in a chapter (Malformed); DRM, that is encryption.xml over the package document or a
// content document (Encrypted; obfuscated fonts are fine); a package over the ZIP limits of
// ZipArchive.h (ArchiveLimit); no text (NoText). Safe to call from several threads at once.
ImportResult importEpub(const QByteArray &bytes, const QString &filePath);

} // namespace claimscope::core
