#include "core/project/ProjectTables.h"

#include "core/project/ProjectDirectReads.h"
#include "core/project/ProjectPagesTable.h"
#include "core/project/ProjectSpeakersTable.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace claimscope::core::tables {

namespace {

const QString kSettingName = u"name"_s;
const QString kSettingQuestion = u"question"_s;
const QString kSettingCues = u"cues"_s;
// Added without a schema change: a Claimscope that does not know a key ignores it.
const QString kSettingNotes = u"notes"_s;

// An untyped QVariant binds as SQL NULL.
const QVariant kNull;

// NULL for an empty speaker id, so that the foreign key only ever sees real speakers.
QVariant speakerValue(const QString &id)
{
    return id.isEmpty() ? kNull : QVariant(id);
}

// NULL lets SQLite choose the next id.
QVariant idValue(qint64 id)
{
    return id == 0 ? kNull : QVariant(id);
}

QVariant offset(qsizetype value)
{
    return QVariant(qint64(value));
}

Failure failure(const QSqlQuery &query)
{
    return query.lastError().text();
}

// The query a write ran, or its failure.
using Ran = std::variant<QSqlQuery *, QString>;

QString cuesText(const QHash<QString, QStringList> &cues)
{
    QJsonObject object;
    for (auto it = cues.cbegin(); it != cues.cend(); ++it)
        object.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<QHash<QString, QStringList>> cuesFromText(const QString &text)
{
    QHash<QString, QStringList> cues;
    if (text.isEmpty())
        return cues;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        QStringList list;
        for (const QJsonValue &cue : it.value().toArray())
            list.append(cue.toString());
        cues.insert(it.key(), list);
    }
    return cues;
}

QVariantList annotationValues(const AnnotationRecord &a)
{
    return {a.source,
            kindKey(a.kind),
            offset(a.range.start),
            offset(a.range.end),
            speakerValue(a.speaker),
            a.cue,
            offset(a.cueRange.start),
            offset(a.cueRange.end),
            a.quoteMarks,
            a.claimSource,
            a.figure.value,
            a.figure.unit,
            a.figure.measure,
            a.figure.subject,
            a.figure.year ? QVariant(*a.figure.year) : kNull,
            a.figure.qualifier,
            a.confidence,
            originKey(a.origin),
            a.note,
            timeText(a.created),
            timeText(a.modified)};
}

const QString kAnnotationColumns = u"source, kind, range_start, range_end, speaker, cue, cue_start, cue_end, "
                                   "quote_marks, claim_source, figure_value, figure_unit, figure_measure, "
                                   "figure_subject, figure_year, figure_qualifier, confidence, origin, note, "
                                   "created, modified"_s;

// Turns "?, ?, ?" placeholders for `count` columns into text.
QString placeholders(qsizetype count)
{
    QStringList marks(count, u"?"_s);
    return marks.join(u", "_s);
}

QString assignments(const QString &columns)
{
    QStringList parts = columns.split(u", "_s);
    for (QString &part : parts)
        part += u" = ?"_s;
    return parts.join(u", "_s);
}

// "INSERT INTO table (id, columns…) VALUES (?, …)": the id first, then `columns`.
QString insertWithId(const QString &table, const QString &columns)
{
    return u"INSERT INTO %1 (id, %2) VALUES (%3)"_s.arg(table, columns,
                                                        placeholders(columns.count(u',') + 2));
}

QString updateById(const QString &table, const QString &columns)
{
    return u"UPDATE %1 SET %2 WHERE id = ?"_s.arg(table, assignments(columns));
}

const QString kInsertAnnotation = insertWithId(u"annotations"_s, kAnnotationColumns);
const QString kSelectAnnotations = u"SELECT id, "_s + kAnnotationColumns + u" FROM annotations ORDER BY id"_s;
const QString kSelectSources =
    u"SELECT id, text, title, outlet, author, date, url, language, format, encoding, "
    "file_path, checksum, imported_at, analysed FROM sources ORDER BY id"_s;
const QString kUpdateAnnotation = updateById(u"annotations"_s, kAnnotationColumns);

QVariantList stanceValues(const StanceRecord &s)
{
    return {s.source,
            speakerValue(s.speaker),
            s.target,
            s.score,
            s.confidence,
            originKey(s.origin),
            s.note,
            timeText(s.created),
            timeText(s.modified)};
}

const QString kStanceColumns =
    u"source, speaker, target, score, confidence, origin, note, created, modified"_s;
const QString kInsertStance = insertWithId(u"stances"_s, kStanceColumns);

// The SELECTs of the stances and of their evidence, with `only` choosing some (or "" for all).
QString selectStances(const QString &only)
{
    return u"SELECT id, "_s + kStanceColumns + u" FROM stances"_s + only + u" ORDER BY id"_s;
}
QString selectEvidence(const QString &only)
{
    return u"SELECT stance, range_start, range_end FROM stance_evidence"_s + only +
           u" ORDER BY stance, position"_s;
}
const QString kUpdateStance = updateById(u"stances"_s, kStanceColumns);

Failure insertEvidence(PreparedStatements &statements, const StanceRecord &stance)
{
    const QString statement =
        u"INSERT INTO stance_evidence (stance, position, range_start, range_end) VALUES (?, ?, ?, ?)"_s;
    for (qsizetype i = 0; i < stance.evidence.size(); ++i) {
        if (auto error = exec(statements, statement,
                              {stance.id, qint64(i), offset(stance.evidence.at(i).start),
                               offset(stance.evidence.at(i).end)}))
            return error;
    }
    return std::nullopt;
}

Failure readSettings(QSqlDatabase &db, ProjectSettings &settings)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (auto error = run(query, u"SELECT key, value FROM settings"_s, {}))
        return error;
    while (query.next()) {
        const QString key = query.value(0).toString();
        const QString value = query.value(1).toString();
        if (key == kSettingName) {
            settings.name = value;
        } else if (key == kSettingQuestion) {
            settings.question = value;
        } else if (key == kSettingCues) {
            auto cues = cuesFromText(value);
            if (!cues)
                return u"the cues setting is not a JSON object"_s;
            settings.cues = *cues;
        } else if (key == kSettingNotes) {
            settings.notes = value;
        }
    }
    return query.lastError().isValid() ? failure(query) : std::nullopt;
}

