#pragma once

#include "core/analysis/Annotations.h"
#include "core/analysis/StanceCuePrecheck.h"
#include "core/analysis/StanceCues.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace claimscope::core::stance {

// The matches of the cues in one document, each stretch of text searched once. The scorer reads the
// same text many times over (each speaker's quotes, claims and the sentences naming them), and
// running each cue over each of those units cost more than a third of the analysis.
//
// A unit's matches are what a search of the unit's text alone finds. No cue consumes a barrier
// character (. ! ? ; :), so a search never looks past the next barrier: the stretch from one
// barrier to the next (a segment) reads the same searched alone, in the document or in any unit
// holding it whole. Segments are searched when a unit first needs them (searching the whole
// document costs more than the units do) and kept. Only a unit's first and last stretch can differ
// (a word cut at the edge, a match running over it); they are searched on their own where they do.
// A cue is not searched at all in a stretch that holds none of its literals (StanceCuePrecheck.h).
class CueMatches final {
public:
    CueMatches(const QString &text, const Language &language);

    // The matches of cue number `cue` in `unit`, left to right, as cue.pattern.globalMatch() of
    // the unit's text finds them (in document offsets).
    QList<TextRange> in(qsizetype cue, const TextRange &unit) const;

private:
    // The matches of every cue in the segment holding `position`, searched on first use.
    const QList<QList<TextRange>> &segmentAt(qsizetype position) const;
    // Appends the document's matches of `cue` that start in [from, to).
    void appendIndexed(qsizetype cue, qsizetype from, qsizetype to, QList<TextRange> *out) const;
    // Appends the matches of a search of [from, to) alone.
    void appendSearched(qsizetype cue, qsizetype from, qsizetype to, QList<TextRange> *out) const;
    bool straddled(qsizetype cue, qsizetype position) const;

    const QString &m_text;
    const Language &m_language;
    // Segment start → per cue, its matches left to right.
    mutable QHash<qsizetype, QList<QList<TextRange>>> m_segments;
    bool m_indexed = false; // false for text PCRE would refuse whole (a lone surrogate)
    // The last unit asked about and its first and last barrier (-1: none).
    mutable TextRange m_unit{-1, -1};
    mutable qsizetype m_firstBarrier = -1;
    mutable qsizetype m_lastBarrier = -1;
    // The last position segmentAt() walked back from, and the segment start it found.
    mutable qsizetype m_lastPosition = -1;
    mutable qsizetype m_lastStart = 0;
    // The last stretch searched on its own, folded for the pre-check.
    mutable TextRange m_pieceRange{-1, -1};
    mutable std::optional<PrecheckText> m_piece;
};

} // namespace claimscope::core::stance
