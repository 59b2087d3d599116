#include "core/analysis/NameWords.h"

#include <QSet>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace claimscope::core {

namespace {

// The word starting at `at`, if a letter starts there.
std::optional<Word> wordAt(const QString &text, qsizetype at)
{
    if (at >= text.size() || !text.at(at).isLetter())
        return std::nullopt;
    qsizetype end = at + 1;
    if (text.at(at).isUpper() && end < text.size() && text.at(end) == u'.' &&
        (end + 1 >= text.size() || !text.at(end + 1).isLetter()))
        return Word{at, end + 1}; // an initial
    while (end < text.size() && (text.at(end).isLetter() || (text.at(end) == u'-' && end + 1 < text.size() &&
                                                             text.at(end + 1).isLetter())))
        ++end;
    return Word{at, end};
}

// Words that begin with a capital without being names: function words at the start of a
// sentence, months and days, and the parts of institutions' names. Compared in lower case.
const QSet<QString> &notNameWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const char16_t *word :
             {// English
              u"the", u"a", u"an", u"in", u"on", u"at", u"for", u"from", u"to", u"with", u"by", u"of", u"and",
              u"but", u"or", u"as", u"if", u"when", u"while", u"this", u"that", u"these", u"those", u"it",
              u"he", u"she", u"they", u"we", u"his", u"her", u"their", u"our", u"its", u"mr", u"mrs", u"ms",
              u"monday", u"tuesday", u"wednesday", u"thursday", u"friday", u"saturday", u"sunday", u"january",
              u"february", u"march", u"april", u"may", u"june", u"july", u"august", u"september", u"october",
              u"november", u"december", u"institute", u"university", u"center", u"centre", u"foundation",
              u"council", u"agency", u"group", u"committee", u"ministry", u"office", u"bank", u"fund",
              u"forum", u"union", u"association", u"service", u"times", u"news", u"post", u"journal",
              u"review", u"party", u"company", u"academy", u"college", u"school", u"asia", u"europe",
              u"america", u"africa", u"central", u"eastern", u"western", u"northern", u"southern", u"north",
              u"south", u"east", u"west", u"republic", u"federation", u"kingdom", u"states", u"affairs",
              u"relations", u"development", u"economy", u"trade", u"defense", u"defence", u"finance",
              u"justice", u"energy", u"security", u"industry", u"parliament", u"government", u"assembly",
              u"senate", u"congress", u"cabinet", u"administration", u"general", u"minister", u"president",
              // Russian
              u"в", u"на", u"по", u"как", u"но", u"и", u"а", u"это", u"этот", u"эта", u"он", u"она", u"они",
              u"его", u"её", u"их", u"при", u"для", u"от", u"до", u"из", u"за", u"о", u"об", u"с", u"у", u"к",
              u"января", u"февраля", u"марта", u"апреля", u"мая", u"июня", u"июля", u"августа", u"сентября",
              u"октября", u"ноября", u"декабря", u"понедельник", u"вторник", u"среду", u"четверг", u"пятницу",
              u"субботу", u"воскресенье",
              // Turkish
              u"bu", u"şu", u"o", u"ve", u"ama", u"ancak", u"fakat", u"bir", u"da", u"de", u"ile", u"için",
              u"gibi", u"göre", u"ocak", u"şubat", u"mart", u"nisan", u"mayıs", u"haziran", u"temmuz",
              u"ağustos", u"eylül", u"ekim", u"kasım", u"aralık", u"pazartesi", u"salı", u"çarşamba",
              u"perşembe", u"cuma", u"cumartesi", u"pazar"})
            set.insert(QString::fromUtf16(word));
        return set;
    }();
    return words;
}

// Where a title ends: a line break, brackets, quotation marks, or a full stop after a word.
bool endsTitle(const QString &text, qsizetype at)
{
    const QChar c = text.at(at);
    if (c == u'.')
        return at > 0 && text.at(at - 1).isLower();
    return QStringView(u"\n()[]“”„«»\";:").contains(c);
}

} // namespace

bool isHorizontalSpace(QChar c)
{
    return c.isSpace() && c != u'\n' && c != u'\r' && c != QChar::ParagraphSeparator;
}

QList<Word> wordsAfter(const QString &text, qsizetype from, int limit)
{
    QList<Word> words;
    qsizetype at = from;
    while (words.size() < limit) {
        qsizetype next = at;
        while (next < text.size() && isHorizontalSpace(text.at(next)))
            ++next;
        if (next == at && !words.isEmpty())
            break;
        const std::optional<Word> word = wordAt(text, next);
        if (!word)
            break;
        words.append(*word);
        at = word->end;
    }
    return words;
}

QList<Word> wordsBefore(const QString &text, qsizetype to, int limit)
{
    QList<Word> words;
    qsizetype at = to;
    while (words.size() < limit) {
        qsizetype end = at;
        while (end > 0 && isHorizontalSpace(text.at(end - 1)))
            --end;
        if (end == at && !words.isEmpty())
            break;
        qsizetype start = end;
        while (start > 0 && (text.at(start - 1).isLetter() || text.at(start - 1) == u'-'))
            --start;
        // An initial ends in a dot: "J." before a surname.
        if (start == end && end >= 2 && text.at(end - 1) == u'.' && text.at(end - 2).isUpper() &&
            (end < 3 || !text.at(end - 3).isLetter()))
            start = end - 2;
        if (start == end || !text.at(start).isLetter())
            break;
        words.prepend({start, end});
        at = start;
    }
    return words;
}

