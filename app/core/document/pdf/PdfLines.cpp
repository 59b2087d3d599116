#include "core/document/pdf/PdfLines.h"

#include <algorithm>

namespace claimscope::core::pdf {
namespace {

// Superscripts ("[1]" set small and raised) overlap their line only in part: a third of the smaller
// height keeps them on it, while the next line down (which overlaps by a sliver at most) starts anew.
constexpr double kMinVerticalOverlap = 0.3;
// Kerning and tight spacing may let a word start a little left of where the previous one ended.
constexpr double kBackwardTolerance = 0.5; // of the word's height
// A word this close after poppler's line end (in line heights) is still on that line: poppler ends a
// line before a superscript, and after a list bullet set in a smaller size.
constexpr double kOverruledEndGap = 1.0;
constexpr double kWordGap = 0.1;

bool continuesLine(const Line &line, const Word &word)
{
    const Word &last = line.words.back();
    const double gap = word.box.left() - last.box.right();
    if (last.endsLine && gap > kOverruledEndGap * std::max(line.height, word.box.height()))
        return false;
    const double top = std::max(line.box.top(), word.box.top());
    const double bottom = std::min(line.box.bottom(), word.box.bottom());
    const double smaller = std::min(line.box.height(), word.box.height());
    if (bottom - top < kMinVerticalOverlap * smaller)
        return false;
    return gap >= -kBackwardTolerance * word.box.height();
}

void addWord(Line &line, const Word &word)
{
    line.box = line.words.isEmpty() ? word.box : line.box.united(word.box);
    line.height = std::max(line.height, word.box.height());
    line.words.append(word);
}

} // namespace

bool spaceBetween(const Word &left, const Word &right)
{
    const double smaller = std::min(left.box.height(), right.box.height());
    return right.box.left() - left.box.right() > kWordGap * smaller;
}

QString Line::text() const
{
    QString result;
    for (qsizetype i = 0; i < words.size(); ++i) {
        result += words.at(i).text;
        if (i + 1 < words.size() && spaceBetween(words.at(i), words.at(i + 1)))
            result += u' ';
    }
    return result;
}

PageLines linesOfPage(const PageWords &page, int pageIndex)
{
    PageLines lines;
    for (const Word &word : page.words) {
        if (word.text.trimmed().isEmpty())
            continue;
        if (lines.isEmpty() || !continuesLine(lines.back(), word)) {
            Line line;
            line.page = pageIndex;
            lines.append(line);
        }
        addWord(lines.back(), word);
    }
    return lines;
}

} // namespace claimscope::core::pdf
