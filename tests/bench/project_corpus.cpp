#include "project_corpus.h"

#include "bench_figures.h"
#include "core/document/DocumentImporter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <random>

using namespace Qt::StringLiterals;

namespace bench {
namespace {

using claimscope::core::Lexicon;
using claimscope::core::Speaker;

// Draws that are the same with every standard library: mt19937's sequence is fixed by the
// standard, the library's distributions are not, so none of them is used.
class Draw {
public:
    explicit Draw(quint32 seed)
        : m_engine(seed)
    {
    }
    double unit() { return static_cast<double>(m_engine() >> 8) / 16777216.0; } // [0, 1)
    qsizetype below(qsizetype n) { return std::min(n - 1, static_cast<qsizetype>(unit() * double(n))); }

private:
    std::mt19937 m_engine;
};

// A generated surname in Latin letters (English and Turkish texts) and in Cyrillic (Russian). In
// Russian it replaces a stem and the text's case ending stays after it (Токаев-а, Сомов-ой); a
// surname that Russian does not decline (Уали, Росси) is replaced by one that it does not decline
// either, so that "по словам Уали" stays grammatical.
struct Surname {
    QString latin;
    QString cyrillic;
    QString cyrillicFixed; // not declined: -енко
};

QList<Surname> surnamePool(int size, Draw &draw)
{
    using Part = std::pair<QStringView, QStringView>;
    static constexpr Part starts[] = {{u"Ba", u"Ба"}, {u"Be", u"Бе"},  {u"Bo", u"Бо"}, {u"Da", u"Да"},
                                      {u"Du", u"Ду"}, {u"Ka", u"Ка"},  {u"Ku", u"Ку"}, {u"Ma", u"Ма"},
                                      {u"Mu", u"Му"}, {u"Na", u"На"},  {u"Nu", u"Ну"}, {u"Ra", u"Ра"},
                                      {u"Sa", u"Са"}, {u"Se", u"Се"},  {u"Ta", u"Та"}, {u"Te", u"Те"},
                                      {u"To", u"То"}, {u"Zha", u"Жа"}, {u"Ai", u"Ай"}, {u"Er", u"Ер"}};
    static constexpr Part middles[] = {
        {u"ken", u"кен"}, {u"mir", u"мир"},  {u"sul", u"сул"}, {u"tal", u"тал"},
        {u"bek", u"бек"}, {u"zhan", u"жан"}, {u"gal", u"гал"}, {u"mat", u"мат"},
        {u"nur", u"нур"}, {u"sen", u"сен"},  {u"bol", u"бол"}, {u"kar", u"кар"},
        {u"lan", u"лан"}, {u"sym", u"сым"},  {u"dar", u"дар"}, {u"rim", u"рим"}};
    static constexpr Part endings[] = {{u"ov", u"ов"}, {u"ev", u"ев"}, {u"in", u"ин"}, {u"bayev", u"баев"}};
    QList<Surname> all;
    for (const Part &start : starts) {
        for (const Part &middle : middles) {
            for (const Part &ending : endings)
                all.append({start.first + middle.first + ending.first,
                            start.second + middle.second + ending.second,
                            start.second + middle.second + u"енко"});
        }
    }
    for (qsizetype i = all.size() - 1; i > 0; --i) // Fisher–Yates
        std::swap(all[i], all[draw.below(i + 1)]);
    all.resize(std::clamp<qsizetype>(size, 1, all.size()));
    return all;
}

bool isCyrillic(const QString &word)
{
    return !word.isEmpty() && word.front().script() == QChar::Script_Cyrillic;
}

// Whether Russian declines a surname: it ends in a consonant (Токаев, Трамп), not a vowel or й
// (Уали, Росси, Домбай).
bool declined(const QString &cyrillic)
{
    static const QString notDeclined = u"аеёиоуыэюяй"_s;
    return !cyrillic.isEmpty() && !notDeclined.contains(cyrillic.back().toLower());
}

// Every surname the lexicon writes for its people (the last word of each form, in any of the three
// languages), each naming the person's index, and one expression that finds them in a text: as
// whole words, except Cyrillic stems that Russian declines, which may be followed by at most three
// lower-case letters (a case ending).
struct LexiconSurnames {
    QHash<QString, int> person; // written surname or stem → index into the lexicon's speakers
    QRegularExpression pattern;
};

LexiconSurnames lexiconSurnames(const Lexicon &lexicon)
{
    LexiconSurnames result;
    QStringList wholeWords;
    QStringList stems;
    for (qsizetype i = 0; i < lexicon.speakers.size(); ++i) {
        const Speaker &speaker = lexicon.speakers.at(i);
        for (const QStringList *forms : {&speaker.formsEn, &speaker.formsRu, &speaker.formsTr}) {
            for (const QString &form : *forms) {
                QString surname = form.simplified().section(u' ', -1);
                const bool cyrillic = isCyrillic(surname);
                // A woman's nominative (Сомова): the stem also finds Сомовой, Сомову.
                if (cyrillic &&
                    (surname.endsWith(u"ова") || surname.endsWith(u"ева") || surname.endsWith(u"ина")))
                    surname.chop(1);
                if (surname.size() < 3 || result.person.contains(surname))
                    continue;
                result.person.insert(surname, static_cast<int>(i));
                (cyrillic && declined(surname) ? stems : wholeWords)
                    .append(QRegularExpression::escape(surname));
            }
        }
    }
    const auto longestFirst = [](const QString &a, const QString &b) {
        return a.size() > b.size();
    };
    std::sort(wholeWords.begin(), wholeWords.end(), longestFirst);
    std::sort(stems.begin(), stems.end(), longestFirst);
    // The case endings of surnames: Токаев-а/-у/-ым/-е, Сомов-а/-ой/-у, Трамп-а/-ом.
    result.pattern = QRegularExpression(
        u"(?<![\\p{L}\\p{M}])(?:(?:%1)(?![\\p{L}\\p{M}])|(?:%2)(?=(?:а|у|ом|ым|ыми|ых|ой|ою|е|ы)?"
        "(?![\\p{L}\\p{M}])))"_s.arg(wholeWords.join(u'|'), stems.join(u'|')),
        QRegularExpression::UseUnicodePropertiesOption);
    return result;
}

QString variedTitle(const QString &title, const QString &language, int number, Draw &draw)
{
    static const QStringList en = {u""_s, u"Analysis: "_s, u"Opinion: "_s, u"Explainer: "_s, u"Update: "_s};
    static const QStringList ru = {u""_s, u"Анализ: "_s, u"Мнение: "_s, u"Комментарий: "_s, u"Обзор: "_s};
    static const QStringList tr = {u""_s, u"Analiz: "_s, u"Görüş: "_s, u"Yorum: "_s, u"Güncelleme: "_s};
    const QStringList &prefixes = language == u"ru" ? ru : language == u"tr" ? tr : en;
    return prefixes.at(draw.below(prefixes.size())) + title + u" (%1)"_s.arg(number);
}

// The written surname `found` (or Cyrillic stem) of a person, as the generated `surname`.
QString renamed(const QString &found, const Surname &surname)
{
    if (isCyrillic(found))
        return declined(found) ? surname.cyrillic : surname.cyrillicFixed;
    QString name = surname.latin;
    // A woman's surname in Latin letters keeps its feminine ending: Somova → Bekenova.
    if ((found.endsWith(u"ova") || found.endsWith(u"eva")) && name.endsWith(u'v'))
        name += u'a';
    return found == found.toUpper() ? name.toUpper() : name;
}

} // namespace

std::optional<QList<SampleArticle>> readSampleArticles(const QString &folder)
{
    const QDir dir(folder);
    const QStringList names = dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name);
    if (names.isEmpty()) {
        err() << "project_bench: no *.txt in " << QDir::toNativeSeparators(dir.absolutePath())
              << " (run from the repository root or give --samples DIR)" << Qt::endl;
        return std::nullopt;
    }
    QList<SampleArticle> articles;
    for (const QString &name : names) {
        claimscope::core::ImportResult imported = claimscope::core::importFile(dir.filePath(name));
        if (!imported.ok()) {
            err() << "project_bench: " << imported.error().message() << Qt::endl;
            return std::nullopt;
        }
        claimscope::core::Document document = imported.takeDocument();
        articles.append({name, document.text, document.metadata.language});
    }
    return articles;
}

