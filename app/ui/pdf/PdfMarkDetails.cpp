#include "ui/pdf/PdfMarkDetails.h"

#include "core/project/Project.h"
#include "ui/pdf/PdfLayoutText.h"

#include <QSet>

#include <algorithm>

namespace claimscope::ui::pdf {

PdfMarkDetails::PdfMarkDetails(const core::Project &project, core::SourceId source,
                               const MarkFormats &formats)
    : m_project(project)
    , m_formats(formats)
{
    // One stance per speaker: the one that counts (a person's over the analyzer's).
    QSet<QString> seen;
    for (const core::StanceId id : project.stancesOf(source)) {
        const core::StanceRecord *record = project.stance(id);
        if (!record || seen.contains(record->speaker))
            continue;
        seen.insert(record->speaker);
        const core::StanceRecord *counted = project.stanceFor(source, record->speaker);
        if (!counted)
            continue;
        // In text order, so that a note stands beside the first passage.
        Stance stance{counted->speaker, counted->score, counted->evidence};
        std::sort(stance.evidence.begin(), stance.evidence.end(),
                  [](const core::TextRange &a, const core::TextRange &b) { return a.start < b.start; });
        m_stances.append(stance);
    }
}

bool PdfMarkDetails::isVoice(core::AnnotationKind kind)
{
    return kind == core::AnnotationKind::Quote || kind == core::AnnotationKind::Claim;
}

QColor PdfMarkDetails::drawnColour(const QTextCharFormat &format)
{
    if (format.background().style() != Qt::NoBrush)
        return format.background().color();
    if (format.foreground().style() != Qt::NoBrush)
        return format.foreground().color();
    return format.underlineColor();
}

QColor PdfMarkDetails::highlightColour(const QTextCharFormat &format)
{
    // Readers multiply a highlight into the page, so a figure's or mention's ink as a highlight would
    // darken its own letters to brown: those get a light tint of their ink, as a quote or claim has
    // one already.
    if (format.background().style() != Qt::NoBrush)
        return format.background().color();
    return MarkFormats::blend(drawnColour(format), Qt::white, 0.3);
}

std::optional<int> PdfMarkDetails::stanceOver(const QString &speaker, const core::TextRange &range) const
{
    if (speaker.isEmpty())
        return std::nullopt;
    for (const Stance &stance : m_stances) {
        if (stance.speaker != speaker)
            continue;
        for (const core::TextRange &evidence : stance.evidence) {
            if (evidence.overlap(range) > 0)
                return stance.score;
        }
    }
    return std::nullopt;
}

PdfMarkFacts PdfMarkDetails::factsOf(const AnnotationMark &mark) const
{
    PdfMarkFacts facts;
    const core::AnnotationRecord *record = m_project.annotation(mark.id);
    facts.speaker = mark.speaker.isEmpty() ? QString() : m_project.speakerName(mark.speaker);
    if (mark.kind == core::AnnotationKind::Figure && record)
        facts.value = PdfLayoutText::figureValue(record->figure);
    const std::optional<int> stance =
        isVoice(mark.kind) ? stanceOver(mark.speaker, mark.range) : std::nullopt;
    facts.contents = PdfLayoutText::markContents(mark.kind, facts.speaker, facts.value, stance,
                                                 record ? record->note : QString());
    const QTextCharFormat format = m_formats.format(mark);
    facts.drawn = drawnColour(format);
    facts.highlight = highlightColour(format);
    return facts;
}

PdfMark markOf(const AnnotationMark &mark, const PdfMarkFacts &facts, int page, const QList<QRectF> &rects)
{
    return PdfMark{mark.id, mark.kind, page, rects, facts.speaker, facts.contents, facts.highlight};
}

} // namespace claimscope::ui::pdf
