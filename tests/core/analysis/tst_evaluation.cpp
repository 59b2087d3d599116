#include "core/analysis/Evaluation.h"
#include "core/analysis/GoldSet.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace claimscope::core;
using namespace Qt::StringLiterals;

// The rows build analyses with designated initializers, naming only the lists a row is about.
// GCC 12 warns about every member left to its default there; the defaults are the point.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

Q_DECLARE_METATYPE(claimscope::core::DocumentAnalysis)
Q_DECLARE_METATYPE(claimscope::core::MatchCounts)
Q_DECLARE_METATYPE(QList<claimscope::core::TextRange>)

namespace {

SpeakerMention person(const QString &id, const QList<TextRange> &mentions)
{
    SpeakerMention speaker;
    speaker.id = id;
    speaker.name = id;
    speaker.mentions = mentions;
    return speaker;
}

QuoteAnnotation quote(qsizetype start, qsizetype end, const QString &speaker = {}, bool marks = true)
{
    QuoteAnnotation q;
    q.range = {start, end};
    q.speaker = speaker;
    q.quoteMarks = marks;
    return q;
}

ClaimAnnotation claim(qsizetype start, qsizetype end, const QString &speaker = {})
{
    ClaimAnnotation c;
    c.range = {start, end};
    c.speaker = speaker;
    return c;
}

FigureAnnotation figure(qsizetype start, qsizetype end, double value)
{
    FigureAnnotation f;
    f.range = {start, end};
    f.value = value;
    return f;
}

StanceAnnotation stance(const QString &speaker, int score, double confidence = 0)
{
    StanceAnnotation s;
    s.speaker = speaker;
    s.score = score;
    s.confidence = confidence;
    return s;
}

// Every count of a score on one line, so that a row states all of its consequences and a failure
// shows them side by side: tp/fp/fn for matches, agreeing/total for rates.
QString counts(const DocumentScore &s)
{
    const auto m = [](const MatchCounts &c) {
        return u"%1/%2/%3"_s.arg(c.truePositives).arg(c.falsePositives).arg(c.falseNegatives);
    };
    const auto r = [](const RateCount &c) {
        return u"%1/%2"_s.arg(c.agreeing).arg(c.total);
    };
    return u"qm %1 qa %2 attr %3 cl %4 fig %5 cov %6 exact %7 sign %8"_s.arg(
        m(s.quotesMarked), m(s.quotesAll), r(s.attribution), m(s.claims), m(s.figures), r(s.stanceCoverage),
        r(s.stanceExact), r(s.stanceSign));
}

const QString kNothing = u"qm 0/0/0 qa 0/0/0 attr 0/0 cl 0/0/0 fig 0/0/0 cov 0/0 exact 0/0 sign 0/0"_s;

// A gold file about "Tokayev said “no”." (code points: Tokayev [0,7), said [8,12), no [14,16)).
// A null section is left out of the file.
QByteArray goldJson(const char *speakers, const char *quotes, const char *claims = "[]",
                    const char *figures = "[]", const char *stances = "[]", const char *file = "doc.txt")
{
    QByteArray json = "{\"language\": \"en\"";
    if (file)
        json += ", \"file\": \"" + QByteArray(file) + '"';
    const std::pair<const char *, const char *> sections[] = {{"speakers", speakers},
                                                              {"quotes", quotes},
                                                              {"claims", claims},
                                                              {"figures", figures},
                                                              {"stances", stances}};
    for (const auto &[name, value] : sections) {
        if (value)
            json += ", \"" + QByteArray(name) + "\": " + QByteArray(value);
    }
    return json + '}';
}

const char *const kTokayev =
    R"([{"id": "tokayev", "quoted": true, "mention_role": "speaker", "mentions": [[0, 7]]}])";
const char *const kQuoteNo = R"([{"start": 14, "end": 16, "text": "no", "speaker": "tokayev", "cue": "said",
    "cue_span": [8, 12], "kind": "direct", "quote_marks": true}])";
const QByteArray kDocument = QByteArray("Tokayev said “no”.");

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QString describe(const GoldResult &result)
{
    return result.ok() ? u"loaded"_s : result.error().text();
}

// Checks that a score is perfect, naming the measure that is not.
QString imperfection(const DocumentScore &s)
{
    const std::pair<const char *, MatchCounts> matches[] = {{"quotes (marked)", s.quotesMarked},
                                                            {"quotes (all)", s.quotesAll},
                                                            {"claims", s.claims},
                                                            {"figures", s.figures}};
    for (const auto &[name, c] : matches) {
        if (c.falsePositives || c.falseNegatives || c.precision() != 1.0 || c.recall() != 1.0 ||
            c.f1() != 1.0)
            return QString::fromLatin1(name) + u": "_s + counts(s);
    }
    const std::pair<const char *, RateCount> rates[] = {{"attribution", s.attribution},
                                                        {"stance coverage", s.stanceCoverage},
                                                        {"stance exact", s.stanceExact},
                                                        {"stance sign", s.stanceSign}};
    for (const auto &[name, c] : rates) {
        if (c.agreeing != c.total || c.rate() != 1.0)
            return QString::fromLatin1(name) + u": "_s + counts(s);
    }
    return {};
}

} // namespace

class TestEvaluation final : public QObject {
    Q_OBJECT

private slots:
    // ---- gold loading ---------------------------------------------------------------------------

    void convertsCodePointsToUtf16_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("codePointStart");
        QTest::addColumn<int>("codePointEnd");
        QTest::addColumn<QString>("quoted");
        QTest::addColumn<int>("utf16Start");
        QTest::addColumn<int>("utf16End");

