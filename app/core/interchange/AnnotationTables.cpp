#include "core/interchange/AnnotationTables.h"

#include "core/interchange/CodePoints.h"
#include "core/interchange/Csv.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <tuple>
#include <unordered_map>

namespace claimscope::core {
namespace {

using Fields = QList<std::pair<QString, QJsonValue>>;

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs))
                          : QJsonValue(QJsonValue::Null);
}

// What every exported record needs to know of its project: names, and each source's offsets.
class TableContext final {
public:
    explicit TableContext(const ProjectContents &contents)
    {
        for (const SpeakerRecord &speaker : contents.speakers)
            m_speakerNames.insert(speaker.speaker.id, speaker.speaker.name);
    }

    const CodePointIndex &index(const SourceRecord &source) const
    {
        auto found = m_indexes.find(source.id);
        if (found == m_indexes.end())
            found = m_indexes.emplace(source.id, CodePointIndex(source.document.text)).first;
        return found->second;
    }

    Fields speakerFields(const QString &id) const
    {
        return {{QStringLiteral("speaker_id"), textOrNull(id)},
                {QStringLiteral("speaker_name"),
                 textOrNull(id.isEmpty() ? QString() : m_speakerNames.value(id, id))}};
    }

    Fields rangeFields(const SourceRecord &source, const TextRange &range) const
    {
        const CodePointIndex &points = index(source);
        return {{QStringLiteral("start"), double(points.toCodePoints(range.start))},
                {QStringLiteral("end"), double(points.toCodePoints(range.end))},
                {QStringLiteral("text"), source.document.text.mid(range.start, range.length())}};
    }

private:
    QHash<QString, QString> m_speakerNames;
    mutable std::unordered_map<SourceId, CodePointIndex> m_indexes;
};

Fields sourceFields(const SourceRecord &source)
{
    const DocumentMetadata &m = source.document.metadata;
    return {
        {QStringLiteral("source_id"), double(source.id)},
        {QStringLiteral("source_title"), textOrNull(m.title)},
        {QStringLiteral("outlet"), textOrNull(m.outlet)},
        {QStringLiteral("author"), textOrNull(m.author)},
        {QStringLiteral("date"), m.date.isValid() ? QJsonValue(m.date.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("url"), textOrNull(m.url)},
        {QStringLiteral("language"), textOrNull(m.language)}};
}

Fields annotationFields(const TableContext &context, const SourceRecord &source, const AnnotationRecord &a)
{
    Fields fields{{QStringLiteral("kind"), kindKey(a.kind)}};
    fields += context.speakerFields(a.speaker);
    fields += context.rangeFields(source, a.range);
    if (a.kind == AnnotationKind::Quote || a.kind == AnnotationKind::Claim)
        fields.append({QStringLiteral("cue"), textOrNull(a.cue)});
    if (a.kind == AnnotationKind::Quote)
        fields.append({QStringLiteral("quote_marks"), a.quoteMarks});
    if (a.kind == AnnotationKind::Claim)
        fields.append({QStringLiteral("claim_source"), textOrNull(a.claimSource)});
    if (a.kind == AnnotationKind::Figure) {
        const FigureFields &f = a.figure;
        fields += Fields{{QStringLiteral("value"), f.value},
                         {QStringLiteral("unit"), textOrNull(f.unit)},
                         {QStringLiteral("measure"), textOrNull(f.measure)},
                         {QStringLiteral("subject"), textOrNull(f.subject)},
                         {QStringLiteral("year"), f.year ? QJsonValue(*f.year) : QJsonValue()},
                         {QStringLiteral("qualifier"), textOrNull(f.qualifier)}};
    }
    fields += Fields{{QStringLiteral("confidence"), a.confidence},
                     {QStringLiteral("origin"), originKey(a.origin)},
                     {QStringLiteral("note"), textOrNull(a.note)},
                     {QStringLiteral("created"), timeOrNull(a.created)},
                     {QStringLiteral("modified"), timeOrNull(a.modified)}};
    return fields;
}

Fields stanceFields(const TableContext &context, const SourceRecord &source, const StanceRecord &s)
{
    Fields fields{{QStringLiteral("kind"), QStringLiteral("stance")}};
    fields += context.speakerFields(s.speaker);
    QJsonArray evidence;
    for (const TextRange &range : s.evidence) {
        QJsonObject passage;
        for (const auto &[key, value] : context.rangeFields(source, range))
            passage.insert(key, value);
        evidence.append(passage);
    }
    fields += Fields{{QStringLiteral("target"), textOrNull(s.target)},
                     {QStringLiteral("score"), s.score},
                     {QStringLiteral("evidence"), evidence},
                     {QStringLiteral("confidence"), s.confidence},
                     {QStringLiteral("origin"), originKey(s.origin)},
                     {QStringLiteral("note"), textOrNull(s.note)},
                     {QStringLiteral("created"), timeOrNull(s.created)},
                     {QStringLiteral("modified"), timeOrNull(s.modified)}};
    return fields;
}

bool exported(AnnotationKind kind)
{
    return kind != AnnotationKind::SpeakerMention;
}

// A source's exported annotations in text order, then its stances in id order.
struct SourceRows {
    QList<const AnnotationRecord *> annotations;
    QList<const StanceRecord *> stances;
};

QHash<SourceId, SourceRows> rowsBySource(const ProjectContents &contents)
{
    QHash<SourceId, SourceRows> rows;
    for (const AnnotationRecord &annotation : contents.annotations) {
        if (exported(annotation.kind))
            rows[annotation.source].annotations.append(&annotation);
    }
    for (const StanceRecord &stance : contents.stances)
        rows[stance.source].stances.append(&stance);
    for (SourceRows &source : rows) {
        std::sort(source.annotations.begin(), source.annotations.end(),
                  [](const AnnotationRecord *a, const AnnotationRecord *b) {
                      return std::tie(a->range.start, a->range.end, a->id) <
                             std::tie(b->range.start, b->range.end, b->id);
                  });
    }
    return rows;
}

QString csvText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        // Whole numbers as digits: "1e+06" would turn an offset column into floats in pandas and R.
        const double number = value.toDouble();
        constexpr double kExactIntegers = 9007199254740992.0; // 2^53
        if (std::trunc(number) == number && std::abs(number) <= kExactIntegers)
            return QString::number(qint64(number));
        return QString::number(number, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::String:
        return value.toString();
    default:
        return {};
    }
}

