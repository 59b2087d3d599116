#include "core/analysis/AnalysisPipeline.h"
#include "core/analysis/Evaluation.h"
#include "core/analysis/GoldSet.h"
#include "core/analysis/StanceScorer.h"
#include "core/highlight/Lexicon.h"

#include <QDir>
#include <QStandardPaths>
#include <QTest>

#include <memory>
#include <optional>
#include <variant>

using namespace claimscope::core;

// Every stance rule (see StanceScorer.h) has a row per language with a sentence written for the
// test: highlighted by the real helper with the built-in lexicon, analysed, and the speaker's
// stance checked. scoresAgainstGold prints the scores on the sample and seed articles (no
// thresholds yet).

namespace {

constexpr int kNoStance = 99;

const StanceAnnotation *stanceOf(const DocumentAnalysis &analysis, const QString &speaker)
{
    for (const StanceAnnotation &stance : analysis.stances) {
        if (stance.speaker == speaker)
            return &stance;
    }
    return nullptr;
}

QString describeStances(const QString &text, const DocumentAnalysis &analysis)
{
    QStringList lines;
    for (const StanceAnnotation &stance : analysis.stances) {
        QStringList evidence;
        for (const TextRange &range : stance.evidence)
            evidence.append(text.mid(range.start, range.length()));
        lines.append(QStringLiteral("%1=%2 [%3]")
                         .arg(stance.speaker)
                         .arg(stance.score)
                         .arg(evidence.join(QStringLiteral(" | "))));
    }
    return lines.join(QStringLiteral("; "));
}

} // namespace

class TestStanceScorer final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void stances_data();
    void stances();
    void documentStance();

    void scoresAgainstGold();

private:
    DocumentAnalysis analyze(const QString &text, const QString &language);

    std::unique_ptr<AnalysisPipeline> m_pipeline;
};

void TestStanceScorer::initTestCase()
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

DocumentAnalysis TestStanceScorer::analyze(const QString &text, const QString &language)
{
    auto analysis = m_pipeline->analyze(text, language);
    if (const QString *error = std::get_if<QString>(&analysis)) {
        qWarning("highlighting failed: %s", qPrintable(*error));
        return {};
    }
    return std::get<DocumentAnalysis>(analysis);
}

