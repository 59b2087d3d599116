#include "core/project/Project.h"

#include "core/project/ProjectCommands.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QSet>

#include <iterator>

using namespace Qt::StringLiterals;

namespace claimscope::core {
namespace {

QString kindAddText(AnnotationKind kind)
{
    switch (kind) {
    case AnnotationKind::Quote:
        return QCoreApplication::translate("Project", "Mark as Quote");
    case AnnotationKind::Claim:
        return QCoreApplication::translate("Project", "Mark as Claim");
    case AnnotationKind::Figure:
        return QCoreApplication::translate("Project", "Mark as Figure");
    case AnnotationKind::SpeakerMention:
        return QCoreApplication::translate("Project", "Mark as Speaker Mention");
    }
    return {};
}

template<typename S> // Speaker or const Speaker
auto &formsOf(S &speaker, FormLanguage language)
{
    switch (language) {
    case FormLanguage::Ru:
        return speaker.formsRu;
    case FormLanguage::Tr:
        return speaker.formsTr;
    case FormLanguage::En:
        break;
    }
    return speaker.formsEn;
}

// Quotes and claims are one family: a person who turned a quote into a claim has still marked
// that passage, and re-analysis must not put the quote back beside it.
int kindFamily(AnnotationKind kind)
{
    return kind == AnnotationKind::Claim ? static_cast<int>(AnnotationKind::Quote) : static_cast<int>(kind);
}

// Distinct on light and dark backgrounds; handed out in turn to speakers that come without one.
QString paletteColour(qsizetype n)
{
    static constexpr QStringView colours[] = {u"#1f77b4", u"#d62728", u"#2ca02c", u"#9467bd",
                                              u"#ff7f0e", u"#17becf", u"#8c564b", u"#e377c2",
                                              u"#bcbd22", u"#7f7f7f", u"#393b79", u"#637939"};
    return colours[static_cast<std::size_t>(n) % std::size(colours)].toString();
}

std::unique_ptr<ProjectWriter> orInMemory(std::unique_ptr<ProjectWriter> writer,
                                          const ProjectContents &contents)
{
    if (writer)
        return writer;
    return std::make_unique<MemoryWriter>(contents);
}

} // namespace

Project::Project(QObject *parent)
    : Project(ProjectContents{}, std::unique_ptr<ProjectWriter>{}, parent)
{
}

Project::Project(ProjectContents contents, std::unique_ptr<ProjectWriter> writer, QObject *parent)
    : QObject(parent)
    , m_writer(orInMemory(std::move(writer), contents))
{
    m_data = ProjectData(std::move(contents));
}

Project::~Project()
{
    // Commands refer to the project; they go before its data does.
    m_undoStack.clear();
}

QString Project::sourceTitle(SourceId id) const
{
    const SourceRecord *record = source(id);
    if (!record)
        return {};
    const DocumentMetadata &m = record->document.metadata;
    return m.title.isEmpty() ? QFileInfo(m.filePath).fileName() : m.title;
}

QString Project::speakerName(const QString &id) const
{
    const SpeakerRecord *record = speaker(id);
    return record && !record->speaker.name.isEmpty() ? record->speaker.name : id;
}

QStringView Project::annotationText(const AnnotationRecord &annotation) const
{
    const SourceRecord *record = source(annotation.source);
    if (!record)
        return {};
    const QString &text = record->document.text;
    const TextRange &range = annotation.range;
    if (range.start < 0 || range.end > text.size() || range.isEmpty())
        return {};
    return QStringView(text).sliced(range.start, range.length());
}

const StanceRecord *Project::stanceFor(SourceId source, const QString &speaker) const
{
    const StanceRecord *found = nullptr;
    for (StanceId id : stancesOf(source)) {
        const StanceRecord *candidate = stance(id);
        if (candidate->speaker != speaker)
            continue;
        if (!found || (found->origin == Origin::Automatic && candidate->origin != Origin::Automatic))
            found = candidate;
    }
    return found;
}

Lexicon Project::lexicon() const
{
    Lexicon lexicon;
    lexicon.cues = settings().cues;
    for (const SpeakerRecord &record : speakers()) {
        const Speaker &s = record.speaker;
        if (!s.formsEn.isEmpty() || !s.formsRu.isEmpty() || !s.formsTr.isEmpty())
            lexicon.speakers.append(s);
    }
    return lexicon;
}

bool Project::push(std::unique_ptr<ProjectCommand> command)
{
    if (!command->apply())
        return false;
    command->m_appliedByPush = true;
    m_undoStack.push(command.release());
    return true;
}

QDateTime Project::now() const
{
    return QDateTime::currentDateTimeUtc();
}

QString Project::nextColour() const
{
    return paletteColour(speakers().size());
}

// Undoable edits.

AnnotationId Project::addAnnotation(AnnotationRecord annotation)
{
    const SourceRecord *target = source(annotation.source);
    if (!target || annotation.range.isEmpty() || annotation.range.start < 0 ||
        annotation.range.end > target->document.text.size())
        return 0;
    if (!annotation.speaker.isEmpty() && !speaker(annotation.speaker))
        return 0;
    annotation.id = 0;
    annotation.origin = Origin::Manual;
    annotation.confidence = 1.0;
    annotation.created = annotation.modified = now();
    auto command = std::make_unique<AnnotationCommand>(*this, kindAddText(annotation.kind), std::nullopt,
                                                       std::move(annotation));
    AnnotationCommand *added = command.get();
    if (!push(std::move(command)))
        return 0;
    return added->annotationId();
}

bool Project::editAnnotation(const AnnotationRecord &changed)
{
    return changeAnnotation(changed.id, QCoreApplication::translate("Project", "Edit Annotation"),
                            [&changed](AnnotationRecord &record) {
                                record.kind = changed.kind;
                                record.speaker = changed.speaker;
                                record.cue = changed.cue;
                                record.cueRange = changed.cueRange;
                                record.quoteMarks = changed.quoteMarks;
                                record.claimSource = changed.claimSource;
                                record.figure = changed.figure;
                                record.note = changed.note;
                            });
}

bool Project::setAnnotationKind(AnnotationId id, AnnotationKind kind)
{
    return changeAnnotation(id, QCoreApplication::translate("Project", "Change Kind"),
                            [kind](AnnotationRecord &record) { record.kind = kind; });
}

bool Project::setAnnotationSpeaker(AnnotationId id, const QString &speaker)
{
    const QString text = speaker.isEmpty() ? QCoreApplication::translate("Project", "Clear Speaker")
                                           : QCoreApplication::translate("Project", "Change Speaker");
    return changeAnnotation(id, text, [&speaker](AnnotationRecord &record) { record.speaker = speaker; });
}

bool Project::setAnnotationCue(AnnotationId id, const QString &cue)
{
    return changeAnnotation(id, QCoreApplication::translate("Project", "Change Cue"),
                            [&cue](AnnotationRecord &record) { record.cue = cue; });
}

bool Project::setAnnotationFigure(AnnotationId id, const FigureFields &figure)
{
    return changeAnnotation(id, QCoreApplication::translate("Project", "Edit Figure"),
                            [&figure](AnnotationRecord &record) { record.figure = figure; });
}

bool Project::setAnnotationNote(AnnotationId id, const QString &note)
{
    return changeAnnotation(id, QCoreApplication::translate("Project", "Edit Note"),
                            [&note](AnnotationRecord &record) { record.note = note; });
}

bool Project::changeAnnotation(AnnotationId id, const QString &text,
                               const std::function<void(AnnotationRecord &)> &change)
{
    const AnnotationRecord *current = annotation(id);
    if (!current)
        return false;
    AnnotationRecord after = *current;
    change(after);
    if (!after.speaker.isEmpty() && !speaker(after.speaker))
        return false;
    if (after == *current)
        return true;
    if (after.origin == Origin::Automatic)
        after.origin = Origin::Edited;
    after.modified = now();
    return push(std::make_unique<AnnotationCommand>(*this, text, *current, std::move(after)));
}

bool Project::removeAnnotation(AnnotationId id)
{
    const AnnotationRecord *current = annotation(id);
    if (!current)
        return false;
    const QString text = QCoreApplication::translate("Project", "Delete Annotation");
    if (current->origin == Origin::Manual)
        return push(std::make_unique<AnnotationCommand>(*this, text, *current, std::nullopt));
    RejectionRecord rejection;
    rejection.source = current->source;
    rejection.kind = current->kind;
    rejection.range = current->range;
    rejection.created = now();
    return push(std::make_unique<RejectAnnotationCommand>(*this, text, *current, std::move(rejection)));
}

bool Project::setStance(SourceId source, const QString &speakerId, int score, const QString &note)
{
    if (!this->source(source) || !speaker(speakerId) || score < -2 || score > 2)
        return false;
    const QString text = QCoreApplication::translate("Project", "Set Stance");
    if (const StanceRecord *current = stanceFor(source, speakerId)) {
        StanceRecord after = *current;
        after.score = score;
        after.note = note;
        if (after == *current)
            return true;
        if (after.origin == Origin::Automatic)
            after.origin = Origin::Edited;
        after.modified = now();
        return push(std::make_unique<StanceCommand>(*this, text, *current, std::move(after)));
    }
    StanceRecord stance;
    stance.source = source;
    stance.speaker = speakerId;
    stance.target = settings().question;
    stance.score = score;
    stance.note = note;
    stance.confidence = 1.0;
    stance.origin = Origin::Manual;
    stance.created = stance.modified = now();
    return push(std::make_unique<StanceCommand>(*this, text, std::nullopt, std::move(stance)));
}

QString Project::addSpeaker(const QString &name, const QString &role)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return {};
    // Manual speakers get an id of their own kind, never one the lexicon or the analyzer uses.
    QString id = u"manual:"_s + trimmed;
    for (int n = 2; speaker(id); ++n)
        id = u"manual:%1#%2"_s.arg(trimmed).arg(n);
    SpeakerRecord record;
    record.speaker.id = id;
    record.speaker.name = trimmed;
    record.speaker.role = role.trimmed();
    record.speaker.kind = u"other"_s;
    record.colour = nextColour();
    if (!push(std::make_unique<SpeakerCommand>(*this, QCoreApplication::translate("Project", "Add Speaker"),
                                               std::nullopt, std::move(record))))
        return {};
    return id;
}

