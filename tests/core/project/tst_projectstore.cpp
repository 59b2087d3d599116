#include "ProjectTestData.h"
#include "core/project/Project.h"

#include <QTemporaryDir>
#include <QTest>

using namespace claimscope::core;
using namespace claimscope::test;
using namespace Qt::StringLiterals;

// The project file's records: every record and field through the file and back, and the rules of
// each write (ids, cascades, rejections, re-analysis, merging, batches, copies, read-only stores). What
// happens to files that are refused, locked, read-only, interrupted or old is in tst_projectfile.

namespace {

// Word boxes for every run of non-spaces in `text`, as a PDF import of it would give: two pages,
// lines of words left to right, coordinates no float32 holds exactly.
PageGeometry wordBoxes(const QString &text)
{
    PageGeometry geometry;
    geometry.pageSizes = {QSizeF(595.2756, 841.8898), QSizeF(595.2756, 841.8898)};
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool space = i == text.size() || text.at(i).isSpace();
        if (!space && start < 0)
            start = i;
        if (!space || start < 0)
            continue;
        const int n = int(geometry.words.size());
        geometry.words.append(
            {start, i - start, n < 8 ? 0 : 1,
             QRectF(72.1 + 60.3 * (n % 8), 90.7 + 14.2 * (n / 8), 6.1 * double(i - start), 11.3)});
        start = -1;
    }
    return geometry;
}

SourceRecord pdfSource()
{
    SourceRecord source = fullSource();
    source.document.metadata.format = u"pdf"_s;
    source.document.metadata.filePath = u"/home/user/Статьи/brics.pdf"_s;
    source.document.geometry = wordBoxes(source.document.text);
    return source;
}

QStringList geometryRows(const QString &path)
{
    return RawFile(path, true).column(u"SELECT source FROM page_geometry ORDER BY source"_s);
}

} // namespace

class TestProjectStore final : public QObject {
    Q_OBJECT

private slots:
    void init();

