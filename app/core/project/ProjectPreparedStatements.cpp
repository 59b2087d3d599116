#include "core/project/ProjectPreparedStatements.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace claimscope::core::tables {

PreparedStatements::PreparedStatements(const QSqlDatabase &db)
    : m_db(db)
{
}

std::variant<QSqlQuery *, QString> PreparedStatements::run(const QString &statement,
                                                           const QVariantList &values)
{
    auto it = m_queries.find(statement);
    if (it == m_queries.end()) {
        QSqlQuery query(m_db);
        if (!query.prepare(statement))
            return query.lastError().text();
        it = m_queries.emplace(statement, std::move(query)).first;
    }
    QSqlQuery &query = it->second;
    for (const QVariant &value : values)
        query.addBindValue(bindable(value));
    if (!query.exec()) {
        const QString error = query.lastError().text();
        m_queries.erase(it);
        return error;
    }
    return &query;
}

QVariant bindable(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QVariant(u""_s);
    return value;
}

} // namespace claimscope::core::tables
