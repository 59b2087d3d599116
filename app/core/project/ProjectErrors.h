#pragma once

#include "core/project/ProjectStore.h"

#include <QString>

namespace claimscope::core {

// Every reason a project cannot be opened or written, each with its own message for the user. The
// ProjectError kind follows from the problem; the messages are all here, so that translators find
// them together (context "ProjectStore").
enum class ProjectProblem {
    Missing,            // NotAProject
    NotAFile,           // NotAProject: a folder or a device
    Empty,              // NotAProject
    NotSqlite,          // NotAProject
    ForeignDatabase,    // NotAProject: SQLite, but another application id
    ForeignObjects,     // NotAProject: triggers, views, virtual tables; detail: their names
    Unreadable,         // Damaged: the bytes cannot be read; detail: the system's reason
    Truncated,          // Damaged
    Corrupt,            // Damaged; detail: SQLite's or our finding
    TooNew,             // TooNew; detail: the file's version
    Locked,             // Locked
    NotWritable,        // ReadOnly: ReadWrite asked of a read-only file or folder
    RecoveryNeedsWrite, // ReadOnly: a hot journal must be rolled back before anyone can read
    OpenedReadOnly,     // ReadOnly: a write asked of a read-only store
    Exists,             // WriteFailed: create or save-as onto an existing file
    MigrationFailed,    // WriteFailed; detail: what failed
    WriteFailed,        // WriteFailed; detail: SQLite's or the system's reason
    NoDriver,           // WriteFailed: Qt's SQLite driver is missing
};

ProjectError projectError(ProjectProblem problem, const QString &filePath, const QString &detail = {});

} // namespace claimscope::core
