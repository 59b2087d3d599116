#pragma once

#include "core/document/pdf/PdfWords.h"

namespace claimscope::core::pdf {

// The words of a page grouped into lines, kept in the page's reading order. A line ends where poppler
// ended it, and also where the next word is not beside the last one (it starts further left, or
// shares no height with the line), so words made up without poppler's hints group the same way.
// Poppler's end is overruled for a word that follows closely on the same height: it puts a
// superscript note mark ("year.[1]") or a small list bullet on a line of its own, which would
// make either a paragraph of its own.
PageLines linesOfPage(const PageWords &page, int pageIndex);

// Whether a space separates two neighbouring words of a line: a gap of more than a tenth of the
// smaller word's height (a space is a quarter or more; letters of one word touch). Poppler's own
// flag is not used: it reports a space between a word and a superscript set right against it.
bool spaceBetween(const Word &left, const Word &right);

} // namespace claimscope::core::pdf
