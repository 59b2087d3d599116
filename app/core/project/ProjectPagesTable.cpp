#include "core/project/ProjectPagesTable.h"

#include "core/project/PageGeometryCodec.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace claimscope::core::tables {

Failure insertPageGeometry(PreparedStatements &statements, const SourceRecord &source)
{
    const PageGeometry &geometry = source.document.geometry;
    // Words without pages are not "no geometry": encode() refuses them below.
    if (geometry.pageSizes.isEmpty() && geometry.words.isEmpty())
        return std::nullopt;
    auto blob = pagegeometry::encode(geometry, source.document.text.size());
    if (auto *problem = std::get_if<QString>(&blob))
        return u"the page geometry of source %1: %2"_s.arg(source.id).arg(*problem);
    return exec(statements, u"INSERT INTO page_geometry (source, geometry) VALUES (?, ?)"_s,
                {source.id, std::get<QByteArray>(blob)});
}

Failure readPageGeometry(QSqlDatabase &db, QList<SourceRecord> &sources)
{
    QHash<SourceId, qsizetype> index;
    for (qsizetype i = 0; i < sources.size(); ++i)
        index.insert(sources.at(i).id, i);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (auto error = run(query, u"SELECT source, geometry FROM page_geometry ORDER BY source"_s, {}))
        return error;
    while (query.next()) {
        const SourceId id = query.value(0).toLongLong();
        const auto found = index.constFind(id);
        if (found == index.cend())
            return u"a page geometry belongs to no source (%1)"_s.arg(query.value(0).toString());
        // Text or a number where the blob should be would be read as its bytes; it is damage too.
        const QVariant value = query.value(1);
        if (value.typeId() != QMetaType::QByteArray)
            return u"the page geometry of source %1 is not a blob"_s.arg(id);
        SourceRecord &source = sources[*found];
        auto geometry = pagegeometry::decode(value.toByteArray(), source.document.text.size());
        if (auto *problem = std::get_if<QString>(&geometry))
            return u"the page geometry of source %1: %2"_s.arg(id).arg(*problem);
        source.document.geometry = std::get<PageGeometry>(std::move(geometry));
    }
    return query.lastError().isValid() ? std::optional(query.lastError().text()) : std::nullopt;
}

Failure insertOriginalFile(PreparedStatements &statements, const SourceRecord &source)
{
    if (source.document.original.isEmpty())
        return std::nullopt;
    return exec(statements, u"INSERT INTO source_files (source, bytes) VALUES (?, ?)"_s,
                {source.id, source.document.original});
}

std::variant<QByteArray, QString> readOriginalFile(QSqlDatabase &db, SourceId id)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (auto error = run(query, u"SELECT bytes FROM source_files WHERE source = ?"_s, {id}))
        return *error;
    if (!query.next())
        return query.lastError().isValid() ? std::variant<QByteArray, QString>(query.lastError().text())
                                           : QByteArray();
    // Text where the bytes should be would be read as its UTF-8; it is damage, as in page_geometry.
    const QVariant value = query.value(0);
    if (value.typeId() != QMetaType::QByteArray)
        return u"the original file of source %1 is not a blob"_s.arg(id);
    return value.toByteArray();
}

} // namespace claimscope::core::tables
