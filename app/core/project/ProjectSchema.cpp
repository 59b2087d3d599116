#include "core/project/ProjectSchema.h"

#include <QFile>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace claimscope::core::schema {

Q_LOGGING_CATEGORY(lcSchema, "claimscope.project.schema")

namespace {

// The current schema (version 4). Offsets are UTF-16 code units; times are ISO-8601 UTC text
// ("2024-10-03T09:15:00.000Z"), empty when unknown; kinds and origins are the stable keys of
// ProjectRecords.h. Ids of sources, annotations and stances use AUTOINCREMENT so that an id is never
// given twice, even after the newest row was removed: an undo stack or a panel that still holds the
// id of a removed record can never reach a different record through it. Speakers keep their
// insertion order in `number`, an explicit rowid, because VACUUM may renumber implicit ones.
// There are no triggers and no views: opening refuses files that have any (see ProjectStore.cpp).
const char *const kCurrentSchema[] = {
    R"(CREATE TABLE settings (
        key TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL))",
    R"(CREATE TABLE sources (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        text TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        outlet TEXT NOT NULL DEFAULT '',
        author TEXT NOT NULL DEFAULT '',
        date TEXT NOT NULL DEFAULT '',
        url TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL DEFAULT '',
        format TEXT NOT NULL DEFAULT '',
        encoding TEXT NOT NULL DEFAULT '',
        file_path TEXT NOT NULL DEFAULT '',
        checksum TEXT NOT NULL,
        imported_at TEXT NOT NULL DEFAULT '',
        analysed INTEGER NOT NULL DEFAULT 0))",
    R"(CREATE TABLE speakers (
        number INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL DEFAULT '',
        role TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL DEFAULT '',
        colour TEXT NOT NULL DEFAULT '',
        suggested INTEGER NOT NULL DEFAULT 0))",
    // The forms a speaker is found by, per language, in the lexicon's order.
    R"(CREATE TABLE speaker_forms (
        speaker TEXT NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
        language TEXT NOT NULL,
        position INTEGER NOT NULL,
        form TEXT NOT NULL,
        PRIMARY KEY (speaker, language, position)))",
    // Removing a speaker keeps the passages marked, without a speaker.
    R"(CREATE TABLE annotations (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        source INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        range_start INTEGER NOT NULL,
        range_end INTEGER NOT NULL,
        speaker TEXT REFERENCES speakers(id) ON DELETE SET NULL,
        cue TEXT NOT NULL DEFAULT '',
        cue_start INTEGER NOT NULL DEFAULT 0,
        cue_end INTEGER NOT NULL DEFAULT 0,
        quote_marks INTEGER NOT NULL DEFAULT 1,
        claim_source TEXT NOT NULL DEFAULT '',
        figure_value REAL NOT NULL DEFAULT 0,
        figure_unit TEXT NOT NULL DEFAULT '',
        figure_measure TEXT NOT NULL DEFAULT '',
        figure_subject TEXT NOT NULL DEFAULT '',
        figure_year INTEGER,
        figure_qualifier TEXT NOT NULL DEFAULT '',
        confidence REAL NOT NULL DEFAULT 0,
        origin TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL DEFAULT '',
        modified TEXT NOT NULL DEFAULT ''))",
    "CREATE INDEX annotations_by_source ON annotations(source)",
    "CREATE INDEX annotations_by_speaker ON annotations(speaker)",
    // A stance is a speaker's: removing the speaker removes their stances.
    R"(CREATE TABLE stances (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        source INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        speaker TEXT REFERENCES speakers(id) ON DELETE CASCADE,
        target TEXT NOT NULL DEFAULT '',
        score INTEGER NOT NULL DEFAULT 0,
        confidence REAL NOT NULL DEFAULT 0,
        origin TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL DEFAULT '',
        modified TEXT NOT NULL DEFAULT ''))",
    "CREATE INDEX stances_by_source ON stances(source)",
    "CREATE INDEX stances_by_speaker ON stances(speaker)",
    R"(CREATE TABLE stance_evidence (
        stance INTEGER NOT NULL REFERENCES stances(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        range_start INTEGER NOT NULL,
        range_end INTEGER NOT NULL,
        PRIMARY KEY (stance, position)))",
    // The analyzer's findings a person deleted (RejectionRecord), which re-analysis leaves out.
    // Keyed by what names a finding; the key's first column also serves the source's cascade.
    R"(CREATE TABLE rejections (
        source INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        range_start INTEGER NOT NULL,
        range_end INTEGER NOT NULL,
        created TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (source, kind, range_start, range_end)))",
    // Where the words of a PDF source lie on its pages (PageGeometry), so that an export can mark
    // the original pages; one row per source that has any, the blob laid out as PageGeometryCodec.h
    // says. The key is the source, so the cascade finds its row without an index of its own.
    R"(CREATE TABLE page_geometry (
        source INTEGER PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
        geometry BLOB NOT NULL))",
    // The file a PDF source was imported from, byte for byte, so that the annotated PDF can show
    // its own pages: the project stays whole when the original is moved or deleted. Read only when
    // an export asks for it, never with the rest of the project.
    R"(CREATE TABLE source_files (
        source INTEGER PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
        bytes BLOB NOT NULL))",
};

