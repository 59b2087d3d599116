#include "core/analysis/AnalysisJson.h"
#include "core/analysis/AnalysisPipeline.h"
#include "core/document/DocumentImporter.h"

#include <QDir>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

using namespace claimscope::core;
using namespace Qt::StringLiterals;

namespace {

// A short document and a valid analysis of it, as analysisToJson writes it. The malformed rows
// below each change one thing in it.
const QString kText = u"Uali said: “We will wait.” Trade was $43 billion in 2023, Uali says."_s;
const QByteArray kValid = R"({"file": "a.txt", "language": "en",
 "speakers": [{"id": "uali", "name": "Berik Uali", "role": "analyst", "mentions": [[0, 4], [58, 62]]}],
 "quotes": [{"start": 12, "end": 25, "text": "We will wait.", "speaker": "uali", "cue": "said",
             "confidence": 0.9, "quote_marks": true}],
 "claims": [{"start": 27, "end": 56, "text": "Trade was $43 billion in 2023", "speaker": "uali",
             "cue": "says", "confidence": 0.6}],
 "figures": [{"start": 37, "end": 48, "text": "$43 billion", "value": 43000000000, "unit": "USD",
              "measure": "trade turnover", "subject": "", "year": 2023, "speaker": "uali"}],
 "stances": [{"speaker": "uali", "target": "Kazakhstan joining BRICS as a full member", "score": -1,
              "evidence": [[12, 25]]}]})";

// The message of a failed read, or nothing: QVERIFY2 evaluates its message even when it passes.
template<typename Result> QString problemOf(const Result &result)
{
    const auto *problem = std::get_if<QString>(&result);
    return problem ? *problem : QString();
}

SpeakerMention speaker(const QString &id, const QString &name, const QString &role,
                       const QList<TextRange> &mentions)
{
    SpeakerMention speaker;
    speaker.id = id;
    speaker.name = name;
    speaker.role = role;
    speaker.mentions = mentions;
    return speaker;
}

QJsonObject objectOf(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

// Every field the JSON shape carries must come back equal; the ones it does not carry are not
// compared (see analysisFromJson).
void compareCarried(const DocumentAnalysis &actual, const DocumentAnalysis &expected)
{
    QCOMPARE(actual.language, expected.language);
    QCOMPARE(actual.speakers.size(), expected.speakers.size());
    for (qsizetype i = 0; i < expected.speakers.size(); ++i) {
        QCOMPARE(actual.speakers.at(i).id, expected.speakers.at(i).id);
        QCOMPARE(actual.speakers.at(i).name, expected.speakers.at(i).name);
        QCOMPARE(actual.speakers.at(i).role, expected.speakers.at(i).role);
        QCOMPARE(actual.speakers.at(i).mentions, expected.speakers.at(i).mentions);
    }
    QCOMPARE(actual.quotes.size(), expected.quotes.size());
    for (qsizetype i = 0; i < expected.quotes.size(); ++i) {
        const QuoteAnnotation &a = actual.quotes.at(i);
        const QuoteAnnotation &e = expected.quotes.at(i);
        QCOMPARE(a.range, e.range);
        QCOMPARE(a.text, e.text);
        QCOMPARE(a.speaker, e.speaker);
        QCOMPARE(a.cue, e.cue);
        QCOMPARE(a.quoteMarks, e.quoteMarks);
        QCOMPARE(a.confidence, e.confidence);
    }
    QCOMPARE(actual.claims.size(), expected.claims.size());
    for (qsizetype i = 0; i < expected.claims.size(); ++i) {
        const ClaimAnnotation &a = actual.claims.at(i);
        const ClaimAnnotation &e = expected.claims.at(i);
        QCOMPARE(a.range, e.range);
        QCOMPARE(a.text, e.text);
        QCOMPARE(a.speaker, e.speaker);
        QCOMPARE(a.cue, e.cue);
        QCOMPARE(a.confidence, e.confidence);
    }
    QCOMPARE(actual.figures.size(), expected.figures.size());
    for (qsizetype i = 0; i < expected.figures.size(); ++i) {
        const FigureAnnotation &a = actual.figures.at(i);
        const FigureAnnotation &e = expected.figures.at(i);
        QCOMPARE(a.range, e.range);
        QCOMPARE(a.text, e.text);
        QCOMPARE(a.value, e.value);
        QCOMPARE(a.unit, e.unit);
        QCOMPARE(a.measure, e.measure);
        QCOMPARE(a.subject, e.subject);
        QCOMPARE(a.year, e.year);
        QCOMPARE(a.speaker, e.speaker);
    }
    QCOMPARE(actual.stances.size(), expected.stances.size());
    for (qsizetype i = 0; i < expected.stances.size(); ++i) {
        QCOMPARE(actual.stances.at(i).speaker, expected.stances.at(i).speaker);
        QCOMPARE(actual.stances.at(i).target, expected.stances.at(i).target);
        QCOMPARE(actual.stances.at(i).score, expected.stances.at(i).score);
        QCOMPARE(actual.stances.at(i).evidence, expected.stances.at(i).evidence);
    }
}

// Through bytes, as a file or another program would hand it over.
std::variant<DocumentAnalysis, QString> roundTrip(const DocumentAnalysis &analysis, const QString &text)
{
    const QByteArray bytes = QJsonDocument(analysisToJson(analysis, u"doc.txt"_s)).toJson();
    return analysisFromJson(QJsonDocument::fromJson(bytes).object(), text);
}

} // namespace

