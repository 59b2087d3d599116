#include "OldProjectFormats.h"
#include "ProjectTestData.h"
#include "core/project/ProjectSession.h"

#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <bit>
#include <limits>

using namespace claimscope::core;
using namespace claimscope::test;
using namespace Qt::StringLiterals;

// The project file as a file: each reason one is refused, always left byte for byte as it was;
// read-only files and folders; a second writer; a write interrupted halfway; migration of the
// first, second and third formats, in place and read-only; damaged page geometry.

namespace {

// The shape of a file's schema: every table's columns (name, type, not null, default, key) and
// every index, for comparing a migrated file with a new one.
QStringList schemaOf(const QString &path)
{
    RawFile raw(path, true);
    QStringList shape;
    for (const QString &table :
         raw.column(u"SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"_s)) {
        QStringList columns = raw.column(
            u"SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info('%1')"_s.arg(table));
        columns.sort();
        shape.append(table + u": "_s + columns.join(u"; "_s));
    }
    shape.append(raw.column(
        u"SELECT name || ' on ' || tbl_name FROM sqlite_schema WHERE type = 'index' ORDER BY name"_s));
    return shape;
}

// A source as a PDF import gives it: one page, and the boxes of three of its words.
SourceRecord pdfSource()
{
    SourceRecord source = fullSource();
    source.document.metadata.format = u"pdf"_s;
    const QString &text = source.document.text;
    PageGeometry &geometry = source.document.geometry;
    geometry.pageSizes = {QSizeF(595.2756, 841.8898)};
    qreal x = 72.1;
    for (const QString &word : {u"Мы"_s, u"заявил"_s, u"Токаев"_s}) {
        geometry.words.append({text.indexOf(word), word.size(), 0, QRectF(x, 90.7, 7.3 * word.size(), 11.3)});
        x += 7.3 * word.size() + 3.1;
    }
    return source;
}

// The first source's geometry blob, read and written as hex through a direct connection.
QByteArray geometryBlob(const QString &path)
{
    return QByteArray::fromHex(
        RawFile(path, true).column(u"SELECT hex(geometry) FROM page_geometry"_s).value(0).toLatin1());
}

bool setGeometryBlob(const QString &path, const QByteArray &blob)
{
    return RawFile(path).exec(
        u"UPDATE page_geometry SET geometry = X'%1'"_s.arg(QString::fromLatin1(blob.toHex())));
}

} // namespace

class TestProjectFile final : public QObject {
    Q_OBJECT

private slots:
    void init();

    void refusedFilesStayUntouched_data();
    void refusedFilesStayUntouched();
    void tooNewIsRefusedAfterJournalPlayback();
    void readOnlyFile();
    void readOnlyFolder();
    void secondWriterIsLocked();
    void lockOfAWriterKilledWhileTakingItIsTakenOver();
    void interruptedWriteIsRolledBack();
    void foreignFileWithAPendingJournalIsNotTouched();

    void migratesVersion1();
    void failedMigrationLeavesTheFileAsItWas();
    void readsVersion1ReadOnlyWithoutTouchingIt();
    void migratesVersion2();
    void failedMigrationFromVersion2LeavesTheFileAsItWas();
    void readsVersion2ReadOnlyWithoutTouchingIt();
    void migratesVersion3();
    void failedMigrationFromVersion3LeavesTheFileAsItWas();
    void readsVersion3ReadOnlyWithoutTouchingIt();

