// REFI-QDA, CSV and JSON interchange (issue 11): the analysed sample project exported as a .qdpx
// that is sound (built-in check) and valid (xmllint with the published schemas, when ../shared is
// there), read back into the same sources, speakers, annotations and stances; positions in code
// points; another program's project, with codes and elements Claimscope has no place for; and
// packages that must be refused.

#include "RefiStructure.h"
#include "core/document/DocumentImporter.h"
#include "core/document/office/ZipArchive.h"
#include "core/interchange/AnnotationTables.h"
#include "core/interchange/CodePoints.h"
#include "core/interchange/InterchangeFiles.h"
#include "core/interchange/RefiCodebook.h"
#include "core/interchange/RefiFields.h"
#include "core/interchange/RefiProjectWriter.h"
#include "core/project/SampleProject.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace claimscope::core;

namespace {

const QString kRefiDir = QStringLiteral(CLAIMSCOPE_SHARED_DIR "/refi");
const QString kProjectNs = QStringLiteral("urn:QDA-XML:project:1.0");

QByteArray entry(const QString &qdpx, const QString &name)
{
    QFile file(qdpx);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    ZipArchive archive(file.readAll(), qdpx);
    auto bytes = archive.read(name);
    return std::holds_alternative<QByteArray>(bytes) ? std::get<QByteArray>(bytes) : QByteArray();
}

QStringList problemsOf(const QString &qdpx)
{
    return refitest::structuralProblems(
        entry(qdpx, QStringLiteral("project.qde")), kProjectNs, [&qdpx](const QString &path) -> qint64 {
            if (!path.startsWith(u"internal://"))
                return -1;
            const QByteArray text = entry(qdpx, u"Sources/" + path.mid(11));
            return text.isNull() ? -1 : QString::fromUtf8(text).toUcs4().size();
        });
}

// The records as another project would hold them: ids aside, annotations by source and range.
struct Comparable {
    QList<SourceRecord> sources;
    QList<SpeakerRecord> speakers;
    QList<AnnotationRecord> annotations;
    QList<StanceRecord> stances;
};

Comparable comparable(const ProjectContents &contents)
{
    Comparable c;
    QHash<SourceId, int> number;
    for (SourceRecord source : contents.sources) {
        number.insert(source.id, int(c.sources.size()));
        source.id = 0;
        source.checksum.clear();
        // Not carried by REFI-QDA: where the file was, and what it was decoded from (docs/INTERCHANGE.md).
        source.document.metadata.filePath.clear();
        source.document.metadata.encoding.clear();
        source.document.geometry = {};
        c.sources.append(source);
    }
    c.speakers = contents.speakers;
    for (AnnotationRecord annotation : contents.annotations) {
        annotation.id = 0;
        annotation.source = number.value(annotation.source);
        c.annotations.append(annotation);
    }
    for (StanceRecord stance : contents.stances) {
        stance.id = 0;
        stance.source = number.value(stance.source);
        c.stances.append(stance);
    }
    const auto byPlace = [](const AnnotationRecord &a, const AnnotationRecord &b) {
        return std::tie(a.source, a.range.start, a.range.end, a.kind, a.speaker) <
               std::tie(b.source, b.range.start, b.range.end, b.kind, b.speaker);
    };
    std::sort(c.annotations.begin(), c.annotations.end(), byPlace);
    std::sort(c.stances.begin(), c.stances.end(), [](const StanceRecord &a, const StanceRecord &b) {
        return std::tie(a.source, a.speaker) < std::tie(b.source, b.speaker);
    });
    return c;
}

void compareProjects(const ProjectContents &expected, const ProjectContents &actual)
{
    const Comparable e = comparable(expected);
    const Comparable a = comparable(actual);
    QCOMPARE(a.sources.size(), e.sources.size());
    for (qsizetype i = 0; i < e.sources.size(); ++i) {
        QCOMPARE(a.sources.at(i).document.text, e.sources.at(i).document.text);
        QCOMPARE(a.sources.at(i).document.metadata.title, e.sources.at(i).document.metadata.title);
        const SourceRecord &x = a.sources.at(i);
        const SourceRecord &y = e.sources.at(i);
        const DocumentMetadata &m = x.document.metadata;
        const DocumentMetadata &n = y.document.metadata;
        QCOMPARE(m.outlet, n.outlet);
        QCOMPARE(m.author, n.author);
        QCOMPARE(m.date, n.date);
        QCOMPARE(m.url, n.url);
        QCOMPARE(m.language, n.language);
        QCOMPARE(m.format, n.format);
        QCOMPARE(x.importedAt, y.importedAt);
        QCOMPARE(x.analysed, y.analysed);
    }
    QCOMPARE(a.speakers.size(), e.speakers.size());
    for (qsizetype i = 0; i < e.speakers.size(); ++i) {
        QCOMPARE(a.speakers.at(i).speaker.id, e.speakers.at(i).speaker.id);
        QVERIFY(a.speakers.at(i) == e.speakers.at(i));
    }
    QCOMPARE(a.annotations.size(), e.annotations.size());
    for (qsizetype i = 0; i < e.annotations.size(); ++i) {
        const AnnotationRecord &x = a.annotations.at(i);
        const AnnotationRecord &y = e.annotations.at(i);
        QCOMPARE(x.range, y.range);
        QCOMPARE(x.speaker, y.speaker);
        QCOMPARE(x.cue, y.cue);
        QCOMPARE(x.note, y.note);
        QCOMPARE(x.created, y.created);
        QVERIFY2(x == y, qPrintable(QStringLiteral("annotation %1 differs").arg(i)));
    }
    QCOMPARE(a.stances.size(), e.stances.size());
    for (qsizetype i = 0; i < e.stances.size(); ++i)
        QVERIFY2(a.stances.at(i) == e.stances.at(i), qPrintable(QStringLiteral("stance %1 differs").arg(i)));
    QCOMPARE(actual.settings.question, expected.settings.question);
    QCOMPARE(actual.settings.notes, expected.settings.notes);
    QCOMPARE(actual.settings.name, expected.settings.name);
}

RefiImported readBack(const QString &qdpx)
{
    auto read = readQdpx(qdpx);
    if (const auto *error = std::get_if<ImportError>(&read))
        qWarning("%s", qPrintable(error->message()));
    return std::holds_alternative<RefiImported>(read) ? std::get<RefiImported>(read) : RefiImported{};
}

// A small project whose text has characters outside the BMP before its passages, with one of each
// kind of record and every field set.
ProjectContents astralProject()
{
    ProjectContents contents;
    contents.settings.name = QStringLiteral("Astral");
    contents.settings.question = QStringLiteral("Should Kazakhstan join BRICS?");
    contents.settings.notes = QStringLiteral("Line one,\nline two \\ with a backslash.");
    const QDateTime when = QDateTime(QDate(2024, 10, 20), QTime(9, 30, 15, 250), Qt::UTC);
    SpeakerRecord speaker{{QStringLiteral("tokayev"),
                           QStringLiteral("Kassym-Jomart Tokayev"),
                           QStringLiteral("President"),
                           QStringLiteral("politician"),
                           {QStringLiteral("Tokayev")},
                           {QStringLiteral("Токаев")},
                           {QStringLiteral("Tokayev")}},
                          QStringLiteral("#1f77b4"),
                          false};
    contents.speakers = {speaker};
    SourceRecord source;
    source.id = 1;
    source.document.text =
        QStringLiteral("😀🇰🇿 Tokayev said: “We will not apply, 100%.”\n\nTrade was $3.5 billion "
                       "in 2023, he claimed.");
    source.document.metadata = {QStringLiteral("Emoji, “quotes”"),
                                QStringLiteral("Outlet"),
                                QStringLiteral("A. Author"),
                                QDate(2024, 10, 25),
                                QStringLiteral("https://example.org/a"),
                                QStringLiteral("en"),
                                QStringLiteral("html"),
                                {},
                                {}};
    source.importedAt = when;
    source.analysed = true;
    contents.sources = {source};
    const QString &text = source.document.text;
    const auto rangeOf = [&text](const QString &passage) {
        const qsizetype start = text.indexOf(passage);
        return TextRange{start, start + passage.size()};
    };
    AnnotationRecord quote;
    quote.id = 1;
    quote.source = 1;
    quote.kind = AnnotationKind::Quote;
    quote.range = rangeOf(QStringLiteral("We will not apply, 100%."));
    quote.speaker = QStringLiteral("tokayev");
    quote.cue = QStringLiteral("said");
    quote.cueRange = rangeOf(QStringLiteral("said"));
    quote.confidence = 0.85;
    quote.origin = Origin::Edited;
    quote.note = QStringLiteral("Checked against the transcript.\nSecond line.");
    quote.created = when;
    quote.modified = when.addSecs(60);
    AnnotationRecord figure;
    figure.id = 2;
    figure.source = 1;
    figure.kind = AnnotationKind::Figure;
    figure.range = rangeOf(QStringLiteral("$3.5 billion"));
    figure.figure = {
        3.5e9, QStringLiteral("USD"),  QStringLiteral("trade turnover"), QStringLiteral("Kazakhstan–China"),
        2023,  QStringLiteral("about")};
    figure.confidence = 0.7;
    figure.created = when;
    figure.modified = when;
    AnnotationRecord claim;
    claim.id = 3;
    claim.source = 1;
    claim.kind = AnnotationKind::Claim;
    claim.range = rangeOf(QStringLiteral("Trade was $3.5 billion in 2023"));
    claim.claimSource = QStringLiteral("the ministry");
    claim.confidence = 1.0;
    claim.origin = Origin::Manual;
    claim.created = when;
    claim.modified = when;
    AnnotationRecord mention;
    mention.id = 4;
    mention.source = 1;
    mention.kind = AnnotationKind::SpeakerMention;
    mention.range = rangeOf(QStringLiteral("Tokayev"));
    mention.speaker = QStringLiteral("tokayev");
    mention.confidence = 1.0;
    mention.created = when;
    mention.modified = when;
    contents.annotations = {quote, figure, claim, mention};
    StanceRecord stance;
    stance.id = 1;
    stance.source = 1;
    stance.speaker = QStringLiteral("tokayev");
    stance.target = contents.settings.question;
    stance.score = -2;
    stance.evidence = {quote.range};
    stance.confidence = 0.6;
    stance.note = QStringLiteral("firm");
    stance.created = when;
    stance.modified = when;
    contents.stances = {stance};
    return contents;
}

} // namespace

