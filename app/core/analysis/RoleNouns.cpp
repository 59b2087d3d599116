#include "core/analysis/RoleNouns.h"

#include "core/highlight/Lexicon.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace claimscope::core {

namespace {

struct Entry {
    QString base;
    QString kind;
    bool takesComplement = false;
    bool titleOnly = false;
};

const QString expert = u"expert"_s;
const QString official = u"official"_s;
const QString politician = u"politician"_s;
const QString author = u"author"_s;

QList<Entry> englishRoles()
{
    QList<Entry> roles;
    for (const char16_t *word :
         {u"political scientist", u"political analyst", u"political observer", u"political commentator",
          u"political expert", u"analyst", u"expert", u"economist", u"researcher", u"scholar", u"sociologist",
          u"historian", u"professor", u"orientalist", u"lecturer", u"academic", u"commentator"})
        roles.append({QString::fromUtf16(word), expert});
    for (const char16_t *word :
         {u"spokesman", u"spokeswoman", u"spokesperson", u"press secretary", u"minister", u"ambassador",
          u"diplomat", u"envoy", u"adviser", u"advisor", u"aide", u"official", u"governor", u"mayor",
          u"chairman", u"chairwoman", u"director", u"representative"})
        roles.append({QString::fromUtf16(word), official, true});
    for (const char16_t *word :
         {u"president", u"prime minister", u"senator", u"lawmaker", u"deputy", u"politician", u"leader"})
        roles.append({QString::fromUtf16(word), politician, true});
    for (const char16_t *word :
         {u"journalist", u"reporter", u"correspondent", u"editor", u"columnist", u"blogger", u"writer"})
        roles.append({QString::fromUtf16(word), author});
    roles.append({u"Dr."_s, expert, false, true});
    roles.append({u"Prof."_s, expert, false, true});
    return roles;
}

QList<Entry> turkishRoles()
{
    QList<Entry> roles;
    for (const char16_t *word :
         {u"siyaset bilimci", u"siyaset bilimcisi", u"siyaset bilimi uzmanı", u"siyasi analist", u"analist",
          u"uzman", u"uzmanı", u"ekonomist", u"akademisyen", u"tarihçi", u"sosyolog", u"araştırmacı",
          u"politolog", u"öğretim üyesi", u"profesör", u"yorumcu"})
        roles.append({QString::fromUtf16(word), expert});
    for (const char16_t *word :
         {u"sözcü", u"sözcüsü", u"bakan", u"bakanı", u"büyükelçi", u"büyükelçisi", u"diplomat", u"danışman",
          u"danışmanı", u"yetkili", u"yetkilisi", u"müdür", u"müdürü", u"direktör", u"direktörü", u"temsilci",
          u"temsilcisi", u"basın sekreteri", u"genel sekreteri"})
        roles.append({QString::fromUtf16(word), official});
    for (const char16_t *word : {u"cumhurbaşkanı", u"başbakan", u"başbakanı", u"milletvekili", u"senatör",
                                 u"lider", u"lideri", u"başkan", u"başkanı"})
        roles.append({QString::fromUtf16(word), politician});
    for (const char16_t *word : {u"gazeteci", u"muhabir", u"editör", u"yazar", u"köşe yazarı"})
        roles.append({QString::fromUtf16(word), author});
    for (const char16_t *word : {u"Prof. Dr.", u"Doç. Dr.", u"Dr.", u"Prof."})
        roles.append({QString::fromUtf16(word), expert, false, true});
    return roles;
}

// How a Russian role noun declines: like "политолог" (hard consonant), like "секретарь" (soft
// sign), or through forms listed by hand.
enum class Declension { Hard, Soft, Listed };

struct RussianEntry {
    Entry entry;
    Declension declension = Declension::Hard;
    QStringList listed = {}; // genitive, dative, instrumental, prepositional for Listed
};

QList<RussianEntry> russianRoles()
{
    QList<RussianEntry> roles;
    const auto add = [&](std::initializer_list<const char16_t *> words, const QString &kind, bool complement,
                         Declension declension) {
        for (const char16_t *word : words)
            roles.append({{QString::fromUtf16(word), kind, complement}, declension});
    };
    add({u"политолог", u"политолог-международник", u"аналитик", u"эксперт", u"экономист", u"историк",
         u"социолог", u"востоковед", u"профессор", u"политический аналитик"},
        expert, false, Declension::Hard);
    add({u"исследователь", u"преподаватель", u"обозреватель"}, expert, false, Declension::Soft);
    add({u"министр", u"дипломат", u"советник", u"помощник", u"директор", u"губернатор", u"аким", u"мэр",
         u"спикер"},
        official, true, Declension::Hard);
    add({u"пресс-секретарь", u"представитель", u"руководитель", u"председатель"}, official, true,
        Declension::Soft);
    roles.append({{u"посол"_s, official, true},
                  Declension::Listed,
                  {u"посла"_s, u"послу"_s, u"послом"_s, u"после"_s}});
    roles.append({{u"глава"_s, official, true},
                  Declension::Listed,
                  {u"главы"_s, u"главе"_s, u"главой"_s, u"главе"_s}});
    add({u"президент", u"премьер-министр", u"депутат", u"сенатор", u"политик", u"лидер"}, politician, true,
        Declension::Hard);
    add({u"журналист", u"корреспондент", u"редактор", u"колумнист", u"блогер"}, author, false,
        Declension::Hard);
    add({u"писатель"}, author, false, Declension::Soft);
    return roles;
}

QString lowerForLanguage(QStringView text, const QString &language)
{
    if (language != u"tr")
        return text.toString().toLower();
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        out += turkishLower(c);
    return out;
}

} // namespace

