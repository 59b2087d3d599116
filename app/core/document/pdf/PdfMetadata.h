#pragma once

#include "core/document/Document.h"
#include "core/document/pdf/PdfReader.h"
#include "core/document/pdf/PdfTextLayout.h"

#include <QDate>
#include <QStringView>

namespace claimscope::core::pdf {

// The metadata of an imported PDF: title, author and date from the information dictionary; a
// missing or placeholder title (see isPlaceholderTitle) is replaced by the first heading, or else the
// first paragraph when it is short; the language is guessed from the text, as for plain text.
// format is "pdf"; encoding is empty, because a PDF's text is not decoded from one character
// encoding (each font maps its own codes to Unicode).
DocumentMetadata metadataOf(const DocumentInfo &info, const LaidOutText &text, const QString &filePath);

// "D:20241025093000+05'00'" → 25 October 2024: the date as the writer's clock showed it, not moved to
// UTC. An invalid or missing date gives a null QDate.
QDate dateFromPdf(QStringView value);

// Titles that word processors fill in by themselves: "Untitled", "Microsoft Word - report.docx",
// a file name.
bool isPlaceholderTitle(QStringView title);

} // namespace claimscope::core::pdf