class TestInterchange : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void codePoints();
    void fieldLines();
    void sampleIsSound();
    void sampleValidatesAgainstSchemas();
    void sampleReadsBackTheSame();
    void astralPositions();
    void importedProjectFile();
    void otherProgramsProject();
    void refusedPackages();
    void qdpxIsNotASource();
    void tablesCountTheSample();

private:
    QTemporaryDir m_dir;
    Lexicon m_lexicon;
    ProjectContents m_sample;
    QString m_qdpx;
    QString m_qdc;
};

void TestInterchange::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const LexiconResult lexicon = loadLexicon(builtInSpeakersPath(), builtInCuesPath());
    QVERIFY(std::holds_alternative<Lexicon>(lexicon));
    m_lexicon = std::get<Lexicon>(lexicon);
    // Kept in the build tree for table_exports, which checks the CSV and JSON with Python.
    const QString path = QStringLiteral(CLAIMSCOPE_TEST_OUTPUT_DIR "/interchange/Sample.claimscope");
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile::remove(path);
    const auto problem = createSampleProject(path, std::get<Lexicon>(lexicon));
    QVERIFY2(!problem, qPrintable(problem.value_or(QString())));
    auto store = ProjectStore::open(path, ProjectStore::Mode::ReadOnly);
    QVERIFY(std::holds_alternative<std::unique_ptr<ProjectStore>>(store));
    auto loaded = std::get<std::unique_ptr<ProjectStore>>(store)->load();
    QVERIFY(std::holds_alternative<ProjectContents>(loaded));
    m_sample = std::get<ProjectContents>(loaded);
    QVERIFY(m_sample.sources.size() >= 5);
    QVERIFY(m_sample.annotations.size() > 100);
    QVERIFY(!m_sample.stances.isEmpty());
    m_qdpx = m_dir.filePath(QStringLiteral("sample.qdpx"));
    m_qdc = m_dir.filePath(QStringLiteral("sample.qdc"));
    QVERIFY(!exportProject(m_sample, ExportFormat::Qdpx, m_qdpx));
    QVERIFY(!exportProject(m_sample, ExportFormat::Qdc, m_qdc));
}

