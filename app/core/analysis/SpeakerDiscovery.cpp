#include "core/analysis/SpeakerDiscovery.h"

#include "core/analysis/NameWords.h"
#include "core/analysis/RoleNouns.h"
#include "core/analysis/RussianNames.h"
#include "core/highlight/Lexicon.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace claimscope::core {

namespace {

bool overlapsAny(const TextRange &range, const QList<TextRange> &ranges)
{
    return std::any_of(ranges.begin(), ranges.end(),
                       [&](const TextRange &other) { return other.overlap(range) > 0; });
}

struct Introduction {
    TextRange range;       // the name as written
    QStringList nameWords; // in the nominative
    QString role;
    QString kind;
};

class Discoverer {
public:
    Discoverer(const QString &text, const QString &language, const QList<TextRange> &known,
               const QStringList &cues)
        : m_text(text)
        , m_language(language)
        , m_known(known)
    {
        // A cue at the start of a sentence ("Said analyst …") is capitalised but no name.
        for (const QString &cue : cues)
            m_cueWords.insert(cue.toLower());
    }

    QList<Introduction> introductions() const
    {
        QList<Introduction> result;
        const RoleNouns &roles = RoleNouns::forLanguage(m_language);
        for (const TextRange &roleRange : roles.find(m_text)) {
            const RoleNoun role =
                roles.lookup(QStringView(m_text).sliced(roleRange.start, roleRange.length()));
            if (role.base.isEmpty())
                continue;
            if (auto introduction = preposed(roleRange, role))
                result.append(*introduction);
            else if (!role.titleOnly && m_language != u"tr")
                if (auto appositive = afterName(roleRange, role))
                    result.append(*appositive);
        }
        return result;
    }

private:
    // "Kremlin spokesman", "Rusya Dışişleri Bakanı": capitalised words right before the role.
    QString roleWithModifiers(const TextRange &roleRange, const RoleNoun &role,
                              const QString &complement) const
    {
        QString written = role.base;
        if (m_language != u"ru") {
            QList<Word> modifiers = wordsBefore(m_text, roleRange.start, 2);
            while (!modifiers.isEmpty() && !nameWord(m_text, modifiers.front(), m_cueWords))
                modifiers.removeFirst();
            for (const Word &word : modifiers) {
                if (!nameWord(m_text, word, m_cueWords))
                    modifiers.clear();
            }
            const QString asWritten = m_text.mid(roleRange.start, roleRange.length()).simplified();
            if (!modifiers.isEmpty())
                written = textOf(m_text, modifiers) + u' ' + asWritten;
            else if (!complement.isEmpty() && asWritten.front().isUpper())
                written = asWritten; // a title: "Minister of Agriculture"
        }
        return complement.isEmpty() ? written : written + u' ' + complement;
    }

    QStringList nominative(const QList<Word> &words, const RoleNoun &role) const
    {
        QStringList written;
        for (const Word &word : words)
            written.append(textOf(m_text, word));
        if (m_language == u"ru")
            return russianNominative(written, role.grammaticalCase).split(u' ');
        return written;
    }

    std::optional<Introduction> make(const QList<Word> &name, const RoleNoun &role,
                                     const TextRange &roleRange, const QString &complement) const
    {
        if (name.isEmpty())
            return std::nullopt;
        const TextRange range{name.front().start, name.back().end};
        if (overlapsAny(range, m_known))
            return std::nullopt;
        // A role written in lower case is running text; a capitalised one may be a headline's.
        if (m_language == u"en" && m_text.at(roleRange.start).isUpper() &&
            inTitleCase(m_text, std::min(range.start, roleRange.start), std::max(range.end, roleRange.end)))
            return std::nullopt;
        const QStringList words = nominative(name, role);
        if (words.size() == 1 && !surnameLike(words.front()))
            return std::nullopt;
        if (m_language == u"ru" && words.size() > 1 &&
            adjectiveLike(textOf(m_text, name.front()), role.grammaticalCase))
            return std::nullopt; // "Центральной Азии": a place after an institution's name
        if (isInitial(m_text, name.back()))
            return std::nullopt;
        return Introduction{range, words, roleWithModifiers(roleRange, role, complement), role.kind};
    }