bool institutionWord(const QString &lower)
{
    static const QStringList stems{
        u"институт"_s,     u"центр"_s,        u"университет"_s, u"фонд"_s,      u"совет"_s, u"министерств"_s,
        u"академи"_s,      u"агентств"_s,     u"комитет"_s,     u"парламент"_s, u"сенат"_s, u"мажилис"_s,
        u"правительств"_s, u"администраци"_s, u"департамент"_s, u"банк"_s,      u"газет"_s, u"журнал"_s,
        u"парти"_s,        u"союз"_s,         u"ассоциаци"_s,   u"форум"_s,     u"кремл"_s, u"bakanlığ"_s,
        u"üniversite"_s,   u"enstitü"_s,      u"merkez"_s,      u"vakf"_s,      u"kurul"_s, u"meclis"_s,
        u"parti"_s,        u"ajans"_s,        u"banka"_s,       u"derneğ"_s};
    for (const QString &stem : stems) {
        if (lower.startsWith(stem))
            return true;
    }
    return false;
}

bool surnameLike(const QString &word)
{
    static const QStringList endings{
        u"ov"_s,   u"ev"_s,  u"ova"_s,  u"eva"_s,  u"enko"_s, u"uk"_s,   u"yan"_s,  u"ian"_s,
        u"sky"_s,  u"ski"_s, u"skiy"_s, u"oğlu"_s, u"uly"_s,  u"ulı"_s,  u"kyzy"_s, u"kızı"_s,
        u"vich"_s, u"vić"_s, u"ов"_s,   u"ев"_s,   u"ёв"_s,   u"ин"_s,   u"ын"_s,   u"ова"_s,
        u"ева"_s,  u"ёва"_s, u"ина"_s,  u"ына"_s,  u"ский"_s, u"ская"_s, u"цкий"_s, u"цкая"_s,
        u"енко"_s, u"ук"_s,  u"юк"_s,   u"ян"_s,   u"улы"_s,  u"кызы"_s};
    if (word.size() < 4)
        return false;
    for (const QString &ending : endings) {
        if (word.endsWith(ending))
            return true;
    }
    return false;
}

bool adjectiveLike(const QString &word, RussianCase grammaticalCase)
{
    static const QStringList endings{u"ной"_s,  u"ской"_s, u"ных"_s,  u"ского"_s, u"ному"_s, u"ная"_s,
                                     u"ский"_s, u"ный"_s,  u"ской"_s, u"ые"_s,    u"ых"_s};
    for (const QString &ending : endings) {
        if (word.endsWith(ending))
            return grammaticalCase != RussianCase::Instrumental || !word.endsWith(u"ой");
    }
    return false;
}

bool isInitial(const QString &text, const Word &word)
{
    return word.end - word.start == 2 && text.at(word.end - 1) == u'.';
}

bool abbreviation(const QString &text, const Word &word)
{
    if (word.end - word.start < 2)
        return false;
    for (qsizetype i = word.start; i < word.end; ++i) {
        if (!text.at(i).isUpper())
            return false;
    }
    return true;
}

bool lowerCaseWord(const QString &text, const Word &word)
{
    return text.at(word.start).isLower();
}

bool nameWord(const QString &text, const Word &word, const QSet<QString> &cueWords)
{
    if (isInitial(text, word))
        return true;
    const QStringView view = QStringView(text).sliced(word.start, word.end - word.start);
    if (view.size() < 2 || !view.front().isUpper() || !view.at(1).isLower())
        return false;
    const QString lower = view.toString().toLower();
    return !notNameWords().contains(lower) && !cueWords.contains(lower) && !institutionWord(lower);
}

QString textOf(const QString &text, const Word &word)
{
    return text.mid(word.start, word.end - word.start);
}

QString textOf(const QString &text, const QList<Word> &words)
{
    if (words.isEmpty())
        return {};
    return text.mid(words.front().start, words.back().end - words.front().start).simplified();
}

bool inTitleCase(const QString &text, qsizetype from, qsizetype to)
{
    constexpr int window = 5;
    int longWords = 0;
    const auto count = [&](qsizetype start, qsizetype end) {
        const QStringView word = QStringView(text).sliced(start, end - start);
        if (word.size() < 4)
            return true; // short words (of, in, the) are lower case even in titles
        ++longWords;
        return word.front().isUpper();
    };
    qsizetype at = from;
    for (int seen = 0; seen < window && at > 0;) {
        const QChar c = text.at(at - 1);
        if (endsTitle(text, at - 1))
            break;
        if (!c.isLetter()) {
            --at;
            continue;
        }
        const qsizetype end = at;
        while (at > 0 && text.at(at - 1).isLetter())
            --at;
        if (!count(at, end))
            return false;
        ++seen;
    }
    at = to;
    for (int seen = 0; seen < window && at < text.size();) {
        const QChar c = text.at(at);
        if (endsTitle(text, at))
            break;
        if (!c.isLetter()) {
            ++at;
            continue;
        }
        const qsizetype start = at;
        while (at < text.size() && text.at(at).isLetter())
            ++at;
        if (!count(start, at))
            return false;
        ++seen;
    }
    return longWords >= 2;
}

} // namespace claimscope::core
