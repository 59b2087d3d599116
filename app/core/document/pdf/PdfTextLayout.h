#pragma once

#include "core/document/Document.h"
#include "core/document/pdf/PdfWords.h"

namespace claimscope::core::pdf {

// The text of a PDF as Claimscope keeps it, with the page and box of every word in it.
struct LaidOutText {
    QString text;         // paragraphs separated by a blank line
    QList<WordBox> words; // in text order
    QString firstHeading; // the first paragraph set larger than the body text; empty if none
    QString firstParagraph;
};

// Words per page (in poppler's reading order) to text: lines, then page furniture dropped
// (PdfPageFurniture.h), then paragraphs (PdfParagraphs.h), then the words written out.
//
// Within a line, words are separated by a space where there is a gap between them (spaceBetween in
// PdfLines.h). The lines of a paragraph are joined with a space, except at a hyphen:
//  - "inter-" + "national" → "international": a hyphen after a letter, before a lower-case letter
//    of any script (Cyrillic "за-" + "явил", Turkish "kü-" + "çük"), is the layout's and goes;
//  - "Kassym-" + "Jomart" → "Kassym-Jomart", "COVID-" + "19" → "COVID-19": before anything else the
//    hyphen is the writer's and stays, with no space after it;
//  - a soft hyphen (U+00AD) at a line's end always joins without a space; soft hyphens go wherever
//    they are, and ligature characters (U+FB00–U+FB06) are written out as their letters.
//
// Each word the PDF draws has one WordBox covering exactly the characters it gave the text, with the
// word's box as drawn. So a word hyphenated across lines has two boxes, one per piece: "inter"
// (its box still covering the hyphen glyph it was drawn with) and "national". Spaces and paragraph
// breaks have none.
LaidOutText layOutText(const QList<PageWords> &pages);

// The join between a line ending in `last` and the next line starting with `next`: how many characters
// to take off the end of `last`, and what goes between.
struct LineJoin {
    qsizetype chop = 0;
    QString separator;
};
LineJoin joinLines(QStringView last, QStringView next);

// A word's text as it goes into the document: soft hyphens and control characters removed, ligatures
// written out.
QString cleanWordText(QStringView text);

} // namespace claimscope::core::pdf
