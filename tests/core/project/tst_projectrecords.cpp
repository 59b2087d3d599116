#include "core/project/ProjectRecords.h"

#include <QTest>

using namespace claimscope::core;

// The analyzer's output turned into the records a project stores.
class TestProjectRecords final : public QObject {
    Q_OBJECT

private slots:
    void keysRoundTrip();
    void unknownKeysAreRefused();
    void analysisBecomesRecords();
};

void TestProjectRecords::keysRoundTrip()
{
    for (AnnotationKind kind : {AnnotationKind::Quote, AnnotationKind::Claim, AnnotationKind::Figure,
                                AnnotationKind::SpeakerMention})
        QCOMPARE(kindFromKey(kindKey(kind)), kind);
    for (Origin origin : {Origin::Automatic, Origin::Manual, Origin::Edited})
        QCOMPARE(originFromKey(originKey(origin)), origin);
}

void TestProjectRecords::unknownKeysAreRefused()
{
    QVERIFY(!kindFromKey(QStringLiteral("Quote")).has_value());
    QVERIFY(!originFromKey(QString()).has_value());
}

void TestProjectRecords::analysisBecomesRecords()
{
    DocumentAnalysis analysis;
    analysis.language = QStringLiteral("en");
    SpeakerMention known;
    known.id = QStringLiteral("lavrov");
    known.mentions = {{0, 6}, {40, 46}};
    SpeakerMention suggested;
    suggested.id = QStringLiteral("suggested:Marat Seitov");
    suggested.name = QStringLiteral("Marat Seitov");
    suggested.role = QStringLiteral("analyst");
    suggested.kind = QStringLiteral("expert");
    suggested.suggested = true;
    suggested.mentions = {{60, 72}};
    analysis.speakers = {known, suggested};
    QuoteAnnotation quote;
    quote.range = {10, 30};
    quote.speaker = QStringLiteral("lavrov");
    quote.cue = QStringLiteral("said");
    quote.confidence = 0.9;
    analysis.quotes = {quote};
    FigureAnnotation figure;
    figure.range = {80, 92};
    figure.value = 43e9;
    figure.unit = QStringLiteral("USD");
    figure.year = 2023;
    analysis.figures = {figure};
    StanceAnnotation stance;
    stance.speaker = QStringLiteral("lavrov");
    stance.score = 1;
    stance.evidence = {{10, 30}};
    analysis.stances = {stance};

    SpeakerRecord lavrov;
    lavrov.speaker.id = QStringLiteral("lavrov");
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
    const AnalysisRecords records = recordsFromAnalysis(7, analysis, {lavrov}, now);

    // Three mentions, one quote, one figure; every one automatic, of source 7, stamped now.
    QCOMPARE(records.annotations.size(), 5);
    for (const AnnotationRecord &record : records.annotations) {
        QCOMPARE(record.source, SourceId(7));
        QCOMPARE(record.origin, Origin::Automatic);
        QCOMPARE(record.created, now);
        QCOMPARE(record.id, AnnotationId(0));
    }
    QCOMPARE(records.annotations.at(0).kind, AnnotationKind::SpeakerMention);
    QCOMPARE(records.annotations.at(2).speaker, QStringLiteral("suggested:Marat Seitov"));
    QCOMPARE(records.annotations.at(3).kind, AnnotationKind::Quote);
    QCOMPARE(records.annotations.at(3).cue, QStringLiteral("said"));
    QCOMPARE(records.annotations.at(4).figure.year, std::optional<int>(2023));
    QCOMPARE(records.annotations.at(4).figure.value, 43e9);
    // Only the person the project does not know yet is new, with the kind its role implies.
    QCOMPARE(records.newSpeakers.size(), 1);
    QCOMPARE(records.newSpeakers.front().speaker.id, QStringLiteral("suggested:Marat Seitov"));
    QCOMPARE(records.newSpeakers.front().speaker.kind, QStringLiteral("expert"));
    QVERIFY(records.newSpeakers.front().suggested);
    QCOMPARE(records.stances.size(), 1);
    QCOMPARE(records.stances.front().score, 1);
    QCOMPARE(records.stances.front().evidence, (QList<TextRange>{{10, 30}}));
}

QTEST_GUILESS_MAIN(TestProjectRecords)
#include "tst_projectrecords.moc"
