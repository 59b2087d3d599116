#include "../project/ProjectTestSupport.h"
#include "../project/SampleAnalysis.h"
#include "FigureProject.h"
#include "core/analysis/FigureParser.h"
#include "core/analysis/GoldSet.h"
#include "core/charts/ChartLimits.h"
#include "core/charts/ChartModels.h"
#include "core/charts/ChartText.h"
#include "core/charts/FigureChart.h"
#include "core/charts/FigureNormalisation.h"
#include "core/charts/PassageSentence.h"
#include "core/charts/StanceChart.h"
#include "core/charts/VoiceChart.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace claimscope::core;
using namespace claimscope::test;
using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<Project> sampleProject(const AnalysedSample &sample)
{
    auto project = std::make_unique<Project>();
    if (!fillProject(*project, sample))
        return nullptr;
    return project;
}

// The analyzer's measure a gold figure's longer description stands for.
QString analyzerMeasure(const QString &goldMeasure)
{
    if (goldMeasure.contains(u"trade turnover"))
        return u"trade turnover"_s;
    if (goldMeasure.contains(u"foreign trade"))
        return u"share of foreign trade"_s;
    if (goldMeasure.contains(u"oil exports"))
        return u"share of oil exports"_s;
    if (goldMeasure.contains(u"countries"))
        return u"countries"_s;
    return {};
}

const ChartGroup *groupByKey(const Chart &chart, const QString &key)
{
    for (const ChartGroup &group : chart.groups) {
        if (group.key == key)
            return &group;
    }
    return nullptr;
}

const ChartBar *barOf(const Chart &chart, AnnotationId annotation, const ChartGroup **groupOut = nullptr)
{
    for (const ChartGroup &group : chart.groups) {
        for (const ChartBar &bar : group.bars) {
            for (const ChartPassage &passage : bar.passages) {
                if (passage.annotation == annotation) {
                    if (groupOut)
                        *groupOut = &group;
                    return &bar;
                }
            }
        }
    }
    return nullptr;
}

const ChartBar *barFor(const Chart &chart, SourceId source, const QString &speaker)
{
    for (const ChartGroup &group : chart.groups) {
        for (const ChartBar &bar : group.bars) {
            if (bar.source == source && bar.speaker == speaker)
                return &bar;
        }
    }
    return nullptr;
}

AnnotationId figureWritten(const Project &project, const QString &written)
{
    for (const SourceRecord &source : project.sources()) {
        for (AnnotationId id : project.annotationsOf(source.id)) {
            const AnnotationRecord &a = *project.annotation(id);
            if (a.kind == AnnotationKind::Figure && project.annotationText(a) == written)
                return id;
        }
    }
    return 0;
}

QList<ChartBar> allBars(const Chart &chart)
{
    QList<ChartBar> bars;
    for (const ChartGroup &group : chart.groups)
        bars.append(group.bars);
    return bars;
}

QString sourceName(const Project &project, SourceId id)
{
    return QFileInfo(project.source(id)->document.metadata.filePath).completeBaseName();
}

} // namespace

class TestChartModels final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void normalisationOfWhatTheAnalysisStores_data();
    void normalisationOfWhatTheAnalysisStores();
    void sentenceAroundAPassage_data();
    void sentenceAroundAPassage();

    void figureGroupsAndValuesMatchTheSampleGold();
    void figuresInUnitsThatDoNotConvertGetGroupsOfTheirOwn();
    void conflictingFiguresAreFlaggedAndAgreeingOnesAreNot();
    void stanceBarsAreTheStancesThatCount();
    void voiceCountsAreTheQuotesAndClaims();
    void filtersRestrictEachChart();
    void everyBarLeadsToItsPassage();

    void stanceEditUpdatesTheChartAndUndoRestoresIt();
    void annotationEditsUpdateFiguresAndVoices();
    void keptFactsGiveTheSameChartsAsAFreshReading();
    void renameReachesTitlesAndNewSourcesAddSeries();
    void legendsNameSourcesByTheirOutlet();
    void limitsKeepTheLargestAndFoldTheRest();

private:
    AnalysedSample m_sample;
};

void TestChartModels::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_sample = analyseSample();
    QVERIFY2(m_sample.problem.isEmpty(), qPrintable(m_sample.problem));
}

// ---------------------------------------------------------------------------------------------
// Normalisation, from the text as the analyzer's parser reads it

void TestChartModels::normalisationOfWhatTheAnalysisStores_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("family");
    QTest::addColumn<double>("value");

    QTest::newRow("english: $43.5bn is 43.5 USD billion")
        << u"$43.5bn"_s << u"en"_s << u"money:USD"_s << 43.5;
    QTest::newRow("english: 43.5 billion dollars")
        << u"43.5 billion dollars"_s << u"en"_s << u"money:USD"_s << 43.5;
    QTest::newRow("english: 43,500 million USD is the same value")
        << u"43,500 million USD"_s << u"en"_s << u"money:USD"_s << 43.5;
    QTest::newRow("russian: 43,5 млрд долларов")
        << u"43,5 млрд долларов"_s << u"ru"_s << u"money:USD"_s << 43.5;
    QTest::newRow("turkish: 43 milyar dolar") << u"43 milyar dolar"_s << u"tr"_s << u"money:USD"_s << 43.0;
    QTest::newRow("english: 80% stays per cent") << u"80%"_s << u"en"_s << u"percent"_s << 80.0;
    QTest::newRow("english: more than 80% keeps the value, not the hedge")
        << u"more than 80%"_s << u"en"_s << u"percent"_s << 80.0;
    QTest::newRow("russian: около половины is 50 per cent")
        << u"около половины"_s << u"ru"_s << u"percent"_s << 50.0;
    QTest::newRow("turkish: yüzde 80") << u"yüzde 80"_s << u"tr"_s << u"percent"_s << 80.0;
    QTest::newRow("english: percentage points are a family of their own")
        << u"2.5 percentage points"_s << u"en"_s << u"points"_s << 2.5;
    QTest::newRow("russian: tenge stay tenge") << u"1,2 трлн тенге"_s << u"ru"_s << u"money:KZT"_s << 1200.0;
}