bool Project::renameSpeaker(const QString &id, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return false;
    return changeSpeaker(id, QCoreApplication::translate("Project", "Rename Speaker"),
                         [&trimmed](Speaker &speaker) { speaker.name = trimmed; });
}

bool Project::addAlias(const QString &id, FormLanguage language, const QString &form)
{
    const QString trimmed = form.trimmed();
    if (trimmed.isEmpty())
        return false;
    return changeSpeaker(id, QCoreApplication::translate("Project", "Add Alias"), [&](Speaker &speaker) {
        QStringList &forms = formsOf(speaker, language);
        if (!forms.contains(trimmed))
            forms.append(trimmed);
    });
}

bool Project::removeAlias(const QString &id, FormLanguage language, const QString &form)
{
    const SpeakerRecord *current = speaker(id);
    if (!current || !formsOf(current->speaker, language).contains(form))
        return false;
    return changeSpeaker(id, QCoreApplication::translate("Project", "Remove Alias"),
                         [&](Speaker &speaker) { formsOf(speaker, language).removeAll(form); });
}

bool Project::changeSpeaker(const QString &id, const QString &text,
                            const std::function<void(Speaker &)> &change)
{
    const SpeakerRecord *current = speaker(id);
    if (!current)
        return false;
    SpeakerRecord after = *current;
    change(after.speaker);
    if (after == *current)
        return true;
    return push(std::make_unique<SpeakerCommand>(*this, text, *current, std::move(after)));
}

