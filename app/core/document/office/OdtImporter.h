#pragma once

#include "core/document/ImportResult.h"

#include <QByteArray>
#include <QString>

namespace claimscope::core {

// An OpenDocument text (ODT) to plain text: content.xml's body, its notes moved to the end as
// "[n] …", and the title, author, date and language of meta.xml. Refused: not a package or a damaged
// one (Malformed), a password-protected document (Encrypted: META-INF/manifest.xml declares
// encryption data), a package over the ZIP limits of ZipArchive.h (ArchiveLimit), no text (NoText).
// Safe to call from several threads at once.
ImportResult importOdt(const QByteArray &bytes, const QString &filePath);

} // namespace claimscope::core
