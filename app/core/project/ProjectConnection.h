#pragma once

#include "core/project/ProjectDatabaseChecks.h"
#include "core/project/ProjectStore.h"

#include <QSqlDatabase>
#include <QString>

#include <future>
#include <optional>

// The SQLite connections of a store: its own, and the one on which the integrity check runs beside
// the first load (ProjectStore::open).
namespace claimscope::core::projectfile {

// Unique within the machine for as long as this process runs: for connection and temporary names.
QString uniqueSuffix();

// Adds connection `name` to Qt's list, opens `databasePath` through it with the settings every
// connection of a store uses (busy timeout, read-only when asked, no trusted schema, foreign keys,
// cell size checks), and returns why it could not, as text for a ProjectError.
std::optional<QString> openConnection(QSqlDatabase &db, const QString &name, const QString &databasePath,
                                      bool readOnly);

// PRAGMA integrity_check on a thread and a connection of its own, set up like the store's own, so
// that the store can read the project meanwhile. A connection belongs to the thread that made it,
// so this one is made, used and removed on the worker. Both connections only read: the file is
// locked shared by both, as by two readers. Destroying it waits for the thread.
class BackgroundIntegrityCheck final {
public:
    BackgroundIntegrityCheck(const QString &databasePath, bool readOnly);
    ~BackgroundIntegrityCheck();
    BackgroundIntegrityCheck(const BackgroundIntegrityCheck &) = delete;
    BackgroundIntegrityCheck &operator=(const BackgroundIntegrityCheck &) = delete;

    // What the check found, once it has finished. Nothing when it could not run at all (no thread,
    // no second connection): the caller then checks on its own connection, as it would without.
    std::optional<IntegrityFindings> wait();

private:
    std::future<std::optional<IntegrityFindings>> m_result;
};

// The contents open() read while the integrity check ran, and the file's data_version then (another
// connection's commit changes it; the store's own do not, so the store drops these when it writes).
struct ReadAhead {
    ProjectContents contents;
    qint64 dataVersion = 0;
};

// PRAGMA integrity_check on `db`'s file (see integrityError). With `readAhead`, the check runs in a
// BackgroundIntegrityCheck while `db` reads the contents, kept in `*readAhead` when the check passed
// and the read succeeded; a read that failed keeps nothing, so that load() reads again and reports
// the failure as it would have.
std::optional<ProjectError> checkIntegrity(QSqlDatabase &db, const QString &filePath, bool readOnly,
                                           std::optional<ReadAhead> *readAhead);

// PRAGMA data_version of `db`, or nothing when it cannot be read.
std::optional<qint64> dataVersion(QSqlDatabase &db);

} // namespace claimscope::core::projectfile