    void damagedPageGeometryIsRefused_data();
    void damagedPageGeometryIsRefused();

private:
    std::unique_ptr<ProjectStore> newProject(const QString &name)
    {
        return claimscope::test::newProject(QDir(m_dir->path()), name);
    }
    QString filledProject(const QString &name = u"filled.claimscope"_s)
    {
        return claimscope::test::filledProject(QDir(m_dir->path()), name);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestProjectFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

enum class Bad {
    Missing,
    Folder,
    Empty,
    Text,
    Png,
    ForeignSqlite,
    Truncated,
    ShortHeader,
    CorruptPage,
    TooNew,
    Trigger,
    View,
    VirtualTable,
    MissingTable,
    MissingColumn,
    UnknownKind,
};

void TestProjectFile::refusedFilesStayUntouched_data()
{
    QTest::addColumn<Bad>("bad");
    QTest::addColumn<ProjectError::Kind>("kind");
    QTest::addColumn<bool>("opens"); // refused only when loaded
    using K = ProjectError::Kind;
    QTest::newRow("a file that does not exist") << Bad::Missing << K::NotAProject << false;
    QTest::newRow("a folder") << Bad::Folder << K::NotAProject << false;
    QTest::newRow("an empty file") << Bad::Empty << K::NotAProject << false;
    QTest::newRow("a text file") << Bad::Text << K::NotAProject << false;
    QTest::newRow("an image") << Bad::Png << K::NotAProject << false;
    QTest::newRow("another program's SQLite database") << Bad::ForeignSqlite << K::NotAProject << false;
    QTest::newRow("a project cut in half") << Bad::Truncated << K::Damaged << false;
    QTest::newRow("a project cut within its header") << Bad::ShortHeader << K::Damaged << false;
    QTest::newRow("a project with a garbled page") << Bad::CorruptPage << K::Damaged << false;
    QTest::newRow("a project from a newer version") << Bad::TooNew << K::TooNew << false;
    QTest::newRow("a project someone added a trigger to") << Bad::Trigger << K::NotAProject << false;
    QTest::newRow("a project someone added a view to") << Bad::View << K::NotAProject << false;
    QTest::newRow("a project someone added a full-text table to")
        << Bad::VirtualTable << K::NotAProject << false;
    QTest::newRow("a project without its evidence table") << Bad::MissingTable << K::Damaged << false;
    QTest::newRow("a project without the annotations' note column")
        << Bad::MissingColumn << K::Damaged << false;
    QTest::newRow("an annotation of an unknown kind") << Bad::UnknownKind << K::Damaged << true;
}

void TestProjectFile::refusedFilesStayUntouched()
{
    QFETCH(Bad, bad);
    QFETCH(ProjectError::Kind, kind);
    QFETCH(bool, opens);

    QString path = m_dir->filePath(u"bad.claimscope"_s);
    const auto writeBytes = [&](const QByteArray &bytes) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    };
    const auto changeWithSql = [&](const QString &statement) {
        path = filledProject(u"bad.claimscope"_s);
        QVERIFY(!path.isEmpty());
        QVERIFY(RawFile(path).exec(statement));
    };
    switch (bad) {
    case Bad::Missing:
        break;
    case Bad::Folder:
        QVERIFY(QDir(m_dir->path()).mkdir(u"bad.claimscope"_s));
        break;
    case Bad::Empty:
        writeBytes({});
        break;
    case Bad::Text:
        writeBytes("Это не проект, а заметка.\n");
        break;
    case Bad::Png:
        writeBytes(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) + QByteArray(400, '\x01'));
        break;
    case Bad::ForeignSqlite: {
        RawFile raw(path);
        QVERIFY(raw.exec(u"CREATE TABLE notes (text TEXT)"_s));
        QVERIFY(raw.exec(u"INSERT INTO notes VALUES ('hello')"_s));
        break;
    }
    case Bad::Truncated:
    case Bad::ShortHeader: {
        path = filledProject(u"bad.claimscope"_s);
        QVERIFY(!path.isEmpty());
        QFile file(path);
        QVERIFY(file.resize(bad == Bad::Truncated ? file.size() / 2 : 60));
        break;
    }
    case Bad::CorruptPage: {
        path = filledProject(u"bad.claimscope"_s);
        QVERIFY(!path.isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(4096 * 2)); // the start of page 3, a table's root page
        file.write(QByteArray(64, '\xff'));
        break;
    }
    case Bad::TooNew:
        changeWithSql(u"PRAGMA user_version = %1"_s.arg(ProjectStore::schemaVersion() + 1));
        break;
    case Bad::Trigger:
        changeWithSql(u"CREATE TRIGGER wipe AFTER INSERT ON annotations BEGIN DELETE FROM sources; END"_s);
        break;
    case Bad::View:
        changeWithSql(u"CREATE VIEW quotes AS SELECT * FROM annotations"_s);
        break;
    case Bad::VirtualTable:
        changeWithSql(u"CREATE VIRTUAL TABLE search USING fts4(text)"_s);
        break;
    case Bad::MissingTable:
        changeWithSql(u"DROP TABLE stance_evidence"_s);
        break;
    case Bad::MissingColumn:
        changeWithSql(u"ALTER TABLE annotations DROP COLUMN note"_s);
        break;
    case Bad::UnknownKind:
        changeWithSql(u"UPDATE annotations SET kind = 'rumour' WHERE id = 1"_s);
        break;
    }
    if (QTest::currentTestFailed())
        return;

    const QByteArray before = digest(path);
    const QStringList files = listing(m_dir->path());
    for (auto mode : {ProjectStore::Mode::ReadWrite, ProjectStore::Mode::ReadOnly}) {
        Opened opened = ProjectStore::open(path, mode);
        if (opens) {
            auto store = storeOf(std::move(opened));
            QVERIFY(store);
            auto loaded = store->load();
            QVERIFY(std::holds_alternative<ProjectError>(loaded));
            QCOMPARE(std::get<ProjectError>(loaded).kind, kind);
        } else {
            QCOMPARE(errorOf(opened), kind);
            QVERIFY(!std::get<ProjectError>(opened).message.isEmpty());
            QCOMPARE(std::get<ProjectError>(opened).filePath, QFileInfo(path).absoluteFilePath());
        }
    }
    QCOMPARE(digest(path), before);
    QCOMPARE(listing(m_dir->path()), files); // no lock, journal or backup left behind
}

