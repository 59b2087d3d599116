#include "ProjectTestSupport.h"
#include "SampleAnalysis.h"
#include "core/project/Project.h"
#include "core/project/ProjectStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace claimscope::core;
using namespace claimscope::test;
using namespace Qt::StringLiterals;

// The in-memory project: the sample's records, every edit undoable with one write per step,
// refused writes that change nothing, and re-analysis that keeps what a person did.
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
    void firstAnalysisKeepsTheUndoHistory();
    void refusedSourceAndAnalysisChangeNothing();
    void signalsNameWhatChanged();
    void lexiconCarriesAliases();
    void fileAgreesWithMemoryAtEveryStep_data() { edits(); }
    void fileAgreesWithMemoryAtEveryStep();
    void readOnlyFileRefusesEdits();

private:
    void edits();
    // A project with the analysed sample, written through a RefusingWriter.
    std::unique_ptr<Project> makeProject(RefusingWriter **writer = nullptr) const;

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
