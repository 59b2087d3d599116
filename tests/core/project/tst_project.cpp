#include "ProjectTestSupport.h"
#include "SampleAnalysis.h"
#include "core/project/Project.h"
#include "core/project/ProjectStore.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace claimscope::core;
using namespace claimscope::test;
using namespace Qt::StringLiterals;

// The in-memory project: the sample's records, every edit undoable with one write per step,
// refused writes that change nothing, re-analysis that keeps what a person did and leaves out what
// a person deleted, and merges that leave one stance per source.
class TestProject final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void sampleIsLoadedWithConsistentLookups();

    void undoAndRedoRestoreEveryEdit_data() { edits(); }
    void undoAndRedoRestoreEveryEdit();
    void refusedEditChangesNothing_data() { edits(); }
    void refusedEditChangesNothing();
    void refusedUndoKeepsTheEditAndDropsTheCommand_data() { edits(); }
    void refusedUndoKeepsTheEditAndDropsTheCommand();
    void refusedRedoDropsTheCommand();

    void editedAutomaticAnnotationBecomesEdited();
    void invalidEditsAreRefused();
    void unchangedEditPushesNothing();
    void mergeMovesEverythingAndUndoRestoresBoth();
    void reanalysisKeepsManualAndEditedAnnotations();
    void reanalysisWithNothingFoundKeepsOnlyPeoplesWork();
    void deletedAutomaticQuoteStaysDeleted_data() { backings(); }
    void deletedAutomaticQuoteStaysDeleted();
    void undoAndRedoOfADeletionTakeTheRejectionAlong_data() { backings(); }
    void undoAndRedoOfADeletionTakeTheRejectionAlong();
    void deletedEditedAnnotationRejectsTheAutomaticOriginal_data() { backings(); }
    void deletedEditedAnnotationRejectsTheAutomaticOriginal();
    void deletedManualAnnotationRejectsNothing_data() { backings(); }
    void deletedManualAnnotationRejectsNothing();
    void mergeKeepsOneStancePerSource_data();
    void mergeKeepsOneStancePerSource();
    void firstAnalysisKeepsTheUndoHistory();
    void refusedSourceAndAnalysisChangeNothing();
    void signalsNameWhatChanged();
    void lexiconCarriesAliases();
    void fileAgreesWithMemoryAtEveryStep_data() { edits(); }
    void fileAgreesWithMemoryAtEveryStep();
    void readOnlyFileRefusesEdits();

private:
    // The analysed sample in memory or in a project file, for the tests that run on both.
    struct Backed {
        std::unique_ptr<QTemporaryDir> dir;
        std::unique_ptr<ProjectStore> store;
        std::unique_ptr<Project> project;
        // What the file holds that memory does not, empty when they agree (always, in memory).
        QString disagreement() const { return store ? fileDifference(*store, *project) : QString(); }
    };

    void edits();
    void backings();
    // A project with the analysed sample, written through a RefusingWriter.
    std::unique_ptr<Project> makeProject(RefusingWriter **writer = nullptr) const;
    Backed makeBacked(bool inFile) const;

    AnalysedSample m_sample;
};

void TestProject::initTestCase()
{
    m_sample = analyseSample();
    QVERIFY2(m_sample.problem.isEmpty(), qPrintable(m_sample.problem));
    QVERIFY(m_sample.sources.size() >= 6);
}

std::unique_ptr<Project> TestProject::makeProject(RefusingWriter **writerOut) const
{
    auto writer = std::make_unique<RefusingWriter>();
    RefusingWriter *raw = writer.get();
    ProjectContents contents;
    contents.settings = m_sample.settings;
    auto project = std::make_unique<Project>(std::move(contents), std::move(writer));
    if (!fillProject(*project, m_sample))
        return {};
    raw->writes = 0;
    if (writerOut)
        *writerOut = raw;
    return project;
}

void TestProject::backings()
{
    QTest::addColumn<bool>("inFile");
    QTest::newRow("in memory") << false;
    QTest::newRow("in a project file") << true;
}

TestProject::Backed TestProject::makeBacked(bool inFile) const
{
    Backed backed;
    if (!inFile) {
        backed.project = makeProject();
        return backed;
    }
    backed.dir = std::make_unique<QTemporaryDir>();
    auto created = ProjectStore::create(backed.dir->filePath(u"backed.claimscope"_s), m_sample.settings);
    if (!std::holds_alternative<std::unique_ptr<ProjectStore>>(created))
        return {};
    backed.store = std::get<std::unique_ptr<ProjectStore>>(std::move(created));
    auto loaded = backed.store->load();
    if (!std::holds_alternative<ProjectContents>(loaded))
        return {};
    backed.project =
        std::make_unique<Project>(std::get<ProjectContents>(std::move(loaded)), backed.store.get());
    if (!fillProject(*backed.project, m_sample))
        return {};
    return backed;
}