void TestInterchange::codePoints()
{
    const QString text = QStringLiteral("a😀b🇰🇿c");
    const CodePointIndex index(text);
    QCOMPARE(index.length(), 6);
    QCOMPARE(index.toCodePoints(0), 0);
    QCOMPARE(index.toCodePoints(1), 1);
    QCOMPARE(index.toCodePoints(3), 2); // after 😀
    QCOMPARE(index.toCodePoints(4), 3); // before the flag
    QCOMPARE(index.toCodePoints(8), 5);
    QCOMPARE(index.toCodePoints(9), 6);
    for (qsizetype point = 0; point <= index.length(); ++point)
        QCOMPARE(index.toCodePoints(*index.toUtf16(point)), point);
    QCOMPARE(index.toUtf16(2), 3);
    QCOMPARE(index.toUtf16(7), std::nullopt);
    QCOMPARE(index.toUtf16(-1), std::nullopt);
    QCOMPARE(CodePointIndex(QStringLiteral("plain")).toUtf16(5), 5);
}

void TestInterchange::fieldLines()
{
    const FieldLines fields{{QStringLiteral("cue"), QStringLiteral("said:\nloudly \\n")},
                            {QStringLiteral("confidence"), QStringLiteral("0.5")}};
    const QString text = writeFieldLines(fields);
    QCOMPARE(text.count(u'\n'), 1);
    const auto read = readFieldLines(text, {QStringLiteral("cue"), QStringLiteral("confidence")});
    QVERIFY(read);
    QCOMPARE(*read, fields);
    // A note a person wrote is not taken for fields.
    QVERIFY(!readFieldLines(u"Remember: check this", {QStringLiteral("cue")}));
    QVERIFY(!readFieldLines(u"", {QStringLiteral("cue")}));
}

