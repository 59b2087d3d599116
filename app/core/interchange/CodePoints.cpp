#include "core/interchange/CodePoints.h"

#include <algorithm>

namespace claimscope::core {

CodePointIndex::CodePointIndex(QStringView text)
{
    const qsizetype size = text.size();
    for (qsizetype i = 0; i + 1 < size; ++i) {
        if (text.at(i).isHighSurrogate() && text.at(i + 1).isLowSurrogate()) {
            m_pairCodePoints.append(i - m_pairStarts.size());
            m_pairStarts.append(i);
            ++i;
        }
    }
    m_length = size - m_pairStarts.size();
}

qsizetype CodePointIndex::toCodePoints(qsizetype utf16) const
{
    // Pairs that end at or before the offset each count two code units for one code point. A pair
    // the offset splits is not among them, which puts the offset at that character's end.
    const auto before = std::upper_bound(m_pairStarts.begin(), m_pairStarts.end(), utf16 - 2);
    return utf16 - (before - m_pairStarts.begin());
}

std::optional<qsizetype> CodePointIndex::toUtf16(qsizetype codePoints) const
{
    if (codePoints < 0 || codePoints > m_length)
        return std::nullopt;
    const auto before = std::lower_bound(m_pairCodePoints.begin(), m_pairCodePoints.end(), codePoints);
    return codePoints + (before - m_pairCodePoints.begin());
}

} // namespace claimscope::core
