#include "core/document/pdf/PdfPageFurniture.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace claimscope::core::pdf {
namespace {

constexpr double kBandFraction = 0.15;
constexpr int kRepeatCandidates = 3;
constexpr int kNumberCandidates = 2;
constexpr int kMinPagesForRepeats = 3;
constexpr double kSameSize = 0.15;

enum class Band { Top, Bottom };

struct Candidate {
    qsizetype line = 0;
    Band band = Band::Top;
    bool outermost = false; // one of the kNumberCandidates outermost lines of its band
};

// The lines of one page that lie in its margin bands, outermost first on each side.
QList<Candidate> candidatesOf(const PageLines &lines, const QSizeF &pageSize)
{
    QList<qsizetype> byTop(lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i)
        byTop[i] = i;
    std::stable_sort(byTop.begin(), byTop.end(),
                     [&](qsizetype a, qsizetype b) { return lines.at(a).box.top() < lines.at(b).box.top(); });

    const double height = pageSize.height();
    QList<Candidate> candidates;
    QSet<qsizetype> taken;
    for (qsizetype rank = 0; rank < std::min<qsizetype>(kRepeatCandidates, byTop.size()); ++rank) {
        const qsizetype i = byTop.at(rank);
        if (lines.at(i).box.center().y() > kBandFraction * height)
            break;
        candidates.append({i, Band::Top, rank < kNumberCandidates});
        taken.insert(i);
    }
    for (qsizetype rank = 0; rank < std::min<qsizetype>(kRepeatCandidates, byTop.size()); ++rank) {
        const qsizetype i = byTop.at(byTop.size() - 1 - rank);
        if (lines.at(i).box.center().y() < (1.0 - kBandFraction) * height)
            break;
        if (!taken.contains(i))
            candidates.append({i, Band::Bottom, rank < kNumberCandidates});
    }
    return candidates;
}

// The text a running header keeps from page to page.
QString repeatKey(const Line &line, Band band)
{
    QString key = band == Band::Top ? QStringLiteral("T:") : QStringLiteral("B:");
    bool inDigits = false;
    for (const QChar c : line.text().simplified().toCaseFolded()) {
        if (c.isDigit()) {
            if (!inDigits)
                key += u'#';
            inDigits = true;
            continue;
        }
        inDigits = false;
        key += c;
    }
    return key;
}

int romanValue(QStringView roman)
{
    int total = 0;
    int previous = 0;
    for (qsizetype i = roman.size() - 1; i >= 0; --i) {
        int value = 0;
        switch (roman.at(i).toLower().unicode()) {
        case u'i':
            value = 1;
            break;
        case u'v':
            value = 5;
            break;
        case u'x':
            value = 10;
            break;
        case u'l':
            value = 50;
            break;
        case u'c':
            value = 100;
            break;
        case u'd':
            value = 500;
            break;
        case u'm':
            value = 1000;
            break;
        default:
            return 0;
        }
        total += value < previous ? -value : value;
        previous = std::max(previous, value);
    }
    return total;
}

struct Occurrence {
    qsizetype page = 0;
    qsizetype line = 0;
    double height = 0.0;
};

// The occurrences of one text set in the size most of them have, when they are on enough pages: a
// title on the first page that says what the running header says is set larger, and stays.
void dropRepeated(const QList<Occurrence> &occurrences, int minRepeats, QList<QSet<qsizetype>> &dropped)
{
    QList<double> heights;
    for (const Occurrence &occurrence : occurrences)
        heights.append(occurrence.height);
    std::nth_element(heights.begin(), heights.begin() + heights.size() / 2, heights.end());
    const double usual = heights.at(heights.size() / 2);
    QList<Occurrence> alike;
    QSet<qsizetype> pagesWithIt;
    for (const Occurrence &occurrence : occurrences) {
        if (std::abs(occurrence.height - usual) <= kSameSize * usual) {
            alike.append(occurrence);
            pagesWithIt.insert(occurrence.page);
        }
    }
    if (pagesWithIt.size() < minRepeats)
        return;
    for (const Occurrence &occurrence : std::as_const(alike))
        dropped[occurrence.page].insert(occurrence.line);
}

} // namespace

bool isPageNumber(QStringView text, int pageCount)
{
    // An optional word for "page" (English, Russian, Turkish, Kazakh), the number between optional
    // dashes or brackets, and an optional "of N" / "из N" / "/ N".
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(?:(?:page|p\.|pg\.|стр\.?|страница|с\.|sayfa|s\.|бет)\s*)?)"
                       R"([-‐–—•·|\[(‹«<]*\s*(?:(\d{1,4})|([ivxlcdm]{1,7}))\s*[-‐–—•·|\])›»>]*)"
                       R"((?:\s*(?:of|из|/|\|)\s*\d{1,4})?$)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch match = pattern.match(text.trimmed().toString());
    if (!match.hasMatch())
        return false;
    const int number =
        match.hasCaptured(1) ? match.capturedView(1).toInt() : romanValue(match.capturedView(2));
    return number >= 1 && number <= 2 * pageCount + 10;
}

QList<PageLines> withoutPageFurniture(QList<PageLines> pages, const QList<QSizeF> &pageSizes)
{
    const int pageCount = static_cast<int>(pages.size());
    QList<QList<Candidate>> candidates(pages.size());
    for (qsizetype p = 0; p < pages.size(); ++p)
        candidates[p] = candidatesOf(pages.at(p), pageSizes.value(p));

    QList<QSet<qsizetype>> dropped(pages.size());
    if (pageCount >= kMinPagesForRepeats) {
        QHash<QString, QList<Occurrence>> byKey;
        for (qsizetype p = 0; p < pages.size(); ++p) {
            for (const Candidate &candidate : std::as_const(candidates.at(p))) {
                const Line &line = pages.at(p).at(candidate.line);
                byKey[repeatKey(line, candidate.band)].append({p, candidate.line, line.height});
            }
        }
        const int minRepeats = std::max(kMinPagesForRepeats, (pageCount + 1) / 2);
        for (const QList<Occurrence> &occurrences : std::as_const(byKey)) {
            if (occurrences.size() >= minRepeats)
                dropRepeated(occurrences, minRepeats, dropped);
        }
    }
    for (qsizetype p = 0; p < pages.size(); ++p) {
        for (const Candidate &candidate : std::as_const(candidates.at(p))) {
            if (candidate.outermost && isPageNumber(pages.at(p).at(candidate.line).text(), pageCount))
                dropped[p].insert(candidate.line);
        }
    }

    for (qsizetype p = 0; p < pages.size(); ++p) {
        if (dropped.at(p).isEmpty())
            continue;
        PageLines kept;
        for (qsizetype i = 0; i < pages.at(p).size(); ++i) {
            if (!dropped.at(p).contains(i))
                kept.append(pages.at(p).at(i));
        }
        pages[p] = std::move(kept);
    }
    return pages;
}

} // namespace claimscope::core::pdf
