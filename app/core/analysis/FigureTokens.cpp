#include "core/analysis/FigureTokens.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace claimscope::core::figures {

Lang languageOf(QStringView code)
{
    if (code.startsWith(u"en", Qt::CaseInsensitive))
        return Lang::En;
    if (code.startsWith(u"ru", Qt::CaseInsensitive))
        return Lang::Ru;
    if (code.startsWith(u"tr", Qt::CaseInsensitive))
        return Lang::Tr;
    return Lang::Any;
}

bool reads(Lang text, Lang table)
{
    return text == Lang::Any || text == table;
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isWordChar(QChar c)
{
    return c.isLetter() || c.isMark();
}

// ---------------------------------------------------------------------------------------------
// Numbers

namespace {

// The separator a language groups thousands with when only one separator is written: "1,200" is
// 1200 in English and 1.2 in Russian and Turkish; "1.200" is 1200 in Turkish and 1.2 elsewhere.
// Russian groups with spaces, so a single comma or point there is always a decimal one.
std::optional<QChar> groupSeparator(Lang lang)
{
    switch (lang) {
    case Lang::En:
        return u',';
    case Lang::Tr:
        return u'.';
    case Lang::Ru:
        return QChar();
    case Lang::Any:
        break;
    }
    return std::nullopt;
}

} // namespace

std::optional<NumberValue> readNumber(QStringView raw, Lang lang)
{
    QList<QString> groups{QString()};
    QList<QChar> separators;
    for (const QChar c : raw) {
        if (isDigit(c)) {
            groups.last().append(c);
        } else {
            separators.append(c.isSpace() ? u' ' : c);
            groups.append(QString());
        }
    }
    if (groups.first().size() > 1 && groups.first().startsWith(u'0'))
        return std::nullopt; // "07", "0012": numbering and dates, not amounts

    // Which separator, if any, is the decimal one.
    qsizetype decimalAt = -1;
    const bool spaces = separators.contains(u' ');
    const bool commas = separators.contains(u',');
    const bool points = separators.contains(u'.');
    if (commas && points) {
        decimalAt = separators.size() - 1; // "1,200.5", "1.200,5": the last one
        if (separators.count(separators.last()) != 1)
            return std::nullopt;
    } else if (commas || points) {
        const QChar mark = commas ? u',' : u'.';
        if (separators.count(mark) == 1 && separators.last() == mark) {
            const bool threeAfter = groups.last().size() == 3;
            const bool groupShaped = threeAfter && groups.first().size() <= 3 && groups.first() != u"0"_s;
            if (spaces || !groupShaped) {
                decimalAt = separators.size() - 1; // "1 200,5", "48,2", "0,125"
            } else {
                const std::optional<QChar> group = groupSeparator(lang);
                if (!group)
                    return std::nullopt; // "1,200" in an unknown language: 1200 or 1.2
                if (*group != mark)
                    decimalAt = separators.size() - 1;
            }
        } else if (separators.count(mark) == 1) {
            return std::nullopt; // "1,200 300": a mark inside space groups
        }
    }

    // Every separator but the decimal one groups thousands: 1–3 digits, then groups of three.
    const qsizetype integerGroups = decimalAt < 0 ? groups.size() : decimalAt + 1;
    QString integer;
    for (qsizetype i = 0; i < integerGroups; ++i) {
        if (groups.at(i).isEmpty() || (i == 0 && groups.at(i).size() > 3 && integerGroups > 1) ||
            (i > 0 && groups.at(i).size() != 3))
            return std::nullopt;
        if (i > 0 && separators.at(i - 1) != separators.first())
            return std::nullopt; // "1,200.300": two kinds of grouping
        integer += groups.at(i);
    }
    NumberValue number;
    number.grouped = integerGroups > 1;
    number.integerDigits = int(integer.size());
    number.fraction = decimalAt >= 0;
    const QString digits = number.fraction ? integer + u'.' + groups.last() : integer;
    bool ok = false;
    number.value = digits.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return number;
}

// ---------------------------------------------------------------------------------------------
// Tokens

namespace {

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'’' || c == u'ʼ';
}

bool isDash(QChar c)
{
    return c == u'-' || c == u'–' || c == u'—' || c == u'‑' || c == u'−';
}

QString lowered(QStringView word, Lang lang)
{
    if (lang == Lang::Tr)
        return QLocale(QLocale::Turkish).toLower(word.toString());
    return word.toString().toLower();
}

} // namespace