void TestProjectFile::tooNewIsRefusedAfterJournalPlayback()
{
    // With a journal beside it, the header may be mid-change, so the version is read through SQLite
    // instead; the file is refused all the same and left as it was.
    const QString path = filledProject();
    QVERIFY(!path.isEmpty());
    QVERIFY(RawFile(path).exec(u"PRAGMA user_version = 7"_s));
    QFile journal(path + u"-journal"_s);
    QVERIFY(journal.open(QIODevice::WriteOnly));
    journal.write(QByteArray(512, '\0')); // not a valid journal: nothing to play back
    journal.close();
    const QByteArray before = digest(path);
    QCOMPARE(errorOf(ProjectStore::open(path, ProjectStore::Mode::ReadWrite)), ProjectError::Kind::TooNew);
    QCOMPARE(errorOf(ProjectStore::open(path, ProjectStore::Mode::ReadOnly)), ProjectError::Kind::TooNew);
    QCOMPARE(digest(path), before);
    QVERIFY(!QFile::exists(path + u".lock"_s));
}

void TestProjectFile::readOnlyFile()
{
    const QString path = filledProject();
    QVERIFY(!path.isEmpty());
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = digest(path);
    const QStringList files = listing(m_dir->path());

    QCOMPARE(errorOf(ProjectStore::open(path, ProjectStore::Mode::ReadWrite)), ProjectError::Kind::ReadOnly);
    {
        auto store = storeOf(ProjectStore::open(path, ProjectStore::Mode::ReadOnly));
        QVERIFY(store);
        QVERIFY(store->isReadOnly());
        const ProjectContents contents = contentsOf(*store);
        QCOMPARE(contents.sources.size(), 1);
        QCOMPARE(contents.annotations.size(), 5);
        QCOMPARE(listing(m_dir->path()), files); // no journal, no lock, not even while open
    }
    QCOMPARE(digest(path), before);
    QCOMPARE(listing(m_dir->path()), files);
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
}

void TestProjectFile::readOnlyFolder()
{
    const QString path = filledProject();
    QVERIFY(!path.isEmpty());
    const QString folder = m_dir->path();
    const auto writable = QFile::permissions(folder);
    QVERIFY(QFile::setPermissions(folder,
                                  QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup));
    const QByteArray before = digest(path);

    QCOMPARE(errorOf(ProjectStore::open(path, ProjectStore::Mode::ReadWrite)), ProjectError::Kind::ReadOnly);
    QCOMPARE(errorOf(ProjectStore::create(m_dir->filePath(u"new.claimscope"_s), {})),
             ProjectError::Kind::ReadOnly);
    {
        auto store = storeOf(ProjectStore::open(path, ProjectStore::Mode::ReadOnly));
        QVERIFY(store);
        QCOMPARE(contentsOf(*store).annotations.size(), 5);
    }
    QCOMPARE(digest(path), before);
    QVERIFY(QFile::setPermissions(folder, writable));
    QCOMPARE(listing(folder), QStringList{u"filled.claimscope"_s});
}

void TestProjectFile::secondWriterIsLocked()
{
    const QString path = filledProject();
    QVERIFY(!path.isEmpty());
    auto writer = storeOf(ProjectStore::open(path, ProjectStore::Mode::ReadWrite));
    QVERIFY(writer);
    QVERIFY(QFile::exists(path + u".lock"_s));
    QCOMPARE(errorOf(ProjectStore::open(path, ProjectStore::Mode::ReadWrite)), ProjectError::Kind::Locked);
    // The same file by another name is the same project.
    QCOMPARE(
        errorOf(ProjectStore::open(m_dir->path() + u"/./filled.claimscope"_s, ProjectStore::Mode::ReadWrite)),
        ProjectError::Kind::Locked);

    // A reader may look while the writer works, and sees each write once it is committed.
    auto reader = storeOf(ProjectStore::open(path, ProjectStore::Mode::ReadOnly));
    QVERIFY(reader);
    AnnotationRecord a = annotation(1, AnnotationKind::Claim, Origin::Manual, u"while reading"_s);
    QVERIFY(!writer->addAnnotation(a));
    QCOMPARE(contentsOf(*reader).annotations.last().note, u"while reading"_s);

    writer.reset();
    QVERIFY(!QFile::exists(path + u".lock"_s));
    QVERIFY(storeOf(ProjectStore::open(path, ProjectStore::Mode::ReadWrite)));
}

