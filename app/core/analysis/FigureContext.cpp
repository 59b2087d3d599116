#include "core/analysis/FigureContext.h"

#include "core/analysis/FigureParser.h"
#include "core/analysis/FigureTokens.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace claimscope::core {

using figures::endingOf;
using figures::isDigit;
using figures::isWordChar;
using figures::Lang;
using figures::Stem;

namespace {

// ---------------------------------------------------------------------------------------------
// Context: the clause a figure stands in.

// Words after which a full stop does not end a sentence.
bool isAbbreviation(QStringView word)
{
    static const QStringList abbreviations{
        u"mr"_s,  u"mrs"_s,  u"ms"_s,  u"dr"_s,  u"prof"_s, u"st"_s,  u"no"_s,  u"vs"_s,   u"etc"_s,
        u"jr"_s,  u"sr"_s,   u"gen"_s, u"col"_s, u"lt"_s,   u"inc"_s, u"ltd"_s, u"co"_s,   u"corp"_s,
        u"jan"_s, u"feb"_s,  u"mar"_s, u"apr"_s, u"jun"_s,  u"jul"_s, u"aug"_s, u"sep"_s,  u"sept"_s,
        u"oct"_s, u"nov"_s,  u"dec"_s, u"г"_s,   u"гг"_s,   u"тыс"_s, u"млн"_s, u"млрд"_s, u"трлн"_s,
        u"руб"_s, u"долл"_s, u"им"_s,  u"ул"_s,  u"стр"_s,  u"см"_s,  u"вв"_s,  u"напр"_s, u"т"_s,
        u"д"_s,   u"doç"_s,  u"yrd"_s, u"vb"_s,  u"vd"_s,   u"bkz"_s, u"örn"_s,
    };
    return abbreviations.contains(word.toString().toLower());
}

// Whether the full stop at i ends a sentence: something other than a lower-case letter follows
// after a space, and what precedes is neither an initial, an abbreviation nor a one- or two-digit
// number (the Turkish ordinal "16. Zirve").
bool isSentenceStop(QStringView text, qsizetype i)
{
    const qsizetype n = text.size();
    qsizetype j = i + 1;
    while (j < n && QStringView(u"\"”»’')").contains(text.at(j)))
        ++j; // a quotation or bracket closing with the sentence
    if (j < n && !text.at(j).isSpace())
        return false; // 1.5, U.S.
    while (j < n && text.at(j).isSpace())
        ++j;
    if (j < n && text.at(j).isLower())
        return false;
    qsizetype k = i;
    while (k > 0 && isWordChar(text.at(k - 1)))
        --k;
    if (k < i)
        return i - k > 1 && !isAbbreviation(text.sliced(k, i - k));
    k = i;
    while (k > 0 && isDigit(text.at(k - 1)))
        --k;
    if (k < i && i - k <= 2 && (k == 0 || !isDigit(text.at(k - 1))))
        return false;
    return true;
}

// Words that open another clause after a comma: what stands there is said of something else.
bool opensClause(QStringView text, qsizetype afterComma)
{
    qsizetype j = afterComma;
    while (j < text.size() && text.at(j).isSpace())
        ++j;
    qsizetype k = j;
    while (k < text.size() && isWordChar(text.at(k)))
        ++k;
    static const QStringList conjunctions{
        u"but"_s,   u"while"_s,   u"whereas"_s, u"although"_s, u"though"_s, u"and"_s,
        u"yet"_s,   u"however"_s, u"однако"_s,  u"но"_s,       u"а"_s,      u"хотя"_s,
        u"тогда"_s, u"ancak"_s,   u"fakat"_s,   u"ama"_s,      u"oysa"_s,   u"ve"_s,
    };
    return k > j && conjunctions.contains(text.sliced(j, k - j).toString().toLower());
}

bool endsClause(QStringView text, qsizetype i)
{
    const QChar c = text.at(i);
    if (c == u'\n' || c == u'!' || c == u'?' || c == u';' || c == u'…')
        return true;
    if (c == u'.')
        return isSentenceStop(text, i);
    if (c == u',')
        return opensClause(text, i + 1);
    return false;
}

// The clause around [start, end): from after the previous boundary to before the next.
std::pair<qsizetype, qsizetype> clauseAround(QStringView text, qsizetype start, qsizetype end)
{
    qsizetype from = std::clamp<qsizetype>(start, 0, text.size());
    while (from > 0 && !endsClause(text, from - 1))
        --from;
    qsizetype to = std::clamp<qsizetype>(end, from, text.size());
    while (to < text.size() && !endsClause(text, to))
        ++to;
    return {from, to};
}

bool isMonth(QStringView word)
{
    static const QRegularExpression months(
        u"^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
        u"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|январ[ья]|феврал[ья]|марта?|апрел[ья]|ма[йя]|июн[ья]|"
        u"июл[ья]|августа?|сентябр[ья]|октябр[ья]|ноябр[ья]|декабр[ья]|ocak|şubat|mart|nisan|mayıs|"
        u"haziran|temmuz|ağustos|eylül|ekim|kasım|aralık)$"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return months.match(word).hasMatch();
}

// "9 November 2024", "15 Mart 2024", "November 9, 2024": a year in a date is the date's.
bool isInDate(QStringView text, qsizetype yearStart)
{
    qsizetype i = yearStart;
    const auto skipSpaces = [&] {
        while (i > 0 && text.at(i - 1).isSpace())
            --i;
    };
    const auto digitsBefore = [&] {
        qsizetype k = i;
        while (k > 0 && isDigit(text.at(k - 1)))
            --k;
        const qsizetype count = i - k;
        i = k;
        return count;
    };
    const auto monthBefore = [&] {
        qsizetype k = i;
        while (k > 0 && isWordChar(text.at(k - 1)))
            --k;
        const bool month = k < i && isMonth(text.sliced(k, i - k));
        i = k;
        return month;
    };
    skipSpaces();
    if (i > 0 && text.at(i - 1) == u',') {
        --i;
        skipSpaces();
        const qsizetype day = digitsBefore();
        skipSpaces();
        return day >= 1 && day <= 2 && monthBefore();
    }
    if (!monthBefore())
        return false;
    skipSpaces();
    const qsizetype day = digitsBefore();
    return day >= 1 && day <= 2;
}

// Whether a parenthesis closes between a and b, or opens without closing: then one of the two
// points is inside a bracket the other is not (a citation, an aside).
bool bracketBetween(QStringView text, qsizetype a, qsizetype b)
{
    int depth = 0;
    for (qsizetype i = a; i < b; ++i) {
        if (text.at(i) == u'(')
            ++depth;
        else if (text.at(i) == u')' && --depth < 0)
            return true;
    }
    return depth != 0;
}

const QList<QRegularExpression> &yearPatterns()
{
    // The year, not part of a longer number, a range ("2023–2025") or a decade ("1990s").
    const QString year = uR"((?<![\d.,])(?<y>1[89]\d\d|20\d\d)(?!\d|\s?[-–—]\s?\d|s(?!\w)))"_s;
    const QString monthsEn = u"(?:january|february|march|april|may|june|july|august|september|october|"
                             u"november|december)"_s;
    const QString monthsRu = u"(?:январ[еья]|феврал[еья]|март[еа]?|апрел[еья]|ма[еяй]|июн[еья]|июл[еья]|"
                             u"август[еа]?|сентябр[еья]|октябр[еья]|ноябр[еья]|декабр[еья])"_s;
    const auto options =
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;
    static const QList<QRegularExpression> patterns{
        // in 2023, during 2023, for 2023, by 2030, in October 2024, the first half of 2023
        QRegularExpression(uR"((?<!\w)(?:in|during|for|of|by|throughout)\s+(?:)"_s + monthsEn +
                               uR"(\s+)?)"_s + year,
                           options),
        // в 2023 году, за 2023 год, к 2030 году, по итогам 2023 года, в октябре 2024 года
        QRegularExpression(uR"((?<!\w)(?:в|во|за|к|на|итогам)\s+(?:)"_s + monthsRu + uR"(\s+)?)"_s + year +
                               uR"(\s*(?:г\.|г(?!\w)|год\w*))"_s,
                           options),
        // в первой половине 2023 года, в третьем квартале 2023 г.
        QRegularExpression(uR"((?<!\w)(?:половин|квартал|полугоди|конц|начал|середин)\w*\s+)"_s + year +
                               uR"(\s*(?:г\.|г(?!\w)|года))"_s,
                           options),
        // 2023 yılında, 2023 yılı, 2023'te, 2030'a kadar, 2023 boyunca
        QRegularExpression(year + uR"((?:\s+yıl(?:ı|ında|ının)(?!\w)|['’](?:de|da|te|ta)(?!\w)|)"_s +
                               uR"(['’](?:e|a|ye|ya)\s+kadar(?!\w)|\s+boyunca(?!\w)))"_s,
                           options),
    };
    return patterns;
}

} // namespace

QString countedUnit(QStringView text, qsizetype figureEnd)
{
    static constexpr Stem kNouns[] = {
        {Lang::En, u"country", u"", u"countries"},
        {Lang::En, u"countries", u"", u"countries"},
        {Lang::En, u"nation", u"|s", u"countries"},
        {Lang::En, u"state", u"|s", u"states"},
        {Lang::En, u"member", u"|s", u"members"},
        {Lang::Ru, u"стран", u"|а|ы|е|у|ой|ам|ами|ах", u"countries"},
        {Lang::Ru, u"государств", u"|о|а|у|ом|е|ам|ами|ах", u"states"},
        {Lang::Ru, u"член", u"|а|у|ом|е|ы|ов|ам|ами|ах", u"members"},
        {Lang::Tr, u"ülke", u"*", u"countries"},
        {Lang::Tr, u"devlet", u"*", u"states"},
        {Lang::Tr, u"üye", u"*", u"members"},
    };
    qsizetype i = std::clamp<qsizetype>(figureEnd, 0, text.size());
    for (int word = 0; word < 2; ++word) {
        while (i < text.size() && text.at(i).isSpace())
            ++i;
        const qsizetype start = i;
        while (i < text.size() && isWordChar(text.at(i)))
            ++i;
        if (i == start)
            return {};
        const QString lower = text.sliced(start, i - start).toString().toLower();
        for (const Stem &noun : kNouns) {
            if (endingOf(lower, noun))
                return noun.meaning.toString();
        }
        // One adjective may stand between the number and its noun: "13 new countries".
        if (!text.at(start).isLower())
            return {};
    }
    return {};
}

std::optional<int> yearNear(QStringView text, qsizetype figureStart, qsizetype figureEnd)
{
    if (figureStart < 0 || figureEnd > text.size() || figureEnd < figureStart)
        return std::nullopt;
    const auto [from, to] = clauseAround(text, figureStart, figureEnd);
    const QString clause = text.sliced(from, to - from).toString();
    std::optional<int> best;
    qsizetype bestDistance = 0;
    for (const QRegularExpression &pattern : yearPatterns()) {
        QRegularExpressionMatchIterator matches = pattern.globalMatch(clause);
        while (matches.hasNext()) {
            const QRegularExpressionMatch match = matches.next();
            const qsizetype start = from + match.capturedStart(u"y");
            const qsizetype end = from + match.capturedEnd(u"y");
            if (end > figureStart && start < figureEnd)
                continue; // inside the figure itself
            if (isInDate(text, start))
                continue;
            const bool before = end <= figureStart;
            if (before ? bracketBetween(text, end, figureStart) : bracketBetween(text, figureEnd, start))
                continue;
            // Distance counts from the whole phrase ("9% in 2023" is 1 apart, "in 2022 and 9%" 5), so
            // a figure takes the year phrase that hugs it; ties go to the one before the figure.
            const qsizetype phraseStart = from + match.capturedStart();
            const qsizetype phraseEnd = from + match.capturedEnd();
            const qsizetype distance = before ? std::max<qsizetype>(0, figureStart - phraseEnd)
                                              : std::max<qsizetype>(0, phraseStart - figureEnd) + 1;
            if (!best || distance < bestDistance) {
                best = match.captured(u"y").toInt();
                bestDistance = distance;
            }
        }
    }
    return best;
}

QString measureNear(QStringView text, qsizetype figureStart, qsizetype figureEnd, const ParsedFigure &figure)
{
    if (figureStart < 0 || figureEnd > text.size() || figureEnd < figureStart)
        return {};
    const auto [from, to] = clauseAround(text, figureStart, figureEnd);
    const QString clause = text.sliced(from, to - from).toString();
    const auto has = [&clause](const QString &pattern) {
        static const auto options =
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;
        // Compiled once per thread and pattern: compiling is what a figure would cost otherwise.
        thread_local QHash<QString, QRegularExpression> compiled;
        auto found = compiled.find(pattern);
        if (found == compiled.end())
            found = compiled.insert(pattern, QRegularExpression(u"(?<!\\w)(?:"_s + pattern + u')', options));
        return found->match(clause).hasMatch();
    };
    QStringList measures;
    switch (figure.kind) {
    case FigureKind::Money:
        if (has(uR"(turnover|товарооборот\w*|ticaret\s+hacm\w*)"_s))
            measures.append(u"trade turnover"_s);
        break;
    case FigureKind::Percent:
    case FigureKind::Share:
        if (has(uR"(oil|нефт\w*|petrol\w*)"_s) && has(uR"(export\w*|экспорт\w*|ihracat\w*)"_s))
            measures.append(u"share of oil exports"_s);
        if (has(uR"(foreign\s+trade|external\s+trade|внешн\w*\s+торговл\w*|внешнеторгов\w*|dış\s+ticaret\w*)"_s))
            measures.append(u"share of foreign trade"_s);
        break;
    case FigureKind::Count: {
        const QString unit = countedUnit(text, figureEnd);
        if (unit == u"countries" || unit == u"states")
            measures.append(unit);
        break;
    }
    case FigureKind::PercentagePoints:
    case FigureKind::Number:
        break;
    }
    return measures.size() == 1 ? measures.first() : QString();
}

} // namespace claimscope::core