namespace {

// The annotations of `source` of the quote family (quotes and claims) at `range`.
QList<AnnotationRecord> quotesAt(const Project &project, SourceId source, const TextRange &range)
{
    QList<AnnotationRecord> found;
    for (AnnotationId id : project.annotationsOf(source)) {
        const AnnotationRecord &a = *project.annotation(id);
        if (a.range == range && (a.kind == AnnotationKind::Quote || a.kind == AnnotationKind::Claim))
            found.append(a);
    }
    return found;
}

qsizetype automaticCount(const Project &project, SourceId source)
{
    const QList<AnnotationId> ids = project.annotationsOf(source);
    return std::count_if(ids.cbegin(), ids.cend(), [&](AnnotationId id) {
        return project.annotation(id)->origin == Origin::Automatic;
    });
}

// The automatic quotes of the first source, which the first sample analysis re-analyses.
QList<AnnotationRecord> automaticQuotesOfFirstSource(const Project &project)
{
    QList<AnnotationRecord> quotes;
    for (AnnotationId id : project.annotationsOf(project.sources().constFirst().id)) {
        const AnnotationRecord &a = *project.annotation(id);
        if (a.kind == AnnotationKind::Quote && a.origin == Origin::Automatic)
            quotes.append(a);
    }
    return quotes;
}

} // namespace

#define AGREES(backed)                                                                                       \
    do {                                                                                                     \
        const QString disagreement = (backed).disagreement();                                                \
        QVERIFY2(disagreement.isEmpty(), qPrintable(u"file and memory differ: "_s + disagreement));          \
    } while (false)

void TestProject::sampleIsLoadedWithConsistentLookups()
{
    const auto project = makeProject();
    QVERIFY(project);
    QCOMPARE(project->sources().size(), m_sample.sources.size());
    for (const SourceRecord &source : project->sources()) {
        QVERIFY(source.analysed);
        QCOMPARE(source.checksum.size(), 64); // SHA-256 in hex
    }
    QVERIFY(automatic(*project, AnnotationKind::Quote, true));
    QVERIFY(automatic(*project, AnnotationKind::Claim));
    QVERIFY(automatic(*project, AnnotationKind::Figure));
    QVERIFY(automatic(*project, AnnotationKind::SpeakerMention));
    QVERIFY(automaticStance(*project));
    // Everyone the analyzer named is a speaker of the project, each with a colour.
    for (const AnalysedSource &source : m_sample.sources) {
        for (const SpeakerMention &speaker : source.analysis.speakers) {
            QVERIFY2(project->speaker(speaker.id), qPrintable(speaker.id));
            QCOMPARE(project->speaker(speaker.id)->suggested, speaker.suggested);
        }
    }
    for (const SpeakerRecord &speaker : project->speakers())
        QVERIFY2(speaker.colour.startsWith(u'#'), qPrintable(speaker.speaker.id));
    const QString problem = indexProblem(*project);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // A passage is the text of its range.
    const AnnotationRecord *quote = automatic(*project, AnnotationKind::Quote);
    QCOMPARE(project->annotationText(*quote),
             project->source(quote->source)->document.text.mid(quote->range.start, quote->range.length()));
}

void TestProject::edits()
{
    addEditRows();
}

void TestProject::undoAndRedoRestoreEveryEdit()
{
    QFETCH(Edit, edit);
    RefusingWriter *writer = nullptr;
    const auto project = makeProject(&writer);
    QVERIFY(project);
    const ProjectContents before = project->contents();

    QVERIFY(edit(*project));
    const ProjectContents after = project->contents();
    QVERIFY2(!difference(before, after).isEmpty(), "the edit changed nothing");
    QCOMPARE(writer->writes, 1); // one write per step: the file has it in one transaction
    QCOMPARE(project->undoStack()->count(), 1);
    QVERIFY(!project->undoStack()->undoText().isEmpty());

    project->undoStack()->undo();
    COMPARE_STATE(project->contents(), before);
    QCOMPARE(writer->writes, 2);
    QString problem = indexProblem(*project);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    project->undoStack()->redo();
    COMPARE_STATE(project->contents(), after);
    QCOMPARE(writer->writes, 3);
    problem = indexProblem(*project);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // And once more, since a redo after an undo is not the first redo.
    project->undoStack()->undo();
    COMPARE_STATE(project->contents(), before);
    project->undoStack()->redo();
    COMPARE_STATE(project->contents(), after);
}

