#pragma once

#include "core/project/ProjectRecords.h"
#include "core/project/ProjectTables.h"

#include <QList>
#include <QSqlDatabase>

#include <variant>

// The page geometry of PDF sources in the project file: table page_geometry, one row per source
// that has any, holding PageGeometryCodec.h's blob. For ProjectTables' insertSource and readAll;
// like them, these run inside the store's transaction and return failures as text.
namespace claimscope::core::tables {

// Stores the geometry of `source`, whose row (and id) is already in the file. A source without
// pages stores no row. A geometry that does not fit the source's text is refused, so that the
// whole insert fails instead of leaving a project that could not be opened again.
Failure insertPageGeometry(PreparedStatements &statements, const SourceRecord &source);

// Reads every geometry into the source it belongs to. A row that cannot be decoded, does not fit
// its source's text, or belongs to no source is a failure, like any other row the records cannot
// hold: the project is refused as damaged.
Failure readPageGeometry(QSqlDatabase &db, QList<SourceRecord> &sources);

// Stores the file `source` was imported from (Document::original), when it has one, in table
// source_files.
Failure insertOriginalFile(PreparedStatements &statements, const SourceRecord &source);

// The file source `id` was imported from: empty when the project keeps none for it.
std::variant<QByteArray, QString> readOriginalFile(QSqlDatabase &db, SourceId id);

} // namespace claimscope::core::tables