void TestInterchange::sampleIsSound()
{
    const QStringList problems = problemsOf(m_qdpx);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    // The checker itself must be able to fail: a selection past its text, a dangling reference.
    QByteArray broken = entry(m_qdpx, QStringLiteral("project.qde"));
    broken.replace("endPosition=\"", "endPosition=\"9999");
    broken.replace("<CodeRef targetGUID=\"", "<CodeRef targetGUID=\"0");
    const QStringList found =
        refitest::structuralProblems(broken, kProjectNs, [](const QString &) { return 5000; });
    QVERIFY(found.filter(QStringLiteral("outside a text")).size() > 0);
    QVERIFY(found.filter(QStringLiteral("not in the document")).size() > 0);

    const QStringList codebook = refitest::structuralProblems(
        entry(m_qdpx, QStringLiteral("project.qde")).isEmpty() ? QByteArray() : [this] {
            QFile file(m_qdc);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }(),
        QStringLiteral("urn:QDA-XML:codebook:1.0"), [](const QString &) { return 0; });
    QVERIFY2(codebook.isEmpty(), qPrintable(codebook.join(u'\n')));

    // The codebook: four categories, each with a code per speaker in the speaker's colour.
    const QList<RefiCode> codes = projectCodebook(m_sample.speakers);
    QCOMPARE(codes.size(), 4);
    for (const RefiCode &category : codes) {
        QCOMPARE(category.children.size(), m_sample.speakers.size());
        QCOMPARE(category.children.first().colour, m_sample.speakers.first().colour);
    }
}

