#include "core/interchange/RefiPositions.h"

#include <QStringList>

#include <algorithm>

namespace claimscope::core {

SourcePositions::SourcePositions(const QString &original)
    : m_points(original)
{
    m_text.reserve(original.size());
    for (qsizetype i = 0; i < original.size(); ++i) {
        const QChar c = original.at(i);
        if (c == u'\r') {
            if (i + 1 < original.size() && original.at(i + 1) == u'\n') {
                m_removed.append(i);
                continue;
            }
            m_text += u'\n';
        } else {
            m_text += c;
        }
    }
}

qsizetype SourcePositions::normalisedOffset(qsizetype original) const
{
    const auto before = std::lower_bound(m_removed.begin(), m_removed.end(), original);
    return original - (before - m_removed.begin());
}

std::optional<TextRange> SourcePositions::range(qint64 start, qint64 end) const
{
    if (start < 0 || end < start)
        return std::nullopt;
    const auto from = m_points.toUtf16(start);
    const auto to = m_points.toUtf16(end);
    if (!from || !to)
        return std::nullopt;
    return TextRange{normalisedOffset(*from), normalisedOffset(*to)};
}

QList<TextRange> SourcePositions::ranges(const QString &text) const
{
    QList<TextRange> ranges;
    for (const QString &part : text.split(u';', Qt::SkipEmptyParts)) {
        const QStringList ends = part.trimmed().split(u'-');
        if (ends.size() != 2)
            continue;
        if (const auto range = this->range(ends.at(0).toLongLong(), ends.at(1).toLongLong()))
            ranges.append(*range);
    }
    return ranges;
}

} // namespace claimscope::core
