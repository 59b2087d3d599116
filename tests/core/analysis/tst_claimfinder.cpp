#include "core/analysis/AnalysisPipeline.h"
#include "core/analysis/Evaluation.h"
#include "core/analysis/GoldSet.h"
#include "core/highlight/Lexicon.h"

#include <QDir>
#include <QStandardPaths>
#include <QTest>

#include <memory>
#include <optional>
#include <variant>

using namespace claimscope::core;

// Every rule of the claim finder has a row here with a sentence written for the test: the text is
// highlighted by the real helper with the built-in lexicon, analysed, and the claims checked.
// scoresAgainstGold prints the scores on the sample and the seed articles (no thresholds yet).

namespace {

QString describeClaims(const DocumentAnalysis &analysis)
{
    QStringList lines;
    for (const ClaimAnnotation &claim : analysis.claims)
        lines.append(
            QStringLiteral("[%1] ← %2/%3 (%4)").arg(claim.text, claim.speaker, claim.source, claim.cue));
    return lines.join(QStringLiteral("; "));
}

} // namespace

class TestClaimFinder final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void claims_data();
    void claims();
    void noClaim_data();
    void noClaim();

    void scoresAgainstGold();

private:
    DocumentAnalysis analyze(const QString &text, const QString &language);

    std::unique_ptr<AnalysisPipeline> m_pipeline;
};

void TestClaimFinder::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const LexiconResult lexicon = loadLexicon(builtInSpeakersPath(), builtInCuesPath());
    QVERIFY2(std::holds_alternative<Lexicon>(lexicon),
             qPrintable(std::get_if<LexiconError>(&lexicon) ? std::get<LexiconError>(lexicon).message()
                                                            : QString()));
    m_pipeline = std::make_unique<AnalysisPipeline>(std::get<Lexicon>(lexicon));
    const std::optional<QString> problem = m_pipeline->prepare();
    QVERIFY2(!problem, qPrintable(problem.value_or(QString())));
}

DocumentAnalysis TestClaimFinder::analyze(const QString &text, const QString &language)
{
    auto analysis = m_pipeline->analyze(text, language);
    if (const QString *error = std::get_if<QString>(&analysis)) {
        qWarning("highlighting failed: %s", qPrintable(*error));
        return {};
    }
    return std::get<DocumentAnalysis>(analysis);
}

void TestClaimFinder::claims_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("claim");
    QTest::addColumn<QString>("speaker");
    QTest::addColumn<QString>("source");

    const auto row = [](const char *name, const char *language, const char *text, const char *claim,
                        const char *speaker, const char *source = "") {
        QTest::newRow(name) << QString::fromUtf8(language) << QString::fromUtf8(text)
                            << QString::fromUtf8(claim) << QString::fromUtf8(speaker)
                            << QString::fromUtf8(source);
    };
    row("english: said that gives the clause after that", "en",
        "Uali said that the republic does not plan to apply in the near future.",
        "the republic does not plan to apply in the near future", "uali");
    row("english: institution announced that", "en",
        "The trade ministry announced on Tuesday that new licences would be issued next spring.",
        "new licences would be issued next spring", "", "The trade ministry");
    row("english: a state has indicated that", "en",
        "Mongolia has indicated that it is open to talks on a new pipeline route.",
        "it is open to talks on a new pipeline route", "", "Mongolia");
    row("english: institution rejected a noun phrase and said that", "en",
        "The customs agency rejected the complaints about delays and said that inspections follow the rules.",
        "inspections follow the rules", "", "The customs agency");
    row("english: unnamed experts believe that", "en",
        "Some experts believe that the new route will lower freight costs for farmers.",
        "the new route will lower freight costs for farmers", "", "Some experts");
    row("english: observers see x as y", "en", "Many observers see the visit as a sign of warmer ties.",
        "the visit as a sign of warmer ties", "", "Many observers");
    row("english: describes x as y", "en", "Abishev describes the new tariff as a temporary measure.",
        "the new tariff as a temporary measure", "abishev");
    row("english: points to a noun phrase", "en",
        "Poletayev points to the absence of a joint budget, and argued that talks will take years.",
        "the absence of a joint budget", "poletaev");
    row("english: called for a noun phrase", "en", "Lavrov called for a clear answer from the neighbours.",
        "a clear answer from the neighbours", "lavrov");
    row("english: drawing attention to a noun phrase", "en",
        "Dombay shared his view, drawing attention to the weak rules on arbitration.",
        "the weak rules on arbitration", "dombay");
    row("english: emphasized a noun phrase before a participle", "en",
        "Tokayev emphasized the value of stable borders, stating that no one gains from disputes.",
        "the value of stable borders", "tokayev");
    row("english: a participle after a noun phrase gives its own clause", "en",
        "Tokayev emphasized the value of stable borders, stating that no one gains from disputes.",
        "no one gains from disputes", "tokayev");
    row("english: added that x and that y gives the second clause", "en",
        "Uali added that the decision was final and that no new talks were planned.",
        "no new talks were planned", "uali");
    row("english: stated that x but noted that y gives the second clause", "en",
        "Saparov stated that exports rose in spring but noted that the autumn figures were weaker.",
        "the autumn figures were weaker", "saparov");
    row("english: a pronoun continues in the next sentence", "en",
        "Peskov spoke after the meeting. He added that the two sides would meet again in May.",
        "the two sides would meet again in May", "peskov");
    row("english: says takes a clause without that", "en", "Abishev says the talks are moving slowly.",
        "the talks are moving slowly", "abishev");
    row("english: a parenthetical says takes the clause after it", "en",
        "Abayev spoke briefly. For the moment, he says, the tariffs remain unchanged.",
        "the tariffs remain unchanged", "abayev");
    row("english: an opening participle belongs to the main clause", "en",
        "Noting that the port handles most of the cargo, Dombay said that the route needs investment.",
        "the port handles most of the cargo", "dombay");
    row("russian: institution with v and a plural cue", "ru",
        "В МИД заявили, что консультации продолжатся в следующем месяце.",
        "консультации продолжатся в следующем месяце", "", "В МИД");
    row("russian: unnamed experts consider an object and predicate", "ru",
        "Эксперты считают новые правила слишком жёсткими для малого бизнеса.",
        "новые правила слишком жёсткими для малого бизнеса", "", "Эксперты");
    row("russian: otmetil with comma and chto", "ru",
        "Полетаев отметил, что союз пока не выработал общих целей.", "союз пока не выработал общих целей",
        "poletaev");
    row("russian: po mneniyu and a name in the genitive", "ru",
        "По мнению Абишева, новая схема торговли выгодна обеим сторонам.",
        "новая схема торговли выгодна обеим сторонам", "abishev");
    row("russian: soslalsya na gives the noun phrase", "ru",
        "Сапаров сослался на сложность переговоров с соседями.", "сложность переговоров с соседями",
        "saparov");
    row("russian: zayavil o gives the noun phrase", "ru",
        "Токаев заявил о готовности расширить торговлю с соседями.",
        "готовности расширить торговлю с соседями", "tokayev");
    row("turkish: unnamed experts with a final düşünüyor", "tr",
        "Uzmanlar, yeni tarifelerin ihracatı yavaşlatacağını düşünüyor.",
        "yeni tarifelerin ihracatı yavaşlatacağını", "", "Uzmanlar");
    row("turkish: a ministry with a final açıkladı", "tr",
        "Bakanlık, yeni lisansların gelecek ay verileceğini açıkladı.",
        "yeni lisansların gelecek ay verileceğini", "", "Bakanlık");
    row("turkish: the content ends at the complement before a time phrase", "tr",
        "Lavrov, yeni görüşmelerin süreceğini toplantıdan sonra vurguladı.", "yeni görüşmelerin süreceğini",
        "lavrov");
    row("turkish: the particle da stays outside the content", "tr",
        "Dombay, yeni kuralların karmaşıklığına da dikkat çekti.", "yeni kuralların karmaşıklığına",
        "dombay");
}

