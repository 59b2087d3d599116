#include "core/highlight/Lexicon.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <functional>
#include <optional>
#include <tuple>

using namespace Qt::StringLiterals;

namespace claimscope::core {
namespace {

// A lexicon is a few hundred kilobytes at most; a bigger file is a mistake, not a lexicon.
constexpr qint64 kMaxLexiconBytes = 16 * 1024 * 1024;
constexpr int kFormatVersion = 1;

QString quoted(const QString &text)
{
    return u'"' + text + u'"';
}

// The parsed root object of one file, or the reason there is none.
std::variant<QJsonObject, LexiconError> readRoot(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return LexiconError{path, QStringLiteral("cannot be read (%1)").arg(file.errorString())};
    if (file.size() > kMaxLexiconBytes)
        return LexiconError{path, QStringLiteral("is larger than %1 bytes").arg(kMaxLexiconBytes)};
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return LexiconError{path, QStringLiteral("is not valid JSON: %1 at byte %2")
                                      .arg(parseError.errorString())
                                      .arg(parseError.offset)};
    if (!json.isObject())
        return LexiconError{path, QStringLiteral("must hold a JSON object at the top level")};
    const QJsonObject root = json.object();
    // A file from a newer Claimscope may mean something else by the same fields: refuse it rather
    // than half-understand it.
    if (const QJsonValue version = root.value(QLatin1StringView("version"));
        !version.isUndefined() && version.toInt(-1) != kFormatVersion)
        return LexiconError{path, QStringLiteral("has format version %1; this build reads version %2")
                                      .arg(version.toVariant().toString())
                                      .arg(kFormatVersion)};
    return root;
}

// A list of strings, or a description of what is wrong with it. Missing means empty.
std::variant<QStringList, QString> stringList(const QJsonValue &value, const QString &what)
{
    if (value.isUndefined() || value.isNull())
        return QStringList();
    if (!value.isArray())
        return QStringLiteral("%1 must be an array of strings").arg(what);
    QStringList list;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString())
            return QStringLiteral("%1[%2] is not a string").arg(what).arg(i);
        list.append(array.at(i).toString());
    }
    return list;
}

// Reads one speaker entry; messages name it by `index` and id ("speakers[3] (\"lavrov\")").
std::variant<Speaker, QString> readSpeaker(const QJsonObject &entry, const QString &index)
{
    Speaker speaker;
    const auto text = [&entry](const char *key, bool required, QString &field) -> std::optional<QString> {
        const QJsonValue value = entry.value(QLatin1StringView(key));
        if (value.isUndefined()) {
            if (required)
                return QStringLiteral("has no \"%1\"").arg(QLatin1StringView(key));
            return std::nullopt;
        }
        if (!value.isString())
            return QStringLiteral("\"%1\" must be a string").arg(QLatin1StringView(key));
        field = value.toString();
        if (required && field.trimmed().isEmpty())
            return QStringLiteral("\"%1\" is empty").arg(QLatin1StringView(key));
        return std::nullopt;
    };
    if (auto problem = text("id", true, speaker.id))
        return index + u' ' + *problem;
    const QString where = index + QStringLiteral(" (") + quoted(speaker.id) + u')';
    for (const auto &[key, required, field] :
         {std::tuple{"name", true, &speaker.name}, std::tuple{"kind", true, &speaker.kind},
          std::tuple{"role", false, &speaker.role}}) {
        if (auto problem = text(key, required, *field))
            return where + u' ' + *problem;
    }
    if (!speakerKinds().contains(speaker.kind))
        return where + QStringLiteral(" has kind %1; expected one of %2")
                           .arg(quoted(speaker.kind), speakerKinds().join(QStringLiteral(", ")));

    const QJsonValue forms = entry.value(QLatin1StringView("forms"));
    if (!forms.isObject())
        return where + QStringLiteral(" has no \"forms\" object");
    const QJsonObject formsObject = forms.toObject();
    for (auto it = formsObject.begin(); it != formsObject.end(); ++it) {
        QStringList *target = it.key() == u"en"   ? &speaker.formsEn
                              : it.key() == u"ru" ? &speaker.formsRu
                              : it.key() == u"tr" ? &speaker.formsTr
                                                  : nullptr;
        // Silently ignoring a language would leave its names unhighlighted with no hint why.
        if (!target)
            return where + QStringLiteral(" has forms for %1; only \"en\", \"ru\" and \"tr\" are known")
                               .arg(quoted(it.key()));
        auto list = stringList(it.value(), QStringLiteral("\"forms\".\"%1\"").arg(it.key()));
        if (const auto *problem = std::get_if<QString>(&list))
            return where + u' ' + *problem;
        *target = std::get<QStringList>(std::move(list));
    }
    return speaker;
}

