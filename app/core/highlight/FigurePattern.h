#pragma once

#include <QString>

namespace claimscope::core {

// The one pattern of the generated definition's Figures rule: amounts of money, percentages,
// shares and counts in English, Russian and Turkish, with their hedges ("more than", "около",
// "yaklaşık"). A number alone is never a figure.
QString figurePattern();

} // namespace claimscope::core
