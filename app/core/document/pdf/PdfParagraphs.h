#pragma once

#include "core/document/pdf/PdfWords.h"

namespace claimscope::core::pdf {

struct Paragraph {
    QList<Line> lines;
    bool heading = false; // set in a font clearly larger than the body text's
};

// Lines in reading order (all pages, page furniture already gone) regrouped into paragraphs.
//
// The body text is the line height that carries the most characters; the usual line spacing of each
// height is measured from the document itself. Between two lines of the same column a paragraph ends
//  - where the height changes by more than 12 %: a heading set larger, or a footnote set smaller;
//  - where the spacing is clearly larger than usual for that height: a blank line, or the gap under
//    a heading;
//  - where the next line is indented against both its neighbours: a first-line indent;
//  - where a line ends a sentence although the next line's first word would have fitted after it:
//    the writer broke the line, not the layout.
// Across a page or column break (the next line is on another page, above the last one, or beside
// it), the paragraph goes on when the heights agree and the text plainly continues: the last line
// ends in a hyphen or without a sentence's end, or the next one starts with a lower-case letter.
QList<Paragraph> paragraphsOf(const QList<Line> &lines);

// The height a heading must exceed, as a multiple of the body text's.
inline constexpr double kHeadingScale = 1.15;

} // namespace claimscope::core::pdf
