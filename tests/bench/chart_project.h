#pragma once

// The project the chart benchmarks measure, in memory: the generated corpus (project_corpus.h)
// imported and analysed as the window's import would, or the sample project of the first start.
// The charts read the open Project, never the file, so neither keeps a store: an edit's write is
// not part of what they measure.

#include "core/highlight/Lexicon.h"
#include "core/project/Project.h"

#include <QCommandLineOption>
#include <QString>
#include <QStringList>

#include <memory>

class QCommandLineParser;

namespace bench {

// The options both chart benchmarks take: the generated corpus (sources, size, the articles it is
// made of), analysis workers, runs per figure and the interface language.
struct ChartBenchOptions {
    ChartBenchOptions(int defaultRuns, int minimumRuns);
    void addTo(QCommandLineParser &parser) const;
    // The runs asked for, at least the minimum.
    int runs(const QCommandLineParser &parser) const;

    QCommandLineOption sources;
    QCommandLineOption size;
    QCommandLineOption workers;
    QCommandLineOption runsOption;
    QCommandLineOption samples;
    QCommandLineOption language;
    int minimumRuns;
};

// `files` imported and analysed with `workers` threads (0: all cores) into a new project in
// memory named `name`, with the lexicon's speakers. Nothing, with the reason on stderr (after
// `name`), when a file or a source is refused.
std::unique_ptr<claimscope::core::Project> buildProject(const QStringList &files,
                                                        const claimscope::core::Lexicon &lexicon, int workers,
                                                        const QString &name);

// The sample project of the first start (createSampleProject: the compiled-in sample articles,
// analysed, with the speakers' colours), built as a file in `folder`, then loaded into a project
// in memory. Nothing, with the reason on stderr (after `name`), when it cannot be built or read.
std::unique_ptr<claimscope::core::Project> loadSampleProject(const claimscope::core::Lexicon &lexicon,
                                                             const QString &folder, const QString &name);

// The stance that counts for a speaker in the first source from the middle of the project on that
// has one: what the benchmarks edit. Null when the project has no stance.
const claimscope::core::StanceRecord *stanceInTheMiddle(const claimscope::core::Project &project);

} // namespace bench
