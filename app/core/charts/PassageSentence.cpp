#include "core/charts/PassageSentence.h"

#include <algorithm>

namespace claimscope::core {

namespace {

bool endsSentence(QStringView text, qsizetype i)
{
    const QChar c = text.at(i);
    if (c != u'.' && c != u'!' && c != u'?')
        return false;
    if (i + 1 < text.size() && !text.at(i + 1).isSpace())
        return false; // "3.5", "U.S."
    // An initial ("A. Smith") is not a sentence end.
    return !(i >= 1 && text.at(i - 1).isUpper() && (i < 2 || !text.at(i - 2).isLetter()));
}

} // namespace

TextRange sentenceAround(QStringView text, TextRange range, qsizetype reach)
{
    range.start = std::clamp<qsizetype>(range.start, 0, text.size());
    range.end = std::clamp<qsizetype>(range.end, range.start, text.size());
    qsizetype start = range.start;
    const qsizetype lowest = std::max<qsizetype>(0, range.start - reach);
    while (start > lowest) {
        const QChar before = text.at(start - 1);
        if (before == u'\n' || endsSentence(text, start - 1))
            break;
        --start;
    }
    qsizetype end = range.end;
    const qsizetype highest = std::min(text.size(), range.end + reach);
    // A range that ends on its own full stop already ends the sentence.
    if (!(end > range.start && endsSentence(text, end - 1))) {
        while (end < highest) {
            const QChar c = text.at(end);
            if (c == u'\n')
                break;
            ++end;
            if (endsSentence(text, end - 1))
                break;
        }
    }
    while (start < range.start && text.at(start).isSpace())
        ++start;
    while (end > range.end && text.at(end - 1).isSpace())
        --end;
    return {start, end};
}

QString sentenceText(QStringView text, TextRange range, qsizetype reach)
{
    const TextRange sentence = sentenceAround(text, range, reach);
    QString result = text.sliced(sentence.start, sentence.length()).toString().simplified();
    const bool cutBefore = sentence.start > 0 && sentence.start == range.start - reach;
    const bool cutAfter = sentence.end < text.size() && sentence.end == range.end + reach;
    if (cutBefore)
        result.prepend(QChar(0x2026));
    if (cutAfter)
        result.append(QChar(0x2026));
    return result;
}

} // namespace claimscope::core