class TestAnalysisJson final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyCarriedFieldSurvivesTheRoundTrip()
    {
        DocumentAnalysis analysis;
        analysis.language = u"ru"_s;
        analysis.speakers.append(speaker(u"uali"_s, u"Берик Уали"_s, u"политолог"_s, {{0, 4}, {58, 62}}));
        analysis.speakers.append(speaker(u"nobody"_s, u"Nobody"_s, QString(), {}));
        QuoteAnnotation quote;
        quote.range = {12, 25};
        quote.text = u"We will wait."_s;
        quote.speaker = u"uali"_s;
        quote.cue = u"said"_s;
        quote.confidence = 0.9;
        analysis.quotes.append(quote);
        quote.range = {27, 56};
        quote.text = u"Trade was $43 billion in 2023"_s;
        quote.speaker.clear();
        quote.cue.clear();
        quote.quoteMarks = false;
        quote.confidence = 0.25;
        analysis.quotes.append(quote);
        ClaimAnnotation claim;
        claim.range = {27, 56};
        claim.text = u"Trade was $43 billion in 2023"_s;
        claim.cue = u"says"_s;
        claim.confidence = 0.6;
        analysis.claims.append(claim);
        FigureAnnotation figure;
        figure.range = {37, 48};
        figure.text = u"$43 billion"_s;
        figure.value = 43e9;
        figure.unit = u"USD"_s;
        figure.measure = u"trade turnover"_s;
        figure.subject = u"Kazakhstan–EU trade"_s;
        figure.year = 2023;
        figure.speaker = u"uali"_s;
        analysis.figures.append(figure);
        figure.range = {40, 48};
        figure.text = u" billion"_s;
        figure.value = 0.1 + 0.2; // a value that needs all its digits
        figure.year.reset();
        figure.speaker.clear();
        analysis.figures.append(figure);
        StanceAnnotation stance;
        stance.speaker = u"uali"_s;
        stance.target = u"Kazakhstan joining BRICS as a full member"_s;
        stance.score = -2;
        stance.evidence = {{12, 25}, {27, 56}};
        analysis.stances.append(stance);
        stance.speaker = u"nobody"_s;
        stance.score = 2;
        stance.evidence.clear();
        analysis.stances.append(stance);

        const auto read = roundTrip(analysis, kText);
        QVERIFY2(std::holds_alternative<DocumentAnalysis>(read), qPrintable(problemOf(read)));
        compareCarried(std::get<DocumentAnalysis>(read), analysis);
        // Without the text the same comes back, unchecked.
        const auto unchecked = analysisFromJson(analysisToJson(analysis, u"doc.txt"_s));
        QVERIFY(std::holds_alternative<DocumentAnalysis>(unchecked));
        compareCarried(std::get<DocumentAnalysis>(unchecked), analysis);
    }

    void anEmptyAnalysisSurvivesTheRoundTrip()
    {
        DocumentAnalysis empty;
        empty.language = u"tr"_s;
        const auto read = roundTrip(empty, QString());
        QVERIFY2(std::holds_alternative<DocumentAnalysis>(read), qPrintable(problemOf(read)));
        QCOMPARE(std::get<DocumentAnalysis>(read).language, u"tr"_s);
    }

    // The analyzer's own output on every sample document, read back against the document's text.
    void theAnalyzersOutputSurvivesTheRoundTrip_data()
    {
        QTest::addColumn<QString>("file");
        const QDir sample(QStringLiteral(CLAIMSCOPE_SAMPLE_DIR));
        const QStringList files = sample.entryList({u"*.txt"_s}, QDir::Files, QDir::Name);
        QVERIFY(!files.isEmpty());
        for (const QString &file : files)
            QTest::addRow("sample %s", qPrintable(file)) << sample.filePath(file);
    }

    void theAnalyzersOutputSurvivesTheRoundTrip()
    {
        QFETCH(QString, file);
        const ImportResult imported = importFile(file);
        QVERIFY2(imported.ok(), qPrintable(imported.error().message()));
        const LexiconResult lexicon = loadLexicon(builtInSpeakersPath(), builtInCuesPath());
        QVERIFY(std::holds_alternative<Lexicon>(lexicon));
        AnalysisPipeline pipeline(std::get<Lexicon>(lexicon));
        const Document &document = imported.document();
        auto analysis = pipeline.analyze(document.text, document.metadata.language);
        QVERIFY2(std::holds_alternative<DocumentAnalysis>(analysis),
                 qPrintable(u"build claimscope-highlighter first: "_s + problemOf(analysis)));
        const auto &expected = std::get<DocumentAnalysis>(analysis);

        const auto read = roundTrip(expected, document.text);
        QVERIFY2(std::holds_alternative<DocumentAnalysis>(read), qPrintable(problemOf(read)));
        compareCarried(std::get<DocumentAnalysis>(read), expected);
    }

    void quoteMarksLeftOutMeanMarked()
    {
        QByteArray json = kValid;
        json.replace(R"(, "quote_marks": true)", "");
        const auto read = analysisFromJson(objectOf(json), kText);
        QVERIFY2(std::holds_alternative<DocumentAnalysis>(read), qPrintable(problemOf(read)));
        QVERIFY(std::get<DocumentAnalysis>(read).quotes.at(0).quoteMarks);
    }

    void keysTheShapeDoesNotHaveAreIgnored()
    {
        QByteArray json = kValid;
        json.replace(R"("language": "en",)", R"("language": "en", "producer": "another tool",)");
        json.replace(R"("cue": "said",)", R"("cue": "said", "extra": [1, 2],)");
        QVERIFY(std::holds_alternative<DocumentAnalysis>(analysisFromJson(objectOf(json), kText)));
    }

    void malformedInputIsRefusedWithItsPlace_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<bool>("withText");
        QTest::addColumn<QString>("error");
        const auto row = [](const char *name, const char *from, const char *to, bool withText,
                            const QString &error) {
            QTest::newRow(name) << QByteArray(from) << QByteArray(to) << withText << error;
        };
        row("no language", R"("language": "en",)", "", false, u"language: missing"_s);
        row("a language that is a number", R"("language": "en")", R"("language": 7)", false,
            u"language: expected a string"_s);
        row("speakers that are not an array", R"("speakers": [)", R"("speakers": "none", "unused": [)", false,
            u"speakers: expected an array"_s);
        row("a speaker without an id", R"("id": "uali", )", "", false, u"speakers[0].id: missing"_s);
        row("a speaker with an empty id", R"("id": "uali")", R"("id": "")", false,
            u"speakers[0].id: empty"_s);
        row("a mention that is not a pair", "[58, 62]", "[58]", false,
            u"speakers[0].mentions[1]: expected [start, end]"_s);
        row("a mention with a negative offset", "[58, 62]", "[-58, 62]", false,
            u"speakers[0].mentions[1][0]: expected an offset"_s);
        row("a quote that is not an object", R"("quotes": [{)", R"("quotes": [3, {)", false,
            u"quotes[0]: expected an object"_s);
        row("a start given as a string", R"("start": 12)", R"("start": "12")", false,
            u"quotes[0].start: expected an offset (an integer ≥ 0)"_s);
        row("a fractional start", R"("start": 12)", R"("start": 12.5)", false,
            u"quotes[0].start: expected an offset"_s);
        row("a start too large for any text", R"("start": 12)", R"("start": 1e300)", false,
            u"quotes[0].start: expected an offset"_s);
        row("an end before its start", R"("end": 25)", R"("end": 2)", false,
            u"quotes[0]: end 2 is before start 12"_s);
        row("a quote without its end", R"("end": 25, )", "", false, u"quotes[0].end: missing"_s);
        row("a quote naming a speaker the document does not list", R"("speaker": "uali", "cue": "said")",
            R"("speaker": "tokayev", "cue": "said")", false,
            u"quotes[0].speaker: “tokayev” is not the id of one of the document's speakers"_s);
        row("a cue that is a number", R"("cue": "said")", R"("cue": 1)", false,
            u"quotes[0].cue: expected a string or null"_s);
        row("a confidence that is text", R"("confidence": 0.9)", R"("confidence": "high")", false,
            u"quotes[0].confidence: expected a number"_s);
        row("quote marks that are not a boolean", R"("quote_marks": true)", R"("quote_marks": "yes")", false,
            u"quotes[0].quote_marks: expected true or false"_s);
        row("a figure value that is text", R"("value": 43000000000)", R"("value": "43 billion")", false,
            u"figures[0].value: expected a number"_s);
        row("a figure year that is text", R"("year": 2023)", R"("year": "2023")", false,
            u"figures[0].year: expected a year or null"_s);
        row("a stance without a speaker", R"("speaker": "uali", "target")", R"("speaker": null, "target")",
            false, u"stances[0].speaker: expected a string"_s);
        row("a stance score out of range", R"("score": -1)", R"("score": -3)", false,
            u"stances[0].score: expected an integer from -2 to 2"_s);
        row("evidence that is not an array", R"("evidence": [[12, 25]])", R"("evidence": 12)", false,
            u"stances[0].evidence: expected an array of [start, end] pairs"_s);
        row("a range past the end of the text", R"("end": 25)", R"("end": 250)", true,
            u"quotes[0]: end 250 is past the end of the text (68 UTF-16 units)"_s);
        row("a text that is not the text at its range", R"("text": "We will wait.")",
            R"("text": "We will not wait.")", true,
            u"quotes[0].text: “We will not wait.” is not the text at 12–25 (“We will wait.”)"_s);
    }

    void malformedInputIsRefusedWithItsPlace()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(bool, withText);
        QFETCH(QString, error);
        QVERIFY2(kValid.contains(from), from.constData());
        QByteArray json = kValid;
        json.replace(from, to);
        const QJsonObject object = objectOf(json);
        QVERIFY2(!object.isEmpty(), "the changed JSON does not parse");
        const auto read = withText ? analysisFromJson(object, kText) : analysisFromJson(object);
        QVERIFY2(std::holds_alternative<QString>(read), "malformed input was accepted");
        QVERIFY2(std::get<QString>(read).startsWith(error), qPrintable(problemOf(read)));
        // The unchanged document is accepted, with and without the text.
        QVERIFY(std::holds_alternative<DocumentAnalysis>(analysisFromJson(objectOf(kValid), kText)));
    }
};

QTEST_GUILESS_MAIN(TestAnalysisJson)
#include "tst_analysisjson.moc"
