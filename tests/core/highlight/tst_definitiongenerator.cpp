#include "core/highlight/DefinitionGenerator.h"
#include "core/highlight/Lexicon.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace claimscope::core;
using namespace Qt::StringLiterals;

namespace {

QString lexiconFile(const QString &name)
{
    // The compiled-in copy when the app links it, the source tree otherwise.
    const QString resource = u":/lexicon/"_s + name;
    return QFile::exists(resource) ? resource : QStringLiteral(CLAIMSCOPE_SAMPLE_DIR "/../lexicon/") + name;
}

Lexicon realLexicon()
{
    const LexiconResult result = loadLexicon(lexiconFile(u"speakers.json"_s), lexiconFile(u"cues.json"_s));
    if (const auto *error = std::get_if<LexiconError>(&result))
        qFatal("%s", qPrintable(error->message()));
    return std::get<Lexicon>(result);
}

Lexicon lexiconOf(const QStringList &formsEn, const QStringList &formsRu = {},
                  const QStringList &formsTr = {}, const QHash<QString, QStringList> &cues = {})
{
    return Lexicon{{Speaker{u"x"_s, u"X"_s, QString(), u"other"_s, formsEn, formsRu, formsTr}}, cues};
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Spans as text: "{Speaker|Tokayev}'in". Normal text is written as it is.
struct Span {
    qsizetype start;
    qsizetype length;
    QString format;
};

QString annotate(const QString &text, const QList<Span> &spans)
{
    QString out;
    qsizetype at = 0;
    for (const Span &span : spans) {
        out += text.mid(at, span.start - at) + u'{' + span.format + u'|' + text.mid(span.start, span.length) +
               u'}';
        at = span.start + span.length;
    }
    return out + text.mid(at);
}

// The rules the engine tries in the Text context, in its order, compiled as the engine compiles
// them. Quotations are left to the engine test below; names, figures and cues are the same in them.
struct RootRules {
    QList<std::pair<QRegularExpression, QString>> rules;

    explicit RootRules(const QString &xml)
    {
        QHash<QString, QList<std::pair<QRegularExpression, QString>>> byContext;
        QXmlStreamReader reader(xml);
        QString context;
        while (!reader.atEnd()) {
            reader.readNext();
            if (!reader.isStartElement())
                continue;
            const QXmlStreamAttributes a = reader.attributes();
            if (reader.name() == u"context")
                context = a.value("name"_L1).toString();
            if (reader.name() == u"RegExpr")
                byContext[context].append(
                    {QRegularExpression(a.value("String"_L1).toString(),
                                        engineRegexOptions(a.value("minimal"_L1) == u"true",
                                                           a.value("insensitive"_L1) == u"true")),
                     a.value("attribute"_L1).toString()});
        }
        for (const QString &name : {u"Speakers"_s, u"Figures"_s, u"Cues"_s})
            rules += byContext.value(name);
    }

    // The engine's loop: at each offset the first rule matching exactly there wins.
    QList<Span> spans(const QString &text) const
    {
        QList<Span> result;
        qsizetype lineStart = 0;
        for (const QString &line : text.split(u'\n')) {
            qsizetype offset = 0;
            while (offset < line.size()) {
                qsizetype next = offset + 1;
                for (const auto &[regex, format] : rules) {
                    const auto match = regex.match(line, offset);
                    if (match.hasMatch() && match.capturedStart() == offset && match.capturedLength() > 0) {
                        result.append({lineStart + offset, match.capturedLength(), format});
                        next = offset + match.capturedLength();
                        break;
                    }
                }
                offset = next;
            }
            lineStart += line.size() + 1;
        }
        return result;
    }
};

// The real engine, through KDE's command-line highlighter: the definition is given explicit,
// distinct colours per format, and the HTML it writes is read back into spans.
std::optional<QString> engineAnnotate(const QString &xml, const QString &text)
{
    const QString exe = QStandardPaths::findExecutable(u"kate-syntax-highlighter"_s);
    if (exe.isEmpty())
        return std::nullopt;
    const QStringList formats{u"Speaker"_s, u"Quote"_s, u"QuoteMark"_s, u"Cue"_s, u"Figure"_s};
    QString probe = xml;
    for (qsizetype i = 0; i < formats.size(); ++i)
        probe.replace(u"<itemData name=\"%1\""_s.arg(formats[i]),
                      u"<itemData name=\"%1\" color=\"#00000%2\""_s.arg(formats[i]).arg(i + 1));
    QTemporaryDir data;
    QDir().mkpath(data.filePath(u"org.kde.syntax-highlighting/syntax"_s));
    QFile file(data.filePath(u"org.kde.syntax-highlighting/syntax/claimscope.xml"_s));
    if (!file.open(QIODevice::WriteOnly) || file.write(probe.toUtf8()) < 0)
        return std::nullopt;
    file.close();

    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_DATA_HOME"_s, data.path());
    process.setProcessEnvironment(environment);
    process.start(exe, {u"--stdin"_s, u"-s"_s, u"Claimscope"_s, u"-f"_s, u"html"_s});
    process.write(text.toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return std::nullopt;
    QString html = QString::fromUtf8(process.readAllStandardOutput());
    html = html.mid(html.indexOf(u"<pre>") + 5);
    if (html.startsWith(u'\n'))
        html.remove(0, 1);
    html.truncate(html.lastIndexOf(u"</pre>"));
    const auto unescape = [](QString s) {
        return s.replace(u"&lt;"_s, u"<"_s)
            .replace(u"&gt;"_s, u">"_s)
            .replace(u"&quot;"_s, u"\""_s)
            .replace(u"&amp;"_s, u"&"_s);
    };
    static const QRegularExpression span(u"<span style=\"color:#00000(\\d)[^\"]*\">(.*?)</span>"_s);
    QString out;
    qsizetype at = 0;
    for (const auto &m : span.globalMatch(html)) {
        out += unescape(html.mid(at, m.capturedStart() - at)) + u'{' + formats[m.captured(1).toInt() - 1] +
               u'|' + unescape(m.captured(2)) + u'}';
        at = m.capturedEnd();
    }
    out += unescape(html.mid(at));
    if (out.endsWith(u'\n') && !text.endsWith(u'\n'))
        out.chop(1);
    return out;
}

// Rows shared by the rule test and the engine test: a text and how it must come out.
void lexicalRows()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *name, const QString &text, const QString &expected) {
        QTest::newRow(name) << text << expected;
    };
    row("an English possessive leaves the ’s outside the name", u"Tokayev’s policy and Lavrov's words"_s,
        u"{Speaker|Tokayev}’s policy and {Speaker|Lavrov}'s words"_s);
    row("a Turkish suffix after an apostrophe stays outside the name", u"Tokayev'in sözleri, Peskov’a göre"_s,
        u"{Speaker|Tokayev}'in sözleri, {Speaker|Peskov}’a {Cue|göre}"_s);
    row("the full name wins over the surname", u"Kassym-Jomart Tokayev said it; Kasım Cömert Tokayev dedi."_s,
        u"{Speaker|Kassym-Jomart Tokayev} {Cue|said} it; {Speaker|Kasım Cömert Tokayev} {Cue|dedi}."_s);
    row("Russian case forms are whole names, first names too",
        u"По словам Пескова, Касым-Жомарта Токаева ждали."_s,
        u"{Cue|По словам} {Speaker|Пескова}, {Speaker|Касым-Жомарта Токаева} ждали."_s);
    row("Russian instrumental, dative and female forms",
        u"с Токаевым, Лаврову, Сергеем Лавровым, Ириной Сомовой"_s,
        u"с {Speaker|Токаевым}, {Speaker|Лаврову}, {Speaker|Сергеем Лавровым}, {Speaker|Ириной Сомовой}"_s);
    row("indeclinable and hyphenated Russian names stay whole", u"Уали и Минуто-Риццо, но не Россия"_s,
        u"{Speaker|Уали} и {Speaker|Минуто-Риццо}, но не Россия"_s);
    row("a name inside a longer word is no name", u"Putinism, Tokayevs and XPeskov"_s,
        u"Putinism, Tokayevs and XPeskov"_s);
    row("an initial may be followed by a no-break space", u"A.\u00a0Saini and S.Sakenova"_s,
        u"{Speaker|A.\u00a0Saini} and {Speaker|S.Sakenova}"_s);
    row("English cues are whole words in any case", u"Uali said; according to Abishev; So-called. ADDED"_s,
        u"{Speaker|Uali} {Cue|said}; {Cue|according to} {Speaker|Abishev}; So-called. {Cue|ADDED}"_s);
    row("Turkish cues know dotted and dotless capitals",
        u"BELİRTTİ, Dedi, diye konuştu; BELIRTTI is not Turkish"_s,
        u"{Cue|BELİRTTİ}, {Cue|Dedi}, {Cue|diye konuştu}; BELIRTTI is not Turkish"_s);
    row("money with signs, scale words and currency words",
        u"reached $43 billion, US$43bn or 1,200.5 tenge"_s,
        u"reached {Figure|$43 billion}, {Figure|US$43bn} or {Figure|1,200.5 tenge}"_s);
    row("Russian amounts with spaces inside the number", u"43\u00a0млрд долларов и 1 200,5 тенге"_s,
        u"{Figure|43\u00a0млрд долларов} и {Figure|1 200,5 тенге}"_s);
    row("Turkish amounts and percentages with their hedge",
        u"48,2 milyon $, %80'den fazla kısmı, 43 milyar dolar"_s,
        u"{Figure|48,2 milyon $}, {Figure|%80'den fazla} kısmı, {Figure|43 milyar dolar}"_s);
    row("percentages keep their hedging words", u"more than 80% of it, более 80 % и около 5 процентов"_s,
        u"{Figure|more than 80%} of it, {Figure|более 80 %} и {Figure|около 5 процентов}"_s);
    row("shares in words are figures", u"about half of the trade, около половины, yaklaşık yarısı"_s,
        u"{Figure|about half} of the trade, {Figure|около половины}, {Figure|yaklaşık yarısı}"_s);
    row("a period is not a share", u"the first half of 2024, a third most important state"_s,
        u"the first half of 2024, a third most important state"_s);
    row("a count before a counted noun is a figure, the noun is not",
        u"the 13 new countries, 13 стран, 13 ülkeye"_s,
        u"the {Figure|13} new countries, {Figure|13} стран, {Figure|13} ülkeye"_s);
    row("spelled-out counts with a scale word", u"more than five hundred states would emerge"_s,
        u"{Figure|more than five hundred} states would emerge"_s);
    row("years, dates, ordinals and numbered names are not figures",
        u"On 22–24 October 2024, in 2023, the 16th summit, 16. Zirve, 4 Kasım 2024, 30 октября, G7, C+5 Center, No. 224"_s,
        u"On 22–24 October 2024, in 2023, the 16th summit, 16. Zirve, 4 Kasım 2024, 30 октября, G7, C+5 Center, No. 224"_s);
}

} // namespace