    // role [complement] Name: "analyst Marat Seitov", "министр иностранных дел России Сергей Лавров".
    std::optional<Introduction> preposed(const TextRange &roleRange, const RoleNoun &role) const
    {
        const QList<Word> words = wordsAfter(m_text, roleRange.end, 8);
        qsizetype first = 0;
        if (role.takesComplement) {
            static const QSet<QString> englishLinks{u"of"_s, u"the"_s, u"for"_s, u"at"_s};
            // Linking words, and abbreviations of institutions (МИД, UN) which are no names.
            while (first < words.size() && first < 4 &&
                   ((lowerCaseWord(m_text, words.at(first)) &&
                     (m_language == u"ru" || englishLinks.contains(textOf(m_text, words.at(first))))) ||
                    abbreviation(m_text, words.at(first)) ||
                    institutionWord(textOf(m_text, words.at(first)).toLower())))
                ++first;
        }
        qsizetype last = first;
        while (last < words.size() && nameWord(m_text, words.at(last), m_cueWords))
            ++last;
        const qsizetype run = last - first;
        if (run == 0 || (first > 0 && run == 1)) // "министр иностранных дел России": no name here
            return m_language == u"en" ? betweenCommas(roleRange, role) : std::nullopt;
        // The name is the whole run, unless something stands between role and name ("посол
        // Казахстана Дархан Калетаев", "spokesman for the Kremlin Dmitry Peskov"): then the last two
        // words, or three when the middle one is a patronymic or an initial.
        qsizetype take = run;
        const bool middleName = run >= 3 && (isRussianPatronymic(textOf(m_text, words.at(last - 2))) ||
                                             isInitial(m_text, words.at(last - 2)));
        if (run > 3 || (first > 0 && run > 2) || (m_language == u"ru" && run == 3 && !middleName))
            take = middleName ? 3 : 2;
        QList<Word> complementWords = words.mid(0, last - take);
        return make(words.mid(last - take, take), role, roleRange, textOf(m_text, complementWords));
    }

    // role [of the Institution], Name, …: "Kazakhstan’s Minister of Agriculture, Aidarbek Saparov, said".
    std::optional<Introduction> betweenCommas(const TextRange &roleRange, const RoleNoun &role) const
    {
        static const QSet<QString> links{u"of"_s, u"the"_s, u"for"_s, u"to"_s, u"at"_s};
        const QList<Word> complement = wordsAfter(m_text, roleRange.end, 5);
        qsizetype end = roleRange.end;
        for (const Word &word : complement) {
            const QString written = textOf(m_text, word);
            if (!links.contains(written) && !written.front().isUpper())
                return std::nullopt;
            end = word.end;
        }
        qsizetype comma = end;
        while (comma < m_text.size() && isHorizontalSpace(m_text.at(comma)))
            ++comma;
        if (comma >= m_text.size() || m_text.at(comma) != u',')
            return std::nullopt;
        const QList<Word> words = wordsAfter(m_text, comma + 1, 4);
        qsizetype run = 0;
        while (run < words.size() && nameWord(m_text, words.at(run), m_cueWords))
            ++run;
        if (run == 0 || run > 3)
            return std::nullopt;
        // The name is closed by a comma too; otherwise it may be the start of a list of places.
        const qsizetype after = words.at(run - 1).end;
        if (after >= m_text.size() || m_text.at(after) != u',')
            return std::nullopt;
        QList<Word> complementWords;
        for (const Word &word : complement) {
            if (word.end <= end)
                complementWords.append(word);
        }
        return make(words.mid(0, run), role, roleRange, textOf(m_text, complementWords));
    }