void TestChartModels::normalisationOfWhatTheAnalysisStores()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    QFETCH(QString, family);
    QFETCH(double, value);
    const std::optional<ParsedFigure> parsed = parseFigure(text, language);
    QVERIFY2(parsed, qPrintable(text));
    FigureFields fields;
    fields.value = parsed->value;
    fields.unit = parsed->unit;
    const NormalisedFigure normalised = normaliseFigure(fields);
    QCOMPARE(normalised.family, family);
    QVERIFY2(sameFigureValue(normalised.value, value),
             qPrintable(u"%1 ≠ %2"_s.arg(normalised.value, 0, 'g', 17).arg(value)));
}

void TestChartModels::sentenceAroundAPassage_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("passage");
    QTest::addColumn<QString>("sentence");

    const QString text = u"First one. Trade reached $43 billion in 2023, up 3.5 percent. Next.\nA new line"_s;
    QTest::newRow("between two full stops, past a decimal point")
        << text << u"$43 billion"_s << u"Trade reached $43 billion in 2023, up 3.5 percent."_s;
    QTest::newRow("the last sentence of a line stops at the line's end")
        << text << u"new"_s << u"A new line"_s;
    QTest::newRow("a passage of two sentences is kept whole")
        << text << u"one. Trade"_s << u"First one. Trade reached $43 billion in 2023, up 3.5 percent."_s;
    QTest::newRow("an initial does not end the sentence")
        << u"Said A. Smith: trade is 80%. Then."_s << u"80%"_s << u"Said A. Smith: trade is 80%."_s;
}

void TestChartModels::sentenceAroundAPassage()
{
    QFETCH(QString, text);
    QFETCH(QString, passage);
    QFETCH(QString, sentence);
    const qsizetype at = text.indexOf(passage);
    QVERIFY(at >= 0);
    QCOMPARE(sentenceText(text, {at, at + passage.size()}), sentence);
}

// ---------------------------------------------------------------------------------------------
// Figures

void TestChartModels::figureGroupsAndValuesMatchTheSampleGold()
{
    const auto project = sampleProject(m_sample);
    QVERIFY(project);
    const GoldSet gold = loadGoldFolder(QStringLiteral(CLAIMSCOPE_SAMPLE_DIR));
    QVERIFY2(gold.errors.isEmpty(), qPrintable(gold.errors.value(0).text()));
    const Chart chart = figureChart(*project);

    int goldFigures = 0;
    int found = 0;
    QSet<QString> measuresFound;
    QHash<QString, QList<double>> goldValuesByGroup; // the gold's values per group key
    for (const GoldDocument &document : gold.documents) {
        const SourceRecord *source = nullptr;
        for (const SourceRecord &candidate : project->sources()) {
            if (sourceName(*project, candidate.id) == document.name)
                source = &candidate;
        }
        QVERIFY2(source, qPrintable(document.name));
        QCOMPARE(source->document.text, document.text);
        for (const FigureAnnotation &goldFigure : document.analysis.figures) {
            ++goldFigures;
            const NormalisedFigure expected =
                normaliseFigure({goldFigure.value, goldFigure.unit, {}, {}, std::nullopt, {}});
            const QString measure = analyzerMeasure(goldFigure.measure);
            QVERIFY2(!measure.isEmpty(), qPrintable(goldFigure.measure));
            goldValuesByGroup[measure + u'|' + expected.family].append(expected.value);
            // The analysis found it: a figure over the gold span with the same value and measure.
            const AnnotationRecord *annotation = nullptr;
            for (AnnotationId id : project->annotationsOf(source->id)) {
                const AnnotationRecord &a = *project->annotation(id);
                if (a.kind == AnnotationKind::Figure && a.range.overlap(goldFigure.range) > 0 &&
                    normaliseFigure(a.figure).family == expected.family &&
                    sameFigureValue(normaliseFigure(a.figure).value, expected.value) &&
                    a.figure.measure == measure)
                    annotation = &a;
            }
            if (!annotation) {
                qInfo("not found by the analysis: %s “%s”", qPrintable(document.name),
                      qPrintable(goldFigure.text));
                continue;
            }
            ++found;
            measuresFound.insert(measure);
            const ChartGroup *group = nullptr;
            const ChartBar *bar = barOf(chart, annotation->id, &group);
            QVERIFY2(bar, qPrintable(goldFigure.text));
            QCOMPARE(group->key, measure + u'|' + expected.family);
            QVERIFY2(sameFigureValue(bar->value, expected.value), qPrintable(goldFigure.text));
            QCOMPARE(bar->source, source->id);
            QCOMPARE(bar->series, QString::number(source->id));
            QCOMPARE(bar->label, ChartText::figureLabel(annotation->figure.subject, annotation->figure.year));
            QVERIFY2(bar->tooltip.contains(project->annotationText(*annotation)), qPrintable(bar->tooltip));
        }
    }
    // The sample has 15 gold figures in four measures; the analysis finds them (a chart test
    // cannot pass on an empty chart).
    QCOMPARE(goldFigures, 15);
    QVERIFY2(found >= 13, qPrintable(u"found %1 of %2"_s.arg(found).arg(goldFigures)));
    QCOMPARE(measuresFound.size(), 4);

    // The groups' titles and units, and no conflict: the sources agree on every figure.
    const ChartGroup *turnover = groupByKey(chart, u"trade turnover|money:USD"_s);
    QVERIFY(turnover);
    QCOMPARE(turnover->title, u"Trade turnover (billion USD)"_s);
    QCOMPARE(turnover->unit, u"billion USD"_s);
    QCOMPARE(turnover->bars.size(),
             3); // en-04, ru-01, tr-01: "$43 billion", "43 млрд долларов", "43 milyar dolar"
    for (const ChartBar &bar : turnover->bars)
        QCOMPARE(bar.value, 43.0);
    QVERIFY(groupByKey(chart, u"share of oil exports|percent"_s));
    QCOMPARE(groupByKey(chart, u"share of oil exports|percent"_s)->title, u"Share of oil exports (%)"_s);
    for (const auto &[key, values] : goldValuesByGroup.asKeyValueRange()) {
        const ChartGroup *group = groupByKey(chart, key);
        QVERIFY2(group, qPrintable(key));
        for (const ChartBar &bar : group->bars) {
            QVERIFY2(!bar.flags.testFlag(BarFlag::Conflicting), qPrintable(bar.tooltip));
            QVERIFY2(values.contains(bar.value), qPrintable(bar.tooltip));
        }
    }
    // Groups with a measure come before the figures with none.
    bool unmeasured = false;
    for (const ChartGroup &group : chart.groups) {
        const bool none = group.key.startsWith(u'|');
        QVERIFY2(!(unmeasured && !none), qPrintable(group.key));
        unmeasured = unmeasured || none;
    }
}

