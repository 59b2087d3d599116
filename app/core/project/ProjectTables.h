#pragma once

#include "core/project/ProjectPreparedStatements.h"
#include "core/project/ProjectRecords.h"
#include "core/project/ProjectStore.h"
#include "core/project/ProjectTimeText.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <optional>
#include <variant>

// Reads and writes of the project's tables, one record at a time, for ProjectStore. Nothing here
// opens or ends a transaction: the store wraps every public write in exactly one. Failures are
// returned as text (SQLite's or ours, developer-facing English); the store turns them into a
// ProjectError for the user. Writes go through the connection's PreparedStatements, reads through
// queries of their own.
namespace claimscope::core::tables {

using Failure = std::optional<QString>;

// SHA-256 of the text as UTF-8, lower-case hex.
QByteArray textChecksum(const QString &text);

Failure writeSettings(PreparedStatements &statements, const ProjectSettings &settings);

// Inserting keeps a non-zero id (undo puts a removed record back as it was; the insert fails if the
// id is taken) and fills in a new one when the id is 0.
Failure insertSource(PreparedStatements &statements, SourceRecord &source);
Failure insertAnnotation(PreparedStatements &statements, AnnotationRecord &annotation);
Failure insertStance(PreparedStatements &statements, StanceRecord &stance);

// Updating a record whose id is not in the file is a failure, not a silent no-op.
Failure updateAnnotation(PreparedStatements &statements, const AnnotationRecord &annotation);
Failure updateStance(PreparedStatements &statements, const StanceRecord &stance);

// A rejection's key (source, kind, range) must be new to insert it, and present to delete it.
Failure insertRejection(PreparedStatements &statements, const RejectionRecord &rejection);
Failure deleteRejection(PreparedStatements &statements, const RejectionRecord &rejection);

// Runs a statement with positional values; `expectRows` makes "no row affected" a failure. The
// first for statements run once in a while, the second for the store's writes.
Failure exec(QSqlDatabase &db, const QString &statement, const QVariantList &values = {},
             bool expectRows = false);
Failure exec(PreparedStatements &statements, const QString &statement, const QVariantList &values = {},
             bool expectRows = false);
// Prepares and runs one statement, for reading: the query is left positioned before its first row.
Failure run(QSqlQuery &query, const QString &statement, const QVariantList &values);

// How readAll reads the large tables: straight through SQLite where that reads the same
// (ProjectDirectReads.h), or through QSqlQuery alone, for the tests that prove the two agree.
enum class ReadPath { Fastest, QSqlQueryOnly };

// Everything in the file: sources, annotations and stances in id order, speakers in the order they
// were first saved. A row the records cannot hold (an unknown kind, say) is a failure.
std::variant<ProjectContents, QString> readAll(QSqlDatabase &db, ReadPath path = ReadPath::Fastest);
// One speaker's stances, in id order, with their evidence.
std::variant<QList<StanceRecord>, QString> readStancesOf(QSqlDatabase &db, const QString &speaker);

} // namespace claimscope::core::tables
