#pragma once

#include "bench_report.h"
#include "core/highlight/Lexicon.h"

#include <QString>

namespace bench {

struct CompromiseOptions {
    QString seedsDir;             // the seed articles with their gold
    QString claimscopeExecutable; // for the whole-process figure of ours; empty: not measured
    int runs = 5;
};

// Our analysis and the compromise library's quotations() and people() side by side on the English
// seed articles: speed (inside each, and as whole processes) and quote F1 by our scorer, with our
// attribution and both sides' person mentions against the gold. compromise is installed with npm
// into a temporary folder; without npm, node, the network or the seeds, this part says
// "skipped: <reason>", notes the reason in the report as "skipped_compromise", and returns.
void compareWithCompromise(const claimscope::core::Lexicon &lexicon, const CompromiseOptions &options,
                           Report &report);

} // namespace bench