Failure readSources(QSqlDatabase &db, QList<SourceRecord> &sources)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (auto error = run(query, kSelectSources, {}))
        return error;
    while (query.next()) {
        SourceRecord source;
        source.id = query.value(0).toLongLong();
        source.document.text = query.value(1).toString();
        DocumentMetadata &m = source.document.metadata;
        m.title = query.value(2).toString();
        m.outlet = query.value(3).toString();
        m.author = query.value(4).toString();
        m.date = QDate::fromString(query.value(5).toString(), Qt::ISODate);
        m.url = query.value(6).toString();
        m.language = query.value(7).toString();
        m.format = query.value(8).toString();
        m.encoding = query.value(9).toString();
        m.filePath = query.value(10).toString();
        source.checksum = query.value(11).toString().toLatin1();
        source.importedAt = timeFromText(query.value(12).toString());
        source.analysed = query.value(13).toBool();
        sources.append(std::move(source));
    }
    return query.lastError().isValid() ? failure(query) : readPageGeometry(db, sources);
}

Failure readAnnotations(QSqlDatabase &db, QList<AnnotationRecord> &annotations)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (auto error = run(query, kSelectAnnotations, {}))
        return error;
    while (query.next()) {
        AnnotationRecord a;
        a.id = query.value(0).toLongLong();
        a.source = query.value(1).toLongLong();
        const auto kind = kindFromKey(query.value(2).toString());
        if (!kind)
            return u"annotation %1 has an unknown kind “%2”"_s.arg(a.id).arg(query.value(2).toString());
        a.kind = *kind;
        a.range = {query.value(3).toLongLong(), query.value(4).toLongLong()};
        a.speaker = query.value(5).toString();
        a.cue = query.value(6).toString();
        a.cueRange = {query.value(7).toLongLong(), query.value(8).toLongLong()};
        a.quoteMarks = query.value(9).toBool();
        a.claimSource = query.value(10).toString();
        a.figure.value = query.value(11).toDouble();
        a.figure.unit = query.value(12).toString();
        a.figure.measure = query.value(13).toString();
        a.figure.subject = query.value(14).toString();
        if (!query.value(15).isNull())
            a.figure.year = query.value(15).toInt();
        a.figure.qualifier = query.value(16).toString();
        a.confidence = query.value(17).toDouble();
        const auto origin = originFromKey(query.value(18).toString());
        if (!origin)
            return u"annotation %1 has an unknown origin “%2”"_s.arg(a.id).arg(query.value(18).toString());
        a.origin = *origin;
        a.note = query.value(19).toString();
        a.created = timeFromText(query.value(20).toString());
        a.modified = timeFromText(query.value(21).toString());
        annotations.append(std::move(a));
    }
    return query.lastError().isValid() ? failure(query) : std::nullopt;
}

