#pragma once

// What the project tests share: a writer that refuses on demand, finders for records of the
// sample, comparisons of whole project states, a log of the project's signals, and the table of
// every undoable edit.

#include "core/project/Project.h"
#include "core/project/ProjectStore.h"
#include "core/project/ProjectWriter.h"

#include <QTest>

#include <functional>

namespace claimscope::test {

using namespace claimscope::core;
using namespace Qt::StringLiterals;

// A writer that refuses when told to, as a full disk or a file turned read-only would; otherwise
// it hands out ids as an in-memory project does. It counts the writes it accepted.
class RefusingWriter final : public ProjectWriter {
public:
    bool refuse = false;
    int writes = 0;

    bool isReadOnly() const override { return false; }
    std::optional<ProjectError> addSource(SourceRecord &source) override
    {
        return write([&] { return m_memory.addSource(source); });
    }
    std::optional<ProjectError> replaceAutomatic(SourceId id, AnalysisRecords &records) override
    {
        return write([&] { return m_memory.replaceAutomatic(id, records); });
    }
    std::optional<ProjectError> saveSpeaker(const SpeakerRecord &) override { return write(); }
    std::optional<ProjectError> removeSpeaker(const QString &) override { return write(); }
    std::optional<ProjectError> addAnnotation(AnnotationRecord &annotation) override
    {
        return write([&] { return m_memory.addAnnotation(annotation); });
    }
    std::optional<ProjectError> updateAnnotation(const AnnotationRecord &) override { return write(); }
    std::optional<ProjectError> removeAnnotation(AnnotationId) override { return write(); }
    std::optional<ProjectError> addStance(StanceRecord &stance) override
    {
        return write([&] { return m_memory.addStance(stance); });
    }
    std::optional<ProjectError> updateStance(const StanceRecord &) override { return write(); }
    std::optional<ProjectError> removeStance(StanceId) override { return write(); }
    std::optional<ProjectError> writeBatch(const RecordBatch &) override { return write(); }

private:
    std::optional<ProjectError> write(const std::function<std::optional<ProjectError>()> &accept = {})
    {
        if (refuse)
            return ProjectError{ProjectError::Kind::WriteFailed, u"/test/full-disk.claimscope"_s,
                                u"disk full"_s};
        ++writes;
        return accept ? accept() : std::nullopt;
    }
    MemoryWriter m_memory;
};

// The first annotation, in project order, that `match` accepts.
inline const AnnotationRecord *findAnnotation(const Project &project,
                                              const std::function<bool(const AnnotationRecord &)> &match)
{
    for (const SourceRecord &source : project.sources()) {
        for (AnnotationId id : project.annotationsOf(source.id)) {
            if (match(*project.annotation(id)))
                return project.annotation(id);
        }
    }
    return nullptr;
}

inline const AnnotationRecord *automatic(const Project &project, AnnotationKind kind,
                                         bool withSpeaker = false)
{
    return findAnnotation(project, [&](const AnnotationRecord &a) {
        return a.kind == kind && a.origin == Origin::Automatic && (!withSpeaker || !a.speaker.isEmpty());
    });
}

inline const StanceRecord *automaticStance(const Project &project)
{
    for (const SourceRecord &source : project.sources()) {
        for (StanceId id : project.stancesOf(source.id)) {
            if (project.stance(id)->origin == Origin::Automatic)
                return project.stance(id);
        }
    }
    return nullptr;
}

// The speakers with the most annotations, most first.
inline QStringList busiestSpeakers(const Project &project)
{
    QList<SpeakerRecord> speakers = project.speakers();
    std::stable_sort(speakers.begin(), speakers.end(), [&](const SpeakerRecord &a, const SpeakerRecord &b) {
        return project.annotationsBy(a.speaker.id).size() > project.annotationsBy(b.speaker.id).size();
    });
    QStringList ids;
    for (const SpeakerRecord &speaker : std::as_const(speakers))
        ids.append(speaker.speaker.id);
    return ids;
}

// A manual annotation of `kind` on a range of the first source that nothing else marks.
inline AnnotationRecord selection(const Project &project, AnnotationKind kind)
{
    AnnotationRecord record;
    record.source = project.sources().constFirst().id;
    record.kind = kind;
    record.range = {3, 17};
    record.speaker = busiestSpeakers(project).constFirst();
    if (kind == AnnotationKind::Figure) {
        record.speaker.clear();
        record.figure = {2.5, u"percent"_s, u"growth"_s, u"GDP"_s, 2024, {}};
    }
    return record;
}

// The first difference between two states of a project, empty when there is none.
// Undoing a merge puts the absorbed speaker back at the end of the list, where the file puts a
// speaker it stores again; so a state before an edit and after its undo may list the same speakers
// in another order. Memory and file must agree on the order too.
enum class SpeakerOrder { Ignored, Compared };

inline QString difference(const ProjectContents &a, const ProjectContents &b,
                          SpeakerOrder order = SpeakerOrder::Ignored)
{
    if (!(a.settings == b.settings))
        return u"settings"_s;
    // Document has no operator==; what an edit could touch is compared.
    if (a.sources.size() != b.sources.size())
        return u"source count %1 ≠ %2"_s.arg(a.sources.size()).arg(b.sources.size());
    for (qsizetype i = 0; i < a.sources.size(); ++i) {
        const SourceRecord &x = a.sources.at(i);
        const SourceRecord &y = b.sources.at(i);
        if (x.id != y.id || x.checksum != y.checksum || x.analysed != y.analysed ||
            x.importedAt != y.importedAt || x.document.text != y.document.text ||
            x.document.metadata.title != y.document.metadata.title ||
            x.document.geometry != y.document.geometry)
            return u"source %1"_s.arg(x.id);
    }
    if (a.speakers.size() != b.speakers.size())
        return u"speaker count %1 ≠ %2"_s.arg(a.speakers.size()).arg(b.speakers.size());
    QList<SpeakerRecord> speakersA = a.speakers;
    QList<SpeakerRecord> speakersB = b.speakers;
    if (order == SpeakerOrder::Ignored) {
        const auto byId = [](const SpeakerRecord &x, const SpeakerRecord &y) {
            return x.speaker.id < y.speaker.id;
        };
        std::sort(speakersA.begin(), speakersA.end(), byId);
        std::sort(speakersB.begin(), speakersB.end(), byId);
    }
    for (qsizetype i = 0; i < speakersA.size(); ++i) {
        if (speakersA.at(i) != speakersB.at(i))
            return u"speaker %1 (%2)"_s.arg(i).arg(speakersA.at(i).speaker.id);
    }
    if (a.annotations.size() != b.annotations.size())
        return u"annotation count %1 ≠ %2"_s.arg(a.annotations.size()).arg(b.annotations.size());
    for (qsizetype i = 0; i < a.annotations.size(); ++i) {
        if (a.annotations.at(i) != b.annotations.at(i))
            return u"annotation %1"_s.arg(a.annotations.at(i).id);
    }
    if (a.stances.size() != b.stances.size())
        return u"stance count %1 ≠ %2"_s.arg(a.stances.size()).arg(b.stances.size());
    for (qsizetype i = 0; i < a.stances.size(); ++i) {
        if (a.stances.at(i) != b.stances.at(i))
            return u"stance %1"_s.arg(a.stances.at(i).id);
    }
    if (a.rejections.size() != b.rejections.size())
        return u"rejection count %1 ≠ %2"_s.arg(a.rejections.size()).arg(b.rejections.size());
    for (qsizetype i = 0; i < a.rejections.size(); ++i) {
        if (a.rejections.at(i) != b.rejections.at(i))
            return u"rejection %1 in source %2"_s.arg(i).arg(a.rejections.at(i).source);
    }
    return {};
}

#define COMPARE_STATE(actual, expected)                                                                      \
    do {                                                                                                     \
        const QString diff = difference(actual, expected);                                                   \
        QVERIFY2(diff.isEmpty(), qPrintable(u"states differ: "_s + diff));                                   \
    } while (false)

// The lookups agree with the records they index.
inline QString indexProblem(const Project &project)
{
    const ProjectContents all = project.contents();
    qsizetype listed = 0;
    for (const SourceRecord &source : all.sources) {
        const QList<AnnotationId> ids = project.annotationsOf(source.id);
        listed += ids.size();
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const AnnotationRecord *a = project.annotation(ids.at(i));
            if (!a || a->source != source.id)
                return u"annotation %1 listed under the wrong source"_s.arg(ids.at(i));
            if (i > 0 && project.annotation(ids.at(i - 1))->range.start > a->range.start)
                return u"source %1 out of text order"_s.arg(source.id);
        }
    }
    if (listed != all.annotations.size() || project.annotationCount() != all.annotations.size())
        return u"annotations listed by source: %1 of %2"_s.arg(listed).arg(all.annotations.size());
    QHash<QString, std::array<int, 4>> counts;
    for (const AnnotationRecord &a : all.annotations)
        ++counts[a.speaker][static_cast<int>(a.kind)];
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        for (int kind = 0; kind < 4; ++kind) {
            if (project.annotationCount(it.key(), AnnotationKind(kind)) != it.value()[kind])
                return u"count of %1, kind %2"_s.arg(it.key()).arg(kind);
        }
    }
    for (const SpeakerRecord &speaker : all.speakers) {
        if (project.speaker(speaker.speaker.id) == nullptr)
            return u"speaker %1 not found by id"_s.arg(speaker.speaker.id);
    }
    return {};
}