std::optional<QString> run(QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        return query.lastError().text();
    return std::nullopt;
}

std::optional<QString> setVersion(QSqlDatabase &db, int version)
{
    // PRAGMA arguments cannot be bound; the number is ours, not the file's.
    return run(db, u"PRAGMA user_version = %1"_s.arg(version));
}

// Version 1 (the first projects) lacked the speakers' colour and the index by speaker that the
// Quotes panel's speaker filter and the speaker merge need.
std::optional<QString> addSpeakerColourAndIndex(QSqlDatabase &db)
{
    if (auto error = run(db, u"ALTER TABLE speakers ADD COLUMN colour TEXT NOT NULL DEFAULT ''"_s))
        return error;
    return run(db, u"CREATE INDEX annotations_by_speaker ON annotations(speaker)"_s);
}

// Version 2 had no way to remember a deleted automatic annotation, so re-analysis brought it back.
// The statement is the current schema's, copied rather than shared: a later version that changes
// the table must not change what this step made.
std::optional<QString> addRejections(QSqlDatabase &db)
{
    return run(db, uR"(CREATE TABLE rejections (
        source INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        range_start INTEGER NOT NULL,
        range_end INTEGER NOT NULL,
        created TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (source, kind, range_start, range_end)))"_s);
}

// Version 3 had nowhere to keep where a PDF source's words lie on its pages. No version 3 project
// holds a PDF source (that build could not import PDFs), so the step only adds the table. Copied
// from the current schema for the same reason as the rejections.
std::optional<QString> addPageGeometry(QSqlDatabase &db)
{
    if (auto error = run(db, uR"(CREATE TABLE page_geometry (
        source INTEGER PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
        geometry BLOB NOT NULL))"_s))
        return error;
    return run(db, uR"(CREATE TABLE source_files (
        source INTEGER PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
        bytes BLOB NOT NULL))"_s);
}

// A byte-for-byte copy written beside the project and synced to disk before it replaces an older
// backup of the same name, so that a backup on disk is always whole.
std::optional<QString> copyForBackup(const QString &from, const QString &to)
{
    QFile source(from);
    if (!source.open(QIODevice::ReadOnly))
        return source.errorString();
    QSaveFile target(to);
    if (!target.open(QIODevice::WriteOnly))
        return target.errorString();
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (chunk.isEmpty() && source.error() != QFileDevice::NoError)
            return source.errorString();
        if (target.write(chunk) != chunk.size())
            return target.errorString();
    }
    if (!target.commit())
        return target.errorString();
    return std::nullopt;
}

} // namespace

