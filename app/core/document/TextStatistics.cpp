#include "core/document/TextStatistics.h"

#include <QTextBoundaryFinder>

namespace claimscope::core {

TextStatistics measureText(QStringView text)
{
    TextStatistics stats;
    for (QChar c : text) {
        if (!c.isLowSurrogate())
            ++stats.characters;
    }

    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text.data(), text.size());
    qsizetype start = 0;
    for (qsizetype end = finder.toNextBoundary(); end >= 0; end = finder.toNextBoundary()) {
        for (qsizetype i = start; i < end; ++i) {
            if (text.at(i).isLetterOrNumber()) {
                ++stats.words;
                break;
            }
        }
        start = end;
    }
    return stats;
}

QString TextStatisticsLabels::characters(qsizetype count)
{
    return tr("%Ln character(s)", nullptr, static_cast<int>(count));
}

QString TextStatisticsLabels::words(qsizetype count)
{
    return tr("%Ln word(s)", nullptr, static_cast<int>(count));
}

} // namespace claimscope::core