std::variant<QList<Speaker>, LexiconError> readSpeakers(const QString &path)
{
    auto root = readRoot(path);
    if (auto *error = std::get_if<LexiconError>(&root))
        return *error;
    const QJsonValue speakers = std::get<QJsonObject>(root).value(QLatin1StringView("speakers"));
    if (!speakers.isArray())
        return LexiconError{path, QStringLiteral("has no \"speakers\" array")};

    QList<Speaker> list;
    QSet<QString> ids;
    const QJsonArray array = speakers.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString index = QStringLiteral("speakers[%1]").arg(i);
        if (!array.at(i).isObject())
            return LexiconError{path, index + QStringLiteral(" is not an object")};
        auto speaker = readSpeaker(array.at(i).toObject(), index);
        if (const auto *problem = std::get_if<QString>(&speaker))
            return LexiconError{path, *problem};
        Speaker &read = std::get<Speaker>(speaker);
        // Annotations refer to speakers by id, so two entries with one id would merge two people.
        if (ids.contains(read.id))
            return LexiconError{path, index + QStringLiteral(" repeats the id ") + quoted(read.id)};
        ids.insert(read.id);
        list.append(std::move(read));
    }
    return list;
}

std::variant<QHash<QString, QStringList>, LexiconError> readCues(const QString &path)
{
    auto root = readRoot(path);
    if (auto *error = std::get_if<LexiconError>(&root))
        return *error;
    const QJsonValue cues = std::get<QJsonObject>(root).value(QLatin1StringView("cues"));
    if (!cues.isObject())
        return LexiconError{path, QStringLiteral("has no \"cues\" object (language → list of cues)")};

    QHash<QString, QStringList> result;
    const QJsonObject object = cues.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key().trimmed().isEmpty())
            return LexiconError{path, QStringLiteral("\"cues\" has an empty language code")};
        auto list = stringList(it.value(), QStringLiteral("\"cues\".\"%1\"").arg(it.key()));
        if (const auto *problem = std::get_if<QString>(&list))
            return LexiconError{path, *problem};
        result.insert(it.key(), std::get<QStringList>(std::move(list)));
    }
    return result;
}

// Lexicon strings as patterns.

bool xmlCanCarry(char32_t c)
{
    return (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c < 0xFFFE) || c >= 0x10000;
}

// QRegularExpression::escape() of the text, except that characters an XML file cannot carry
// (control characters, lone surrogates) become \x{…} escapes: the pattern must survive the trip
// through the .xml file and still mean the same text.
QString literal(QStringView text)
{
    QString out;
    qsizetype runStart = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        char32_t c = text[i].unicode();
        qsizetype width = 1;
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            width = 2;
        } else if (text[i].isSurrogate()) {
            c = 0xFFFD; // a lone surrogate is no character, and PCRE2 refuses \x{d800}
        }
        if (c == 0xFFFD || !xmlCanCarry(c)) {
            out += QRegularExpression::escape(text.sliced(runStart, i - runStart));
            out += u"\\x{"_s + QString::number(quint32(c), 16) + u'}';
            runStart = i + width;
        }
        i += width;
    }
    out += QRegularExpression::escape(text.sliced(runStart));
    return out;
}

