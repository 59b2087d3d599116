#include "core/highlight/FigurePattern.h"

#include "core/highlight/AlternationFactoring.h"
#include "core/highlight/Lexicon.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace claimscope::core {
namespace {

QString anyOf(const QStringList &alternatives)
{
    return u"(?:"_s + alternatives.join(u'|') + u')';
}

// "more than|около" as a pattern: literal phrases, their words joined by any spaces, in any
// capitalisation ("More than", "Около").
QString oneOf(QStringView phrases)
{
    QStringList list;
    for (const QStringView phrase : phrases.split(u'|'))
        list.append(formPattern(phrase.toString(), FormLanguage::En));
    return u"(?i:"_s + factorAlternation(list, true) + u')';
}

// The same for Turkish words, each letter spelled as its Turkish case pair.
QString turkishOneOf(QStringView phrases)
{
    QStringList list;
    for (const QStringView phrase : phrases.split(u'|'))
        list.append(cuePattern(phrase.toString(), u"tr"_s));
    return u"(?:"_s + factorAlternation(list, false) + u')';
}

// `words`, unless one of `lookBehinds` refuses what stands before them. The words are looked for
// first: PCRE2 would otherwise test every look-behind at every place a figure may start, which
// made them a third of the figure pattern's cost; looking ahead first changes no match.
QString unlessAfter(const QString &lookBehinds, const QString &words)
{
    return u"(?="_s + words + u')' + lookBehinds + words;
}

// One pattern for amounts of money, percentages, shares and counts in the three languages. The
// span is the whole numeric expression: hedges before it (more than, более, yaklaşık) and after
// it in Turkish (%80'den fazla), currency signs and words, scale words and the percent sign. A
// number alone is never a figure, which keeps years, dates, ordinals, footnote markers and
// numbered names out; the exception is a count of 1–3 digits directly before a counted noun
// (13 countries, 13 стран, 13 ülkeye), the noun itself staying outside the span.
} // namespace