void TestProjectFile::lockOfAWriterKilledWhileTakingItIsTakenOver()
{
    // A writer killed after creating its lock file and before writing its PID into it leaves an
    // empty lock that names nobody (tst_projectkill met one after a kill early in a burst).
    const QString path = filledProject();
    QVERIFY(!path.isEmpty());
    {
        QFile lock(path + u".lock"_s);
        QVERIFY(lock.open(QIODevice::WriteOnly));
    }
    auto store = storeOf(ProjectStore::open(path, ProjectStore::Mode::ReadWrite));
    QVERIFY(store);
    // Taken over and held as our own: a second writer is refused again.
    QCOMPARE(errorOf(ProjectStore::open(path, ProjectStore::Mode::ReadWrite)), ProjectError::Kind::Locked);
    store.reset();
    QVERIFY(!QFile::exists(path + u".lock"_s));
}

void TestProjectFile::interruptedWriteIsRolledBack()
{
    // A write caught halfway: a copy of the file and its journal taken while another connection is
    // in the middle of a large transaction, as a crash would leave them.
    const QString path = filledProject();
    QVERIFY(!path.isEmpty());
    const QString crashed = m_dir->filePath(u"crashed.claimscope"_s);
    {
        RawFile raw(path);
        QVERIFY(raw.exec(u"PRAGMA cache_size = 5"_s)); // spill changed pages into the file early
        QVERIFY(raw.exec(u"BEGIN IMMEDIATE"_s));
        QVERIFY(raw.exec(u"UPDATE sources SET text = text || text || text"_s));
        QVERIFY(raw.exec(u"DELETE FROM annotations"_s));
        QVERIFY(QFile::copy(path, crashed));
        QVERIFY(QFile::copy(path + u"-journal"_s, crashed + u"-journal"_s));
        QVERIFY(raw.exec(u"ROLLBACK"_s));
    }
    QVERIFY(digest(crashed) != digest(path)); // the copy holds part of the change

    // Read-only cannot undo the half-made change, so it does not read the file at all.
    const QByteArray before = digest(crashed);
    QCOMPARE(errorOf(ProjectStore::open(crashed, ProjectStore::Mode::ReadOnly)),
             ProjectError::Kind::ReadOnly);
    QCOMPARE(digest(crashed), before);

    // Read-write plays the journal back: the project is as it was before the change.
    auto store = storeOf(ProjectStore::open(crashed, ProjectStore::Mode::ReadWrite));
    QVERIFY(store);
    QVERIFY(!QFile::exists(crashed + u"-journal"_s));
    auto original = storeOf(ProjectStore::open(path, ProjectStore::Mode::ReadOnly));
    QVERIFY(original);
    QCOMPARE(texts(contentsOf(*store).sources), texts(contentsOf(*original).sources));
    QCOMPARE(texts(contentsOf(*store).annotations), texts(contentsOf(*original).annotations));
}

void TestProjectFile::foreignFileWithAPendingJournalIsNotTouched()
{
    // Another program's database, caught halfway through a write: playing its journal back is that
    // program's business, not ours.
    const QString path = m_dir->filePath(u"other.db"_s);
    const QString crashed = m_dir->filePath(u"crashed.db"_s);
    {
        RawFile raw(path);
        QVERIFY(raw.exec(u"CREATE TABLE notes (text TEXT)"_s));
        QVERIFY(raw.exec(u"INSERT INTO notes VALUES ('first')"_s));
        QVERIFY(raw.exec(u"PRAGMA cache_size = 5"_s));
        QVERIFY(raw.exec(u"BEGIN IMMEDIATE"_s));
        QVERIFY(raw.exec(u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) "
                         "INSERT INTO notes SELECT printf('%0500d', i) FROM n"_s));
        QVERIFY(QFile::copy(path, crashed));
        QVERIFY(QFile::copy(path + u"-journal"_s, crashed + u"-journal"_s));
        QVERIFY(raw.exec(u"ROLLBACK"_s));
    }
    const QByteArray file = digest(crashed), journal = digest(crashed + u"-journal"_s);
    for (auto mode : {ProjectStore::Mode::ReadWrite, ProjectStore::Mode::ReadOnly})
        QCOMPARE(errorOf(ProjectStore::open(crashed, mode)), ProjectError::Kind::NotAProject);
    QCOMPARE(digest(crashed), file);
    QCOMPARE(digest(crashed + u"-journal"_s), journal);
}

