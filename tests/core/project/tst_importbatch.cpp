#include "core/document/DocumentImporter.h"
#include "core/project/ImportBatch.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <variant>

using namespace claimscope::core;

// Importing files and folders off the window's thread: what is read, what is refused, progress,
// and a cancel that adds nothing.
class TestImportBatch final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void foldersAreSearchedForImportableFiles();
    void importsAndAnalysesWithProgress();
    void cancelAddsNothing();
    void readsOnEveryCoreInTheFilesOrder();

private:
    static void write(const QString &path, const QByteArray &bytes);
    Lexicon m_lexicon;
};

void TestImportBatch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const LexiconResult lexicon = loadLexicon(builtInSpeakersPath(), builtInCuesPath());
    QVERIFY(std::holds_alternative<Lexicon>(lexicon));
    m_lexicon = std::get<Lexicon>(lexicon);
}

void TestImportBatch::write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

void TestImportBatch::foldersAreSearchedForImportableFiles()
{
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("b.txt")), "Text.");
    write(dir.filePath(QStringLiteral("a.md")), "# Title\n\nText.");
    write(dir.filePath(QStringLiteral("nested/c.html")), "<p>Text.</p>");
    write(dir.filePath(QStringLiteral("nested/d.bin")), QByteArray("\x00\x01", 2));
    const QStringList files = filesToImport(
        {dir.path(), dir.filePath(QStringLiteral("b.txt")), dir.filePath(QStringLiteral("x.txt"))});
    // The folder's importable files in order, a file given twice once, a missing file kept (it is
    // refused with its reason when read).
    QCOMPARE(files, (QStringList{dir.filePath(QStringLiteral("a.md")), dir.filePath(QStringLiteral("b.txt")),
                                 dir.filePath(QStringLiteral("nested/c.html")),
                                 dir.filePath(QStringLiteral("x.txt"))}));
}

