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

// Every rule of the analyzer has a row here with a sentence written for the test: the text is
// highlighted by the real helper with the built-in lexicon, analysed, and the result checked.
// scoresAgainstGold prints the scores on the sample and the seed articles (no thresholds yet).

namespace {

const QuoteAnnotation *quoteWithText(const DocumentAnalysis &analysis, const QString &text)
{
    for (const QuoteAnnotation &quote : analysis.quotes) {
        if (quote.text == text)
            return &quote;
    }
    return nullptr;
}

QString describeQuotes(const DocumentAnalysis &analysis)
{
    QStringList lines;
    for (const QuoteAnnotation &quote : analysis.quotes)
        lines.append(QStringLiteral("[%1] ← %2 (%3)").arg(quote.text, quote.speaker, quote.cue));
    return lines.join(QStringLiteral("; "));
}

QString describeClaims(const DocumentAnalysis &analysis)
{
    QStringList lines;
    for (const ClaimAnnotation &claim : analysis.claims)
        lines.append(QStringLiteral("[%1] ← %2 (%3)").arg(claim.text, claim.speaker, claim.cue));
    return lines.join(QStringLiteral("; "));
}

} // namespace

class TestAnalyzer final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void quotes_data();
    void quotes();
    void nonSpeech_data();
    void nonSpeech();
    void speakers_data();
    void speakers();
    void figures_data();
    void figures();
    void claims_data();
    void claims();

    void scoresAgainstGold();

private:
    DocumentAnalysis analyze(const QString &text, const QString &language);

    std::unique_ptr<AnalysisPipeline> m_pipeline;
};

void TestAnalyzer::initTestCase()
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

DocumentAnalysis TestAnalyzer::analyze(const QString &text, const QString &language)
{
    auto analysis = m_pipeline->analyze(text, language);
    if (const QString *error = std::get_if<QString>(&analysis)) {
        qWarning("highlighting failed: %s", qPrintable(*error));
        return {};
    }
    return std::get<DocumentAnalysis>(analysis);
}

