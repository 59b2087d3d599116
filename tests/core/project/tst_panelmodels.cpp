#include "SampleAnalysis.h"
#include "core/i18n/NumberFormat.h"
#include "core/project/AnnotationFilterModel.h"
#include "core/project/AnnotationsModel.h"
#include "core/project/FiguresModel.h"
#include "core/project/Project.h"
#include "core/project/SpeakersModel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

using namespace claimscope::core;
using namespace claimscope::test;
using namespace Qt::StringLiterals;

namespace {

// A small project whose every value is known: two sources, a lexicon speaker and a suggested one,
// quotes, claims, figures and mentions.
ProjectContents handMade()
{
    ProjectContents contents;
    contents.settings.question = u"Kazakhstan joining BRICS"_s;
    SourceRecord first;
    first.id = 1;
    first.document.text = u"Lavrov said: “Astana is a partner.” Seitov noted that trade grew 12.5% in 2024. "
                          u"Exports reached $43.5 billion in 2023 and 900 firms joined."_s;
    first.document.metadata.title = u"Partner status"_s;
    first.analysed = true;
    SourceRecord second;
    second.id = 2;
    second.document.text =
        u"According to the ministry, the decision was final. “ASTANA decides,” Seitov said."_s;
    second.document.metadata.title = u"Ministry view"_s;
    second.analysed = true;
    contents.sources = {first, second};

    SpeakerRecord lavrov{{u"lavrov"_s,
                          u"Sergey Lavrov"_s,
                          u"foreign minister"_s,
                          u"politician"_s,
                          {u"Lavrov"_s},
                          {u"Лавров"_s},
                          {}},
                         u"#ff0000"_s,
                         false};
    SpeakerRecord seitov{
        {u"suggested:Marat Seitov"_s, u"Marat Seitov"_s, u"analyst"_s, u"expert"_s, {}, {}, {}},
        u"#00aa00"_s,
        true};
    contents.speakers = {lavrov, seitov};

    const auto annotation = [](AnnotationId id, SourceId source, AnnotationKind kind, TextRange range,
                               const QString &speaker) {
        AnnotationRecord record;
        record.id = id;
        record.source = source;
        record.kind = kind;
        record.range = range;
        record.speaker = speaker;
        record.confidence = 0.9;
        return record;
    };
    const QString &t1 = first.document.text;
    const QString &t2 = second.document.text;
    const auto range = [](const QString &text, const QString &part) {
        const qsizetype at = text.indexOf(part);
        return TextRange{at, at + part.size()};
    };
    AnnotationRecord quote1 =
        annotation(10, 1, AnnotationKind::Quote, range(t1, u"Astana is a partner."_s), u"lavrov"_s);
    quote1.cue = u"said"_s;
    AnnotationRecord claim1 = annotation(
        11, 1, AnnotationKind::Claim, range(t1, u"trade grew 12.5% in 2024"_s), u"suggested:Marat Seitov"_s);
    claim1.cue = u"noted"_s;
    AnnotationRecord figure1 = annotation(12, 1, AnnotationKind::Figure, range(t1, u"12.5%"_s), {});
    figure1.figure = {12.5, u"percent"_s, u"growth"_s, u"trade"_s, 2024, {}};
    AnnotationRecord figure2 = annotation(13, 1, AnnotationKind::Figure, range(t1, u"$43.5 billion"_s), {});
    figure2.figure = {43.5e9, u"USD"_s, u"exports"_s, u"Kazakhstan"_s, 2023, {}};
    AnnotationRecord figure3 = annotation(14, 1, AnnotationKind::Figure, range(t1, u"900"_s), {});
    figure3.figure = {900, u"count"_s, u"firms"_s, {}, std::nullopt, {}};
    AnnotationRecord mention1 =
        annotation(15, 1, AnnotationKind::SpeakerMention, range(t1, u"Lavrov"_s), u"lavrov"_s);
    AnnotationRecord claim2 =
        annotation(20, 2, AnnotationKind::Claim, range(t2, u"the decision was final"_s), {});
    claim2.claimSource = u"the ministry"_s;
    claim2.cue = u"according to"_s;
    AnnotationRecord quote2 = annotation(21, 2, AnnotationKind::Quote, range(t2, u"ASTANA decides,"_s),
                                         u"suggested:Marat Seitov"_s);
    quote2.origin = Origin::Edited;
    contents.annotations = {quote1, claim1, figure1, figure2, figure3, mention1, claim2, quote2};
    return contents;
}

std::unique_ptr<Project> handMadeProject()
{
    return std::make_unique<Project>(handMade(), std::unique_ptr<ProjectWriter>());
}

// The ids of a model's rows, top to bottom.
QList<AnnotationId> ids(const QAbstractItemModel &model)
{
    QList<AnnotationId> list;
    for (int row = 0; row < model.rowCount(); ++row)
        list.append(model.index(row, 0).data(AnnotationRowsModel::AnnotationIdRole).value<AnnotationId>());
    return list;
}

QStringList column(const QAbstractItemModel &model, int column)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list.append(model.index(row, column).data().toString());
    return list;
}

} // namespace