void TestInterchange::sampleValidatesAgainstSchemas()
{
    if (!QFile::exists(kRefiDir + QStringLiteral("/Project.xsd")))
        QSKIP("../shared/refi is not here: schema validation skipped (the structural check ran)");
    const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
    if (xmllint.isEmpty())
        QSKIP("xmllint is not installed: schema validation skipped (the structural check ran)");
    const QString qde = m_dir.filePath(QStringLiteral("project.qde"));
    QFile file(qde);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(entry(m_qdpx, QStringLiteral("project.qde")));
    file.close();
    const auto validate = [&xmllint](const QString &schema, const QString &path) {
        QProcess process;
        process.start(xmllint, {QStringLiteral("--noout"), QStringLiteral("--schema"), schema, path});
        process.waitForFinished(60000);
        return std::pair{process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
    };
    auto [code, output] = validate(kRefiDir + QStringLiteral("/Project.xsd"), qde);
    QVERIFY2(code == 0, qPrintable(output));
    std::tie(code, output) = validate(kRefiDir + QStringLiteral("/Codebook.xsd"), m_qdc);
    QVERIFY2(code == 0, qPrintable(output));
    // And the validator is not a formality: an element out of the schema's order fails.
    QByteArray broken = entry(m_qdpx, QStringLiteral("project.qde"));
    const qsizetype users = broken.indexOf("<Users>");
    const qsizetype usersEnd = broken.indexOf("</Users>") + 8;
    const QByteArray block = broken.mid(users, usersEnd - users);
    broken.remove(users, usersEnd - users);
    broken.insert(broken.indexOf("</Project>"), block);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(broken);
    file.close();
    std::tie(code, output) = validate(kRefiDir + QStringLiteral("/Project.xsd"), qde);
    QVERIFY(code != 0);
}

void TestInterchange::sampleReadsBackTheSame()
{
    const RefiImported imported = readBack(m_qdpx);
    QCOMPARE(imported.report.keptAsNotes, QStringList());
    QCOMPARE(imported.report.sources, int(m_sample.sources.size()));
    compareProjects(m_sample, imported.contents);
}

void TestInterchange::astralPositions()
{
    const ProjectContents contents = astralProject();
    const QString qdpx = m_dir.filePath(QStringLiteral("astral.qdpx"));
    QVERIFY(!exportProject(contents, ExportFormat::Qdpx, qdpx));
    QVERIFY2(problemsOf(qdpx).isEmpty(), qPrintable(problemsOf(qdpx).join(u'\n')));
    // "😀🇰🇿 " is 4 code points and 6 UTF-16 units: the quote starts at code point 4 + 20.
    const QByteArray xml = entry(qdpx, QStringLiteral("project.qde"));
    const QString text = contents.sources.first().document.text;
    const qsizetype utf16 = contents.annotations.first().range.start;
    const qsizetype points = text.left(utf16).toUcs4().size();
    QCOMPARE(utf16 - points, 3);
    QVERIFY(xml.contains(QByteArray(QByteArray("startPosition=\"") + QByteArray::number(points) + "\"")));
    compareProjects(contents, readBack(qdpx).contents);

    // JSON counts the same way, and its text is the passage.
    const QJsonObject json = annotationsJson(contents).object();
    const QJsonObject quote = json.value(u"quotes").toArray().first().toObject();
    QCOMPARE(quote.value(u"start").toInteger(), points);
    QCOMPARE(quote.value(u"text").toString(), QStringLiteral("We will not apply, 100%."));
    QCOMPARE(json.value(u"figures").toArray().first().toObject().value(u"value").toDouble(), 3.5e9);
    QCOMPARE(json.value(u"stances").toArray().first().toObject().value(u"score").toInt(), -2);
    // The CSV quotes the title's comma and quotes, and ends its records with CR LF.
    const QByteArray csv = annotationsCsv(contents);
    QVERIFY(csv.contains("\"Emoji, “quotes”\""));
    QVERIFY(csv.contains("\"Checked against the transcript.\nSecond line.\""));
    QVERIFY(csv.contains(",3500000000,USD,")); // whole numbers as digits, never "3.5e+09"
    QCOMPARE(csv.count("\r\n"), 5); // header, quote, figure, claim, stance (mentions are not exported)
}

void TestInterchange::importedProjectFile()
{
    const QString path = m_dir.filePath(QStringLiteral("imported.claimscope"));
    const RefiImported imported = readBack(m_qdpx);
    QVERIFY(!writeImportedProject(imported, path, {{QStringLiteral("en"), {QStringLiteral("said")}}}));
    auto store = ProjectStore::open(path, ProjectStore::Mode::ReadOnly);
    QVERIFY(std::holds_alternative<std::unique_ptr<ProjectStore>>(store));
    auto loaded = std::get<std::unique_ptr<ProjectStore>>(store)->load();
    QVERIFY(std::holds_alternative<ProjectContents>(loaded));
    compareProjects(m_sample, std::get<ProjectContents>(loaded));
    // Never over an existing file.
    QVERIFY(writeImportedProject(imported, path, {}));
}

void TestInterchange::otherProgramsProject()
{
    // A project as another QDA program writes it: braces and upper case in GUIDs, a source's text
    // inline with CR LF line ends, codes named in Russian, a theme code, memos, sets and a PDF.
    const QByteArray xml = R"(<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Fieldwork" origin="Other QDA 3">
 <Users><User guid="{AAAAAAAA-0000-4000-8000-000000000001}" name="Ann"/></Users>
 <CodeBook><Codes>
  <Code guid="{AAAAAAAA-0000-4000-8000-000000000010}" name="Цитата" isCodable="true">
   <Code guid="{AAAAAAAA-0000-4000-8000-000000000011}" name="Tokayev" isCodable="true" color="#112233">
    <Description>President of Kazakhstan</Description>
   </Code>
  </Code>
  <Code guid="{AAAAAAAA-0000-4000-8000-000000000020}" name="Economy" isCodable="true"/>
 </Codes></CodeBook>
 <Sources>
  <TextSource guid="{AAAAAAAA-0000-4000-8000-000000000100}" name="Interview 1">
   <PlainTextContent>Intro line.&#13;
Tokayev said: "We will not apply." Trade grew.</PlainTextContent>
   <PlainTextSelection guid="{AAAAAAAA-0000-4000-8000-000000000101}" startPosition="28" endPosition="46">
    <Description>Strong wording</Description>
    <Coding guid="{AAAAAAAA-0000-4000-8000-000000000102}"><CodeRef targetGUID="{AAAAAAAA-0000-4000-8000-000000000011}"/></Coding>
    <Coding guid="{AAAAAAAA-0000-4000-8000-000000000103}"><CodeRef targetGUID="{AAAAAAAA-0000-4000-8000-000000000020}"/></Coding>
    <NoteRef targetGUID="{AAAAAAAA-0000-4000-8000-000000000401}"/>
   </PlainTextSelection>
   <PlainTextSelection guid="{AAAAAAAA-0000-4000-8000-000000000104}" startPosition="48" endPosition="59">
    <Coding guid="{AAAAAAAA-0000-4000-8000-000000000105}"><CodeRef targetGUID="{AAAAAAAA-0000-4000-8000-000000000020}"/></Coding>
   </PlainTextSelection>
   <PlainTextSelection guid="{AAAAAAAA-0000-4000-8000-000000000106}" startPosition="50" endPosition="500"/>
  </TextSource>
  <TextSource guid="{AAAAAAAA-0000-4000-8000-000000000200}" name="Escapee" plainTextPath="relative://../../etc/passwd"/>
  <PDFSource guid="{AAAAAAAA-0000-4000-8000-000000000300}" name="Report" path="internal://r.pdf"/>
 </Sources>
 <Notes><Note guid="{AAAAAAAA-0000-4000-8000-000000000400}" name="Memo"><PlainTextContent>Follow up in May.</PlainTextContent></Note>
  <Note guid="{AAAAAAAA-0000-4000-8000-000000000401}" name="Check"><PlainTextContent>target: check the date</PlainTextContent></Note></Notes>
 <Sets><Set guid="{AAAAAAAA-0000-4000-8000-000000000500}" name="Key texts"/></Sets>
 <NoteRef targetGUID="{AAAAAAAA-0000-4000-8000-000000000400}"/>
</Project>)";
    const QString qdpx = m_dir.filePath(QStringLiteral("other.qdpx"));
    QVERIFY(!writeRefiPackage(RefiPackage{xml, {}}, qdpx));
    // Without the lexicon the code's name is all there is to the speaker.
    const SpeakerRecord unknown = readBack(qdpx).contents.speakers.value(0);
    QCOMPARE(unknown.speaker.name, QStringLiteral("Tokayev"));
    QCOMPARE(unknown.speaker.role, QStringLiteral("President of Kazakhstan")); // the code's description
    // With it, "Tokayev" is a name form of the lexicon's Tokayev, who comes with his id and forms.
    auto read = readQdpx(qdpx, m_lexicon.speakers);
    QVERIFY(std::holds_alternative<RefiImported>(read));
    const RefiImported imported = std::get<RefiImported>(read);
    const ProjectContents &c = imported.contents;
    QCOMPARE(c.settings.name, QStringLiteral("Fieldwork"));
    QCOMPARE(c.sources.size(), 1);
    QCOMPARE(c.sources.first().document.text,
             QStringLiteral("Intro line.\nTokayev said: \"We will not apply.\" Trade grew."));
    QCOMPARE(c.speakers.size(), 1);
    QCOMPARE(c.speakers.first().speaker.id, QStringLiteral("tokayev"));
    QCOMPARE(c.speakers.first().speaker.name, QStringLiteral("Kassym-Jomart Tokayev"));
    QVERIFY(c.speakers.first().speaker.formsRu.size() > 0);
    QCOMPARE(c.speakers.first().colour, QStringLiteral("#112233"));
    QCOMPARE(c.annotations.size(), 1);
    const AnnotationRecord &quote = c.annotations.first();
    QCOMPARE(quote.kind, AnnotationKind::Quote);
    QCOMPARE(quote.origin, Origin::Manual);
    QCOMPARE(quote.speaker, c.speakers.first().speaker.id);
    // 28–46 counts the dropped "\r": the passage is the quote itself.
    QCOMPARE(c.sources.first().document.text.mid(quote.range.start, quote.range.length()),
             QStringLiteral("We will not apply."));
    QVERIFY(quote.note.contains(QStringLiteral("Strong wording")));
    QVERIFY(quote.note.contains(QStringLiteral("“Economy”")));
    // A memo that happens to read like Claimscope's fields is still the person's memo.
    QVERIFY(quote.note.contains(QStringLiteral("target: check the date")));
    // Nothing dropped without a word: each of these is a line of the project's notes.
    const QStringList kept = imported.report.keptAsNotes;
    QCOMPARE(kept.size(), 6);
    for (const QString &expected : {QStringLiteral("Trade grew."), QStringLiteral("50–500"),
                                    QStringLiteral("relative://../../etc/passwd"), QStringLiteral("Report"),
                                    QStringLiteral("Key texts"), QStringLiteral("Follow up in May.")})
        QVERIFY2(!kept.filter(expected).isEmpty(), qPrintable(expected));
    for (const QString &line : kept)
        QVERIFY(c.settings.notes.contains(line));
}