void TestChartModels::figuresInUnitsThatDoNotConvertGetGroupsOfTheirOwn()
{
    const auto project = figureProject();
    const Chart chart = figureChart(*project);
    QStringList keys;
    for (const ChartGroup &group : chart.groups)
        keys.append(group.key);
    QCOMPARE(keys,
             (QStringList{u"share of foreign trade|percent"_s, u"share of oil exports|percent"_s,
                          u"trade turnover|money:KZT"_s, u"trade turnover|money:USD"_s, u"|count:count"_s}));
    const ChartGroup *tenge = groupByKey(chart, u"trade turnover|money:KZT"_s);
    QCOMPARE(tenge->title, u"Trade turnover (billion KZT)"_s);
    QCOMPARE(tenge->bars.size(), 1);
    QCOMPARE(tenge->bars.first().value, 1200.0);
    QCOMPARE(tenge->bars.first().label, u"Kazakhstan–China, 2023"_s);
    QCOMPARE(groupByKey(chart, u"|count:count"_s)->title, u"Other figures (count)"_s);
    QCOMPARE(chart.barCount(), 11);
    QCOMPARE(chart.series.size(), 3);
    QCOMPARE(chart.series.at(1).name, u"Caspian Wire"_s);
    QCOMPARE(chart.series.at(1).key, u"2"_s);
}