// The Speakers, Quotes & Claims and Figures panels' models: cells, counts, filters, sorting, and
// how they follow the project's edits, undos and re-analyses, checked by QAbstractItemModelTester.
class TestPanelModels final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void speakersShowNamesColoursAndCounts();
    void suggestedSpeakersAreMarked();
    void quotesAndClaimsShowTheirCells();
    void figuresShowTypedValues();
    void figureValuesFollowTheLocale();
    void filterBySpeakerSourceKindAndText();
    void filterBySpeakerOnTheSample();
    void sortByAnyColumn();
    void modelsFollowEditsAndUndo();
    void modelsFollowMergeAndUndo();
    void everyModelStaysValidThroughAWholeSession();
    void retranslateAnnouncesNewHeaders();
    void panelsEmptyWhenTheProjectCloses();

private:
    AnalysedSample m_sample;
};

void TestPanelModels::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_sample = analyseSample();
    QVERIFY2(m_sample.problem.isEmpty(), qPrintable(m_sample.problem));
}

void TestPanelModels::speakersShowNamesColoursAndCounts()
{
    const auto project = handMadeProject();
    SpeakersModel model(project.get());
    QAbstractItemModelTester tester(&model);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(SpeakersModel::ColumnCount));
    const QModelIndex lavrov = model.indexOfSpeaker(u"lavrov"_s);
    QCOMPARE(lavrov.data().toString(), u"Sergey Lavrov"_s);
    QCOMPARE(lavrov.siblingAtColumn(SpeakersModel::RoleColumn).data().toString(), u"foreign minister"_s);
    QCOMPARE(lavrov.data(Qt::DecorationRole).value<QColor>(), QColor(u"#ff0000"_s));
    QCOMPARE(lavrov.siblingAtColumn(SpeakersModel::QuotesColumn).data().toInt(), 1);
    QCOMPARE(lavrov.siblingAtColumn(SpeakersModel::ClaimsColumn).data().toInt(), 0);
    QCOMPARE(lavrov.siblingAtColumn(SpeakersModel::MentionsColumn).data().toInt(), 1);
    const QModelIndex seitov = model.indexOfSpeaker(u"suggested:Marat Seitov"_s);
    QCOMPARE(seitov.siblingAtColumn(SpeakersModel::QuotesColumn).data().toInt(), 1);
    QCOMPARE(seitov.siblingAtColumn(SpeakersModel::ClaimsColumn).data().toInt(), 1);
    QCOMPARE(seitov.data(SpeakersModel::SpeakerIdRole).toString(), u"suggested:Marat Seitov"_s);
    QCOMPARE(model.headerData(SpeakersModel::QuotesColumn, Qt::Horizontal).toString(), u"Quotes"_s);

    // On the sample, every row's counts are the project's.
    Project sample(ProjectContents{m_sample.settings, {}, {}, {}, {}}, std::unique_ptr<ProjectWriter>());
    SpeakersModel sampleModel(&sample);
    QAbstractItemModelTester sampleTester(&sampleModel);
    QVERIFY(fillProject(sample, m_sample));
    QCOMPARE(sampleModel.rowCount(), sample.speakers().size());
    int quotes = 0;
    for (int row = 0; row < sampleModel.rowCount(); ++row) {
        const QString id = sampleModel.index(row, 0).data(SpeakersModel::SpeakerIdRole).toString();
        QCOMPARE(id, sample.speakers().at(row).speaker.id);
        QCOMPARE(sampleModel.index(row, SpeakersModel::QuotesColumn).data().toInt(),
                 sample.annotationCount(id, AnnotationKind::Quote));
        QCOMPARE(sampleModel.index(row, SpeakersModel::MentionsColumn).data().toInt(),
                 sample.annotationCount(id, AnnotationKind::SpeakerMention));
        quotes += sampleModel.index(row, SpeakersModel::QuotesColumn).data().toInt();
    }
    QVERIFY(quotes > 0);
}

