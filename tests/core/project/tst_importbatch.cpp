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

QTEST_GUILESS_MAIN(TestImportBatch)
#include "tst_importbatch.moc"
