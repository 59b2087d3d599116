#include "OfficeFixtures.h"
#include "core/document/office/ZipArchive.h"

#include <QElapsedTimer>
#include <QTest>

using namespace claimscope::core;
namespace fixtures = officefixtures;

namespace {

constexpr qint64 kKiB = 1024;
constexpr qint64 kMiB = 1024 * 1024;

ImportError::Reason reasonOf(const std::variant<QByteArray, ImportError> &result)
{
    const auto *error = std::get_if<ImportError>(&result);
    return error ? error->reason() : ImportError::Reason::Empty; // Empty: "no error" for these tests
}

QString detailOf(const std::variant<QByteArray, ImportError> &result)
{
    const auto *error = std::get_if<ImportError>(&result);
    return error ? error->detail() : QString();
}

} // namespace

class TestZipArchive final : public QObject {
    Q_OBJECT

private slots:
    void entriesAreListedAndRead()
    {
        const QByteArray bytes = fixtures::bytes(QStringLiteral("zip-three-entries.zip"));
        ZipArchive zip(bytes, QStringLiteral("/tmp/three.zip"));
        QVERIFY(!zip.openError());
        QCOMPARE(zip.names(),
                 QStringList({QStringLiteral("a.txt"), QStringLiteral("b.txt"), QStringLiteral("c.txt")}));
        QVERIFY(zip.contains(QStringLiteral("b.txt")));
        QVERIFY(!zip.contains(QStringLiteral("B.txt")));
        const auto a = zip.read(QStringLiteral("a.txt"));
        QVERIFY(std::holds_alternative<QByteArray>(a));
        QCOMPARE(std::get<QByteArray>(a).size(), 600 * kKiB);
        QVERIFY(std::get<QByteArray>(a).startsWith("word0 word7919 "));
        QCOMPARE(zip.totalBytesRead(), 600 * kKiB);
    }

    void missingEntryIsMalformed()
    {
        const QByteArray bytes = fixtures::bytes(QStringLiteral("zip-three-entries.zip"));
        ZipArchive zip(bytes, QStringLiteral("/tmp/three.zip"));
        const auto result = zip.read(QStringLiteral("word/document.xml"));
        QCOMPARE(reasonOf(result), ImportError::Reason::Malformed);
        QVERIFY(detailOf(result).contains(QStringLiteral("word/document.xml")));
    }

    void totalLimitCountsEveryEntryRead()
    {
        ZipLimits limits;
        limits.maxTotalBytes = 1 * kMiB;
        const QByteArray bytes = fixtures::bytes(QStringLiteral("zip-three-entries.zip"));
        ZipArchive zip(bytes, QStringLiteral("/tmp/three.zip"), limits);
        QVERIFY(std::holds_alternative<QByteArray>(zip.read(QStringLiteral("a.txt"))));
        const auto b = zip.read(QStringLiteral("b.txt"));
        QCOMPARE(reasonOf(b), ImportError::Reason::ArchiveLimit);
        QVERIFY2(detailOf(b).contains(QStringLiteral("b.txt")), qPrintable(detailOf(b)));
        QVERIFY2(detailOf(b).contains(QStringLiteral("1 MiB")), qPrintable(detailOf(b)));
    }

    void entryLimitIsCheckedBeforeInflating()
    {
        ZipLimits limits;
        limits.maxEntryBytes = 512 * kKiB;
        const QByteArray bytes = fixtures::bytes(QStringLiteral("zip-three-entries.zip"));
        ZipArchive zip(bytes, QStringLiteral("/tmp/three.zip"), limits);
        const auto a = zip.read(QStringLiteral("a.txt"));
        QCOMPARE(reasonOf(a), ImportError::Reason::ArchiveLimit);
        QVERIFY2(detailOf(a).contains(QStringLiteral("a.txt")), qPrintable(detailOf(a)));
        QCOMPARE(zip.totalBytesRead(), 0);
    }

    void entryCountLimitRefusesTheArchive()
    {
        ZipLimits limits;
        limits.maxEntries = 2;
        const QByteArray bytes = fixtures::bytes(QStringLiteral("zip-three-entries.zip"));
        ZipArchive zip(bytes, QStringLiteral("/tmp/three.zip"), limits);
        QVERIFY(zip.openError());
        QCOMPARE(zip.openError()->reason(), ImportError::Reason::ArchiveLimit);
        QVERIFY(zip.openError()->detail().contains(QStringLiteral("2")));
        QCOMPARE(reasonOf(zip.read(QStringLiteral("a.txt"))), ImportError::Reason::ArchiveLimit);
    }

    void wrongChecksumIsMalformed()
    {
        const QByteArray bytes = fixtures::bytes(QStringLiteral("zip-bad-checksum.zip"));
        ZipArchive zip(bytes, QStringLiteral("/tmp/crc.zip"));
        QVERIFY(!zip.openError());
        const auto result = zip.read(QStringLiteral("a.txt"));
        QCOMPARE(reasonOf(result), ImportError::Reason::Malformed);
        QVERIFY2(detailOf(result).contains(QStringLiteral("checksum")), qPrintable(detailOf(result)));
    }

