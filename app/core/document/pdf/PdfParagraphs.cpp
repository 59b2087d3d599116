#include "core/document/pdf/PdfParagraphs.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace claimscope::core::pdf {
namespace {

// Word boxes of one font size differ a little between words (accents, descenders).
constexpr double kSameHeight = 0.12;
// A paragraph gap is at least a quarter line on top of the usual spacing; jitter is far less.
constexpr double kGapSlack = 0.25;
// Spacing outside this range (in line heights) is a gap or an overlap, not a sample of the usual.
constexpr double kMinSpacing = 0.5;
constexpr double kMaxSpacing = 3.0;
// With fewer samples the lower quartile could be a paragraph gap; assume no more than this.
constexpr qsizetype kMinSamples = 3;
constexpr double kDefaultSpacing = 1.25;
constexpr double kIndent = 0.8;
constexpr double kAlignTolerance = 0.5;
// Room for the space before a word that would have fitted, and for justified spacing.
constexpr double kFitSlack = 0.5;

bool sameHeight(double a, double b)
{
    return std::abs(a - b) <= kSameHeight * std::max(a, b);
}

int heightClass(double height)
{
    return static_cast<int>(std::lround(height * 2.0));
}

bool overlapsHorizontally(const QRectF &a, const QRectF &b)
{
    return std::min(a.right(), b.right()) > std::max(a.left(), b.left());
}

// The next line follows in the same column: same page, further down, sharing some width.
bool sameFlow(const Line &previous, const Line &next)
{
    return previous.page == next.page &&
           next.box.top() > previous.box.top() + 0.5 * std::min(previous.height, next.height) &&
           overlapsHorizontally(previous.box, next.box);
}

bool isClosingMark(QChar c)
{
    return c == u'"' || c == u'\'' || c == u')' || c == u']' || c == u'»' || c == u'›' || c == u'”' ||
           c == u'’' || c == u'“';
}

bool isSuperscriptDigit(QChar c)
{
    return c == u'¹' || c == u'²' || c == u'³' || (c >= u'\u2070' && c <= u'\u2079');
}

// A footnote mark ("[1]", "¹") after the full stop does not hide the end of the sentence.
QStringView withoutNoteMark(QStringView text)
{
    while (!text.isEmpty() && isSuperscriptDigit(text.back()))
        text.chop(1);
    if (text.endsWith(u']')) {
        const qsizetype open = text.lastIndexOf(u'[');
        bool digits = open >= 0 && open + 2 < text.size();
        for (qsizetype i = open + 1; digits && i < text.size() - 1; ++i)
            digits = text.at(i).isDigit();
        if (digits)
            text.truncate(open);
    }
    return text;
}

// "•", "–", "1.", "a)", "(iv)": what starts a list item.
bool isListMarker(QStringView word)
{
    static const QRegularExpression marker(
        QStringLiteral(R"(^(?:[•◦▪▫‣●○■□·*–—-]|\(?(?:\d{1,3}|[a-z]|[ivx]{1,5})[.)])$)"));
    return marker.match(word.toString()).hasMatch();
}

bool endsSentence(QStringView text)
{
    text = withoutNoteMark(text.trimmed());
    while (!text.isEmpty() && isClosingMark(text.back()))
        text.chop(1);
    if (text.isEmpty())
        return false;
    const QChar last = text.back();
    return last == u'.' || last == u'!' || last == u'?' || last == u'…';
}

bool endsWithHyphen(QStringView text)
{
    text = text.trimmed();
    return text.size() >= 2 && (text.back() == u'-' || text.back() == u'\u2010' || text.back() == u'\u00AD');
}

bool startsLowerCase(QStringView text)
{
    for (const QChar c : text) {
        if (c.isLetter())
            return c.isLower();
        if (!c.isPunct() && !c.isSpace())
            return false;
    }
    return false;
}

class BreakRules final {
public:
    explicit BreakRules(const QList<Line> &lines)
        : m_lines(lines)
    {
        measureSpacing();
        measureColumns();
    }

    bool breaksBefore(qsizetype i) const
    {
        const Line &previous = m_lines.at(i - 1);
        const Line &next = m_lines.at(i);
        if (!sameHeight(previous.height, next.height))
            return true;
        if (!sameFlow(previous, next))
            return !continuesAcross(previous.text(), next.text());
        const double height = std::max(previous.height, next.height);
        if (next.box.bottom() - previous.box.bottom() > usualSpacing(previous) + kGapSlack * height)
            return true;
        if (isIndented(i))
            return true;
        return endsSentence(previous.text()) && nextWordFits(i);
    }

