#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <atomic>

namespace claimscope::core {

class Project;

// What adding files to a project came to: the problems, each naming its file (none when every
// file was added), and whether a cancel stopped it before anything was added.
struct FilesIntoProject {
    QStringList problems;
    bool cancelled = false;

    bool ok() const { return problems.isEmpty() && !cancelled; }
};

// `files` read, analysed with `workers` threads (0: all cores) against the project's lexicon, and
// added to `project` as sources, in one call on the caller's thread. The command line and the
// benchmarks import this way; the window uses ImportBatch, which keeps it responsive. When a file
// cannot be read nothing is analysed; a source whose analysis failed is not added.
FilesIntoProject addFilesToProject(Project &project, const QStringList &files, int workers = 0,
                                   const std::atomic<bool> *cancel = nullptr);

} // namespace claimscope::core
