#include "core/analysis/AnalysisPipeline.h"

#include <QDir>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace claimscope::core;

// The analysis issue's bars, asserted on the sample project's gold (always) and on the seed
// articles (when ../shared is there), at the thresholds the issue sets.
class TestAnalysisBars final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<AnalysisPipeline> m_pipeline;
    QHash<QString, DocumentScore> m_scores;

    DocumentScore scoreFolder(const QString &dir)
    {
        const GoldScores gold = scoreGoldFolder(*m_pipeline, dir);
        for (const GoldError &error : gold.errors)
            qWarning().noquote() << error.text();
        for (const AnalysisFailure &failure : gold.failures)
            qWarning().noquote() << failure.document << failure.reason;
        if (!gold.errors.isEmpty() || !gold.failures.isEmpty() || gold.scores.isEmpty())
            return {};
        qInfo().noquote() << QStringLiteral("\n") + renderScoreTable(gold.scores);
        return overallScore(gold.scores);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const LexiconResult lexicon = loadLexicon(builtInSpeakersPath(), builtInCuesPath());
        QVERIFY(std::holds_alternative<Lexicon>(lexicon));
        m_pipeline = std::make_unique<AnalysisPipeline>(std::get<Lexicon>(lexicon));
        m_scores.insert(QStringLiteral("sample"), scoreFolder(QStringLiteral(CLAIMSCOPE_SAMPLE_DIR)));
        QVERIFY2(m_scores.value(QStringLiteral("sample")).quotesAll.gold() > 0,
                 "the sample gold did not load");
        if (QDir(QStringLiteral(CLAIMSCOPE_SEEDS_DIR)).exists()) {
            m_scores.insert(QStringLiteral("seeds"), scoreFolder(QStringLiteral(CLAIMSCOPE_SEEDS_DIR)));
            QVERIFY2(m_scores.value(QStringLiteral("seeds")).quotesAll.gold() > 0,
                     "the seed gold did not load");
        }
    }

    void barHolds_data()
    {
        QTest::addColumn<QString>("set");
        QTest::addColumn<QString>("measure");
        QTest::addColumn<double>("bar");
        const QStringList sets = m_scores.keys();
        for (const QString &set : sets) {
            const auto row = [&](const char *measure, double bar) {
                QTest::addRow("%s: %s ≥ %.2f", qPrintable(set), measure, bar)
                    << set << QString::fromLatin1(measure) << bar;
            };
            row("quotes in quotation marks F1", 0.95);
            row("all quotes F1", 0.85);
            row("attribution accuracy", 0.90);
            row("claims F1 with the right speaker", 0.70);
            row("figures F1 with the right value", 0.90);
            row("stance sign agreement", 0.80);
        }
    }

    void barHolds()
    {
        QFETCH(QString, set);
        QFETCH(QString, measure);
        QFETCH(double, bar);
        const DocumentScore &score = m_scores[set];
        double value = 0;
        if (measure == u"quotes in quotation marks F1")
            value = score.quotesMarked.f1();
        else if (measure == u"all quotes F1")
            value = score.quotesAll.f1();
        else if (measure == u"attribution accuracy")
            value = score.attribution.rate();
        else if (measure == u"claims F1 with the right speaker")
            value = score.claims.f1();
        else if (measure == u"figures F1 with the right value")
            value = score.figures.f1();
        else if (measure == u"stance sign agreement")
            value = score.stanceSign.rate();
        QVERIFY2(value >= bar,
                 qPrintable(QStringLiteral("%1 on %2 is %3").arg(measure, set).arg(value, 0, 'f', 3)));
    }
};

QTEST_GUILESS_MAIN(TestAnalysisBars)
#include "tst_analysisbars.moc"
