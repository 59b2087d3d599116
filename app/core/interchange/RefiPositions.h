#pragma once

#include "core/analysis/Annotations.h"
#include "core/interchange/CodePoints.h"

#include <QList>
#include <QString>

#include <optional>

namespace claimscope::core {

// A REFI-QDA source's text as Claimscope keeps it, line endings normalised to "\n", with the
// positions of the file (code points of the text as written, "\r\n" counting two) mapped onto it.
class SourcePositions final {
public:
    explicit SourcePositions(const QString &original);

    const QString &text() const { return m_text; }
    // Nothing when the range is reversed or outside the text.
    std::optional<TextRange> range(qint64 start, qint64 end) const;
    // "12-40; 80-120"; ranges that are malformed or outside the text are left out.
    QList<TextRange> ranges(const QString &text) const;

private:
    qsizetype normalisedOffset(qsizetype original) const;

    CodePointIndex m_points;
    QString m_text;
    QList<qsizetype> m_removed; // offsets (UTF-16, in the original) of the "\r"s dropped before "\n"
};

} // namespace claimscope::core
