#include "core/analysis/FigureParser.h"

#include "core/analysis/FigureTokens.h"

#include <QList>

#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;

namespace claimscope::core {

using namespace figures;

namespace {

// ---------------------------------------------------------------------------------------------
// The grammar of a figure span:
//   [hedge] [% | yüzde] [currency] amount [scale] [currency | percent word] [hedge]
// where amount is a number, a range of two, English number words or a share. Every token must
// be used; a word the grammar does not know means the span is something else.

class SpanParser {
public:
    SpanParser(QList<Token> tokens, Lang lang)
        : m_tokens(std::move(tokens))
        , m_lang(lang)
    {
    }

    std::optional<ParsedFigure> parse();

private:
    const Token *at(qsizetype k = 0) const
    {
        const qsizetype i = m_pos + k;
        return i < m_tokens.size() ? &m_tokens.at(i) : nullptr;
    }
    bool wordAt(qsizetype k) const
    {
        const Token *token = at(k);
        return token && token->type == Token::Word;
    }
    bool symbolAt(qsizetype k, QChar symbol) const
    {
        const Token *token = at(k);
        return token && token->type == Token::Symbol && token->text == symbol;
    }
    qsizetype phraseLength(QStringView phrase) const;
    QString hedge(const Hedge *begin, const Hedge *end);
    const Stem *stemAt(qsizetype k, const Stem *begin, const Stem *end, QString *ending = nullptr) const;
    QString currencyBefore();
    QString currencyAfter();
    std::optional<double> scale(bool currency);
    std::optional<double> readShare();
    std::optional<double> englishNumberWords();
    void noteEnding(const Token &token, const QString &ending)
    {
        m_lastEnding = token.suffix.isEmpty() ? ending : token.suffix;
    }

