#include "core/project/ProjectStore.h"

#include "core/project/ProjectConnection.h"
#include "core/project/ProjectDatabaseChecks.h"
#include "core/project/ProjectErrors.h"
#include "core/project/ProjectFileChecks.h"
#include "core/project/ProjectPagesTable.h"
#include "core/project/ProjectSchema.h"
#include "core/project/ProjectSpeakersTable.h"
#include "core/project/ProjectTables.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

// How a project file is kept safe (see also ProjectFileChecks.h, ProjectDatabaseChecks.h and
// ProjectSchema.h):
//
// Journal: rollback journal (journal_mode=DELETE) with synchronous=EXTRA. A transaction copies the
// pages it will change to "<file>-journal", syncs it, writes the file, syncs it, and commits by
// deleting the journal and syncing the folder. A SIGKILL at any point leaves either no journal (the
// change is complete: it was committed, and the kernel holds every byte written) or a journal that
// the next read-write open plays back (the change never happened). EXTRA adds the folder sync after
// the delete, so even a power cut cannot bring back the journal of a committed change and undo it.
// WAL would need one sync per commit instead of about four (here about 1 ms an edit instead of 2),
// but a WAL project is two or three files while it is open: a copy of the .claimscope file alone
// taken then (by the user, a backup tool, a sync service) lacks the latest work, and a read-only
// medium needs the "-shm" file that cannot be created there. A rollback-journal project is one
// whole file between writes, which matters more for a document the user owns than a millisecond.
//
// Lock: QLockFile "<file>.lock" beside the project, taken for read-write and held while the store
// lives. SQLite's own locks last only one transaction, so two windows could both write (each with a
// stale picture of the other's changes); the lock file makes the second read-write open fail with
// Locked, while read-only opens stay possible. QLockFile recognises the lock of a killed process
// (its PID is no longer running) and takes it over; with a stale time of 0, a long-lived lock of a
// running process is never taken away. A writer killed between creating the lock file and writing
// its PID into it leaves a lock that names nobody, which QLockFile would honour for ever: such a
// lock, still empty a moment later (a live writer fills it within microseconds), is taken over.
//
// Hostile files: trusted_schema=OFF keeps functions with side effects out of anything stored in the
// schema, and opening refuses files with triggers, views or virtual tables (we never write any), so
// no statement or module stored in a file runs when we read or write it. Tables and indexes another
// program added are left alone.
//
// Checks on open: the SQLite header is read first, without SQLite (not SQLite, foreign, too new,
// truncated). Then SQLite: application id and version again (after a pending journal was played
// back), triggers, views and virtual tables, the tables' columns, and PRAGMA integrity_check (on a
// second connection, while this one reads the contents ahead for the first load(); see
// ProjectConnection.h). Only then is anything written (journal mode, migrations), so a refused file
// is never changed.

namespace claimscope::core {

namespace {

// tryLock, and the lock of a writer that died before naming itself taken over (see the top).
bool takeLock(QLockFile &lock)
{
    if (lock.tryLock(0))
        return true;
    if (lock.error() != QLockFile::LockFailedError)
        return false;
    qint64 pid = 0;
    QString host;
    QString application;
    if (lock.getLockInfo(&pid, &host, &application))
        return false;
    QThread::msleep(50);
    if (lock.getLockInfo(&pid, &host, &application))
        return false;
    return lock.removeStaleLockFile() && lock.tryLock(0);
}

Q_LOGGING_CATEGORY(lcStore, "claimscope.project")

const QString kDriver = u"QSQLITE"_s;

using projectfile::uniqueSuffix;

} // namespace

struct ProjectStore::Private {
    QString filePath; // the project as the user named it
    bool readOnly = false;
    QString connectionName;
    QSqlDatabase db;
    std::unique_ptr<tables::PreparedStatements> statements; // of `db`, for the writes
    std::unique_ptr<QTemporaryDir> upgradedCopy;            // a read-only open of an older project
    std::unique_ptr<QLockFile> lock;                        // released last, after the connection is closed
    std::optional<projectfile::ReadAhead> readAhead;        // for the first load(), see checkIntegrity()

    ~Private() { closeConnection(); }

    void closeConnection()
    {
        if (connectionName.isEmpty())
            return;
        statements.reset();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        connectionName.clear();
    }

    std::optional<ProjectError> openConnection(const QString &databasePath, bool openReadOnly);
    std::optional<ProjectError> useWriteSettings();
    std::optional<ProjectError> openUpgradedCopy(int version);

    ProjectError writeError(const QString &detail) const
    {
        return projectError(ProjectProblem::WriteFailed, filePath, detail);
    }

