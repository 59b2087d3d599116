#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <unordered_map>
#include <variant>

namespace claimscope::core::tables {

// The write statements of one open project, each prepared on its first use and run again with new
// values after that. An import runs the same few INSERTs tens of thousands of times; preparing each
// anew (SQLite parsing the statement, Qt rewriting its placeholders) was almost half the time of
// writing. A statement that fails is dropped and prepared afresh the next time, so a failure
// leaves nothing behind that a later write could trip over. Lives no longer than its connection.
class PreparedStatements {
public:
    explicit PreparedStatements(const QSqlDatabase &db);

    // `statement` run with positional `values`; the query, to read what it did (lastInsertId,
    // numRowsAffected) before the next run of any statement. On failure, SQLite's or Qt's message.
    std::variant<QSqlQuery *, QString> run(const QString &statement, const QVariantList &values);

private:
    QSqlDatabase m_db;
    std::unordered_map<QString, QSqlQuery> m_queries;
};

// Qt binds a null QString as SQL NULL, which the NOT NULL text columns refuse; an empty text is
// what the records mean by it.
QVariant bindable(const QVariant &value);

} // namespace claimscope::core::tables