void TestPanelModels::suggestedSpeakersAreMarked()
{
    const auto project = handMadeProject();
    SpeakersModel model(project.get());
    const QModelIndex seitov = model.indexOfSpeaker(u"suggested:Marat Seitov"_s);
    const QModelIndex lavrov = model.indexOfSpeaker(u"lavrov"_s);
    QVERIFY(seitov.data(SpeakersModel::SuggestedRole).toBool());
    QVERIFY(!lavrov.data(SpeakersModel::SuggestedRole).toBool());
    QVERIFY(seitov.data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(!lavrov.data(Qt::FontRole).isValid());
    QVERIFY(!seitov.data(Qt::ToolTipRole).toString().isEmpty());
}

void TestPanelModels::quotesAndClaimsShowTheirCells()
{
    const auto project = handMadeProject();
    AnnotationsModel model(project.get());
    QAbstractItemModelTester tester(&model);
    // Quotes and claims only, sources in turn, each in text order.
    QCOMPARE(ids(model), (QList<AnnotationId>{10, 11, 20, 21}));
    QCOMPARE(column(model, AnnotationsModel::TextColumn),
             (QStringList{u"Astana is a partner."_s, u"trade grew 12.5% in 2024"_s,
                          u"the decision was final"_s, u"ASTANA decides,"_s}));
    QCOMPARE(column(model, AnnotationsModel::SpeakerColumn),
             (QStringList{u"Sergey Lavrov"_s, u"Marat Seitov"_s, u"the ministry"_s, u"Marat Seitov"_s}));
    QCOMPARE(column(model, AnnotationsModel::SourceColumn),
             (QStringList{u"Partner status"_s, u"Partner status"_s, u"Ministry view"_s, u"Ministry view"_s}));
    QCOMPARE(column(model, AnnotationsModel::CueColumn),
             (QStringList{u"said"_s, u"noted"_s, u"according to"_s, QString()}));
    QCOMPARE(column(model, AnnotationsModel::KindColumn),
             (QStringList{u"Quote"_s, u"Claim"_s, u"Claim"_s, u"Quote"_s}));
    QCOMPARE(column(model, AnnotationsModel::OriginColumn),
             (QStringList{u"Automatic"_s, u"Automatic"_s, u"Automatic"_s, u"Edited"_s}));
    const QModelIndex last = model.index(3, AnnotationsModel::CueColumn);
    QCOMPARE(last.data(AnnotationRowsModel::SourceIdRole).value<SourceId>(), SourceId(2));
    QCOMPARE(last.data(AnnotationRowsModel::AnnotationIdRole).value<AnnotationId>(), AnnotationId(21));
    QCOMPARE(last.data(AnnotationRowsModel::RangeStartRole).value<qsizetype>(),
             project->annotation(21)->range.start);
    QCOMPARE(last.data(AnnotationRowsModel::SpeakerIdRole).toString(), u"suggested:Marat Seitov"_s);
    QCOMPARE(model.indexOfAnnotation(20).row(), 2);
    QVERIFY(!model.indexOfAnnotation(12).isValid()); // a figure
}

void TestPanelModels::figuresShowTypedValues()
{
    const auto project = handMadeProject();
    FiguresModel model(project.get());
    QAbstractItemModelTester tester(&model);
    QCOMPARE(ids(model), (QList<AnnotationId>{12, 13, 14}));
    QCOMPARE(column(model, FiguresModel::ValueColumn), (QStringList{u"12.5"_s, u"43.5 billion"_s, u"900"_s}));
    QCOMPARE(column(model, FiguresModel::UnitColumn), (QStringList{u"%"_s, u"USD"_s, u"count"_s}));
    QCOMPARE(column(model, FiguresModel::MeasureColumn),
             (QStringList{u"growth"_s, u"exports"_s, u"firms"_s}));
    QCOMPARE(column(model, FiguresModel::SubjectColumn),
             (QStringList{u"trade"_s, u"Kazakhstan"_s, QString()}));
    QCOMPARE(column(model, FiguresModel::YearColumn), (QStringList{u"2024"_s, u"2023"_s, QString()}));
    QCOMPARE(column(model, FiguresModel::SourceColumn),
             (QStringList{u"Partner status"_s, u"Partner status"_s, u"Partner status"_s}));
    QCOMPARE(model.index(1, FiguresModel::ValueColumn).data(AnnotationRowsModel::SortRole).toDouble(),
             43.5e9);
    QCOMPARE(model.index(1, FiguresModel::ValueColumn).data(Qt::ToolTipRole).toString(), u"$43.5 billion"_s);
}

void TestPanelModels::figureValuesFollowTheLocale()
{
    const auto project = handMadeProject();
    FiguresModel model(project.get());
    QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
    const QString russian = model.index(0, FiguresModel::ValueColumn).data().toString();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(russian, u"12,5"_s);
    QCOMPARE(model.index(0, FiguresModel::ValueColumn).data().toString(), NumberFormat::scaled(12.5, 2));
}

void TestPanelModels::filterBySpeakerSourceKindAndText()
{
    const auto project = handMadeProject();
    AnnotationsModel model(project.get());
    AnnotationFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter);
    QCOMPARE(ids(filter), (QList<AnnotationId>{10, 11, 20, 21}));

    filter.setSpeakers({u"suggested:Marat Seitov"_s});
    QCOMPARE(ids(filter), (QList<AnnotationId>{11, 21}));
    filter.setSpeakers({u"suggested:Marat Seitov"_s, u"lavrov"_s});
    QCOMPARE(ids(filter), (QList<AnnotationId>{10, 11, 21}));
    filter.setSpeakers({});

    filter.setSources({2});
    QCOMPARE(ids(filter), (QList<AnnotationId>{20, 21}));
    filter.setKinds({AnnotationKind::Quote});
    QCOMPARE(ids(filter), (QList<AnnotationId>{21}));
    filter.setSources({});
    QCOMPARE(ids(filter), (QList<AnnotationId>{10, 21}));
    filter.setKinds({});

    // Case-insensitive: "astana" finds "Astana" and "ASTANA"; the search is in the passage only.
    filter.setSearchText(u"astana"_s);
    QCOMPARE(ids(filter), (QList<AnnotationId>{10, 21}));
    filter.setSearchText(u"Lavrov"_s);
    QCOMPARE(ids(filter), QList<AnnotationId>{});
    filter.setSearchText(u"  DECI  "_s);
    QCOMPARE(ids(filter), (QList<AnnotationId>{20, 21}));
    filter.setSpeakers({u"lavrov"_s});
    QCOMPARE(filter.rowCount(), 0);

    filter.clearFilters();
    QCOMPARE(filter.rowCount(), 4);
    // The ids come through the proxy, for "double-click jumps to the passage".
    QCOMPARE(filter.index(2, AnnotationsModel::TextColumn)
                 .data(AnnotationRowsModel::SourceIdRole)
                 .value<SourceId>(),
             SourceId(2));
}