    // Name, [a|an] [up to three words] role: "Marat Seitov, a Kazakh political scientist, said".
    std::optional<Introduction> afterName(const TextRange &roleRange, const RoleNoun &role) const
    {
        // Up to four words between the comma and the role, possessives included ("Kazakhstan’s").
        qsizetype comma = roleRange.start;
        QString firstBetween;
        for (int words = 0; words <= 4; ++words) {
            while (comma > 0 && isHorizontalSpace(m_text.at(comma - 1)))
                --comma;
            if (comma == 0 || m_text.at(comma - 1) == u',' || words == 4)
                break;
            const qsizetype end = comma;
            while (comma > 0 &&
                   (m_text.at(comma - 1).isLetter() || QStringView(u"-’'").contains(m_text.at(comma - 1))))
                --comma;
            if (comma == end)
                return std::nullopt;
            firstBetween = m_text.mid(comma, end - comma).toLower();
        }
        if (comma == 0 || m_text.at(comma - 1) != u',')
            return std::nullopt;
        // "In Central Asia, the expert said" names a place; "Berik Uali, the press secretary of the
        // president" a person: with "the", the role must say whose it is.
        if (m_language == u"en" && firstBetween == u"the") {
            const QList<Word> next = wordsAfter(m_text, roleRange.end, 1);
            static const QSet<QString> whose{u"of"_s, u"to"_s, u"for"_s, u"at"_s};
            if (next.isEmpty() || !whose.contains(textOf(m_text, next.front())))
                return std::nullopt;
        }
        const QList<Word> before = wordsBefore(m_text, comma - 1, 4);
        qsizetype first = before.size();
        while (first > 0 && nameWord(m_text, before.at(first - 1), m_cueWords))
            --first;
        const QList<Word> name = before.mid(first);
        if (name.isEmpty() || name.size() > 3)
            return std::nullopt;
        if (first > 0) {
            // "In Astana, an analyst …": a name after a preposition is a place.
            static const QSet<QString> prepositions{
                u"in"_s, u"at"_s,   u"on"_s, u"from"_s, u"to"_s,  u"for"_s, u"with"_s, u"across"_s,
                u"by"_s, u"near"_s, u"of"_s, u"into"_s, u"в"_s,   u"на"_s,  u"из"_s,   u"под"_s,
                u"у"_s,  u"к"_s,    u"с"_s,  u"по"_s,   u"для"_s, u"от"_s,  u"до"_s};
            if (prepositions.contains(textOf(m_text, before.at(first - 1)).toLower()))
                return std::nullopt;
        }
        return make(name, role, roleRange, {});
    }

    const QString &m_text;
    const QString &m_language;
    const QList<TextRange> &m_known;
    QSet<QString> m_cueWords;
};

FormLanguage formLanguage(const QString &language)
{
    if (language == u"ru")
        return FormLanguage::Ru;
    return language == u"tr" ? FormLanguage::Tr : FormLanguage::En;
}

// Every place the text names `person` by full name or surname, outside the lexicon's names.
QList<TextRange> mentionsOf(const QString &text, const QString &language, const DiscoveredPerson &person,
                            const QList<TextRange> &known)
{
    const FormLanguage forms = formLanguage(language);
    QStringList alternatives{formPattern(person.name, forms)};
    const QString surname = person.name.section(u' ', -1);
    if (surname != person.name)
        alternatives.append(formPattern(surname, forms));
    const QRegularExpression pattern(u"(?<![\\p{L}\\p{N}])(?:"_s + alternatives.join(u'|') + u")(?!\\p{L})"_s,
                                     QRegularExpression::UseUnicodePropertiesOption);
    QList<TextRange> result;
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const TextRange range{match.capturedStart(), match.capturedEnd()};
        if (!overlapsAny(range, known))
            result.append(range);
    }
    return result;
}

} // namespace

QList<DiscoveredPerson> discoverSpeakers(const QString &text, const QString &language,
                                         const QList<TextRange> &known, const QStringList &cues)
{
    const QList<Introduction> introductions = Discoverer(text, language, known, cues).introductions();
    QList<DiscoveredPerson> people;
    QList<QList<TextRange>> introducedAt; // per person
    for (const Introduction &introduction : introductions) {
        // One person per surname: "Marat Seitov" and a later "Seitov, an analyst" are one.
        const QString surname = introduction.nameWords.back();
        const auto same = std::find_if(people.begin(), people.end(), [&](const DiscoveredPerson &person) {
            return person.name.section(u' ', -1) == surname;
        });
        const QString name = introduction.nameWords.join(u' ');
        if (same == people.end()) {
            people.append({name, introduction.role, introduction.kind, {}});
            introducedAt.append({introduction.range});
            continue;
        }
        if (name.size() > same->name.size())
            same->name = name; // the fuller name wins
        introducedAt[same - people.begin()].append(introduction.range);
    }
    for (qsizetype i = 0; i < people.size(); ++i) {
        DiscoveredPerson &person = people[i];
        person.mentions = mentionsOf(text, language, person, known);
        // An introduction counts even in a case form the pattern does not derive.
        for (const TextRange &range : introducedAt.at(i)) {
            if (!overlapsAny(range, person.mentions))
                person.mentions.append(range);
        }
        std::sort(person.mentions.begin(), person.mentions.end(),
                  [](const TextRange &a, const TextRange &b) { return a.start < b.start; });
    }
    std::sort(people.begin(), people.end(), [](const DiscoveredPerson &a, const DiscoveredPerson &b) {
        return a.mentions.front().start < b.mentions.front().start;
    });
    return people;
}

} // namespace claimscope::core
