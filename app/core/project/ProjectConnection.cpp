#include "core/project/ProjectConnection.h"

#include "core/project/ProjectTables.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>
#include <system_error>

using namespace Qt::StringLiterals;

namespace claimscope::core::projectfile {

namespace {

const QString kDriver = u"QSQLITE"_s;
constexpr int kBusyTimeoutMs = 5000;

std::optional<IntegrityFindings> checkOnOwnConnection(const QString &databasePath, bool readOnly)
{
    const QString name = u"claimscope-integrity-"_s + uniqueSuffix();
    std::optional<IntegrityFindings> found;
    {
        QSqlDatabase db;
        if (!openConnection(db, name, databasePath, readOnly))
            found = runIntegrityCheck(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return found;
}

// As ProjectStore::load() reads, in one read transaction.
std::optional<ReadAhead> readContents(QSqlDatabase &db)
{
    if (tables::exec(db, u"BEGIN"_s))
        return std::nullopt;
    auto contents = tables::readAll(db);
    const std::optional<qint64> version = dataVersion(db);
    tables::exec(db, u"COMMIT"_s);
    auto *read = std::get_if<ProjectContents>(&contents);
    if (!read || !version)
        return std::nullopt;
    return ReadAhead{std::move(*read), *version};
}

} // namespace

QString uniqueSuffix()
{
    static std::atomic<int> counter{0};
    return u"%1-%2"_s.arg(QCoreApplication::applicationPid()).arg(++counter);
}

std::optional<QString> openConnection(QSqlDatabase &db, const QString &name, const QString &databasePath,
                                      bool readOnly)
{
    db = QSqlDatabase::addDatabase(kDriver, name);
    db.setDatabaseName(databasePath);
    QString options = u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(kBusyTimeoutMs);
    if (readOnly)
        options += u";QSQLITE_OPEN_READONLY"_s;
    db.setConnectOptions(options);
    if (!db.open())
        return db.lastError().text();
    // Settings of this connection only; none of them writes to the file. Without a trusted schema,
    // the integrity check (which evaluates CHECK constraints) runs no function stored in the file.
    for (const QString &pragma : {u"PRAGMA trusted_schema = OFF"_s, u"PRAGMA foreign_keys = ON"_s,
                                  u"PRAGMA cell_size_check = ON"_s}) {
        if (auto error = tables::exec(db, pragma))
            return error;
    }
    return std::nullopt;
}

BackgroundIntegrityCheck::BackgroundIntegrityCheck(const QString &databasePath, bool readOnly)
{
    try {
        m_result = std::async(std::launch::async, checkOnOwnConnection, databasePath, readOnly);
    } catch (const std::system_error &) {
        // No thread to be had: wait() says so, and the store checks on its own connection.
    }
}

BackgroundIntegrityCheck::~BackgroundIntegrityCheck()
{
    if (m_result.valid())
        m_result.wait();
}

std::optional<IntegrityFindings> BackgroundIntegrityCheck::wait()
{
    if (!m_result.valid())
        return std::nullopt;
    return m_result.get();
}

// integrity_check reads every page of the file and cross-checks every index: a quarter of the time
// a large project took to open, now spent beside the read of its contents. Nothing is written and no
// store is made before the check passed, and a failed check is the same error as ever; what was read
// meanwhile is then dropped unseen. The structural checks ran before, on `db`: a file with triggers
// or views, or without our columns, has been refused before anything was read.
std::optional<ProjectError> checkIntegrity(QSqlDatabase &db, const QString &filePath, bool readOnly,
                                           std::optional<ReadAhead> *readAhead)
{
    std::optional<IntegrityFindings> found;
    std::optional<ReadAhead> read;
    if (readAhead) {
        BackgroundIntegrityCheck check(filePath, readOnly);
        read = readContents(db);
        found = check.wait();
    }
    if (!found)
        found = runIntegrityCheck(db);
    if (auto error = integrityError(*found, filePath, readOnly))
        return error;
    if (readAhead)
        *readAhead = std::move(read);
    return std::nullopt;
}

std::optional<qint64> dataVersion(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA data_version"_s) || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

} // namespace claimscope::core::projectfile
