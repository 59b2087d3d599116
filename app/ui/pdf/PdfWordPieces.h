#pragma once

#include "core/analysis/Annotations.h"
#include "core/document/Document.h"
#include "ui/pdf/PdfTextPages.h"

#include <QList>

namespace claimscope::ui::pdf {

// Where the characters of `range` lie on the original pages of a source imported from a PDF, from
// the boxes of its words (Document::geometry): for each page they lie on, in text order, one
// rectangle per run of words on one line, in points from the page's top left as poppler shows the
// page (turned as its /Rotate says, from its crop box's corner), as the word boxes are.
//
// A word the range only partly covers (a quote that starts at the quotation mark glued to its first
// word) gives the share of its box that its characters in the range take, along the box's longer
// side: the boxes hold no positions of single characters, and a share by characters is within a
// glyph's width of them. Words that follow each other on one line join into one rectangle with the
// space between them, as a typeset highlight has it; a word on another line, or further along than a
// space, starts a new one. Empty when no word of the range has a box (whitespace, text that came
// from no page).
QList<PdfPagePiece> wordPieces(const core::PageGeometry &geometry, const core::TextRange &range);

} // namespace claimscope::ui::pdf