void TestInterchange::refusedPackages()
{
    const auto refusal = [this](const QString &name, const QByteArray &xml) -> std::optional<ImportError> {
        const QString path = m_dir.filePath(name);
        if (writeRefiPackage(RefiPackage{xml, {}}, path))
            return std::nullopt;
        auto read = readQdpx(path);
        if (auto *error = std::get_if<ImportError>(&read))
            return *error;
        return std::nullopt;
    };
    // Entities are never expanded, nor external files read.
    const auto doctype =
        refusal(QStringLiteral("xxe.qdpx"),
                "<?xml version=\"1.0\"?><!DOCTYPE Project [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&x;\"/>");
    QVERIFY(doctype);
    QCOMPARE(doctype->reason(), ImportError::Reason::Malformed);
    QVERIFY(doctype->message().contains(QStringLiteral("DOCTYPE")));
    const auto wrongRoot =
        refusal(QStringLiteral("root.qdpx"), "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"/>");
    QVERIFY(wrongRoot);
    QCOMPARE(wrongRoot->reason(), ImportError::Reason::Malformed);
    const auto cut = refusal(QStringLiteral("cut.qdpx"),
                             "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"><Sources>");
    QVERIFY(cut);
    const auto empty =
        refusal(QStringLiteral("empty.qdpx"), "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"/>");
    QVERIFY(empty);
    QCOMPARE(empty->reason(), ImportError::Reason::NoText);
    // A source whose text is not UTF-8 is not imported; with no other source, nothing is.
    const QString latin = m_dir.filePath(QStringLiteral("latin.qdpx"));
    QVERIFY(!writeRefiPackage(RefiPackage{"<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"><Sources>"
                                          "<TextSource guid=\"aaaaaaaa-0000-4000-8000-000000000001\" "
                                          "plainTextPath=\"internal://a.txt\"/></Sources></Project>",
                                          {{QStringLiteral("Sources/a.txt"), QByteArray("caf\xe9")}}},
                              latin));
    auto read = readQdpx(latin);
    QVERIFY(std::holds_alternative<ImportError>(read));
    // Not a ZIP, and a ZIP without project.qde.
    const QString text = m_dir.filePath(QStringLiteral("text.qdpx"));
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("just text");
    file.close();
    QVERIFY(std::holds_alternative<ImportError>(readQdpx(text)));
    QVERIFY(std::holds_alternative<ImportError>(readQdpx(m_dir.filePath(QStringLiteral("missing.qdpx")))));
}

void TestInterchange::qdpxIsNotASource()
{
    // Given to Import Sources, a .qdpx says where it belongs, by its name or, renamed, by its content.
    const ImportResult named = importFile(m_qdpx);
    QVERIFY(!named.ok());
    QCOMPARE(named.error().reason(), ImportError::Reason::RefiProject);
    const QString renamed = m_dir.filePath(QStringLiteral("renamed.zip"));
    QVERIFY(QFile::copy(m_qdpx, renamed));
    const ImportResult sniffed = importFile(renamed);
    QVERIFY(!sniffed.ok());
    QCOMPARE(sniffed.error().reason(), ImportError::Reason::RefiProject);
}

void TestInterchange::tablesCountTheSample()
{
    int exported = 0;
    for (const AnnotationRecord &annotation : m_sample.annotations)
        exported += annotation.kind != AnnotationKind::SpeakerMention;
    const QJsonObject json = annotationsJson(m_sample).object();
    QCOMPARE(json.value(u"quotes").toArray().size() + json.value(u"claims").toArray().size() +
                 json.value(u"figures").toArray().size(),
             exported);
    QCOMPARE(json.value(u"stances").toArray().size(), m_sample.stances.size());
    QCOMPARE(QString::fromUtf8(annotationsCsv(m_sample)).count(QStringLiteral("\r\n")) >= exported + 1, true);
}

QTEST_GUILESS_MAIN(TestInterchange)
#include "tst_interchange.moc"
