#include "core/charts/ChartFacts.h"

#include "core/charts/PassageSentence.h"
#include "core/project/Project.h"

#include <algorithm>

namespace claimscope::core {

namespace {

bool byPerson(Origin origin)
{
    return origin != Origin::Automatic;
}

} // namespace

void readAnnotationFacts(const Project &project, SourceFacts &facts)
{
    facts.figures.clear();
    facts.voices.clear();
    const SourceRecord *source = project.source(facts.source);
    if (!source)
        return;
    const QString &text = source->document.text;
    for (AnnotationId id : project.annotationsOf(facts.source)) {
        const AnnotationRecord &annotation = *project.annotation(id);
        switch (annotation.kind) {
        case AnnotationKind::Figure: {
            FigureFact fact;
            fact.annotation = id;
            fact.range = annotation.range;
            fact.written = project.annotationText(annotation).toString();
            fact.sentence = sentenceText(text, annotation.range);
            fact.figure = annotation.figure;
            fact.normalised = normaliseFigure(annotation.figure);
            fact.speaker = annotation.speaker;
            fact.manual = byPerson(annotation.origin);
            facts.figures.append(std::move(fact));
            break;
        }
        case AnnotationKind::Quote:
        case AnnotationKind::Claim: {
            if (annotation.speaker.isEmpty())
                break; // nobody's voice: nothing to count it for
            // Few speakers per source: a linear look-up beats a hash here.
            auto voice = std::find_if(facts.voices.begin(), facts.voices.end(),
                                      [&](const VoiceFact &v) { return v.speaker == annotation.speaker; });
            if (voice == facts.voices.end()) {
                facts.voices.append(
                    VoiceFact{annotation.speaker, 0, 0, {}, sentenceText(text, annotation.range)});
                voice = facts.voices.end() - 1;
            }
            (annotation.kind == AnnotationKind::Quote ? voice->quotes : voice->claims) += 1;
            voice->passages.append({facts.source, annotation.range, id});
            break;
        }
        case AnnotationKind::SpeakerMention:
            break;
        }
    }
}

void readStanceFacts(const Project &project, SourceFacts &facts)
{
    facts.stances.clear();
    const SourceRecord *source = project.source(facts.source);
    if (!source)
        return;
    for (StanceId id : project.stancesOf(facts.source)) {
        const QString &speaker = project.stance(id)->speaker;
        const bool seen = std::any_of(facts.stances.cbegin(), facts.stances.cend(),
                                      [&](const StanceFact &s) { return s.speaker == speaker; });
        if (seen)
            continue;
        // The project's own rule for which stance counts, so that the chart and the panels agree.
        const StanceRecord *counts = project.stanceFor(facts.source, speaker);
        StanceFact fact;
        fact.stance = counts->id;
        fact.speaker = speaker;
        fact.score = counts->score;
        fact.manual = byPerson(counts->origin);
        fact.evidence = counts->evidence;
        if (!counts->evidence.isEmpty())
            fact.sentence = sentenceText(source->document.text, counts->evidence.first());
        facts.stances.append(std::move(fact));
    }
}

SourceFacts readSourceFacts(const Project &project, SourceId source)
{
    SourceFacts facts;
    facts.source = source;
    readAnnotationFacts(project, facts);
    readStanceFacts(project, facts);
    return facts;
}

QList<SourceFacts> readAllFacts(const Project &project)
{
    QList<SourceFacts> all;
    all.reserve(project.sources().size());
    for (const SourceRecord &source : project.sources())
        all.append(readSourceFacts(project, source.id));
    return all;
}

} // namespace claimscope::core