void TestClaimFinder::claims()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QString, claim);
    QFETCH(QString, speaker);
    QFETCH(QString, source);
    const DocumentAnalysis analysis = analyze(text, language);
    const ClaimAnnotation *found = nullptr;
    for (const ClaimAnnotation &candidate : analysis.claims) {
        if (candidate.text == claim)
            found = &candidate;
    }
    QVERIFY2(found, qPrintable(QStringLiteral("claims: ") + describeClaims(analysis)));
    QCOMPARE(found->speaker, speaker);
    if (!source.isEmpty())
        QCOMPARE(found->source, source);
    QVERIFY(!found->cue.isEmpty());
    QCOMPARE(text.mid(found->range.start, found->range.length()), claim);
}

void TestClaimFinder::noClaim_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");

    QTest::newRow("english: a belief credited to a state is not a claim")
        << QStringLiteral("en")
        << QStringLiteral("Kazakhstan considers the bloc a useful platform for trade.");
}

void TestClaimFinder::noClaim()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    const DocumentAnalysis analysis = analyze(text, language);
    QVERIFY2(analysis.claims.isEmpty(), qPrintable(describeClaims(analysis)));
}

void TestClaimFinder::scoresAgainstGold()
{
    QStringList folders{QStringLiteral(CLAIMSCOPE_SAMPLE_DIR)};
    if (QDir(QStringLiteral(CLAIMSCOPE_SEEDS_DIR)).exists())
        folders.append(QStringLiteral(CLAIMSCOPE_SEEDS_DIR));
    for (const QString &folder : folders) {
        const GoldScores gold = scoreGoldFolder(
            *m_pipeline, folder, [](const GoldDocument &document, const DocumentAnalysis &predicted) {
                // For tuning the rules: every predicted claim, with its speaker or source.
                if (qEnvironmentVariableIsSet("CLAIMSCOPE_DUMP_CLAIMS"))
                    qInfo().noquote()
                        << document.name
                        << describeClaims(predicted).replace(QStringLiteral("; "), QStringLiteral("\n  "));
            });
        for (const GoldError &error : gold.errors)
            qWarning("%s", qPrintable(error.text()));
        QVERIFY2(!gold.scores.isEmpty(), qPrintable(folder));
        qInfo().noquote() << folder << "\n" << renderScoreTable(gold.scores);
    }
}

QTEST_GUILESS_MAIN(TestClaimFinder)
#include "tst_claimfinder.moc"
