#pragma once

#include "core/document/ImportError.h"
#include "core/document/pdf/PdfWords.h"

#include <QByteArray>

#include <variant>

namespace claimscope::core::pdf {

// The document information dictionary as the file writes it.
struct DocumentInfo {
    QString title;
    QString author;
    QString creationDate;     // "D:YYYYMMDDHHmmSSOHH'mm'", possibly cut short after the year
    QString modificationDate; // the same form
};

struct PdfContent {
    QList<PageWords> pages;
    DocumentInfo info;
};

struct ReadFailure {
    ImportError::Reason reason = ImportError::Reason::Malformed;
    QString detail;
};

// Opens a PDF with poppler-qt6 and reads the words of every page with their boxes. Nothing is
// rendered, and no form, script, link or embedded file is acted on: poppler's text extraction only
// interprets the page contents. Poppler's messages go to the "claimscope.pdf" logging category (debug
// level, off by default) instead of stderr; the last one names the damage when a file cannot be
// opened.
//
// Refuses, as ReadFailure: a file poppler cannot open (Malformed), a locked file without a password
// (PasswordRequired) or with a wrong one (WrongPassword), more than kMaxPdfPages pages (TooManyPages,
// detail = page count), no pages at all (Malformed).
//
// Thread safety: each call has its own poppler document, and poppler guards its global state with a
// mutex; the message handler is installed once, before the first document is opened, and reports to
// the thread that caused the message. Two calls may run at once on different threads.
std::variant<PdfContent, ReadFailure> readPdf(const QByteArray &bytes, const QString &password);

} // namespace claimscope::core::pdf