void TestAnalyzer::quotes_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("speaker");
    QTest::addColumn<bool>("marks");

    const auto row = [](const char *name, const char *language, const char *text, const char *quote,
                        const char *speaker, bool marks = true) {
        QTest::newRow(name) << QString::fromUtf8(language) << QString::fromUtf8(text)
                            << QString::fromUtf8(quote) << QString::fromUtf8(speaker) << marks;
    };
    row("english: postposed tag with the name after the cue", "en",
        "“We will keep talking to every partner,” said Lavrov.", "We will keep talking to every partner,",
        "lavrov");
    row("english: postposed tag with the name before the cue", "en",
        "“The door stays open for now,” Peskov told reporters on Friday.", "The door stays open for now,",
        "peskov");
    row("english: preposed tag with a colon", "en",
        "Uali said: “The decision was taken after long consultations.”",
        "The decision was taken after long consultations.", "uali");
    row("english: according to before a quote", "en",
        "According to Abayev, “the format suits both sides well.”", "the format suits both sides well.",
        "abayev");
    row("english: pronoun in the tag means the latest name", "en",
        "Peskov spoke to reporters in Moscow. “Nothing has changed between our countries,” he said.",
        "Nothing has changed between our countries,", "peskov");
    row("english: the expert means the latest expert, not the latest name", "en",
        "Abishev spoke after Lavrov. “Membership would bring new duties,” the expert said.",
        "Membership would bring new duties,", "abishev");
    row("english: second part of a split quote keeps the speaker", "en",
        "“We are not in a hurry,” Tokayev said. “Every option stays on the table.”",
        "Every option stays on the table.", "tokayev");
    row("english: quote without a tag continues the previous sentence's speaker", "en",
        "Uali spoke about the summit plans. “The president will travel as a guest of the hosts.”",
        "The president will travel as a guest of the hosts.", "uali");
    row("english: unclosed paragraph takes the tag of the next quoted paragraph", "en",
        "“We have studied the offer in detail and weighed every consequence.\n“Our answer is a careful one,” "
        "Lavrov said.",
        "We have studied the offer in detail and weighed every consequence.", "lavrov");
    row("english: a nested quote stays inside its quote", "en",
        "“They called it ‘a pause’ and moved on,” Abayev said.", "They called it ‘a pause’ and moved on,",
        "abayev");
    row("english: unmarked paragraph closed by says and a name", "en",
        "There is no reason to rush into a new bloc while the old ones still work, says Poletayev.",
        "There is no reason to rush into a new bloc while the old ones still work", "poletaev", false);
    row("english: unmarked paragraph closed by the expert says", "en",
        "Dombay explained the background first.\nThe country needs time to study the rules of any new club, "
        "the "
        "expert says.",
        "The country needs time to study the rules of any new club", "dombay", false);
    row("russian: postposed tag after a dash", "ru", "«Мы не спешим с решением», — заявил Токаев.",
        "Мы не спешим с решением", "tokayev");
    row("russian: inflected surname in a preposed tag", "ru",
        "По словам Пескова, «сотрудничество продолжится в прежнем формате».",
        "сотрудничество продолжится в прежнем формате", "peskov");
    row("russian: pronoun after a dash means the latest name", "ru",
        "Лавров ответил на вопросы журналистов. «Вступать необязательно», — сказал он.",
        "Вступать необязательно", "lavrov");
    row("russian: the expert means the latest expert", "ru",
        "Ашимбаев выступил после Уали. «Союз пока не готов к расширению», — подчеркнул эксперт.",
        "Союз пока не готов к расширению", "ashimbayev");
    row("russian: name and colon before a quote", "ru", "Абаев: «Статус партнёра нас полностью устраивает».",
        "Статус партнёра нас полностью устраивает", "abayev");
    row("russian: unmarked paragraph closed by a dash tag", "ru",
        "Республика выбрала осторожный путь и будет ждать ясных правил, — считает Полетаев.",
        "Республика выбрала осторожный путь и будет ждать ясных правил", "poletaev", false);
    row("turkish: cue then name after the quote", "tr",
        "“Acele etmiyoruz, her seçeneği değerlendiriyoruz” dedi Tokayev.",
        "Acele etmiyoruz, her seçeneği değerlendiriyoruz", "tokayev");
    row("turkish: subject before the quote and diye konuştu after it", "tr",
        "Lavrov, “Bu tutumun açıklığa kavuşması gerekiyor” diye konuştu.",
        "Bu tutumun açıklığa kavuşması gerekiyor", "lavrov");
    row("turkish: uzman means the latest expert", "tr",
        "Abişev konuyu Peskov ile değerlendirdi. Uzman, “Bloğa karşı bir düşmanlık yok” diyor.",
        "Bloğa karşı bir düşmanlık yok", "abishev");
    row("english: a cue right before an article keeps a one-word quote as speech", "en",
        "Lavrov called it a “mistake” on Monday.", "mistake", "lavrov");
    row("english: a quoted word in the speaker's own series of adjectives stays speech", "en",
        "Uali described the union as a stable, “reliable” partner for the region.", "reliable", "uali");
    row("english: a cue after and belongs to the subject before the quote, not to a name in its that-clause",
        "en",
        "Peskov described the talks as “open and very useful” and noted that Moscow still expected Tokayev "
        "at the summit.",
        "open and very useful", "peskov");
    row("english: a possessive name before a role noun is not the speaker", "en",
        "Abayev, Tokayev’s adviser, described the offer as “a fair and balanced step”.",
        "a fair and balanced step", "abayev");
    row("english: a quote after a person's possessive statement is that person's", "en",
        "Critics still recall Lavrov’s 2019 statement that “borders are a matter of history,” which caused "
        "a stir.",
        "borders are a matter of history,", "lavrov");
    row("english: an epigraph is signed by the name on the line below it", "en",
        "“Patience is the best of all diplomacies”\n\nBerik Uali, spokesperson\n\nThe article begins here.",
        "Patience is the best of all diplomacies", "uali");
    row("turkish: unmarked paragraph closed by diyor and a name", "tr",
        "Kazakistan yeni oluşumlara katılmadan önce kuralları dikkatle incelemek istiyor, diyor Aşimbayev.",
        "Kazakistan yeni oluşumlara katılmadan önce kuralları dikkatle incelemek istiyor", "ashimbayev",
        false);
    row("english: a person the lexicon lacks, introduced with a role, is the quote's speaker", "en",
        "“The decision was long prepared,” said political scientist Marat Seitov.",
        "The decision was long prepared,", "suggested:Marat Seitov");
    row("russian: a new person in the genitive is the speaker under their nominative name", "ru",
        "«Решение готовилось давно», — отметил в беседе с нами политолог Арман Беков. "
        "«Сюрпризов не было», — добавил Беков.",
        "Сюрпризов не было", "suggested:Арман Беков");
    row("turkish: a new person after a role is the speaker of a later quote by surname", "tr",
        "Siyaset bilimci Ayşe Demir kararı değerlendirdi. “Bu beklenen bir adımdı” dedi Demir.",
        "Bu beklenen bir adımdı", "suggested:Ayşe Demir");
}