void TestProjectFile::migratesVersion1()
{
    const QString path = m_dir->filePath(u"old.claimscope"_s);
    QVERIFY(writeVersion1(path));
    if (QTest::currentTestFailed())
        return;
    const QByteArray original = digest(path);

    auto store = storeOf(ProjectStore::open(path, ProjectStore::Mode::ReadWrite));
    QVERIFY(store);
    const ProjectContents contents = contentsOf(*store);
    QCOMPARE(contents.settings.name, u"Старый проект"_s);
    QCOMPARE(contents.settings.cues.value(u"tr"_s), (QStringList{u"dedi"_s, u"göre"_s}));
    QCOMPARE(contents.sources.size(), 1);
    QCOMPARE(contents.sources.at(0).id, SourceId(4));
    QCOMPARE(contents.sources.at(0).document.text, u"Токаев заявил: «Нет»."_s);
    QCOMPARE(contents.sources.at(0).document.metadata.date, QDate(2024, 10, 24));
    QCOMPARE(contents.speakers.size(), 1);
    QCOMPARE(contents.speakers.at(0).speaker.formsRu, QStringList{u"Токаев"_s});
    QCOMPARE(contents.speakers.at(0).colour, QString()); // the new column, empty for old speakers
    QCOMPARE(contents.annotations.size(), 1);
    const AnnotationRecord &a = contents.annotations.at(0);
    QCOMPARE(a.id, AnnotationId(9));
    QCOMPARE(a.origin, Origin::Edited);
    QCOMPARE(a.note, u"Düzeltildi"_s);
    QCOMPARE(a.figure.year, std::optional<int>(2023));
    QCOMPARE(a.created, at("2024-10-26T10:00:00.000Z"));
    QCOMPARE(contents.stances.size(), 1);
    QCOMPARE(contents.stances.at(0).evidence, (QList<TextRange>{{16, 19}}));

    // The migrated project takes a colour and ids after the old ones.
    SpeakerRecord coloured = contents.speakers.at(0);
    coloured.colour = u"#2ca02c"_s;
    QVERIFY(!store->saveSpeaker(coloured));
    AnnotationRecord added = a;
    added.id = 0;
    QVERIFY(!store->addAnnotation(added));
    QCOMPARE(added.id, AnnotationId(10));
    QCOMPARE(contentsOf(*store).speakers.at(0).colour, u"#2ca02c"_s);
    store.reset();

    // The current version now, step by step, shaped exactly like a new project; the version 1 file
    // is kept as a backup, and so are the version 2 and 3 files between the steps.
    QCOMPARE(RawFile(path, true).column(u"PRAGMA user_version"_s),
             QStringList{QString::number(ProjectStore::schemaVersion())});
    auto fresh = newProject(u"fresh.claimscope"_s);
    QVERIFY(fresh);
    QCOMPARE(schemaOf(path), schemaOf(fresh->filePath()));
    QCOMPARE(digest(path + u".v1.bak"_s), original);
    QCOMPARE(RawFile(path + u".v2.bak"_s, true).column(u"PRAGMA user_version"_s), QStringList{u"2"_s});
    QCOMPARE(RawFile(path + u".v3.bak"_s, true).column(u"PRAGMA user_version"_s), QStringList{u"3"_s});
    QVERIFY(!QFile::exists(path + u".lock"_s));

    // Opening again migrates nothing and leaves the backup alone.
    QVERIFY(storeOf(ProjectStore::open(path, ProjectStore::Mode::ReadWrite)));
    QCOMPARE(digest(path + u".v1.bak"_s), original);
}

void TestProjectFile::failedMigrationLeavesTheFileAsItWas()
{
    // Another program already made the index the migration adds, so the step fails halfway: after
    // the new column, before the index.
    const QString path = m_dir->filePath(u"old.claimscope"_s);
    QVERIFY(writeVersion1(path));
    if (QTest::currentTestFailed())
        return;
    QVERIFY(RawFile(path).exec(u"CREATE INDEX annotations_by_speaker ON annotations(kind)"_s));
    const QByteArray before = digest(path);

    QCOMPARE(errorOf(ProjectStore::open(path, ProjectStore::Mode::ReadWrite)),
             ProjectError::Kind::WriteFailed);
    QCOMPARE(digest(path), before);
    QCOMPARE(digest(path + u".v1.bak"_s), before);
    QCOMPARE(RawFile(path, true).column(u"PRAGMA user_version"_s), QStringList{u"1"_s});
    QVERIFY(!QFile::exists(path + u".lock"_s));
}

