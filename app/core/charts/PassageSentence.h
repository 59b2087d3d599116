#pragma once

#include "core/analysis/Annotations.h"

#include <QString>
#include <QStringView>

namespace claimscope::core {

// The sentence a passage stands in, for a chart's tooltip: from the sentence end before `range`
// to the one after it, within its line (a paragraph), and never less than the range itself (a
// quote may hold several sentences). Sentence ends are those of TextUnits' sentences(): ".", "!"
// or "?" before a space, not after an initial. Found by looking outwards from the range only, so
// that it costs the sentence's length and not the text's: a tooltip for each of thousands of bars.
// At most `reach` characters are taken on either side of the range.
TextRange sentenceAround(QStringView text, TextRange range, qsizetype reach = 300);

// The sentence around `range` as text for a tooltip: white space simplified, an ellipsis where
// `reach` cut it.
QString sentenceText(QStringView text, TextRange range, qsizetype reach = 300);

} // namespace claimscope::core