void TestAnalyzer::quotes()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QString, quote);
    QFETCH(QString, speaker);
    QFETCH(bool, marks);
    const DocumentAnalysis analysis = analyze(text, language);
    const QuoteAnnotation *found = quoteWithText(analysis, quote);
    QVERIFY2(found, qPrintable(QStringLiteral("quotes: ") + describeQuotes(analysis)));
    QVERIFY2(found->speaker == speaker, qPrintable(QStringLiteral("quotes: ") + describeQuotes(analysis)));
    QCOMPARE(found->quoteMarks, marks);
    QVERIFY(found->confidence > 0 && found->confidence <= 1);
    QCOMPARE(found->range.length(), quote.size());
    QCOMPARE(text.mid(found->range.start, found->range.length()), quote);
}

void TestAnalyzer::nonSpeech_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("quotes");

    QTest::newRow("english: a so-called term is not speech")
        << QStringLiteral("en") << QStringLiteral("The so-called “multi-vector” policy remains in place.")
        << 0;
    QTest::newRow("english: a title after a publication word is not speech")
        << QStringLiteral("en")
        << QStringLiteral("Lavrov gave an interview to the weekly “Global Affairs Today” on Monday.") << 0;
    QTest::newRow("english: a nested quote is not a quote of its own")
        << QStringLiteral("en") << QStringLiteral("“They called it ‘a pause’ and moved on,” Abayev said.")
        << 1;
    QTest::newRow("russian: one word in quotes without a cue is a term")
        << QStringLiteral("ru") << QStringLiteral("Наблюдатели обсуждают формат «аутрич» на саммите.") << 0;
    QTest::newRow("english: a title-case headline without a cue is a title")
        << QStringLiteral("en")
        << QStringLiteral("Sources: Smith, J. “Central Asian Markets Expect Slower Growth Next Year”, 2023.")
        << 0;
    QTest::newRow("english: a quoted title followed by an outlet and a link is a reference")
        << QStringLiteral("en")
        << QStringLiteral("[3] Smith, J., “Farmers in the steppe wait for rain”, The Steppe Review, "
                          "https://example.org/rain, 2023.")
        << 0;
    QTest::newRow("english: a quoted phrase followed by a report by is a title")
        << QStringLiteral("en")
        << QStringLiteral(
               "The figure comes from “Why the grain trade keeps growing”, a report by two economists.")
        << 0;
    QTest::newRow("english: one word after an article is a term even when the sentence has a cue")
        << QStringLiteral("en")
        << QStringLiteral(
               "The bank announced that the country now holds the status of “observer” in the fund.")
        << 0;
    QTest::newRow("english: a quoted modifier after a preposition is a term even when the sentence has a cue")
        << QStringLiteral("en")
        << QStringLiteral(
               "The bloc announced that four states had been invited with “observer nation” status.")
        << 0;
    QTest::newRow("turkish: two words in quotes without a cue are a scare quote")
        << QStringLiteral("tr") << QStringLiteral("Yasaklar bir tür “ceza kararı” olarak görüldü.") << 0;
}

