#pragma once

// A small project whose figures are all known, for the Figures chart's groups, units and conflicts:
// three sources citing trade turnover in dollars written three ways and in tenge, shares of oil
// exports that disagree, two shares of one source that differ, and figures with no measure.

#include "core/project/Project.h"

#include <memory>

namespace claimscope::test {

using namespace Qt::StringLiterals;

struct FigureSpec {
    QString written; // found in the source's text
    core::FigureFields fields;
    QString speaker = {};
    core::Origin origin = core::Origin::Automatic;
};

inline std::unique_ptr<core::Project> figureProject()
{
    using namespace claimscope::core;
    ProjectContents contents;
    contents.settings.question = u"Kazakhstan joining BRICS as a full member"_s;
    const QList<std::pair<QString, QString>> texts = {
        {u"Steppe Ledger"_s,
         u"Trade turnover between Kazakhstan and the EU reached $43.5 billion in 2023. "
         u"In 2022 it was $40 billion.\nOil exports to Europe: 80%. Some 900 firms took part."_s},
        {u"Caspian Wire"_s,
         u"Turnover with the EU was 43,500 million USD in 2023, and 41 billion dollars in 2022. "
         u"Dombay said oil exports were 75%.\nTurnover with China was 1,200 billion tenge in 2023."_s},
        {u"Meridian Notes"_s, u"BRICS members account for 60% of foreign trade, or 65% by another count. "
                              u"About 12 firms joined."_s},
    };
    const QList<QList<FigureSpec>> figures = {
        {
            {u"$43.5 billion"_s, {43.5e9, u"USD"_s, u"trade turnover"_s, u"Kazakhstan–EU"_s, 2023, {}}},
            {u"$40 billion"_s, {40e9, u"USD"_s, u"trade turnover"_s, u"Kazakhstan–EU"_s, 2022, {}}},
            {u"80%"_s, {80, u"percent"_s, u"share of oil exports"_s, {}, std::nullopt, {}}},
            {u"900"_s, {900, u"count"_s, {}, {}, std::nullopt, {}}},
        },
        {
            {u"43,500 million USD"_s, {43.5e9, u"USD"_s, u"trade turnover"_s, u"Kazakhstan–EU"_s, 2023, {}}},
            // Measure and subject written otherwise: the same figure all the same.
            {u"41 billion dollars"_s,
             {41e9, u"usd"_s, u"Trade  turnover"_s, u"kazakhstan–eu"_s, 2022, {}},
             {},
             Origin::Manual},
            {u"75%"_s, {75, u"percent"_s, u"Share of oil exports"_s, {}, std::nullopt, {}}, u"dombay"_s},
            {u"1,200 billion tenge"_s,
             {1.2e12, u"KZT"_s, u"trade turnover"_s, u"Kazakhstan–China"_s, 2023, {}}},
        },
        {
            {u"60%"_s,
             {60, u"percent"_s, u"share of foreign trade"_s, u"Kazakhstan–BRICS"_s, std::nullopt, {}}},
            {u"65%"_s,
             {65, u"percent"_s, u"share of foreign trade"_s, u"Kazakhstan–BRICS"_s, std::nullopt, {}}},
            {u"12"_s, {12, u"count"_s, {}, {}, std::nullopt, {}}},
        },
    };
    AnnotationId nextId = 100;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        SourceRecord source;
        source.id = i + 1;
        source.document.metadata.title = texts.at(i).first;
        source.document.text = texts.at(i).second;
        source.analysed = true;
        contents.sources.append(source);
        for (const FigureSpec &spec : figures.at(i)) {
            AnnotationRecord figure;
            figure.id = nextId++;
            figure.source = source.id;
            figure.kind = AnnotationKind::Figure;
            const qsizetype at = source.document.text.indexOf(spec.written);
            Q_ASSERT(at >= 0);
            figure.range = {at, at + spec.written.size()};
            figure.figure = spec.fields;
            figure.speaker = spec.speaker;
            figure.origin = spec.origin;
            figure.confidence = 0.9;
            contents.annotations.append(figure);
        }
    }
    contents.speakers.append(
        {{u"dombay"_s, u"Aidar Dombay"_s, u"analyst"_s, u"expert"_s, {u"Dombay"_s}, {}, {}},
         u"#0000ff"_s,
         false});
    return std::make_unique<Project>(std::move(contents), std::unique_ptr<ProjectWriter>());
}

} // namespace claimscope::test