void TestChartModels::conflictingFiguresAreFlaggedAndAgreeingOnesAreNot()
{
    const auto project = figureProject();
    const Chart chart = figureChart(*project);
    const auto flags = [&](const QString &written) {
        const ChartBar *bar = barOf(chart, figureWritten(*project, written));
        return bar ? bar->flags : BarFlags(0xff);
    };
    // 2022: $40 billion and 41 billion dollars, written with other case and spacing: a conflict.
    QVERIFY(flags(u"$40 billion"_s).testFlag(BarFlag::Conflicting));
    QVERIFY(flags(u"41 billion dollars"_s).testFlag(BarFlag::Conflicting));
    // 2023: the same value in billions and in millions: no conflict.
    QVERIFY(!flags(u"$43.5 billion"_s).testFlag(BarFlag::Conflicting));
    QVERIFY(!flags(u"43,500 million USD"_s).testFlag(BarFlag::Conflicting));
    // Shares of oil exports, no subject and no year in either: 80% against 75%.
    QVERIFY(flags(u"80%"_s).testFlag(BarFlag::Conflicting));
    QVERIFY(flags(u"75%"_s).testFlag(BarFlag::Conflicting));
    // Two values in one source, no other source: not a conflict.
    QVERIFY(!flags(u"60%"_s).testFlag(BarFlag::Conflicting));
    QVERIFY(!flags(u"65%"_s).testFlag(BarFlag::Conflicting));
    // No measure: never compared.
    QVERIFY(!flags(u"900"_s).testFlag(BarFlag::Conflicting));
    QVERIFY(!flags(u"12"_s).testFlag(BarFlag::Conflicting));
    // Another subject (and currency) is another figure.
    QVERIFY(!flags(u"1,200 billion tenge"_s).testFlag(BarFlag::Conflicting));
    // A person's figure is marked as such; the analyzer's are not.
    QVERIFY(flags(u"41 billion dollars"_s).testFlag(BarFlag::Manual));
    QVERIFY(!flags(u"$40 billion"_s).testFlag(BarFlag::Manual));

    // The 2022 bars, in source order, with the normalised values, labels and tooltips.
    const ChartGroup *dollars = groupByKey(chart, u"trade turnover|money:USD"_s);
    QCOMPARE(dollars->bars.size(), 4);
    QCOMPARE(dollars->bars.at(0).value, 40.0);
    QCOMPARE(dollars->bars.at(0).label, u"Kazakhstan–EU, 2022"_s);
    QCOMPARE(dollars->bars.at(1).value, 41.0);
    QCOMPARE(dollars->bars.at(1).source, SourceId(2));
    QVERIFY2(dollars->bars.at(1).tooltip.contains(u"41 billion USD, written “41 billion dollars”"_s),
             qPrintable(dollars->bars.at(1).tooltip));
    QVERIFY2(dollars->bars.at(1).tooltip.contains(u"Another source cites a different value."_s),
             qPrintable(dollars->bars.at(1).tooltip));
    QVERIFY(!dollars->bars.at(2).tooltip.contains(u"Another source"_s));

    // Agreement stays agreement when a third source agrees, and a dissenting third source flags
    // every bar that differs from it.
    QVERIFY(
        project->setAnnotationFigure(figureWritten(*project, u"12"_s),
                                     {43.5e9, u"USD"_s, u"trade turnover"_s, u"Kazakhstan–EU"_s, 2023, {}}));
    Chart agreed = figureChart(*project);
    QVERIFY(
        !barOf(agreed, figureWritten(*project, u"$43.5 billion"_s))->flags.testFlag(BarFlag::Conflicting));
    QVERIFY(!barOf(agreed, figureWritten(*project, u"12"_s))->flags.testFlag(BarFlag::Conflicting));
    QVERIFY(
        project->setAnnotationFigure(figureWritten(*project, u"12"_s),
                                     {44e9, u"USD"_s, u"trade turnover"_s, u"Kazakhstan–EU"_s, 2023, {}}));
    const Chart disputed = figureChart(*project);
    QVERIFY(
        barOf(disputed, figureWritten(*project, u"$43.5 billion"_s))->flags.testFlag(BarFlag::Conflicting));
    QVERIFY(barOf(disputed, figureWritten(*project, u"43,500 million USD"_s))
                ->flags.testFlag(BarFlag::Conflicting));
    QVERIFY(barOf(disputed, figureWritten(*project, u"12"_s))->flags.testFlag(BarFlag::Conflicting));
}

// ---------------------------------------------------------------------------------------------
// Stances and voices

void TestChartModels::stanceBarsAreTheStancesThatCount()
{
    const auto project = sampleProject(m_sample);
    QVERIFY(project);
    const Chart chart = stanceChart(*project);
    QSet<std::pair<SourceId, QString>> expected;
    for (const SourceRecord &source : project->sources()) {
        for (StanceId id : project->stancesOf(source.id))
            expected.insert({source.id, project->stance(id)->speaker});
    }
    QVERIFY2(expected.size() >= 20, qPrintable(QString::number(expected.size())));
    QSet<std::pair<SourceId, QString>> seen;
    for (const ChartGroup &group : chart.groups) {
        QVERIFY(!group.bars.isEmpty());
        QCOMPARE(group.title, project->speakerName(group.bars.first().speaker));
        SourceId previous = 0;
        for (const ChartBar &bar : group.bars) {
            QCOMPARE(u"speaker:"_s + bar.speaker, group.key);
            const StanceRecord *counts = project->stanceFor(bar.source, bar.speaker);
            QVERIFY(counts);
            QCOMPARE(bar.value, double(counts->score));
            QCOMPARE(bar.flags.testFlag(BarFlag::Manual), counts->origin != Origin::Automatic);
            QCOMPARE(bar.passages.size(), counts->evidence.size());
            QCOMPARE(bar.label, project->sourceTitle(bar.source));
            QVERIFY(!seen.contains({bar.source, bar.speaker}));
            seen.insert({bar.source, bar.speaker});
            QVERIFY(project->sourceIndex(bar.source) > project->sourceIndex(previous));
            previous = bar.source;
        }
    }
    QCOMPARE(seen, expected);
    QVERIFY(chart.title.contains(project->settings().question));

    // Against the gold: every gold stance the analysis scored alike is that bar.
    const GoldSet gold = loadGoldFolder(QStringLiteral(CLAIMSCOPE_SAMPLE_DIR));
    int agreeing = 0;
    for (const GoldDocument &document : gold.documents) {
        for (const SourceRecord &source : project->sources()) {
            if (sourceName(*project, source.id) != document.name)
                continue;
            for (const StanceAnnotation &stance : document.analysis.stances) {
                const StanceRecord *counts = project->stanceFor(source.id, stance.speaker);
                if (counts && counts->score == stance.score) {
                    ++agreeing;
                    QCOMPARE(barFor(chart, source.id, stance.speaker)->value, double(stance.score));
                }
            }
        }
    }
    QVERIFY2(agreeing >= 10, qPrintable(QString::number(agreeing)));

    // A person's stance beside the analyzer's for the same speaker and source (as a file may hold
    // them): the person's counts, and there is still one bar.
    ProjectContents contents = project->contents();
    StanceRecord persons = *automaticStance(*project);
    QVERIFY(persons.score != -2);
    persons.id = 10'000;
    persons.score = -2;
    persons.origin = Origin::Manual;
    persons.evidence = {persons.evidence.value(0)};
    contents.stances.append(persons);
    Project both(std::move(contents), std::unique_ptr<ProjectWriter>());
    const Chart withBoth = stanceChart(both);
    QCOMPARE(withBoth.barCount(), chart.barCount());
    const ChartBar *counted = barFor(withBoth, persons.source, persons.speaker);
    QCOMPARE(counted->value, -2.0);
    QVERIFY(counted->flags.testFlag(BarFlag::Manual));
    QCOMPARE(counted->passages.size(), 1);
}