    double bodyHeight() const { return m_bodyHeight; }

private:
    static bool continuesAcross(const QString &previous, const QString &next)
    {
        return endsWithHyphen(previous) || startsLowerCase(next) || !endsSentence(previous);
    }

    // The lower quartile of the baseline-to-baseline distances of each height: paragraph gaps sit
    // above it even where most paragraphs are a single line.
    void measureSpacing()
    {
        QHash<int, QList<double>> samples;
        QHash<int, qsizetype> characters;
        QHash<int, double> heights;
        for (qsizetype i = 0; i < m_lines.size(); ++i) {
            const Line &line = m_lines.at(i);
            const int key = heightClass(line.height);
            characters[key] += line.text().size();
            heights[key] = line.height;
            if (i == 0)
                continue;
            const Line &previous = m_lines.at(i - 1);
            const double spacing = line.box.bottom() - previous.box.bottom();
            if (sameFlow(previous, line) && sameHeight(previous.height, line.height) &&
                spacing > kMinSpacing * line.height && spacing < kMaxSpacing * line.height)
                samples[heightClass(previous.height)].append(spacing);
        }
        for (auto it = samples.begin(); it != samples.end(); ++it) {
            QList<double> &values = it.value();
            std::sort(values.begin(), values.end());
            const double quartile = values.at(values.size() / 4);
            const double assumed = kDefaultSpacing * heights.value(it.key());
            m_spacing.insert(it.key(), values.size() >= kMinSamples ? quartile : std::min(quartile, assumed));
        }
        qsizetype most = -1;
        for (auto it = characters.cbegin(); it != characters.cend(); ++it) {
            if (it.value() > most) {
                most = it.value();
                m_bodyHeight = heights.value(it.key());
            }
        }
    }

    // The right edge of each line's column: the furthest any line of its page and height that
    // shares some width with it reaches.
    void measureColumns()
    {
        m_columnRight.resize(m_lines.size());
        qsizetype pageStart = 0;
        for (qsizetype i = 0; i <= m_lines.size(); ++i) {
            if (i < m_lines.size() && m_lines.at(i).page == m_lines.at(pageStart).page)
                continue;
            for (qsizetype a = pageStart; a < i; ++a) {
                const Line &line = m_lines.at(a);
                double right = line.box.right();
                for (qsizetype b = pageStart; b < i; ++b) {
                    const Line &other = m_lines.at(b);
                    if (sameHeight(line.height, other.height) && overlapsHorizontally(line.box, other.box))
                        right = std::max(right, other.box.right());
                }
                m_columnRight[a] = right;
            }
            pageStart = i;
        }
    }

    double usualSpacing(const Line &line) const
    {
        return m_spacing.value(heightClass(line.height), kDefaultSpacing * line.height);
    }

    // Indented against the line before and the line after: a first-line indent, not a hanging one
    // (a list item's text goes on under its first word, after the bullet).
    bool isIndented(qsizetype i) const
    {
        const Line &previous = m_lines.at(i - 1);
        const Line &next = m_lines.at(i);
        if (next.box.left() <= previous.box.left() + kIndent * next.height)
            return false;
        if (previous.words.size() > 1 && isListMarker(previous.words.front().text) &&
            std::abs(next.box.left() - previous.words.at(1).box.left()) < kAlignTolerance * next.height)
            return false;
        if (i + 1 >= m_lines.size() || !sameFlow(next, m_lines.at(i + 1)))
            return true;
        return m_lines.at(i + 1).box.left() < next.box.left() - kAlignTolerance * next.height;
    }

    bool nextWordFits(qsizetype i) const
    {
        const Line &previous = m_lines.at(i - 1);
        const Line &next = m_lines.at(i);
        const double room = m_columnRight.at(i - 1) - previous.box.right();
        return room > next.words.front().box.width() + kFitSlack * next.height;
    }

    const QList<Line> &m_lines;
    QHash<int, double> m_spacing;
    QList<double> m_columnRight;
    double m_bodyHeight = 0.0;
};

} // namespace

QList<Paragraph> paragraphsOf(const QList<Line> &lines)
{
    QList<Paragraph> paragraphs;
    if (lines.isEmpty())
        return paragraphs;
    const BreakRules rules(lines);
    Paragraph current;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0 && rules.breaksBefore(i)) {
            paragraphs.append(std::move(current));
            current = {};
        }
        current.lines.append(lines.at(i));
    }
    paragraphs.append(std::move(current));

    for (Paragraph &paragraph : paragraphs) {
        paragraph.heading =
            std::all_of(paragraph.lines.cbegin(), paragraph.lines.cend(),
                        [&](const Line &line) { return line.height > kHeadingScale * rules.bodyHeight(); });
    }
    return paragraphs;
}

} // namespace claimscope::core::pdf