void TestProjectFile::readsVersion1ReadOnlyWithoutTouchingIt()
{
    const QString path = m_dir->filePath(u"old.claimscope"_s);
    QVERIFY(writeVersion1(path));
    if (QTest::currentTestFailed())
        return;
    const QByteArray before = digest(path);
    {
        auto store = storeOf(ProjectStore::open(path, ProjectStore::Mode::ReadOnly));
        QVERIFY(store);
        QVERIFY(store->isReadOnly());
        QCOMPARE(store->filePath(), path);
        const ProjectContents contents = contentsOf(*store);
        QCOMPARE(contents.annotations.size(), 1);
        QCOMPARE(contents.speakers.at(0).speaker.name, u"Токаев"_s);
        QVERIFY(store->saveSpeaker(tokayev()));
    }
    QCOMPARE(digest(path), before);
    QCOMPARE(listing(m_dir->path()), QStringList{u"old.claimscope"_s}); // no backup, no lock
}

void TestProjectFile::migratesVersion2()
{
    const QString path = m_dir->filePath(u"second.claimscope"_s);
    QVERIFY(writeVersion2(path));
    if (QTest::currentTestFailed())
        return;
    const QByteArray original = digest(path);

    auto store = storeOf(ProjectStore::open(path, ProjectStore::Mode::ReadWrite));
    QVERIFY(store);
    const ProjectContents contents = contentsOf(*store);
    QCOMPARE(contents.settings.name, u"İkinci proje"_s);
    QCOMPARE(contents.settings.cues.value(u"ru"_s), QStringList{u"заявил"_s});
    QCOMPARE(contents.sources.size(), 1);
    QCOMPARE(contents.sources.at(0).id, SourceId(6));
    QCOMPARE(contents.sources.at(0).document.text, u"Сейтов сомневается: «Вряд ли»."_s);
    QCOMPARE(contents.sources.at(0).importedAt, at("2024-11-03T09:00:00.000Z"));
    QCOMPARE(contents.speakers.size(), 2);
    QCOMPARE(contents.speakers.at(0).colour, u"#1f77b4"_s);
    QCOMPARE(contents.speakers.at(1).speaker.formsRu, QStringList{u"Сейтов"_s});
    QCOMPARE(contents.annotations.size(), 2);
    QCOMPARE(contents.annotations.at(0).id, AnnotationId(11));
    QCOMPARE(contents.annotations.at(0).origin, Origin::Automatic);
    QCOMPARE(contents.annotations.at(0).range, (TextRange{20, 29}));
    QCOMPARE(contents.annotations.at(1).kind, AnnotationKind::SpeakerMention);
    QCOMPARE(contents.annotations.at(1).note, u"Not"_s);
    QCOMPARE(contents.stances.size(), 1);
    QCOMPARE(contents.stances.at(0).origin, Origin::Edited);
    QCOMPARE(contents.stances.at(0).evidence, (QList<TextRange>{{20, 29}}));
    QVERIFY(contents.rejections.isEmpty());

    // The migrated project takes rejections.
    const RejectionRecord rejection{6, AnnotationKind::Quote, {20, 29}, at("2024-11-05T12:00:00.000Z")};
    QVERIFY(!store->addRejection(rejection));
    QCOMPARE(contentsOf(*store).rejections, QList<RejectionRecord>{rejection});
    store.reset();

    QCOMPARE(RawFile(path, true).column(u"PRAGMA user_version"_s),
             QStringList{QString::number(ProjectStore::schemaVersion())});
    auto fresh = newProject(u"fresh.claimscope"_s);
    QVERIFY(fresh);
    QCOMPARE(schemaOf(path), schemaOf(fresh->filePath()));
    QCOMPARE(digest(path + u".v2.bak"_s), original);
    QCOMPARE(RawFile(path + u".v3.bak"_s, true).column(u"PRAGMA user_version"_s), QStringList{u"3"_s});
    QVERIFY(!QFile::exists(path + u".v1.bak"_s));
    QVERIFY(!QFile::exists(path + u".lock"_s));
}

void TestProjectFile::failedMigrationFromVersion2LeavesTheFileAsItWas()
{
    // Another program already made a table of the name the migration needs.
    const QString path = m_dir->filePath(u"second.claimscope"_s);
    QVERIFY(writeVersion2(path));
    if (QTest::currentTestFailed())
        return;
    QVERIFY(RawFile(path).exec(u"CREATE TABLE rejections (reason TEXT)"_s));
    const QByteArray before = digest(path);

    QCOMPARE(errorOf(ProjectStore::open(path, ProjectStore::Mode::ReadWrite)),
             ProjectError::Kind::WriteFailed);
    QCOMPARE(digest(path), before);
    QCOMPARE(digest(path + u".v2.bak"_s), before);
    QCOMPARE(RawFile(path, true).column(u"PRAGMA user_version"_s), QStringList{u"2"_s});
    QVERIFY(!QFile::exists(path + u".lock"_s));
}