void TestChartModels::voiceCountsAreTheQuotesAndClaims()
{
    const auto project = sampleProject(m_sample);
    QVERIFY(project);
    const Chart chart = voiceChart(*project);
    QVERIFY(chart.groups.size() >= 5);
    double previousTotal = std::numeric_limits<double>::max();
    for (const ChartGroup &group : chart.groups) {
        const QString speaker = group.bars.first().speaker;
        double total = 0;
        for (const ChartBar &bar : group.bars) {
            int quotes = 0;
            int claims = 0;
            for (AnnotationId id : project->annotationsOf(bar.source)) {
                const AnnotationRecord &a = *project->annotation(id);
                if (a.speaker != speaker)
                    continue;
                quotes += a.kind == AnnotationKind::Quote ? 1 : 0;
                claims += a.kind == AnnotationKind::Claim ? 1 : 0;
            }
            QCOMPARE(bar.value, double(quotes + claims));
            QCOMPARE(bar.passages.size(), quotes + claims);
            QVERIFY2(bar.tooltip.contains(ChartText::quotesAndClaims(quotes, claims)),
                     qPrintable(bar.tooltip));
            total += bar.value;
        }
        QCOMPARE(total, double(project->annotationCount(speaker, AnnotationKind::Quote) +
                               project->annotationCount(speaker, AnnotationKind::Claim)));
        QVERIFY2(total <= previousTotal, qPrintable(group.title)); // most voice first
        previousTotal = total;
    }
    // Every speaker with a quote or claim has a group.
    for (const SpeakerRecord &speaker : project->speakers()) {
        const int count = project->annotationCount(speaker.speaker.id, AnnotationKind::Quote) +
                          project->annotationCount(speaker.speaker.id, AnnotationKind::Claim);
        QCOMPARE(groupByKey(chart, u"speaker:"_s + speaker.speaker.id) != nullptr, count > 0);
    }
}

void TestChartModels::filtersRestrictEachChart()
{
    const auto project = sampleProject(m_sample);
    QVERIFY(project);
    const QList<SourceFacts> facts = readAllFacts(*project);
    const SourceId first = project->sources().at(0).id;
    const SourceId fifth = project->sources().at(4).id;
    const QStringList speakers = {u"lavrov"_s, u"dombay"_s};

    using Build = Chart (*)(const Project &, const QList<SourceFacts> &, const ChartFilter &);
    for (Build build : {Build(&figureChart), Build(&stanceChart), Build(&voiceChart)}) {
        const Chart all = build(*project, facts, {});
        QVERIFY(all.barCount() > 0);
        QCOMPARE(build(*project, facts, ChartFilter{}), all);

        const ChartFilter bySource{{first, fifth}, {}};
        const Chart sources = build(*project, facts, bySource);
        qsizetype expected = 0;
        for (const ChartGroup &group : all.groups) {
            for (const ChartBar &bar : group.bars)
                expected += bar.source == first || bar.source == fifth ? 1 : 0;
        }
        QVERIFY(expected > 0);
        QCOMPARE(sources.barCount(), expected);
        for (const ChartSeries &series : sources.series)
            QVERIFY(series.key == QString::number(first) || series.key == QString::number(fifth));

        const ChartFilter bySpeaker{{}, {speakers.begin(), speakers.end()}};
        const Chart people = build(*project, facts, bySpeaker);
        expected = 0;
        for (const ChartGroup &group : all.groups) {
            for (const ChartBar &bar : group.bars)
                expected += speakers.contains(bar.speaker) ? 1 : 0;
        }
        QVERIFY2(expected > 0, qPrintable(all.title));
        QCOMPARE(people.barCount(), expected);

        const ChartFilter both{{fifth}, {speakers.begin(), speakers.end()}};
        for (const ChartGroup &group : build(*project, facts, both).groups) {
            for (const ChartBar &bar : group.bars)
                QVERIFY(bar.source == fifth && speakers.contains(bar.speaker));
        }
    }
}