// Evidence in one CSV cell: "start-end" pairs separated by semicolons; the text column holds the
// passages themselves, joined by " … " (the JSON keeps them apart).
void flattenEvidence(QHash<QString, QString> &row, const QJsonArray &evidence)
{
    QStringList ranges;
    QStringList passages;
    for (const QJsonValue &passage : evidence) {
        const QJsonObject object = passage.toObject();
        ranges.append(csvText(object.value(u"start")) + u'-' + csvText(object.value(u"end")));
        passages.append(object.value(u"text").toString());
    }
    row.insert(QStringLiteral("evidence"), ranges.join(u';'));
    row.insert(QStringLiteral("text"), passages.join(QStringLiteral(" … ")));
}

QJsonObject objectOf(const Fields &fields, bool withKind)
{
    QJsonObject object;
    for (const auto &[key, value] : fields) {
        if (withKind || key != u"kind")
            object.insert(key, value);
    }
    return object;
}

// The CSV columns, in order.
QStringList annotationCsvColumns()
{
    return {QStringLiteral("source_id"),    QStringLiteral("source_title"), QStringLiteral("outlet"),
            QStringLiteral("author"),       QStringLiteral("date"),         QStringLiteral("url"),
            QStringLiteral("language"),     QStringLiteral("kind"),         QStringLiteral("speaker_id"),
            QStringLiteral("speaker_name"), QStringLiteral("start"),        QStringLiteral("end"),
            QStringLiteral("text"),         QStringLiteral("cue"),          QStringLiteral("quote_marks"),
            QStringLiteral("claim_source"), QStringLiteral("value"),        QStringLiteral("unit"),
            QStringLiteral("measure"),      QStringLiteral("subject"),      QStringLiteral("year"),
            QStringLiteral("qualifier"),    QStringLiteral("target"),       QStringLiteral("score"),
            QStringLiteral("evidence"),     QStringLiteral("confidence"),   QStringLiteral("origin"),
            QStringLiteral("note"),         QStringLiteral("created"),      QStringLiteral("modified")};
}

} // namespace