    // One transaction around `body`, committed before returning. BEGIN IMMEDIATE takes the write
    // lock at once, so a reader in another process cannot make the commit fail halfway. Inside
    // inOneTransaction() a write is a savepoint instead, so that a failed one is undone alone.
    template<typename Body> std::optional<ProjectError> write(Body &&body)
    {
        if (readOnly)
            return projectError(ProjectProblem::OpenedReadOnly, filePath);
        readAhead.reset();
        const bool nested = batchDepth > 0;
        if (auto error = tables::exec(*statements, nested ? u"SAVEPOINT write"_s : u"BEGIN IMMEDIATE"_s))
            return writeError(*error);
        std::optional<QString> error = body();
        if (!error)
            error = tables::exec(*statements, nested ? u"RELEASE write"_s : u"COMMIT"_s);
        if (error) {
            if (nested) {
                tables::exec(*statements, u"ROLLBACK TO write"_s);
                tables::exec(*statements, u"RELEASE write"_s);
            } else {
                tables::exec(*statements, u"ROLLBACK"_s);
            }
            qCWarning(lcStore) << "write to" << filePath << "failed:" << *error;
            return writeError(*error);
        }
        return std::nullopt;
    }

    int batchDepth = 0;
};

std::optional<ProjectError> ProjectStore::Private::openConnection(const QString &databasePath,
                                                                  bool openReadOnly)
{
    if (!QSqlDatabase::isDriverAvailable(kDriver))
        return projectError(ProjectProblem::NoDriver, filePath);
    connectionName = u"claimscope-project-"_s + uniqueSuffix();
    if (auto error = projectfile::openConnection(db, connectionName, databasePath, openReadOnly))
        return projectError(ProjectProblem::Unreadable, filePath, *error);
    statements = std::make_unique<tables::PreparedStatements>(db);
    return std::nullopt;
}

std::optional<ProjectError> ProjectStore::Private::useWriteSettings()
{
    // journal_mode answers with the mode in force; anything but "delete" means it could not switch.
    QSqlQuery mode(db);
    if (!mode.exec(u"PRAGMA journal_mode = DELETE"_s) || !mode.next())
        return writeError(mode.lastError().text());
    if (mode.value(0).toString() != u"delete"_s)
        return writeError(u"journal mode %1"_s.arg(mode.value(0).toString()));
    mode.finish();
    if (auto error = tables::exec(db, u"PRAGMA synchronous = EXTRA"_s))
        return writeError(*error);
    return std::nullopt;
}

// An older project opened read-only cannot be migrated in place. It is copied to a temporary folder
// and migrated there; the store reads the copy and still refuses every write.
std::optional<ProjectError> ProjectStore::Private::openUpgradedCopy(int version)
{
    auto folder = std::make_unique<QTemporaryDir>();
    const QString copy = folder->filePath(u"project.claimscope"_s);
    if (!folder->isValid() || !QFile::copy(filePath, copy))
        return projectError(ProjectProblem::MigrationFailed, filePath, u"no temporary copy"_s);
    closeConnection();
    const bool keepReadOnly = readOnly;
    readOnly = false;
    std::optional<ProjectError> error = openConnection(copy, false);
    if (!error)
        error = useWriteSettings();
    if (!error) {
        if (auto failure = schema::migrate(db, copy, version))
            error = projectError(ProjectProblem::MigrationFailed, filePath, *failure);
    }
    readOnly = keepReadOnly;
    upgradedCopy = std::move(folder);
    return error;
}

ProjectStore::ProjectStore(std::unique_ptr<Private> d)
    : d(std::move(d))
{
}

ProjectStore::~ProjectStore() = default;

std::variant<std::unique_ptr<ProjectStore>, ProjectError> ProjectStore::open(const QString &filePath,
                                                                             Mode mode)
{
    const QFileInfo info(filePath);
    auto d = std::make_unique<Private>();
    d->filePath = info.absoluteFilePath();
    d->readOnly = mode == Mode::ReadOnly;
    if (auto error = projectfile::checkHeader(d->filePath))
        return *error;

    if (!d->readOnly) {
        if (!projectfile::mayWrite(d->filePath) || !projectfile::mayWrite(info.absolutePath()))
            return projectError(ProjectProblem::NotWritable, d->filePath);
        // Named after the file's canonical path, so that a second name for the same file (a
        // symbolic link, "./") finds the same lock.
        d->lock = std::make_unique<QLockFile>(info.canonicalFilePath() + u".lock"_s);
        d->lock->setStaleLockTime(0);
        if (!takeLock(*d->lock)) {
            switch (d->lock->error()) {
            case QLockFile::LockFailedError:
                return projectError(ProjectProblem::Locked, d->filePath);
            case QLockFile::PermissionError:
                return projectError(ProjectProblem::NotWritable, d->filePath);
            default:
                return projectError(ProjectProblem::WriteFailed, d->filePath, u"lock file"_s);
            }
        }
    }

    int version = 0;
    if (auto error = d->openConnection(d->filePath, d->readOnly))
        return *error;
    if (auto error = projectfile::checkStructure(d->db, d->filePath, d->readOnly, version))
        return *error;
    // An older project is read only after its migration: nothing to read while checking it.
    if (auto error = projectfile::checkIntegrity(
            d->db, d->filePath, d->readOnly, version == schema::kCurrentVersion ? &d->readAhead : nullptr))
        return *error;
    // Only now, with the file known to be a sound project of ours, may anything be written.
    if (!d->readOnly) {
        if (auto error = d->useWriteSettings())
            return *error;
        if (version < schema::kCurrentVersion) {
            if (auto failure = schema::migrate(d->db, d->filePath, version))
                return projectError(ProjectProblem::MigrationFailed, d->filePath, *failure);
        }
    } else if (version < schema::kCurrentVersion) {
        if (auto error = d->openUpgradedCopy(version))
            return *error;
    }
    return std::unique_ptr<ProjectStore>(new ProjectStore(std::move(d)));
}

std::variant<std::unique_ptr<ProjectStore>, ProjectError>
ProjectStore::create(const QString &filePath, const ProjectSettings &settings)
{
    const QFileInfo info(filePath);
    const QString target = info.absoluteFilePath();
    if (info.exists() || info.isSymLink())
        return projectError(ProjectProblem::Exists, target);
    const QString folder = info.absolutePath();
    if (!QFileInfo(folder).isDir())
        return projectError(ProjectProblem::Missing, folder);
    if (!projectfile::mayWrite(folder))
        return projectError(ProjectProblem::NotWritable, target);

    // Built under a temporary name and renamed when complete: a crash while creating never leaves
    // a half-made project under the name the user chose.
    const QString building = folder + u"/."_s + info.fileName() + u".creating-"_s + uniqueSuffix();
    std::optional<ProjectError> error;
    {
        Private d;
        d.filePath = target;
        error = d.openConnection(building, false);
        if (!error)
            error = d.useWriteSettings();
        if (!error) {
            error = d.write([&]() -> tables::Failure {
                if (auto failure = schema::createCurrent(d.db))
                    return failure;
                return tables::writeSettings(*d.statements, settings);
            });
        }
    }
    if (!error && !QFile::rename(building, target))
        error = QFileInfo::exists(target) ? projectError(ProjectProblem::Exists, target)
                                          : projectError(ProjectProblem::WriteFailed, target, u"rename"_s);
    if (error) {
        QFile::remove(building);
        QFile::remove(building + u"-journal"_s);
        return *error;
    }
    projectfile::syncFolder(folder);
    return open(target, Mode::ReadWrite);
}

QString ProjectStore::filePath() const
{
    return d->filePath;
}

bool ProjectStore::isReadOnly() const
{
    return d->readOnly;
}

int ProjectStore::schemaVersion()
{
    return schema::kCurrentVersion;
}

std::variant<ProjectContents, ProjectError> ProjectStore::load() const
{
    // Read by open() and still what the file holds: nothing was written through this store since
    // (every write drops it), and no other connection committed a change (data_version).
    if (d->readAhead) {
        std::optional<projectfile::ReadAhead> ahead = std::exchange(d->readAhead, std::nullopt);
        if (projectfile::dataVersion(d->db) == ahead->dataVersion)
            return std::move(ahead->contents);
    }
    // One read transaction: a writer in another process cannot show us half of its change. Inside
    // inOneTransaction() the batch's transaction already is one.
    const bool own = d->batchDepth == 0;
    if (auto error = own ? tables::exec(d->db, u"BEGIN"_s) : std::nullopt)
        return projectError(ProjectProblem::Unreadable, d->filePath, *error);
    auto contents = tables::readAll(d->db);
    if (own)
        tables::exec(d->db, u"COMMIT"_s);
    if (auto *error = std::get_if<QString>(&contents))
        return projectError(ProjectProblem::Corrupt, d->filePath, *error);
    return std::get<ProjectContents>(std::move(contents));
}

std::optional<ProjectError> ProjectStore::saveSettings(const ProjectSettings &settings)
{
    return d->write([&] { return tables::writeSettings(*d->statements, settings); });
}

std::optional<ProjectError> ProjectStore::addSource(SourceRecord &source)
{
    SourceRecord stored = source;
    stored.checksum = tables::textChecksum(stored.document.text);
    if (!stored.importedAt.isValid())
        stored.importedAt = QDateTime::currentDateTimeUtc();
    auto error = d->write([&] { return tables::insertSource(*d->statements, stored); });
    if (!error)
        source = std::move(stored);
    return error;
}

std::optional<ProjectError> ProjectStore::removeSource(SourceId id)
{
    return d->write(
        [&] { return tables::exec(*d->statements, u"DELETE FROM sources WHERE id = ?"_s, {id}, true); });
}

std::optional<QByteArray> ProjectStore::originalFile(SourceId id) const
{
    auto read = tables::readOriginalFile(d->db, id);
    if (auto *problem = std::get_if<QString>(&read)) {
        qCWarning(lcStore) << "reading the original file of source" << id << "failed:" << *problem;
        return std::nullopt;
    }
    return std::get<QByteArray>(std::move(read));
}

std::optional<ProjectError> ProjectStore::saveSpeaker(const SpeakerRecord &speaker)
{
    return d->write([&] { return tables::upsertSpeaker(*d->statements, speaker); });
}

std::optional<ProjectError> ProjectStore::removeSpeaker(const QString &id)
{
    return d->write(
        [&] { return tables::exec(*d->statements, u"DELETE FROM speakers WHERE id = ?"_s, {id}, true); });
}

std::optional<ProjectError> ProjectStore::addAnnotation(AnnotationRecord &annotation)
{
    AnnotationRecord stored = annotation;
    auto error = d->write([&] { return tables::insertAnnotation(*d->statements, stored); });
    if (!error)
        annotation.id = stored.id;
    return error;
}

std::optional<ProjectError> ProjectStore::updateAnnotation(const AnnotationRecord &annotation)
{
    return d->write([&] { return tables::updateAnnotation(*d->statements, annotation); });
}

std::optional<ProjectError> ProjectStore::removeAnnotation(AnnotationId id)
{
    return d->write(
        [&] { return tables::exec(*d->statements, u"DELETE FROM annotations WHERE id = ?"_s, {id}, true); });
}

std::optional<ProjectError> ProjectStore::addStance(StanceRecord &stance)
{
    StanceRecord stored = stance;
    auto error = d->write([&] { return tables::insertStance(*d->statements, stored); });
    if (!error)
        stance.id = stored.id;
    return error;
}

std::optional<ProjectError> ProjectStore::updateStance(const StanceRecord &stance)
{
    return d->write([&] { return tables::updateStance(*d->statements, stance); });
}

std::optional<ProjectError> ProjectStore::removeStance(StanceId id)
{
    return d->write(
        [&] { return tables::exec(*d->statements, u"DELETE FROM stances WHERE id = ?"_s, {id}, true); });
}

std::optional<ProjectError> ProjectStore::addRejection(const RejectionRecord &rejection)
{
    return d->write([&] { return tables::insertRejection(*d->statements, rejection); });
}

std::optional<ProjectError> ProjectStore::removeRejection(const RejectionRecord &rejection)
{
    return d->write([&] { return tables::deleteRejection(*d->statements, rejection); });
}

std::optional<ProjectError> ProjectStore::replaceAutomatic(SourceId source, AnalysisRecords &records)
{
    AnalysisRecords stored = records;
    auto error = d->write([&]() -> tables::Failure {
        // Marking the source analysed first also proves that it exists.
        if (auto failure = tables::exec(*d->statements, u"UPDATE sources SET analysed = 1 WHERE id = ?"_s,
                                        {source}, true))
            return failure;
        const QString automatic = originKey(Origin::Automatic);
        for (const QString &table : {u"annotations"_s, u"stances"_s}) {
            if (auto failure = tables::exec(*d->statements,
                                            u"DELETE FROM %1 WHERE source = ? AND origin = ?"_s.arg(table),
                                            {source, automatic}))
                return failure;
        }
        for (const SpeakerRecord &speaker : std::as_const(stored.newSpeakers)) {
            if (auto failure = tables::insertSpeakerIfNew(*d->statements, speaker))
                return failure;
        }
        for (AnnotationRecord &annotation : stored.annotations) {
            annotation.source = source;
            if (auto failure = tables::insertAnnotation(*d->statements, annotation))
                return failure;
        }
        for (StanceRecord &stance : stored.stances) {
            stance.source = source;
            if (auto failure = tables::insertStance(*d->statements, stance))
                return failure;
        }
        return std::nullopt;
    });
    if (!error)
        records = std::move(stored);
    return error;
}

std::optional<ProjectError> ProjectStore::mergeSpeakers(const QString &from, const QString &into)
{
    if (from == into)
        return d->writeError(u"a speaker cannot be merged into itself"_s);
    return d->write([&]() -> tables::Failure {
        auto speakers = tables::readSpeakers(d->db);
        if (auto *failure = std::get_if<QString>(&speakers))
            return *failure;
        const auto &list = std::get<QList<SpeakerRecord>>(speakers);
        const auto find = [&](const QString &id) {
            return std::find_if(list.cbegin(), list.cend(),
                                [&](const SpeakerRecord &s) { return s.speaker.id == id; });
        };
        const auto source = find(from);
        const auto target = find(into);
        if (source == list.cend() || target == list.cend())
            return u"no such speaker"_s;
        // One stance per source for the merged person: the one that loses goes before the move.
        auto fromStances = tables::readStancesOf(d->db, from);
        if (auto *failure = std::get_if<QString>(&fromStances))
            return *failure;
        auto intoStances = tables::readStancesOf(d->db, into);
        if (auto *failure = std::get_if<QString>(&intoStances))
            return *failure;
        for (StanceId dropped : stancesDroppedByMerge(std::get<QList<StanceRecord>>(fromStances),
                                                      std::get<QList<StanceRecord>>(intoStances))) {
            if (auto failure =
                    tables::exec(*d->statements, u"DELETE FROM stances WHERE id = ?"_s, {dropped}, true))
                return failure;
        }
        for (const QString &table : {u"annotations"_s, u"stances"_s}) {
            if (auto failure =
                    tables::exec(*d->statements, u"UPDATE %1 SET speaker = ? WHERE speaker = ?"_s.arg(table),
                                 {into, from}))
                return failure;
        }
        SpeakerRecord merged = *target;
        for (QStringList Speaker::*forms : {&Speaker::formsEn, &Speaker::formsRu, &Speaker::formsTr}) {
            for (const QString &form : source->speaker.*forms) {
                if (!(merged.speaker.*forms).contains(form))
                    (merged.speaker.*forms).append(form);
            }
        }
        if (auto failure = tables::exec(*d->statements, u"DELETE FROM speakers WHERE id = ?"_s, {from}, true))
            return failure;
        return tables::upsertSpeaker(*d->statements, merged);
    });
}

std::optional<ProjectError>
ProjectStore::inOneTransaction(const std::function<std::optional<ProjectError>()> &writes)
{
    if (d->readOnly)
        return projectError(ProjectProblem::OpenedReadOnly, d->filePath);
    if (d->batchDepth > 0) // already inside one: the outer transaction decides
        return writes();
    d->readAhead.reset();
    if (auto error = tables::exec(d->db, u"BEGIN IMMEDIATE"_s))
        return d->writeError(*error);
    ++d->batchDepth;
    std::optional<ProjectError> error = writes();
    --d->batchDepth;
    if (!error) {
        if (auto failure = tables::exec(d->db, u"COMMIT"_s))
            error = d->writeError(*failure);
    }
    if (error)
        tables::exec(d->db, u"ROLLBACK"_s);
    return error;
}

std::optional<ProjectError> ProjectStore::saveCopyAs(const QString &filePath) const
{
    const QFileInfo info(filePath);
    const QString target = info.absoluteFilePath();
    if (info.exists() || info.isSymLink())
        return projectError(ProjectProblem::Exists, target);
    const QString folder = info.absolutePath();
    if (!projectfile::mayWrite(folder))
        return projectError(ProjectProblem::NotWritable, target);
    // VACUUM INTO writes a consistent, compacted copy; it goes to a temporary name, is synced, and
    // only then takes the chosen name, so the name never shows a partial copy.
    const QString building = folder + u"/."_s + info.fileName() + u".copying-"_s + uniqueSuffix();
    auto failure = tables::exec(d->db, u"VACUUM INTO ?"_s, {building});
    if (!failure && !projectfile::syncFile(building))
        failure = u"sync"_s;
    if (!failure && !QFile::rename(building, target))
        failure = QFileInfo::exists(target) ? u"the file appeared meanwhile"_s : u"rename"_s;
    if (failure) {
        QFile::remove(building);
        return projectError(ProjectProblem::WriteFailed, target, *failure);
    }
    projectfile::syncFolder(folder);
    return std::nullopt;
}

} // namespace claimscope::core
