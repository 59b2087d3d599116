#include "core/analysis/AnalysisJson.h"
#include "core/analysis/AnalysisPipeline.h"
#include "core/analysis/CorpusAnalyzer.h"
#include "core/highlight/Lexicon.h"

#include <QStandardPaths>
#include <QTest>

#include <atomic>
#include <variant>

using namespace claimscope::core;

// Many documents on several workers: the same analyses as one pipeline gives, in input order,
// with progress reported and a cancel honoured.
class TestCorpusAnalyzer final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void sameAsOnePipelineInInputOrder();
    void cancelledBeforeStartAnalysesNothing();
    void emptyInputGivesNothing();

private:
    QList<CorpusDocument> documents() const;
    Lexicon m_lexicon;
};

void TestCorpusAnalyzer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const LexiconResult lexicon = loadLexicon(builtInSpeakersPath(), builtInCuesPath());
    QVERIFY(std::holds_alternative<Lexicon>(lexicon));
    m_lexicon = std::get<Lexicon>(lexicon);
}

QList<CorpusDocument> TestCorpusAnalyzer::documents() const
{
    // Different lengths and languages, so that the workers finish out of order.
    QList<CorpusDocument> list;
    for (int i = 0; i < 4; ++i) {
        list.append(
            {QStringLiteral("“We will keep talking to every partner,” said Lavrov. ").repeated(1 + 20 * i),
             QStringLiteral("en")});
        list.append(
            {QStringLiteral("По словам Уали, Астана видит в ООН главную площадку."), QStringLiteral("ru")});
        list.append({QStringLiteral("Siyaset bilimci Ayşe Demir'e göre karar beklenen bir adımdı. ")
                         .repeated(1 + 5 * i),
                     QStringLiteral("tr")});
    }
    return list;
}

void TestCorpusAnalyzer::sameAsOnePipelineInInputOrder()
{
    const QList<CorpusDocument> input = documents();
    qsizetype lastDone = 0;
    qsizetype calls = 0;
    const QList<CorpusOutcome> outcomes =
        CorpusAnalyzer(m_lexicon, 2).analyze(input, [&](qsizetype done, qsizetype total) {
            QVERIFY(done > lastDone); // never backwards, never repeated
            QCOMPARE(total, input.size());
            lastDone = done;
            ++calls;
        });
    QCOMPARE(outcomes.size(), input.size());
    QCOMPARE(lastDone, input.size());
    QVERIFY(calls >= 1);

    AnalysisPipeline pipeline(m_lexicon);
    QVERIFY(!pipeline.prepare().has_value());
    for (qsizetype i = 0; i < input.size(); ++i) {
        QCOMPARE(outcomes.at(i).status, CorpusOutcome::Status::Analysed);
        auto expected = pipeline.analyze(input.at(i).text, input.at(i).language);
        QVERIFY(std::holds_alternative<DocumentAnalysis>(expected));
        QCOMPARE(analysisToJson(outcomes.at(i).analysis, QString()),
                 analysisToJson(std::get<DocumentAnalysis>(expected), QString()));
    }
    // The analyses are real: the Turkish documents name the person the text introduces.
    QCOMPARE(outcomes.at(2).analysis.speakers.size(), 1);
    QCOMPARE(outcomes.at(2).analysis.speakers.front().id, QStringLiteral("suggested:Ayşe Demir"));
}

void TestCorpusAnalyzer::cancelledBeforeStartAnalysesNothing()
{
    const std::atomic<bool> cancel{true};
    const QList<CorpusOutcome> outcomes = CorpusAnalyzer(m_lexicon, 2).analyze(documents(), {}, &cancel);
    QCOMPARE(outcomes.size(), documents().size());
    for (const CorpusOutcome &outcome : outcomes)
        QCOMPARE(outcome.status, CorpusOutcome::Status::Cancelled);
}

void TestCorpusAnalyzer::emptyInputGivesNothing()
{
    QVERIFY(CorpusAnalyzer(m_lexicon, 2).analyze({}).isEmpty());
}

QTEST_GUILESS_MAIN(TestCorpusAnalyzer)
#include "tst_corpusanalyzer.moc"