// Russian texts often print ё as е; a form written with ё accepts both.
QString russianLiteral(QStringView text)
{
    QString out;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'ё' || text[i] == u'Ё') {
            out += literal(text.sliced(start, i - start)) + (text[i] == u'ё' ? u"[её]"_s : u"[ЕЁ]"_s);
            start = i + 1;
        }
    }
    return out + literal(text.sliced(start));
}

// Turkish pairs i/İ and ı/I, which Unicode's simple case folding (and so PCRE's caseless mode)
// does not: caseless "dedi" would miss "DEDİ", and caseless "ı" means nothing useful. Turkish
// words are therefore matched case-sensitively with each letter spelled as its Turkish pair.
QChar turkishUpper(QChar c)
{
    return c == u'i' ? u'İ' : c == u'ı' ? u'I' : c.toUpper();
}

// Words of a form, split at any Unicode space (no-break spaces included).
QStringList words(QStringView text)
{
    QStringList list;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool gap = i == text.size() || text[i].isSpace();
        if (gap && start >= 0) {
            list.append(text.sliced(start, i - start).toString());
            start = -1;
        } else if (!gap && start < 0) {
            start = i;
        }
    }
    return list;
}

// Words joined by any run of spaces; after an initial ("A. Saini") the space may be missing.
using WordPattern = std::function<QString(const QString &)>;

QString phrase(const QStringList &parts, const WordPattern &wordPattern)
{
    QString out;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i > 0)
            out += parts[i - 1].endsWith(u'.') ? u"\\s*"_s : u"\\s+"_s;
        out += wordPattern(parts[i]);
    }
    return out;
}

// The case endings a Russian name word takes, chosen by how its nominative ends. Both the noun
// and the adjectival paradigm are allowed where a name could follow either (Ирина → Ирины,
// Сомова → Сомовой), and the plural of -ов/-ин family names is included: accepting a form no text
// will ever print costs nothing, while missing one loses a mention.
struct Paradigm {
    QStringView nominativeEnding; // lower case
    qsizetype stemCut;            // letters dropped from the word before an ending is added
    QStringList endings;          // an empty ending means the nominative itself
};

const QList<Paradigm> &russianParadigms()
{
    static const QList<Paradigm> paradigms{
        {u"ский", 2, {u"ий"_s, u"ого"_s, u"ому"_s, u"им"_s, u"ом"_s, u"ие"_s, u"их"_s, u"ими"_s}},
        {u"цкий", 2, {u"ий"_s, u"ого"_s, u"ому"_s, u"им"_s, u"ом"_s, u"ие"_s, u"их"_s, u"ими"_s}},
        {u"ий", 1, {u"й"_s, u"я"_s, u"ю"_s, u"ем"_s, u"и"_s}},         // Дмитрий → Дмитрия
        {u"ая", 2, {u"ая"_s, u"ой"_s, u"ую"_s, u"ою"_s}},              // -ская, -цкая, -ая
        {u"й", 1, {u"й"_s, u"я"_s, u"ю"_s, u"ем"_s, u"е"_s}},          // Сергей, Домбай
        {u"я", 1, {u"я"_s, u"и"_s, u"е"_s, u"ю"_s, u"ей"_s, u"ею"_s}}, // Сания → Сании
        {u"а", 1, {u"а"_s, u"ы"_s, u"и"_s, u"е"_s, u"у"_s, u"ой"_s, u"ою"_s}}, // Ирина, Сомова, Никола
        {u"ь", 1, {u"ь"_s, u"я"_s, u"ю"_s, u"ем"_s, u"е"_s, u"и"_s}}, // Игорь
        {u"",
         0,
         {u""_s, u"а"_s, u"у"_s, u"ом"_s, u"ем"_s, u"ым"_s, u"е"_s, u"ы"_s, u"ых"_s, u"ыми"_s}}, // Токаев
    };
    return paradigms;
}

