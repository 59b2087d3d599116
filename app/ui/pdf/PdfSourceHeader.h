#pragma once

#include "core/document/Document.h"
#include "ui/pdf/PdfLayoutStyle.h"

#include <QString>

class QTextCursor;

namespace claimscope::ui::pdf {

// The header of a source, the same whether its text is typeset after it or its original pages
// follow: the title, a line of details (outlet, author, date, language), the URL as a link.
// `cursor` is at the start of an empty document and is left at the end of what was written.
void writeSourceHeading(QTextCursor &cursor, const QString &title, const core::DocumentMetadata &metadata,
                        const PdfFonts &fonts);

// One more line of the header, muted like the details: what the source is made of, a legend.
void writeHeaderLine(QTextCursor &cursor, const QString &text, const PdfFonts &fonts);

// The rule that ends the header (an empty block drawn as a line, what <hr> becomes).
void writeHeaderRule(QTextCursor &cursor, const PdfFonts &fonts);

} // namespace claimscope::ui::pdf