// All stances, or only those of `speaker` when it is given.
Failure readStances(QSqlDatabase &db, QList<StanceRecord> &stances,
                    const std::optional<QString> &speaker = {})
{
    const QString only = speaker ? u" WHERE speaker = ?"_s : QString();
    const QString onlyEvidence =
        speaker ? u" WHERE stance IN (SELECT id FROM stances WHERE speaker = ?)"_s : QString();
    const QVariantList values = speaker ? QVariantList{*speaker} : QVariantList{};
    QHash<StanceId, QList<TextRange>> evidence;
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (auto error = run(query, selectEvidence(onlyEvidence), values))
            return error;
        while (query.next())
            evidence[query.value(0).toLongLong()].append(
                {query.value(1).toLongLong(), query.value(2).toLongLong()});
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (auto error = run(query, selectStances(only), values))
        return error;
    while (query.next()) {
        StanceRecord s;
        s.id = query.value(0).toLongLong();
        s.source = query.value(1).toLongLong();
        s.speaker = query.value(2).toString();
        s.target = query.value(3).toString();
        s.score = query.value(4).toInt();
        s.confidence = query.value(5).toDouble();
        const auto origin = originFromKey(query.value(6).toString());
        if (!origin)
            return u"stance %1 has an unknown origin “%2”"_s.arg(s.id).arg(query.value(6).toString());
        s.origin = *origin;
        s.note = query.value(7).toString();
        s.created = timeFromText(query.value(8).toString());
        s.modified = timeFromText(query.value(9).toString());
        s.evidence = evidence.value(s.id);
        stances.append(std::move(s));
    }
    return query.lastError().isValid() ? failure(query) : std::nullopt;
}

// In the order ProjectContents promises: source, range, then the kind's key.
Failure readRejections(QSqlDatabase &db, QList<RejectionRecord> &rejections)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (auto error = run(query,
                         u"SELECT source, kind, range_start, range_end, created FROM rejections "
                         "ORDER BY source, range_start, range_end, kind"_s,
                         {}))
        return error;
    while (query.next()) {
        RejectionRecord r;
        r.source = query.value(0).toLongLong();
        const auto kind = kindFromKey(query.value(1).toString());
        if (!kind)
            return u"a rejection in source %1 has an unknown kind “%2”"_s.arg(r.source).arg(
                query.value(1).toString());
        r.kind = *kind;
        r.range = {query.value(2).toLongLong(), query.value(3).toLongLong()};
        r.created = timeFromText(query.value(4).toString());
        rejections.append(r);
    }
    return query.lastError().isValid() ? failure(query) : std::nullopt;
}

} // namespace

Failure run(QSqlQuery &query, const QString &statement, const QVariantList &values)
{
    if (!query.prepare(statement))
        return failure(query);
    for (const QVariant &value : values)
        query.addBindValue(bindable(value));
    if (!query.exec())
        return failure(query);
    return std::nullopt;
}

QByteArray textChecksum(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex();
}

Failure exec(QSqlDatabase &db, const QString &statement, const QVariantList &values, bool expectRows)
{
    QSqlQuery query(db);
    if (auto error = run(query, statement, values))
        return error;
    if (expectRows && query.numRowsAffected() == 0)
        return u"no such record"_s;
    return std::nullopt;
}

Failure exec(PreparedStatements &statements, const QString &statement, const QVariantList &values,
             bool expectRows)
{
    const Ran ran = statements.run(statement, values);
    if (const auto *error = std::get_if<QString>(&ran))
        return *error;
    if (expectRows && std::get<QSqlQuery *>(ran)->numRowsAffected() == 0)
        return u"no such record"_s;
    return std::nullopt;
}

Failure writeSettings(PreparedStatements &statements, const ProjectSettings &settings)
{
    const QString statement = u"INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"_s;
    if (auto error = exec(statements, statement, {kSettingName, settings.name}))
        return error;
    if (auto error = exec(statements, statement, {kSettingQuestion, settings.question}))
        return error;
    if (auto error = exec(statements, statement, {kSettingCues, cuesText(settings.cues)}))
        return error;
    return exec(statements, statement, {kSettingNotes, settings.notes});
}

Failure insertSource(PreparedStatements &statements, SourceRecord &source)
{
    const DocumentMetadata &m = source.document.metadata;
    const Ran ran = statements.run(
        u"INSERT INTO sources (id, text, title, outlet, author, date, url, language, format, "
        "encoding, file_path, checksum, imported_at, analysed) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {idValue(source.id), source.document.text, m.title, m.outlet, m.author,
         m.date.isValid() ? m.date.toString(Qt::ISODate) : QString(), m.url, m.language, m.format, m.encoding,
         m.filePath, QString::fromLatin1(source.checksum), timeText(source.importedAt), source.analysed});
    if (const auto *error = std::get_if<QString>(&ran))
        return *error;
    source.id = std::get<QSqlQuery *>(ran)->lastInsertId().toLongLong();
    if (auto error = insertPageGeometry(statements, source))
        return error;
    return insertOriginalFile(statements, source);
}