bool Project::mergeSpeakers(const QString &from, const QString &into)
{
    if (from == into || !speaker(from) || !speaker(into))
        return false;
    return push(std::make_unique<MergeSpeakersCommand>(
        *this, QCoreApplication::translate("Project", "Merge Speakers"), from, into));
}

// Not undoable.

SourceId Project::addSource(const Document &document, const std::optional<DocumentAnalysis> &analysis)
{
    SourceRecord record;
    record.document = document;
    record.importedAt = now();
    record.analysed = false;
    if (!accepted(m_writer->addSource(record)))
        return 0;
    // The store fills in the checksum as it writes (hashing megabytes of text once is enough); a
    // writer without a file leaves it to us.
    if (record.checksum.isEmpty())
        record.checksum =
            QCryptographicHash::hash(document.text.toUtf8(), QCryptographicHash::Sha256).toHex();
    const SourceId id = record.id;
    // The store keeps the original; only a project without a file (tests) holds it in memory.
    if (m_store)
        record.document.original.clear();
    m_data.appendSource(std::move(record));
    emit sourceAdded(id);
    emit sourcesChanged();
    if (analysis)
        reanalyseSource(id, *analysis);
    return id;
}

std::optional<QByteArray> Project::originalFile(SourceId id) const
{
    if (m_store)
        return m_store->originalFile(id);
    const SourceRecord *record = source(id);
    return record ? std::optional<QByteArray>(record->document.original) : std::nullopt;
}

