#include "ProjectTestData.h"
#include "core/project/ProjectConnection.h"
#include "core/project/ProjectDirectReads.h"
#include "core/project/ProjectTables.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace claimscope::core;
using namespace claimscope::test;
using namespace Qt::StringLiterals;

// Opening a project reads its large tables straight through SQLite (ProjectDirectReads.h) while
// the integrity check runs on a second connection (ProjectConnection.h). These prove that what is
// loaded is what QSqlQuery alone loads, value for value (null or empty strings, time zones, the
// last bit of a real), for files as the store writes them and for files changed behind its back;
// that the read ahead is handed over only while it is still the file's; and that a failed check
// is the error it always was.

namespace {

QString shown(const QString &s)
{
    return s.isNull() ? u"<null>"_s : u"\""_s + s + u"\""_s;
}
QString shown(const QDateTime &t)
{
    if (!t.isValid())
        return t.isNull() ? u"<null time>"_s : u"<invalid time>"_s;
    return u"%1 spec %2 offset %3"_s.arg(t.toString(Qt::ISODateWithMs))
        .arg(int(t.timeSpec()))
        .arg(t.offsetFromUtc());
}
QString shown(double value)
{
    return QString::number(value, 'g', 17) + (std::signbit(value) ? u"(-)"_s : QString());
}
QString shown(const TextRange &r)
{
    return u"%1-%2"_s.arg(r.start).arg(r.end);
}
QString shown(const QStringList &list)
{
    QStringList parts;
    for (const QString &s : list)
        parts.append(shown(s));
    return u"["_s + parts.join(u',') + u"]"_s;
}

// Every value of every record, with what a plain comparison would let pass: null against empty
// strings, a time's zone, the sign of a zero.
QStringList dump(const ProjectContents &c)
{
    QStringList lines;
    QStringList cues;
    for (auto it = c.settings.cues.cbegin(); it != c.settings.cues.cend(); ++it)
        cues.append(it.key() + u"="_s + shown(it.value()));
    cues.sort();
    lines.append(u"settings "_s + shown(c.settings.name) + shown(c.settings.question) +
                 shown(c.settings.notes) + cues.join(u';'));
    for (const SourceRecord &s : c.sources) {
        const DocumentMetadata &m = s.document.metadata;
        QStringList pages;
        for (const QSizeF &size : s.document.geometry.pageSizes)
            pages.append(shown(size.width()) + u"x"_s + shown(size.height()));
        QStringList words;
        for (const WordBox &w : s.document.geometry.words)
            words.append(u"%1+%2@%3 %4,%5,%6,%7"_s.arg(w.offset).arg(w.length).arg(w.page).arg(
                shown(w.box.x()), shown(w.box.y()), shown(w.box.width()), shown(w.box.height())));
        lines.append(QStringList{
            u"source"_s, QString::number(s.id), shown(s.document.text), shown(m.title), shown(m.outlet),
            shown(m.author), m.date.isValid() ? m.date.toString(Qt::ISODate) : u"<no date>"_s, shown(m.url),
            shown(m.language), shown(m.format), shown(m.encoding), shown(m.filePath),
            s.checksum.isNull() ? u"<null>"_s : QString::fromLatin1(s.checksum), shown(s.importedAt),
            s.analysed ? u"analysed"_s : u"new"_s, pages.join(u','), words.join(u',')}
                         .join(u" | "_s));
    }
    for (const SpeakerRecord &s : c.speakers)
        lines.append(u"speaker "_s + shown(s.speaker.id) + shown(s.speaker.name) + shown(s.speaker.formsRu) +
                     shown(s.colour) + (s.suggested ? u"suggested"_s : u"known"_s));
    for (const AnnotationRecord &a : c.annotations) {
        lines.append(QStringList{u"annotation"_s,
                                 QString::number(a.id),
                                 QString::number(a.source),
                                 kindKey(a.kind),
                                 shown(a.range),
                                 shown(a.speaker),
                                 shown(a.cue),
                                 shown(a.cueRange),
                                 a.quoteMarks ? u"marks"_s : u"no marks"_s,
                                 shown(a.claimSource),
                                 shown(a.figure.value),
                                 shown(a.figure.unit),
                                 shown(a.figure.measure),
                                 shown(a.figure.subject),
                                 a.figure.year ? QString::number(*a.figure.year) : u"<no year>"_s,
                                 shown(a.figure.qualifier),
                                 shown(a.confidence),
                                 originKey(a.origin),
                                 shown(a.note),
                                 shown(a.created),
                                 shown(a.modified)}
                         .join(u" | "_s));
    }
    for (const StanceRecord &s : c.stances) {
        QStringList evidence;
        for (const TextRange &r : s.evidence)
            evidence.append(shown(r));
        lines.append(QStringList{u"stance"_s, QString::number(s.id), QString::number(s.source),
                                 shown(s.speaker), shown(s.target), QString::number(s.score),
                                 shown(s.confidence), originKey(s.origin), shown(s.note), shown(s.created),
                                 shown(s.modified), evidence.join(u',')}
                         .join(u" | "_s));
    }
    for (const RejectionRecord &r : c.rejections)
        lines.append(
            u"rejection %1 %2 %3 %4"_s.arg(r.source).arg(kindKey(r.kind), shown(r.range), shown(r.created)));
    return lines;
}

QStringList dump(const std::variant<ProjectContents, QString> &read)
{
    if (const auto *failure = std::get_if<QString>(&read))
        return {u"failure: "_s + *failure};
    return dump(std::get<ProjectContents>(read));
}

// A connection of the test's own, as the store's reads use it (inside a read transaction).
class Reader {
public:
    explicit Reader(const QString &path)
        : m_name(u"reads-%1"_s.arg(++s_count))
    {
        if (auto error = projectfile::openConnection(m_db, m_name, path, true))
            qWarning() << *error;
    }
    ~Reader()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    std::variant<ProjectContents, QString> readAll(tables::ReadPath path)
    {
        tables::exec(m_db, u"BEGIN"_s);
        auto read = tables::readAll(m_db, path);
        tables::exec(m_db, u"COMMIT"_s);
        return read;
    }
    bool sourcesDirectly()
    {
        QList<SourceRecord> sources;
        return tables::readSourcesDirectly(m_db, sourcesStatement(), sources);
    }
    bool annotationsDirectly()
    {
        QList<AnnotationRecord> annotations;
        return tables::readAnnotationsDirectly(m_db, annotationsStatement(), annotations);
    }
    bool stancesDirectly()
    {
        QList<StanceRecord> stances;
        return tables::readStancesDirectly(
            m_db, u"SELECT stance, range_start, range_end FROM stance_evidence ORDER BY stance, position"_s,
            u"SELECT id, source, speaker, target, score, confidence, origin, note, created, modified "
            "FROM stances ORDER BY id"_s,
            stances);
    }

private:
    // As ProjectTables selects them: the direct reads are told the statement.
    static QString sourcesStatement()
    {
        return u"SELECT id, text, title, outlet, author, date, url, language, format, encoding, "
               "file_path, checksum, imported_at, analysed FROM sources ORDER BY id"_s;
    }
    static QString annotationsStatement()
    {
        return u"SELECT id, source, kind, range_start, range_end, speaker, cue, cue_start, cue_end, "
               "quote_marks, claim_source, figure_value, figure_unit, figure_measure, figure_subject, "
               "figure_year, figure_qualifier, confidence, origin, note, created, modified "
               "FROM annotations ORDER BY id"_s;
    }