void TestStanceScorer::stances_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("speaker");
    QTest::addColumn<int>("score");

    const auto row = [](const char *name, const char *language, const char *text, const char *speaker,
                        int score) {
        QTest::newRow(name) << QString::fromUtf8(language) << QString::fromUtf8(text)
                            << QString::fromUtf8(speaker) << score;
    };
    // Refusal and "no plans": against.
    row("english: a quoted refusal to join is against", "en",
        "“We reject any idea of joining the alliance,” Peskov said.", "peskov", -1);
    row("english: a reported no-plans claim is against", "en",
        "Uali said the country had no plans to apply for membership in the bloc.", "uali", -1);
    row("russian: не планирует вступать is against", "ru",
        "Уали заявил, что страна не планирует вступать в этот союз.", "uali", -1);
    row("turkish: katılmayı düşünmüyor is against", "tr",
        "Uali, ülkenin bu birliğe katılmayı düşünmediğini söyledi.", "uali", -1);
    // Negated need: "not necessary to join".
    row("english: not necessary to join is against", "en",
        "“It is not necessary to join the organisation,” Lavrov said.", "lavrov", -1);
    row("russian: вступать необязательно is against", "ru",
        "«Вступать в организацию необязательно», — сказал Лавров.", "lavrov", -1);
    row("turkish: katılmak zorunlu değil is against", "tr",
        "Lavrov, “Bu örgüte katılmak zorunlu değil” dedi.", "lavrov", -1);
    // Hedges keep it at −1: "for now", partner status.
    row("english: for now and partner status stay at minus one", "en",
        "“We are not applying for full membership for now; partner status is enough,” Abayev said.", "abayev",
        -1);
    row("russian: пока stays at minus one", "ru",
        "Абаев сказал, что пока страна не будет подавать заявку на членство.", "abayev", -1);
    row("turkish: şimdilik stays at minus one", "tr",
        "Abayev, ülkenin şimdilik üyelik için başvurmayacağını söyledi.", "abayev", -1);
    // Firm words: −2.
    row("english: never joining is firmly against", "en", "“We will never join that bloc,” Poletaev said.",
        "poletaev", -2);
    row("russian: никогда is firmly against", "ru", "«Мы никогда не вступим в этот блок», — сказал Полетаев.",
        "poletaev", -2);
    row("turkish: asla is firmly against", "tr", "Poletaev, “Bu bloğa asla katılmayız” dedi.", "poletaev",
        -2);
    // Opportunities, benefits, support: favourable.
    row("english: opportunities of membership are favourable", "en",
        "“Membership would bring real opportunities and benefits,” Bakhitkhanov said.", "bakhitkhanov", 1);
    row("russian: возможности членства are favourable", "ru",
        "Бахитханов сказал, что членство в объединении откроет новые возможности.", "bakhitkhanov", 1);
    row("turkish: üyelik fırsatlar is favourable", "tr",
        "Bakhitkhanov, üyeliğin yeni fırsatlar yaratacağını söyledi.", "bakhitkhanov", 1);
    // Calling to join: pushing.
    row("english: urging to join is pushing", "en",
        "“We urge our neighbours to join the alliance,” Lavrov said.", "lavrov", 2);
    row("russian: призывает вступить is pushing", "ru",
        "«Мы призываем соседей вступить в союз», — сказал Лавров.", "lavrov", 2);
    row("turkish: katılmaya çağırıyoruz is pushing", "tr",
        "Lavrov, “Komşularımızı bu birliğe katılmaya çağırıyoruz” dedi.", "lavrov", 2);
    // Negation flips against into favour.
    row("english: no hostility towards the bloc is favourable", "en",
        "“There is no hostility towards the bloc here,” Abishev said.", "abishev", 1);
    row("russian: враждебности нет is favourable", "ru", "«Враждебности к блоку у нас нет», — сказал Абишев.",
        "abishev", 1);
    row("turkish: düşmanlık yok is favourable", "tr", "Abishev, “Bu bloğa karşı düşmanlık yok” dedi.",
        "abishev", 1);
    // Mixed: as much for as against is neutral.
    row("english: opportunities and obligations together are neutral", "en",
        "“Membership brings opportunities but also obligations,” Bakhitkhanov said.", "bakhitkhanov", 0);
    row("russian: возможности и обязательства together are neutral", "ru",
        "Бахитханов сказал, что членство даст возможности, но и обязательства.", "bakhitkhanov", 0);
    row("turkish: fırsatlar and yükümlülükler together are neutral", "tr",
        "Bakhitkhanov, üyeliğin fırsatlar ama yükümlülükler de getireceğini söyledi.", "bakhitkhanov", 0);
    // A setback for someone flips the refusal into their favour.
    row("english: a refusal that is a setback for someone means they are for it", "en",
        "The decision not to join the bloc is a setback for Putin.", "putin", 1);
    // Courtesy about the country, without the question's vocabulary: a neutral comment.
    row("english: calling the country a friend and strategic partner is neutral", "en",
        "Peskov called the neighbouring republic a “friend and strategic partner”.", "peskov", 0);
    row("russian: назвал другом и стратегическим партнёром is neutral", "ru",
        "Песков назвал соседнюю республику «другом и стратегическим партнёром».", "peskov", 0);
    row("turkish: dost ve stratejik ortak is neutral", "tr",
        "Peskov, komşu cumhuriyeti “dost ve stratejik ortak” olarak nitelendirdi.", "peskov", 0);
    // Concession: a denied need followed by an opening to cooperation is favourable.
    row("english: not necessary to join but cooperation possible is favourable", "en",
        "“It is not necessary to join the alliance, but cooperation on joint projects is possible,” Lavrov "
        "said.",
        "lavrov", 1);
    row("russian: вступать необязательно, но сотрудничать можно is favourable", "ru",
        "«Вступать в альянс необязательно, но сотрудничать по общим проектам можно», — сказал Лавров.",
        "lavrov", 1);
    row("turkish: katılmak zorunlu değil ama işbirliği mümkün is favourable", "tr",
        "Lavrov, “Bu ittifaka katılmak zorunlu değil, ama ortak projelerde işbirliği mümkün” dedi.", "lavrov",
        1);
    // "Rather than" denies what follows it; the next sentence about "he" carries the question.
    row("english: caution rather than refusal, continued by he, is against", "en",
        "Ashimbayev sees the government's line as caution rather than refusal. He says the bloc needs study "
        "first.",
        "ashimbayev", -1);
    // A time hedge with no negation in its sentence limits nothing.
    row("english: opportunities at this stage stay favourable", "en",
        "“Membership could open opportunities for us, and at this stage the leaders are weighing it,” "
        "Bakhitkhanov said.",
        "bakhitkhanov", 1);
    row("turkish: şimdilik with a negated participle stays against", "tr",
        "Poletaev, “Bu birlik şimdilik tüzüğü olmayan bir kulüp” dedi.", "poletaev", -1);
    // A setback with no other signal still says the person wanted it.
    row("english: a setback for someone, even without a refusal word, means they are for it", "en",
        "For Putin, it is a setback that the republic is still absent from the bloc.", "putin", 1);
    // Named inside another person's words: that clause is the named person's evidence too.
    row("english: a president said in someone's quote to approach membership carefully is against", "en",
        "“On the bloc, President Tokayev approached the question of membership carefully,” Poletaev said.",
        "tokayev", -1);
    row("english: a president said in someone's claim to attend as a guest, in a paragraph on the bloc, is "
        "against",
        "en",
        "The reaction to the bloc decision was mild. Peskov noted that Moscow still expected President "
        "Tokayev at the summit, where he would attend as a guest.",
        "tokayev", -1);
    // No evidence: no stance.
    row("english: a name in a citation without a role gives no stance", "en",
        "The republic rejected membership of the bloc (Poletaev, Eurasia Monitor, 2024).", "poletaev",
        kNoStance);
    row("english: talk without the question gives no stance", "en",
        "“The weather in the capital was fine,” Peskov said.", "peskov", kNoStance);
    row("russian: talk without the question gives no stance", "ru",
        "«Погода в столице была хорошей», — сказал Песков.", "peskov", kNoStance);
    row("turkish: talk without the question gives no stance", "tr", "Peskov, “Başkentte hava güzeldi” dedi.",
        "peskov", kNoStance);
}

