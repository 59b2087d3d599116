#pragma once

#include <QStringList>

namespace claimscope::cli {

// `claimscope analyze [--format json|csv|text] FILE…`: imports, highlights and analyses each file
// headless and prints the annotations (docs/ANALYSIS_JSON.md). Exit code 1 when any file failed.
int runAnalyze(const QStringList &arguments);

// `claimscope eval --gold DIR`: analyses every document of a gold folder (the seeds' layout or the
// sample's) and prints the score table against its gold. Exit code 1 when a gold file is broken or
// a document could not be analysed.
int runEval(const QStringList &arguments);

} // namespace claimscope::cli
