#pragma once

#include <QColor>
#include <QList>
#include <QString>

namespace claimscope::core {

// One entry of a syntax definition's format table, with the colours of the theme it was asked for.
struct HighlightFormat {
    QString name; // "Speaker", "Quote", "QuoteMark", "Cue", "Figure", …
    QColor color;
    QColor background; // invalid when the format has none
    bool bold = false;
    bool italic = false;
    bool underline = false;
};

// A run of text in one format. Offsets are UTF-16 code units of the highlighted text.
struct HighlightSpan {
    qsizetype offset = 0;
    qsizetype length = 0;
    int format = 0; // index into HighlightResult::formats
};

struct HighlightResult {
    QList<HighlightSpan> spans; // sorted by offset, non-overlapping
    QList<HighlightFormat> formats;
    QString theme;
};

struct ThemeInfo {
    QString name;
    QString translatedName;
    bool dark = false;
};

} // namespace claimscope::core