void TestPanelModels::filterBySpeakerOnTheSample()
{
    Project project(ProjectContents{m_sample.settings, {}, {}, {}, {}}, std::unique_ptr<ProjectWriter>());
    QVERIFY(fillProject(project, m_sample));
    AnnotationsModel model(&project);
    AnnotationFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter);
    int total = 0;
    for (const SpeakerRecord &speaker : project.speakers()) {
        const QString &id = speaker.speaker.id;
        filter.setSpeakers({id});
        const int expected = project.annotationCount(id, AnnotationKind::Quote) +
                             project.annotationCount(id, AnnotationKind::Claim);
        QCOMPARE(filter.rowCount(), expected);
        for (int row = 0; row < filter.rowCount(); ++row)
            QCOMPARE(filter.index(row, 0).data(AnnotationRowsModel::SpeakerIdRole).toString(), id);
        total += expected;
    }
    QVERIFY(total > 0);
    filter.setSpeakers({});
    QVERIFY(model.rowCount() >= total); // the rest have no person as their source
}

void TestPanelModels::sortByAnyColumn()
{
    const auto project = handMadeProject();
    FiguresModel figures(project.get());
    AnnotationFilterModel figureFilter;
    figureFilter.setSourceModel(&figures);
    QAbstractItemModelTester figureTester(&figureFilter);
    // Numbers sort as numbers: 12.5 < 900 < 43.5 billion (as text, "43.5 billion" < "900").
    figureFilter.sort(FiguresModel::ValueColumn, Qt::AscendingOrder);
    QCOMPARE(ids(figureFilter), (QList<AnnotationId>{12, 14, 13}));
    figureFilter.sort(FiguresModel::ValueColumn, Qt::DescendingOrder);
    QCOMPARE(ids(figureFilter), (QList<AnnotationId>{13, 14, 12}));
    figureFilter.sort(FiguresModel::YearColumn, Qt::AscendingOrder);
    QCOMPARE(ids(figureFilter), (QList<AnnotationId>{13, 12, 14})); // no year last
    figureFilter.sort(FiguresModel::MeasureColumn, Qt::AscendingOrder);
    QCOMPARE(column(figureFilter, FiguresModel::MeasureColumn),
             (QStringList{u"exports"_s, u"firms"_s, u"growth"_s}));

    AnnotationsModel annotations(project.get());
    AnnotationFilterModel filter;
    filter.setSourceModel(&annotations);
    QAbstractItemModelTester tester(&filter);
    // Text sorts without regard to case: "ASTANA decides," beside "Astana is a partner.".
    filter.sort(AnnotationsModel::TextColumn, Qt::AscendingOrder);
    QCOMPARE(ids(filter), (QList<AnnotationId>{21, 10, 20, 11}));
    filter.sort(AnnotationsModel::SpeakerColumn, Qt::AscendingOrder);
    QCOMPARE(column(filter, AnnotationsModel::SpeakerColumn),
             (QStringList{u"Marat Seitov"_s, u"Marat Seitov"_s, u"Sergey Lavrov"_s, u"the ministry"_s}));
    filter.sort(AnnotationsModel::KindColumn, Qt::DescendingOrder);
    QCOMPARE(column(filter, AnnotationsModel::KindColumn),
             (QStringList{u"Quote"_s, u"Quote"_s, u"Claim"_s, u"Claim"_s}));
    filter.sort(AnnotationsModel::SourceColumn, Qt::AscendingOrder);
    QCOMPARE(column(filter, AnnotationsModel::SourceColumn).constFirst(), u"Ministry view"_s);
}