    static inline int s_count = 0;
    QString m_name;
    QSqlDatabase m_db;
};

// Texts in every script and plane the store may be given, including the edges of UTF-8.
SourceRecord manyScripts(int n)
{
    SourceRecord source = fullSource();
    source.document.text =
        u"Ok. «Мы» — “we” said: 😀 𝔸 中文 ﷽ İıŞşĞğ, a\u0000b, \uFEFFzero width. "_s.repeated(n) +
        QString(QChar(0x7F)) + QString(QChar(0x80)) + QString(QChar(0x7FF)) + QString(QChar(0x800)) +
        QString(QChar(0xFFFD)) + QString(QChar(0xFEFF));
    source.document.metadata.title = n % 2 ? u"Title "_s + QString::number(n) : QString();
    source.document.metadata.author = u"𝒜𝓊𝓉𝒽ℴ𝓇 "_s + QString::number(n);
    source.document.metadata.date = n % 3 ? QDate(2020 + n, n % 12 + 1, n % 28 + 1) : QDate();
    source.importedAt = n % 2 ? at("2024-10-25T08:30:15.123Z") : QDateTime();
    source.analysed = n % 2;
    return source;
}

} // namespace

class TestProjectDirectReads final : public QObject {
    Q_OBJECT

private slots:
    void init();

