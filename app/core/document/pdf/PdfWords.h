#pragma once

#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

// The records the PDF importer passes between its steps. Everything after reading the file works on
// these values alone, without poppler, so the layout rules can be tested with words made up in a test.
namespace claimscope::core::pdf {

// One word as the PDF draws it. Boxes are in points, origin at the page's top-left corner.
struct Word {
    QString text;
    QRectF box;
    // Poppler ended its line here. Words made up without this hint are split into lines by position.
    bool endsLine = false;

    friend bool operator==(const Word &, const Word &) = default;
};

// The words of one page in poppler's reading order (columns one after the other).
struct PageWords {
    QSizeF size; // in points
    QList<Word> words;
};

// One line of text on a page: the words it holds and where they are.
struct Line {
    int page = 0;
    QList<Word> words;
    QRectF box;          // the union of the word boxes
    double height = 0.0; // the tallest word's height: a stand-in for the font size

    QString text() const; // the words, with a space where there is a gap (see spaceBetween)
};

using PageLines = QList<Line>;

} // namespace claimscope::core::pdf