void TestProjectFile::readsVersion2ReadOnlyWithoutTouchingIt()
{
    const QString path = m_dir->filePath(u"second.claimscope"_s);
    QVERIFY(writeVersion2(path));
    if (QTest::currentTestFailed())
        return;
    const QByteArray before = digest(path);
    {
        auto store = storeOf(ProjectStore::open(path, ProjectStore::Mode::ReadOnly));
        QVERIFY(store);
        const ProjectContents contents = contentsOf(*store);
        QCOMPARE(contents.annotations.size(), 2);
        QVERIFY(contents.rejections.isEmpty());
        QVERIFY(store->addRejection({6, AnnotationKind::Quote, {20, 29}, {}}));
    }
    QCOMPARE(digest(path), before);
    QCOMPARE(listing(m_dir->path()), QStringList{u"second.claimscope"_s}); // no backup, no lock
}

void TestProjectFile::migratesVersion3()
{
    const QString path = m_dir->filePath(u"third.claimscope"_s);
    QVERIFY(writeVersion3(path));
    if (QTest::currentTestFailed())
        return;
    const QByteArray original = digest(path);

    auto store = storeOf(ProjectStore::open(path, ProjectStore::Mode::ReadWrite));
    QVERIFY(store);
    const ProjectContents contents = contentsOf(*store);
    QCOMPARE(contents.settings.name, u"Üçüncü proje"_s);
    QCOMPARE(contents.sources.size(), 1);
    QCOMPARE(contents.sources.at(0).id, SourceId(8));
    QCOMPARE(contents.sources.at(0).document.text,
             u"Lavrov said: “Kazakhstan is welcome.” Лавров добавил: «Ждём»."_s);
    QCOMPARE(contents.sources.at(0).document.metadata.filePath, u"/home/user/welcome.html"_s);
    QVERIFY(contents.sources.at(0).document.geometry.isEmpty());
    QVERIFY(contents.sources.at(0).document.geometry.words.isEmpty());
    QCOMPARE(contents.speakers.size(), 1);
    QCOMPARE(contents.speakers.at(0).speaker.formsRu, QStringList{u"Лавров"_s});
    QCOMPARE(contents.annotations.size(), 1);
    QCOMPARE(contents.annotations.at(0).id, AnnotationId(21));
    QCOMPARE(contents.annotations.at(0).note, u"Ок"_s);
    QCOMPARE(contents.stances.size(), 1);
    QCOMPARE(contents.stances.at(0).evidence, (QList<TextRange>{{13, 36}}));
    const RejectionRecord rejection{8, AnnotationKind::Claim, {38, 60}, at("2024-12-03T09:30:00.000Z")};
    QCOMPARE(contents.rejections, QList<RejectionRecord>{rejection});

    // The migrated project takes a PDF source with its page geometry, after the old source's id.
    SourceRecord pdf = pdfSource();
    QVERIFY(!store->addSource(pdf));
    QCOMPARE(pdf.id, SourceId(9));
    QCOMPARE(contentsOf(*store).sources.at(1).document.geometry, pdf.document.geometry);
    store.reset();

    QCOMPARE(RawFile(path, true).column(u"PRAGMA user_version"_s), QStringList{u"4"_s});
    auto fresh = newProject(u"fresh.claimscope"_s);
    QVERIFY(fresh);
    QCOMPARE(schemaOf(path), schemaOf(fresh->filePath()));
    QCOMPARE(digest(path + u".v3.bak"_s), original);
    QVERIFY(!QFile::exists(path + u".v2.bak"_s));
    QVERIFY(!QFile::exists(path + u".v1.bak"_s));
    QVERIFY(!QFile::exists(path + u".lock"_s));
}

void TestProjectFile::failedMigrationFromVersion3LeavesTheFileAsItWas()
{
    // Another program already made a table of the name the migration needs.
    const QString path = m_dir->filePath(u"third.claimscope"_s);
    QVERIFY(writeVersion3(path));
    if (QTest::currentTestFailed())
        return;
    QVERIFY(RawFile(path).exec(u"CREATE TABLE page_geometry (page INTEGER, note TEXT)"_s));
    const QByteArray before = digest(path);

    QCOMPARE(errorOf(ProjectStore::open(path, ProjectStore::Mode::ReadWrite)),
             ProjectError::Kind::WriteFailed);
    QCOMPARE(digest(path), before);
    QCOMPARE(digest(path + u".v3.bak"_s), before);
    QCOMPARE(RawFile(path, true).column(u"PRAGMA user_version"_s), QStringList{u"3"_s});
    QVERIFY(!QFile::exists(path + u".lock"_s));
}