void TestImportBatch::importsAndAnalysesWithProgress()
{
    QTemporaryDir dir;
    const QByteArray english = "“We will keep talking to every partner,” said Lavrov.\n";
    write(dir.filePath(QStringLiteral("one.txt")), english);
    write(dir.filePath(QStringLiteral("two.txt")), "По словам Уали, Астана видит в ООН главную площадку.\n");
    write(dir.filePath(QStringLiteral("broken.txt")), QByteArray("\x00\x01\x02 binary", 10));

    ImportBatch batch(m_lexicon, {dir.path()});
    QSignalSpy progress(&batch, &ImportBatch::progress);
    QSignalSpy finished(&batch, &ImportBatch::finished);
    batch.start();
    QVERIFY(finished.wait(60'000));
    const auto outcome = finished.front().front().value<ImportOutcome>();
    QVERIFY(!outcome.cancelled);
    QCOMPARE(outcome.sources.size(), 2);
    QCOMPARE(outcome.failures.size(), 1);
    QCOMPARE(outcome.failures.front().reason(), ImportError::Reason::Binary);
    const ImportedSource &first = outcome.sources.front();
    QCOMPARE(first.source.id, SourceId(0));
    QVERIFY(first.source.analysed);
    QVERIFY(first.analysisError.isEmpty());
    QCOMPARE(
        first.source.checksum,
        QCryptographicHash::hash(first.source.document.text.toUtf8(), QCryptographicHash::Sha256).toHex());
    QCOMPARE(first.analysis.quotes.size(), 1);
    QCOMPARE(first.analysis.quotes.front().speaker, QStringLiteral("lavrov"));
    QCOMPARE(outcome.sources.at(1).analysis.claims.front().speaker, QStringLiteral("uali"));
    // Reading reported each of the three files, analysing reached both documents.
    QVERIFY(progress.size() >= 4);
    const QList<QVariant> lastRead = progress.at(2);
    QCOMPARE(lastRead.at(0).value<qsizetype>(), qsizetype(3));
    QCOMPARE(lastRead.at(2).toBool(), false);
    const QList<QVariant> lastAnalysed = progress.back();
    QCOMPARE(lastAnalysed.at(0).value<qsizetype>(), qsizetype(2));
    QCOMPARE(lastAnalysed.at(1).value<qsizetype>(), qsizetype(2));
    QCOMPARE(lastAnalysed.at(2).toBool(), true);
}

void TestImportBatch::cancelAddsNothing()
{
    QTemporaryDir dir;
    for (int i = 0; i < 20; ++i)
        write(dir.filePath(QStringLiteral("f%1.txt").arg(i)), "“A sentence,” said Lavrov.\n");
    ImportBatch batch(m_lexicon, {dir.path()});
    QSignalSpy finished(&batch, &ImportBatch::finished);
    batch.cancel();
    batch.start();
    QVERIFY(finished.wait(60'000));
    const auto outcome = finished.front().front().value<ImportOutcome>();
    QVERIFY(outcome.cancelled);
    QVERIFY(outcome.sources.isEmpty());
}

// Files are read on several threads; what comes out must be what reading them one by one gives, in
// the order filesToImport() lists them, failures included, with progress counting up one at a time.
void TestImportBatch::readsOnEveryCoreInTheFilesOrder()
{
    QTemporaryDir dir;
    for (int i = 0; i < 60; ++i) {
        const QString name = QStringLiteral("f%1").arg(i, 2, 10, QLatin1Char('0'));
        if (i % 7 == 3)
            write(dir.filePath(name + QStringLiteral(".txt")), QByteArray("\x00\x01\x02 binary", 10));
        else if (i % 5 == 0)
            write(dir.filePath(name + QStringLiteral(".html")),
                  "<html><body><p>\xe2\x80\x9cWe will wait,\xe2\x80\x9d said Tokayev in text " +
                      QByteArray::number(i) + ".</p></body></html>");
        else if (i % 2 == 0)
            write(dir.filePath(name + QStringLiteral(".txt")),
                  "\xd0\x9f\xd0\xbe \xd1\x81\xd0\xbb\xd0\xbe\xd0\xb2\xd0\xb0\xd0\xbc "
                  "\xd0\xa3\xd0\xb0\xd0\xbb\xd0\xb8, \xd1\x82\xd0\xb5\xd0\xba\xd1\x81\xd1\x82 " +
                      QByteArray::number(i) + ".\n");
        else
            write(dir.filePath(name + QStringLiteral(".txt")),
                  "\xe2\x80\x9cWe will keep talking,\xe2\x80\x9d said Lavrov in text " +
                      QByteArray::number(i) + ".\n");
    }
    const QStringList files = filesToImport({dir.path()});
    QList<Document> expected;
    QList<ImportError::Reason> expectedFailures;
    for (const QString &file : files) {
        ImportResult read = importFile(file);
        if (read.ok())
            expected.append(read.takeDocument());
        else
            expectedFailures.append(read.error().reason());
    }
    QCOMPARE(expected.size() + expectedFailures.size(), qsizetype(60));

    ImportBatch batch(m_lexicon, {dir.path()});
    QSignalSpy progress(&batch, &ImportBatch::progress);
    QSignalSpy finished(&batch, &ImportBatch::finished);
    batch.start();
    QVERIFY(finished.wait(120'000));
    const auto outcome = finished.front().front().value<ImportOutcome>();
    QCOMPARE(outcome.sources.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(outcome.sources.at(i).source.document.text, expected.at(i).text);
        QCOMPARE(outcome.sources.at(i).source.document.metadata.language, expected.at(i).metadata.language);
        QCOMPARE(outcome.sources.at(i).source.document.metadata.title, expected.at(i).metadata.title);
    }
    QCOMPARE(outcome.failures.size(), expectedFailures.size());
    for (qsizetype i = 0; i < expectedFailures.size(); ++i)
        QCOMPARE(outcome.failures.at(i).reason(), expectedFailures.at(i));
    qsizetype counted = 0;
    for (const QList<QVariant> &step : std::as_const(progress)) {
        if (step.at(2).toBool())
            break;
        QCOMPARE(step.at(0).value<qsizetype>(), ++counted);
        QCOMPARE(step.at(1).value<qsizetype>(), qsizetype(60));
    }
    QCOMPARE(counted, qsizetype(60));
}

QTEST_GUILESS_MAIN(TestImportBatch)
#include "tst_importbatch.moc"