void TestStanceScorer::stances()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QString, speaker);
    QFETCH(int, score);

    const DocumentAnalysis analysis = analyze(text, language);
    const StanceAnnotation *stance = stanceOf(analysis, speaker);
    const QString found = describeStances(text, analysis);
    if (score == kNoStance) {
        QVERIFY2(!stance, qPrintable(found));
        return;
    }
    QVERIFY2(stance, qPrintable(found));
    QVERIFY2(stance->score == score, qPrintable(found));
    QVERIFY2(!stance->evidence.isEmpty(), qPrintable(found));
    QCOMPARE(stance->target, stanceTarget());
    QVERIFY(stance->confidence > 0 && stance->confidence <= 1);
}

void TestStanceScorer::documentStance()
{
    const QString text = QStringLiteral(
        "The country has no plans to join the bloc for now. Officials see partner status as enough.");
    QVERIFY(std::holds_alternative<DocumentAnalysis>(m_pipeline->analyze(text, QStringLiteral("en"))));
    const std::optional<StanceAnnotation> stance =
        scoreDocumentStance(text, QStringLiteral("en"), {{0, 50}, {51, text.size()}});
    QVERIFY(stance);
    QCOMPARE(stance->score, -1);
    QVERIFY(stance->speaker.isEmpty());
}

void TestStanceScorer::scoresAgainstGold()
{
    QStringList folders{QStringLiteral(CLAIMSCOPE_SAMPLE_DIR)};
    if (QDir(QStringLiteral(CLAIMSCOPE_SEEDS_DIR)).exists())
        folders.append(QStringLiteral(CLAIMSCOPE_SEEDS_DIR));
    for (const QString &folder : folders) {
        const GoldScores gold = scoreGoldFolder(
            *m_pipeline, folder, [](const GoldDocument &document, const DocumentAnalysis &predicted) {
                if (qEnvironmentVariableIsSet("CLAIMSCOPE_STANCE_DEBUG"))
                    qInfo().noquote() << document.name << describeStances(document.text, predicted);
            });
        for (const GoldError &error : gold.errors)
            qWarning("%s", qPrintable(error.text()));
        QVERIFY2(!gold.scores.isEmpty(), qPrintable(folder));
        qInfo().noquote() << folder << "\n" << renderScoreTable(gold.scores);
    }
}

QTEST_GUILESS_MAIN(TestStanceScorer)
#include "tst_stancescorer.moc"