QString russianWordPattern(const QString &word)
{
    // Only a word ending in a Cyrillic consonant or -а/-я/-й/-ь declines; Уали, Риццо, Росси and
    // initials ("С.") stay as written. In a hyphenated first name only the last part declines
    // (Касым-Жомарта).
    static const QString indeclinable = u"оеёиуыэю"_s;
    const QChar last = word.isEmpty() ? QChar() : word.back();
    if (last.script() != QChar::Script_Cyrillic || !last.isLetter() || indeclinable.contains(last.toLower()))
        return russianLiteral(word);
    const QString lower = word.toLower();
    for (const Paradigm &paradigm : russianParadigms()) {
        if (!lower.endsWith(paradigm.nominativeEnding))
            continue;
        // A name printed in capitals (МАМЕДОВ) takes capital endings.
        const bool capitals = word.size() > 1 && word == word.toUpper();
        QStringList endings;
        bool optional = false;
        for (const QString &ending : paradigm.endings) {
            if (ending.isEmpty())
                optional = true;
            else
                endings.append(capitals ? ending.toUpper() : ending);
        }
        std::sort(endings.begin(), endings.end(),
                  [](const QString &a, const QString &b) { return a.size() > b.size(); });
        return russianLiteral(QStringView(word).chopped(paradigm.stemCut)) + u"(?:"_s + endings.join(u'|') +
               (optional ? u")?"_s : u")"_s);
    }
    return russianLiteral(word);
}

} // namespace

QStringList speakerKinds()
{
    return {QStringLiteral("politician"), QStringLiteral("official"), QStringLiteral("expert"),
            QStringLiteral("author"), QStringLiteral("other")};
}

LexiconResult loadLexicon(const QString &speakersPath, const QString &cuesPath)
{
    auto speakers = readSpeakers(speakersPath);
    if (auto *error = std::get_if<LexiconError>(&speakers))
        return *error;
    auto cues = readCues(cuesPath);
    if (auto *error = std::get_if<LexiconError>(&cues))
        return *error;
    return Lexicon{std::get<QList<Speaker>>(std::move(speakers)),
                   std::get<QHash<QString, QStringList>>(std::move(cues))};
}

QString formPattern(const QString &form, FormLanguage language)
{
    const QStringList parts = words(form);
    if (parts.isEmpty())
        return {};
    if (language == FormLanguage::Ru)
        return phrase(parts, russianWordPattern);
    return phrase(parts, [](const QString &word) { return literal(word); });
}

bool cueIsCaseInsensitive(const QString &language)
{
    return language != u"tr" && language != u"az";
}

QString cuePattern(const QString &cue, const QString &language)
{
    const QStringList parts = words(cue);
    if (parts.isEmpty())
        return {};
    if (!cueIsCaseInsensitive(language))
        return phrase(parts, [](const QString &word) { return turkishCaseless(word); });
    return phrase(parts, [](const QString &word) { return russianLiteral(word); });
}

QString turkishCaseless(QStringView text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const QChar lower = turkishLower(c);
        const QChar upper = turkishUpper(lower);
        if (c.isLetter() && lower != upper) {
            out += u'[';
            out += lower;
            out += upper;
            out += u']';
        } else if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            out += literal(text.sliced(i++, 2)); // a pair stays a pair
        } else {
            out += literal(text.sliced(i, 1));
        }
    }
    return out;
}

QString builtInSpeakersPath()
{
    return QStringLiteral(":/lexicon/speakers.json");
}

QString builtInCuesPath()
{
    return QStringLiteral(":/lexicon/cues.json");
}

QChar turkishLower(QChar c)
{
    return c == u'I' ? u'ı' : c == u'İ' ? u'i' : c.toLower();
}

} // namespace claimscope::core
