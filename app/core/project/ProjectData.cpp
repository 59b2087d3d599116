#include "core/project/ProjectData.h"

#include <algorithm>

namespace claimscope::core {
namespace {

int kindSlot(AnnotationKind kind)
{
    return static_cast<int>(kind);
}

template<typename Id, typename Record> QList<Record> inIdOrder(const QHash<Id, Record> &records)
{
    QList<Record> list = records.values();
    std::sort(list.begin(), list.end(), [](const Record &a, const Record &b) { return a.id < b.id; });
    return list;
}

// The order of ProjectContents::rejections, which the file reads them in: source, range, then
// the kind's key as text (so that memory and file agree without a table of kind numbers).
bool rejectionBefore(const RejectionRecord &a, const RejectionRecord &b)
{
    if (a.source != b.source)
        return a.source < b.source;
    if (a.range.start != b.range.start)
        return a.range.start < b.range.start;
    if (a.range.end != b.range.end)
        return a.range.end < b.range.end;
    return kindKey(a.kind) < kindKey(b.kind);
}

} // namespace

ProjectData::ProjectData(ProjectContents contents)
    : m_settings(std::move(contents.settings))
    , m_sources(std::move(contents.sources))
    , m_speakers(std::move(contents.speakers))
{
    for (qsizetype i = 0; i < m_sources.size(); ++i)
        m_sourceIndex.insert(m_sources.at(i).id, i);
    reindexSpeakers();
    m_annotations = std::move(contents.annotations);
    const auto indexSlots = [this] {
        m_annotationSlot.clear();
        m_annotationSlot.reserve(m_annotations.size());
        for (qsizetype slot = 0; slot < m_annotations.size(); ++slot)
            m_annotationSlot.insert(m_annotations.at(slot).id, slot);
    };
    indexSlots();
    if (m_annotationSlot.size() != m_annotations.size()) {
        // An id twice (never from a file, whose ids are its primary key): the last one counts.
        QList<AnnotationRecord> unique;
        for (qsizetype slot = 0; slot < m_annotations.size(); ++slot) {
            if (m_annotationSlot.value(m_annotations.at(slot).id) == slot)
                unique.append(std::move(m_annotations[slot]));
        }
        m_annotations = std::move(unique);
        indexSlots();
    }
    // Sorting once is cheaper than inserting each id at its place, and sorting (start, id) pairs
    // cheaper than looking up both starts at every comparison.
    QHash<SourceId, QList<std::pair<qsizetype, AnnotationId>>> starts;
    for (const AnnotationRecord &annotation : std::as_const(m_annotations)) {
        starts[annotation.source].append({annotation.range.start, annotation.id});
        m_bySpeaker[annotation.speaker][kindSlot(annotation.kind)].insert(annotation.id);
    }
    m_bySource.reserve(starts.size());
    for (auto it = starts.begin(); it != starts.end(); ++it) {
        std::sort(it->begin(), it->end());
        QList<AnnotationId> &ids = m_bySource[it.key()];
        ids.reserve(it->size());
        for (const auto &[start, id] : std::as_const(*it))
            ids.append(id);
    }
    for (const StanceRecord &stance : std::as_const(contents.stances))
        insertStance(stance);
    for (const RejectionRecord &rejection : std::as_const(contents.rejections))
        insertRejection(rejection);
}

ProjectContents ProjectData::contents() const
{
    ProjectContents contents;
    contents.settings = m_settings;
    contents.sources = m_sources;
    contents.speakers = m_speakers;
    contents.annotations = m_annotations;
    std::sort(contents.annotations.begin(), contents.annotations.end(),
              [](const AnnotationRecord &a, const AnnotationRecord &b) { return a.id < b.id; });
    contents.stances = inIdOrder(m_stances);
    for (const QList<RejectionRecord> &rejections : m_rejections)
        contents.rejections.append(rejections);
    std::sort(contents.rejections.begin(), contents.rejections.end(), rejectionBefore);
    return contents;
}

const SourceRecord *ProjectData::source(SourceId id) const
{
    const qsizetype i = sourceIndex(id);
    return i < 0 ? nullptr : &m_sources.at(i);
}

qsizetype ProjectData::sourceIndex(SourceId id) const
{
    return m_sourceIndex.value(id, -1);
}

void ProjectData::appendSource(SourceRecord source)
{
    m_sourceIndex.insert(source.id, m_sources.size());
    m_sources.append(std::move(source));
}

void ProjectData::setAnalysed(SourceId id, bool analysed)
{
    if (const qsizetype i = sourceIndex(id); i >= 0)
        m_sources[i].analysed = analysed;
}

const SpeakerRecord *ProjectData::speaker(const QString &id) const
{
    const qsizetype i = speakerIndex(id);
    return i < 0 ? nullptr : &m_speakers.at(i);
}

qsizetype ProjectData::speakerIndex(const QString &id) const
{
    return m_speakerIndex.value(id, -1);
}

void ProjectData::appendSpeaker(SpeakerRecord speaker)
{
    m_speakerIndex.insert(speaker.speaker.id, m_speakers.size());
    m_speakers.append(std::move(speaker));
}

void ProjectData::replaceSpeaker(const SpeakerRecord &speaker)
{
    if (const qsizetype i = speakerIndex(speaker.speaker.id); i >= 0)
        m_speakers[i] = speaker;
}

void ProjectData::removeSpeaker(const QString &id)
{
    if (const qsizetype i = speakerIndex(id); i >= 0) {
        m_speakers.removeAt(i);
        reindexSpeakers();
    }
}

void ProjectData::reindexSpeakers()
{
    m_speakerIndex.clear();
    for (qsizetype i = 0; i < m_speakers.size(); ++i)
        m_speakerIndex.insert(m_speakers.at(i).speaker.id, i);
}

const AnnotationRecord *ProjectData::annotation(AnnotationId id) const
{
    const auto it = m_annotationSlot.constFind(id);
    return it == m_annotationSlot.cend() ? nullptr : &m_annotations.at(it.value());
}

QList<AnnotationId> ProjectData::annotationsBy(const QString &speaker) const
{
    QList<AnnotationId> ids;
    const auto it = m_bySpeaker.constFind(speaker);
    if (it == m_bySpeaker.cend())
        return ids;
    for (const QSet<AnnotationId> &kind : it.value()) {
        for (AnnotationId id : kind)
            ids.append(id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

int ProjectData::count(const QString &speaker, AnnotationKind kind) const
{
    const auto it = m_bySpeaker.constFind(speaker);
    return it == m_bySpeaker.cend() ? 0 : static_cast<int>(it.value()[kindSlot(kind)].size());
}

void ProjectData::insertAnnotation(const AnnotationRecord &annotation)
{
    if (const auto it = m_annotationSlot.constFind(annotation.id); it != m_annotationSlot.cend()) {
        // The same id again replaces the record, as the hash it was kept in did.
        unindex(m_annotations.at(it.value()));
        m_annotations[it.value()] = annotation;
    } else {
        m_annotationSlot.insert(annotation.id, m_annotations.size());
        m_annotations.append(annotation);
    }
    index(annotation);
}

void ProjectData::replaceAnnotation(const AnnotationRecord &annotation)
{
    const auto it = m_annotationSlot.constFind(annotation.id);
    if (it == m_annotationSlot.cend())
        return;
    AnnotationRecord &kept = m_annotations[it.value()];
    if (kept.source != annotation.source || kept.range.start != annotation.range.start) {
        unindex(kept);
        kept = annotation;
        index(annotation);
        return;
    }
    // The usual edit (kind, speaker, fields) keeps the text order: only the speaker index moves.
    m_bySpeaker[kept.speaker][kindSlot(kept.kind)].remove(annotation.id);
    m_bySpeaker[annotation.speaker][kindSlot(annotation.kind)].insert(annotation.id);
    kept = annotation;
}

void ProjectData::removeAnnotation(AnnotationId id)
{
    const auto it = m_annotationSlot.constFind(id);
    if (it == m_annotationSlot.cend())
        return;
    const qsizetype slot = it.value();
    m_annotationSlot.erase(it);
    unindex(m_annotations.at(slot));
    const qsizetype last = m_annotations.size() - 1;
    if (slot != last) {
        m_annotations[slot] = std::move(m_annotations[last]);
        m_annotationSlot[m_annotations.at(slot).id] = slot;
    }
    m_annotations.removeLast();
}

void ProjectData::index(const AnnotationRecord &annotation)
{
    QList<AnnotationId> &ids = m_bySource[annotation.source];
    const auto at = std::lower_bound(ids.begin(), ids.end(), annotation,
                                     [this](AnnotationId id, const AnnotationRecord &a) {
                                         const qsizetype start = startOf(id);
                                         return start != a.range.start ? start < a.range.start : id < a.id;
                                     });
    ids.insert(at, annotation.id);
    m_bySpeaker[annotation.speaker][kindSlot(annotation.kind)].insert(annotation.id);
}

qsizetype ProjectData::startOf(AnnotationId id) const
{
    const AnnotationRecord *record = annotation(id);
    return record ? record->range.start : 0;
}

void ProjectData::unindex(const AnnotationRecord &annotation)
{
    m_bySource[annotation.source].removeOne(annotation.id);
    m_bySpeaker[annotation.speaker][kindSlot(annotation.kind)].remove(annotation.id);
}

const StanceRecord *ProjectData::stance(StanceId id) const
{
    const auto it = m_stances.constFind(id);
    return it == m_stances.cend() ? nullptr : &it.value();
}

void ProjectData::insertStance(const StanceRecord &stance)
{
    m_stances.insert(stance.id, stance);
    QList<StanceId> &ids = m_stancesBySource[stance.source];
    ids.insert(std::lower_bound(ids.begin(), ids.end(), stance.id), stance.id);
}

void ProjectData::replaceStance(const StanceRecord &stance)
{
    if (const auto it = m_stances.find(stance.id); it != m_stances.end())
        *it = stance;
}

void ProjectData::removeStance(StanceId id)
{
    const auto it = m_stances.constFind(id);
    if (it == m_stances.cend())
        return;
    m_stancesBySource[it->source].removeOne(id);
    m_stances.erase(it);
}

bool ProjectData::hasRejection(const RejectionRecord &rejection) const
{
    const QList<RejectionRecord> rejections = m_rejections.value(rejection.source);
    return std::any_of(rejections.cbegin(), rejections.cend(),
                       [&](const RejectionRecord &r) { return r.sameKey(rejection); });
}

void ProjectData::insertRejection(const RejectionRecord &rejection)
{
    QList<RejectionRecord> &rejections = m_rejections[rejection.source];
    rejections.insert(std::upper_bound(rejections.begin(), rejections.end(), rejection, rejectionBefore),
                      rejection);
}

void ProjectData::removeRejection(const RejectionRecord &rejection)
{
    const auto it = m_rejections.find(rejection.source);
    if (it == m_rejections.end())
        return;
    it->removeIf([&](const RejectionRecord &r) { return r.sameKey(rejection); });
    if (it->isEmpty())
        m_rejections.erase(it);
}

} // namespace claimscope::core