void TestChartModels::everyBarLeadsToItsPassage()
{
    const auto project = sampleProject(m_sample);
    QVERIFY(project);
    ChartModels models(project.get());
    const auto textAt = [&](const ChartPassage &passage) {
        const QString &text = project->source(passage.source)->document.text;
        return QStringView(text).sliced(passage.range.start, passage.range.length());
    };

    qsizetype passages = 0;
    for (const ChartBar &bar : allBars(models.figures())) {
        QCOMPARE(bar.passages.size(), 1);
        const ChartPassage &passage = bar.passages.first();
        const AnnotationRecord *figure = project->annotation(passage.annotation);
        QVERIFY(figure && figure->kind == AnnotationKind::Figure);
        QCOMPARE(passage.source, figure->source);
        QCOMPARE(passage.range, figure->range);
        QCOMPARE(textAt(passage), project->annotationText(*figure));
        // The tooltip has the figure as written and the sentence around it.
        const TextRange sentence =
            sentenceAround(project->source(passage.source)->document.text, passage.range);
        QVERIFY(sentence.start <= passage.range.start && sentence.end >= passage.range.end);
        QVERIFY2(bar.tooltip.contains(textAt(passage)), qPrintable(bar.tooltip));
        QVERIFY2(
            bar.tooltip.contains(sentenceText(project->source(passage.source)->document.text, passage.range)),
            qPrintable(bar.tooltip));
        ++passages;
    }
    for (const ChartBar &bar : allBars(models.stances())) {
        const StanceRecord *counts = project->stanceFor(bar.source, bar.speaker);
        for (qsizetype i = 0; i < bar.passages.size(); ++i) {
            QCOMPARE(bar.passages.at(i).source, bar.source);
            QCOMPARE(bar.passages.at(i).range, counts->evidence.at(i));
            QVERIFY(!textAt(bar.passages.at(i)).trimmed().isEmpty());
            ++passages;
        }
        if (!bar.passages.isEmpty())
            QVERIFY2(bar.tooltip.contains(textAt(bar.passages.first()).toString().simplified()),
                     qPrintable(bar.tooltip));
    }
    for (const ChartBar &bar : allBars(models.voices())) {
        for (const ChartPassage &passage : bar.passages) {
            const AnnotationRecord *said = project->annotation(passage.annotation);
            QVERIFY(said);
            QVERIFY(said->kind == AnnotationKind::Quote || said->kind == AnnotationKind::Claim);
            QCOMPARE(said->speaker, bar.speaker);
            QCOMPARE(said->source, passage.source);
            QCOMPARE(passage.range, said->range);
            QCOMPARE(textAt(passage), project->annotationText(*said));
            ++passages;
        }
    }
    QVERIFY2(passages >= 50, qPrintable(QString::number(passages)));
}

// ---------------------------------------------------------------------------------------------
// Live updates

void TestChartModels::stanceEditUpdatesTheChartAndUndoRestoresIt()
{
    const auto project = sampleProject(m_sample);
    QVERIFY(project);
    ChartModels models(project.get());
    QSignalSpy changed(&models, &ChartModels::changed);
    const Chart before = models.stances();
    const ChartBar original = before.groups.first().bars.first();
    QVERIFY(!original.flags.testFlag(BarFlag::Manual));
    const int score = original.value >= 1 ? -2 : 2;

    QVERIFY(project->setStance(original.source, original.speaker, score, u"read again"_s));
    QVERIFY(changed.count() >= 1);
    const ChartBar *edited = barFor(models.stances(), original.source, original.speaker);
    QCOMPARE(edited->value, double(score));
    QVERIFY(edited->flags.testFlag(BarFlag::Manual));
    QVERIFY(edited->tooltip.contains(u"Score set by a person."_s));
    QCOMPARE(models.stances().barCount(), before.barCount());

    const int signalsBefore = changed.count();
    project->undoStack()->undo();
    QVERIFY(changed.count() > signalsBefore);
    QCOMPARE(models.stances(), before);
    project->undoStack()->redo();
    QCOMPARE(barFor(models.stances(), original.source, original.speaker)->value, double(score));

    // A new stance where the speaker had none adds a bar; undo takes it away.
    const SourceId source = project->sources().constLast().id;
    QString newcomer;
    for (const SpeakerRecord &speaker : project->speakers()) {
        if (!project->stanceFor(source, speaker.speaker.id)) {
            newcomer = speaker.speaker.id;
            break;
        }
    }
    QVERIFY(!newcomer.isEmpty());
    const qsizetype bars = models.stances().barCount();
    QVERIFY(project->setStance(source, newcomer, 1, {}));
    QCOMPARE(models.stances().barCount(), bars + 1);
    const ChartBar *added = barFor(models.stances(), source, newcomer);
    QVERIFY(added && added->flags.testFlag(BarFlag::Manual) && added->passages.isEmpty());
    project->undoStack()->undo();
    QCOMPARE(models.stances().barCount(), bars);
    QVERIFY(!barFor(models.stances(), source, newcomer));
}