void TestAnalyzer::nonSpeech()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(int, quotes);
    const DocumentAnalysis analysis = analyze(text, language);
    QVERIFY2(analysis.quotes.size() == quotes, qPrintable(describeQuotes(analysis)));
}

void TestAnalyzer::speakers_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QList<int>>("mentions");

    QTest::newRow("russian: case forms of one surname are one person")
        << QStringLiteral("ru")
        << QStringLiteral("Журналисты спросили Токаева о сроках, а беседа с Токаевым длилась час.")
        << QStringList{QStringLiteral("tokayev")} << QList<int>{2};
    QTest::newRow("english: spelling variants are one person")
        << QStringLiteral("en") << QStringLiteral("Tokayev, also spelled Toqayev, spoke first.")
        << QStringList{QStringLiteral("tokayev")} << QList<int>{2};
    QTest::newRow("turkish: suffixed names resolve without their suffix")
        << QStringLiteral("tr") << QStringLiteral("Tokayev'in ofisi ile Lavrov'un yardımcısı görüştü.")
        << QStringList{QStringLiteral("tokayev"), QStringLiteral("lavrov")} << QList<int>{1, 1};
    QTest::newRow("russian: a latin-script name in a russian text resolves")
        << QStringLiteral("ru") << QStringLiteral("Журналисты долго ждали, и Peskov ответил кратко.")
        << QStringList{QStringLiteral("peskov")} << QList<int>{1};
    QTest::newRow("english: a person the lexicon lacks is suggested, beside a lexicon person")
        << QStringLiteral("en")
        << QStringLiteral("Political scientist Marat Seitov met Lavrov. Seitov later spoke to reporters.")
        << QStringList{QStringLiteral("suggested:Marat Seitov"), QStringLiteral("lavrov")}
        << QList<int>{2, 1};
}

void TestAnalyzer::speakers()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QStringList, ids);
    QFETCH(QList<int>, mentions);
    const DocumentAnalysis analysis = analyze(text, language);
    QStringList actualIds;
    QList<int> actualMentions;
    for (const SpeakerMention &speaker : analysis.speakers) {
        actualIds.append(speaker.id);
        actualMentions.append(int(speaker.mentions.size()));
        QVERIFY(!speaker.name.isEmpty());
        QVERIFY(!speaker.role.isEmpty());
        QCOMPARE(speaker.suggested, speaker.id.startsWith(QStringLiteral("suggested:")));
    }
    QCOMPARE(actualIds, ids);
    QCOMPARE(actualMentions, mentions);
}

void TestAnalyzer::figures_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("figure");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("speaker");
    QTest::addColumn<int>("year");

    QTest::newRow("english: money inside a quote belongs to its speaker")
        << QStringLiteral("en")
        << QStringLiteral("“Trade with Europe reached $43 billion in 2023,” Tokayev said.")
        << QStringLiteral("$43 billion") << 43e9 << QStringLiteral("USD") << QStringLiteral("tokayev")
        << 2023;
    QTest::newRow("russian: a percentage in a reported claim belongs to its source")
        << QStringLiteral("ru")
        << QStringLiteral("Домбай заявил, что более 80% экспорта идёт через этот порт.")
        << QStringLiteral("более 80%") << 80.0 << QStringLiteral("percent") << QStringLiteral("dombay") << 0;
    QTest::newRow("turkish: a count in the author's voice has no speaker")
        << QStringLiteral("tr") << QStringLiteral("Zirvede 13 ülke ortak statü aldı.") << QStringLiteral("13")
        << 13.0 << QStringLiteral("countries") << QString() << 0;
}

void TestAnalyzer::figures()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QString, figure);
    QFETCH(double, value);
    QFETCH(QString, unit);
    QFETCH(QString, speaker);
    QFETCH(int, year);
    const DocumentAnalysis analysis = analyze(text, language);
    const FigureAnnotation *found = nullptr;
    QStringList seen;
    for (const FigureAnnotation &candidate : analysis.figures) {
        seen.append(candidate.text);
        if (candidate.text == figure)
            found = &candidate;
    }
    QVERIFY2(found, qPrintable(QStringLiteral("figures: ") + seen.join(QStringLiteral(", "))));
    QCOMPARE(found->value, value);
    QCOMPARE(found->unit, unit);
    QCOMPARE(found->speaker, speaker);
    QCOMPARE(found->year.value_or(0), year);
}