    QList<Token> m_tokens;
    Lang m_lang;
    qsizetype m_pos = 0;
    QString m_lastEnding; // the case ending of the last word or number read, for "kadar"
};

// How many tokens the phrase covers at the cursor, 0 when it does not match.
qsizetype SpanParser::phraseLength(QStringView phrase) const
{
    qsizetype k = 0;
    for (const QStringView word : phrase.split(u' ')) {
        const Token *token = at(k);
        if (!token || token->type != Token::Word || token->lower != word || !token->suffix.isEmpty())
            return 0;
        ++k;
    }
    return k;
}

QString SpanParser::hedge(const Hedge *begin, const Hedge *end)
{
    const Hedge *best = nullptr;
    qsizetype bestLength = 0;
    for (const Hedge *h = begin; h != end; ++h) {
        if (!reads(m_lang, h->lang))
            continue;
        const qsizetype length = phraseLength(h->phrase);
        if (length > bestLength) {
            best = h;
            bestLength = length;
        }
    }
    if (!best)
        return {};
    m_pos += bestLength;
    if (best->phrase == u"kadar") {
        // After a dative ending (%80'e kadar, yarısına kadar) "kadar" is "up to".
        if (m_lastEnding.endsWith(u'a') || m_lastEnding.endsWith(u'e'))
            return kUpTo.toString();
    }
    return best->qualifier.toString();
}

const Stem *SpanParser::stemAt(qsizetype k, const Stem *begin, const Stem *end, QString *ending) const
{
    if (!wordAt(k))
        return nullptr;
    for (const Stem *entry = begin; entry != end; ++entry) {
        if (!reads(m_lang, entry->lang))
            continue;
        if (const std::optional<QString> rest = endingOf(at(k)->lower, *entry)) {
            if (ending)
                *ending = *rest;
            return entry;
        }
    }
    return nullptr;
}

QString SpanParser::currencyBefore()
{
    if (const QString code = currencySign(*at()); !code.isEmpty()) {
        ++m_pos;
        return code;
    }
    if (const QString code = currencyCode(*at()); !code.isEmpty()) {
        ++m_pos;
        return code;
    }
    // US$, U.S.$, A$, C$: letters glued to the dollar sign.
    if (wordAt(0)) {
        qsizetype k = 0;
        QString letters = at(0)->lower;
        if (letters == u"u" && wordAt(1) && at(1)->lower == u"s" && at(1)->attached) {
            letters = u"us"_s;
            k = 1;
        }
        if (symbolAt(k + 1, u'$') && at(k + 1)->attached) {
            const QString code = letters == u"us"  ? u"USD"_s
                                 : letters == u"a" ? u"AUD"_s
                                 : letters == u"c" ? u"CAD"_s
                                                   : QString();
            if (!code.isEmpty()) {
                m_pos += k + 2;
                return code;
            }
        }
    }
    return {};
}

QString SpanParser::currencyAfter()
{
    if (!at())
        return {};
    for (QString code : {currencySign(*at()), currencyCode(*at())}) {
        if (!code.isEmpty()) {
            noteEnding(*at(), QString());
            ++m_pos;
            return code;
        }
    }
    // [prefix] currency word [suffix]; "U.S." arrives as the words "u" and "s".
    qsizetype k = 0;
    QString prefixCode;
    if (wordAt(0) && wordAt(1) && at(0)->lower == u"u" && at(1)->lower == u"s") {
        prefixCode = u"USD"_s;
        k = 2;
    } else if (const Stem *prefix = stemAt(0, std::begin(kCurrencyPrefixes), std::end(kCurrencyPrefixes))) {
        prefixCode = prefix->meaning.toString();
        k = 1;
    }
    QString ending;
    const Stem *word = stemAt(k, std::begin(kCurrencyWords), std::end(kCurrencyWords), &ending);
    if (!word || (!prefixCode.isEmpty() && prefixCode != word->meaning))
        return {};
    noteEnding(*at(k), ending);
    ++k;
    if (const Stem *suffix = stemAt(k, std::begin(kCurrencySuffixes), std::end(kCurrencySuffixes));
        suffix && suffix->meaning == word->meaning) {
        noteEnding(*at(k), QString());
        ++k;
    }
    m_pos += k;
    return word->meaning.toString();
}

std::optional<double> SpanParser::scale(bool currency)
{
    if (!wordAt(0))
        return std::nullopt;
    const Token &token = *at();
    QString ending;
    if (const Stem *entry = stemAt(0, std::begin(kScales), std::end(kScales), &ending)) {
        noteEnding(token, ending);
        ++m_pos;
        return entry->meaning.toDouble();
    }
    for (const auto &[word, factor] : kScaleAbbreviations) {
        if (token.lower == word) {
            noteEnding(token, QString());
            ++m_pos;
            return factor;
        }
    }
    if (currency) {
        for (const auto &[word, factor] : kScaleLetters) {
            if (token.lower == word) {
                noteEnding(token, QString());
                ++m_pos;
                return factor;
            }
        }
    }
    return std::nullopt;
}

// A share as percent: "half", "a third", "две трети", "четверть", "yarısı", "üçte biri".
std::optional<double> SpanParser::readShare()
{
    if (!wordAt(0))
        return std::nullopt;
    const auto fraction = [](int numerator, int denominator) -> std::optional<double> {
        if (numerator <= 0 || numerator >= denominator)
            return std::nullopt;
        return 100.0 * numerator / denominator;
    };
    if (reads(m_lang, Lang::En)) {
        qsizetype k = 0;
        int numerator = 0;
        for (const auto &[word, value] : kEnglishNumerators) {
            if (at(0)->lower == word && wordAt(1)) {
                numerator = value;
                k = 1;
            }
        }
        // "half", "a half", "one half"; "half a million" is an amount and is read as one.
        if (at(k)->lower == u"half" && numerator <= 1 && !(wordAt(k + 1) && at(k + 1)->lower == u"a")) {
            noteEnding(*at(k), QString());
            m_pos += k + 1;
            return 50.0;
        }
        if (numerator > 0) {
            for (const auto &[word, denominator] : kEnglishDenominators) {
                if (at(1)->lower == word) {
                    m_pos += 2;
                    noteEnding(*at(-1), QString());
                    return fraction(numerator, denominator);
                }
            }
        }
    }
    if (reads(m_lang, Lang::Ru)) {
        qsizetype k = 0;
        int numerator = 1;
        for (const auto &[word, value] : kRussianNumerators) {
            if (at(0)->lower == word && wordAt(1)) {
                numerator = value;
                k = 1;
            }
        }
        QString ending;
        if (const Stem *entry =
                stemAt(k, std::begin(kRussianDenominators), std::end(kRussianDenominators), &ending)) {
            const int denominator = entry->meaning.toInt();
            if (denominator == 2 && k > 0)
                return std::nullopt; // "две половины" is not a share of anything
            noteEnding(*at(k), ending);
            m_pos += k + 1;
            return fraction(numerator, denominator);
        }
    }
    if (reads(m_lang, Lang::Tr)) {
        QString ending;
        if (const Stem *entry = stemAt(0, std::begin(kTurkishShares), std::end(kTurkishShares), &ending)) {
            noteEnding(*at(), ending);
            ++m_pos;
            return entry->meaning.toDouble();
        }
        for (const auto &[word, denominator] : kTurkishDenominators) {
            if (at(0)->lower != word || !wordAt(1))
                continue;
            for (const auto &[stem, numerator] : kTurkishNumerators) {
                const Stem entry{Lang::Tr, stem, u"*", {}};
                if (const std::optional<QString> rest = endingOf(at(1)->lower, entry)) {
                    // Only case and possessive endings: "birçok" (many) is not "bir".
                    if (rest->size() > 5)
                        continue;
                    noteEnding(*at(1), *rest);
                    m_pos += 2;
                    return fraction(numerator, denominator);
                }
            }
        }
    }
    return std::nullopt;
}

// "five hundred", "twenty-five thousand", "a million", "one hundred and twenty".
std::optional<double> SpanParser::englishNumberWords()
{
    if (!reads(m_lang, Lang::En))
        return std::nullopt;
    double total = 0;
    double current = 0;
    bool any = false;
    qsizetype k = 0;
    while (wordAt(k)) {
        const QString &word = at(k)->lower;
        const auto scaleWord = [](QStringView w) -> double {
            for (const auto &[name, factor] :
                 {std::pair{u"thousand", 1e3}, {u"million", 1e6}, {u"billion", 1e9}, {u"trillion", 1e12}}) {
                if (w == QStringView(name))
                    return factor;
            }
            return 0;
        };
        const bool beforeScale =
            wordAt(k + 1) && (at(k + 1)->lower == u"hundred" || scaleWord(at(k + 1)->lower) > 0);
        int small = 0;
        for (const auto &[name, value] : kEnglishNumbers) {
            if (word == name)
                small = value;
        }
        if ((word == u"a" || word == u"an") && !any && beforeScale) {
            current = 1;
        } else if (small > 0) {
            current += small;
        } else if (word == u"hundred" && current > 0) {
            current *= 100;
        } else if (const double factor = scaleWord(word); factor > 0 && current > 0) {
            total += current * factor;
            current = 0;
        } else if (word == u"and" && any && wordAt(k + 1)) {
            // "one hundred and twenty": the next word must be a number word, checked next round.
        } else {
            break;
        }
        any = true;
        ++k;
    }
    if (!any || (k > 0 && at(k - 1)->lower == u"and"))
        return std::nullopt;
    noteEnding(*at(k - 1), QString());
    m_pos += k;
    return total + current;
}

std::optional<ParsedFigure> SpanParser::parse()
{
    if (m_tokens.isEmpty())
        return std::nullopt;
    ParsedFigure figure;
    figure.qualifier = hedge(std::begin(kHedgesBefore), std::end(kHedgesBefore));
    if (!at())
        return std::nullopt;

    bool percent = false;
    bool points = false;
    if (symbolAt(0, u'%')) {
        percent = true;
        ++m_pos;
    } else if (reads(m_lang, Lang::Tr) && wordAt(0) && at()->lower == u"yüzde" && at(1) &&
               at(1)->type == Token::Number) {
        percent = true;
        ++m_pos;
    }
    QString currency = percent ? QString() : currencyBefore();
    if (!at())
        return std::nullopt;

    // The amount.
    double low = 0;
    std::optional<double> high;
    std::optional<NumberValue> number;
    bool share = false;
    bool words = false;
    bool halfScale = false;
    if (at()->type == Token::Number) {
        if (at()->attached && m_pos > 0 && at(-1)->type == Token::Word)
            return std::nullopt; // "G7", "C5": a name with a number in it
        number = readNumber(at()->text, m_lang);
        if (!number)
            return std::nullopt;
        low = number->value;
        noteEnding(*at(), QString());
        ++m_pos;
        if (at() && at()->type == Token::Dash && at(1) && at(1)->type == Token::Number) {
            const std::optional<NumberValue> top = readNumber(at(1)->text, m_lang);
            if (!top || top->value <= low)
                return std::nullopt;
            high = top->value;
            noteEnding(*at(1), QString());
            m_pos += 2;
        }
    } else if (percent || !currency.isEmpty()) {
        return std::nullopt;
    } else if (wordAt(0) && wordAt(1) &&
               ((reads(m_lang, Lang::En) && at(0)->lower == u"half" && at(1)->lower == u"a" && wordAt(2)) ||
                (reads(m_lang, Lang::Tr) && at(0)->lower == u"yarım"))) {
        // "half a million", "yarım milyar": half of the scale that follows, which must come next.
        low = 0.5;
        m_pos += at(0)->lower == u"half" ? 2 : 1;
        halfScale = true;
    } else if (const std::optional<double> value = readShare()) {
        low = *value;
        share = true;
    } else if (const std::optional<double> value = englishNumberWords()) {
        low = *value;
        words = true;
    } else {
        return std::nullopt;
    }

    if (!share && !words) {
        if (const std::optional<double> factor = scale(!currency.isEmpty()))
            figure.scale = *factor;
        else if (halfScale)
            return std::nullopt;
    }
    if (!share && !percent && currency.isEmpty())
        currency = currencyAfter();
    if (!share && currency.isEmpty() && at()) {
        if (!percent && symbolAt(0, u'%')) {
            percent = true;
            noteEnding(*at(), QString());
            ++m_pos;
        } else if (!percent) {
            static constexpr std::pair<QStringView, bool> kPercentPhrases[] = {
                {u"percent", false},          {u"per cent", false},        {u"pct", false},
                {u"percentage points", true}, {u"percentage point", true}, {u"п п", true},
                {u"yüzde puan", true},
            };
            for (const auto &[phrase, isPoints] : kPercentPhrases) {
                if (const qsizetype length = phraseLength(phrase); length > 0) {
                    percent = true;
                    points = isPoints;
                    m_pos += length;
                    break;
                }
            }
            if (!percent && reads(m_lang, Lang::Ru) && wordAt(0)) {
                static constexpr Stem kPercentWord{Lang::Ru, u"процент", u"|а|ов|ам|ами|ах", {}};
                static constexpr Stem kPercentAdjective{Lang::Ru, u"процентн", u"*", {}};
                static constexpr Stem kPoint{Lang::Ru, u"пункт", u"|а|ов|ам|ами|ах", {}};
                if (endingOf(at()->lower, kPercentWord)) {
                    percent = true;
                    ++m_pos;
                } else if (endingOf(at()->lower, kPercentAdjective) && wordAt(1) &&
                           endingOf(at(1)->lower, kPoint)) {
                    percent = points = true;
                    m_pos += 2;
                }
            }
        } else if (reads(m_lang, Lang::Tr) && phraseLength(u"puan") == 1) {
            points = true; // "yüzde 2,5 puan": percentage points
            ++m_pos;
        }
    }
    // A hedge on both sides ("yaklaşık %80'den fazla") keeps the first: it is read first.
    if (const QString after = hedge(std::begin(kHedgesAfter), std::end(kHedgesAfter));
        figure.qualifier.isEmpty())
        figure.qualifier = after;
    if (at())
        return std::nullopt; // a word the grammar does not know: not (only) a figure

    figure.value = low * figure.scale;
    if (high)
        figure.upperValue = *high * figure.scale;
    if (!currency.isEmpty()) {
        figure.kind = FigureKind::Money;
        figure.unit = currency;
    } else if (share) {
        figure.kind = FigureKind::Share;
        figure.unit = u"percent"_s;
    } else if (percent) {
        if (figure.scale != 1)
            return std::nullopt; // "5 million percent"
        figure.kind = points ? FigureKind::PercentagePoints : FigureKind::Percent;
        figure.unit = points ? u"percentage points"_s : u"percent"_s;
    } else {
        // A number on its own. Four digits from 1800 to 2199 without grouping are a year.
        if (number && figure.scale == 1 && !high && !number->fraction && !number->grouped &&
            number->integerDigits == 4 && low >= 1800 && low <= 2199)
            return std::nullopt;
        const bool whole = std::floor(figure.value) == figure.value &&
                           (!figure.upperValue || std::floor(*figure.upperValue) == *figure.upperValue);
        figure.kind = whole ? FigureKind::Count : FigureKind::Number;
        figure.unit = whole ? u"count"_s : QString();
    }
    return figure;
}

std::optional<ParsedFigure> parseAs(QStringView spanText, Lang lang)
{
    std::optional<QList<Token>> tokens = tokenize(spanText.trimmed(), lang);
    if (!tokens)
        return std::nullopt;
    return SpanParser(std::move(*tokens), lang).parse();
}

} // namespace

std::optional<ParsedFigure> parseFigure(QStringView spanText, QStringView language)
{
    // Documents quote other languages ("«43 млрд долларов»" in an English article); what the
    // document's language cannot read is tried with every language's words, where a number whose
    // grouping depends on the language is refused rather than guessed.
    const Lang lang = languageOf(language);
    if (std::optional<ParsedFigure> figure = parseAs(spanText, lang))
        return figure;
    return lang == Lang::Any ? std::nullopt : parseAs(spanText, Lang::Any);
}

std::optional<ParsedFigure> parseFigureAt(QStringView text, qsizetype start, qsizetype end,
                                          QStringView language)
{
    if (start < 0 || end > text.size() || end <= start)
        return std::nullopt;
    std::optional<ParsedFigure> figure = parseFigure(text.sliced(start, end - start), language);
    if (figure && figure->kind == FigureKind::Count) {
        if (const QString unit = countedUnit(text, end); !unit.isEmpty())
            figure->unit = unit;
    }
    return figure;
}

} // namespace claimscope::core
