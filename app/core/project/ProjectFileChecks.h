#pragma once

#include "core/project/ProjectStore.h"

#include <QString>

#include <optional>

// What can be learnt about a project file before SQLite touches it. Refusing a file from these
// checks guarantees that it is left exactly as it was: SQLite never opens it.
namespace claimscope::core::projectfile {

// Reads the 100-byte SQLite header (https://www.sqlite.org/fileformat.html, "The Database Header"):
// the magic string, the page size and page count, the application id and the user version. Refuses
// a missing, empty, non-SQLite, truncated, foreign or too new file. When a rollback journal is
// pending, the page count and version may be halfway through a change that SQLite will undo on
// opening, so those two are left to the checks through SQLite, after the journal was played back
// (for a project from a newer version with a pending journal, that playback is the one write
// before it is refused; it only restores the file's last committed state).
std::optional<ProjectError> checkHeader(const QString &filePath);

// "<file>-journal" exists and is not empty: the last write may not have finished.
bool journalPending(const QString &filePath);

// Whether we may write `path` (a file or a folder). access(2) alone says yes to root for any file,
// so a file or folder without any write permission bit counts as read-only for everyone: a user who
// marks a project read-only gets a read-only project, whoever runs the program.
bool mayWrite(const QString &path);

// Makes a rename or a new file in `folder` durable (fsync of the folder), so that a power cut right
// after a new project or a copy was made cannot make it disappear again.
bool syncFolder(const QString &folder);
// Pushes a file's bytes to the disk.
bool syncFile(const QString &filePath);

// Renames `from` onto `to`, replacing `to` in one step (rename(2): readers see the old file or the
// new one, never neither); QFile::rename refuses an existing target. Returns why not, or nothing.
std::optional<QString> replaceFile(const QString &from, const QString &to);

} // namespace claimscope::core::projectfile