class TestDefinitionGenerator final : public QObject {
    Q_OBJECT

private slots:
    void realLexiconHasEveryPersonOfTheCorpus()
    {
        const Lexicon lexicon = realLexicon();
        QHash<QString, Speaker> byId;
        for (const Speaker &speaker : lexicon.speakers)
            byId.insert(speaker.id, speaker);
        QCOMPARE(byId.size(), lexicon.speakers.size());
        for (const QString &language : {u"en"_s, u"ru"_s, u"tr"_s})
            QVERIFY2(lexicon.cues.value(language).size() >= 10, qPrintable(language));

        QStringList files{QStringLiteral(CLAIMSCOPE_SAMPLE_DIR "/gold/speakers.json")};
        if (QFile::exists(QStringLiteral(CLAIMSCOPE_SEEDS_DIR "/speakers.json")))
            files.append(QStringLiteral(CLAIMSCOPE_SEEDS_DIR "/speakers.json"));
        for (const QString &path : files) {
            const QJsonArray people = QJsonDocument::fromJson(readAll(path)).array();
            QVERIFY(!people.isEmpty());
            for (const QJsonValue &value : people) {
                const QJsonObject person = value.toObject();
                const QString id = person.value("id"_L1).toString();
                QVERIFY2(byId.contains(id), qPrintable(id));
                const Speaker &speaker = byId[id];
                QCOMPARE(speaker.kind, person.value("kind"_L1).toString());
                for (const QJsonValue &alias : person.value("aliases_en"_L1).toArray())
                    QVERIFY2(speaker.formsEn.contains(alias.toString()), qPrintable(alias.toString()));
                QVERIFY2(speaker.formsRu.contains(person.value("name_ru"_L1).toString()), qPrintable(id));
                QVERIFY2(speaker.formsTr.contains(person.value("name_tr"_L1).toString()), qPrintable(id));
            }
        }
    }

