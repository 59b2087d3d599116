#pragma once

#include "core/charts/Chart.h"
#include "core/charts/FigureNormalisation.h"

#include <QList>
#include <QString>

namespace claimscope::core {

class Project;

// What one source gives the three charts, read from the project once per change of that source
// and kept by ChartModels, so that after an edit only that source is read again and the charts are
// put together from these facts. They hold no translated text and no names of speakers or
// sources: those are looked up when the charts are assembled, so a rename or a language change
// does not make every source be read again.

struct FigureFact {
    AnnotationId annotation = 0;
    TextRange range;
    QString written;  // the passage as the source writes it: "$43.5bn"
    QString sentence; // the sentence it stands in (sentenceText)
    FigureFields figure;
    NormalisedFigure normalised;
    QString speaker; // whose quote or claim it is in, empty when none
    bool manual = false;

    friend bool operator==(const FigureFact &, const FigureFact &) = default;
};

// The stance that counts for one speaker in the source (Project::stanceFor).
struct StanceFact {
    StanceId stance = 0;
    QString speaker;
    int score = 0;
    bool manual = false; // a person's: manual or edited
    QList<TextRange> evidence;
    QString sentence; // around the first evidence, empty without evidence

    friend bool operator==(const StanceFact &, const StanceFact &) = default;
};

// One speaker's quotes and claims in the source, in text order.
struct VoiceFact {
    QString speaker;
    int quotes = 0;
    int claims = 0;
    QList<ChartPassage> passages;
    QString sentence; // around the first passage

    friend bool operator==(const VoiceFact &, const VoiceFact &) = default;
};

struct SourceFacts {
    SourceId source = 0;
    QList<FigureFact> figures; // text order
    QList<StanceFact> stances; // in the order the source's stances first name their speaker
    QList<VoiceFact> voices;   // in the order of each speaker's first quote or claim

    friend bool operator==(const SourceFacts &, const SourceFacts &) = default;
};

// Figures and voices, from the source's annotations.
void readAnnotationFacts(const Project &project, SourceFacts &facts);
// Stances, from the source's stances.
void readStanceFacts(const Project &project, SourceFacts &facts);
SourceFacts readSourceFacts(const Project &project, SourceId source);
// Every source's, in project order.
QList<SourceFacts> readAllFacts(const Project &project);

} // namespace claimscope::core
