#pragma once

#include "core/project/ProjectRecords.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

// Reads of the largest tables (sources, annotations, stances) through SQLite's C API on the connection's own
// handle, for ProjectTables::readAll. Qt's driver has SQLite convert every text from the file's UTF-8 to
// UTF-16 and wraps every value in a QVariant: about half of reading a large project. These take the UTF-8 as
// it is stored and the numbers as they are, and decode a text that many rows repeat (a speaker, a cue, a
// time) once for all of them.
//
// They read only what they can read exactly as QSqlQuery::value() and its conversions would: text
// that is strict UTF-8 (ProjectUtf8Text.h: where SQLite's conversion and ours cannot differ), integers where
// integers are stored, reals where reals are, NULL where a text may be missing. Anything else (a value of
// another storage class, other bytes, an unknown kind or origin, a failed step, a file not in
// UTF-8, a driver that is not SQLite) makes them return false with nothing promised about the list:
// the caller clears it and reads the table again through QSqlQuery, which then decides the records
// or the failure exactly as before. Like the rest of ProjectTables, they run inside the caller's
// transaction.
namespace claimscope::core::tables {

// `statement` is the caller's SELECT of the table, with the columns in the order its QSqlQuery
// reader reads them.
bool readSourcesDirectly(QSqlDatabase &db, const QString &statement, QList<SourceRecord> &sources);
bool readAnnotationsDirectly(QSqlDatabase &db, const QString &statement,
                             QList<AnnotationRecord> &annotations);
// `evidenceStatement` selects every stance's evidence ranges in order, `statement` the stances.
bool readStancesDirectly(QSqlDatabase &db, const QString &evidenceStatement, const QString &statement,
                         QList<StanceRecord> &stances);

} // namespace claimscope::core::tables
