// The hostile lexicon of tests/data/hostile/lexicon (names and cues that are regular-expression
// traps: "(a+)+$", "(x*)*y", "\", "[", "(?R)", every ASCII metacharacter, a NUL, a 100,000-character
// name) and the hostile project's speakers, through the two places where lexicon text becomes a
// pattern: the syntax definition the real highlighting helper runs, and the analyzer's speaker
// resolver, which the window's re-analysis feeds with the project's speakers (Project::lexicon()).

#include "core/analysis/AnalysisPipeline.h"
#include "core/analysis/CorpusAnalyzer.h"
#include "core/highlight/DefinitionGenerator.h"
#include "core/highlight/HighlighterClient.h"
#include "core/highlight/Lexicon.h"
#include "core/project/Project.h"
#include "core/project/ProjectStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace claimscope::core;
using namespace Qt::StringLiterals;

namespace {

const QString kCorpus = QStringLiteral(CLAIMSCOPE_TEST_DATA_DIR "/hostile/");

// A hang bound, not a speed check: each step takes well under a second in the normal build and a
// few seconds under AddressSanitizer. An unescaped trap on the bait text below would backtrack
// for far longer than this at every position, so only a hang or a trap that got through reaches it.
constexpr qint64 kHangBoundMs = 120'000;

// Runs of the letters the traps repeat, each failing at its very end ("(a+)+$" on "aaa…a!",
// "(x*)*y" on "xxx…x"), and one run alone on its line, which an unescaped "(a+)+$" would match.
QString baitText()
{
    return QString(40, u'a') + u"!\n\n"_s + QString(40, u'x') + u" z\n\n"_s + u"^aaaa.bbbb Cccc\n\n"_s +
           QString(40, u'a') + u'\n';
}

// Forms the literal check can expect as one Speaker span each: not left out for their length,
// and without quotation marks (a quote mark inside a name opens a quote context of its own).
bool expectedAsSpan(const QString &form)
{
    static const QString quoteMarks = u"\"'“”„«»‘’‚"_s;
    if (form.trimmed().isEmpty() || form.size() > 1000)
        return false;
    return std::none_of(form.cbegin(), form.cend(), [](QChar c) { return quoteMarks.contains(c); });
}

// The text of each span of `format` from `from` on; with no format, of each Speaker and Cue span
// (the two kinds of rule that lexicon entries become).
QStringList spanTexts(const HighlightResult &result, const QString &text, qsizetype from,
                      QStringView format = {})
{
    QStringList texts;
    for (const HighlightSpan &span : result.spans) {
        const QString &name = result.formats.at(span.format).name;
        const bool wanted =
            format.isEmpty() ? (name == formatname::Speaker || name == formatname::Cue) : name == format;
        if (span.offset >= from && wanted)
            texts.append(text.sliced(span.offset, span.length));
    }
    return texts;
}

std::variant<HighlightResult, QString> highlightWith(const QString &definitionDir, const QString &text)
{
    HighlighterClient client;
    client.setHelperPath(QStringLiteral(CLAIMSCOPE_HIGHLIGHTER_EXECUTABLE));
    client.setSearchPaths({definitionDir});
    return client.highlight(kDefinitionName.toString(), QString(), text);
}

QString errorOf(const std::variant<HighlightResult, QString> &outcome)
{
    const auto *error = std::get_if<QString>(&outcome);
    return error ? *error : QString();
}

} // namespace

class TestHostileLexicon final : public QObject {
    Q_OBJECT

    Lexicon m_lexicon;
    QTemporaryDir m_definition;
    QString m_text;
    qsizetype m_baitStart = 0;

