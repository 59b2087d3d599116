#include "core/charts/FigureNormalisation.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace claimscope::core {

namespace {

bool isCurrencyCode(const QString &unit)
{
    if (unit.size() != 3)
        return false;
    for (QChar c : unit) {
        const char16_t u = c.toUpper().unicode();
        if (u < u'A' || u > u'Z')
            return false;
    }
    return true;
}

} // namespace

NormalisedFigure normaliseFigure(const FigureFields &figure)
{
    NormalisedFigure normalised;
    normalised.value = figure.value;
    const QString unit = figure.unit.trimmed();
    const QString folded = unit.toCaseFolded();
    if (isCurrencyCode(unit)) {
        normalised.currency = unit.toUpper();
        normalised.family = u"money:"_s + normalised.currency;
        normalised.value = figure.value / 1e9;
    } else if (folded == u"percent") {
        normalised.family = u"percent"_s;
    } else if (folded == u"percentage points") {
        normalised.family = u"points"_s;
    } else if (folded == u"count" || folded == u"countries" || folded == u"states" || folded == u"members") {
        normalised.countedNoun = folded;
        normalised.family = u"count:"_s + folded;
    } else if (folded.isEmpty()) {
        normalised.family = u"number"_s;
    } else {
        normalised.countedNoun = unit;
        normalised.family = u"unit:"_s + folded;
    }
    return normalised;
}

bool sameFigureValue(double a, double b)
{
    // Relative, since the families' magnitudes differ (0.5 per cent, 43.5 billion, 13 countries).
    return std::abs(a - b) <= 1e-9 * std::max({std::abs(a), std::abs(b), 1e-12});
}

} // namespace claimscope::core