    void bothWaysReadTheSame_data();
    void bothWaysReadTheSame();
    void textsFromBrokenUtf16ReadTheSame();
    void fileInUtf16IsReadThroughQt();

    void openHandsOverWhatLoadReads();
    void readAheadIsDroppedWhenAnotherConnectionWrites();
    void readAheadIsDroppedAfterAWriteOfTheStore();
    void failedIntegrityCheckIsTheSameError();

private:
    // filledProject with more sources and annotations: texts in many scripts, values absent and present.
    QString richProject()
    {
        const QString path = filledProject(QDir(m_dir->path()), u"rich.claimscope"_s);
        auto store = storeOf(ProjectStore::open(path, ProjectStore::Mode::ReadWrite));
        if (!store)
            return {};
        for (int n = 0; n < 6; ++n) {
            SourceRecord source = manyScripts(n);
            if (store->addSource(source))
                return {};
            for (AnnotationRecord &a : everyAnnotation(source.id)) {
                a.cue = n % 2 ? u"😀 заявил"_s : QString();
                a.speaker = n % 3 ? a.speaker : QString();
                if (store->addAnnotation(a))
                    return {};
            }
            StanceRecord s =
                stance(source.id, n % 2 ? u"tokayev"_s : QString(),
                       n % 3 ? Origin::Automatic : Origin::Edited, n % 2 ? u"😀 note"_s : QString());
            s.evidence = QList<TextRange>(n, TextRange{n, 2 * n + 1});
            s.score = 2 - n;
            s.modified = n % 2 ? QDateTime() : s.modified;
            if (store->addStance(s))
                return {};
        }
        return path;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestProjectDirectReads::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestProjectDirectReads::bothWaysReadTheSame_data()
{
    QTest::addColumn<QString>("change");   // SQL run on the file behind the store's back, or nothing
    QTest::addColumn<bool>("sources");     // whether the sources are read directly
    QTest::addColumn<bool>("annotations"); // whether the annotations are
    QTest::addColumn<bool>("stances");     // and the stances
    QTest::newRow("a project as the store writes it") << QString() << true << true << true;
    QTest::newRow("a title with a NUL")
        << u"UPDATE sources SET title = CAST(x'41004200' AS TEXT)"_s << true << true << true;
    QTest::newRow("a date that is no date")
        << u"UPDATE sources SET date = '24.10.2024'"_s << true << true << true;
    QTest::newRow("a time that is no time")
        << u"UPDATE annotations SET created = '2024-13-45T99:00:00.000Z', modified = 'soon'"_s << true << true
        << true;
    QTest::newRow("a title stored as a blob")
        << u"UPDATE sources SET title = x'414243'"_s << false << true << true;
    QTest::newRow("a title that is not UTF-8")
        << u"UPDATE sources SET title = CAST(x'C3FF41' AS TEXT)"_s << false << true << true;
    QTest::newRow("a text cut within a character")
        << u"UPDATE sources SET text = CAST(x'41D0' AS TEXT) WHERE id = 1"_s << false << true << true;
    QTest::newRow("a stray continuation byte")
        << u"UPDATE sources SET outlet = CAST(x'4180' AS TEXT)"_s << false << true << true;
    QTest::newRow("a byte order mark first")
        << u"UPDATE sources SET title = CAST(x'EFBBBF41' AS TEXT)"_s << false << true << true;
    QTest::newRow("U+FFFF") << u"UPDATE sources SET author = CAST(x'41EFBFBF' AS TEXT)"_s << false << true
                            << true;
    QTest::newRow("U+FFFE") << u"UPDATE sources SET author = CAST(x'EFBFBE' AS TEXT)"_s << false << true
                            << true;
    QTest::newRow("a surrogate in UTF-8")
        << u"UPDATE sources SET url = CAST(x'EDA080' AS TEXT)"_s << false << true << true;
    QTest::newRow("an overlong slash")
        << u"UPDATE sources SET url = CAST(x'C0AF' AS TEXT)"_s << false << true << true;
    QTest::newRow("beyond U+10FFFF") << u"UPDATE sources SET url = CAST(x'F4908080' AS TEXT)"_s << false
                                     << true << true;
    QTest::newRow("a six-byte form") << u"UPDATE sources SET url = CAST(x'FC8080808080' AS TEXT)"_s << false
                                     << true << true;
    QTest::newRow("analysed in words") << u"UPDATE sources SET analysed = 'yes'"_s << false << true << true;
    QTest::newRow("analysed twice") << u"UPDATE sources SET analysed = 2"_s << false << true << true;
    QTest::newRow("a range as text") << u"UPDATE annotations SET range_start = 'x12' WHERE id = 1"_s << true
                                     << false << true;
    QTest::newRow("a range as a real")
        << u"UPDATE annotations SET range_end = 12.5"_s << true << false << true;
    QTest::newRow("a year beyond an int")
        << u"UPDATE annotations SET figure_year = 3000000000 WHERE figure_year IS NOT NULL"_s << true << false
        << true;
    QTest::newRow("a year as text") << u"UPDATE annotations SET figure_year = 'MMXX'"_s << true << false
                                    << true;
    QTest::newRow("quote marks twice")
        << u"UPDATE annotations SET quote_marks = 2"_s << true << false << true;
    QTest::newRow("a confidence in words")
        << u"UPDATE annotations SET confidence = 'high'"_s << true << false << true;
    QTest::newRow("a kind stored as a blob")
        << u"UPDATE annotations SET kind = x'71756F7465'"_s << true << false << true;
    QTest::newRow("an unknown kind") << u"UPDATE annotations SET kind = 'rumour' WHERE id = 2"_s << true
                                     << false << true;
    QTest::newRow("an unknown origin")
        << u"UPDATE annotations SET origin = 'gossip'"_s << true << false << true;
    QTest::newRow("a score as text") << u"UPDATE stances SET score = 'hostile'"_s << true << true << false;
    QTest::newRow("a score beyond an int")
        << u"UPDATE stances SET score = 5000000000"_s << true << true << false;
    QTest::newRow("evidence as a real")
        << u"UPDATE stance_evidence SET range_end = 2.5"_s << true << true << false;
    QTest::newRow("a stance of an unknown origin")
        << u"UPDATE stances SET origin = 'hearsay' WHERE id = 2"_s << true << true << false;
    QTest::newRow("a target that is not UTF-8")
        << u"UPDATE stances SET target = CAST(x'FF' AS TEXT)"_s << true << true << false;
    QTest::newRow("a stance time as a blob")
        << u"UPDATE stances SET created = x'00'"_s << true << true << false;
    QTest::newRow("a note stored as a blob")
        << u"UPDATE annotations SET speaker = NULL, note = x'00'"_s << true << false << true;
}

void TestProjectDirectReads::bothWaysReadTheSame()
{
    QFETCH(QString, change);
    QFETCH(bool, sources);
    QFETCH(bool, annotations);
    QFETCH(bool, stances);
    const QString path = richProject();
    QVERIFY(!path.isEmpty());
    if (!change.isEmpty()) {
        RawFile raw(path);
        QVERIFY(raw.exec(u"PRAGMA foreign_keys = OFF"_s));
        QVERIFY(raw.exec(change));
    }
    Reader reader(path);
    QCOMPARE(reader.sourcesDirectly(), sources);
    QCOMPARE(reader.annotationsDirectly(), annotations);
    QCOMPARE(reader.stancesDirectly(), stances);
    const QStringList throughQt = dump(reader.readAll(tables::ReadPath::QSqlQueryOnly));
    const QStringList fastest = dump(reader.readAll(tables::ReadPath::Fastest));
    QVERIFY(throughQt.size() > 30 || change.contains(u"kind"_s) || change.contains(u"origin"_s));
    QCOMPARE(fastest, throughQt);
}

// QString holds any UTF-16, which SQLite stores as it can; whatever it made of it reads the same.
void TestProjectDirectReads::textsFromBrokenUtf16ReadTheSame()
{
    const QString path = filledProject(QDir(m_dir->path()));
    QVERIFY(!path.isEmpty());
    {
        auto store = storeOf(ProjectStore::open(path, ProjectStore::Mode::ReadWrite));
        QVERIFY(store);
        const QStringList odds = {
            QString(QChar(0xD800)), u"a"_s + QChar(0xDC00) + u"b"_s,
            u"x"_s + QChar(0xD83D), QString(QChar(0xFFFE)),
            QString(QChar(0xFFFF)), QString(QChar(0xDBFF)) + QChar(0xDFFF) + QChar(0xD800)};
        for (const QString &odd : odds) {
            SourceRecord source = fullSource();
            source.document.text = u"before "_s + odd + u" after"_s;
            source.document.metadata.title = odd;
            QVERIFY(!store->addSource(source));
        }
    }
    Reader reader(path);
    QCOMPARE(dump(reader.readAll(tables::ReadPath::Fastest)),
             dump(reader.readAll(tables::ReadPath::QSqlQueryOnly)));
}

// A file may store its texts as UTF-16, which the direct reads leave to Qt's driver.
void TestProjectDirectReads::fileInUtf16IsReadThroughQt()
{
    const QString path = richProject();
    QVERIFY(!path.isEmpty());
    const QString copy = m_dir->filePath(u"utf16.claimscope"_s);
    // ATTACH refuses a file of another encoding: the copy is made row by row, values bound as read.
    {
        QSqlDatabase original = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"utf16-original"_s);
        original.setDatabaseName(path);
        QVERIFY(original.open());
        QSqlDatabase target = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"utf16-copy"_s);
        target.setDatabaseName(copy);
        QVERIFY(target.open());
        {
            QSqlQuery encoding(target);
            QVERIFY(encoding.exec(u"PRAGMA encoding = 'UTF-16le'"_s));
            QSqlQuery tables(original);
            QVERIFY(tables.exec(
                u"SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite%'"_s));
            while (tables.next()) {
                QSqlQuery create(target);
                QVERIFY(create.exec(tables.value(1).toString()));
                QSqlQuery rows(original);
                QVERIFY(rows.exec(u"SELECT * FROM "_s + tables.value(0).toString()));
                while (rows.next()) {
                    const int columns = rows.record().count();
                    QSqlQuery insert(target);
                    QVERIFY(insert.prepare(u"INSERT INTO %1 VALUES (%2)"_s.arg(
                        tables.value(0).toString(), QStringList(columns, u"?"_s).join(u", "_s))));
                    for (int i = 0; i < columns; ++i)
                        insert.addBindValue(rows.value(i));
                    QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
                }
            }
        }
        for (QSqlDatabase *db : {&original, &target})
            db->close();
        original = target = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"utf16-original"_s);
        QSqlDatabase::removeDatabase(u"utf16-copy"_s);
    }
    QCOMPARE(RawFile(copy, true).column(u"PRAGMA encoding"_s), QStringList{u"UTF-16le"_s});
    Reader reader(copy);
    QVERIFY(!reader.sourcesDirectly());
    QVERIFY(!reader.annotationsDirectly());
    QVERIFY(!reader.stancesDirectly());
    Reader original(path);
    QCOMPARE(dump(reader.readAll(tables::ReadPath::Fastest)),
             dump(original.readAll(tables::ReadPath::QSqlQueryOnly)));
}