void TestChartModels::annotationEditsUpdateFiguresAndVoices()
{
    const auto project = figureProject();
    ChartModels models(project.get());
    const Chart figuresBefore = models.figures();
    const AnnotationId forty = figureWritten(*project, u"$40 billion"_s);
    QVERIFY(barOf(models.figures(), forty)->flags.testFlag(BarFlag::Conflicting));

    // Correcting the figure to the other source's value ends the conflict, for both bars.
    QVERIFY(project->setAnnotationFigure(
        forty, {41e9, u"USD"_s, u"trade turnover"_s, u"Kazakhstan–EU"_s, 2022, {}}));
    const ChartBar *corrected = barOf(models.figures(), forty);
    QCOMPARE(corrected->value, 41.0);
    QVERIFY(corrected->flags.testFlag(BarFlag::Manual));
    QVERIFY(!corrected->flags.testFlag(BarFlag::Conflicting));
    QVERIFY(!barOf(models.figures(), figureWritten(*project, u"41 billion dollars"_s))
                 ->flags.testFlag(BarFlag::Conflicting));
    project->undoStack()->undo();
    QCOMPARE(models.figures(), figuresBefore);

    // A quote added, then removed by undo: the voice bar appears and goes.
    QVERIFY(models.voices().isEmpty());
    AnnotationRecord quote;
    quote.source = 2;
    quote.kind = AnnotationKind::Quote;
    const QString &text = project->source(2)->document.text;
    quote.range = {text.indexOf(u"oil exports were 75%"_s), text.indexOf(u"oil exports were 75%"_s) + 20};
    quote.speaker = u"dombay"_s;
    const AnnotationId added = project->addAnnotation(quote);
    QVERIFY(added != 0);
    QCOMPARE(models.voices().barCount(), 1);
    const ChartBar &voice = models.voices().groups.first().bars.first();
    QCOMPARE(voice.value, 1.0);
    QCOMPARE(voice.passages, (QList<ChartPassage>{{2, quote.range, added}}));
    QCOMPARE(models.voices().groups.first().title, u"Aidar Dombay"_s);
    project->undoStack()->undo();
    QVERIFY(models.voices().isEmpty());

    // Deleting a figure takes its bar away; undo puts it back.
    QVERIFY(project->removeAnnotation(forty));
    QVERIFY(!barOf(models.figures(), forty));
    project->undoStack()->undo();
    QCOMPARE(models.figures(), figuresBefore);
}

void TestChartModels::keptFactsGiveTheSameChartsAsAFreshReading()
{
    const auto project = sampleProject(m_sample);
    QVERIFY(project);
    ChartModels models(project.get());
    const auto sameAsFresh = [&] {
        return models.figures() == figureChart(*project) && models.stances() == stanceChart(*project) &&
               models.voices() == voiceChart(*project);
    };
    QVERIFY(sameAsFresh());
    const AnnotationRecord *quote = automatic(*project, AnnotationKind::Quote, true);
    QVERIFY(quote);
    QVERIFY(project->setAnnotationKind(quote->id, AnnotationKind::Claim));
    QVERIFY(sameAsFresh());
    const AnnotationRecord *figure = automatic(*project, AnnotationKind::Figure);
    QVERIFY(figure);
    FigureFields fields = figure->figure;
    fields.value *= 2;
    QVERIFY(project->setAnnotationFigure(figure->id, fields));
    const StanceRecord *stance = automaticStance(*project);
    QVERIFY(project->setStance(stance->source, stance->speaker, -2, {}));
    QVERIFY(sameAsFresh());
    const QStringList busiest = busiestSpeakers(*project);
    QVERIFY(project->mergeSpeakers(busiest.at(1), busiest.at(0)));
    QVERIFY(sameAsFresh());
    while (project->undoStack()->canUndo()) {
        project->undoStack()->undo();
        QVERIFY(sameAsFresh());
    }
    // Filters apply to the kept facts too.
    models.setFilter({{project->sources().at(1).id}, {}});
    QCOMPARE(models.stances(), stanceChart(*project, models.filter()));
    QCOMPARE(models.voices(), voiceChart(*project, models.filter()));
}

void TestChartModels::renameReachesTitlesAndNewSourcesAddSeries()
{
    const auto project = sampleProject(m_sample);
    QVERIFY(project);
    ChartModels models(project.get());
    const QString tokayev = u"tokayev"_s;
    QVERIFY(groupByKey(models.stances(), u"speaker:"_s + tokayev));
    QVERIFY(project->renameSpeaker(tokayev, u"President Tokayev"_s));
    QCOMPARE(groupByKey(models.stances(), u"speaker:"_s + tokayev)->title, u"President Tokayev"_s);
    QVERIFY(models.voices() == voiceChart(*project));

    const qsizetype series = models.voices().series.size();
    const AnalysedSource &again = m_sample.sources.first();
    QVERIFY(project->addSource(again.document, again.analysis) != 0);
    QCOMPARE(models.voices().series.size(), series + 1);
    QCOMPARE(models.figures(), figureChart(*project));
    QCOMPARE(models.stances(), stanceChart(*project));
}