const RoleNouns &RoleNouns::forLanguage(const QString &language)
{
    static const RoleNouns en(u"en"_s);
    static const RoleNouns ru(u"ru"_s);
    static const RoleNouns tr(u"tr"_s);
    if (language == u"ru")
        return ru;
    if (language == u"tr")
        return tr;
    return en;
}

QString RoleNouns::key(QStringView written) const
{
    return lowerForLanguage(written, m_language).simplified();
}

RoleNouns::RoleNouns(const QString &language)
    : m_language(language)
{
    QList<std::pair<QString, RoleNoun>> forms; // written form → role
    const auto addForm = [&](const QString &form, const Entry &entry, RussianCase grammaticalCase) {
        forms.append(
            {form, {entry.base, entry.kind, grammaticalCase, entry.takesComplement, entry.titleOnly}});
    };
    if (language == u"ru") {
        for (const RussianEntry &role : russianRoles()) {
            const QString &base = role.entry.base;
            addForm(base, role.entry, RussianCase::Nominative);
            QStringList inflected = role.listed;
            if (role.declension == Declension::Hard)
                inflected = {base + u"а"_s, base + u"у"_s, base + u"ом"_s, base + u"е"_s};
            if (role.declension == Declension::Soft) {
                const QString stem = base.chopped(1);
                inflected = {stem + u"я"_s, stem + u"ю"_s, stem + u"ем"_s, stem + u"е"_s};
                addForm(stem + u"ём"_s, role.entry, RussianCase::Instrumental);
            }
            // Two-word roles decline their adjective too; only the noun's forms are listed, which
            // is enough for the nominative and for the noun-only roles that dominate.
            if (base.contains(u' '))
                inflected.clear();
            const RussianCase cases[] = {RussianCase::Genitive, RussianCase::Dative,
                                         RussianCase::Instrumental, RussianCase::Prepositional};
            for (qsizetype i = 0; i < inflected.size(); ++i)
                addForm(inflected.at(i), role.entry, cases[i]);
        }
    } else {
        for (const Entry &entry : language == u"tr" ? turkishRoles() : englishRoles())
            addForm(entry.base, entry, RussianCase::Nominative);
    }

    // Longest first, so that "political scientist" is taken before "scientist" could be and
    // "sözcüsü" before "sözcü".
    std::stable_sort(forms.begin(), forms.end(),
                     [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
    QStringList alternatives;
    for (const auto &[form, role] : forms) {
        QString first = key(form).section(u' ', 0, 0);
        if (first.endsWith(u'.'))
            first.chop(1);
        m_firstWords.insert(first);
        // Prepositional and dative forms may coincide (главе): the first listed case wins.
        if (!m_forms.contains(key(form)))
            m_forms.insert(key(form), role);
        alternatives.append(language == u"tr" ? turkishCaseless(form) : formPattern(form, FormLanguage::En));
    }
    QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
    if (language != u"tr")
        options |= QRegularExpression::CaseInsensitiveOption;
    // A form ending in "." (Dr.) must not demand a letter-free position after the dot. The start of
    // a word is not part of the pattern: find() tries it only where a word that begins some form
    // starts, which is far cheaper than letting the engine try every position of the text.
    m_pattern =
        QRegularExpression(u"(?:"_s + alternatives.join(u'|') + u")(?:(?<=\\.)|(?!\\p{L}))"_s, options);
    m_pattern.optimize();
}

// Whether key(word) is the first word of a form. Called for every word of the text, so the key is
// lowered letter by letter into `lowered`, which is reused, rather than built as three new strings
// (a copy, its lower case, its simplified form). A word of find() holds letters and hyphens only,
// which simplified() leaves alone; letter by letter lowering is QString::toLower() for every letter
// but 'İ', which lowers to two characters outside Turkish and is left to key().
bool RoleNouns::beginsForm(QStringView word, QString *lowered) const
{
    const bool turkish = m_language == u"tr";
    lowered->resize(word.size());
    QChar *out = lowered->data();
    for (qsizetype i = 0; i < word.size(); ++i) {
        const QChar c = word.at(i);
        if (turkish)
            out[i] = turkishLower(c);
        else if (c == u'İ')
            return m_firstWords.contains(key(word));
        else
            out[i] = c.toLower();
    }
    return m_firstWords.contains(*lowered);
}

QList<TextRange> RoleNouns::find(const QString &text) const
{
    QList<TextRange> found;
    QString lowered;
    qsizetype i = 0;
    while (i < text.size()) {
        if (!text.at(i).isLetter() || (i > 0 && text.at(i - 1).isLetterOrNumber())) {
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        while (end < text.size() &&
               (text.at(end).isLetter() ||
                (text.at(end) == u'-' && end + 1 < text.size() && text.at(end + 1).isLetter())))
            ++end;
        if (beginsForm(QStringView(text).sliced(i, end - i), &lowered)) {
            const QRegularExpressionMatch match = m_pattern.match(
                text, i, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
            if (match.hasMatch()) {
                found.append({match.capturedStart(), match.capturedEnd()});
                i = match.capturedEnd();
                continue;
            }
        }
        i = end;
    }
    return found;
}

RoleNoun RoleNouns::lookup(QStringView written) const
{
    return m_forms.value(key(written));
}

} // namespace claimscope::core