void TestPanelModels::modelsFollowEditsAndUndo()
{
    const auto project = handMadeProject();
    AnnotationsModel annotations(project.get());
    FiguresModel figures(project.get());
    SpeakersModel speakers(project.get());
    AnnotationFilterModel filter;
    filter.setSourceModel(&annotations);
    filter.setSpeakers({u"lavrov"_s});
    QAbstractItemModelTester t1(&annotations), t2(&figures), t3(&speakers), t4(&filter);
    QCOMPARE(ids(filter), QList<AnnotationId>{10});

    // A manual quote for Lavrov in the second source: a new row at its place, in the filter too,
    // and Lavrov's quote count goes up.
    AnnotationRecord quote;
    quote.source = 2;
    quote.kind = AnnotationKind::Quote;
    quote.range = {0, 12};
    quote.speaker = u"lavrov"_s;
    QSignalSpy inserted(&annotations, &QAbstractItemModel::rowsInserted);
    QSignalSpy countChanged(&speakers, &QAbstractItemModel::dataChanged);
    const AnnotationId id = project->addAnnotation(quote);
    QVERIFY(id != 0);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(ids(annotations), (QList<AnnotationId>{10, 11, id, 20, 21}));
    QCOMPARE(ids(filter), (QList<AnnotationId>{10, id}));
    QCOMPARE(countChanged.size(), 1);
    QCOMPARE(countChanged.first().first().value<QModelIndex>().row(),
             speakers.indexOfSpeaker(u"lavrov"_s).row());
    QCOMPARE(speakers.indexOfSpeaker(u"lavrov"_s).siblingAtColumn(SpeakersModel::QuotesColumn).data().toInt(),
             2);
    QCOMPARE(annotations.index(2, AnnotationsModel::OriginColumn).data().toString(), u"Manual"_s);

    // Given to Seitov: the row stays, its speaker cell changes, and the Lavrov filter drops it.
    QVERIFY(project->setAnnotationSpeaker(id, u"suggested:Marat Seitov"_s));
    QCOMPARE(annotations.index(2, AnnotationsModel::SpeakerColumn).data().toString(), u"Marat Seitov"_s);
    QCOMPARE(ids(filter), QList<AnnotationId>{10});
    QCOMPARE(speakers.indexOfSpeaker(u"lavrov"_s).siblingAtColumn(SpeakersModel::QuotesColumn).data().toInt(),
             1);

    // A quote turned into a figure moves from one panel to the other.
    QVERIFY(project->setAnnotationKind(10, AnnotationKind::Figure));
    QCOMPARE(ids(annotations), (QList<AnnotationId>{11, id, 20, 21}));
    QCOMPARE(ids(figures), (QList<AnnotationId>{10, 12, 13, 14}));

    // Renaming shows in every row of that speaker.
    QVERIFY(project->renameSpeaker(u"suggested:Marat Seitov"_s, u"M. Seitov"_s));
    QCOMPARE(column(annotations, AnnotationsModel::SpeakerColumn).count(u"M. Seitov"_s), 3);
    QCOMPARE(speakers.indexOfSpeaker(u"suggested:Marat Seitov"_s).data().toString(), u"M. Seitov"_s);

    // A deleted annotation leaves; undo brings everything back, step by step.
    QVERIFY(project->removeAnnotation(20));
    QCOMPARE(ids(annotations), (QList<AnnotationId>{11, id, 21}));
    for (int i = 0; i < 5; ++i)
        project->undoStack()->undo();
    QCOMPARE(ids(annotations), (QList<AnnotationId>{10, 11, 20, 21}));
    QCOMPARE(ids(figures), (QList<AnnotationId>{12, 13, 14}));
    QCOMPARE(ids(filter), QList<AnnotationId>{10});
    QCOMPARE(column(annotations, AnnotationsModel::SpeakerColumn).count(u"Marat Seitov"_s), 2);
    QCOMPARE(speakers.indexOfSpeaker(u"lavrov"_s).siblingAtColumn(SpeakersModel::QuotesColumn).data().toInt(),
             1);
    for (int i = 0; i < 5; ++i)
        project->undoStack()->redo();
    QCOMPARE(ids(annotations), (QList<AnnotationId>{11, id, 21}));
    QCOMPARE(ids(figures), (QList<AnnotationId>{10, 12, 13, 14}));
}