        QTest::newRow("without characters outside the BMP, code points and UTF-16 units agree")
            << u"Tokayev said “no”."_s << 14 << 16 << u"no"_s << 14 << 16;
        QTest::newRow("an emoji before the span moves it one UTF-16 unit on")
            << u"😀 Tokayev said “no”."_s << 16 << 18 << u"no"_s << 17 << 19;
        QTest::newRow("two emoji before the span move it two units on")
            << u"😀👍 Tokayev said “no”."_s << 17 << 19 << u"no"_s << 19 << 21;
        QTest::newRow("an emoji inside the span makes it one unit longer")
            << u"Tokayev said “no 😀”."_s << 14 << 18 << u"no 😀"_s << 14 << 19;
        QTest::newRow("Cyrillic letters and a no-break space are one unit each")
            << u"Токаев\u00a0сказал «нет»."_s << 15 << 18 << u"нет"_s << 15 << 18;
    }

    void convertsCodePointsToUtf16()
    {
        QFETCH(QString, text);
        QFETCH(int, codePointStart);
        QFETCH(int, codePointEnd);
        QFETCH(QString, quoted);
        QFETCH(int, utf16Start);
        QFETCH(int, utf16End);

        const QByteArray quotes =
            u"[{\"start\": %1, \"end\": %2, \"text\": \"%3\", \"speaker\": null, \"source\": "
            "\"the press\", \"cue\": null, \"kind\": \"direct\", \"quote_marks\": true}]"_s
                .arg(codePointStart)
                .arg(codePointEnd)
                .arg(quoted)
                .toUtf8();
        const QByteArray json = goldJson("[]", quotes.constData());

        // From memory and from files: both must give UTF-16 ranges into the same text.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeFile(dir.filePath(u"doc.txt"_s), text.toUtf8()));
        QVERIFY(writeFile(dir.filePath(u"doc.gold.json"_s), json));
        const GoldResult results[] = {parseGold(json, text, u"doc.gold.json"_s),
                                      loadGoldFile(dir.filePath(u"doc.gold.json"_s))};
        for (const GoldResult &result : results) {
            QVERIFY2(result.ok(), qPrintable(describe(result)));
            const GoldDocument &gold = result.document();
            QCOMPARE(gold.text, text);
            QCOMPARE(gold.analysis.quotes.size(), 1);
            const QuoteAnnotation &q = gold.analysis.quotes.first();
            QCOMPARE(q.range, (TextRange{utf16Start, utf16End}));
            QCOMPARE(gold.text.mid(q.range.start, q.range.length()), quoted);
            QCOMPARE(gold.quoteInfo.first().source, u"the press"_s);
        }
    }

    void loadsEveryField()
    {
        // Code points from Python: Tokayev [2,9), said [10,14), claim [22,42), quote [45,63),
        // he [65,67), said [68,72), figure [80,84), hawks [100,105). Each emoji before a span
        // adds one UTF-16 unit, so the expected ranges are found in the QString itself.
        const QString text = u"😀 Tokayev said that 😀 Kazakhstan will wait. “We are 😀 partners,” he said. "
                             "It is 50 % of trade. The “hawks” 😀 disagree."_s;
        const QByteArray json = R"({"file": "doc.txt", "language": "en",
            "speakers": [{"id": "tokayev", "quoted": true, "mention_role": "speaker", "mentions": [[2, 9]]}],
            "quotes": [{"start": 45, "end": 63, "text": "We are 😀 partners,", "speaker": "tokayev", "cue": "said",
                        "cue_span": [68, 72], "kind": "direct", "quote_marks": false, "closing_mark": false,
                        "borderline": true, "note": "a test"}],
            "claims": [{"start": 22, "end": 42, "text": "Kazakhstan will wait", "speaker": "tokayev", "cue": "said",
                        "cue_span": [10, 14], "kind": "indirect", "borderline": true}],
            "figures": [{"start": 80, "end": 84, "text": "50 %", "value": 50, "unit": "percent", "measure": "share",
                         "subject": "trade", "year": null, "speaker": null, "qualifier": "about",
                         "source": "customs"}],
            "stances": [{"speaker": "tokayev", "target": "joining", "score": -1, "basis": "expressed",
                         "reason": "waits", "evidence": [[45, 63]], "evidence_text": ["We are 😀 partners,"]}],
            "non_speech_quoted": [{"start": 100, "end": 105, "text": "hawks", "type": "scare_quote"}]})";
        const GoldResult result = parseGold(json, text, u"/x/doc.gold.json"_s);
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        const GoldDocument &gold = result.document();
        const auto at = [&text](const QString &part) {
            const qsizetype start = text.indexOf(part);
            return TextRange{start, start + part.size()};
        };

        QCOMPARE(gold.name, u"doc"_s);
        QCOMPARE(gold.analysis.language, u"en"_s);
        QCOMPARE(gold.analysis.speakers.size(), 1);
        QCOMPARE(gold.analysis.speakers.first().id, u"tokayev"_s);
        QCOMPARE(gold.analysis.speakers.first().mentions, QList<TextRange>{at(u"Tokayev"_s)});
        QCOMPARE(gold.speakerInfo.first().mentionRole, u"speaker"_s);
        QVERIFY(gold.speakerInfo.first().quoted);

        const QuoteAnnotation &q = gold.analysis.quotes.first();
        QCOMPARE(q.range, at(u"We are 😀 partners,"_s));
        QCOMPARE(q.range, (TextRange{47, 66}));
        QCOMPARE(q.cueRange, (TextRange{71, 75}));
        QCOMPARE(q.cue, u"said"_s);
        QCOMPARE(q.speaker, u"tokayev"_s);
        QVERIFY(!q.quoteMarks);
        QVERIFY(!gold.quoteInfo.first().closingMark);
        QVERIFY(gold.quoteInfo.first().borderline);
        QCOMPARE(gold.quoteInfo.first().note, u"a test"_s);

        const ClaimAnnotation &c = gold.analysis.claims.first();
        QCOMPARE(c.range, at(u"Kazakhstan will wait"_s));
        QCOMPARE(c.cueRange, at(u"said"_s));
        QVERIFY(gold.claimInfo.first().borderline);

        const FigureAnnotation &f = gold.analysis.figures.first();
        QCOMPARE(f.range, at(u"50 %"_s));
        QCOMPARE(f.value, 50.0);
        QCOMPARE(f.unit, u"percent"_s);
        QCOMPARE(f.qualifier, u"about"_s);
        QVERIFY(!f.year.has_value());
        QVERIFY(f.speaker.isEmpty());
        QCOMPARE(gold.figureInfo.first().source, u"customs"_s);

        const StanceAnnotation &s = gold.analysis.stances.first();
        QCOMPARE(s.speaker, u"tokayev"_s);
        QCOMPARE(s.score, -1);
        QCOMPARE(s.evidence, QList<TextRange>{at(u"We are 😀 partners,"_s)});
        QCOMPARE(gold.stanceInfo.first().basis, u"expressed"_s);

        QCOMPARE(gold.nonSpeechQuoted.size(), 1);
        QCOMPARE(gold.nonSpeechQuoted.first().range, at(u"hawks"_s));
        QCOMPARE(gold.nonSpeechQuoted.first().type, u"scare_quote"_s);
    }

    void rejectsBadGold_data()
    {
        QTest::addColumn<QByteArray>("gold");     // null: no gold file is written
        QTest::addColumn<QByteArray>("document"); // null: no document is written
        QTest::addColumn<QString>("expected");

        const QByteArray valid = goldJson(kTokayev, kQuoteNo);
        QTest::newRow("a valid gold file loads (the baseline of the rows below)")
            << valid << kDocument << QString();
        QTest::newRow("broken JSON is refused with the parser's reason")
            << QByteArray(R"({"file": "doc.txt",)") << kDocument << u"broken JSON at byte"_s;
        QTest::newRow("a top level that is not an object is refused")
            << QByteArray("[]") << kDocument << u"not a JSON object"_s;
        QTest::newRow("a gold file that does not exist is reported")
            << QByteArray() << kDocument << u"doc.gold.json not found"_s;
        QTest::newRow("a gold file without the name of its document is refused")
            << goldJson(kTokayev, kQuoteNo, "[]", "[]", "[]", nullptr) << kDocument
            << u"file: missing the name of the document"_s;
        QTest::newRow("a document name with a folder in it is refused")
            << goldJson(kTokayev, kQuoteNo, "[]", "[]", "[]", "../doc.txt") << kDocument
            << u"plain file name"_s;
        QTest::newRow("the document named by file must exist")
            << goldJson(kTokayev, kQuoteNo, "[]", "[]", "[]", "missing.txt") << kDocument
            << u"missing.txt not found"_s;
        QTest::newRow("a document that is not valid UTF-8 is refused")
            << valid << QByteArray("Tokayev \xff said") << u"is not valid UTF-8"_s;
        QTest::newRow("a missing section is refused rather than read as empty")
            << goldJson(kTokayev, kQuoteNo, nullptr) << kDocument << u"missing the \"claims\" array"_s;
        QTest::newRow("a quote ending past the end of the document is refused")
            << goldJson(kTokayev,
                        R"([{"start": 14, "end": 99, "text": "no", "speaker": null, "kind": "direct",
                "quote_marks": true}])")
            << kDocument << u"quotes[0]: span [14, 99) is empty or outside the document (18 code points)"_s;
        QTest::newRow("a quote that ends where it starts is refused")
            << goldJson(kTokayev, R"([{"start": 14, "end": 14, "text": "", "speaker": null, "kind": "direct",
                "quote_marks": true}])")
            << kDocument << u"quotes[0]: span [14, 14) is empty"_s;
        QTest::newRow("an offset that is not an integer is refused")
            << goldJson(kTokayev,
                        R"([{"start": 14.5, "end": 16, "text": "no", "speaker": null, "kind": "direct",
                "quote_marks": true}])")
            << kDocument << u"quotes[0]: offsets must be integers"_s;
        QTest::newRow("a quote whose text differs from the document is refused")
            << goldJson(kTokayev,
                        R"([{"start": 14, "end": 16, "text": "No", "speaker": null, "kind": "direct",
                "quote_marks": true}])")
            << kDocument << u"quotes[0]: text differs: gold “No” but the document has “no”"_s;
        QTest::newRow("offsets counted in UTF-16 units instead of code points are caught by the text check")
            << goldJson("[]", R"([{"start": 17, "end": 19, "text": "no", "speaker": null, "kind": "direct",
                "quote_marks": true}])")
            << QByteArray("😀 Tokayev said “no”.")
            << u"quotes[0]: text differs: gold “no” but the document has “o”"_s;
        QTest::newRow("a mention outside the document is refused")
            << goldJson(R"([{"id": "tokayev", "mentions": [[0, 70]]}])", "[]") << kDocument
            << u"speakers[0] (tokayev).mentions[0]: span [0, 70) is empty or outside"_s;
        QTest::newRow("a cue that differs from its cue_span is refused")
            << goldJson(kTokayev,
                        R"([{"start": 14, "end": 16, "text": "no", "speaker": "tokayev", "cue": "said",
                "cue_span": [7, 12], "kind": "direct", "quote_marks": true}])")
            << kDocument << u"quotes[0].cue_span: cue differs: gold “said” but the document has “ said”"_s;
        QTest::newRow("a cue without its cue_span is refused")
            << goldJson(kTokayev,
                        R"([{"start": 14, "end": 16, "text": "no", "speaker": "tokayev", "cue": "said",
                "kind": "direct", "quote_marks": true}])")
            << kDocument << u"quotes[0].cue_span: expected [start, end]"_s;
        QTest::newRow("a speaker that is not declared is refused")
            << goldJson(kTokayev,
                        R"([{"start": 14, "end": 16, "text": "no", "speaker": "peskov", "kind": "direct",
                "quote_marks": true}])")
            << kDocument << u"quotes[0]: speaker \"peskov\" is not declared"_s;
        QTest::newRow("a quote without quote_marks is refused, since marked quotes are scored apart")
            << goldJson(kTokayev,
                        R"([{"start": 14, "end": 16, "text": "no", "speaker": null, "kind": "direct"}])")
            << kDocument << u"quotes[0]: quote_marks must be true or false"_s;
        QTest::newRow("a claim without a speaker key is refused")
            << goldJson(kTokayev, "[]", R"([{"start": 14, "end": 16, "text": "no", "kind": "indirect"}])")
            << kDocument << u"claims[0]: missing \"speaker\""_s;
        QTest::newRow("a figure without a numeric value is refused")
            << goldJson(kTokayev, "[]", "[]", R"([{"start": 14, "end": 16, "text": "no", "value": "two",
                "speaker": null}])")
            << kDocument << u"figures[0]: value must be a number"_s;
        QTest::newRow("a stance score outside -2..2 is refused")
            << goldJson(kTokayev, "[]", "[]", "[]", R"([{"speaker": "tokayev", "score": 3}])") << kDocument
            << u"stances[0]: score must be an integer from -2 to 2"_s;
        QTest::newRow("a stance without a speaker is refused")
            << goldJson(kTokayev, "[]", "[]", "[]", R"([{"speaker": null, "score": 1}])") << kDocument
            << u"stances[0]: speaker must be an id"_s;
        QTest::newRow("a second stance for the same person is refused")
            << goldJson(kTokayev, "[]", "[]", "[]",
                        R"([{"speaker": "tokayev", "score": 1}, {"speaker": "tokayev", "score": -1}])")
            << kDocument << u"stances[1]: a second stance for \"tokayev\""_s;
        QTest::newRow("stance evidence whose text differs is refused")
            << goldJson(
                   kTokayev, "[]", "[]", "[]",
                   R"([{"speaker": "tokayev", "score": 1, "evidence": [[8, 12]], "evidence_text": ["says"]}])")
            << kDocument << u"stances[0].evidence[0]: evidence_text differs"_s;
    }

    void rejectsBadGold()
    {
        QFETCH(QByteArray, gold);
        QFETCH(QByteArray, document);
        QFETCH(QString, expected);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString goldPath = dir.filePath(u"doc.gold.json"_s);
        if (!gold.isNull())
            QVERIFY(writeFile(goldPath, gold));
        if (!document.isNull())
            QVERIFY(writeFile(dir.filePath(u"doc.txt"_s), document));

        const GoldResult result = loadGoldFile(goldPath);
        if (expected.isEmpty()) {
            QVERIFY2(result.ok(), qPrintable(describe(result)));
            return;
        }
        QVERIFY(!result.ok());
        const QString message = result.error().text();
        QVERIFY2(message.startsWith(goldPath + u": "_s), qPrintable(message));
        QVERIFY2(message.contains(expected), qPrintable(message));
    }

    void loadsBothFolderLayouts_data()
    {
        QTest::addColumn<QString>("goldSubfolder");
        QTest::newRow("seeds layout: the texts beside the gold files") << QString();
        QTest::newRow("sample layout: the gold files in a gold/ subfolder") << u"gold"_s;
    }

    void loadsBothFolderLayouts()
    {
        QFETCH(QString, goldSubfolder);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QDir docs(dir.path());
        QVERIFY(goldSubfolder.isEmpty() || docs.mkdir(goldSubfolder));
        const QDir golds(docs.filePath(goldSubfolder));
        for (const QString &name : {u"a"_s, u"b"_s}) {
            QVERIFY(writeFile(docs.filePath(name + u".txt"_s), kDocument));
            const QByteArray file = (name + u".txt"_s).toUtf8();
            QVERIFY(writeFile(golds.filePath(name + u".gold.json"_s),
                              goldJson(kTokayev, kQuoteNo, "[]", "[]", "[]", file.constData())));
        }
        QVERIFY(writeFile(golds.filePath(u"speakers.json"_s),
                          R"([{"id": "tokayev", "name": "Kassym-Jomart Tokayev", "role": "President"}])"));

        const GoldSet set = loadGoldFolder(dir.path());
        QVERIFY2(set.errors.isEmpty(), qPrintable(set.errors.value(0).text()));
        QCOMPARE(set.documents.size(), 2);
        QCOMPARE(set.documents.at(0).name, u"a"_s);
        QCOMPARE(set.documents.at(1).name, u"b"_s);
        QCOMPARE(set.documents.at(1).documentPath, docs.filePath(u"b.txt"_s));
        QCOMPARE(set.documents.at(1).goldPath, golds.filePath(u"b.gold.json"_s));
        QCOMPARE(set.documents.at(0).analysis.speakers.first().name, u"Kassym-Jomart Tokayev"_s);
        QCOMPARE(set.documents.at(0).analysis.speakers.first().role, u"President"_s);

        // A single file finds its document the same way.
        const GoldResult single = loadGoldFile(golds.filePath(u"a.gold.json"_s));
        QVERIFY2(single.ok(), qPrintable(describe(single)));
        QCOMPARE(single.document().documentPath, docs.filePath(u"a.txt"_s));
    }

    void reportsBadFilesAndLoadsTheRest()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QDir docs(dir.path());
        QVERIFY(writeFile(docs.filePath(u"a.txt"_s), kDocument));
        QVERIFY(writeFile(docs.filePath(u"a.gold.json"_s),
                          goldJson(kTokayev, kQuoteNo, "[]", "[]", "[]", "a.txt")));
        QVERIFY(writeFile(docs.filePath(u"b.gold.json"_s), "{"));

        const GoldSet set = loadGoldFolder(dir.path());
        QCOMPARE(set.documents.size(), 1);
        QCOMPARE(set.errors.size(), 1);
        QVERIFY2(set.errors.first().text().startsWith(docs.filePath(u"b.gold.json"_s)),
                 qPrintable(set.errors.first().text()));

        QTemporaryDir empty;
        const GoldSet none = loadGoldFolder(empty.path());
        QVERIFY(none.documents.isEmpty());
        QCOMPARE(none.errors.size(), 1);
        QVERIFY(none.errors.first().text().contains(u"no *.gold.json files"_s));
    }

    // ---- scoring --------------------------------------------------------------------------------

    void ratesOfCounts_data()
    {
        QTest::addColumn<MatchCounts>("counts");
        QTest::addColumn<double>("precision");
        QTest::addColumn<double>("recall");
        QTest::addColumn<double>("f1");

        QTest::newRow("nothing expected and nothing found scores 1")
            << MatchCounts{0, 0, 0} << 1.0 << 1.0 << 1.0;
        QTest::newRow("something found where nothing was expected scores 0")
            << MatchCounts{0, 2, 0} << 0.0 << 0.0 << 0.0;
        QTest::newRow("nothing found where something was expected scores 0")
            << MatchCounts{0, 0, 3} << 0.0 << 0.0 << 0.0;
        QTest::newRow("everything found and nothing else scores 1")
            << MatchCounts{4, 0, 0} << 1.0 << 1.0 << 1.0;
        QTest::newRow("three found, one false, one missed") << MatchCounts{3, 1, 1} << 0.75 << 0.75 << 0.75;
        QTest::newRow("one found of four, nothing false") << MatchCounts{1, 0, 3} << 1.0 << 0.25 << 0.4;
        QTest::newRow("only false finds score 0 without dividing by zero")
            << MatchCounts{0, 3, 2} << 0.0 << 0.0 << 0.0;
    }

    void ratesOfCounts()
    {
        QFETCH(MatchCounts, counts);
        QFETCH(double, precision);
        QFETCH(double, recall);
        QFETCH(double, f1);
        QCOMPARE(counts.precision(), precision);
        QCOMPARE(counts.recall(), recall);
        QCOMPARE(counts.f1(), f1);
        QCOMPARE((RateCount{0, 0}).rate(), 1.0);
        QCOMPARE((RateCount{3, 4}).rate(), 0.75);
    }

    void scoresHandMadeCases_data()
    {
        QTest::addColumn<DocumentAnalysis>("gold");
        QTest::addColumn<DocumentAnalysis>("predicted");
        QTest::addColumn<QString>("expected");

        const QString a = u"a"_s;
        const QString b = u"b"_s;
        const DocumentAnalysis rich{
            .language = u"en"_s,
            .speakers = {person(a, {{0, 5}, {44, 49}}), person(b, {{90, 95}})},
            .quotes = {quote(10, 20, a), quote(30, 40, b, false)},
            .claims = {claim(50, 60, a), claim(60, 70)},
            .figures = {figure(80, 83, 43e9)},
            .stances = {stance(a, -1), stance(b, 2)},
        };
        QTest::newRow("a perfect prediction finds everything")
            << rich << rich << u"qm 1/0/0 qa 2/0/0 attr 2/2 cl 2/0/0 fig 1/0/0 cov 2/2 exact 2/2 sign 2/2"_s;

        const DocumentAnalysis oneQuote{.quotes = {quote(10, 20)}};
        QTest::newRow("a prediction overlapping exactly half of the gold quote matches")
            << oneQuote << DocumentAnalysis{.quotes = {quote(15, 30)}}
            << u"qm 1/0/0 qa 1/0/0 attr 1/1 cl 0/0/0 fig 0/0/0 cov 0/0 exact 0/0 sign 0/0"_s;
        QTest::newRow("a prediction overlapping less than half of the gold quote does not match")
            << oneQuote << DocumentAnalysis{.quotes = {quote(16, 30)}}
            << u"qm 0/1/1 qa 0/1/1 attr 0/0 cl 0/0/0 fig 0/0/0 cov 0/0 exact 0/0 sign 0/0"_s;
        QTest::newRow("half is taken of the gold span: a long prediction over half a short quote matches")
            << DocumentAnalysis{.quotes = {quote(10, 14)}} << DocumentAnalysis{.quotes = {quote(0, 12)}}
            << u"qm 1/0/0 qa 1/0/0 attr 1/1 cl 0/0/0 fig 0/0/0 cov 0/0 exact 0/0 sign 0/0"_s;
        QTest::newRow("half is taken of the gold span: a short prediction inside a long quote does not match")
            << DocumentAnalysis{.quotes = {quote(0, 12)}} << DocumentAnalysis{.quotes = {quote(4, 9)}}
            << u"qm 0/1/1 qa 0/1/1 attr 0/0 cl 0/0/0 fig 0/0/0 cov 0/0 exact 0/0 sign 0/0"_s;
        QTest::newRow("a gold quote found by two predictions counts once and the second is a false positive")
            << oneQuote << DocumentAnalysis{.quotes = {quote(10, 20), quote(12, 20)}}
            << u"qm 1/1/0 qa 1/1/0 attr 1/1 cl 0/0/0 fig 0/0/0 cov 0/0 exact 0/0 sign 0/0"_s;
        QTest::newRow("greedy matching pairs each gold quote with the prediction overlapping it most")
            << DocumentAnalysis{.quotes = {quote(0, 10), quote(10, 20)}}
            << DocumentAnalysis{.quotes = {quote(5, 20), quote(0, 6)}}
            << u"qm 2/0/0 qa 2/0/0 attr 2/2 cl 0/0/0 fig 0/0/0 cov 0/0 exact 0/0 sign 0/0"_s;
        QTest::newRow("a prediction spanning two gold quotes matches only one of them")
            << DocumentAnalysis{.quotes = {quote(0, 10), quote(10, 20)}}
            << DocumentAnalysis{.quotes = {quote(0, 20)}}
            << u"qm 1/0/1 qa 1/0/1 attr 1/1 cl 0/0/0 fig 0/0/0 cov 0/0 exact 0/0 sign 0/0"_s;

        const QList<SpeakerMention> twoPeople{person(a, {{0, 5}}), person(b, {{100, 105}})};
        QTest::newRow("a wrong speaker lowers attribution and claims but not quote detection")
            << DocumentAnalysis{.speakers = twoPeople,
                                .quotes = {quote(10, 20, a)},
                                .claims = {claim(30, 40, a)}}
            << DocumentAnalysis{.speakers = twoPeople,
                                .quotes = {quote(10, 20, b)},
                                .claims = {claim(30, 40, b)}}
            << u"qm 1/0/0 qa 1/0/0 attr 0/1 cl 0/1/1 fig 0/0/0 cov 0/0 exact 0/0 sign 0/0"_s;

        const QString someone = u"person-1"_s;
        QTest::newRow("a speaker with another id is recognised through overlapping mentions")
            << DocumentAnalysis{.speakers = {person(a, {{0, 7}, {50, 57}})},
                                .quotes = {quote(10, 20, a)},
                                .claims = {claim(30, 40, a)},
                                .stances = {stance(a, 1)}}
            << DocumentAnalysis{.speakers = {person(someone, {{0, 7}, {50, 57}, {90, 92}})},
                                .quotes = {quote(10, 20, someone)},
                                .claims = {claim(30, 40, someone)},
                                .stances = {stance(someone, 1)}}
            << u"qm 1/0/0 qa 1/0/0 attr 1/1 cl 1/0/0 fig 0/0/0 cov 1/1 exact 1/1 sign 1/1"_s;
        QTest::newRow("a predicted speaker whose mentions mostly overlap one gold person is that person")
            << DocumentAnalysis{.speakers = {person(a, {{0, 7}}), person(b, {{20, 27}, {40, 47}})},
                                .quotes = {quote(60, 70, b)},
                                .claims = {claim(80, 90, a)}}
            << DocumentAnalysis{.speakers = {person(someone, {{0, 7}, {20, 27}, {40, 47}})},
                                .quotes = {quote(60, 70, someone)},
                                .claims = {claim(80, 90, someone)}}
            << u"qm 1/0/0 qa 1/0/0 attr 1/1 cl 0/1/1 fig 0/0/0 cov 0/0 exact 0/0 sign 0/0"_s;
        QTest::newRow("a literally equal speaker id counts without any mentions")
            << DocumentAnalysis{.quotes = {quote(10, 20, a)}}
            << DocumentAnalysis{.quotes = {quote(10, 20, a)}}
            << u"qm 1/0/0 qa 1/0/0 attr 1/1 cl 0/0/0 fig 0/0/0 cov 0/0 exact 0/0 sign 0/0"_s;
        QTest::newRow("a gold quote without speaker agrees with a prediction without speaker")
            << DocumentAnalysis{.quotes = {quote(10, 20)}} << DocumentAnalysis{.quotes = {quote(10, 20)}}
            << u"qm 1/0/0 qa 1/0/0 attr 1/1 cl 0/0/0 fig 0/0/0 cov 0/0 exact 0/0 sign 0/0"_s;
        QTest::newRow("an institutional claim matches a prediction without speaker")
            << DocumentAnalysis{.claims = {claim(10, 20)}} << DocumentAnalysis{.claims = {claim(10, 20)}}
            << u"qm 0/0/0 qa 0/0/0 attr 0/0 cl 1/0/0 fig 0/0/0 cov 0/0 exact 0/0 sign 0/0"_s;
        QTest::newRow("a person credited with an institutional claim is wrong")
            << DocumentAnalysis{.claims = {claim(10, 20)}} << DocumentAnalysis{.claims = {claim(10, 20, a)}}
            << u"qm 0/0/0 qa 0/0/0 attr 0/0 cl 0/1/1 fig 0/0/0 cov 0/0 exact 0/0 sign 0/0"_s;
        QTest::newRow("a person's claim predicted without speaker is wrong")
            << DocumentAnalysis{.claims = {claim(10, 20, a)}} << DocumentAnalysis{.claims = {claim(10, 20)}}
            << u"qm 0/0/0 qa 0/0/0 attr 0/0 cl 0/1/1 fig 0/0/0 cov 0/0 exact 0/0 sign 0/0"_s;
        QTest::newRow("unmarked direct speech counts among all quotes only")
            << DocumentAnalysis{.quotes = {quote(10, 20, {}, false)}}
            << DocumentAnalysis{.quotes = {quote(10, 20, {}, false)}}
            << u"qm 0/0/0 qa 1/0/0 attr 1/1 cl 0/0/0 fig 0/0/0 cov 0/0 exact 0/0 sign 0/0"_s;
        QTest::newRow("a marked gold quote predicted as unmarked is missed among marked quotes")
            << DocumentAnalysis{.quotes = {quote(10, 20)}}
            << DocumentAnalysis{.quotes = {quote(10, 20, {}, false)}}
            << u"qm 0/0/1 qa 1/0/0 attr 1/1 cl 0/0/0 fig 0/0/0 cov 0/0 exact 0/0 sign 0/0"_s;

        const DocumentAnalysis billions{.figures = {figure(0, 10, 43e9)}};
        QTest::newRow("a figure value 1% off matches")
            << billions << DocumentAnalysis{.figures = {figure(0, 10, 43e9 * 1.01)}}
            << u"qm 0/0/0 qa 0/0/0 attr 0/0 cl 0/0/0 fig 1/0/0 cov 0/0 exact 0/0 sign 0/0"_s;
        QTest::newRow("a figure value exactly 1% off matches despite binary rounding (13 and 13.13)")
            << DocumentAnalysis{.figures = {figure(0, 10, 13)}}
            << DocumentAnalysis{.figures = {figure(0, 10, 13.13)}}
            << u"qm 0/0/0 qa 0/0/0 attr 0/0 cl 0/0/0 fig 1/0/0 cov 0/0 exact 0/0 sign 0/0"_s;
        QTest::newRow("a figure value 2% off does not match")
            << billions << DocumentAnalysis{.figures = {figure(0, 10, 43e9 * 1.02)}}
            << u"qm 0/0/0 qa 0/0/0 attr 0/0 cl 0/0/0 fig 0/1/1 cov 0/0 exact 0/0 sign 0/0"_s;
        QTest::newRow("a figure value 2% low does not match either")
            << billions << DocumentAnalysis{.figures = {figure(0, 10, 43e9 * 0.98)}}
            << u"qm 0/0/0 qa 0/0/0 attr 0/0 cl 0/0/0 fig 0/1/1 cov 0/0 exact 0/0 sign 0/0"_s;
        QTest::newRow("a figure with the right value but too little overlap does not match")
            << billions << DocumentAnalysis{.figures = {figure(6, 12, 43e9)}}
            << u"qm 0/0/0 qa 0/0/0 attr 0/0 cl 0/0/0 fig 0/1/1 cov 0/0 exact 0/0 sign 0/0"_s;

        const DocumentAnalysis against{.stances = {stance(a, -2)}};
        QTest::newRow("a stance of the same sign but another score agrees on sign only")
            << against << DocumentAnalysis{.stances = {stance(a, -1)}}
            << u"qm 0/0/0 qa 0/0/0 attr 0/0 cl 0/0/0 fig 0/0/0 cov 1/1 exact 0/1 sign 1/1"_s;
        QTest::newRow("a stance of the opposite sign agrees on nothing")
            << against << DocumentAnalysis{.stances = {stance(a, 1)}}
            << u"qm 0/0/0 qa 0/0/0 attr 0/0 cl 0/0/0 fig 0/0/0 cov 1/1 exact 0/1 sign 0/1"_s;
        QTest::newRow("a neutral stance and a favourable one differ in sign")
            << DocumentAnalysis{.stances = {stance(a, 0)}} << DocumentAnalysis{.stances = {stance(a, 1)}}
            << u"qm 0/0/0 qa 0/0/0 attr 0/0 cl 0/0/0 fig 0/0/0 cov 1/1 exact 0/1 sign 0/1"_s;
        QTest::newRow("a missing stance is a disagreement and lowers coverage")
            << DocumentAnalysis{.stances = {stance(a, 1), stance(b, -1)}}
            << DocumentAnalysis{.stances = {stance(a, 1)}}
            << u"qm 0/0/0 qa 0/0/0 attr 0/0 cl 0/0/0 fig 0/0/0 cov 1/2 exact 1/2 sign 1/2"_s;
        QTest::newRow("a stance for somebody else does not count for the gold person")
            << DocumentAnalysis{.stances = {stance(a, 1)}} << DocumentAnalysis{.stances = {stance(b, 1)}}
            << u"qm 0/0/0 qa 0/0/0 attr 0/0 cl 0/0/0 fig 0/0/0 cov 0/1 exact 0/1 sign 0/1"_s;
        QTest::newRow("of two predicted stances for one person the more confident one counts")
            << DocumentAnalysis{.stances = {stance(a, 1)}}
            << DocumentAnalysis{.stances = {stance(a, -1, 0.3), stance(a, 1, 0.9), stance(a, -2, 0.5)}}
            << u"qm 0/0/0 qa 0/0/0 attr 0/0 cl 0/0/0 fig 0/0/0 cov 1/1 exact 1/1 sign 1/1"_s;

        QTest::newRow("an empty gold and an empty prediction count nothing")
            << DocumentAnalysis{} << DocumentAnalysis{} << kNothing;
        QTest::newRow("everything predicted against an empty gold is a false positive")
            << DocumentAnalysis{} << rich
            << u"qm 0/1/0 qa 0/2/0 attr 0/0 cl 0/2/0 fig 0/1/0 cov 0/0 exact 0/0 sign 0/0"_s;
        QTest::newRow("an empty prediction misses everything")
            << rich << DocumentAnalysis{}
            << u"qm 0/0/1 qa 0/0/2 attr 0/0 cl 0/0/2 fig 0/0/1 cov 0/2 exact 0/2 sign 0/2"_s;
    }

    void scoresHandMadeCases()
    {
        QFETCH(DocumentAnalysis, gold);
        QFETCH(DocumentAnalysis, predicted);
        QFETCH(QString, expected);
        QCOMPARE(counts(evaluate(predicted, gold)), expected);
    }

    void perfectPredictionScoresOne()
    {
        const DocumentAnalysis gold{
            .speakers = {person(u"a"_s, {{0, 5}})},
            .quotes = {quote(10, 20, u"a"_s), quote(30, 40, {}, false)},
            .claims = {claim(50, 60, u"a"_s)},
            .figures = {figure(80, 83, 50)},
            .stances = {stance(u"a"_s, 2)},
        };
        const DocumentScore score = evaluate(gold, gold, u"perfect"_s);
        QCOMPARE(score.name, u"perfect"_s);
        QCOMPARE(imperfection(score), QString());
        QCOMPARE(score.quotesMarked.f1(), 1.0);
        QCOMPARE(score.claims.f1(), 1.0);
        QCOMPARE(score.figures.f1(), 1.0);
        QCOMPARE(score.stanceSign.rate(), 1.0);

        // Nothing to find and nothing found is perfect too, without a division by zero.
        QCOMPARE(imperfection(evaluate({}, {})), QString());
    }

    void mapsSpeakersThroughMentions_data()
    {
        QTest::addColumn<QList<TextRange>>("predictedMentions");
        QTest::addColumn<QString>("expected");

        // The gold: a at [0,7) and [50,57); b at [20,27), [30,37) and [40,47).
        QTest::newRow("identical mentions map") << QList<TextRange>{{0, 7}, {50, 57}} << u"a"_s;
        QTest::newRow("a partly overlapping mention is enough") << QList<TextRange>{{3, 12}} << u"a"_s;
        QTest::newRow("the gold person most mentions overlap wins")
            << QList<TextRange>{{0, 7}, {20, 27}, {30, 37}} << u"b"_s;
        QTest::newRow("pronouns that overlap no gold mention do not vote")
            << QList<TextRange>{{0, 7}, {60, 62}, {70, 72}, {80, 82}} << u"a"_s;
        QTest::newRow("a tie in mentions goes to the larger overlap")
            << QList<TextRange>{{0, 7}, {20, 24}} << u"a"_s;
        QTest::newRow("no overlap leaves the speaker unmapped") << QList<TextRange>{{100, 110}} << QString();
        QTest::newRow("no mentions leave the speaker unmapped") << QList<TextRange>{} << QString();
    }

    void mapsSpeakersThroughMentions()
    {
        QFETCH(QList<TextRange>, predictedMentions);
        QFETCH(QString, expected);
        const DocumentAnalysis gold{
            .speakers = {person(u"a"_s, {{0, 7}, {50, 57}}), person(u"b"_s, {{20, 27}, {30, 37}, {40, 47}})}};
        const DocumentAnalysis predicted{.speakers = {person(u"x"_s, predictedMentions)}};
        const SpeakerMapping mapping(predicted, gold);
        QCOMPARE(mapping.goldIdFor(u"x"_s), expected);
        QCOMPARE(mapping.samePerson(u"x"_s, u"a"_s), expected == u"a"_s);
        QVERIFY(mapping.samePerson(QString(), QString()));
        QVERIFY(!mapping.samePerson(QString(), u"a"_s));
        QVERIFY(!mapping.samePerson(u"x"_s, QString()));
    }

    void overallIsMicroAveraged()
    {
        DocumentScore first;
        first.name = u"first"_s;
        first.claims = {1, 0, 0};
        first.stanceExact = {1, 1};
        DocumentScore second;
        second.name = u"second"_s;
        second.claims = {0, 0, 3};
        second.stanceExact = {0, 3};

        const DocumentScore overall = overallScore({first, second});
        QCOMPARE(overall.name, u"overall"_s);
        QCOMPARE(overall.claims, (MatchCounts{1, 0, 3}));
        // Micro: 1 of 4 gold claims found. The mean of the two documents' recalls would be 0.5.
        QCOMPARE(overall.claims.recall(), 0.25);
        QCOMPARE(overall.claims.precision(), 1.0);
        QCOMPARE(overall.stanceExact.rate(), 0.25);
    }

    void rendersTable()
    {
        DocumentScore first;
        first.name = u"en-01-partner-status"_s;
        first.quotesMarked = {12, 1, 2};
        first.quotesAll = {12, 1, 2};
        first.attribution = {11, 12};
        first.claims = {5, 2, 4};
        first.stanceExact = {1, 2};
        first.stanceSign = {2, 2};
        first.stanceCoverage = {2, 2};
        DocumentScore second;
        second.name = u"x"_s;
        second.figures = {0, 1, 0};

        const QString table = renderScoreTable({first, second});
        qInfo().noquote().nospace() << '\n' << table;
        const QStringList lines = table.split(u'\n');
        QVERIFY(lines.at(0).contains(u"quotes (marked)"_s));
        QVERIFY(lines.at(0).contains(u"quotes (all)"_s));
        QVERIFY(lines.at(0).contains(u"stances"_s));
        QVERIFY(lines.at(1).startsWith(u"file"_s));
        QVERIFY(lines.at(3).startsWith(u"en-01-partner-status"_s));
        QVERIFY(lines.at(3).contains(u"0.92 12/13"_s)); // precision with its counts
        QVERIFY(lines.at(3).contains(u"0.86 12/14"_s)); // recall with its counts
        QVERIFY(lines.at(3).contains(u"0.50 1/2"_s));   // exact stance agreement
        QVERIFY(lines.at(4).startsWith(u"x "_s));
        QVERIFY(lines.at(4).contains(u"0.00 0/1"_s)); // figure precision: one false positive
        QVERIFY(lines.at(6).startsWith(u"overall"_s));
        QVERIFY(lines.at(6).contains(u"0.00 0/1"_s));
        // Fixed width: the header, the rules and every row line up.
        for (int i : {2, 3, 4, 5, 6})
            QCOMPARE(lines.at(i).size(), lines.at(1).size());
        QVERIFY(table.contains(u"micro-average"_s));
    }

    // ---- the real gold sets ---------------------------------------------------------------------

    void loadsRealGoldFolders_data()
    {
        QTest::addColumn<QString>("dir");
        QTest::addColumn<int>("documents");
        QTest::addColumn<int>("quotes");
        QTest::addColumn<int>("unmarkedQuotes");
        QTest::addColumn<int>("claims");
        QTest::addColumn<int>("figures");
        QTest::addColumn<int>("stances");

        QTest::newRow("the sample project")
            << QStringLiteral(CLAIMSCOPE_SAMPLE_DIR) << 6 << 26 << 4 << 70 << 15 << 28;
        // The seeds README's totals.
        if (QDir(QStringLiteral(CLAIMSCOPE_SEEDS_DIR)).exists())
            QTest::newRow("the seed articles")
                << QStringLiteral(CLAIMSCOPE_SEEDS_DIR) << 5 << 26 << 11 << 56 << 5 << 19;
        else
            qInfo("the shared folder is absent: only the sample project's gold files are checked");
    }

    void loadsRealGoldFolders()
    {
        QFETCH(QString, dir);
        QFETCH(int, documents);
        QFETCH(int, quotes);
        QFETCH(int, unmarkedQuotes);
        QFETCH(int, claims);
        QFETCH(int, figures);
        QFETCH(int, stances);

        const GoldSet set = loadGoldFolder(dir);
        QVERIFY2(set.errors.isEmpty(), qPrintable(set.errors.value(0).text()));
        QCOMPARE(set.documents.size(), documents);
        DocumentAnalysis all;
        QList<DocumentScore> scores;
        for (const GoldDocument &gold : set.documents) {
            all.quotes += gold.analysis.quotes;
            all.claims += gold.analysis.claims;
            all.figures += gold.analysis.figures;
            all.stances += gold.analysis.stances;
            scores.append(evaluate(gold.analysis, gold.analysis, gold.name));
            // speakers.json gave every person a name beyond the id.
            for (const SpeakerMention &speaker : gold.analysis.speakers)
                QVERIFY2(speaker.name != speaker.id, qPrintable(gold.name + u": "_s + speaker.id));
        }
        QCOMPARE(all.quotes.size(), quotes);
        QCOMPARE(std::count_if(all.quotes.cbegin(), all.quotes.cend(),
                               [](const auto &q) { return !q.quoteMarks; }),
                 unmarkedQuotes);
        QCOMPARE(all.claims.size(), claims);
        QCOMPARE(all.figures.size(), figures);
        QCOMPARE(all.stances.size(), stances);
        QCOMPARE(imperfection(overallScore(scores)), QString());
        qInfo().noquote().nospace() << '\n' << renderScoreTable(scores);
    }

    void goldScoresOneAgainstItself_data()
    {
        QTest::addColumn<QString>("goldPath");
        const auto addFolder = [](const char *label, const QDir &dir) {
            const QStringList files = dir.entryList({u"*.gold.json"_s}, QDir::Files, QDir::Name);
            for (const QString &file : files) {
                const QByteArray row = QByteArray(label) + ": " + file.toUtf8() + " scores 1 against itself";
                QTest::newRow(row.constData()) << dir.filePath(file);
            }
        };
        addFolder("sample", QDir(QStringLiteral(CLAIMSCOPE_SAMPLE_DIR "/gold")));
        if (QDir(QStringLiteral(CLAIMSCOPE_SEEDS_DIR)).exists())
            addFolder("seeds", QDir(QStringLiteral(CLAIMSCOPE_SEEDS_DIR)));
    }

    void goldScoresOneAgainstItself()
    {
        QFETCH(QString, goldPath);
        const GoldResult result = loadGoldFile(goldPath);
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        const GoldDocument &gold = result.document();
        QVERIFY(!gold.analysis.quotes.isEmpty() || !gold.analysis.claims.isEmpty());
        // The ranges the scorer compares are the spans the gold names.
        for (const QuoteAnnotation &q : gold.analysis.quotes)
            QCOMPARE(gold.text.mid(q.range.start, q.range.length()), q.text);
        for (const ClaimAnnotation &c : gold.analysis.claims)
            QCOMPARE(gold.text.mid(c.range.start, c.range.length()), c.text);
        const DocumentScore score = evaluate(gold.analysis, gold.analysis, gold.name);
        QCOMPARE(imperfection(score), QString());
        QCOMPARE(score.quotesAll.truePositives, gold.analysis.quotes.size());
        QCOMPARE(score.claims.truePositives, gold.analysis.claims.size());
        QCOMPARE(score.figures.truePositives, gold.analysis.figures.size());
        QCOMPARE(score.stanceExact.total, gold.analysis.stances.size());

        // The same with every speaker renamed, as an analyzer with its own ids would: only the
        // mentions can tell who is who, and they must suffice for every person the gold credits.
        DocumentAnalysis renamed = gold.analysis;
        const auto rename = [](QString &id) {
            if (!id.isEmpty())
                id.prepend(u"analyzer-"_s);
        };
        for (SpeakerMention &speaker : renamed.speakers)
            rename(speaker.id);
        for (QuoteAnnotation &q : renamed.quotes)
            rename(q.speaker);
        for (ClaimAnnotation &c : renamed.claims)
            rename(c.speaker);
        for (StanceAnnotation &s : renamed.stances)
            rename(s.speaker);
        QCOMPARE(imperfection(evaluate(renamed, gold.analysis, gold.name)), QString());
    }
};

QTEST_GUILESS_MAIN(TestEvaluation)
#include "tst_evaluation.moc"
