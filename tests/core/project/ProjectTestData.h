#pragma once

// What the project file tests share: sample records with every field set (Cyrillic and Turkish
// text, optional values present and absent), readable texts of records for comparisons that name
// the differing field, a direct SQLite connection for building old or hostile files, and the bytes
// of a file for proving it untouched.

#include "core/project/ProjectStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace claimscope::test {

using namespace claimscope::core;
using namespace Qt::StringLiterals;

using Opened = std::variant<std::unique_ptr<ProjectStore>, ProjectError>;

inline std::unique_ptr<ProjectStore> storeOf(Opened opened)
{
    if (auto *error = std::get_if<ProjectError>(&opened)) {
        qWarning() << error->message;
        return nullptr;
    }
    return std::move(std::get<std::unique_ptr<ProjectStore>>(opened));
}

inline std::optional<ProjectError::Kind> errorOf(const Opened &opened)
{
    if (auto *error = std::get_if<ProjectError>(&opened)) {
        qInfo().noquote() << "  message:" << error->message;
        return error->kind;
    }
    return std::nullopt;
}

inline ProjectContents contentsOf(const ProjectStore &store)
{
    auto loaded = store.load();
    if (auto *error = std::get_if<ProjectError>(&loaded)) {
        qWarning() << error->message;
        return {};
    }
    return std::get<ProjectContents>(std::move(loaded));
}

// The file's bytes, or "missing".
inline QByteArray digest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return "missing";
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

inline QStringList listing(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

inline QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
}

// Readable texts of the records, so that a failing comparison names the field.
inline QString text(const TextRange &r)
{
    return u"%1-%2"_s.arg(r.start).arg(r.end);
}
inline QString text(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : u"-"_s;
}
inline QString text(const SourceRecord &s)
{
    const DocumentMetadata &m = s.document.metadata;
    return QStringList{QString::number(s.id),
                       s.document.text,
                       m.title,
                       m.outlet,
                       m.author,
                       m.date.toString(Qt::ISODate),
                       m.url,
                       m.language,
                       m.format,
                       m.encoding,
                       m.filePath,
                       QString::fromLatin1(s.checksum),
                       text(s.importedAt),
                       s.analysed ? u"analysed"_s : u"new"_s}
        .join(u" | "_s);
}
inline QString text(const SpeakerRecord &s)
{
    const Speaker &p = s.speaker;
    return QStringList{p.id,
                       p.name,
                       p.role,
                       p.kind,
                       p.formsEn.join(u','),
                       p.formsRu.join(u','),
                       p.formsTr.join(u','),
                       s.colour,
                       s.suggested ? u"suggested"_s : u"known"_s}
        .join(u" | "_s);
}
inline QString text(const AnnotationRecord &a)
{
    return QStringList{QString::number(a.id),
                       QString::number(a.source),
                       kindKey(a.kind),
                       text(a.range),
                       a.speaker,
                       a.cue,
                       text(a.cueRange),
                       a.quoteMarks ? u"marks"_s : u"no marks"_s,
                       a.claimSource,
                       QString::number(a.figure.value, 'g', 17),
                       a.figure.unit,
                       a.figure.measure,
                       a.figure.subject,
                       a.figure.year ? QString::number(*a.figure.year) : u"no year"_s,
                       a.figure.qualifier,
                       QString::number(a.confidence, 'g', 17),
                       originKey(a.origin),
                       a.note,
                       text(a.created),
                       text(a.modified)}
        .join(u" | "_s);
}
inline QString text(const StanceRecord &s)
{
    QStringList evidence;
    for (const TextRange &r : s.evidence)
        evidence.append(text(r));
    return QStringList{QString::number(s.id),
                       QString::number(s.source),
                       s.speaker,
                       s.target,
                       QString::number(s.score),
                       evidence.join(u','),
                       QString::number(s.confidence, 'g', 17),
                       originKey(s.origin),
                       s.note,
                       text(s.created),
                       text(s.modified)}
        .join(u" | "_s);
}
inline QString text(const RejectionRecord &r)
{
    return QStringList{QString::number(r.source), kindKey(r.kind), text(r.range), text(r.created)}.join(
        u" | "_s);
}
template<typename Record> QStringList texts(const QList<Record> &records)
{
    QStringList result;
    for (const Record &record : records)
        result.append(text(record));
    return result;
}

inline ProjectSettings sampleSettings()
{
    ProjectSettings settings;
    settings.name = u"Казахстан и БРИКС — çalışma"_s;
    settings.question = u"Should Kazakhstan join BRICS?"_s;
    settings.cues = {{u"en"_s, {u"said"_s, u"according to"_s}},
                     {u"ru"_s, {u"заявил"_s, u"по словам"_s}},
                     {u"tr"_s, {u"dedi"_s, u"göre"_s, u"açıkladı"_s}}};
    return settings;
}

inline SourceRecord fullSource()
{
    SourceRecord source;
    source.document.text = u"«Мы не будем подавать заявку», — заявил Токаев.\n\nDışişleri Bakanlığı’na göre "
                           "ticaret hacmi 43,5 milyar dolar."_s;
    DocumentMetadata &m = source.document.metadata;
    m.title = u"Казахстан не подаст заявку в БРИКС"_s;
    m.outlet = u"Ведомости"_s;
    m.author = u"Айгүл Сейітова"_s;
    m.date = QDate(2024, 10, 24);
    m.url = u"https://example.org/статья?id=1"_s;
    m.language = u"ru"_s;
    m.format = u"html"_s;
    m.encoding = u"windows-1251"_s;
    m.filePath = u"/home/user/Статьи/brics.html"_s;
    source.importedAt = at("2024-10-25T08:30:15.123+03:00");
    source.analysed = true;
    return source;
}

