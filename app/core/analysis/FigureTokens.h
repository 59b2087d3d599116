// Internal header of the figure parser, shared by FigureParser.cpp and FigureContext.cpp only:
// the numbers, tokens and vocabulary a figure span is read with. It is not part of the public API;
// callers include FigureParser.h.
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>
#include <utility>

namespace claimscope::core::figures {

// The language whose words and number format a span is read with. Any is for a code we do not
// know: every table applies, and a number whose grouping depends on the language is refused.
enum class Lang { En, Ru, Tr, Any };

Lang languageOf(QStringView code);
bool reads(Lang text, Lang table);
bool isDigit(QChar c);
bool isWordChar(QChar c);

// ---------------------------------------------------------------------------------------------
// Numbers

struct NumberValue {
    double value = 0;
    bool fraction = false; // written with a decimal part
    bool grouped = false;  // written with thousands separators
    int integerDigits = 0;
};

// A number as the tokenizer cut it: digits with ",", "." or a space between groups.
std::optional<NumberValue> readNumber(QStringView raw, Lang lang);

// ---------------------------------------------------------------------------------------------
// Tokens

struct Token {
    enum Type { Number, Word, Symbol, Dash };
    Type type = Word;
    QString text;          // as written
    QString lower;         // words lower-cased the way the text's language does it (Turkish I → ı)
    QString suffix;        // a case ending written after an apostrophe: the "den" of "%80'den"
    bool attached = false; // nothing between it and the token before ("US$", "43bn", "G7")
};

// Cuts a span into numbers, words, signs and dashes. Any character a figure cannot hold (a
// slash, a bracket, a hash, a full stop after a number: the Turkish ordinal "3.") ends the
// attempt, because whatever it is, the span is not just a figure.
std::optional<QList<Token>> tokenize(QStringView text, Lang lang);

// ---------------------------------------------------------------------------------------------
// Vocabulary. Phrases are lower case, words separated by single spaces.

struct Hedge {
    Lang lang;
    QStringView phrase;
    QStringView qualifier;
};

inline constexpr QStringView kMoreThan = u"more than";
inline constexpr QStringView kLessThan = u"less than";
inline constexpr QStringView kAbout = u"about";
inline constexpr QStringView kAlmost = u"almost";
inline constexpr QStringView kUpTo = u"up to";
inline constexpr QStringView kAtLeast = u"at least";
inline constexpr QStringView kAtMost = u"at most";

// Hedges written before the number.
inline constexpr Hedge kHedgesBefore[] = {
    {Lang::En, u"more than", kMoreThan},
    {Lang::En, u"over", kMoreThan},
    {Lang::En, u"well over", kMoreThan},
    {Lang::En, u"just over", kMoreThan},
    {Lang::En, u"upwards of", kMoreThan},
    {Lang::En, u"in excess of", kMoreThan},
    {Lang::En, u"above", kMoreThan},
    {Lang::En, u"less than", kLessThan},
    {Lang::En, u"fewer than", kLessThan},
    {Lang::En, u"under", kLessThan},
    {Lang::En, u"just under", kLessThan},
    {Lang::En, u"below", kLessThan},
    {Lang::En, u"about", kAbout},
    {Lang::En, u"around", kAbout},
    {Lang::En, u"approximately", kAbout},
    {Lang::En, u"approx", kAbout},
    {Lang::En, u"roughly", kAbout},
    {Lang::En, u"some", kAbout},
    {Lang::En, u"an estimated", kAbout},
    {Lang::En, u"estimated", kAbout},
    {Lang::En, u"almost", kAlmost},
    {Lang::En, u"nearly", kAlmost},
    {Lang::En, u"close to", kAlmost},
    {Lang::En, u"up to", kUpTo},
    {Lang::En, u"as much as", kUpTo},
    {Lang::En, u"as many as", kUpTo},
    {Lang::En, u"at least", kAtLeast},
    {Lang::En, u"no less than", kAtLeast},
    {Lang::En, u"not less than", kAtLeast},
    {Lang::En, u"no fewer than", kAtLeast},
    {Lang::En, u"at most", kAtMost},
    {Lang::En, u"no more than", kAtMost},
    {Lang::En, u"not more than", kAtMost},
    {Lang::Ru, u"более чем", kMoreThan},
    {Lang::Ru, u"более", kMoreThan},
    {Lang::Ru, u"больше", kMoreThan},
    {Lang::Ru, u"свыше", kMoreThan},
    {Lang::Ru, u"менее", kLessThan},
    {Lang::Ru, u"меньше", kLessThan},
    {Lang::Ru, u"около", kAbout},
    {Lang::Ru, u"примерно", kAbout},
    {Lang::Ru, u"приблизительно", kAbout},
    {Lang::Ru, u"порядка", kAbout},
    {Lang::Ru, u"почти", kAlmost},
    {Lang::Ru, u"до", kUpTo},
    {Lang::Ru, u"не менее", kAtLeast},
    {Lang::Ru, u"не меньше", kAtLeast},
    {Lang::Ru, u"по меньшей мере", kAtLeast},
    {Lang::Ru, u"по крайней мере", kAtLeast},
    {Lang::Ru, u"не более", kAtMost},
    {Lang::Ru, u"не больше", kAtMost},
    {Lang::Tr, u"yaklaşık", kAbout},
    {Lang::Tr, u"takriben", kAbout},
    {Lang::Tr, u"tahminen", kAbout},
    {Lang::Tr, u"neredeyse", kAlmost},
    {Lang::Tr, u"hemen hemen", kAlmost},
    {Lang::Tr, u"en az", kAtLeast},
    {Lang::Tr, u"en fazla", kAtMost},
    {Lang::Tr, u"en çok", kAtMost},
};

// Hedges written after the figure. Turkish puts them there, after a case ending on the number:
// %80'den fazla (more than), %80'e yakın (close to), %80'in üzerinde (above). "kadar" is
// special: after a dative ending it is "up to" (%80'e kadar), without one "about" (80 kadar).
inline constexpr Hedge kHedgesAfter[] = {
    {Lang::En, u"or more", kAtLeast},       {Lang::En, u"or less", kAtMost},
    {Lang::En, u"or so", kAbout},           {Lang::Tr, u"fazla", kMoreThan},
    {Lang::Tr, u"fazlası", kMoreThan},      {Lang::Tr, u"daha fazla", kMoreThan},
    {Lang::Tr, u"daha fazlası", kMoreThan}, {Lang::Tr, u"aşkın", kMoreThan},
    {Lang::Tr, u"üzerinde", kMoreThan},     {Lang::Tr, u"az", kLessThan},
    {Lang::Tr, u"azı", kLessThan},          {Lang::Tr, u"daha az", kLessThan},
    {Lang::Tr, u"altında", kLessThan},      {Lang::Tr, u"civarında", kAbout},
    {Lang::Tr, u"dolayında", kAbout},       {Lang::Tr, u"yakın", kAlmost},
    {Lang::Tr, u"kadar", kAbout},
};

// A word written as a stem and the endings it may take. "*" allows any ending (Turkish stacks
// suffixes freely: dolarlık, milyarlık); otherwise a "|"-list where an empty item is the bare
// stem. Whitelists keep look-alikes out: "трети" is a third, "третий" an ordinal.
struct Stem {
    Lang lang;
    QStringView stem;
    QStringView endings;
    QStringView meaning; // a currency code, or the entry's value as text
};

// The ending of word after stem when the entry allows it.
std::optional<QString> endingOf(const QString &word, const Stem &entry);

inline constexpr Stem kCurrencyWords[] = {
    {Lang::En, u"dollar", u"|s", u"USD"},
    {Lang::En, u"euro", u"|s", u"EUR"},
    {Lang::En, u"tenge", u"", u"KZT"},
    {Lang::En, u"ruble", u"|s", u"RUB"},
    {Lang::En, u"rouble", u"|s", u"RUB"},
    {Lang::En, u"yuan", u"", u"CNY"},
    {Lang::En, u"renminbi", u"", u"CNY"},
    {Lang::En, u"pound", u"|s", u"GBP"},
    {Lang::En, u"lira", u"|s", u"TRY"},
    {Lang::Ru, u"доллар", u"*", u"USD"},
    {Lang::Ru, u"долл", u"", u"USD"},
    {Lang::Ru, u"евро", u"", u"EUR"},
    {Lang::Ru, u"тенге", u"", u"KZT"},
    {Lang::Ru, u"тг", u"", u"KZT"},
    {Lang::Ru, u"рубл", u"ь|я|ей|ю|ям|ями|ях|е", u"RUB"},
    {Lang::Ru, u"руб", u"", u"RUB"},
    {Lang::Ru, u"юан", u"ь|я|ей|ю|ям|ями|ях|е", u"CNY"},
    {Lang::Ru, u"фунт", u"|а|ов|ы|ам|ами|ах", u"GBP"},
    {Lang::Ru, u"лир", u"а|ы|у|ой|ам|ами|ах|", u"TRY"},
    {Lang::Tr, u"dolar", u"*", u"USD"},
    {Lang::Tr, u"avro", u"*", u"EUR"},
    {Lang::Tr, u"euro", u"*", u"EUR"},
    {Lang::Tr, u"tenge", u"*", u"KZT"},
    {Lang::Tr, u"ruble", u"*", u"RUB"},
    {Lang::Tr, u"yuan", u"*", u"CNY"},
    {Lang::Tr, u"sterlin", u"*", u"GBP"},
    {Lang::Tr, u"lira", u"*", u"TRY"},
};

// Words that only narrow a currency word down: "US dollars", "долларов США", "ABD doları",
// "pounds sterling", "Türk lirası". They are part of the figure, never a figure by themselves.
inline constexpr Stem kCurrencyPrefixes[] = {
    {Lang::En, u"us", u"", u"USD"},        {Lang::En, u"american", u"", u"USD"},
    {Lang::En, u"turkish", u"", u"TRY"},   {Lang::Ru, u"американск", u"*", u"USD"},
    {Lang::Ru, u"турецк", u"*", u"TRY"},   {Lang::Tr, u"abd", u"*", u"USD"},
    {Lang::Tr, u"amerikan", u"*", u"USD"}, {Lang::Tr, u"türk", u"", u"TRY"},
};
inline constexpr Stem kCurrencySuffixes[] = {
    {Lang::En, u"sterling", u"", u"GBP"},
    {Lang::Ru, u"сша", u"", u"USD"},
    {Lang::Ru, u"стерлинг", u"*", u"GBP"},
};

// ISO codes count only as written, in capitals: "try" and "eur" are not codes in running text.
QString currencyCode(const Token &token);
QString currencySign(const Token &token);

// Scale words. The single letters m, k and b are scales only after a currency ("$5m", "€300k"):
// on their own they could be metres or anything else.
inline constexpr Stem kScales[] = {
    {Lang::En, u"hundred", u"", u"1e2"},
    {Lang::En, u"thousand", u"|s", u"1e3"},
    {Lang::En, u"million", u"|s", u"1e6"},
    {Lang::En, u"billion", u"|s", u"1e9"},
    {Lang::En, u"trillion", u"|s", u"1e12"},
    {Lang::Ru, u"тыс", u"", u"1e3"},
    {Lang::Ru, u"тысяч", u"|а|и|у|ей|ами|ах", u"1e3"},
    {Lang::Ru, u"млн", u"", u"1e6"},
    {Lang::Ru, u"миллион", u"*", u"1e6"},
    {Lang::Ru, u"млрд", u"", u"1e9"},
    {Lang::Ru, u"миллиард", u"*", u"1e9"},
    {Lang::Ru, u"трлн", u"", u"1e12"},
    {Lang::Ru, u"триллион", u"*", u"1e12"},
    {Lang::Tr, u"bin", u"", u"1e3"},
    {Lang::Tr, u"milyon", u"*", u"1e6"},
    {Lang::Tr, u"milyar", u"*", u"1e9"},
    {Lang::Tr, u"trilyon", u"*", u"1e12"},
};
// Abbreviations English-language finance writes in any text.
inline constexpr std::pair<QStringView, double> kScaleAbbreviations[] = {
    {u"bn", 1e9}, {u"mn", 1e6}, {u"mln", 1e6}, {u"tn", 1e12}, {u"trn", 1e12},
};
inline constexpr std::pair<QStringView, double> kScaleLetters[] = {{u"k", 1e3}, {u"m", 1e6}, {u"b", 1e9}};

// English number words ("five hundred", "twenty-five thousand", "a million").
inline constexpr std::pair<QStringView, int> kEnglishNumbers[] = {
    {u"one", 1},      {u"two", 2},        {u"three", 3},     {u"four", 4},      {u"five", 5},
    {u"six", 6},      {u"seven", 7},      {u"eight", 8},     {u"nine", 9},      {u"ten", 10},
    {u"eleven", 11},  {u"twelve", 12},    {u"thirteen", 13}, {u"fourteen", 14}, {u"fifteen", 15},
    {u"sixteen", 16}, {u"seventeen", 17}, {u"eighteen", 18}, {u"nineteen", 19}, {u"twenty", 20},
    {u"thirty", 30},  {u"forty", 40},     {u"fifty", 50},    {u"sixty", 60},    {u"seventy", 70},
    {u"eighty", 80},  {u"ninety", 90},
};

// Fractions. English: a numerator word before a denominator ("a third", "two thirds"); "half"
// needs none. A lone "third" or "quarter" is an ordinal or a period, never a share.
inline constexpr std::pair<QStringView, int> kEnglishNumerators[] = {
    {u"a", 1},    {u"one", 1}, {u"two", 2},   {u"three", 3}, {u"four", 4},
    {u"five", 5}, {u"six", 6}, {u"seven", 7}, {u"eight", 8}, {u"nine", 9},
};
inline constexpr std::pair<QStringView, int> kEnglishDenominators[] = {
    {u"third", 3}, {u"thirds", 3}, {u"quarter", 4}, {u"quarters", 4}, {u"fifth", 5},  {u"fifths", 5},
    {u"sixth", 6}, {u"sixths", 6}, {u"eighth", 8},  {u"eighths", 8},  {u"tenth", 10}, {u"tenths", 10},
};
inline constexpr std::pair<QStringView, int> kRussianNumerators[] = {
    {u"одна", 1},  {u"одну", 1}, {u"одной", 1}, {u"две", 2},  {u"двух", 2}, {u"двум", 2},
    {u"двумя", 2}, {u"три", 3},  {u"трёх", 3},  {u"трех", 3}, {u"трем", 3}, {u"тремя", 3},
};
// Russian shares decline; only the case endings of the noun are allowed (not "третий"). The
// prepositional "половине" is left out for the reason the Turkish locative is (below): "в первой
// половине года" is a period, and the ordinal lies outside the span.
inline constexpr Stem kRussianDenominators[] = {
    {Lang::Ru, u"половин", u"а|ы|у|ой|ою", u"2"},
    {Lang::Ru, u"трет", u"ь|и|ью|ей|ям|ями|ях", u"3"},
    {Lang::Ru, u"четверт", u"ь|и|ью|ей|ям|ями|ях", u"4"},
};
// Turkish "half" and "quarter" with possessive and case endings. The locative ("yarısında",
// "çeyreğinde": in the half, in the quarter) is left out: it names a period of a year far more
// often than a share, and the ordinal that would tell them apart lies outside the span.
inline constexpr Stem kTurkishShares[] = {
    {Lang::Tr, u"yarı", u"|sı|sını|sından|sına|sıyla|sının|dan|ya|yı", u"50"},
    {Lang::Tr, u"çeyre", u"ği|ğini|ğinden|ğine|ğiyle|ğinin", u"25"},
};
// Turkish fractions are "denominator-locative numerator": üçte bir (1/3), dörtte üç (3/4).
// "yüzde" (per hundred) is the same construction; it is read as a percent sign.
inline constexpr std::pair<QStringView, int> kTurkishDenominators[] = {
    {u"ikide", 2},  {u"üçte", 3},    {u"dörtte", 4},  {u"beşte", 5}, {u"altıda", 6},
    {u"yedide", 7}, {u"sekizde", 8}, {u"dokuzda", 9}, {u"onda", 10},
};
inline constexpr std::pair<QStringView, int> kTurkishNumerators[] = {
    {u"bir", 1}, {u"iki", 2},  {u"üç", 3},   {u"dört", 4},  {u"dörd", 4},
    {u"beş", 5}, {u"altı", 6}, {u"yedi", 7}, {u"sekiz", 8}, {u"dokuz", 9},
};

} // namespace claimscope::core::figures