void TestProjectFile::readsVersion3ReadOnlyWithoutTouchingIt()
{
    const QString path = m_dir->filePath(u"third.claimscope"_s);
    QVERIFY(writeVersion3(path));
    if (QTest::currentTestFailed())
        return;
    const QByteArray before = digest(path);
    {
        auto store = storeOf(ProjectStore::open(path, ProjectStore::Mode::ReadOnly));
        QVERIFY(store);
        const ProjectContents contents = contentsOf(*store);
        QCOMPARE(contents.sources.size(), 1);
        QCOMPARE(contents.rejections.size(), 1);
        SourceRecord pdf = pdfSource();
        QVERIFY(store->addSource(pdf));
    }
    QCOMPARE(digest(path), before);
    QCOMPARE(listing(m_dir->path()), QStringList{u"third.claimscope"_s}); // no backup, no lock
}

enum class BadGeometry {
    Garbage,
    CutShort,
    NewerFormat,
    WordPastText,
    NaNBox,
    Text,
    NoSuchSource,
};

void TestProjectFile::damagedPageGeometryIsRefused_data()
{
    QTest::addColumn<BadGeometry>("bad");
    QTest::newRow("a geometry blob of garbage") << BadGeometry::Garbage;
    QTest::newRow("a geometry blob cut one byte short") << BadGeometry::CutShort;
    QTest::newRow("a geometry blob of a newer format") << BadGeometry::NewerFormat;
    QTest::newRow("a word box past the end of its source's text") << BadGeometry::WordPastText;
    QTest::newRow("a word box of NaN width") << BadGeometry::NaNBox;
    QTest::newRow("text where the geometry blob should be") << BadGeometry::Text;
    QTest::newRow("the geometry of a source that is not there") << BadGeometry::NoSuchSource;
}

void TestProjectFile::damagedPageGeometryIsRefused()
{
    // Opening reads nothing of the geometry; loading decodes it and refuses the project as damaged,
    // both through the store and the way the window opens a project, and the file stays as it was.
    QFETCH(BadGeometry, bad);
    SourceRecord source = pdfSource();
    QString path;
    {
        auto store = newProject(u"damaged.claimscope"_s);
        QVERIFY(store);
        QVERIFY(!store->addSource(source));
        path = store->filePath();
    }
    QByteArray blob = geometryBlob(path);
    QCOMPARE(blob.size(), 9 + 16 + 3 * 44);
    // By PageGeometryCodec.h's layout: the words follow the 9-byte header and the one page.
    constexpr qsizetype kSecondWord = 9 + 16 + 44;
    constexpr qsizetype kWidthOfFirst = 9 + 16 + 12 + 16;
    switch (bad) {
    case BadGeometry::Garbage:
        QVERIFY(setGeometryBlob(path, "not a geometry, just bytes"));
        break;
    case BadGeometry::CutShort:
        QVERIFY(setGeometryBlob(path, blob.chopped(1)));
        break;
    case BadGeometry::NewerFormat:
        blob[0] = 2;
        QVERIFY(setGeometryBlob(path, blob));
        break;
    case BadGeometry::WordPastText:
        qToLittleEndian(quint32(source.document.text.size()), blob.data() + kSecondWord);
        QVERIFY(setGeometryBlob(path, blob));
        break;
    case BadGeometry::NaNBox:
        qToLittleEndian(std::bit_cast<quint64>(std::numeric_limits<double>::quiet_NaN()),
                        blob.data() + kWidthOfFirst);
        QVERIFY(setGeometryBlob(path, blob));
        break;
    case BadGeometry::Text:
        QVERIFY(RawFile(path).exec(u"UPDATE page_geometry SET geometry = 'Мы не будем'"_s));
        break;
    case BadGeometry::NoSuchSource:
        // Written with foreign keys off, as another program may.
        QVERIFY(RawFile(path).exec(u"INSERT INTO page_geometry SELECT 99, geometry FROM page_geometry"_s));
        break;
    }
    if (QTest::currentTestFailed())
        return;

    const QByteArray before = digest(path);
    const QStringList files = listing(m_dir->path());
    for (auto mode : {ProjectStore::Mode::ReadWrite, ProjectStore::Mode::ReadOnly}) {
        auto store = storeOf(ProjectStore::open(path, mode));
        QVERIFY(store);
        auto loaded = store->load();
        QVERIFY(std::holds_alternative<ProjectError>(loaded));
        const ProjectError &error = std::get<ProjectError>(loaded);
        qInfo().noquote() << "  message:" << error.message;
        QCOMPARE(error.kind, ProjectError::Kind::Damaged);
        QVERIFY(error.message.contains(u"page geometry"_s));
    }
    auto session = openProjectSession(path);
    QVERIFY(std::holds_alternative<ProjectError>(session));
    QCOMPARE(std::get<ProjectError>(session).kind, ProjectError::Kind::Damaged);
    QCOMPARE(digest(path), before);
    QCOMPARE(listing(m_dir->path()), files); // no lock, journal or backup left behind
}

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_projectfile.moc"
