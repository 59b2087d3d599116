#pragma once

#include "core/analysis/Attribution.h"

#include <QList>

namespace claimscope::core {

// Reported speech credited to a person: "X said/noted that …", "X believes …", "According to X,
// …", "по словам X, …", "X заявил, что …", "X'e göre …", "X, … olduğunu söyledi". The content is
// the reported proposition only, without the cue, the speaker and the final punctuation. Cues
// inside a direct quote are the quoted person's words and give no claim.
QList<ClaimAnnotation> findClaims(const DocumentContext &context, const QList<QuoteAnnotation> &quotes);

} // namespace claimscope::core