void TestAnalyzer::claims_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("claim");
    QTest::addColumn<QString>("speaker");

    const auto row = [](const char *name, const char *language, const char *text, const char *claim,
                        const char *speaker) {
        QTest::newRow(name) << QString::fromUtf8(language) << QString::fromUtf8(text)
                            << QString::fromUtf8(claim) << QString::fromUtf8(speaker);
    };
    row("english: said that gives the clause after that", "en",
        "Uali said that the republic does not plan to apply in the near future.",
        "the republic does not plan to apply in the near future", "uali");
    row("english: according to at the sentence start", "en",
        "According to Abishev, the bloc is seen as a counterweight to the West.",
        "the bloc is seen as a counterweight to the West", "abishev");
    row("english: believes takes its object clause", "en",
        "Poletayev believes the group still lacks a charter.", "the group still lacks a charter", "poletaev");
    row("english: a pronoun subject means the latest name", "en",
        "Lavrov spoke on Monday. He noted that cooperation remains possible in concrete projects.",
        "cooperation remains possible in concrete projects", "lavrov");
    row("russian: po slovam and a name in the genitive", "ru",
        "По словам Уали, Астана видит в ООН главную площадку.", "Астана видит в ООН главную площадку",
        "uali");
    row("russian: a cue followed by comma and chto", "ru",
        "Сапаров заявил, что переговоры о снятии ограничений уже начались.",
        "переговоры о снятии ограничений уже начались", "saparov");
    row("turkish: a name with göre", "tr", "Dombay'a göre bu kısıtlamalar kararla bağlantılı.",
        "bu kısıtlamalar kararla bağlantılı", "dombay");
    row("turkish: a sentence-final cue with the subject first", "tr",
        "Uali, ülkenin başvuru yapmayı planlamadığını söyledi.", "ülkenin başvuru yapmayı planlamadığını",
        "uali");
    row("russian: po mneniyu and a new person in the genitive", "ru",
        "По мнению политолога Армана Бекова, решение было ожидаемым.", "решение было ожидаемым",
        "suggested:Арман Беков");
    row("english: the expert means the new person introduced as an analyst", "en",
        "Aigerim Nurlanova, an analyst in Almaty, spoke on Monday. The expert believes that trade will grow.",
        "trade will grow", "suggested:Aigerim Nurlanova");
}

void TestAnalyzer::claims()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QString, claim);
    QFETCH(QString, speaker);
    const DocumentAnalysis analysis = analyze(text, language);
    const ClaimAnnotation *found = nullptr;
    for (const ClaimAnnotation &candidate : analysis.claims) {
        if (candidate.text == claim)
            found = &candidate;
    }
    QVERIFY2(found, qPrintable(QStringLiteral("claims: ") + describeClaims(analysis)));
    QCOMPARE(found->speaker, speaker);
    QVERIFY(!found->cue.isEmpty());
}

void TestAnalyzer::scoresAgainstGold()
{
    QStringList folders{QStringLiteral(CLAIMSCOPE_SAMPLE_DIR)};
    if (QDir(QStringLiteral(CLAIMSCOPE_SEEDS_DIR)).exists())
        folders.append(QStringLiteral(CLAIMSCOPE_SEEDS_DIR));
    for (const QString &folder : folders) {
        const GoldScores gold = scoreGoldFolder(*m_pipeline, folder);
        for (const GoldError &error : gold.errors)
            qWarning("%s", qPrintable(error.text()));
        QVERIFY2(!gold.scores.isEmpty(), qPrintable(folder));
        qInfo().noquote() << folder << "\n" << renderScoreTable(gold.scores);
    }
}

QTEST_GUILESS_MAIN(TestAnalyzer)
#include "tst_analyzer.moc"