std::optional<GeneratedCorpus> writeCorpus(const QList<SampleArticle> &articles, const Lexicon &lexicon,
                                           const CorpusOptions &options, const QString &folder)
{
    Draw draw(options.seed);
    const QList<Surname> pool = surnamePool(options.namePool, draw);
    const LexiconSurnames surnames = lexiconSurnames(lexicon);

    // Padding: every copy grows by the same factor over its article, so that the corpus reaches
    // the target size; the paragraphs added are body paragraphs of the same article (not its title,
    // outlet, byline or closing note), put in before the closing note.
    qint64 plainBytes = 0;
    for (int i = 0; i < options.sources; ++i)
        plainBytes += articles.at(i % articles.size()).text.toUtf8().size();
    const double growth = std::max(1.0, static_cast<double>(options.targetBytes) / double(plainBytes));

    GeneratedCorpus corpus;
    QSet<qsizetype> surnamesUsed;
    const QDir dir(folder);
    for (int n = 0; n < options.sources; ++n) {
        const SampleArticle &article = articles.at(n % articles.size());
        QStringList paragraphs = article.text.split(u"\n\n"_s);
        const qint64 goal = static_cast<qint64>(growth * double(article.text.toUtf8().size()));
        paragraphs.first() = variedTitle(paragraphs.first(), article.language, n + 1, draw);
        const qsizetype firstBody = 3;
        const qsizetype bodyCount = paragraphs.size() - firstBody - 1;
        qint64 bytes = paragraphs.join(u"\n\n"_s).toUtf8().size();
        while (bodyCount > 0 && bytes < goal) {
            const QString extra = paragraphs.at(firstBody + draw.below(bodyCount));
            paragraphs.insert(paragraphs.size() - 1, extra);
            bytes += extra.toUtf8().size() + 2;
        }
        const QString text = paragraphs.join(u"\n\n"_s);

        // Who of the lexicon's people the copy names, in order of first mention, and their names in it.
        QList<int> people;
        QList<QRegularExpressionMatch> matches;
        for (auto it = surnames.pattern.globalMatch(text); it.hasNext();) {
            matches.append(it.next());
            const int person = surnames.person.value(matches.last().captured(0), -1);
            if (person >= 0 && !people.contains(person))
                people.append(person);
        }
        QHash<int, qsizetype> surnameOf; // person → index into the pool; absent: keeps the name
        QSet<qsizetype> taken;
        for (const int person : std::as_const(people)) {
            if (draw.unit() < options.keptShare) {
                ++corpus.peopleKept;
                continue;
            }
            qsizetype pick = 0;
            for (int attempt = 0; attempt < 20; ++attempt) {
                // u² puts most draws on the first names of the pool: a few common surnames, a long tail.
                const double u = draw.unit();
                pick = std::min(pool.size() - 1, static_cast<qsizetype>(u * u * double(pool.size())));
                if (!taken.contains(pick))
                    break;
            }
            taken.insert(pick);
            surnamesUsed.insert(pick);
            surnameOf.insert(person, pick);
            ++corpus.peopleRenamed;
        }
        QString varied;
        varied.reserve(text.size() + 64);
        qsizetype at = 0;
        for (const QRegularExpressionMatch &match : std::as_const(matches)) {
            const QString found = match.captured(0);
            const auto pick = surnameOf.constFind(surnames.person.value(found, -1));
            if (pick == surnameOf.cend())
                continue;
            varied += QStringView(text).sliced(at, match.capturedStart(0) - at);
            varied += renamed(found, pool.at(*pick));
            at = match.capturedEnd(0);
        }
        varied += QStringView(text).sliced(at);

        const QString path = dir.filePath(u"%1-%2"_s.arg(n + 1, 4, 10, QChar(u'0')).arg(article.fileName));
        QFile file(path);
        const QByteArray utf8 = varied.toUtf8();
        if (!file.open(QIODevice::WriteOnly) || file.write(utf8) != utf8.size()) {
            err() << "project_bench: cannot write " << QDir::toNativeSeparators(path) << Qt::endl;
            return std::nullopt;
        }
        corpus.files.append(path);
        corpus.bytes += utf8.size();
        auto &[sources, languageBytes] = corpus.perLanguage[article.language];
        ++sources;
        languageBytes += utf8.size();
    }
    corpus.surnamesUsed = static_cast<int>(surnamesUsed.size());
    return corpus;
}

} // namespace bench