void TestChartModels::legendsNameSourcesByTheirOutlet()
{
    const auto project = sampleProject(m_sample);
    QVERIFY(project);
    const auto names = [&](const Chart &chart) {
        QHash<SourceId, QString> byId;
        for (const ChartSeries &series : chart.series)
            byId.insert(series.key.toLongLong(), series.name);
        return byId;
    };
    // Every sample source has an outlet of its own: the legend says the outlet.
    for (const Chart &chart : {voiceChart(*project), stanceChart(*project), figureChart(*project)}) {
        QVERIFY(!chart.series.isEmpty());
        for (const auto &[id, name] : names(chart).asKeyValueRange())
            QCOMPARE(name, project->source(id)->document.metadata.outlet);
    }
    const DocumentMetadata first = project->sources().first().document.metadata;
    QVERIFY(!first.outlet.isEmpty() && first.date.isValid());

    // The same outlet twice on one day: the outlet tells them apart no more, the titles do.
    const AnalysedSource &again = m_sample.sources.first();
    const SourceId copy = project->addSource(again.document, again.analysis);
    QVERIFY(copy != 0);
    // And once more on another day: outlet and date.
    Document later = again.document;
    later.metadata.date = first.date.addDays(3);
    const SourceId dated = project->addSource(later, again.analysis);
    QVERIFY(dated != 0);
    const QHash<SourceId, QString> voices = names(voiceChart(*project));
    QCOMPARE(voices.value(copy), first.title);
    QCOMPARE(voices.value(project->sources().first().id), first.title);
    QCOMPARE(voices.value(dated),
             u"%1, %2"_s.arg(first.outlet, QLocale().toString(later.metadata.date, QLocale::ShortFormat)));
    // The others keep their outlets.
    QCOMPARE(voices.value(project->sources().at(1).id), project->sources().at(1).document.metadata.outlet);
}

// 40 speakers, 20 sources: speaker g is reported by sources 0 … g % 20, one quote each (source s
// counting s + 1), so that sizes differ everywhere.
Chart manySpeakersAndSources()
{
    Chart chart;
    chart.seriesKind = SeriesKind::Source;
    for (int s = 0; s < 20; ++s)
        chart.series.append({QString::number(s + 1), u"Source %1"_s.arg(s + 1), {}});
    for (int g = 0; g < 40; ++g) {
        ChartGroup group{u"speaker:%1"_s.arg(g), u"Speaker %1"_s.arg(g), {}, {}};
        for (int s = 0; s <= g % 20; ++s) {
            ChartBar bar;
            bar.series = QString::number(s + 1);
            bar.source = s + 1;
            bar.speaker = u"%1"_s.arg(g);
            bar.value = s + 1;
            bar.passages = {{SourceId(s + 1), {g, g + 1}, AnnotationId(g * 100 + s)}};
            group.bars.append(bar);
        }
        chart.groups.append(group);
    }
    return chart;
}

void TestChartModels::limitsKeepTheLargestAndFoldTheRest()
{
    const Chart chart = manySpeakersAndSources();
    ChartLimits limits; // 12 sources, 30 speakers
    const LimitedChart cut = limitChart(chart, limits, true);
    QCOMPARE(cut.totalGroups, 40);
    QCOMPARE(cut.shownGroups, 30);
    QCOMPARE(cut.totalSeries, 20);
    QCOMPARE(cut.shownSeries, 12);
    QVERIFY(cut.seriesCut() && cut.groupsCut());
    // The ten speakers with the fewest bars (g % 20 < 5) are left out; the rest keep their order.
    QStringList expectedGroups;
    for (int g = 0; g < 40; ++g) {
        if (g % 20 >= 5)
            expectedGroups.append(u"speaker:%1"_s.arg(g));
    }
    QStringList groups;
    for (const ChartGroup &group : cut.chart.groups)
        groups.append(group.key);
    QCOMPARE(groups, expectedGroups);
    // Sources 1 … 12 have the most bars in those rows; nothing else is drawn, nothing is summed.
    QCOMPARE(cut.chart.series.size(), 12);
    for (int s = 0; s < 12; ++s)
        QCOMPARE(cut.chart.series.at(s).key, QString::number(s + 1));
    for (const ChartGroup &group : cut.chart.groups) {
        for (const ChartBar &bar : group.bars)
            QVERIFY(bar.source >= 1 && bar.source <= 12);
    }

    // Folded (voices): each row with sources 13 … 20 gets one "Other sources" bar with their sum
    // and every passage.
    limits.foldOtherSeries = true;
    const LimitedChart folded = limitChart(chart, limits, true);
    QCOMPARE(folded.chart.series.size(), 13);
    QCOMPARE(folded.chart.series.last().key, kOtherSeriesKey.toString());
    for (const ChartGroup &group : folded.chart.groups) {
        const int g = group.key.mid(8).toInt();
        const int top = g % 20; // sources 0 … top, counted s + 1
        const ChartBar &last = group.bars.last();
        if (top < 12) {
            QCOMPARE(group.bars.size(), top + 1);
            QVERIFY(last.series != kOtherSeriesKey);
            continue;
        }
        QCOMPARE(group.bars.size(), 13);
        QCOMPARE(last.series, kOtherSeriesKey.toString());
        double sum = 0;
        for (int s = 12; s <= top; ++s)
            sum += s + 1;
        QCOMPARE(last.value, sum);
        QCOMPARE(last.passages.size(), top - 11);
        QVERIFY(last.tooltip.contains(group.title));
    }

    // A figure chart keeps every measure; a small chart is left as it is.
    QCOMPARE(limitChart(chart, ChartLimits{}, false).chart.groups.size(), 40);
    const auto project = sampleProject(m_sample);
    const Chart voices = voiceChart(*project);
    const LimitedChart whole = limitChart(voices, ChartLimits{12, 30, true}, true);
    QVERIFY(!whole.seriesCut() && !whole.groupsCut());
    QCOMPARE(whole.chart, voices);
}

QTEST_GUILESS_MAIN(TestChartModels)
#include "tst_chartmodels.moc"