bool Project::reanalyseSource(SourceId id, const DocumentAnalysis &analysis)
{
    if (!source(id))
        return false;
    AnalysisRecords records = recordsFromAnalysis(id, analysis, speakers(), now());

    // What a person marked stays, and the analyzer's version of the same thing is not added again;
    // nor is what a person deleted.
    QSet<std::pair<qsizetype, qsizetype>> keptRanges[4];
    for (const RejectionRecord &rejection : rejectionsOf(id))
        keptRanges[kindFamily(rejection.kind)].insert({rejection.range.start, rejection.range.end});
    QList<AnnotationId> replacedAnnotations;
    for (AnnotationId annotationId : annotationsOf(id)) {
        const AnnotationRecord &kept = *annotation(annotationId);
        if (kept.origin == Origin::Automatic)
            replacedAnnotations.append(annotationId);
        else
            keptRanges[kindFamily(kept.kind)].insert({kept.range.start, kept.range.end});
    }
    records.annotations.removeIf([&keptRanges](const AnnotationRecord &a) {
        return keptRanges[kindFamily(a.kind)].contains({a.range.start, a.range.end});
    });
    QSet<QString> keptStances;
    QList<StanceId> replacedStances;
    for (StanceId stanceId : stancesOf(id)) {
        const StanceRecord &kept = *stance(stanceId);
        if (kept.origin == Origin::Automatic)
            replacedStances.append(stanceId);
        else
            keptStances.insert(kept.speaker);
    }
    records.stances.removeIf(
        [&keptStances](const StanceRecord &s) { return keptStances.contains(s.speaker); });
    for (qsizetype i = 0; i < records.newSpeakers.size(); ++i) {
        SpeakerRecord &added = records.newSpeakers[i];
        if (added.colour.isEmpty())
            added.colour = paletteColour(speakers().size() + i);
    }

    if (!accepted(m_writer->replaceAutomatic(id, records)))
        return false;

    for (AnnotationId annotationId : std::as_const(replacedAnnotations))
        m_data.removeAnnotation(annotationId);
    for (StanceId stanceId : std::as_const(replacedStances))
        m_data.removeStance(stanceId);
    for (const AnnotationRecord &annotation : std::as_const(records.annotations))
        m_data.insertAnnotation(annotation);
    for (const StanceRecord &stance : std::as_const(records.stances))
        m_data.insertStance(stance);
    for (const SpeakerRecord &speaker : std::as_const(records.newSpeakers))
        m_data.appendSpeaker(speaker);
    m_data.setAnalysed(id, true);
    if (!replacedAnnotations.isEmpty() || !replacedStances.isEmpty())
        m_undoStack.clear();

    for (const SpeakerRecord &speaker : std::as_const(records.newSpeakers))
        emit speakerAdded(speaker.speaker.id);
    if (!records.newSpeakers.isEmpty())
        emit speakersChanged();
    emit annotationsReplaced(id);
    emit annotationsChanged(id);
    emit stancesChanged(id);
    emit sourcesChanged();
    return true;
}

bool Project::addSpeakers(const QList<SpeakerRecord> &list)
{
    RecordBatch batch;
    QSet<QString> seen;
    for (SpeakerRecord record : list) {
        if (record.speaker.id.isEmpty() || speaker(record.speaker.id) || seen.contains(record.speaker.id))
            continue;
        seen.insert(record.speaker.id);
        if (record.colour.isEmpty())
            record.colour = paletteColour(speakers().size() + batch.savedSpeakers.size());
        batch.savedSpeakers.append(record);
    }
    if (batch.savedSpeakers.isEmpty())
        return true;
    return writeBatch(batch);
}

} // namespace claimscope::core