Failure insertAnnotation(PreparedStatements &statements, AnnotationRecord &annotation)
{
    QVariantList values = annotationValues(annotation);
    values.prepend(idValue(annotation.id));
    const Ran ran = statements.run(kInsertAnnotation, values);
    if (const auto *error = std::get_if<QString>(&ran))
        return *error;
    annotation.id = std::get<QSqlQuery *>(ran)->lastInsertId().toLongLong();
    return std::nullopt;
}

Failure updateAnnotation(PreparedStatements &statements, const AnnotationRecord &annotation)
{
    QVariantList values = annotationValues(annotation);
    values.append(annotation.id);
    return exec(statements, kUpdateAnnotation, values, true);
}

Failure insertStance(PreparedStatements &statements, StanceRecord &stance)
{
    QVariantList values = stanceValues(stance);
    values.prepend(idValue(stance.id));
    const Ran ran = statements.run(kInsertStance, values);
    if (const auto *error = std::get_if<QString>(&ran))
        return *error;
    stance.id = std::get<QSqlQuery *>(ran)->lastInsertId().toLongLong();
    return insertEvidence(statements, stance);
}

Failure updateStance(PreparedStatements &statements, const StanceRecord &stance)
{
    QVariantList values = stanceValues(stance);
    values.append(stance.id);
    if (auto error = exec(statements, kUpdateStance, values, true))
        return error;
    if (auto error = exec(statements, u"DELETE FROM stance_evidence WHERE stance = ?"_s, {stance.id}))
        return error;
    return insertEvidence(statements, stance);
}

Failure insertRejection(PreparedStatements &statements, const RejectionRecord &rejection)
{
    return exec(statements,
                u"INSERT INTO rejections (source, kind, range_start, range_end, created) "
                "VALUES (?, ?, ?, ?, ?)"_s,
                {rejection.source, kindKey(rejection.kind), offset(rejection.range.start),
                 offset(rejection.range.end), timeText(rejection.created)});
}

Failure deleteRejection(PreparedStatements &statements, const RejectionRecord &rejection)
{
    return exec(
        statements,
        u"DELETE FROM rejections WHERE source = ? AND kind = ? AND range_start = ? AND range_end = ?"_s,
        {rejection.source, kindKey(rejection.kind), offset(rejection.range.start),
         offset(rejection.range.end)},
        true);
}

std::variant<QList<StanceRecord>, QString> readStancesOf(QSqlDatabase &db, const QString &speaker)
{
    QList<StanceRecord> stances;
    if (auto error = readStances(db, stances, speaker))
        return *error;
    return stances;
}

std::variant<ProjectContents, QString> readAll(QSqlDatabase &db, ReadPath path)
{
    const bool direct = path == ReadPath::Fastest;
    ProjectContents contents;
    if (auto error = readSettings(db, contents.settings))
        return *error;
    // The large tables straight from SQLite where that reads the same (ProjectDirectReads.h), and
    // through QSqlQuery where it might not, which then also reports what is wrong with the file.
    if (direct && readSourcesDirectly(db, kSelectSources, contents.sources)) {
        if (auto error = readPageGeometry(db, contents.sources))
            return *error;
    } else {
        contents.sources.clear();
        if (auto error = readSources(db, contents.sources))
            return *error;
    }
    auto speakers = readSpeakers(db);
    if (auto *error = std::get_if<QString>(&speakers))
        return *error;
    contents.speakers = std::get<QList<SpeakerRecord>>(std::move(speakers));
    // The list becomes the project's store of annotations (ProjectData): sized once, not grown by
    // doubling, which left up to a third of 130 MB unused at 10,000 sources.
    if (QSqlQuery count(db); count.exec(u"SELECT count(*) FROM annotations"_s) && count.next())
        contents.annotations.reserve(count.value(0).toLongLong());
    if (!direct || !readAnnotationsDirectly(db, kSelectAnnotations, contents.annotations)) {
        contents.annotations.clear();
        if (auto error = readAnnotations(db, contents.annotations))
            return *error;
    }
    if (!direct || !readStancesDirectly(db, selectEvidence({}), selectStances({}), contents.stances)) {
        contents.stances.clear();
        if (auto error = readStances(db, contents.stances))
            return *error;
    }
    if (auto error = readRejections(db, contents.rejections))
        return *error;
    return contents;
}

} // namespace claimscope::core::tables
