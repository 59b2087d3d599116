#pragma once

#include "core/analysis/Attribution.h"

#include <QList>

namespace claimscope::core {

// Reported speech credited to a person: "X said/noted that …", "X believes …", "According to X,
// …", "по словам X, …", "X заявил, что …", "X'e göre …", "X, … olduğunu söyledi"; or to a source
// that is not a person, with the speaker empty and the source filled: an unnamed group ("some
// experts believe", "часть наблюдателей сочла", "bazı gözlemciler … yorumladı") with any cue, a
// state or an institution ("the ministry rejected", "в МИД заявили") with a communication cue
// only. The content is the reported proposition only, without the cue, the speaker and the final
// punctuation: the clause after that/что/-dığını, "X as Y" after describe/see/view, the noun
// phrase after "points to", "called for", "emphasized". Cues inside a direct quote are the quoted
// person's words and give no claim.
QList<ClaimAnnotation> findClaims(const DocumentContext &context, const QList<QuoteAnnotation> &quotes);

} // namespace claimscope::core