inline SpeakerRecord tokayev()
{
    SpeakerRecord s;
    s.speaker = {u"tokayev"_s,
                 u"Kassym-Jomart Tokayev"_s,
                 u"President of Kazakhstan"_s,
                 u"politician"_s,
                 {u"Tokayev"_s, u"Kassym-Jomart Tokayev"_s},
                 {u"Токаев"_s, u"Токаева"_s, u"Токаеву"_s},
                 {u"Tokayev"_s, u"Tokayev’in"_s}};
    s.colour = u"#1f77b4"_s;
    return s;
}

inline SpeakerRecord seitov()
{
    SpeakerRecord s;
    s.speaker.id = u"suggested:Marat Seitov"_s;
    s.speaker.name = u"Marat Seitov"_s;
    s.speaker.role = u"political scientist"_s;
    s.speaker.kind = u"expert"_s;
    s.suggested = true;
    return s;
}

inline AnnotationRecord annotation(SourceId source, AnnotationKind kind, Origin origin, const QString &note)
{
    AnnotationRecord a;
    a.source = source;
    a.kind = kind;
    a.range = {3, 29};
    a.origin = origin;
    a.note = note;
    a.confidence = 0.5;
    a.created = a.modified = at("2024-10-26T10:00:00.000Z");
    return a;
}

// One of each kind, every field set somewhere, and one figure without a year.
inline QList<AnnotationRecord> everyAnnotation(SourceId source)
{
    AnnotationRecord quote =
        annotation(source, AnnotationKind::Quote, Origin::Manual, u"Çok önemli — важно"_s);
    quote.speaker = u"tokayev"_s;
    quote.cue = u"заявил"_s;
    quote.cueRange = {33, 39};
    quote.quoteMarks = false;
    quote.confidence = 0.875;
    quote.modified = at("2024-10-27T11:12:13.456+05:00");
    AnnotationRecord claim = annotation(source, AnnotationKind::Claim, Origin::Edited, {});
    claim.claimSource = u"Dışişleri Bakanlığı"_s;
    claim.cue = u"göre"_s;
    claim.cueRange = {70, 74};
    AnnotationRecord figure = annotation(source, AnnotationKind::Figure, Origin::Automatic, {});
    figure.figure = {43.5e9, u"USD"_s, u"ticaret hacmi"_s, u"Kazakhstan–China trade"_s, 2023, u"more than"_s};
    figure.speaker = u"tokayev"_s;
    AnnotationRecord figureWithoutYear = annotation(source, AnnotationKind::Figure, Origin::Automatic, {});
    figureWithoutYear.figure.value = -0.1;
    figureWithoutYear.figure.unit = u"percent"_s;
    figureWithoutYear.created = figureWithoutYear.modified = QDateTime();
    AnnotationRecord mention = annotation(source, AnnotationKind::SpeakerMention, Origin::Automatic, {});
    mention.speaker = u"suggested:Marat Seitov"_s;
    mention.confidence = 1.0;
    return {quote, claim, figure, figureWithoutYear, mention};
}

inline StanceRecord stance(SourceId source, const QString &speaker, Origin origin, const QString &note)
{
    StanceRecord s;
    s.source = source;
    s.speaker = speaker;
    s.target = u"Should Kazakhstan join BRICS?"_s;
    s.score = -2;
    s.evidence = {{3, 29}, {100, 120}};
    s.confidence = 0.75;
    s.origin = origin;
    s.note = note;
    s.created = at("2024-10-26T10:00:00.000Z");
    s.modified = at("2024-10-26T12:00:00.001Z");
    return s;
}

// A direct connection to a file, for what the store does not let us do: build old or hostile files.
class RawFile {
public:
    explicit RawFile(const QString &path, bool readOnly = false)
        : m_name(u"raw-%1"_s.arg(++s_count))
    {
        m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        m_db.setDatabaseName(path);
        if (readOnly)
            m_db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!m_db.open())
            qWarning() << m_db.lastError().text();
    }
    ~RawFile()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString &statement)
    {
        QSqlQuery query(m_db);
        if (query.exec(statement))
            return true;
        qWarning() << statement << query.lastError().text();
        return false;
    }
    QStringList column(const QString &statement)
    {
        QSqlQuery query(m_db);
        QStringList values;
        if (!query.exec(statement))
            qWarning() << statement << query.lastError().text();
        while (query.next()) {
            QStringList row;
            for (int i = 0; i < query.record().count(); ++i)
                row.append(query.value(i).toString());
            values.append(row.join(u'|'));
        }
        return values;
    }

private:
    static inline int s_count = 0;
    QString m_name;
    QSqlDatabase m_db;
};

inline std::unique_ptr<ProjectStore> newProject(const QDir &folder,
                                                const QString &name = u"project.claimscope"_s)
{
    return storeOf(ProjectStore::create(folder.filePath(name), sampleSettings()));
}

// A closed project with one source (several pages of text), two speakers, one annotation of each
// kind and a stance; returns its path, or nothing when it could not be made.
inline QString filledProject(const QDir &folder, const QString &name = u"filled.claimscope"_s)
{
    auto store = newProject(folder, name);
    if (!store)
        return {};
    SourceRecord source = fullSource();
    source.document.text += u" "_s + u"Текст. "_s.repeated(3000);
    bool ok = !store->saveSpeaker(tokayev()) && !store->saveSpeaker(seitov()) && !store->addSource(source);
    for (AnnotationRecord &a : everyAnnotation(source.id))
        ok = ok && !store->addAnnotation(a);
    StanceRecord s = stance(source.id, u"tokayev"_s, Origin::Manual, u"note"_s);
    ok = ok && !store->addStance(s);
    return ok ? store->filePath() : QString();
}

} // namespace claimscope::test
