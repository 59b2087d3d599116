#pragma once

#include "core/analysis/Annotations.h"
#include "core/analysis/StanceCues.h"

#include <QList>
#include <QString>

namespace claimscope::core::stance {

// Every match of every cue in one document, found once. The scorer reads the same text many
// times over (each speaker's quotes, claims and the sentences naming them); running each cue over
// each of those units cost more than half of the analysis.
//
// A unit's matches are what a search of the unit's text alone finds. They equal the document's
// matches wherever the unit's edges cannot be seen: no cue consumes a barrier character (. ! ? ;
// :), so a search never looks past the next barrier, and a stretch between two barriers reads the
// same in the document and in the unit. Only the unit's first and last stretch can differ (a word
// cut at the edge, a match running over it); they are searched on their own where they do.
class CueMatches final {
public:
    CueMatches(const QString &text, const Language &language);

    // The matches of cue number `cue` in `unit`, left to right, as cue.pattern.globalMatch() of
    // the unit's text finds them (in document offsets).
    QList<TextRange> in(qsizetype cue, const TextRange &unit) const;

private:
    // Appends the document's matches of `cue` that start in [from, to).
    void appendIndexed(qsizetype cue, qsizetype from, qsizetype to, QList<TextRange> *out) const;
    // Appends the matches of a search of [from, to) alone.
    void appendSearched(qsizetype cue, qsizetype from, qsizetype to, QList<TextRange> *out) const;
    bool straddled(qsizetype cue, qsizetype position) const;

    const QString &m_text;
    const Language &m_language;
    QList<QList<TextRange>> m_matches; // per cue, left to right; empty when m_indexed is false
    bool m_indexed = false;            // false for text PCRE would refuse whole (a lone surrogate)
};

} // namespace claimscope::core::stance
