#pragma once

#include "core/document/ImportResult.h"

#include <QByteArray>
#include <QString>

namespace claimscope::core {

// A Word document (DOCX, Office Open XML) to plain text: the main document part found through the
// package relationships, its footnotes and endnotes moved to the end as "[n] …", and the title,
// author, date and language of docProps/core.xml. `bytes` is the whole file, at most
// kMaxImportBytes. Refused: not a package, or a damaged one (Malformed), a password-protected
// document (Encrypted), a package over the ZIP limits of ZipArchive.h (ArchiveLimit), no text
// (NoText). Safe to call from several threads at once.
ImportResult importDocx(const QByteArray &bytes, const QString &filePath);

} // namespace claimscope::core
