#pragma once

#include "core/document/ImportResult.h"

#include <QByteArray>
#include <QString>

namespace claimscope::core {

// A PDF's text layer as plain text in reading order, paragraphs rebuilt, with the page and box of
// every word (Document::geometry) so that annotations can be drawn back onto the pages.
//
// bytes: the whole file (already checked against kMaxImportBytes); filePath: for errors and metadata;
// password: empty on a first attempt, then what the person typed after PasswordRequired.
//
// Refusals: not a PDF, cut short or unreadable (Malformed, with a short detail); locked
// (PasswordRequired, WrongPassword); over kMaxPdfPages pages (TooManyPages, detail = the page count);
// pages without any text, as in a scan (NoTextLayer). Safe to call on several threads at once.
ImportResult importPdf(const QByteArray &bytes, const QString &filePath, const QString &password = {});

} // namespace claimscope::core
