#include "core/analysis/TextUnits.h"

namespace claimscope::core {

QList<TextRange> paragraphs(const QString &text)
{
    QList<TextRange> result;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = text.size();
        const TextRange line = trimmed(text, {start, end});
        if (!line.isEmpty())
            result.append(line);
        start = end + 1;
    }
    return result;
}

QList<TextRange> sentences(const QString &text, const QList<TextRange> &opaque)
{
    QList<TextRange> result;
    for (const TextRange &paragraph : paragraphs(text)) {
        qsizetype start = paragraph.start;
        qsizetype opaqueIndex = 0;
        for (qsizetype i = paragraph.start; i < paragraph.end; ++i) {
            while (opaqueIndex < opaque.size() && opaque.at(opaqueIndex).end <= i)
                ++opaqueIndex;
            if (opaqueIndex < opaque.size() && opaque.at(opaqueIndex).start <= i)
                continue; // inside a quote: its full stops are the speaker's, not the sentence's
            const QChar c = text.at(i);
            if (c != QLatin1Char('.') && c != QLatin1Char('!') && c != QLatin1Char('?'))
                continue;
            if (i + 1 < paragraph.end && !text.at(i + 1).isSpace())
                continue; // "3.5", "U.S."
            // An initial ("A. Smith") or a lone capital is not a sentence end.
            if (i >= 1 && text.at(i - 1).isUpper() && (i < 2 || !text.at(i - 2).isLetter()))
                continue;
            result.append(trimmed(text, {start, i + 1}));
            start = i + 1;
        }
        const TextRange rest = trimmed(text, {start, paragraph.end});
        if (!rest.isEmpty())
            result.append(rest);
    }
    return result;
}

TextRange unitAt(const QList<TextRange> &units, qsizetype position)
{
    for (const TextRange &unit : units) {
        if (position >= unit.start && position < unit.end)
            return unit;
        if (unit.start > position)
            break;
    }
    return {};
}

int wordCount(QStringView text)
{
    int count = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const bool wordChar = c.isLetterOrNumber();
        if (wordChar && !inWord)
            ++count;
        inWord =
            wordChar || (inWord && (c == QLatin1Char('-') || c == QLatin1Char('\'') || c == QChar(0x2019)));
    }
    return count;
}

TextRange trimmed(const QString &text, TextRange range, QStringView punctuation)
{
    auto strip = [&](QChar c) {
        return c.isSpace() || punctuation.contains(c);
    };
    while (range.start < range.end && strip(text.at(range.start)))
        ++range.start;
    while (range.end > range.start && strip(text.at(range.end - 1)))
        --range.end;
    return range;
}

} // namespace claimscope::core