    void roundTripOfEveryRecordAndField();
    void idsAreFilledKeptAndNeverReused();
    void failedWritesChangeNothing();
    void rejectionsRoundTrip();
    void removeSourceTakesItsRecords();
    void pageGeometryRoundTrip();
    void sourceWithoutPageGeometryStoresNoRow();
    void removeSourceTakesItsPageGeometry();
    void pageGeometryThatDoesNotFitTheTextIsNotWritten();
    void projectKeepsPageGeometryOfAddedSources();
    void originalFileIsReadFromTheFileOnDemand();
    void originalFileThatIsNotABlobIsNotReturned();
    void removeSpeakerKeepsPassages();
    void replaceAutomaticKeepsManualAndEdited();
    void mergeSpeakersMovesEverything();
    void mergeSpeakersKeepsOneStancePerSource_data();
    void mergeSpeakersKeepsOneStancePerSource();
    void severalWritesInOneTransaction();
    void saveCopyAs();
    void createRefusesAnExistingFile();
    void readOnlyStoreRefusesWrites();

private:
    std::unique_ptr<ProjectStore> newProject() { return claimscope::test::newProject(QDir(m_dir->path())); }
    QString filledProject() { return claimscope::test::filledProject(QDir(m_dir->path())); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestProjectStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestProjectStore::roundTripOfEveryRecordAndField()
{
    auto store = newProject();
    QVERIFY(store);
    QVERIFY(!store->isReadOnly());
    QCOMPARE(ProjectStore::schemaVersion(), 4);

    QList<SpeakerRecord> speakers = {tokayev(), seitov()};
    for (const SpeakerRecord &speaker : speakers)
        QVERIFY(!store->saveSpeaker(speaker));
    SourceRecord full = fullSource();
    SourceRecord bare; // empty metadata, no date, no import time
    bare.document.text = u"x"_s;
    QVERIFY(!store->addSource(full));
    QVERIFY(!store->addSource(bare));
    QCOMPARE(full.checksum,
             QCryptographicHash::hash(full.document.text.toUtf8(), QCryptographicHash::Sha256).toHex());
    QVERIFY(bare.importedAt.isValid()); // filled in: now

    QList<AnnotationRecord> annotations = everyAnnotation(full.id);
    for (AnnotationRecord &a : annotations)
        QVERIFY(!store->addAnnotation(a));
    QList<StanceRecord> stances = {
        stance(full.id, u"tokayev"_s, Origin::Manual, u"Türkçe not, русская заметка"_s),
        stance(bare.id, u"suggested:Marat Seitov"_s, Origin::Automatic, {})};
    stances[1].evidence.clear();
    stances[1].score = 2;
    for (StanceRecord &s : stances)
        QVERIFY(!store->addStance(s));

    const auto check = [&](const ProjectContents &loaded) {
        QCOMPARE(loaded.settings, sampleSettings());
        QCOMPARE(texts(loaded.sources), texts(QList<SourceRecord>{full, bare}));
        QCOMPARE(texts(loaded.speakers), texts(speakers));
        QCOMPARE(texts(loaded.annotations), texts(annotations));
        QCOMPARE(texts(loaded.stances), texts(stances));
        // And the records themselves, beyond their texts (times compare as moments).
        QCOMPARE(loaded.annotations, annotations);
        QCOMPARE(loaded.stances, stances);
        QVERIFY(!loaded.annotations.at(3).figure.year.has_value());
        QVERIFY(loaded.sources.at(1).document.metadata.date.isNull());
    };
    check(contentsOf(*store));
    if (QTest::currentTestFailed())
        return;

    ProjectSettings changed = sampleSettings();
    changed.name = u"İstanbul çalışması"_s;
    changed.cues.remove(u"tr"_s);
    QVERIFY(!store->saveSettings(changed));
    QCOMPARE(contentsOf(*store).settings, changed);
    QVERIFY(!store->saveSettings(sampleSettings()));

    // The same after closing, read-write and read-only.
    const QString path = store->filePath();
    store.reset();
    for (auto mode : {ProjectStore::Mode::ReadWrite, ProjectStore::Mode::ReadOnly}) {
        store = storeOf(ProjectStore::open(path, mode));
        QVERIFY(store);
        QCOMPARE(store->isReadOnly(), mode == ProjectStore::Mode::ReadOnly);
        check(contentsOf(*store));
        store.reset();
    }
}

void TestProjectStore::idsAreFilledKeptAndNeverReused()
{
    auto store = newProject();
    QVERIFY(store);
    SourceRecord source;
    source.document.text = u"text"_s;
    QVERIFY(!store->addSource(source));
    QVERIFY(source.id > 0);

    AnnotationRecord first = annotation(source.id, AnnotationKind::Quote, Origin::Manual, u"1"_s);
    AnnotationRecord second = first;
    QVERIFY(!store->addAnnotation(first));
    QVERIFY(!store->addAnnotation(second));
    QVERIFY(first.id > 0);
    QVERIFY(second.id > first.id);

    // Removing the newest and adding again gives a new id, not the removed one.
    QVERIFY(!store->removeAnnotation(second.id));
    AnnotationRecord third = annotation(source.id, AnnotationKind::Claim, Origin::Manual, u"3"_s);
    QVERIFY(!store->addAnnotation(third));
    QVERIFY(third.id > second.id);

    // A record that carries an id keeps it (redo after undo) …
    QVERIFY(!store->addAnnotation(second));
    QCOMPARE(contentsOf(*store).annotations.size(), 3);
    // … and cannot take one that is in use; the record is left as it was.
    AnnotationRecord clash = annotation(source.id, AnnotationKind::Claim, Origin::Manual, u"clash"_s);
    clash.id = first.id;
    const auto error = store->addAnnotation(clash);
    QVERIFY(error);
    QCOMPARE(error->kind, ProjectError::Kind::WriteFailed);
    QCOMPARE(clash.id, first.id);
    QCOMPARE(contentsOf(*store).annotations.at(0).note, u"1"_s);

    StanceRecord s = stance(source.id, {}, Origin::Manual, {});
    QVERIFY(!store->addStance(s));
    QVERIFY(s.id > 0);
}

void TestProjectStore::failedWritesChangeNothing()
{
    auto store = newProject();
    QVERIFY(store);
    SourceRecord source;
    source.document.text = u"text"_s;
    QVERIFY(!store->addSource(source));
    AnnotationRecord a = annotation(source.id, AnnotationKind::Quote, Origin::Manual, u"kept"_s);
    QVERIFY(!store->addAnnotation(a));
    const ProjectContents before = contentsOf(*store);

    AnnotationRecord missing = a;
    missing.id = 999;
    QVERIFY(store->updateAnnotation(missing));
    QVERIFY(store->removeAnnotation(999));
    QVERIFY(store->removeStance(999));
    QVERIFY(store->removeSource(999));
    QVERIFY(store->removeSpeaker(u"nobody"_s));
    StanceRecord s = stance(source.id, {}, Origin::Manual, {});
    s.id = 999;
    QVERIFY(store->updateStance(s));
    // An annotation of a speaker or source the project lacks breaks a foreign key.
    AnnotationRecord orphan = annotation(source.id, AnnotationKind::Quote, Origin::Manual, u"orphan"_s);
    orphan.speaker = u"nobody"_s;
    QVERIFY(store->addAnnotation(orphan));
    QCOMPARE(orphan.id, AnnotationId(0));
    orphan.speaker.clear();
    orphan.source = 999;
    QVERIFY(store->addAnnotation(orphan));
    SpeakerRecord nameless;
    QVERIFY(store->saveSpeaker(nameless));

    const ProjectContents after = contentsOf(*store);
    QCOMPARE(texts(after.annotations), texts(before.annotations));
    QCOMPARE(after.speakers.size(), 0);
    QCOMPARE(after.stances.size(), 0);
}

void TestProjectStore::rejectionsRoundTrip()
{
    auto store = newProject();
    QVERIFY(store);
    SourceRecord first = fullSource(), second = fullSource();
    QVERIFY(!store->addSource(first));
    QVERIFY(!store->addSource(second));
    const auto rejection = [](SourceId source, AnnotationKind kind, TextRange range, const char *time) {
        return RejectionRecord{source, kind, range, time ? at(time) : QDateTime()};
    };
    // Added out of order; every kind; the same range in two kinds; a rejection without a time.
    const QList<RejectionRecord> added = {
        rejection(second.id, AnnotationKind::Figure, {70, 84}, "2024-10-27T11:12:13.456+05:00"),
        rejection(first.id, AnnotationKind::SpeakerMention, {40, 46}, nullptr),
        rejection(first.id, AnnotationKind::Quote, {3, 29}, "2024-10-26T10:00:00.000Z"),
        rejection(first.id, AnnotationKind::Claim, {3, 29}, "2024-10-26T10:00:01.000Z"),
        rejection(first.id, AnnotationKind::Figure, {3, 30}, "2024-10-26T10:00:02.000Z")};
    for (const RejectionRecord &r : added)
        QVERIFY(!store->addRejection(r));
    // Source, range start, range end, then the kind's key.
    const QList<RejectionRecord> ordered = {added[3], added[2], added[4], added[1], added[0]};
    QCOMPARE(texts(contentsOf(*store).rejections), texts(ordered));
    QCOMPARE(contentsOf(*store).rejections, ordered);

    // The key is source, kind and range: the same finding twice is refused, whatever its time.
    RejectionRecord again = added[2];
    again.created = at("2025-01-01T00:00:00.000Z");
    QVERIFY(store->addRejection(again));
    // An unknown source breaks the foreign key.
    QVERIFY(store->addRejection(rejection(999, AnnotationKind::Quote, {3, 29}, nullptr)));
    // Removing takes the key, not the time; a key that is not there is refused.
    QVERIFY(!store->removeRejection(again));
    QVERIFY(store->removeRejection(again));
    QVERIFY(store->removeRejection(rejection(first.id, AnnotationKind::Quote, {3, 30}, nullptr)));
    const QList<RejectionRecord> left = {added[3], added[4], added[1], added[0]};
    QCOMPARE(contentsOf(*store).rejections, left);

    const QString path = store->filePath();
    store.reset();
    for (auto mode : {ProjectStore::Mode::ReadWrite, ProjectStore::Mode::ReadOnly}) {
        store = storeOf(ProjectStore::open(path, mode));
        QVERIFY(store);
        QCOMPARE(contentsOf(*store).rejections, left);
        store.reset();
    }
}

void TestProjectStore::removeSourceTakesItsRecords()
{
    auto store = newProject();
    QVERIFY(store);
    QVERIFY(!store->saveSpeaker(tokayev()));
    QVERIFY(!store->saveSpeaker(seitov()));
    SourceRecord gone = fullSource(), kept = fullSource();
    QVERIFY(!store->addSource(gone));
    QVERIFY(!store->addSource(kept));
    for (SourceId id : {gone.id, kept.id}) {
        for (AnnotationRecord &a : everyAnnotation(id))
            QVERIFY(!store->addAnnotation(a));
        StanceRecord s = stance(id, u"tokayev"_s, Origin::Manual, {});
        QVERIFY(!store->addStance(s));
        for (AnnotationKind kind : {AnnotationKind::Quote, AnnotationKind::Figure})
            QVERIFY(!store->addRejection({id, kind, {3, 29}, at("2024-10-26T10:00:00.000Z")}));
    }
    QVERIFY(!store->removeSource(gone.id));

    const ProjectContents contents = contentsOf(*store);
    QCOMPARE(contents.sources.size(), 1);
    QCOMPARE(contents.sources.at(0).id, kept.id);
    QCOMPARE(contents.annotations.size(), 5);
    QCOMPARE(contents.stances.size(), 1);
    for (const AnnotationRecord &a : contents.annotations)
        QCOMPARE(a.source, kept.id);
    QCOMPARE(contents.stances.at(0).source, kept.id);
    QCOMPARE(contents.rejections.size(), 2);
    for (const RejectionRecord &r : contents.rejections)
        QCOMPARE(r.source, kept.id);
    QCOMPARE(contents.speakers.size(), 2); // speakers belong to the project, not to a source

    // No evidence row of the removed stance is left behind.
    const QString path = store->filePath();
    store.reset();
    QCOMPARE(RawFile(path, true).column(u"SELECT count(*) FROM stance_evidence"_s), QStringList{u"2"_s});
    QCOMPARE(RawFile(path, true).column(u"SELECT count(*) FROM rejections"_s), QStringList{u"2"_s});
}

void TestProjectStore::pageGeometryRoundTrip()
{
    // A PDF source's word boxes come back as they were imported, to the bit, beside a source
    // without any: while open, after closing (read-write and read-only), and in a copy (Save As).
    auto store = newProject();
    QVERIFY(store);
    SourceRecord pdf = pdfSource();
    SourceRecord html = fullSource();
    QVERIFY(pdf.document.geometry.words.size() > 8);
    QVERIFY(!store->addSource(pdf));
    QVERIFY(!store->addSource(html));

    const auto check = [&](const ProjectContents &loaded) {
        QCOMPARE(loaded.sources.size(), 2);
        QCOMPARE(loaded.sources.at(0).id, pdf.id);
        QCOMPARE(loaded.sources.at(0).document.geometry, pdf.document.geometry);
        QVERIFY(loaded.sources.at(1).document.geometry.isEmpty());
        QVERIFY(loaded.sources.at(1).document.geometry.words.isEmpty());
        QCOMPARE(texts(loaded.sources), texts(QList<SourceRecord>{pdf, html}));
    };
    check(contentsOf(*store));
    const QString copy = m_dir->filePath(u"Копия.claimscope"_s);
    QVERIFY(!store->saveCopyAs(copy));
    const QString path = store->filePath();
    store.reset();
    for (const QString &file : {path, copy}) {
        for (auto mode : {ProjectStore::Mode::ReadWrite, ProjectStore::Mode::ReadOnly}) {
            store = storeOf(ProjectStore::open(file, mode));
            QVERIFY(store);
            check(contentsOf(*store));
            if (QTest::currentTestFailed())
                return;
            store.reset();
        }
    }
}

void TestProjectStore::sourceWithoutPageGeometryStoresNoRow()
{
    auto store = newProject();
    QVERIFY(store);
    SourceRecord html = fullSource();
    SourceRecord bare;
    bare.document.text = u"x"_s;
    QVERIFY(!store->addSource(html));
    QVERIFY(!store->addSource(bare));
    QCOMPARE(geometryRows(store->filePath()), QStringList());
    SourceRecord pdf = pdfSource();
    QVERIFY(!store->addSource(pdf));
    QCOMPARE(geometryRows(store->filePath()), QStringList{QString::number(pdf.id)});
}

void TestProjectStore::removeSourceTakesItsPageGeometry()
{
    auto store = newProject();
    QVERIFY(store);
    SourceRecord gone = pdfSource(), kept = pdfSource();
    kept.document.geometry.words.removeLast(); // the two differ
    QVERIFY(!store->addSource(gone));
    QVERIFY(!store->addSource(kept));
    QCOMPARE(geometryRows(store->filePath()),
             (QStringList{QString::number(gone.id), QString::number(kept.id)}));

    QVERIFY(!store->removeSource(gone.id));
    QCOMPARE(geometryRows(store->filePath()), QStringList{QString::number(kept.id)});
    const ProjectContents contents = contentsOf(*store);
    QCOMPARE(contents.sources.size(), 1);
    QCOMPARE(contents.sources.at(0).document.geometry, kept.document.geometry);
}

void TestProjectStore::pageGeometryThatDoesNotFitTheTextIsNotWritten()
{
    // Boxes of words past the text would make the project one that cannot be opened again: the
    // whole source is refused instead, and nothing of it is written.
    auto store = newProject();
    QVERIFY(store);
    SourceRecord source = pdfSource();
    source.document.geometry.words.last().length += 1;
    const auto error = store->addSource(source);
    QVERIFY(error);
    QCOMPARE(error->kind, ProjectError::Kind::WriteFailed);
    QVERIFY(error->message.contains(u"page geometry"_s));
    QCOMPARE(source.id, SourceId(0));
    QCOMPARE(contentsOf(*store).sources.size(), 0);
    QCOMPARE(geometryRows(store->filePath()), QStringList());
    QCOMPARE(RawFile(store->filePath(), true).column(u"SELECT count(*) FROM sources"_s), QStringList{u"0"_s});
}

void TestProjectStore::projectKeepsPageGeometryOfAddedSources()
{
    // The way imports go, in the window and on the command line: a document handed to the project
    // is written with its geometry, kept in memory, and there again when the project is reopened.
    const QString path = m_dir->filePath(u"project.claimscope"_s);
    const SourceRecord pdf = pdfSource();
    SourceId id = 0;
    {
        auto store = newProject();
        QVERIFY(store);
        ProjectContents contents;
        contents.settings = sampleSettings();
        Project project(contents, store.get());
        id = project.addSource(pdf.document, std::nullopt);
        QVERIFY(id != 0);
        QCOMPARE(project.source(id)->document.geometry, pdf.document.geometry);
        QCOMPARE(project.contents().sources.at(0).document.geometry, pdf.document.geometry);
    }
    auto store = storeOf(ProjectStore::open(path, ProjectStore::Mode::ReadOnly));
    QVERIFY(store);
    Project reopened(contentsOf(*store), store.get());
    QVERIFY(reopened.source(id));
    QCOMPARE(reopened.source(id)->document.geometry, pdf.document.geometry);
}

void TestProjectStore::originalFileIsReadFromTheFileOnDemand()
{
    // The PDF a source came from is written with it, not held in memory once written, read back
    // byte for byte when the export asks, there after reopening, and removed with its source.
    const QString path = m_dir->filePath(u"project.claimscope"_s);
    QByteArray pdfBytes("%PDF-1.7\n");
    pdfBytes.append('\0')
        .append("\xff\xfe binary \r\n")
        .append(QByteArray(70000, '\x9c'))
        .append("\n%%EOF\n");
    SourceId withFile = 0, withoutFile = 0;
    {
        auto store = newProject();
        QVERIFY(store);
        ProjectContents contents;
        contents.settings = sampleSettings();
        Project project(contents, store.get());
        Document pdf = pdfSource().document;
        pdf.original = pdfBytes;
        withFile = project.addSource(pdf, std::nullopt);
        withoutFile = project.addSource(fullSource().document, std::nullopt);
        QVERIFY(withFile != 0 && withoutFile != 0);
        QVERIFY(project.source(withFile)->document.original.isEmpty());
        QCOMPARE(project.originalFile(withFile), std::optional<QByteArray>(pdfBytes));
        QCOMPARE(project.originalFile(withoutFile), std::optional<QByteArray>(QByteArray()));
    }
    QCOMPARE(RawFile(path, true).column(u"SELECT source FROM source_files"_s),
             QStringList{QString::number(withFile)});
    auto store = storeOf(ProjectStore::open(path, ProjectStore::Mode::ReadWrite));
    QVERIFY(store);
    const ProjectContents contents = contentsOf(*store);
    QCOMPARE(contents.sources.size(), 2);
    QVERIFY(contents.sources.at(0).document.original.isEmpty());
    QCOMPARE(store->originalFile(withFile), std::optional<QByteArray>(pdfBytes));

    QVERIFY(!store->removeSource(withFile));
    QCOMPARE(store->originalFile(withFile), std::optional<QByteArray>(QByteArray()));
    QCOMPARE(RawFile(path, true).column(u"SELECT count(*) FROM source_files"_s), QStringList{u"0"_s});
}

void TestProjectStore::originalFileThatIsNotABlobIsNotReturned()
{
    // Text where the PDF's bytes belong is damage: the export is told there is no readable original
    // (and typesets the source) rather than handed the text's UTF-8 as if it were the PDF.
    auto store = newProject();
    QVERIFY(store);
    SourceRecord pdf = pdfSource();
    pdf.document.original = QByteArray("%PDF-1.4\n%%EOF\n");
    QVERIFY(!store->addSource(pdf));
    QCOMPARE(store->originalFile(pdf.id), std::optional<QByteArray>(pdf.document.original));
    QVERIFY(RawFile(store->filePath()).exec(u"UPDATE source_files SET bytes = '%PDF-1.4 as text'"_s));
    QCOMPARE(store->originalFile(pdf.id), std::nullopt);
}

void TestProjectStore::removeSpeakerKeepsPassages()
{
    auto store = newProject();
    QVERIFY(store);
    QVERIFY(!store->saveSpeaker(tokayev()));
    QVERIFY(!store->saveSpeaker(seitov()));
    SourceRecord source = fullSource();
    QVERIFY(!store->addSource(source));
    for (AnnotationRecord &a : everyAnnotation(source.id))
        QVERIFY(!store->addAnnotation(a));
    StanceRecord s = stance(source.id, u"tokayev"_s, Origin::Manual, {});
    QVERIFY(!store->addStance(s));

    QVERIFY(!store->removeSpeaker(u"tokayev"_s));
    const ProjectContents contents = contentsOf(*store);
    QCOMPARE(texts(contents.speakers), QStringList{text(seitov())});
    QCOMPARE(contents.annotations.size(), 5);
    for (const AnnotationRecord &a : contents.annotations)
        QVERIFY(a.speaker != u"tokayev"_s);
    QCOMPARE(contents.annotations.at(0).speaker, QString()); // the quote stays, without its speaker
    QCOMPARE(contents.stances.size(), 0);

    // Saving a speaker again replaces its fields and forms in place, keeping its position.
    SpeakerRecord renamed = seitov();
    renamed.speaker.name = u"Марат Сейтов"_s;
    renamed.speaker.formsRu = {u"Сейтов"_s, u"Сейтова"_s};
    renamed.colour = u"#ff7f0e"_s;
    QVERIFY(!store->saveSpeaker(tokayev()));
    QVERIFY(!store->saveSpeaker(renamed));
    QCOMPARE(texts(contentsOf(*store).speakers), (QStringList{text(renamed), text(tokayev())}));
}

void TestProjectStore::replaceAutomaticKeepsManualAndEdited()
{
    auto store = newProject();
    QVERIFY(store);
    QVERIFY(!store->saveSpeaker(tokayev()));
    SourceRecord source = fullSource(), other = fullSource();
    source.analysed = false;
    QVERIFY(!store->addSource(source));
    QVERIFY(!store->addSource(other));
    QList<AnnotationRecord> old = {
        annotation(source.id, AnnotationKind::Quote, Origin::Automatic, u"auto 1"_s),
        annotation(source.id, AnnotationKind::Claim, Origin::Automatic, u"auto 2"_s),
        annotation(source.id, AnnotationKind::Quote, Origin::Manual, u"manual"_s),
        annotation(source.id, AnnotationKind::Figure, Origin::Edited, u"edited"_s),
        annotation(other.id, AnnotationKind::Quote, Origin::Automatic, u"other"_s)};
    for (AnnotationRecord &a : old)
        QVERIFY(!store->addAnnotation(a));
    QList<StanceRecord> oldStances = {stance(source.id, u"tokayev"_s, Origin::Automatic, u"auto"_s),
                                      stance(source.id, u"tokayev"_s, Origin::Manual, u"manual"_s)};
    for (StanceRecord &s : oldStances)
        QVERIFY(!store->addStance(s));

    AnalysisRecords records;
    records.annotations = {annotation(0, AnnotationKind::Quote, Origin::Automatic, u"new 1"_s),
                           annotation(0, AnnotationKind::SpeakerMention, Origin::Automatic, u"new 2"_s)};
    records.annotations[1].speaker = u"suggested:Marat Seitov"_s;
    records.stances = {stance(0, u"suggested:Marat Seitov"_s, Origin::Automatic, u"new"_s)};
    SpeakerRecord known = tokayev();
    known.speaker.name = u"must not replace the project's Tokayev"_s;
    records.newSpeakers = {seitov(), known};
    QVERIFY(!store->replaceAutomatic(source.id, records));
    for (const AnnotationRecord &a : std::as_const(records.annotations)) {
        QVERIFY(a.id > old.last().id);
        QCOMPARE(a.source, source.id);
    }
    QVERIFY(records.stances.at(0).id > oldStances.last().id);

    const ProjectContents contents = contentsOf(*store);
    QCOMPARE(texts(contents.annotations),
             texts(QList<AnnotationRecord>{old[2], old[3], old[4], records.annotations[0],
                                           records.annotations[1]}));
    QCOMPARE(texts(contents.stances), texts(QList<StanceRecord>{oldStances[1], records.stances[0]}));
    QCOMPARE(texts(contents.speakers), (QStringList{text(tokayev()), text(seitov())}));
    QVERIFY(contents.sources.at(0).analysed);

    // A source that is not there: nothing changes, the records keep their ids.
    AnalysisRecords more;
    more.annotations = {annotation(0, AnnotationKind::Quote, Origin::Automatic, u"lost"_s)};
    QVERIFY(store->replaceAutomatic(999, more));
    QCOMPARE(more.annotations.at(0).id, AnnotationId(0));
    QCOMPARE(texts(contentsOf(*store).annotations), texts(contents.annotations));
}

void TestProjectStore::mergeSpeakersMovesEverything()
{
    auto store = newProject();
    QVERIFY(store);
    SpeakerRecord into = tokayev();
    SpeakerRecord from;
    from.speaker = {u"tokaev"_s,
                    u"Tokaev"_s,
                    {},
                    u"politician"_s,
                    {u"Tokaev"_s, u"Tokayev"_s},
                    {u"Токаев"_s, u"Токаевым"_s},
                    {}};
    QVERIFY(!store->saveSpeaker(into));
    QVERIFY(!store->saveSpeaker(from));
    QVERIFY(!store->saveSpeaker(seitov()));
    SourceRecord source = fullSource();
    QVERIFY(!store->addSource(source));
    AnnotationRecord a = annotation(source.id, AnnotationKind::Quote, Origin::Manual, u"q"_s);
    a.speaker = u"tokaev"_s;
    AnnotationRecord b = annotation(source.id, AnnotationKind::Quote, Origin::Manual, u"s"_s);
    b.speaker = u"suggested:Marat Seitov"_s;
    QVERIFY(!store->addAnnotation(a));
    QVERIFY(!store->addAnnotation(b));
    StanceRecord s = stance(source.id, u"tokaev"_s, Origin::Manual, {});
    QVERIFY(!store->addStance(s));

    QVERIFY(store->mergeSpeakers(u"tokaev"_s, u"nobody"_s));
    QVERIFY(store->mergeSpeakers(u"tokaev"_s, u"tokaev"_s));
    QCOMPARE(contentsOf(*store).speakers.size(), 3);

    QVERIFY(!store->mergeSpeakers(u"tokaev"_s, u"tokayev"_s));
    const ProjectContents contents = contentsOf(*store);
    SpeakerRecord merged = into;
    merged.speaker.formsEn.append(u"Tokaev"_s);
    merged.speaker.formsRu.append(u"Токаевым"_s);
    QCOMPARE(texts(contents.speakers), (QStringList{text(merged), text(seitov())}));
    QCOMPARE(contents.annotations.at(0).speaker, u"tokayev"_s);
    QCOMPARE(contents.annotations.at(1).speaker, u"suggested:Marat Seitov"_s);
    QCOMPARE(contents.stances.at(0).speaker, u"tokayev"_s);
}

void TestProjectStore::mergeSpeakersKeepsOneStancePerSource_data()
{
    QTest::addColumn<Origin>("fromOrigin");
    QTest::addColumn<Origin>("intoOrigin");
    QTest::addColumn<bool>("fromKept");
    QTest::newRow("the absorbed speaker's manual stance beats the analyzer's")
        << Origin::Manual << Origin::Automatic << true;
    QTest::newRow("an edited stance is a person's too") << Origin::Edited << Origin::Automatic << true;
    QTest::newRow("the absorbed speaker's automatic stance gives way to a person's")
        << Origin::Automatic << Origin::Manual << false;
    QTest::newRow("both a person's: the remaining speaker's is kept")
        << Origin::Manual << Origin::Edited << false;
    QTest::newRow("both the analyzer's: the remaining speaker's is kept")
        << Origin::Automatic << Origin::Automatic << false;
}

void TestProjectStore::mergeSpeakersKeepsOneStancePerSource()
{
    QFETCH(Origin, fromOrigin);
    QFETCH(Origin, intoOrigin);
    QFETCH(bool, fromKept);
    auto store = newProject();
    QVERIFY(store);
    QVERIFY(!store->saveSpeaker(tokayev()));
    QVERIFY(!store->saveSpeaker(seitov()));
    SourceRecord both = fullSource(), fromOnly = fullSource();
    QVERIFY(!store->addSource(both));
    QVERIFY(!store->addSource(fromOnly));
    const QString from = seitov().speaker.id, into = tokayev().speaker.id;
    StanceRecord fromStance = stance(both.id, from, fromOrigin, u"from"_s);
    fromStance.score = 1;
    StanceRecord intoStance = stance(both.id, into, intoOrigin, u"into"_s);
    StanceRecord moved = stance(fromOnly.id, from, Origin::Automatic, u"moved"_s);
    for (StanceRecord *s : {&fromStance, &intoStance, &moved})
        QVERIFY(!store->addStance(*s));

    QVERIFY(!store->mergeSpeakers(from, into));
    StanceRecord kept = fromKept ? fromStance : intoStance;
    kept.speaker = into;
    moved.speaker = into;
    QCOMPARE(texts(contentsOf(*store).stances), texts(QList<StanceRecord>{kept, moved}));
    // The removed stance's evidence goes with it.
    const QString path = store->filePath();
    store.reset();
    QCOMPARE(RawFile(path, true).column(u"SELECT count(*) FROM stance_evidence"_s), QStringList{u"4"_s});
}

void TestProjectStore::severalWritesInOneTransaction()
{
    auto store = newProject();
    QVERIFY(store);
    SourceRecord source;
    source.document.text = u"text"_s;
    QVERIFY(!store->addSource(source));

    // Refused as a whole: neither the annotation nor the speaker is kept.
    AnnotationRecord a = annotation(source.id, AnnotationKind::Quote, Origin::Manual, u"a"_s);
    auto error = store->inOneTransaction([&]() -> std::optional<ProjectError> {
        if (auto e = store->saveSpeaker(tokayev()))
            return e;
        if (auto e = store->addAnnotation(a))
            return e;
        return ProjectError{ProjectError::Kind::WriteFailed, {}, u"changed my mind"_s};
    });
    QVERIFY(error);
    QCOMPARE(contentsOf(*store).annotations.size(), 0);
    QCOMPARE(contentsOf(*store).speakers.size(), 0);

    // Accepted: both kept; a failing write inside is undone alone.
    AnnotationRecord b = annotation(source.id, AnnotationKind::Quote, Origin::Manual, u"b"_s);
    bool innerFailed = false;
    error = store->inOneTransaction([&]() -> std::optional<ProjectError> {
        if (auto e = store->saveSpeaker(tokayev()))
            return e;
        innerFailed = store->removeAnnotation(12345).has_value(); // fails, and is undone by itself
        return store->addAnnotation(b);
    });
    QVERIFY(!error);
    QVERIFY(innerFailed);
    QCOMPARE(contentsOf(*store).annotations.size(), 1);
    QCOMPARE(contentsOf(*store).speakers.size(), 1);
}

void TestProjectStore::saveCopyAs()
{
    const QString path = filledProject();
    QVERIFY(!path.isEmpty());
    for (auto mode : {ProjectStore::Mode::ReadWrite, ProjectStore::Mode::ReadOnly}) {
        auto store = storeOf(ProjectStore::open(path, mode));
        QVERIFY(store);
        const QString copy = m_dir->filePath(
            mode == ProjectStore::Mode::ReadOnly ? u"copy-ro.claimscope"_s : u"Копия проекта.claimscope"_s);
        QVERIFY(!store->saveCopyAs(copy));
        auto copied = storeOf(ProjectStore::open(copy, ProjectStore::Mode::ReadOnly));
        QVERIFY(copied);
        const ProjectContents original = contentsOf(*store), duplicate = contentsOf(*copied);
        QCOMPARE(duplicate.settings, original.settings);
        QCOMPARE(texts(duplicate.sources), texts(original.sources));
        QCOMPARE(texts(duplicate.speakers), texts(original.speakers));
        QCOMPARE(texts(duplicate.annotations), texts(original.annotations));
        QCOMPARE(texts(duplicate.stances), texts(original.stances));

        // Never over an existing file.
        const QByteArray before = digest(copy);
        const auto error = store->saveCopyAs(copy);
        QVERIFY(error);
        QCOMPARE(error->kind, ProjectError::Kind::WriteFailed);
        QCOMPARE(digest(copy), before);
    }
    // No temporary file is left behind.
    QCOMPARE(listing(m_dir->path()),
             (QStringList{u"copy-ro.claimscope"_s, u"filled.claimscope"_s, u"Копия проекта.claimscope"_s}));
}

void TestProjectStore::createRefusesAnExistingFile()
{
    const QString path = m_dir->filePath(u"exists.claimscope"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("my notes");
    file.close();
    QCOMPARE(errorOf(ProjectStore::create(path, sampleSettings())), ProjectError::Kind::WriteFailed);
    QFile check(path);
    QVERIFY(check.open(QIODevice::ReadOnly));
    QCOMPARE(check.readAll(), QByteArray("my notes"));
    QCOMPARE(listing(m_dir->path()), QStringList{u"exists.claimscope"_s});
}

void TestProjectStore::readOnlyStoreRefusesWrites()
{
    const QString path = filledProject();
    QVERIFY(!path.isEmpty());
    const QByteArray before = digest(path);
    auto store = storeOf(ProjectStore::open(path, ProjectStore::Mode::ReadOnly));
    QVERIFY(store);
    const ProjectContents contents = contentsOf(*store);
    SourceRecord source = fullSource();
    AnnotationRecord a = contents.annotations.at(0);
    StanceRecord s = contents.stances.at(0);
    AnalysisRecords records;
    const QList<std::optional<ProjectError>> errors = {
        store->saveSettings({}),
        store->addSource(source),
        store->removeSource(a.source),
        store->saveSpeaker(tokayev()),
        store->removeSpeaker(u"tokayev"_s),
        store->addAnnotation(a),
        store->updateAnnotation(a),
        store->removeAnnotation(a.id),
        store->addStance(s),
        store->updateStance(s),
        store->removeStance(s.id),
        store->addRejection({a.source, a.kind, a.range, {}}),
        store->removeRejection({a.source, a.kind, a.range, {}}),
        store->replaceAutomatic(a.source, records),
        store->mergeSpeakers(u"tokayev"_s, u"suggested:Marat Seitov"_s),
        store->inOneTransaction([] { return std::optional<ProjectError>(); }),
    };
    for (const auto &error : errors) {
        QVERIFY(error);
        QCOMPARE(error->kind, ProjectError::Kind::ReadOnly);
    }
    store.reset();
    QCOMPARE(digest(path), before);
}

QTEST_GUILESS_MAIN(TestProjectStore)
#include "tst_projectstore.moc"
