#include "core/project/ProjectErrors.h"

#include "core/project/ProjectSchema.h"

#include <QCoreApplication>
#include <QDir>

namespace claimscope::core {

namespace {

using Kind = ProjectError::Kind;

Kind kindOf(ProjectProblem problem)
{
    switch (problem) {
    case ProjectProblem::Missing:
    case ProjectProblem::NotAFile:
    case ProjectProblem::Empty:
    case ProjectProblem::NotSqlite:
    case ProjectProblem::ForeignDatabase:
    case ProjectProblem::ForeignObjects:
        return Kind::NotAProject;
    case ProjectProblem::Unreadable:
    case ProjectProblem::Truncated:
    case ProjectProblem::Corrupt:
        return Kind::Damaged;
    case ProjectProblem::TooNew:
        return Kind::TooNew;
    case ProjectProblem::Locked:
        return Kind::Locked;
    case ProjectProblem::NotWritable:
    case ProjectProblem::RecoveryNeedsWrite:
    case ProjectProblem::OpenedReadOnly:
        return Kind::ReadOnly;
    case ProjectProblem::Exists:
    case ProjectProblem::MigrationFailed:
    case ProjectProblem::WriteFailed:
    case ProjectProblem::NoDriver:
        return Kind::WriteFailed;
    }
    return Kind::WriteFailed;
}

QString messageFor(ProjectProblem problem, const QString &file, const QString &detail)
{
    switch (problem) {
    case ProjectProblem::Missing:
        return QCoreApplication::translate("ProjectStore", "“%1” does not exist.").arg(file);
    case ProjectProblem::NotAFile:
        return QCoreApplication::translate("ProjectStore",
                                           "“%1” is a folder or a special file, not a Claimscope project.")
            .arg(file);
    case ProjectProblem::Empty:
        return QCoreApplication::translate("ProjectStore", "“%1” is empty; it is not a Claimscope project.")
            .arg(file);
    case ProjectProblem::NotSqlite:
        return QCoreApplication::translate("ProjectStore", "“%1” is not a Claimscope project.").arg(file);
    case ProjectProblem::ForeignDatabase:
        return QCoreApplication::translate("ProjectStore",
                                           "“%1” is a database of another program, not a Claimscope project.")
            .arg(file);
    case ProjectProblem::ForeignObjects:
        return QCoreApplication::translate(
                   "ProjectStore", "“%1” was changed by another program: it contains database triggers, "
                                   "views or virtual tables "
                                   "(%2), which Claimscope never writes. For your safety it is not opened.")
            .arg(file, detail);
    case ProjectProblem::Unreadable:
        return QCoreApplication::translate("ProjectStore", "“%1” cannot be read: %2.").arg(file, detail);
    case ProjectProblem::Truncated:
        return QCoreApplication::translate(
                   "ProjectStore",
                   "“%1” is incomplete: the file is shorter than its contents say. It may have been cut off "
                   "while it was copied or downloaded.")
            .arg(file);
    case ProjectProblem::Corrupt:
        return QCoreApplication::translate(
                   "ProjectStore",
                   "“%1” is damaged and cannot be opened (%2). If you have a copy of it, open the copy.")
            .arg(file, detail);
    case ProjectProblem::TooNew:
        return QCoreApplication::translate(
                   "ProjectStore",
                   "“%1” was saved by a newer version of Claimscope (project format %2; this version reads "
                   "formats up to %3). Update Claimscope to open it.")
            .arg(file, detail)
            .arg(schema::kCurrentVersion);
    case ProjectProblem::Locked:
        return QCoreApplication::translate(
                   "ProjectStore",
                   "“%1” is open for editing in another Claimscope window or program. You can open it "
                   "read-only until it is closed there.")
            .arg(file);
    case ProjectProblem::NotWritable:
        return QCoreApplication::translate(
                   "ProjectStore",
                   "“%1” cannot be changed: the file or its folder is read-only. You can open it read-only.")
            .arg(file);
    case ProjectProblem::RecoveryNeedsWrite:
        return QCoreApplication::translate(
                   "ProjectStore",
                   "“%1” was not closed properly, and its last unfinished change has to be undone before it "
                   "can be read. Open it once in a folder where you may write.")
            .arg(file);
    case ProjectProblem::OpenedReadOnly:
        return QCoreApplication::translate("ProjectStore",
                                           "“%1” is open read-only; the change was not saved.")
            .arg(file);
    case ProjectProblem::Exists:
        return QCoreApplication::translate("ProjectStore", "“%1” already exists.").arg(file);
    case ProjectProblem::MigrationFailed:
        return QCoreApplication::translate(
                   "ProjectStore",
                   "“%1” could not be brought up to date for this version of Claimscope (%2). A copy of the "
                   "file as it was is kept beside it.")
            .arg(file, detail);
    case ProjectProblem::WriteFailed:
        return QCoreApplication::translate("ProjectStore", "Claimscope could not save to “%1”: %2.")
            .arg(file, detail);
    case ProjectProblem::NoDriver:
        return QCoreApplication::translate(
                   "ProjectStore", "Claimscope cannot open “%1”: Qt’s SQLite driver is not installed.")
            .arg(file);
    }
    return {};
}

} // namespace

ProjectError projectError(ProjectProblem problem, const QString &filePath, const QString &detail)
{
    return {kindOf(problem), filePath, messageFor(problem, QDir::toNativeSeparators(filePath), detail)};
}

} // namespace claimscope::core
