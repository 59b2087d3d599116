#include "core/document/DocumentImporter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace claimscope::core;
using Reason = ImportError::Reason;

// The smallest OLE compound file naming an EncryptedPackage stream, which is what Office writes
// for a password-protected DOCX: a header, one FAT sector, then one directory entry.
QByteArray encryptedOfficeFile()
{
    QByteArray file("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    file += QByteArray(22, '\0');
    file += QByteArray("\x09\x00", 2); // sectors of 512 bytes
    file += QByteArray(1024 - file.size(), '\0');
    QByteArray entry(128, '\0');
    const QString name = QStringLiteral("EncryptedPackage");
    for (qsizetype i = 0; i < name.size(); ++i)
        entry[2 * i] = char(name.at(i).unicode());
    entry[64] = char((name.size() + 1) * 2);
    entry[66] = 2; // a stream
    return file + entry;
}

class TestDocumentImporter final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write the fixture %s", qPrintable(path));
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void importsByKind_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expectedFormat");
        QTest::addColumn<QString>("expectedText");

        QTest::newRow("a .txt file is plain text, kept as it is")
            << QStringLiteral("a.txt") << QByteArray("Title line\n\n  Indented *not markdown*.\n")
            << QStringLiteral("text") << QStringLiteral("Title line\n\n  Indented *not markdown*.\n");
        QTest::newRow("a .md file is markdown")
            << QStringLiteral("b.md") << QByteArray("Some *emphasis*.") << QStringLiteral("markdown")
            << QStringLiteral("Some emphasis.");
        QTest::newRow("an .htm file is html")
            << QStringLiteral("c.htm") << QByteArray("<p>Hello &amp; bye</p>") << QStringLiteral("html")
            << QStringLiteral("Hello & bye");
        QTest::newRow("html without an html name is recognised by its content")
            << QStringLiteral("saved-page")
            << QByteArray("  <!DOCTYPE html><html><body><p>Saved.</p></body></html>")
            << QStringLiteral("html") << QStringLiteral("Saved.");
    }

    void importsByKind()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expectedFormat);
        QFETCH(QString, expectedText);
        const ImportResult result = importFile(write(name, bytes));
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        QCOMPARE(result.document().metadata.format, expectedFormat);
        QCOMPARE(result.document().text, expectedText);
        QCOMPARE(result.document().metadata.filePath, m_dir.filePath(name));
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<Reason>("expectedReason");
        QTest::addColumn<QString>("expectedInMessage");

        QTest::newRow("a missing path") << m_dir.filePath(QStringLiteral("nowhere.txt")) << Reason::NotFound
                                        << QStringLiteral("does not exist");
        QTest::newRow("a directory") << m_dir.path() << Reason::IsDirectory << QStringLiteral("folder");
        QTest::newRow("an empty file")
            << write(QStringLiteral("empty.txt"), {}) << Reason::Empty << QStringLiteral("empty");
        QTest::newRow("only white space") << write(QStringLiteral("blank.txt"), "  \n\n\t \n")
                                          << Reason::NoText << QStringLiteral("no readable text");
        QTest::newRow("a binary file named .txt")
            // The literal's own size: a hand-counted 29 read past its end (ASan's finding).
            << write(QStringLiteral("image.txt"),
                     QByteArrayLiteral("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06"))
            << Reason::Binary << QStringLiteral("PNG image");
        QTest::newRow("invalid utf-8")
            << write(QStringLiteral("broken.txt"), QByteArray("Токаев\n\xD0\x28 заявил"))
            << Reason::InvalidUtf8 << QStringLiteral("line 2");
        QTest::newRow("a pdf cut off after its header")
            << write(QStringLiteral("report.pdf"), "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n")
            << Reason::Malformed << QStringLiteral("malformed");
        QTest::newRow("a zip named .docx with no Word document in it")
            << write(QStringLiteral("letter.docx"), QByteArray("PK\x05\x06", 4) + QByteArray(18, '\0'))
            << Reason::Malformed << QStringLiteral("malformed");
        QTest::newRow("an encrypted Word file (an OLE compound file)")
            << write(QStringLiteral("secret.docx"), encryptedOfficeFile()) << Reason::Encrypted
            << QStringLiteral("encrypted");
    }

    void refusesBadInput()
    {
        QFETCH(QString, path);
        QFETCH(Reason, expectedReason);
        QFETCH(QString, expectedInMessage);
        const ImportResult result = importFile(path);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().reason(), expectedReason);
        const QString message = result.error().message();
        QVERIFY2(message.contains(path), qPrintable(message));
        QVERIFY2(message.contains(expectedInMessage), qPrintable(message));
    }

    // A sparse file: 300 MB on paper, nothing on disk, refused before a byte is read.
    void refusesAHugeFileBeforeReadingIt()
    {
        const QString path = m_dir.filePath(QStringLiteral("huge.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(300LL * 1024 * 1024));
        file.close();
        const ImportResult result = importFile(path);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().reason(), Reason::TooLarge);
        QVERIFY2(result.error().message().contains(QStringLiteral("300")),
                 qPrintable(result.error().message()));
        QVERIFY2(result.error().message().contains(QStringLiteral("64")),
                 qPrintable(result.error().message()));
    }

    void acceptsAFileJustUnderTheLimit()
    {
        QByteArray bytes(kMaxImportBytes, 'a');
        for (qsizetype i = 79; i < bytes.size(); i += 80)
            bytes[i] = '\n';
        const ImportResult result = importFile(write(QStringLiteral("large.txt"), bytes));
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        QCOMPARE(result.document().text.size(), kMaxImportBytes);
    }

    void unreadableFileIsReported()
    {
        const QString path = write(QStringLiteral("secret.txt"), "secret");
        QFile::setPermissions(path, QFileDevice::Permissions());
        QFile probe(path);
        if (probe.open(QIODevice::ReadOnly))
            QSKIP("running with privileges that read any file (root)");
        const ImportResult result = importFile(path);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().reason(), Reason::Unreadable);
    }
};

QTEST_GUILESS_MAIN(TestDocumentImporter)
#include "tst_documentimporter.moc"