QString figurePattern()
{
    const QString number = anyOf({
        uR"([0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?)"_s,                          // 1,200.5
        uR"([0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?)"_s,                          // 1.200,5
        uR"([0-9]{1,3}(?:[ \x{00A0}\x{2009}\x{202F}][0-9]{3})+(?:,[0-9]+)?)"_s, // 1 200,5
        uR"([0-9]+(?:[.,][0-9]+)?)"_s,                                          // 43, 48,2
    });
    const QString amount = number + uR"((?:\s?[-–—]\s?)"_s + number + u")?"_s; // 5–10
    const QString scale =
        anyOf({oneOf(u"trillion|billion|million|thousand|hundred|bn|mn|tn|трлн|млрд|млн"),
               oneOf(u"тыс") + uR"(\.?)"_s, oneOf(u"триллион|миллиард|миллион|тысяч") + uR"(\w*)"_s,
               turkishOneOf(u"trilyon|milyar|milyon|bin")});
    const QString currencyWord =
        anyOf({uR"((?i:(?:US\s+|U\.S\.\s+)?dollars?|pounds?(?:\s+sterling)?|долл\.))"_s,
               oneOf(u"euro|tenge|ruble|rouble|lira|доллар|рубл|юан|фунт|лир") + uR"(\w*)"_s,
               oneOf(u"yuan|евро|тенге"), turkishOneOf(u"dolar|avro|sterlin") + uR"(\w*)"_s,
               u"USD|EUR|KZT|RUB|CNY|GBP|TRY|TL"_s});
    const QString currencySign = uR"([$€£₸₽¥])"_s;
    const QString currencyBefore = uR"((?:US\$|[CA]\$|[$€£₸₽¥]|(?:USD|EUR|KZT|RUB|GBP|CNY)\s?))"_s;
    const QString percentAfter =
        uR"((?:\s?%|\s+(?:)"_s + oneOf(u"percentage points|percentage point|percent|per cent") + u'|' +
        oneOf(u"процентн") + uR"(\w*\s+пункт\w*|)"_s + oneOf(u"процент") + uR"(\w*))"_s + u')';
    const QString before = anyOf(
        {oneOf(u"more than|less than|fewer than|well over|just over|just under|over|under|almost|nearly|"
               u"about|around|approximately|roughly|some|up to|at least|at most|close to|as much as|"
               u"as many as|an estimated|более чем|не менее|не более|не меньше|более|больше|свыше|менее|"
               u"меньше|около|почти|примерно|приблизительно|порядка|до"),
         turkishOneOf(u"yaklaşık|en az|en fazla|neredeyse|takriben|ortalama")});
    // Turkish hedges follow the number, the case suffix between them: %80'den fazla, %80 civarında.
    const QString after = uR"((?:(?:['’]\p{Ll}+)?\s+(?:daha\s+)?)"_s +
                          anyOf({u"fazlası|fazla|azı|az|aşkın|civarında|kadar|üzerinde|yakın"_s}) + u")?"_s;
    const QString units = u"one|two|three|four|five|six|seven|eight|nine"_s;
    const QString wordNumber =
        u"(?i:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-](?:"_s + units +
        u"))?|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|a|"_s + units +
        uR"()\s+(?:hundred|thousand|million|billion|trillion))"_s;
    // Shares. English ones only before "of"/"the" ("half of its trade"); "the first half of 2024"
    // is a period, not a share, and neither is the ordinal "third"; the ordinal may open a sentence
    // ("First half", "Первая половина", "İlk yarısı"), and «последняя четверть века» is a period too.
    const QString fraction = anyOf({
        unlessAfter(uR"((?<!(?i:first)\s)(?<!(?i:second)\s)(?<!(?i:other)\s))"_s,
                    uR"((?i:half|(?:a|one|two)[\s-]thirds?|(?:a|one|three)[\s-]quarters?))"_s) +
            uR"((?=\s+(?:of|the)(?!\w)))"_s,
        unlessAfter(
            uR"((?<!(?i:перв)(?:ой|ая|ую)\s)(?<!(?i:втор)(?:ой|ая|ую)\s)(?<!(?i:последн)(?:ей|яя|юю)\s))"_s,
            uR"((?i:половин(?:ой|а|ы|е|у)|трет(?:ью|ь|и)|четверт(?:ью|ь|и)|две\s+трети|три\s+четверти))"_s),
        unlessAfter(uR"((?<![iİ]lk\s)(?<![iİ]k[iİ]nc[iİ]\s))"_s,
                    turkishOneOf(u"yarısından|yarısını|yarısına|yarısında|yarısıyla|yarısı|çeyreği")),
        turkishOneOf(u"üçte|dörtte") + uR"(\s+(?:bir|iki|üç)\w*)"_s,
    });
    const QString counted =
        uR"((?=\s+(?:\p{Ll}+\s+)?(?:countries|country|states|nations|members|economies|partners|стран\w*|государств\w*|член\w*|участник\w*|партн[её]р\w*|ülke\w*|devlet\w*|üye\w*)(?!\w)))"_s;

    const QStringList forms{
        // $43 billion, US$43bn, €5m
        currencyBefore + uR"(\s?)"_s + amount + uR"((?:\s?)"_s + scale + uR"(|[mk](?!\w))?(?:\s+)"_s +
            currencyWord + u")?"_s,
        uR"(%\s?)"_s + amount + after,                         // %80, %80'den fazla
        turkishOneOf(u"yüzde") + uR"(\s+)"_s + amount + after, // yüzde 80
        amount + percentAfter + after,                         // 80%, 80 per cent
        // 43 млрд долларов, 48,2 milyon $, 1 200,5 тенге
        amount + uR"((?:\s?)"_s + scale + uR"()?\s?(?:)"_s + currencyWord + u'|' + currencySign + u')' +
            after,
        amount + uR"(\s?)"_s + scale + after,                 // 43 billion, 5 млн
        wordNumber + uR"((?:\s+)"_s + currencyWord + u")?"_s, // five hundred
        fraction + after,                                     // half, половина, yarısı
        u"[0-9]{1,3}"_s + counted,                            // 13 (countries)
    };
    return uR"((?<![\w.,]))"_s + u"(?:"_s + before + uR"(\s+)?)"_s + anyOf(forms) + uR"((?!\w))"_s;
}

} // namespace claimscope::core