void TestProject::refusedEditChangesNothing()
{
    QFETCH(Edit, edit);
    RefusingWriter *writer = nullptr;
    const auto project = makeProject(&writer);
    QVERIFY(project);
    // Something to redo, which a refused edit must not throw away.
    QVERIFY(project->setAnnotationNote(automatic(*project, AnnotationKind::Claim)->id, u"earlier"_s));
    project->undoStack()->undo();
    const ProjectContents before = project->contents();
    SignalLog log(*project);

    writer->refuse = true;
    QVERIFY(!edit(*project));
    COMPARE_STATE(project->contents(), before);
    QCOMPARE(log.lines, QStringList{u"writeFailed disk full"_s});
    QCOMPARE(project->undoStack()->count(), 1);
    QVERIFY(project->undoStack()->canRedo());
    const QString problem = indexProblem(*project);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestProject::refusedUndoKeepsTheEditAndDropsTheCommand()
{
    QFETCH(Edit, edit);
    RefusingWriter *writer = nullptr;
    const auto project = makeProject(&writer);
    QVERIFY(project);
    QVERIFY(edit(*project));
    const ProjectContents after = project->contents();
    SignalLog log(*project);

    writer->refuse = true;
    project->undoStack()->undo();
    // The file still has the edit, and so has memory; the command is gone, so that nothing on the
    // stack claims a state that is not there.
    COMPARE_STATE(project->contents(), after);
    QCOMPARE(log.lines, QStringList{u"writeFailed disk full"_s});
    QCOMPARE(project->undoStack()->count(), 0);
}

void TestProject::refusedRedoDropsTheCommand()
{
    RefusingWriter *writer = nullptr;
    const auto project = makeProject(&writer);
    QVERIFY(project);
    const ProjectContents before = project->contents();
    QVERIFY(project->addAnnotation(selection(*project, AnnotationKind::Quote)) != 0);
    project->undoStack()->undo();
    SignalLog log(*project);

    writer->refuse = true;
    project->undoStack()->redo();
    COMPARE_STATE(project->contents(), before);
    QCOMPARE(log.lines, QStringList{u"writeFailed disk full"_s});
    QCOMPARE(project->undoStack()->count(), 0);
}

void TestProject::editedAutomaticAnnotationBecomesEdited()
{
    const auto project = makeProject();
    QVERIFY(project);
    const AnnotationRecord quote = *automatic(*project, AnnotationKind::Quote, true);
    QVERIFY(project->clearAnnotationSpeaker(quote.id));
    const AnnotationRecord *edited = project->annotation(quote.id);
    QCOMPARE(edited->origin, Origin::Edited);
    QVERIFY(edited->speaker.isEmpty());
    QVERIFY(edited->modified >= quote.modified);
    QCOMPARE(edited->created, quote.created);
    QCOMPARE(project->undoStack()->undoText(), u"Clear Speaker"_s);
    project->undoStack()->undo();
    QCOMPARE(*project->annotation(quote.id), quote);

    // A manual annotation stays manual when edited.
    const AnnotationId manual = project->addAnnotation(selection(*project, AnnotationKind::Claim));
    QVERIFY(manual != 0);
    QCOMPARE(project->annotation(manual)->origin, Origin::Manual);
    QCOMPARE(project->annotation(manual)->confidence, 1.0);
    QVERIFY(project->setAnnotationNote(manual, u"from the interview"_s));
    QCOMPARE(project->annotation(manual)->origin, Origin::Manual);
}

void TestProject::invalidEditsAreRefused()
{
    const auto project = makeProject();
    QVERIFY(project);
    const ProjectContents before = project->contents();
    AnnotationRecord outside = selection(*project, AnnotationKind::Quote);
    outside.range = {0, project->sources().constFirst().document.text.size() + 1};
    QCOMPARE(project->addAnnotation(outside), AnnotationId(0));
    AnnotationRecord empty = selection(*project, AnnotationKind::Quote);
    empty.range = {5, 5};
    QCOMPARE(project->addAnnotation(empty), AnnotationId(0));
    AnnotationRecord unknownSpeaker = selection(*project, AnnotationKind::Quote);
    unknownSpeaker.speaker = u"nobody"_s;
    QCOMPARE(project->addAnnotation(unknownSpeaker), AnnotationId(0));
    QVERIFY(!project->setAnnotationSpeaker(automatic(*project, AnnotationKind::Quote)->id, u"nobody"_s));
    QVERIFY(!project->removeAnnotation(999'999));
    const QString speaker = busiestSpeakers(*project).constFirst();
    QVERIFY(!project->setStance(project->sources().constFirst().id, speaker, 3, {}));
    QVERIFY(!project->setStance(999'999, speaker, 1, {}));
    QVERIFY(!project->renameSpeaker(speaker, u"   "_s));
    QVERIFY(!project->mergeSpeakers(speaker, speaker));
    QVERIFY(!project->mergeSpeakers(u"nobody"_s, speaker));
    QVERIFY(!project->removeAlias(speaker, FormLanguage::Tr, u"not an alias"_s));
    QVERIFY(project->addSpeaker(u"  "_s).isEmpty());
    COMPARE_STATE(project->contents(), before);
    QCOMPARE(project->undoStack()->count(), 0);
}

void TestProject::unchangedEditPushesNothing()
{
    const auto project = makeProject();
    QVERIFY(project);
    const AnnotationRecord quote = *automatic(*project, AnnotationKind::Quote, true);
    QVERIFY(project->setAnnotationSpeaker(quote.id, quote.speaker));
    QVERIFY(project->setAnnotationKind(quote.id, quote.kind));
    const SpeakerRecord speaker = project->speakers().constFirst();
    QVERIFY(project->renameSpeaker(speaker.speaker.id, speaker.speaker.name));
    QCOMPARE(project->undoStack()->count(), 0);
    QCOMPARE(project->annotation(quote.id)->origin, Origin::Automatic);
}

void TestProject::mergeMovesEverythingAndUndoRestoresBoth()
{
    const auto project = makeProject();
    QVERIFY(project);
    // The person with the most annotations absorbs the one with the second most, stances included.
    const QStringList busiest = busiestSpeakers(*project);
    QString from;
    for (const QString &candidate : busiest.sliced(1)) {
        const StanceRecord *stance = nullptr;
        for (const SourceRecord &source : project->sources())
            stance = stance ? stance : project->stanceFor(source.id, candidate);
        if (stance && !project->annotationsBy(candidate).isEmpty()) {
            from = candidate;
            break;
        }
    }
    QVERIFY2(!from.isEmpty(), "no second speaker with a stance in the sample");
    const QString into = busiest.constFirst() == from ? busiest.at(1) : busiest.constFirst();
    QVERIFY(project->addAlias(from, FormLanguage::Ru, u"Тестов"_s));
    const ProjectContents before = project->contents();
    const SpeakerRecord fromRecord = *project->speaker(from);
    const SpeakerRecord intoRecord = *project->speaker(into);
    const QList<AnnotationId> fromAnnotations = project->annotationsBy(from);
    const QList<AnnotationId> intoAnnotations = project->annotationsBy(into);
    int fromQuotes = project->annotationCount(from, AnnotationKind::Quote);
    int intoQuotes = project->annotationCount(into, AnnotationKind::Quote);

    QVERIFY(project->mergeSpeakers(from, into));
    QVERIFY(!project->speaker(from));
    QCOMPARE(project->speakers().size(), before.speakers.size() - 1);
    QVERIFY(project->annotationsBy(from).isEmpty());
    QList<AnnotationId> expected = fromAnnotations + intoAnnotations;
    std::sort(expected.begin(), expected.end());
    QCOMPARE(project->annotationsBy(into), expected);
    QCOMPARE(project->annotationCount(into, AnnotationKind::Quote), fromQuotes + intoQuotes);
    QVERIFY(project->speaker(into)->speaker.formsRu.contains(u"Тестов"_s));
    for (const QString &form : fromRecord.speaker.formsEn)
        QVERIFY(project->speaker(into)->speaker.formsEn.contains(form));
    QCOMPARE(project->speaker(into)->speaker.name, intoRecord.speaker.name);
    for (const StanceRecord &stance : project->contents().stances)
        QVERIFY(stance.speaker != from);
    const ProjectContents after = project->contents();

    project->undoStack()->undo();
    COMPARE_STATE(project->contents(), before);
    QCOMPARE(*project->speaker(from), fromRecord);
    QCOMPARE(*project->speaker(into), intoRecord);
    QCOMPARE(project->annotationsBy(from), fromAnnotations);
    QCOMPARE(project->annotationCount(from, AnnotationKind::Quote), fromQuotes);

    project->undoStack()->redo();
    COMPARE_STATE(project->contents(), after);
    const QString problem = indexProblem(*project);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestProject::reanalysisKeepsManualAndEditedAnnotations()
{
    const auto project = makeProject();
    QVERIFY(project);
    const SourceRecord source = project->sources().constFirst();
    const AnalysedSource &analysed = m_sample.sources.constFirst();

    // A person's work in the first source: a manual claim, an automatic quote given another
    // speaker (now edited), an automatic stance overruled (now edited).
    const AnnotationId manual = project->addAnnotation(selection(*project, AnnotationKind::Claim));
    QVERIFY(manual != 0);
    const AnnotationRecord *quote = findAnnotation(*project, [&](const AnnotationRecord &a) {
        return a.source == source.id && a.kind == AnnotationKind::Quote && !a.speaker.isEmpty();
    });
    QVERIFY(quote);
    const AnnotationId edited = quote->id;
    const TextRange editedRange = quote->range;
    QVERIFY(project->clearAnnotationSpeaker(edited));
    const StanceRecord *stance = nullptr;
    for (StanceId id : project->stancesOf(source.id))
        stance = stance ? stance : project->stance(id);
    QVERIFY2(stance, "the first sample source has no stance");
    const QString stanceSpeaker = stance->speaker;
    QVERIFY(project->setStance(source.id, stanceSpeaker, 0, u"neutral on reading"_s));
    const StanceId editedStance = project->stanceFor(source.id, stanceSpeaker)->id;

    const AnnotationRecord manualBefore = *project->annotation(manual);
    const AnnotationRecord editedBefore = *project->annotation(edited);
    const StanceRecord stanceBefore = *project->stance(editedStance);
    QSet<AnnotationId> automaticBefore;
    for (AnnotationId id : project->annotationsOf(source.id)) {
        if (project->annotation(id)->origin == Origin::Automatic)
            automaticBefore.insert(id);
    }
    const SourceId other = project->sources().constLast().id;
    const QList<AnnotationId> otherBefore = project->annotationsOf(other);
    QVERIFY(project->undoStack()->count() > 0);

    QVERIFY(project->reanalyseSource(source.id, analysed.analysis));

    QCOMPARE(*project->annotation(manual), manualBefore);
    QCOMPARE(*project->annotation(edited), editedBefore);
    QCOMPARE(*project->stance(editedStance), stanceBefore);
    QCOMPARE(project->stanceFor(source.id, stanceSpeaker)->id, editedStance);
    // The analyzer's new records: new ids, none where a person already marked the passage, and
    // no second stance for the person whose stance was overruled.
    qsizetype automaticAfter = 0;
    for (AnnotationId id : project->annotationsOf(source.id)) {
        const AnnotationRecord &a = *project->annotation(id);
        if (a.origin != Origin::Automatic)
            continue;
        ++automaticAfter;
        QVERIFY(!automaticBefore.contains(id));
        if (a.kind == AnnotationKind::Quote || a.kind == AnnotationKind::Claim)
            QVERIFY2(!(a.range == editedRange), "the edited quote came back as an automatic one");
    }
    // As many as before the re-analysis: the edited quote's automatic twin is not among them.
    QCOMPARE(automaticAfter, automaticBefore.size());
    for (StanceId id : project->stancesOf(source.id)) {
        if (id != editedStance)
            QVERIFY(project->stance(id)->speaker != stanceSpeaker);
    }
    QCOMPARE(project->annotationsOf(other), otherBefore);
    // The undo history named records that are gone.
    QCOMPARE(project->undoStack()->count(), 0);
    const QString problem = indexProblem(*project);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestProject::reanalysisWithNothingFoundKeepsOnlyPeoplesWork()
{
    const auto project = makeProject();
    QVERIFY(project);
    const SourceId source = project->sources().constFirst().id;
    const AnnotationId manual = project->addAnnotation(selection(*project, AnnotationKind::Figure));
    QVERIFY(project->reanalyseSource(source, DocumentAnalysis{}));
    QCOMPARE(project->annotationsOf(source), QList<AnnotationId>{manual});
    QVERIFY(project->stancesOf(source).isEmpty());
    QVERIFY(project->source(source)->analysed);
}

void TestProject::deletedAutomaticQuoteStaysDeleted()
{
    QFETCH(bool, inFile);
    const Backed backed = makeBacked(inFile);
    QVERIFY(backed.project);
    Project &project = *backed.project;
    const SourceId source = project.sources().constFirst().id;
    const DocumentAnalysis &analysis = m_sample.sources.constFirst().analysis;
    const QList<AnnotationRecord> quotes = automaticQuotesOfFirstSource(project);
    QVERIFY2(!quotes.isEmpty(), "the first sample source has no automatic quote");
    const AnnotationRecord quote = quotes.constFirst();
    QCOMPARE(quotesAt(project, source, quote.range).size(), 1);
    const qsizetype automaticBefore = automaticCount(project, source);

    QVERIFY(project.removeAnnotation(quote.id));
    QVERIFY(!project.annotation(quote.id));
    const QList<RejectionRecord> rejections = project.rejectionsOf(source);
    QCOMPARE(rejections.size(), 1);
    QCOMPARE(rejections.at(0).source, source);
    QCOMPARE(rejections.at(0).kind, AnnotationKind::Quote);
    QCOMPARE(rejections.at(0).range, quote.range);
    QVERIFY(rejections.at(0).created.isValid());
    AGREES(backed);

    // The same analysis again, twice: everything else comes back, the deleted quote does not.
    for (int round = 0; round < 2; ++round) {
        QVERIFY(project.reanalyseSource(source, analysis));
        QVERIFY(quotesAt(project, source, quote.range).isEmpty());
        QCOMPARE(automaticCount(project, source), automaticBefore - 1);
        QCOMPARE(project.rejectionsOf(source), rejections);
        AGREES(backed);
    }
    // And after the file is opened again.
    if (backed.store) {
        Project reopened(std::get<ProjectContents>(backed.store->load()), std::unique_ptr<ProjectWriter>());
        QCOMPARE(reopened.rejectionsOf(source), rejections);
        QVERIFY(reopened.reanalyseSource(source, analysis));
        QVERIFY(quotesAt(reopened, source, quote.range).isEmpty());
    }
}

void TestProject::undoAndRedoOfADeletionTakeTheRejectionAlong()
{
    QFETCH(bool, inFile);
    const Backed backed = makeBacked(inFile);
    QVERIFY(backed.project);
    Project &project = *backed.project;
    const SourceId source = project.sources().constFirst().id;
    const DocumentAnalysis &analysis = m_sample.sources.constFirst().analysis;
    const QList<AnnotationRecord> quotes = automaticQuotesOfFirstSource(project);
    QVERIFY2(quotes.size() >= 2, "the first sample source has fewer than two automatic quotes");

    // Deleted and undone: the quote is back as it was, nothing is rejected, and a re-analysis
    // replaces it with exactly one automatic quote.
    const AnnotationRecord first = quotes.at(0);
    QVERIFY(project.removeAnnotation(first.id));
    QCOMPARE(project.rejectionsOf(source).size(), 1);
    project.undoStack()->undo();
    QCOMPARE(*project.annotation(first.id), first);
    QVERIFY(project.rejectionsOf(source).isEmpty());
    AGREES(backed);
    // Redone: gone again, and rejected again.
    project.undoStack()->redo();
    QVERIFY(!project.annotation(first.id));
    QCOMPARE(project.rejectionsOf(source).size(), 1);
    QCOMPARE(project.rejectionsOf(source).at(0).range, first.range);
    AGREES(backed);
    project.undoStack()->undo();
    AGREES(backed);
    QVERIFY(project.reanalyseSource(source, analysis));
    const QList<AnnotationRecord> back = quotesAt(project, source, first.range);
    QCOMPARE(back.size(), 1);
    QCOMPARE(back.at(0).origin, Origin::Automatic);
    QVERIFY(project.rejectionsOf(source).isEmpty());
    AGREES(backed);

    // Deleted, undone and redone: the redo's rejection holds against a re-analysis.
    const AnnotationRecord second = automaticQuotesOfFirstSource(project).constLast();
    QVERIFY(project.removeAnnotation(second.id));
    project.undoStack()->undo();
    project.undoStack()->redo();
    QVERIFY(project.reanalyseSource(source, analysis));
    QVERIFY(quotesAt(project, source, second.range).isEmpty());
    QCOMPARE(quotesAt(project, source, first.range).size(), 1);
    AGREES(backed);
}

void TestProject::deletedEditedAnnotationRejectsTheAutomaticOriginal()
{
    QFETCH(bool, inFile);
    const Backed backed = makeBacked(inFile);
    QVERIFY(backed.project);
    Project &project = *backed.project;
    const SourceId source = project.sources().constFirst().id;
    const QList<AnnotationRecord> quotes = automaticQuotesOfFirstSource(project);
    QVERIFY(!quotes.isEmpty());
    const AnnotationRecord quote = quotes.constFirst();

    // A person made the analyzer's quote a claim, then deleted it: the rejection names the claim,
    // and the quote the analyzer finds there is of the same family.
    QVERIFY(project.setAnnotationKind(quote.id, AnnotationKind::Claim));
    QCOMPARE(project.annotation(quote.id)->origin, Origin::Edited);
    QVERIFY(project.removeAnnotation(quote.id));
    QCOMPARE(project.rejectionsOf(source).size(), 1);
    QCOMPARE(project.rejectionsOf(source).at(0).kind, AnnotationKind::Claim);
    AGREES(backed);
    QVERIFY(project.reanalyseSource(source, m_sample.sources.constFirst().analysis));
    QVERIFY(quotesAt(project, source, quote.range).isEmpty());
    AGREES(backed);
}

void TestProject::deletedManualAnnotationRejectsNothing()
{
    QFETCH(bool, inFile);
    const Backed backed = makeBacked(inFile);
    QVERIFY(backed.project);
    Project &project = *backed.project;
    const AnnotationId manual = project.addAnnotation(selection(project, AnnotationKind::Quote));
    QVERIFY(manual != 0);
    const SourceId source = project.annotation(manual)->source;
    QVERIFY(project.removeAnnotation(manual));
    QVERIFY(project.rejectionsOf(source).isEmpty());
    AGREES(backed);
    project.undoStack()->undo();
    QVERIFY(project.annotation(manual));
    AGREES(backed);
}

void TestProject::mergeKeepsOneStancePerSource_data()
{
    QTest::addColumn<bool>("inFile");
    QTest::addColumn<Origin>("fromOrigin");
    QTest::addColumn<Origin>("intoOrigin");
    QTest::addColumn<bool>("fromKept");
    struct Rule {
        const char *name;
        Origin from;
        Origin into;
        bool fromKept;
    };
    const Rule rules[] = {
        {"the absorbed speaker's manual stance beats the analyzer's", Origin::Manual, Origin::Automatic,
         true},
        {"an edited stance is a person's too", Origin::Edited, Origin::Automatic, true},
        {"the absorbed speaker's automatic stance gives way to a person's", Origin::Automatic, Origin::Manual,
         false},
        {"both a person's: the remaining speaker's is kept", Origin::Edited, Origin::Manual, false},
        {"both the analyzer's: the remaining speaker's is kept", Origin::Automatic, Origin::Automatic, false},
    };
    for (bool inFile : {false, true}) {
        for (const Rule &rule : rules) {
            const QByteArray name = (inFile ? "in a project file, " : "in memory, ") + QByteArray(rule.name);
            QTest::newRow(name.constData()) << inFile << rule.from << rule.into << rule.fromKept;
        }
    }
}

void TestProject::mergeKeepsOneStancePerSource()
{
    QFETCH(bool, inFile);
    QFETCH(Origin, fromOrigin);
    QFETCH(Origin, intoOrigin);
    QFETCH(bool, fromKept);
    Backed backed = makeBacked(inFile);
    QVERIFY(backed.project);
    Project &project = *backed.project;

    // Two speakers with a stance each in the first source, where neither has one yet; `from`
    // alone has one in the last source. Stances of the wanted origins are made as a person
    // would: an automatic one through re-analysis, an edited one by overruling it.
    const SourceId both = project.sources().constFirst().id;
    const SourceId fromOnly = project.sources().constLast().id;
    QStringList free;
    for (const SpeakerRecord &speaker : project.speakers()) {
        if (!project.stanceFor(both, speaker.speaker.id) && !project.stanceFor(fromOnly, speaker.speaker.id))
            free.append(speaker.speaker.id);
    }
    QVERIFY2(free.size() >= 2, "fewer than two speakers without stances in the sample");
    const QString from = free.at(0), into = free.at(1);
    DocumentAnalysis analysis = m_sample.sources.constFirst().analysis;
    const auto addAutomaticStance = [&](const QString &speaker, int score) {
        StanceAnnotation stance;
        stance.speaker = speaker;
        stance.target = m_sample.settings.question;
        stance.score = score;
        stance.evidence = {{0, 10}};
        stance.confidence = 0.6;
        analysis.stances.append(stance);
    };
    if (fromOrigin != Origin::Manual)
        addAutomaticStance(from, 1);
    if (intoOrigin != Origin::Manual)
        addAutomaticStance(into, -1);
    QVERIFY(project.reanalyseSource(both, analysis));
    if (fromOrigin != Origin::Automatic)
        QVERIFY(project.setStance(both, from, 2, u"from, by a person"_s));
    if (intoOrigin != Origin::Automatic)
        QVERIFY(project.setStance(both, into, -2, u"into, by a person"_s));
    QVERIFY(project.setStance(fromOnly, from, 0, u"only from"_s));
    const StanceRecord fromStance = *project.stanceFor(both, from);
    const StanceRecord intoStance = *project.stanceFor(both, into);
    const StanceRecord movedStance = *project.stanceFor(fromOnly, from);
    QCOMPARE(fromStance.origin, fromOrigin);
    QCOMPARE(intoStance.origin, intoOrigin);
    const qsizetype stancesBefore = project.stancesOf(both).size();
    const ProjectContents before = project.contents();
    AGREES(backed);

    QVERIFY(project.mergeSpeakers(from, into));
    QList<StanceRecord> merged;
    for (StanceId id : project.stancesOf(both)) {
        if (project.stance(id)->speaker == into)
            merged.append(*project.stance(id));
    }
    QCOMPARE(merged.size(), 1);
    StanceRecord expected = fromKept ? fromStance : intoStance;
    expected.speaker = into;
    QCOMPARE(merged.at(0), expected);
    QCOMPARE(*project.stanceFor(both, into), expected);
    QCOMPARE(project.stancesOf(both).size(), stancesBefore - 1);
    QVERIFY(!project.stance(fromKept ? intoStance.id : fromStance.id));
    StanceRecord moved = movedStance;
    moved.speaker = into;
    QCOMPARE(*project.stanceFor(fromOnly, into), moved);
    const ProjectContents after = project.contents();
    AGREES(backed);

    project.undoStack()->undo();
    COMPARE_STATE(project.contents(), before);
    QCOMPARE(*project.stance(fromStance.id), fromStance);
    QCOMPARE(*project.stance(intoStance.id), intoStance);
    QCOMPARE(*project.stanceFor(fromOnly, from), movedStance);
    AGREES(backed);

    project.undoStack()->redo();
    COMPARE_STATE(project.contents(), after);
    AGREES(backed);
    const QString problem = indexProblem(project);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestProject::firstAnalysisKeepsTheUndoHistory()
{
    const auto project = makeProject();
    QVERIFY(project);
    QVERIFY(project->setAnnotationNote(automatic(*project, AnnotationKind::Quote)->id, u"keep"_s));
    const AnalysedSource &extra = m_sample.sources.constLast();
    const SourceId added = project->addSource(extra.document);
    QVERIFY(added != 0);
    QVERIFY(!project->source(added)->analysed);
    QVERIFY(project->reanalyseSource(added, extra.analysis));
    QVERIFY(!project->annotationsOf(added).isEmpty());
    // Nothing was replaced, so the edit before it can still be undone.
    QCOMPARE(project->undoStack()->count(), 1);
    project->undoStack()->undo();
    QVERIFY(automatic(*project, AnnotationKind::Quote)->note.isEmpty());
}

void TestProject::refusedSourceAndAnalysisChangeNothing()
{
    RefusingWriter *writer = nullptr;
    const auto project = makeProject(&writer);
    QVERIFY(project);
    const ProjectContents before = project->contents();
    SignalLog log(*project);
    writer->refuse = true;
    const AnalysedSource &extra = m_sample.sources.constFirst();
    QCOMPARE(project->addSource(extra.document, extra.analysis), SourceId(0));
    QVERIFY(!project->reanalyseSource(project->sources().constFirst().id, extra.analysis));
    QVERIFY(
        !project->addSpeakers({{Speaker{u"new"_s, u"New Person"_s, {}, u"other"_s, {}, {}, {}}, {}, false}}));
    COMPARE_STATE(project->contents(), before);
    QCOMPARE(log.lines.size(), 3);
    QCOMPARE(log.count(u"writeFailed"_s), 3);
}

void TestProject::signalsNameWhatChanged()
{
    const auto project = makeProject();
    QVERIFY(project);
    SignalLog log(*project);

    const AnnotationId id = project->addAnnotation(selection(*project, AnnotationKind::Quote));
    const SourceId source = project->annotation(id)->source;
    QCOMPARE(log.lines,
             (QStringList{u"annotationAdded %1"_s.arg(id), u"annotationsChanged %1"_s.arg(source)}));
    log.lines.clear();

    const QString speaker = project->annotation(id)->speaker;
    QVERIFY(project->clearAnnotationSpeaker(id));
    QCOMPARE(log.lines, (QStringList{u"annotationChanged %1 %2→"_s.arg(id).arg(speaker),
                                     u"annotationsChanged %1"_s.arg(source)}));
    log.lines.clear();

    project->undoStack()->undo();
    project->undoStack()->undo();
    QCOMPARE(log.lines,
             (QStringList{u"annotationChanged %1 →%2"_s.arg(id).arg(speaker),
                          u"annotationsChanged %1"_s.arg(source), u"annotationRemoved %1"_s.arg(id),
                          u"annotationsChanged %1"_s.arg(source)}));
    log.lines.clear();

    QVERIFY(project->renameSpeaker(speaker, u"Someone Else"_s));
    QCOMPARE(log.lines, (QStringList{u"speakerChanged "_s + speaker, u"speakersChanged"_s}));
    log.lines.clear();

    QVERIFY(project->setStance(source, speaker, -1, {}));
    QCOMPARE(log.lines, QStringList{u"stancesChanged %1"_s.arg(source)});
    log.lines.clear();

    // A merge: the absorbed speaker's records move, one signal each, then it goes.
    const QStringList busiest = busiestSpeakers(*project);
    const qsizetype moved = project->annotationsBy(busiest.at(1)).size();
    QVERIFY(project->mergeSpeakers(busiest.at(1), busiest.at(0)));
    QCOMPARE(log.count(u"annotationChanged"_s), moved);
    QCOMPARE(log.count(u"speakerChanged "_s + busiest.at(0)), 1);
    QCOMPARE(log.count(u"speakerRemoved "_s + busiest.at(1)), 1);
    QCOMPARE(log.count(u"speakersChanged"_s), 1);
    log.lines.clear();
    project->undoStack()->undo();
    QCOMPARE(log.count(u"speakerAdded "_s + busiest.at(1)), 1);
    QCOMPARE(log.count(u"annotationChanged"_s), moved);
    log.lines.clear();

    // A source and its analysis: the source, its new people, its records all at once.
    const AnalysedSource &extra = m_sample.sources.constFirst();
    const SourceId added = project->addSource(extra.document, extra.analysis);
    QCOMPARE(log.lines.first(), u"sourceAdded %1"_s.arg(added));
    QVERIFY(log.lines.contains(u"annotationsReplaced %1"_s.arg(added)));
    QVERIFY(log.lines.contains(u"annotationsChanged %1"_s.arg(added)));
    QVERIFY(log.lines.contains(u"stancesChanged %1"_s.arg(added)));
    QCOMPARE(log.count(u"annotationAdded"_s), 0); // no signal per record
    QCOMPARE(log.count(u"writeFailed"_s), 0);
}

void TestProject::lexiconCarriesAliases()
{
    const auto project = makeProject();
    QVERIFY(project);
    const QString id = m_sample.lexicon.speakers.constFirst().id;
    QVERIFY(project->addAlias(id, FormLanguage::Tr, u"Sayın Test"_s));
    const Lexicon lexicon = project->lexicon();
    QCOMPARE(lexicon.cues, m_sample.lexicon.cues);
    const auto it = std::find_if(lexicon.speakers.cbegin(), lexicon.speakers.cend(),
                                 [&](const Speaker &s) { return s.id == id; });
    QVERIFY(it != lexicon.speakers.cend());
    QVERIFY(it->formsTr.contains(u"Sayın Test"_s));
    QCOMPARE(lexicon.speakers.size(), m_sample.lexicon.speakers.size());
}

void TestProject::fileAgreesWithMemoryAtEveryStep()
{
    QFETCH(Edit, edit);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto created = ProjectStore::create(dir.filePath(u"edits.claimscope"_s), m_sample.settings);
    QVERIFY2(std::holds_alternative<std::unique_ptr<ProjectStore>>(created),
             qPrintable(std::get_if<ProjectError>(&created) ? std::get<ProjectError>(created).message
                                                            : QString()));
    const std::unique_ptr<ProjectStore> store = std::get<std::unique_ptr<ProjectStore>>(std::move(created));
    auto loaded = store->load();
    QVERIFY(std::holds_alternative<ProjectContents>(loaded));
    Project project(std::get<ProjectContents>(std::move(loaded)), store.get());
    QCOMPARE(project.store(), store.get());
    SignalLog log(project);
    QVERIFY(fillProject(project, m_sample));
    QString diff = fileDifference(*store, project);
    QVERIFY2(diff.isEmpty(), qPrintable(u"after the import: "_s + diff));

    QVERIFY(edit(project));
    diff = fileDifference(*store, project);
    QVERIFY2(diff.isEmpty(), qPrintable(u"after the edit: "_s + diff));
    project.undoStack()->undo();
    diff = fileDifference(*store, project);
    QVERIFY2(diff.isEmpty(), qPrintable(u"after undo: "_s + diff));
    project.undoStack()->redo();
    diff = fileDifference(*store, project);
    QVERIFY2(diff.isEmpty(), qPrintable(u"after redo: "_s + diff));
    QCOMPARE(project.undoStack()->count(), 1);

    // And after a re-analysis of the source the edit was in.
    QVERIFY(
        project.reanalyseSource(project.sources().constFirst().id, m_sample.sources.constFirst().analysis));
    diff = fileDifference(*store, project);
    QVERIFY2(diff.isEmpty(), qPrintable(u"after re-analysis: "_s + diff));
    QCOMPARE(log.count(u"writeFailed"_s), 0);
}

void TestProject::readOnlyFileRefusesEdits()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"read-only.claimscope"_s);
    {
        auto created = ProjectStore::create(path, m_sample.settings);
        QVERIFY(std::holds_alternative<std::unique_ptr<ProjectStore>>(created));
        const auto store = std::get<std::unique_ptr<ProjectStore>>(std::move(created));
        Project project(std::get<ProjectContents>(store->load()), store.get());
        QVERIFY(fillProject(project, m_sample));
    }
    auto opened = ProjectStore::open(path, ProjectStore::Mode::ReadOnly);
    QVERIFY(std::holds_alternative<std::unique_ptr<ProjectStore>>(opened));
    const auto store = std::get<std::unique_ptr<ProjectStore>>(std::move(opened));
    Project project(std::get<ProjectContents>(store->load()), store.get());
    QVERIFY(project.isReadOnly());
    const ProjectContents before = project.contents();
    SignalLog log(project);
    QVERIFY(!project.setAnnotationNote(automatic(project, AnnotationKind::Quote)->id, u"not kept"_s));
    QVERIFY(!project.renameSpeaker(busiestSpeakers(project).constFirst(), u"Not Kept"_s));
    COMPARE_STATE(project.contents(), before);
    QCOMPARE(log.count(u"writeFailed"_s), 2);
    QCOMPARE(project.undoStack()->count(), 0);
}

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