void TestPanelModels::modelsFollowMergeAndUndo()
{
    const auto project = handMadeProject();
    SpeakersModel speakers(project.get());
    AnnotationsModel annotations(project.get());
    AnnotationFilterModel filter;
    filter.setSourceModel(&annotations);
    filter.setSpeakers({u"lavrov"_s});
    QAbstractItemModelTester t1(&speakers), t2(&annotations), t3(&filter);

    QVERIFY(project->mergeSpeakers(u"suggested:Marat Seitov"_s, u"lavrov"_s));
    QCOMPARE(speakers.rowCount(), 1);
    const QModelIndex lavrov = speakers.indexOfSpeaker(u"lavrov"_s);
    QCOMPARE(lavrov.siblingAtColumn(SpeakersModel::QuotesColumn).data().toInt(), 2);
    QCOMPARE(lavrov.siblingAtColumn(SpeakersModel::ClaimsColumn).data().toInt(), 1);
    QCOMPARE(ids(filter), (QList<AnnotationId>{10, 11, 21}));
    QCOMPARE(column(annotations, AnnotationsModel::SpeakerColumn).count(u"Sergey Lavrov"_s), 3);

    project->undoStack()->undo();
    QCOMPARE(speakers.rowCount(), 2);
    QCOMPARE(speakers.index(1, 0).data(SpeakersModel::SpeakerIdRole).toString(), u"suggested:Marat Seitov"_s);
    QCOMPARE(speakers.index(1, SpeakersModel::ClaimsColumn).data().toInt(), 1);
    QCOMPARE(ids(filter), QList<AnnotationId>{10});

    // A new speaker appears as a row; undo takes it away.
    const QString added = project->addSpeaker(u"Aigerim Nurlanova"_s);
    QCOMPARE(speakers.rowCount(), 3);
    QCOMPARE(speakers.index(2, 0).data().toString(), u"Aigerim Nurlanova"_s);
    QVERIFY(speakers.index(2, 0).data(Qt::DecorationRole).value<QColor>().isValid());
    project->undoStack()->undo();
    QCOMPARE(speakers.rowCount(), 2);
    QVERIFY(!speakers.indexOfSpeaker(added).isValid());
}

