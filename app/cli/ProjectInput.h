#pragma once

#include "core/project/ProjectSession.h"

#include <QStringList>

#include <atomic>
#include <variant>

namespace claimscope::cli {

// The project a headless export works on: a `.claimscope` file opened read-only (no lock is taken,
// so a window may have it open meanwhile, and nothing is ever written to it or beside it), or files
// and folders imported and analysed into a new project in memory named `name`, holding the built-in
// lexicon's speakers and cues, as a new project in the window does. Every problem is one line for
// the user; a file that cannot be read or analysed is a problem, since an export without some of
// the sources asked for would look complete and not be.
std::variant<core::ProjectSession, QStringList> readProjectFile(const QString &path);
std::variant<core::ProjectSession, QStringList> importedProject(const QStringList &paths, const QString &name,
                                                                const std::atomic<bool> *cancel,
                                                                const QString &cancelledMessage);

// One project, or files to import, not both; and never the output onto an input (renaming it there
// would replace the project). The reason, for the user, when they are not so.
std::optional<QString> inputsProblem(const QStringList &inputs, const QString &output);

} // namespace claimscope::cli
