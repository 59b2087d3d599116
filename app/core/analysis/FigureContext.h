// The clause a figure stands in: the year it refers to, what it measures, what it counts.
// FigureParser.h includes this header, so its callers have these functions too.
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace claimscope::core {

struct ParsedFigure; // FigureParser.h

// What a count counts, from the noun right after the figure (one adjective may come between:
// "13 new countries", "13 новых стран"): "countries" (country, nation, страна, ülke), "states"
// (state, государство, devlet) or "members" (member, член, üye); empty for any other noun.
QString countedUnit(QStringView text, qsizetype figureEnd);

// The year a figure refers to when its own clause says so: "in 2023", "during 2023",
// "в 2023 году", "за 2023 год", "2023 yılında", "2023'te", "by 2030", "к 2030 году"; the
// "of 2023" ("the first half of 2023"); the nearest such phrase within the clause of
// [figureStart, figureEnd), else nullopt. Bare years,
// dates ("9 November 2024"), "since 2023" and years in another clause of the sentence (after
// ";" or ", but", ", однако", ", ancak"…) or inside a parenthesis are not taken.
std::optional<int> yearNear(QStringView text, qsizetype figureStart, qsizetype figureEnd);

// What a figure measures, named from keywords in its clause; empty unless exactly one rule
// applies. Money near "trade turnover" / "товарооборот" / "ticaret hacmi" is "trade turnover";
// a percentage or share of "foreign trade" / "внешней торговли" / "dış ticaret" is "share of
// foreign trade", one near oil and exports (нефть/экспорт, petrol/ihracat) "share of oil
// exports"; a count of countries or states is "countries" or "states".
QString measureNear(QStringView text, qsizetype figureStart, qsizetype figureEnd, const ParsedFigure &figure);

} // namespace claimscope::core
