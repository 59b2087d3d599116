#pragma once

#include "core/document/Document.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <variant>

// The page geometry of a PDF source (core::PageGeometry) as the one BLOB the project file keeps of
// it (table page_geometry, ProjectPagesTable.h), and the rules a geometry must follow to be stored.
// No SQL here, so that every corruption can be tested on bytes alone.
//
// Layout of format version 1. Every number is little-endian, and nothing is padded:
//
//   offset       size     field
//   0            1        format version: 1
//   1            4        page count P (uint32, at least 1)
//   5            4        word count W (uint32)
//   9            16 × P   per page: width, height (float64, points)
//   9 + 16 P     44 × W   per word: offset, length, page (uint32 each; offset and length in UTF-16
//                         code units of the source's text, the page 0-based), then the box's x, y,
//                         width, height (float64, points from the page's top-left corner)
//
// A blob is exactly 9 + 16 P + 44 W bytes. The counts are checked against the size before anything
// is allocated, so a damaged count cannot ask for gigabytes. Coordinates are float64: float32 would
// save 16 bytes a word, but a geometry read back would then differ from the one imported, and
// memory would disagree with the file. One blob rather than a row per word: words are only ever
// read a source at a time, and 40,000 rows per 100-page PDF would cost a row header, a rowid and
// a QVariant per value. A later layout takes the next version byte; decode() must go on reading
// version 1.
namespace claimscope::core::pagegeometry {

inline constexpr quint8 kFormatVersion = 1;

// The first rule `geometry` breaks for a text of `textLength` UTF-16 code units, in
// developer-facing English; nothing when it keeps them all. The rules: every page size is a finite
// number above 0; every word has a length of at least 1 and lies within the text; words are in
// text order (no word starts before the one before it; two boxes of one word, as on both sides of a
// line break, may share a start); every word is on one of the pages; every number of a box is
// finite, and its width and height are not negative. A box may start left of or above its page:
// poppler keeps a glyph that sticks out of the page's crop box, and refusing it would refuse the
// whole import of that PDF.
std::optional<QString> problemOf(const PageGeometry &geometry, qsizetype textLength);

// The blob of a geometry with at least one page that keeps problemOf()'s rules, or the rule it
// breaks: a blob that decode() would refuse is never made, since the project holding it could not
// be opened again.
std::variant<QByteArray, QString> encode(const PageGeometry &geometry, qsizetype textLength);

// The geometry in a blob, for a text of `textLength` code units; an error for a blob of another
// size than its counts say (cut short, too long), of an unknown format version, without pages, or
// whose geometry breaks a rule of problemOf().
std::variant<PageGeometry, QString> decode(const QByteArray &blob, qsizetype textLength);

} // namespace claimscope::core::pagegeometry
