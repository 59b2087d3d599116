#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace claimscope::core::schema {

// PRAGMA application_id of every Claimscope project: the ASCII bytes "ClSc" (0x436C5363), so that
// `file` and other tools can tell our files from other SQLite databases. Never changes.
inline constexpr quint32 kApplicationId = 0x436C5363;

// PRAGMA user_version of the files this build writes. Raise it only together with a new migration
// step at the end of the list in ProjectSchema.cpp.
inline constexpr int kCurrentVersion = 4;

// A table and the columns our queries read, to recognise a file whose tables were changed by
// another program before any query fails on it, and before a migration step runs on it.
struct TableShape {
    QString name;
    QStringList columns;
};
QList<TableShape> expectedTables(int version);

// Creates the tables and indexes of the current version and sets application_id and user_version.
// Runs inside the caller's transaction; returns SQLite's error text on failure.
std::optional<QString> createCurrent(QSqlDatabase &db);

// One step of the ordered migration list: it turns a file of version `from` into `from + 1`.
struct MigrationStep {
    int from = 0;
    const char *summary = ""; // for the log and the test; never shown to the user
    std::optional<QString> (*apply)(QSqlDatabase &db) = nullptr;
};
QList<MigrationStep> migrationSteps();

// Brings an open file of version `from` (1 ≤ from < kCurrentVersion) to the current version. Each
// step first copies the file to "<file>.v<N>.bak" (N the version before the step), then runs in its
// own transaction together with the new user_version, so that a failure or a kill leaves the file at
// the last completed version with a backup of it. `filePath` must be the database's file; the caller
// holds the project's lock, so nothing else writes it meanwhile. Returns a description of what failed.
std::optional<QString> migrate(QSqlDatabase &db, const QString &filePath, int from);

// The backup file made before migrating from `version`.
QString backupPath(const QString &filePath, int version);

} // namespace claimscope::core::schema