std::optional<QList<Token>> tokenize(QStringView text, Lang lang)
{
    QList<Token> tokens;
    const qsizetype n = text.size();
    bool spaced = true;
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            spaced = true;
            ++i;
            continue;
        }
        Token token;
        token.attached = !spaced && !tokens.isEmpty();
        if (isDigit(c)) {
            // Digits, then separators each followed by digits. A space separates groups only
            // between groups of at most three digits and before exactly three ("1 200,5").
            qsizetype j = i;
            qsizetype groupDigits = 0;
            bool onlySpaces = true;
            while (j < n) {
                const QChar d = text.at(j);
                if (isDigit(d)) {
                    ++groupDigits;
                    ++j;
                } else if ((d == u',' || d == u'.') && j + 1 < n && isDigit(text.at(j + 1))) {
                    onlySpaces = false;
                    groupDigits = 0;
                    ++j;
                } else if (d.isSpace() && onlySpaces && groupDigits <= 3 && j + 3 < n &&
                           isDigit(text.at(j + 1)) && isDigit(text.at(j + 2)) && isDigit(text.at(j + 3)) &&
                           (j + 4 == n || !isDigit(text.at(j + 4)))) {
                    groupDigits = 0;
                    ++j;
                } else {
                    break;
                }
            }
            token.type = Token::Number;
            token.text = text.sliced(i, j - i).toString();
            i = j;
        } else if (isWordChar(c)) {
            qsizetype j = i;
            while (j < n && isWordChar(text.at(j)))
                ++j;
            token.type = Token::Word;
            token.text = text.sliced(i, j - i).toString();
            token.lower = lowered(token.text, lang);
            i = j;
            // "two-thirds", "percentage-point": a hyphen between letters joins words of a phrase.
            if (i + 1 < n && isDash(text.at(i)) && isWordChar(text.at(i + 1))) {
                tokens.append(token);
                spaced = true;
                ++i;
                continue;
            }
        } else if (isApostrophe(c) && !tokens.isEmpty() && !spaced && i + 1 < n &&
                   isWordChar(text.at(i + 1))) {
            // Turkish writes case endings after an apostrophe: %80'den, 13'ü, 2023'te.
            qsizetype j = i + 1;
            while (j < n && isWordChar(text.at(j)))
                ++j;
            tokens.last().suffix = lowered(text.sliced(i + 1, j - i - 1), lang);
            i = j;
            spaced = false;
            continue;
        } else if (c == u'.' && !spaced && !tokens.isEmpty() && tokens.last().type == Token::Word) {
            ++i; // the full stop of an abbreviation: тыс., млрд., долл., U.S.
            continue;
        } else if (isDash(c)) {
            token.type = Token::Dash;
            token.text = c;
            ++i;
        } else if (QStringView(u"$€£¥₸₽₺%").contains(c)) {
            token.type = Token::Symbol;
            token.text = c;
            ++i;
        } else {
            return std::nullopt;
        }
        tokens.append(token);
        spaced = false;
    }
    return tokens;
}

// ---------------------------------------------------------------------------------------------
// Vocabulary. Phrases are lower case, words separated by single spaces.

std::optional<QString> endingOf(const QString &word, const Stem &entry)
{
    if (!word.startsWith(entry.stem))
        return std::nullopt;
    const QString rest = word.sliced(entry.stem.size());
    if (entry.endings == u"*") {
        for (const QChar c : rest) {
            if (!isWordChar(c))
                return std::nullopt;
        }
        return rest;
    }
    for (const QStringView ending : entry.endings.split(u'|')) {
        if (ending == rest)
            return rest;
    }
    return std::nullopt;
}

QString currencyCode(const Token &token)
{
    if (token.type != Token::Word)
        return {};
    for (const QStringView code : {u"USD", u"EUR", u"KZT", u"RUB", u"CNY", u"GBP", u"TRY"}) {
        if (token.text == code)
            return code.toString();
    }
    if (token.text == u"TL")
        return u"TRY"_s;
    return {};
}

QString currencySign(const Token &token)
{
    if (token.type != Token::Symbol)
        return {};
    // ¥ is the yuan here: the corpus is about Central Asia's trade, where the yen is rarely cited.
    static const QList<std::pair<QChar, QString>> signs{
        {u'$', u"USD"_s}, {u'€', u"EUR"_s},   {u'£', u"GBP"_s}, {u'¥', u"CNY"_s},
        {u'₸', u"KZT"_s}, {u'₽', u"RUB"_s}, {u'₺', u"TRY"_s},
    };
    for (const auto &[sign, code] : signs) {
        if (token.text == sign)
            return code;
    }
    return {};
}

} // namespace claimscope::core::figures