// What open() read beside the integrity check is what a load through QSqlQuery reads, in both modes.
void TestProjectDirectReads::openHandsOverWhatLoadReads()
{
    const QString path = richProject();
    QVERIFY(!path.isEmpty());
    QStringList throughQt;
    {
        Reader reader(path);
        throughQt = dump(reader.readAll(tables::ReadPath::QSqlQueryOnly));
    }
    for (auto mode : {ProjectStore::Mode::ReadWrite, ProjectStore::Mode::ReadOnly}) {
        auto store = storeOf(ProjectStore::open(path, mode));
        QVERIFY(store);
        QCOMPARE(dump(contentsOf(*store)), throughQt);
        QCOMPARE(dump(contentsOf(*store)), throughQt); // the second load reads the file again
    }
}

void TestProjectDirectReads::readAheadIsDroppedWhenAnotherConnectionWrites()
{
    const QString path = richProject();
    QVERIFY(!path.isEmpty());
    auto store = storeOf(ProjectStore::open(path, ProjectStore::Mode::ReadOnly));
    QVERIFY(store);
    QVERIFY(RawFile(path).exec(u"UPDATE sources SET title = 'changed meanwhile' WHERE id = 1"_s));
    const ProjectContents contents = contentsOf(*store);
    QVERIFY(!contents.sources.isEmpty());
    QCOMPARE(contents.sources.constFirst().document.metadata.title, u"changed meanwhile"_s);
}

