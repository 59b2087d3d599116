#pragma once

#include "core/charts/Chart.h"
#include "core/charts/ChartFacts.h"
#include "core/charts/ChartFilter.h"

namespace claimscope::core {

class Project;

// The Voices chart: who gets a voice where. One group per speaker with at least one quote or claim,
// one bar per source that quotes or reports them (the view stacks a group's bars), coloured by
// source. The value is the number of that speaker's quotes and claims in the source; the passages
// are those quotes and claims in text order, and the tooltip counts each kind. Quotes and claims
// with no speaker are not counted.
//
// Speakers with the most quotes and claims (in the filtered sources) first, then in project order;
// bars in source order.
Chart voiceChart(const Project &project, const QList<SourceFacts> &facts, const ChartFilter &filter = {});
Chart voiceChart(const Project &project, const ChartFilter &filter = {});

} // namespace claimscope::core
