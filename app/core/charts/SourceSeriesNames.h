#pragma once

#include "core/charts/Chart.h"

namespace claimscope::core {

class Project;

// Gives a chart's source series short legend names. A legend entry gets a few dozen pixels, and
// a headline cut to "Partner, not m…" names nothing; the outlet ("Steppe Ledger") does, as in a
// citation. So: the outlet when no other source of the chart has it; the outlet and the date when
// the outlet repeats; the title when neither tells the sources apart. Tooltips keep the titles.
void nameSourceSeries(Chart &chart, const Project &project);

} // namespace claimscope::core
