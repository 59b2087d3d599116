#include "core/analysis/RussianNames.h"

#include <initializer_list>
#include <utility>

using namespace Qt::StringLiterals;

namespace claimscope::core {

namespace {

using Rewrite = std::pair<const char16_t *, const char16_t *>; // ending → nominative ending

// The first rule whose ending the word has (and that leaves a stem of at least two letters)
// applies; the lists put longer endings first.
QString rewrite(const QString &word, std::initializer_list<Rewrite> rules)
{
    for (const auto &[ending, replacement] : rules) {
        const QString suffix = QString::fromUtf16(ending);
        if (word.size() - suffix.size() >= 2 && word.endsWith(suffix))
            return word.chopped(suffix.size()) + QString::fromUtf16(replacement);
    }
    return word;
}

bool isVowel(QChar c)
{
    return QStringView(u"аеёиоуыэюя").contains(c.toLower());
}

// A word that ends in a vowel other than -а/-я after a vowel or in -о/-е/-и/-у/-ю is foreign and
// does not decline (Уали, Риццо, Росси, Шойгу).
bool indeclinable(const QString &word)
{
    if (word.size() < 2)
        return true;
    const QChar last = word.back().toLower();
    const QChar before = word.at(word.size() - 2).toLower();
    // After и the vowel is a case ending of -ия (Марии, Марию), not a foreign name's.
    return QStringView(u"оеиую").contains(last) && isVowel(before) && before != u'и';
}

bool feminineSurname(const QString &surname, RussianCase grammaticalCase)
{
    switch (grammaticalCase) {
    case RussianCase::Nominative:
        return surname.endsWith(u"ва") || surname.endsWith(u"на") || surname.endsWith(u"ая");
    case RussianCase::Genitive:
        // -ой, or the accusative -у/-ую that an animate genitive role noun governs too.
        return surname.endsWith(u"ой") || surname.endsWith(u"ву") || surname.endsWith(u"ну") ||
               surname.endsWith(u"ую");
    case RussianCase::Dative:
    case RussianCase::Instrumental:
    case RussianCase::Prepositional:
        return surname.endsWith(u"ой");
    }
    return false;
}

QString feminineWord(const QString &word, RussianCase grammaticalCase, bool isSurname)
{
    if (isSurname) {
        switch (grammaticalCase) {
        case RussianCase::Nominative:
            return word;
        case RussianCase::Genitive:
            return rewrite(
                word, {{u"ской", u"ская"}, {u"цкой", u"цкая"}, {u"ую", u"ая"}, {u"ой", u"а"}, {u"у", u"а"}});
        default:
            return rewrite(word, {{u"ской", u"ская"}, {u"цкой", u"цкая"}, {u"ой", u"а"}});
        }
    }
    switch (grammaticalCase) {
    case RussianCase::Nominative:
        return word;
    case RussianCase::Genitive:
        return rewrite(word, {{u"ии", u"ия"},
                              {u"ьи", u"ья"},
                              {u"ги", u"га"},
                              {u"ки", u"ка"},
                              {u"хи", u"ха"},
                              {u"жи", u"жа"},
                              {u"ши", u"ша"},
                              {u"чи", u"ча"},
                              {u"щи", u"ща"},
                              {u"ы", u"а"},
                              {u"и", u"я"},
                              {u"ю", u"я"},
                              {u"у", u"а"}});
    case RussianCase::Dative:
    case RussianCase::Prepositional:
        return rewrite(word, {{u"ии", u"ия"}, {u"ье", u"ья"}, {u"е", u"а"}});
    case RussianCase::Instrumental:
        return rewrite(word, {{u"ией", u"ия"}, {u"ьей", u"ья"}, {u"ей", u"я"}, {u"ой", u"а"}});
    }
    return word;
}

QString masculineWord(const QString &word, RussianCase grammaticalCase)
{
    switch (grammaticalCase) {
    case RussianCase::Nominative:
        return word;
    case RussianCase::Genitive:
        return rewrite(word, {{u"ского", u"ский"},
                              {u"цкого", u"цкий"},
                              {u"ья", u"ий"},
                              {u"ея", u"ей"},
                              {u"ая", u"ай"},
                              {u"оя", u"ой"},
                              {u"ия", u"ий"},
                              {u"я", u"ь"},
                              {u"ы", u"а"},
                              {u"а", u""}});
    case RussianCase::Dative:
        return rewrite(word, {{u"скому", u"ский"},
                              {u"цкому", u"цкий"},
                              {u"ью", u"ий"},
                              {u"ею", u"ей"},
                              {u"аю", u"ай"},
                              {u"ию", u"ий"},
                              {u"ю", u"ь"},
                              {u"е", u"а"},
                              {u"у", u""}});
    case RussianCase::Instrumental:
        return rewrite(word, {{u"ским", u"ский"},
                              {u"цким", u"цкий"},
                              {u"ьем", u"ий"},
                              {u"еем", u"ей"},
                              {u"аем", u"ай"},
                              {u"ием", u"ий"},
                              {u"ём", u"ь"},
                              {u"ем", u"ь"},
                              {u"ым", u""},
                              {u"ой", u"а"},
                              {u"ом", u""},
                              {u"им", u""}});
    case RussianCase::Prepositional:
        return rewrite(word, {{u"ском", u"ский"},
                              {u"цком", u"цкий"},
                              {u"ии", u"ий"},
                              {u"ее", u"ей"},
                              {u"ае", u"ай"},
                              {u"е", u""}});
    }
    return word;
}

} // namespace

QString russianNominative(const QStringList &nameWords, RussianCase grammaticalCase)
{
    if (nameWords.isEmpty())
        return {};
    const bool feminine = feminineSurname(nameWords.back(), grammaticalCase);
    QStringList result;
    for (qsizetype i = 0; i < nameWords.size(); ++i) {
        const QString &word = nameWords.at(i);
        if (grammaticalCase == RussianCase::Nominative || indeclinable(word)) {
            result.append(word);
            continue;
        }
        // Only the last part of a hyphenated first name declines (Касым-Жомарта).
        const qsizetype hyphen = word.lastIndexOf(u'-');
        const QString head = hyphen < 0 ? QString() : word.left(hyphen + 1);
        const QString tail = hyphen < 0 ? word : word.mid(hyphen + 1);
        const bool isSurname = i == nameWords.size() - 1;
        result.append(head + (feminine ? feminineWord(tail, grammaticalCase, isSurname)
                                       : masculineWord(tail, grammaticalCase)));
    }
    return result.join(u' ');
}

bool isRussianPatronymic(const QString &word)
{
    static const QStringList stems{u"ович"_s, u"евич"_s, u"ьич"_s, u"ична"_s, u"овн"_s, u"евн"_s};
    for (const QString &stem : stems) {
        const qsizetype at = word.indexOf(stem);
        if (at > 0 && word.size() - at - stem.size() <= 3)
            return true;
    }
    return false;
}

} // namespace claimscope::core