void TestPanelModels::everyModelStaysValidThroughAWholeSession()
{
    // The testers check every signal each model sends (rows, data, layout) against its state.
    Project project(ProjectContents{m_sample.settings, {}, {}, {}, {}}, std::unique_ptr<ProjectWriter>());
    SpeakersModel speakers(&project);
    AnnotationsModel annotations(&project);
    FiguresModel figures(&project);
    AnnotationFilterModel annotationFilter;
    annotationFilter.setSourceModel(&annotations);
    annotationFilter.sort(AnnotationsModel::SpeakerColumn);
    AnnotationFilterModel figureFilter;
    figureFilter.setSourceModel(&figures);
    figureFilter.sort(FiguresModel::ValueColumn, Qt::DescendingOrder);
    QAbstractItemModelTester t1(&speakers), t2(&annotations), t3(&figures), t4(&annotationFilter),
        t5(&figureFilter);

    QVERIFY(fillProject(project, m_sample));
    const auto quotesAndClaims = [&] {
        int n = 0;
        for (const AnnotationRecord &a : project.contents().annotations)
            n += a.kind == AnnotationKind::Quote || a.kind == AnnotationKind::Claim;
        return n;
    };
    QCOMPARE(annotations.rowCount(), quotesAndClaims());
    QVERIFY(figures.rowCount() > 0);

    const QStringList busiest = [&] {
        QStringList ids;
        for (const SpeakerRecord &s : project.speakers()) {
            if (project.annotationCount(s.speaker.id, AnnotationKind::Quote) > 0)
                ids.append(s.speaker.id);
        }
        return ids;
    }();
    QVERIFY(busiest.size() >= 2);
    annotationFilter.setSpeakers({busiest.at(0)});
    annotationFilter.setSearchText(u"a"_s);

    const SourceId first = project.sources().constFirst().id;
    AnnotationRecord manual;
    manual.source = first;
    manual.kind = AnnotationKind::Quote;
    manual.range = {0, 20};
    manual.speaker = busiest.at(0);
    const AnnotationId id = project.addAnnotation(manual);
    QVERIFY(id != 0);
    QVERIFY(annotationFilter.mapFromSource(annotations.indexOfAnnotation(id)).isValid() ||
            !project.annotationText(*project.annotation(id)).contains(u'a', Qt::CaseInsensitive));
    QVERIFY(project.setAnnotationKind(id, AnnotationKind::Figure));
    QVERIFY(project.setAnnotationFigure(id, {7, u"percent"_s, {}, {}, 2020, {}}));
    QVERIFY(project.mergeSpeakers(busiest.at(1), busiest.at(0)));
    QVERIFY(project.renameSpeaker(busiest.at(0), u"Zz Last"_s));
    QVERIFY(project.removeAnnotation(id));
    while (project.undoStack()->canUndo())
        project.undoStack()->undo();
    QCOMPARE(annotations.rowCount(), quotesAndClaims());
    while (project.undoStack()->canRedo())
        project.undoStack()->redo();
    QCOMPARE(annotations.rowCount(), quotesAndClaims());

    // Re-analysis replaces one source's block; adding a source adds one at the end.
    QVERIFY(project.addAnnotation(manual) != 0);
    QVERIFY(project.reanalyseSource(first, m_sample.sources.constFirst().analysis));
    QCOMPARE(annotations.rowCount(), quotesAndClaims());
    QVERIFY(project.reanalyseSource(project.sources().at(2).id, DocumentAnalysis{}));
    QCOMPARE(annotations.rowCount(), quotesAndClaims());
    const SourceId extra =
        project.addSource(m_sample.sources.at(1).document, m_sample.sources.at(1).analysis);
    QVERIFY(extra != 0);
    QCOMPARE(annotations.rowCount(), quotesAndClaims());
    QCOMPARE(speakers.rowCount(), project.speakers().size());
    // Rows stay in project order: sources in turn, each in text order.
    QList<AnnotationId> expected;
    for (const SourceRecord &source : project.sources()) {
        for (AnnotationId a : project.annotationsOf(source.id)) {
            const AnnotationKind kind = project.annotation(a)->kind;
            if (kind == AnnotationKind::Quote || kind == AnnotationKind::Claim)
                expected.append(a);
        }
    }
    QCOMPARE(ids(annotations), expected);
}