    QStringList expectedForms() const
    {
        QStringList forms;
        for (const Speaker &speaker : m_lexicon.speakers) {
            for (const QString &form : speaker.formsEn) {
                if (expectedAsSpan(form))
                    forms.append(form);
            }
        }
        return forms;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QFileInfo(QStringLiteral(CLAIMSCOPE_HIGHLIGHTER_EXECUTABLE)).isExecutable());
        const LexiconResult loaded =
            loadLexicon(kCorpus + u"lexicon/speakers.json"_s, kCorpus + u"lexicon/cues.json"_s);
        if (const auto *error = std::get_if<LexiconError>(&loaded))
            QFAIL(qPrintable(error->message()));
        m_lexicon = std::get<Lexicon>(loaded);
        QVERIFY(m_lexicon.speakers.size() >= 15);
        QVERIFY(m_definition.isValid());
        // Each trap on a paragraph of its own, between words, then the bait.
        for (const QString &form : expectedForms())
            m_text += u"Before "_s + form + u" after.\n\n"_s;
        m_baitStart = m_text.size();
        m_text += baitText();
    }

    // Every entry enters the definition escaped: the file is valid XML whose every rule compiles
    // with the engine's options, and it is written.
    void definitionStaysValid()
    {
        QElapsedTimer timer;
        timer.start();
        const QString xml = generateDefinition(m_lexicon);
        QCOMPARE(validateDefinition(xml), std::nullopt);
        QCOMPARE(writeDefinitionXml(xml, m_definition.path()), std::nullopt);
        QVERIFY2(timer.elapsed() < kHangBoundMs, "generating the definition did not end");
    }

    // The real helper, with that definition, finds each trap as the literal text it is, and no
    // name in the bait; the reply comes within the client's own time limit (3 s + 1 ms per 1,000
    // characters; past it the call fails and this test with it).
    void helperFindsEveryTrapLiterally()
    {
        QVERIFY(QFile::exists(definitionFilePath(m_definition.path())));
        QElapsedTimer timer;
        timer.start();
        const auto outcome = highlightWith(m_definition.path(), m_text);
        QVERIFY2(std::holds_alternative<HighlightResult>(outcome), qPrintable(errorOf(outcome)));
        QVERIFY2(timer.elapsed() < kHangBoundMs, "the helper did not answer");
        const HighlightResult &result = std::get<HighlightResult>(outcome);
        const QStringList found = spanTexts(result, m_text, 0, formatname::Speaker);
        for (const QString &form : expectedForms())
            QVERIFY2(found.contains(form), qPrintable(u"not found as a name: "_s + form.left(80)));
        QCOMPARE(spanTexts(result, m_text, m_baitStart), QStringList());
    }

    // The control: the same definition with one trap left unescaped (in the names and the cues)
    // makes part of the bait a name or a cue, so the check above would catch a pattern that reached
    // the engine as written. (Which of the two: the unescaped Russian form "(a+)+$ов" comes first
    // in the names and fails on the bait only after PCRE's match limit, and a failed match ends the
    // rule; the cue rule then matches.)
    void anUnescapedTrapIsCaught()
    {
        const QString xml = generateDefinition(m_lexicon);
        const QString escaped = QRegularExpression::escape(u"(a+)+$"_s);
        QVERIFY2(xml.contains(escaped), qPrintable(escaped));
        QString broken = xml;
        broken.replace(escaped, u"(a+)+$"_s);
        QTemporaryDir dir;
        QCOMPARE(writeDefinitionXml(broken, dir.path()), std::nullopt);
        const auto outcome = highlightWith(dir.path(), m_text);
        QVERIFY2(std::holds_alternative<HighlightResult>(outcome), qPrintable(errorOf(outcome)));
        QVERIFY(!spanTexts(std::get<HighlightResult>(outcome), m_text, m_baitStart).isEmpty());
    }

    // The hostile project's speakers (traps as name forms, a 10,000-character form, a NUL, hostile
    // cues) as the window's re-analysis uses them: the project's lexicon in a CorpusAnalyzer.
    void projectSpeakersGoThroughTheAnalyzer()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"hostile.claimscope"_s);
        QVERIFY(QFile::copy(kCorpus + u"project-hostile-speakers.claimscope"_s, path));
        auto opened = ProjectStore::open(path, ProjectStore::Mode::ReadOnly);
        if (const auto *error = std::get_if<ProjectError>(&opened))
            QFAIL(qPrintable(error->message));
        auto contents = std::get<std::unique_ptr<ProjectStore>>(opened)->load();
        if (const auto *error = std::get_if<ProjectError>(&contents))
            QFAIL(qPrintable(error->message));
        const Project project(std::get<ProjectContents>(std::move(contents)),
                              std::unique_ptr<ProjectWriter>());
        const Lexicon lexicon = project.lexicon();
        QVERIFY(lexicon.speakers.size() >= 15);
        QVERIFY(lexicon.cues.value(u"en"_s).contains(u"(a+)+$"_s));
        analyse(lexicon, project.sources().constFirst().document.text);
    }

    // The lexicon file's entries, the 100,000-character name among them, in the pipeline of the
    // command line, here on the test's own thread. A form too long for PCRE must be left out
    // quietly: before, each name looked up logged the whole 100,000-character pattern.
    void lexiconSpeakersGoThroughTheAnalyzer()
    {
        QTest::failOnWarning(QRegularExpression(u"invalid QRegularExpression"_s));
        AnalysisPipeline pipeline(m_lexicon);
        QElapsedTimer timer;
        timer.start();
        const auto analysis = pipeline.analyze(textFor(QString()), u"en"_s);
        QVERIFY2(timer.elapsed() < kHangBoundMs, "the analysis did not end");
        const auto *error = std::get_if<QString>(&analysis);
        QVERIFY2(!error, qPrintable(error ? *error : QString()));
    }

private:
    // Names the built-in definition finds, so that the resolver tries every trap on them, and a
    // role introduction, so that speaker discovery meets the hostile cues.
    QString textFor(const QString &sourceText) const
    {
        return sourceText + u"\n\nTokayev said that (a+)+$ is no name. Political scientist "_s +
               u"Marat Seitov said the plan was \"(x*)*y\", Lavrov added.\n\n"_s + m_text;
    }

    void analyse(const Lexicon &lexicon, const QString &sourceText)
    {
        const QString text = textFor(sourceText);
        QElapsedTimer timer;
        timer.start();
        const QList<CorpusOutcome> outcomes = CorpusAnalyzer(lexicon, 1).analyze({{text, u"en"_s}});
        QVERIFY2(timer.elapsed() < kHangBoundMs, "the analysis did not end");
        QCOMPARE(outcomes.size(), 1);
        QVERIFY2(outcomes.constFirst().status == CorpusOutcome::Status::Analysed,
                 qPrintable(outcomes.constFirst().error));
    }
};

QTEST_GUILESS_MAIN(TestHostileLexicon)
#include "tst_hostilelexicon.moc"