using Edit = std::function<bool(Project &)>;

// Every signal the project sends, as lines, in order.
class SignalLog final : public QObject {
public:
    explicit SignalLog(Project &project)
    {
        const auto log = [this](const QString &line) {
            lines.append(line);
        };
        connect(&project, &Project::sourceAdded, this,
                [=](SourceId id) { log(u"sourceAdded %1"_s.arg(id)); });
        connect(&project, &Project::sourcesChanged, this, [=] { log(u"sourcesChanged"_s); });
        connect(&project, &Project::speakerAdded, this,
                [=](const QString &id) { log(u"speakerAdded "_s + id); });
        connect(&project, &Project::speakerChanged, this,
                [=](const QString &id) { log(u"speakerChanged "_s + id); });
        connect(&project, &Project::speakerRemoved, this,
                [=](const QString &id) { log(u"speakerRemoved "_s + id); });
        connect(&project, &Project::speakersChanged, this, [=] { log(u"speakersChanged"_s); });
        connect(&project, &Project::annotationAdded, this,
                [=](const AnnotationRecord &a) { log(u"annotationAdded %1"_s.arg(a.id)); });
        connect(&project, &Project::annotationChanged, this,
                [=](const AnnotationRecord &b, const AnnotationRecord &a) {
                    log(u"annotationChanged %1 %2→%3"_s.arg(a.id).arg(b.speaker, a.speaker));
                });
        connect(&project, &Project::annotationRemoved, this,
                [=](const AnnotationRecord &a) { log(u"annotationRemoved %1"_s.arg(a.id)); });
        connect(&project, &Project::annotationsReplaced, this,
                [=](SourceId id) { log(u"annotationsReplaced %1"_s.arg(id)); });
        connect(&project, &Project::annotationsChanged, this,
                [=](SourceId id) { log(u"annotationsChanged %1"_s.arg(id)); });
        connect(&project, &Project::stancesChanged, this,
                [=](SourceId id) { log(u"stancesChanged %1"_s.arg(id)); });
        connect(&project, &Project::writeFailed, this,
                [=](const ProjectError &e) { log(u"writeFailed "_s + e.message); });
    }
    qsizetype count(const QString &prefix) const
    {
        return std::count_if(lines.cbegin(), lines.cend(),
                             [&](const QString &l) { return l.startsWith(prefix); });
    }
    QStringList lines;
};