    void brokenLexiconIsRefusedWithTheFileNamed_data()
    {
        QTest::addColumn<QByteArray>("speakers");
        QTest::addColumn<QByteArray>("cues");
        QTest::addColumn<bool>("speakersAreBroken");
        QTest::addColumn<QString>("problem");
        const QByteArray goodCues = R"({"cues": {"en": ["said"]}})";
        const QByteArray goodSpeakers = R"({"speakers": []})";
        const auto speaker = [](const char *fields) -> QByteArray {
            return QByteArray(R"({"speakers": [{"id": "a", "name": "A", "kind": "expert", "forms": {}}, )") +
                   fields + "]}";
        };
        QTest::newRow("speakers that are not JSON")
            << QByteArray("{\"speakers\": [") << goodCues << true << u"not valid JSON"_s;
        QTest::newRow("speakers that are a list, not an object")
            << QByteArray("[]") << goodCues << true << u"JSON object"_s;
        QTest::newRow("a speaker without an id") << speaker(R"({"name": "B", "kind": "expert", "forms": {}})")
                                                 << goodCues << true << u"no \"id\""_s;
        QTest::newRow("a speaker without forms")
            << speaker(R"({"id": "b", "name": "B", "kind": "expert"})") << goodCues << true << u"\"forms\""_s;
        QTest::newRow("a speaker of an unknown kind")
            << speaker(R"({"id": "b", "name": "B", "kind": "wizard", "forms": {}})") << goodCues << true
            << u"wizard"_s;
        QTest::newRow("a name form that is not a string")
            << speaker(R"({"id": "b", "name": "B", "kind": "expert", "forms": {"ru": ["Б", 7]}})") << goodCues
            << true << u"\"forms\".\"ru\"[1]"_s;
        QTest::newRow("forms in a language the lexicon does not know")
            << speaker(R"({"id": "b", "name": "B", "kind": "expert", "forms": {"de": ["B"]}})") << goodCues
            << true << u"\"de\""_s;
        QTest::newRow("two speakers with one id")
            << speaker(R"({"id": "a", "name": "B", "kind": "expert", "forms": {}})") << goodCues << true
            << u"repeats the id"_s;
        QTest::newRow("a newer format version")
            << QByteArray(R"({"version": 9, "speakers": []})") << goodCues << true << u"version 9"_s;
        QTest::newRow("cues without the cues object")
            << goodSpeakers << QByteArray(R"({"en": ["said"]})") << false << u"\"cues\""_s;
        QTest::newRow("a cue that is not a string")
            << goodSpeakers << QByteArray(R"({"cues": {"tr": [null]}})") << false << u"\"cues\".\"tr\"[0]"_s;
    }

