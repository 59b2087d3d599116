#pragma once

#include <QList>
#include <QStringView>

#include <optional>

namespace claimscope::core {

// Converts offsets between UTF-16 code units (QString, and Claimscope's own records) and Unicode
// code points (REFI-QDA's startPosition and endPosition, our CSV and JSON exports, and Python's
// str indexing). They differ only after characters outside the Basic Multilingual Plane (emoji,
// some CJK), which UTF-16 writes as a surrogate pair; the index keeps where the pairs are, so a
// text without any costs nothing and a conversion is a binary search.
class CodePointIndex final {
public:
    explicit CodePointIndex(QStringView text);

    qsizetype length() const { return m_length; } // in code points
    // An offset inside a surrogate pair counts as the end of that character.
    qsizetype toCodePoints(qsizetype utf16) const;
    // Nothing when `codePoints` is negative or past the end of the text.
    std::optional<qsizetype> toUtf16(qsizetype codePoints) const;

private:
    QList<qsizetype> m_pairStarts;     // UTF-16 offsets of the pairs' first halves, ascending
    QList<qsizetype> m_pairCodePoints; // the same characters' code-point offsets
    qsizetype m_length = 0;
};

} // namespace claimscope::core