QList<TableShape> expectedTables(int version)
{
    QList<TableShape> tables = {
        {u"settings"_s, {u"key"_s, u"value"_s}},
        {u"sources"_s,
         {u"id"_s, u"text"_s, u"title"_s, u"outlet"_s, u"author"_s, u"date"_s, u"url"_s, u"language"_s,
          u"format"_s, u"encoding"_s, u"file_path"_s, u"checksum"_s, u"imported_at"_s, u"analysed"_s}},
        {u"speakers"_s, {u"number"_s, u"id"_s, u"name"_s, u"role"_s, u"kind"_s, u"colour"_s, u"suggested"_s}},
        {u"speaker_forms"_s, {u"speaker"_s, u"language"_s, u"position"_s, u"form"_s}},
        {u"annotations"_s,
         {u"id"_s,
          u"source"_s,
          u"kind"_s,
          u"range_start"_s,
          u"range_end"_s,
          u"speaker"_s,
          u"cue"_s,
          u"cue_start"_s,
          u"cue_end"_s,
          u"quote_marks"_s,
          u"claim_source"_s,
          u"figure_value"_s,
          u"figure_unit"_s,
          u"figure_measure"_s,
          u"figure_subject"_s,
          u"figure_year"_s,
          u"figure_qualifier"_s,
          u"confidence"_s,
          u"origin"_s,
          u"note"_s,
          u"created"_s,
          u"modified"_s}},
        {u"stances"_s,
         {u"id"_s, u"source"_s, u"speaker"_s, u"target"_s, u"score"_s, u"confidence"_s, u"origin"_s,
          u"note"_s, u"created"_s, u"modified"_s}},
        {u"stance_evidence"_s, {u"stance"_s, u"position"_s, u"range_start"_s, u"range_end"_s}},
        {u"rejections"_s, {u"source"_s, u"kind"_s, u"range_start"_s, u"range_end"_s, u"created"_s}},
        {u"page_geometry"_s, {u"source"_s, u"geometry"_s}},
        {u"source_files"_s, {u"source"_s, u"bytes"_s}},
    };
    // What each migration step added, taken away again for the files that have not had it yet.
    if (version < 4)
        tables.remove(tables.size() - 2, 2); // page_geometry, source_files
    if (version < 3)
        tables.removeLast(); // rejections
    if (version < 2)
        tables[2].columns.removeOne(u"colour"_s);
    return tables;
}

std::optional<QString> createCurrent(QSqlDatabase &db)
{
    for (const char *statement : kCurrentSchema) {
        if (auto error = run(db, QString::fromUtf8(statement)))
            return error;
    }
    if (auto error = run(db, u"PRAGMA application_id = %1"_s.arg(kApplicationId)))
        return error;
    return setVersion(db, kCurrentVersion);
}

QList<MigrationStep> migrationSteps()
{
    return {
        {1, "speakers get a colour; annotations are indexed by speaker", &addSpeakerColourAndIndex},
        {2, "deleted automatic annotations are remembered as rejections", &addRejections},
        {3, "PDF sources keep where their words lie on the pages, and their original file", &addPageGeometry},
    };
}

QString backupPath(const QString &filePath, int version)
{
    return filePath + u".v%1.bak"_s.arg(version);
}

std::optional<QString> migrate(QSqlDatabase &db, const QString &filePath, int from)
{
    const QList<MigrationStep> steps = migrationSteps();
    for (int version = from; version < kCurrentVersion; ++version) {
        const auto step = std::find_if(steps.cbegin(), steps.cend(),
                                       [version](const MigrationStep &s) { return s.from == version; });
        if (step == steps.cend())
            return u"no migration from version %1"_s.arg(version);
        if (auto error = copyForBackup(filePath, backupPath(filePath, version)))
            return u"backup before migrating from version %1: %2"_s.arg(version).arg(*error);
        qCInfo(lcSchema) << "migrating" << filePath << "from version" << version << ":" << step->summary;

        // BEGIN IMMEDIATE takes the write lock now rather than halfway through the step.
        if (auto error = run(db, u"BEGIN IMMEDIATE"_s))
            return error;
        std::optional<QString> error = step->apply(db);
        if (!error)
            error = setVersion(db, version + 1);
        if (!error)
            error = run(db, u"COMMIT"_s);
        if (error) {
            run(db, u"ROLLBACK"_s);
            return u"migration from version %1: %2"_s.arg(version).arg(*error);
        }
    }
    return std::nullopt;
}

} // namespace claimscope::core::schema
