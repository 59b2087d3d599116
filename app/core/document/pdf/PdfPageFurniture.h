#pragma once

#include "core/document/pdf/PdfWords.h"

#include <QStringView>

namespace claimscope::core::pdf {

// Running headers, running footers and page numbers: text the layout repeats on every page, which is
// no part of what the document says and would otherwise break paragraphs at every page turn.
//
// Only lines in a page's margin bands are ever dropped: among the three top-most lines and within the
// top 15 % of the page, or among the three bottom-most lines and within the bottom 15 %. Such a line is
//  - a running header or footer when the document has at least 3 pages and the same text, compared
//    with case folded and every run of digits read as one "#" ("Page 3 of 10" = "Page 7 of 10"), is
//    in the same band (top or bottom), in about the same size (within 15 % of the usual height), on
//    at least half of the pages, and on at least 3 of them. The size keeps a title on the first page
//    that repeats the running header.
//    Half, not most: books alternate their headers between left and right pages. A line found on
//    fewer pages (a note on two pages out of five) is text and stays. The price: body lines in a
//    band that differ from page to page only in their numbers are taken for a header too.
//  - a page number when it is one of the two outermost lines of its band and reads as one ("3",
//    "- 3 -", "Page 3 of 10", "Стр. 3", "Sayfa 3", "3 / 10", "iv"), whatever the page count, as long as
//    the number is at most twice the page count plus 10: a year alone at the top of a one-page
//    release stays text, and a journal's "1523" is still caught by the repetition rule.
QList<PageLines> withoutPageFurniture(QList<PageLines> pages, const QList<QSizeF> &pageSizes);

// Whether a line's text reads as a page number of a document with pageCount pages.
bool isPageNumber(QStringView text, int pageCount);

} // namespace claimscope::core::pdf
