#pragma once

#include "core/highlight/Lexicon.h"
#include "core/project/Project.h"
#include "core/project/ProjectStore.h"

#include <memory>
#include <optional>
#include <variant>

namespace claimscope::core {

// An open project file: the store and the project that writes to it, which must go away first
// (members are destroyed in reverse order).
struct ProjectSession {
    std::unique_ptr<ProjectStore> store;
    std::unique_ptr<Project> project;
    // Set when the file was opened read-only although read-write was asked: why (another window
    // holds it, the file or its folder is not writable). The window tells the user.
    std::optional<ProjectError> readOnlyBecause;

    QString filePath() const { return store ? store->filePath() : QString(); }
};

// Opens `filePath` read-write, or read-only when another window holds it or the medium refuses
// writes; any other problem (not a project, damaged, too new) is the error, and the file is left
// as it was.
std::variant<ProjectSession, ProjectError> openProjectSession(const QString &filePath);

// A new project at `filePath` (refused if it exists), named after the file, holding `lexicon`'s
// speakers (coloured) and cues, so that imports are analysed from the start.
std::variant<ProjectSession, ProjectError> createProjectSession(const QString &filePath,
                                                                const Lexicon &lexicon);

// The lexicon's speakers as project speakers, each with its palette colour.
QList<SpeakerRecord> speakerRecords(const Lexicon &lexicon);

} // namespace claimscope::core