QByteArray annotationsCsv(const ProjectContents &contents)
{
    const TableContext context(contents);
    const QHash<SourceId, SourceRows> rows = rowsBySource(contents);
    const QStringList columns = annotationCsvColumns();
    QString csv = csvRow(columns);
    const auto append = [&](const Fields &fields) {
        QHash<QString, QString> row;
        for (const auto &[key, value] : fields) {
            if (key == u"evidence")
                flattenEvidence(row, value.toArray());
            else
                row.insert(key, csvText(value));
        }
        QStringList ordered;
        ordered.reserve(columns.size());
        for (const QString &column : columns)
            ordered.append(row.value(column));
        csv += csvRow(ordered);
    };
    for (const SourceRecord &source : contents.sources) {
        const Fields metadata = sourceFields(source);
        const SourceRows &of = rows.value(source.id);
        for (const AnnotationRecord *annotation : of.annotations)
            append(metadata + annotationFields(context, source, *annotation));
        for (const StanceRecord *stance : of.stances)
            append(metadata + stanceFields(context, source, *stance));
    }
    return csv.toUtf8();
}

QJsonDocument annotationsJson(const ProjectContents &contents)
{
    const TableContext context(contents);
    const QHash<SourceId, SourceRows> rows = rowsBySource(contents);
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("claimscope-annotations"));
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("offsets"), QStringLiteral("unicode-code-points"));
    root.insert(QStringLiteral("project"),
                QJsonObject{{QStringLiteral("name"), contents.settings.name},
                            {QStringLiteral("question"), textOrNull(contents.settings.question)},
                            {QStringLiteral("notes"), textOrNull(contents.settings.notes)}});
    QJsonArray speakers;
    for (const SpeakerRecord &record : contents.speakers) {
        const Speaker &s = record.speaker;
        speakers.append(QJsonObject{{QStringLiteral("id"), s.id},
                                    {QStringLiteral("name"), s.name},
                                    {QStringLiteral("role"), textOrNull(s.role)},
                                    {QStringLiteral("kind"), textOrNull(s.kind)},
                                    {QStringLiteral("colour"), textOrNull(record.colour)},
                                    {QStringLiteral("suggested"), record.suggested}});
    }
    root.insert(QStringLiteral("speakers"), speakers);

    QJsonArray sources;
    QJsonArray byKind[3];
    QJsonArray stances;
    for (const SourceRecord &source : contents.sources) {
        QJsonObject object = objectOf(sourceFields(source), true);
        // In a table of sources the id and title need no prefix.
        object.insert(QStringLiteral("id"), object.take(QStringLiteral("source_id")));
        object.insert(QStringLiteral("title"), object.take(QStringLiteral("source_title")));
        object.insert(QStringLiteral("format"), textOrNull(source.document.metadata.format));
        object.insert(QStringLiteral("characters"), double(context.index(source).length()));
        sources.append(object);
        const QJsonValue sourceId = double(source.id);
        for (const AnnotationRecord *annotation : rows.value(source.id).annotations) {
            QJsonObject record = objectOf(annotationFields(context, source, *annotation), false);
            record.insert(QStringLiteral("source_id"), sourceId);
            byKind[int(annotation->kind)].append(record);
        }
        for (const StanceRecord *stance : rows.value(source.id).stances) {
            QJsonObject record = objectOf(stanceFields(context, source, *stance), false);
            record.insert(QStringLiteral("source_id"), sourceId);
            stances.append(record);
        }
    }
    root.insert(QStringLiteral("sources"), sources);
    root.insert(QStringLiteral("quotes"), byKind[int(AnnotationKind::Quote)]);
    root.insert(QStringLiteral("claims"), byKind[int(AnnotationKind::Claim)]);
    root.insert(QStringLiteral("figures"), byKind[int(AnnotationKind::Figure)]);
    root.insert(QStringLiteral("stances"), stances);
    return QJsonDocument(root);
}

} // namespace claimscope::core
