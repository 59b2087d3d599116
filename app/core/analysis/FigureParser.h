#pragma once

#include "core/analysis/FigureContext.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace claimscope::core {

// What kind of quantity a figure is. The unit string says it too, but callers that branch on it
// (measure naming, charts) should not compare strings.
enum class FigureKind {
    Money,            // unit is an ISO 4217 code: "USD", "EUR", "KZT", "RUB", "CNY", "GBP", "TRY"…
    Percent,          // "80%", "yüzde 80", "80 процентов": unit "percent"
    PercentagePoints, // a difference of two percentages: unit "percentage points"
    Share,            // "half", "две трети", "üçte bir": unit "percent", value 50, 66.67, 33.33
    Count,            // a whole number with no unit in the span: unit "count" (see countedUnit)
    Number,           // a plain number that is not whole ("1,200.5"): unit empty
};

// A figure span read as a typed value. Money is in whole units of its currency ("$43 billion" is
// 43000000000 USD), percentages and shares in percent ("half" is 50).
struct ParsedFigure {
    double value = 0;
    // The top of a range ("5–10 percent", "$5–7bn"); value is then its bottom. Empty otherwise.
    std::optional<double> upperValue;
    QString unit;
    // The hedge in English, whatever the text's language: "more than", "less than", "about",
    // "almost", "up to", "at least" or "at most"; empty when the figure is not hedged.
    QString qualifier;
    // The multiplier a scale word applied (1e9 for "billion", "млрд", "milyar", "bn"); 1 without.
    double scale = 1;
    FigureKind kind = FigureKind::Number;

    friend bool operator==(const ParsedFigure &, const ParsedFigure &) = default;
};

// Reads the text of one figure span ("more than 80%", "43 млрд долларов", "%80'den fazla") in the
// language of its document ("en", "ru" or "tr"). A span that language cannot read, and any span
// of another language code, is read with every language's words, refusing a number whose
// grouping the language would decide ("1,200"): quotes bring other languages into a document.
// The whole span must be understood: anything left over, a year ("2024"), a date ("24 October"),
// an ordinal ("16th", "3."), a name ("G7") or empty text gives nullopt rather than a guess. A
// bare whole number is a Count, whose noun lies outside the span: parseFigureAt or countedUnit
// name it.
std::optional<ParsedFigure> parseFigure(QStringView spanText, QStringView language);

// parseFigure for the span [start, end) of text, with a Count's unit named from the noun after
// the span when countedUnit knows it ("13 countries" → unit "countries").
std::optional<ParsedFigure> parseFigureAt(QStringView text, qsizetype start, qsizetype end,
                                          QStringView language);

// countedUnit, yearNear and measureNear, which read the clause around a figure, are declared in
// FigureContext.h (included above).

} // namespace claimscope::core