    void brokenLexiconIsRefusedWithTheFileNamed()
    {
        QFETCH(QByteArray, speakers);
        QFETCH(QByteArray, cues);
        QFETCH(bool, speakersAreBroken);
        QFETCH(QString, problem);
        QTemporaryDir dir;
        const QString speakersPath = dir.filePath(u"speakers.json"_s);
        const QString cuesPath = dir.filePath(u"cues.json"_s);
        for (const auto &[path, bytes] : {std::pair{speakersPath, speakers}, std::pair{cuesPath, cues}}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        }
        const LexiconResult result = loadLexicon(speakersPath, cuesPath);
        const auto *error = std::get_if<LexiconError>(&result);
        QVERIFY(error);
        QCOMPARE(error->filePath, speakersAreBroken ? speakersPath : cuesPath);
        QVERIFY2(error->problem.contains(problem), qPrintable(error->message()));

        const LexiconResult missing = loadLexicon(dir.filePath(u"gone.json"_s), cuesPath);
        QVERIFY(std::holds_alternative<LexiconError>(missing));
    }

    void definitionIsWellFormedAndNamesItsFormats()
    {
        const QString xml = generateDefinition(realLexicon());
        QCOMPARE(xml, generateDefinition(realLexicon())); // the same lexicon gives the same file
        QXmlStreamReader reader(xml);
        QHash<QString, QString> styles;
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isStartElement() && reader.name() == u"language") {
                QCOMPARE(reader.attributes().value("name"_L1), u"Claimscope");
                QCOMPARE(reader.attributes().value("kateversion"_L1), u"5.0");
                QCOMPARE(reader.attributes().value("version"_L1).toInt(), kDefinitionVersion);
            }
            if (reader.isStartElement() && reader.name() == u"itemData")
                styles.insert(reader.attributes().value("name"_L1).toString(),
                              reader.attributes().value("defStyleNum"_L1).toString());
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QCOMPARE(QSet<QString>(styles.keyBegin(), styles.keyEnd()),
                 (QSet<QString>{u"Normal Text"_s, u"Speaker"_s, u"Quote"_s, u"QuoteMark"_s, u"Cue"_s,
                                u"Figure"_s}));
        QCOMPARE(styles.value(u"Normal Text"_s), u"dsNormal");
        const QList<QString> values = styles.values();
        QCOMPARE(QSet<QString>(values.begin(), values.end()).size(), styles.size()); // each its own style
        QCOMPARE(validateDefinition(xml), std::nullopt);
    }

    void everySpeakerOfTheRealLexiconIsFoundInAllForms_data()
    {
        QTest::addColumn<Speaker>("speaker");
        for (const Speaker &speaker : realLexicon().speakers)
            QTest::addRow("%s is found in every form", qPrintable(speaker.name)) << speaker;
    }

    void everySpeakerOfTheRealLexiconIsFoundInAllForms()
    {
        QFETCH(Speaker, speaker);
        const QString xml = generateDefinition(Lexicon{{speaker}, realLexicon().cues});
        QCOMPARE(validateDefinition(xml), std::nullopt);
        const RootRules rules(xml);
        for (const QString &form : speaker.formsEn + speaker.formsRu + speaker.formsTr) {
            const QString text = u"(" + form + u") "_s;
            QCOMPARE(annotate(text, rules.spans(text)), u"({Speaker|"_s + form + u"}) "_s);
        }
    }

    void namesFiguresAndCuesComeOutAsSpans_data() { lexicalRows(); }

    void namesFiguresAndCuesComeOutAsSpans()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        static const RootRules rules(generateDefinition(realLexicon()));
        QCOMPARE(annotate(text, rules.spans(text)), expected);
    }

    // Every name and figure the gold annotations mark is exactly one span, and the figure spans
    // are exactly the gold figures: no year, date or ordinal slips in. The sample project always,
    // the team's seed articles when ../shared is there.
    void goldMentionsAndFiguresAreSpans_data()
    {
        QTest::addColumn<QString>("dir");
        QTest::addColumn<QString>("name");
        for (const QString &dir :
             {QStringLiteral(CLAIMSCOPE_SAMPLE_DIR), QStringLiteral(CLAIMSCOPE_SEEDS_DIR)}) {
            const QString goldDir = QFile::exists(dir + u"/gold"_s) ? dir + u"/gold"_s : dir;
            for (const QString &file : QDir(goldDir).entryList({u"*.gold.json"_s}))
                QTest::addRow("the names and figures marked in %s are spans", qPrintable(file.chopped(10)))
                    << dir << file.chopped(10);
        }
        if (!QFile::exists(QStringLiteral(CLAIMSCOPE_SEEDS_DIR)))
            QTest::addRow("the names and figures of the seed articles are spans")
                << QStringLiteral(CLAIMSCOPE_SEEDS_DIR) << QString();
    }

    void goldMentionsAndFiguresAreSpans()
    {
        QFETCH(QString, dir);
        QFETCH(QString, name);
        if (name.isEmpty())
            QSKIP("the seeds folder is not there");
        static const RootRules rules(generateDefinition(realLexicon()));
        const QString goldDir = QFile::exists(dir + u"/gold"_s) ? dir + u"/gold"_s : dir;
        const QString text = QString::fromUtf8(readAll(dir + u'/' + name + u".txt"_s));
        const QJsonObject gold =
            QJsonDocument::fromJson(readAll(goldDir + u'/' + name + u".gold.json"_s)).object();
        QVERIFY(!text.isEmpty() && !gold.isEmpty());
        QSet<QString> found;
        QStringList figures;
        for (const Span &span : rules.spans(text)) {
            found.insert(u"%1 %2 %3"_s.arg(span.format).arg(span.start).arg(span.length));
            if (span.format == u"Figure")
                figures.append(text.mid(span.start, span.length));
        }
        for (const QJsonValue &speaker : gold.value("speakers"_L1).toArray()) {
            for (const QJsonValue &mention : speaker.toObject().value("mentions"_L1).toArray()) {
                const int start = mention.toArray().at(0).toInt();
                const int length = mention.toArray().at(1).toInt() - start;
                QVERIFY2(found.contains(u"Speaker %1 %2"_s.arg(start).arg(length)),
                         qPrintable(text.mid(start, length)));
            }
        }
        QStringList goldFigures;
        for (const QJsonValue &figure : gold.value("figures"_L1).toArray())
            goldFigures.append(figure.toObject().value("text"_L1).toString());
        QCOMPARE(figures, goldFigures);
    }

    void hostileEntriesStayValidAndLiteral_data()
    {
        QTest::addColumn<Lexicon>("lexicon");
        QTest::addColumn<QString>("name");    // must be found as one span…
        QTest::addColumn<QString>("nonName"); // …and this must not be
        const QString meta = u".*+?()[]{}|\\^$"_s;
        QTest::newRow("regular-expression metacharacters are plain characters")
            << lexiconOf({meta}, {meta}, {meta}) << meta << u"anything"_s;
        QTest::newRow("a 5,000-character name is matched whole")
            << lexiconOf({QString(5000, u'x')}) << QString(5000, u'x') << QString(4999, u'x');
        QTest::newRow("a 5,000-character name of metacharacters compiles")
            << lexiconOf({QString(5000, u'(')}) << QString(5000, u'(') << QString(4999, u'(') + u'x';
        QTest::newRow("empty forms and forms of spaces are left out")
            << lexiconOf({QString(), u"   "_s, u"Real Name"_s}, {u""_s, u"\u00a0"_s}, {u" \t "_s})
            << u"Real Name"_s << u"   "_s;
        QTest::newRow("a lexicon of nothing but blank names gives no name rule")
            << lexiconOf({u" "_s}, {u""_s}, {u"  "_s}) << QString() << u"anything at all"_s;
        QTest::newRow("quotes and apostrophes inside a name")
            << lexiconOf({u"O'Brien"_s, u"“Nick” Smith"_s, u"Abu \"Q\""_s}) << u"Abu \"Q\""_s << u"Abu Q"_s;
        QTest::newRow("XML specials inside a name")
            << lexiconOf({u"<Smith & \"Sons\">"_s}) << u"<Smith & \"Sons\">"_s << u"Smith & Sons"_s;
        QTest::newRow("a control character and a lone surrogate survive the XML file")
            << lexiconOf({u"Bell\u0007Ring"_s, u"Half" + QString(QChar(0xD800)) + u"Pair"})
            << u"Bell\u0007Ring"_s << u"BellRing"_s;
        QTest::newRow("a Russian form ending in a metacharacter is not declined")
            << lexiconOf({}, {u"Токаев.*"_s}) << u"Токаев.*"_s << u"Токаевxx"_s;
        QTest::newRow("a form too long for any name is left out, the others still work")
            << lexiconOf({QString(20000, u'x'), u"Real Name"_s}) << u"Real Name"_s << QString(20000, u'x');
        QTest::newRow("hostile cues in every language")
            << lexiconOf({u"Name"_s}, {}, {},
                         {{u"en"_s, {u"a|b"_s, QString(), u"(("_s}},
                          {u"tr"_s, {u"dedi("_s, u"  "_s, u"[iı]"_s}},
                          {u"xx"_s, {u"\\"_s}}})
            << u"Name"_s << u"a"_s;
    }

    void hostileEntriesStayValidAndLiteral()
    {
        QFETCH(Lexicon, lexicon);
        QFETCH(QString, name);
        QFETCH(QString, nonName);
        if (nonName.size() > 10000)
            QTest::ignoreMessage(QtWarningMsg,
                                 "Claimscope definition: a lexicon entry of 20000 characters is left out");
        const QString xml = generateDefinition(lexicon);
        QCOMPARE(validateDefinition(xml), std::nullopt);
        QXmlStreamReader reader(xml);
        while (!reader.atEnd())
            reader.readNext();
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));

        const RootRules rules(xml);
        const auto speakers = [&rules](const QString &text) {
            QStringList list;
            for (const Span &span : rules.spans(text))
                if (span.format == u"Speaker")
                    list.append(text.mid(span.start, span.length));
            return list;
        };
        if (!name.isEmpty())
            QCOMPARE(speakers(u" "_s + name + u" "_s), QStringList{name});
        QCOMPARE(speakers(u" "_s + nonName + u" "_s), QStringList());
        for (const auto &[regex, format] : rules.rules)
            QVERIFY2(!regex.match(QString()).hasMatch() || format != u"Speaker",
                     "a name rule matches nothing");
    }

    void validationRejectsBrokenDefinitions_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("problem");
        QTest::newRow("an unbalanced bracket in a pattern")
            << u"String=\"^\\s+$\""_s << u"String=\"^\\s+$[\""_s << u"does not compile"_s;
        // (a)\1 is fine for QRegularExpression's defaults but not for the engine, which compiles
        // every pattern without capturing groups: the validation must use the engine's options.
        QTest::newRow("a back-reference the engine's options refuse")
            << u"String=\"^\\s+$\""_s << u"String=\"(a)\\1\""_s << u"does not compile"_s;
        QTest::newRow("an unbounded look-behind")
            << u"String=\"^\\s+$\""_s << u"String=\"(?&lt;=a+)b\""_s << u"does not compile"_s;
        QTest::newRow("a rule switching to a context that does not exist")
            << u"<IncludeRules context=\"Cues\"/>"_s << u"<IncludeRules context=\"Nowhere\"/>"_s
            << u"unknown context \"Nowhere\""_s;
        QTest::newRow("a rule with a format that does not exist")
            << u"attribute=\"Cue\""_s << u"attribute=\"Clue\""_s << u"unknown format"_s;
        QTest::newRow("a missing format") << u"<itemData name=\"Figure\""_s << u"<itemData name=\"Figures\""_s
                                          << u"\"Figure\" is missing"_s;
        QTest::newRow("XML cut off half-way") << u"</contexts>"_s << QString() << u"not well-formed XML"_s;
    }

    void validationRejectsBrokenDefinitions()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, problem);
        QString xml = generateDefinition(realLexicon());
        QVERIFY(xml.contains(from));
        if (to.isEmpty())
            xml.truncate(xml.indexOf(from));
        else
            xml.replace(xml.indexOf(from), from.size(), to);
        const std::optional<QString> found = validateDefinition(xml);
        QVERIFY2(found.has_value(), "the broken definition was accepted");
        QVERIFY2(found->contains(problem), qPrintable(*found));
    }

    void writeDefinitionWritesAtomicallyAndRefusesInvalid()
    {
        QTemporaryDir cache;
        const Lexicon lexicon = realLexicon();
        QCOMPARE(writeDefinition(lexicon, cache.path()), std::nullopt);
        const QString path = definitionFilePath(cache.path());
        QCOMPARE(path, cache.filePath(u"syntax/claimscope.xml"_s));
        const QByteArray written = readAll(path);
        QCOMPARE(written, generateDefinition(lexicon).toUtf8());
        // QSaveFile leaves nothing beside the file.
        QCOMPARE(QDir(cache.filePath(u"syntax"_s)).entryList(QDir::Files), QStringList{u"claimscope.xml"_s});

        QString broken = generateDefinition(lexiconOf({u"Someone Else"_s}));
        broken.replace(u"String=\"^\\s+$\""_s, u"String=\"(\""_s);
        const std::optional<QString> refused = writeDefinitionXml(broken, cache.path());
        QVERIFY(refused.has_value());
        QVERIFY2(refused->contains(u"refusing"_s), qPrintable(*refused));
        QCOMPARE(readAll(path), written); // the good file stays
        QCOMPARE(QDir(cache.filePath(u"syntax"_s)).entryList(QDir::Files), QStringList{u"claimscope.xml"_s});

        // Written again unchanged, the file is left alone (its old time stays); changed by
        // someone else, it is written again whole.
        const QDateTime old = QDateTime::currentDateTimeUtc().addDays(-1);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(old, QFileDevice::FileModificationTime));
        }
        QCOMPARE(writeDefinition(lexicon, cache.path()), std::nullopt);
        QCOMPARE(QFileInfo(path).lastModified().toSecsSinceEpoch(), old.toSecsSinceEpoch());
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::Append));
            QVERIFY(file.write("<!-- changed -->") > 0);
        }
        QCOMPARE(writeDefinition(lexicon, cache.path()), std::nullopt);
        QCOMPARE(readAll(path), written);
        QVERIFY(QFile::remove(path));
        QCOMPARE(writeDefinition(lexicon, cache.path()), std::nullopt);
        QCOMPARE(readAll(path), written);

        // A cache folder that cannot be created is an error, not a crash.
        QFile blocker(cache.filePath(u"blocked"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QVERIFY(writeDefinition(lexicon, blocker.fileName()).has_value());

        // Left in the build folder for inspection with kate-syntax-highlighter.
        QCOMPARE(writeDefinition(lexicon, QStringLiteral(CLAIMSCOPE_TEST_OUTPUT_DIR "/definition")),
                 std::nullopt);
    }

    void engineHighlightsAsExpected_data()
    {
        lexicalRows();
        const auto row = [](const char *name, const QString &text, const QString &expected) {
            QTest::newRow(name) << text << expected;
        };
        row("a curly quote has marks, content and the names inside", u"“We need Lavrov,” he said."_s,
            u"{QuoteMark|“}{Quote|We need }{Speaker|Lavrov}{Quote|,}{QuoteMark|”} he {Cue|said}."_s);
        row("a cue inside a quotation is part of the quotation", u"“He said 80% agreed”"_s,
            u"{QuoteMark|“}{Quote|He said }{Figure|80%}{Quote| agreed}{QuoteMark|”}"_s);
        row("a quotation runs on over a single line break", u"“one\ntwo” said"_s,
            u"{QuoteMark|“}{Quote|one}\n{Quote|two}{QuoteMark|”} {Cue|said}"_s);
        row("an unclosed quotation stops at the end of its paragraph", u"“open\n\nUali said"_s,
            u"{QuoteMark|“}{Quote|open}\n\n{Speaker|Uali} {Cue|said}"_s);
        row("a line of spaces ends a paragraph too", u"«open „inner\n  \nsaid"_s,
            u"{QuoteMark|«}{Quote|open }{QuoteMark|„}{Quote|inner}\n  \n{Cue|said}"_s);
        row("guillemets hold low quotes", u"«Он назвал „план“ хорошим», — заявил Лавров."_s,
            u"{QuoteMark|«}{Quote|Он назвал }{QuoteMark|„}{Quote|план}{QuoteMark|“}{Quote| "
            u"хорошим}{QuoteMark|»}, — "
            u"{Cue|заявил} {Speaker|Лавров}."_s);
        row("an apostrophe inside single quotes does not close them", u"“the ‘Kazakhstan’s way’ idea”"_s,
            u"{QuoteMark|“}{Quote|the }{QuoteMark|‘}{Quote|Kazakhstan’s way}{QuoteMark|’}{Quote| idea}{QuoteMark|”}"_s);
        row("an inner mark left open ends with the outer closing mark", u"«a „b» c"_s,
            u"{QuoteMark|«}{Quote|a }{QuoteMark|„}{Quote|b}{QuoteMark|»} c"_s);
        row("straight double quotes and a Turkish apostrophe", u"\"Kazakistan'da yok\" diyor Abişev'e göre"_s,
            u"{QuoteMark|\"}{Quote|Kazakistan'da yok}{QuoteMark|\"} {Cue|diyor} {Speaker|Abişev}'e {Cue|göre}"_s);
    }

    void engineHighlightsAsExpected()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        static const QString xml = generateDefinition(realLexicon());
        const std::optional<QString> actual = engineAnnotate(xml, text);
        if (!actual)
            QSKIP("kate-syntax-highlighter (KSyntaxHighlighting's command-line tool) is not installed");
        QCOMPARE(*actual, expected);
    }
};

QTEST_GUILESS_MAIN(TestDefinitionGenerator)
#include "tst_definitiongenerator.moc"