// Every kind of undoable edit, one row each, as a QTest data table with an "edit" column.
inline void addEditRows()
{
    QTest::addColumn<Edit>("edit");
    const auto row = [](const char *name, Edit edit) {
        QTest::newRow(name) << edit;
    };

    row("a selected range marked as a quote",
        [](Project &p) { return p.addAnnotation(selection(p, AnnotationKind::Quote)) != 0; });
    row("a selected range marked as a claim",
        [](Project &p) { return p.addAnnotation(selection(p, AnnotationKind::Claim)) != 0; });
    row("a selected range marked as a figure",
        [](Project &p) { return p.addAnnotation(selection(p, AnnotationKind::Figure)) != 0; });
    row("a selected range marked as a speaker mention",
        [](Project &p) { return p.addAnnotation(selection(p, AnnotationKind::SpeakerMention)) != 0; });
    row("an automatic quote turned into a claim", [](Project &p) {
        return p.setAnnotationKind(automatic(p, AnnotationKind::Quote)->id, AnnotationKind::Claim);
    });
    row("a quote given to another speaker", [](Project &p) {
        const AnnotationRecord *quote = automatic(p, AnnotationKind::Quote, true);
        const QStringList speakers = busiestSpeakers(p);
        return p.setAnnotationSpeaker(quote->id,
                                      speakers.at(0) == quote->speaker ? speakers.at(1) : speakers.at(0));
    });
    row("a quote's speaker cleared",
        [](Project &p) { return p.clearAnnotationSpeaker(automatic(p, AnnotationKind::Quote, true)->id); });
    row("a claim's cue changed", [](Project &p) {
        return p.setAnnotationCue(automatic(p, AnnotationKind::Claim)->id, u"insisted"_s);
    });
    row("a figure's fields corrected", [](Project &p) {
        const AnnotationRecord *figure = automatic(p, AnnotationKind::Figure);
        FigureFields fields = figure->figure;
        fields.value += 1;
        fields.measure = u"trade turnover"_s;
        fields.year = 2023;
        return p.setAnnotationFigure(figure->id, fields);
    });
    row("a note on a quote", [](Project &p) {
        return p.setAnnotationNote(automatic(p, AnnotationKind::Quote)->id, u"check the date"_s);
    });
    row("several fields of an annotation at once", [](Project &p) {
        AnnotationRecord changed = *automatic(p, AnnotationKind::Claim);
        changed.kind = AnnotationKind::Quote;
        changed.cue = u"said"_s;
        changed.note = u"direct speech after all"_s;
        return p.editAnnotation(changed);
    });
    row("an automatic annotation deleted",
        [](Project &p) { return p.removeAnnotation(automatic(p, AnnotationKind::SpeakerMention)->id); });
    row("a stance set where the analysis gave none", [](Project &p) {
        const SourceId source = p.sources().constLast().id;
        for (const SpeakerRecord &speaker : p.speakers()) {
            if (!p.stanceFor(source, speaker.speaker.id))
                return p.setStance(source, speaker.speaker.id, -2, u"refuses outright"_s);
        }
        return false;
    });
    row("an automatic stance overruled", [](Project &p) {
        const StanceRecord *stance = automaticStance(p);
        return p.setStance(stance->source, stance->speaker, stance->score == 2 ? 1 : stance->score + 1,
                           u"softer than the analysis says"_s);
    });
    row("a speaker added",
        [](Project &p) { return !p.addSpeaker(u"Aigerim Nurlanova"_s, u"economist"_s).isEmpty(); });
    row("a speaker renamed",
        [](Project &p) { return p.renameSpeaker(busiestSpeakers(p).constFirst(), u"Renamed Person"_s); });
    row("an English alias added", [](Project &p) {
        return p.addAlias(busiestSpeakers(p).constFirst(), FormLanguage::En, u"the envoy"_s);
    });
    row("a Russian alias added", [](Project &p) {
        return p.addAlias(busiestSpeakers(p).constFirst(), FormLanguage::Ru, u"посланник"_s);
    });
    row("a Turkish alias added",
        [](Project &p) { return p.addAlias(busiestSpeakers(p).constFirst(), FormLanguage::Tr, u"elçi"_s); });
    row("an alias removed", [](Project &p) {
        for (const SpeakerRecord &speaker : p.speakers()) {
            if (!speaker.speaker.formsEn.isEmpty())
                return p.removeAlias(speaker.speaker.id, FormLanguage::En,
                                     speaker.speaker.formsEn.constLast());
        }
        return false;
    });
    row("two speakers merged", [](Project &p) {
        const QStringList speakers = busiestSpeakers(p);
        return p.mergeSpeakers(speakers.at(1), speakers.at(0));
    });
}

// What differs between the file a store loads and the project in memory, empty when nothing.
inline QString fileDifference(ProjectStore &store, const Project &project)
{
    auto loaded = store.load();
    if (const auto *error = std::get_if<ProjectError>(&loaded))
        return u"load failed: "_s + error->message;
    return difference(std::get<ProjectContents>(std::move(loaded)), project.contents(),
                      SpeakerOrder::Compared);
}

} // namespace claimscope::test

Q_DECLARE_METATYPE(claimscope::test::Edit)
