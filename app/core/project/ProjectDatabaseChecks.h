#pragma once

#include "core/project/ProjectStore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

#include <optional>

namespace claimscope::core::projectfile {

// The checks made through SQLite on a freshly opened connection, before anything is written: the
// first read (where SQLite plays back a pending journal on a read-write connection, or refuses to
// read on a read-only one), the application id and version again, triggers, views and virtual
// tables, and the columns our queries need. Sets `version` to the file's. Nothing else may be read
// from a file these refuse.
std::optional<ProjectError> checkStructure(QSqlDatabase &db, const QString &filePath, bool readOnly,
                                           int &version);

// What PRAGMA integrity_check(5) said on one connection: its lines ("ok" alone when the file is
// sound), or the error that stopped it. Plain data, so that the check can run on a connection of
// another thread and be judged on the store's.
struct IntegrityFindings {
    QStringList findings;
    std::optional<QSqlError> error;
};
IntegrityFindings runIntegrityCheck(QSqlDatabase &db);
// The error a store reports for those findings, or nothing for a sound file.
std::optional<ProjectError> integrityError(const IntegrityFindings &found, const QString &filePath,
                                           bool readOnly);

} // namespace claimscope::core::projectfile
