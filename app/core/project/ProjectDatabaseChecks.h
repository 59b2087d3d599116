#pragma once

#include "core/project/ProjectStore.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace claimscope::core::projectfile {

// The checks made through SQLite on a freshly opened connection, before anything is written: the
// first read (where SQLite plays back a pending journal on a read-write connection, or refuses to
// read on a read-only one), the application id and version again, triggers, views and virtual
// tables, the columns our queries need, and PRAGMA integrity_check. Sets `version` to the file's.
std::optional<ProjectError> checkDatabase(QSqlDatabase &db, const QString &filePath, bool readOnly,
                                          int &version);

} // namespace claimscope::core::projectfile
