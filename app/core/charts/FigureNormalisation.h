#pragma once

#include "core/project/ProjectRecords.h"

#include <QString>

namespace claimscope::core {

// How a figure's value is put on a chart axis next to other figures of its measure.
//
// What the analysis stores (FigureParser, FigureContext), and so what arrives here:
//   "$43.5bn", "43.5 billion dollars", "43,5 млрд долларов", "43,5 milyar dolar"
//                       → value 43500000000, unit "USD" (money in whole units of an ISO 4217 code)
//   "43,500 million USD" → value 43500000000, unit "USD"
//   "80%", "yüzde 80", "80 процентов", "more than 80%" → value 80, unit "percent" (qualifier apart)
//   "half", "около половины", "yaklaşık yarısı" → value 50, unit "percent"
//   "2.5 percentage points" → value 2.5, unit "percentage points"
//   "13 countries", "13 стран" → value 13, unit "countries" ("states", "members"; "count" for any
//   other noun); "1,200.5" → unit empty
// A range ("$5–7bn") keeps its bottom only: a project's figure has one value.
//
// Normalisation, per family of units:
//   money     → billions of its own currency ("USD billion"): value / 1e9. No exchange rates: a
//               figure in KZT or EUR is not converted into dollars (the rate of which day?), it
//               forms a family of its own, so it lands in a group of its own;
//   percent   → per cent, as stored (shares in words are per cent already);
//   percentage points, each counted noun (countries, states, members, count), no unit, and any
//               other unit a person typed → as stored, each a family of its own.
// A currency code is recognised in any case ("usd"); other units are compared as typed, after
// trimming and case folding.
struct NormalisedFigure {
    // The family: values of one family share a unit and may stand on one axis. "money:USD",
    // "percent", "points", "count:countries", "number", "unit:tonnes".
    QString family;
    double value = 0;    // in the family's unit
    QString currency;    // the ISO code for money, empty otherwise
    QString countedNoun; // for counts: "countries", "states", "members", "count"; for a typed unit: it

    friend bool operator==(const NormalisedFigure &, const NormalisedFigure &) = default;
};

NormalisedFigure normaliseFigure(const FigureFields &figure);

// Whether two normalised values are the same figure: equal up to the rounding of a division (so
// 43.5 billion and 43,500 million are one value), not up to a rounding a person did.
bool sameFigureValue(double a, double b);

} // namespace claimscope::core