    // Otherwise the small first entry's header would be checked and the bomb behind it inflated.
    void twoEntriesOfOneNameAreMalformed()
    {
        const QByteArray bytes = fixtures::bytes(QStringLiteral("zip-duplicate-names.zip"));
        QVERIFY(!bytes.isEmpty());
        ZipArchive zip(bytes, QStringLiteral("/tmp/dup.zip"));
        QVERIFY(zip.openError());
        QCOMPARE(zip.openError()->reason(), ImportError::Reason::Malformed);
        QVERIFY2(zip.openError()->detail().contains(QStringLiteral("a.txt")),
                 qPrintable(zip.openError()->detail()));
        QCOMPARE(reasonOf(zip.read(QStringLiteral("a.txt"))), ImportError::Reason::Malformed);
        QCOMPARE(zip.totalBytesRead(), 0);
    }

    void encryptedEntryIsEncrypted()
    {
        const QByteArray bytes = fixtures::bytes(QStringLiteral("docx-zip-encrypted-entry.docx"));
        ZipArchive zip(bytes, QStringLiteral("/tmp/e.docx"));
        QVERIFY(!zip.openError());
        QVERIFY(zip.entry(QStringLiteral("word/document.xml"))->encrypted);
        QCOMPARE(reasonOf(zip.read(QStringLiteral("word/document.xml"))), ImportError::Reason::Encrypted);
        QCOMPARE(reasonOf(zip.read(QStringLiteral("_rels/.rels"))), ImportError::Reason::Empty);
    }

    void notAnArchive_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("no bytes at all") << QByteArray();
        QTest::newRow("plain text") << QByteArray("Kazakhstan will not apply for full membership.");
        QTest::newRow("a ZIP end record and nothing else")
            << QByteArray::fromHex("504b0506000000000100010000000000ffffff0000");
        QTest::newRow("the first half of a real package")
            << fixtures::bytes(QStringLiteral("docx-truncated.docx"));
    }

    void notAnArchive()
    {
        QFETCH(QByteArray, bytes);
        ZipArchive zip(bytes, QStringLiteral("/tmp/x.zip"));
        QVERIFY(zip.openError());
        QCOMPARE(zip.openError()->reason(), ImportError::Reason::Malformed);
    }

    // The same bombs the importers meet, at the level of the archive: refused quickly, with little
    // memory, and the lying one stopped by counting what was actually inflated.
    void bombs_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<qint64>("maxInflated");
        QTest::newRow("1 GiB of zeros whose header says so is refused before inflating")
            << QStringLiteral("docx-bomb.docx") << qint64(0);
        QTest::newRow("1 GiB of zeros whose header claims 50 MiB stops after a few MiB")
            << QStringLiteral("docx-bomb-lying-header.docx") << 4 * kMiB;
        QTest::newRow("50 MiB of zeros is refused for its ratio before inflating")
            << QStringLiteral("docx-ratio-bomb.docx") << qint64(0);
    }

    void bombs()
    {
        QFETCH(QString, file);
        QFETCH(qint64, maxInflated);
        const QByteArray bytes = fixtures::bytes(file);
        QVERIFY(!bytes.isEmpty());
        fixtures::resetPeakRss();
        const qint64 peakBefore = fixtures::peakRssKiB();
        QElapsedTimer timer;
        timer.start();

        ZipArchive zip(bytes, fixtures::path(file));
        QVERIFY(!zip.openError());
        const auto result = zip.read(QStringLiteral("word/document.xml"));

        const qint64 elapsed = timer.elapsed();
        const qint64 peakAfter = fixtures::peakRssKiB();
        QCOMPARE(reasonOf(result), ImportError::Reason::ArchiveLimit);
        QVERIFY2(detailOf(result).contains(QStringLiteral("word/document.xml")),
                 qPrintable(detailOf(result)));
        QVERIFY2(zip.totalBytesRead() <= maxInflated,
                 qPrintable(QStringLiteral("%1 bytes inflated").arg(zip.totalBytesRead())));
        if (peakBefore > 0 && peakAfter > 0) {
            QVERIFY2(peakAfter - peakBefore < 32 * kKiB,
                     qPrintable(QStringLiteral("peak grew by %1 KiB").arg(peakAfter - peakBefore)));
        }
        qInfo("%s: %s after %lld ms, %lld bytes inflated, peak memory +%lld KiB", qPrintable(file),
              qPrintable(detailOf(result)), elapsed, zip.totalBytesRead(), peakAfter - peakBefore);
    }
};

QTEST_GUILESS_MAIN(TestZipArchive)
#include "tst_ziparchive.moc"