void TestProjectDirectReads::readAheadIsDroppedAfterAWriteOfTheStore()
{
    const QString path = richProject();
    QVERIFY(!path.isEmpty());
    auto store = storeOf(ProjectStore::open(path, ProjectStore::Mode::ReadWrite));
    QVERIFY(store);
    ProjectSettings settings = sampleSettings();
    settings.notes = u"written between open and load"_s;
    QVERIFY(!store->saveSettings(settings));
    QCOMPARE(contentsOf(*store).settings.notes, settings.notes);

    store.reset();
    auto batch = storeOf(ProjectStore::open(path, ProjectStore::Mode::ReadWrite));
    QVERIFY(batch);
    QVERIFY(!batch->inOneTransaction([&] { return batch->removeSource(1); }));
    const ProjectContents contents = contentsOf(*batch);
    QVERIFY(std::none_of(contents.sources.cbegin(), contents.sources.cend(),
                         [](const SourceRecord &s) { return s.id == 1; }));
}

// A file whose pages read well but whose index does not match its table: the read beside the check
// succeeds, the check fails, and open() reports the check's findings as it always did.
void TestProjectDirectReads::failedIntegrityCheckIsTheSameError()
{
    const QString path = richProject();
    QVERIFY(!path.isEmpty());
    {
        RawFile raw(path);
        const QString other =
            RawFile(path, true)
                .column(u"SELECT rootpage FROM sqlite_schema WHERE name = 'stances_by_source'"_s)
                .value(0);
        QVERIFY(!other.isEmpty());
        QVERIFY(raw.exec(u"PRAGMA writable_schema = ON"_s));
        QVERIFY(raw.exec(
            u"UPDATE sqlite_schema SET rootpage = %1 WHERE name = 'annotations_by_source'"_s.arg(other)));
    }
    const QStringList findings = RawFile(path, true).column(u"PRAGMA integrity_check(5)"_s);
    QVERIFY(!findings.isEmpty());
    QVERIFY(findings != QStringList{u"ok"_s});
    {
        Reader reader(path);
        QVERIFY(std::holds_alternative<ProjectContents>(reader.readAll(tables::ReadPath::Fastest)));
    }
    const QByteArray before = digest(path);
    for (auto mode : {ProjectStore::Mode::ReadWrite, ProjectStore::Mode::ReadOnly}) {
        const Opened opened = ProjectStore::open(path, mode);
        QCOMPARE(errorOf(opened), ProjectError::Kind::Damaged);
        const ProjectError &error = std::get<ProjectError>(opened);
        QVERIFY2(error.message.contains(findings.join(u"; "_s)), qPrintable(error.message));
    }
    QCOMPARE(digest(path), before);
}

QTEST_GUILESS_MAIN(TestProjectDirectReads)
#include "tst_projectdirectreads.moc"