void TestPanelModels::retranslateAnnouncesNewHeaders()
{
    const auto project = handMadeProject();
    SpeakersModel speakers(project.get());
    AnnotationsModel annotations(project.get());
    FiguresModel figures(project.get());
    for (QAbstractItemModel *model :
         std::initializer_list<QAbstractItemModel *>{&speakers, &annotations, &figures}) {
        QSignalSpy headers(model, &QAbstractItemModel::headerDataChanged);
        QSignalSpy cells(model, &QAbstractItemModel::dataChanged);
        if (auto *s = qobject_cast<SpeakersModel *>(model))
            s->retranslate();
        else
            static_cast<AnnotationRowsModel *>(model)->retranslate();
        QCOMPARE(headers.size(), 1);
        QCOMPARE(cells.size(), 1);
        for (int section = 0; section < model->columnCount(); ++section)
            QVERIFY(!model->headerData(section, Qt::Horizontal).toString().isEmpty());
    }
}

void TestPanelModels::panelsEmptyWhenTheProjectCloses()
{
    auto project = handMadeProject();
    SpeakersModel speakers(project.get());
    AnnotationsModel annotations(project.get());
    FiguresModel figures(project.get());
    AnnotationFilterModel filter;
    filter.setSourceModel(&annotations);
    QAbstractItemModelTester t1(&speakers), t2(&annotations), t3(&figures), t4(&filter);
    QVERIFY(annotations.rowCount() > 0);
    project.reset();
    QCOMPARE(speakers.rowCount(), 0);
    QCOMPARE(annotations.rowCount(), 0);
    QCOMPARE(figures.rowCount(), 0);
    QCOMPARE(filter.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestPanelModels)
#include "tst_panelmodels.moc"
