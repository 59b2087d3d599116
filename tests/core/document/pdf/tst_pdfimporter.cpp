#include "PdfFixtureTexts.h"
#include "core/document/pdf/PdfImporter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTest>
#include <QThread>

#include <ctime>
#include <memory>

using namespace claimscope::core;
using namespace pdffixtures;
using Reason = ImportError::Reason;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(CLAIMSCOPE_PDF_FIXTURES "/") + name;
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

ImportResult importFixture(const QString &name, const QString &password = {})
{
    const QString path = fixture(name);
    const QByteArray bytes = bytesOf(path);
    if (bytes.isEmpty())
        qFatal("missing fixture %s: build the pdf_fixtures target", qPrintable(path));
    return importPdf(bytes, path, password);
}

QString collapsed(const QString &text)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    return QString(text).replace(whitespace, QStringLiteral(" ")).trimmed();
}

QString paragraphs(const QStringList &list)
{
    return list.join(QStringLiteral("\n\n"));
}

// Every character of the text other than white space lies in exactly one word box, and the boxes are
// in text order, on existing pages, inside them.
QString geometryProblem(const Document &document)
{
    const PageGeometry &geometry = document.geometry;
    QList<int> cover(document.text.size(), 0);
    qsizetype previousEnd = 0;
    for (const WordBox &word : geometry.words) {
        if (word.offset < previousEnd || word.length <= 0 || word.offset + word.length > document.text.size())
            return QStringLiteral("box out of order or range at %1").arg(word.offset);
        previousEnd = word.offset + word.length;
        if (word.page < 0 || word.page >= geometry.pageSizes.size())
            return QStringLiteral("box on page %1 of %2").arg(word.page).arg(geometry.pageSizes.size());
        const QRectF page(QPointF(0, 0), geometry.pageSizes.at(word.page));
        if (!page.contains(word.box))
            return QStringLiteral("box of “%1” outside its page")
                .arg(document.text.mid(word.offset, word.length));
        for (qsizetype i = word.offset; i < word.offset + word.length; ++i)
            ++cover[i];
    }
    for (qsizetype i = 0; i < document.text.size(); ++i) {
        const bool space = document.text.at(i).isSpace();
        if (cover.at(i) != (space ? 0 : 1))
            return QStringLiteral("character %1 (“%2”) is in %3 boxes")
                .arg(i)
                .arg(document.text.mid(std::max<qsizetype>(0, i - 10), 20))
                .arg(cover.at(i));
    }
    return {};
}

QStringList g_messages;

void keepMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_messages.append(message);
}

// The messages an import produces through Qt's logging, where poppler's complaints would land.
QStringList messagesWhileImporting(const QString &name)
{
    g_messages.clear();
    const QtMessageHandler previous = qInstallMessageHandler(keepMessage);
    importFixture(name);
    qInstallMessageHandler(previous);
    return g_messages;
}

} // namespace

class TestPdfImporter final : public QObject {
    Q_OBJECT

private slots:
    void text_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");

        QTest::newRow("a page of paragraphs, set off by gaps and by indents, in reading order")
            << QStringLiteral("simple.pdf") << paragraphs(QStringList{kSimpleHeading} + kSimpleParagraphs);
        QTest::newRow("NULs padding the file after its end are not damage")
            << QStringLiteral("padded.pdf") << paragraphs(QStringList{kSimpleHeading} + kSimpleParagraphs);
        QTest::newRow("hyphens at line ends: joined before lower case, kept before capitals and digits")
            << QStringLiteral("hyphens.pdf") << kHyphenText;

        QStringList furniture;
        for (int page = 0; page < kFurniturePages; ++page) {
            if (kFurnitureNotePages.contains(page))
                furniture.append(kFurnitureNote);
            QStringList bodies = kFurnitureBodies.at(page);
            if (page == 2)
                furniture.back() += u' ' + bodies.takeFirst(); // runs on from the page before
            furniture += bodies;
        }
        QTest::newRow("running header, footer and page numbers dropped; a note on two pages kept")
            << QStringLiteral("furniture.pdf") << paragraphs(furniture);

        QTest::newRow("two columns: all of the first, then all of the second")
            << QStringLiteral("columns.pdf")
            << paragraphs({kColumnsHeading, kColumnOne.at(0), kColumnOne.at(1) + u' ' + kColumnTwo.at(0),
                           kColumnTwo.at(1)});
        QTest::newRow("Russian") << QStringLiteral("russian.pdf")
                                 << paragraphs(QStringList{kRussianHeading} + kRussianParagraphs);
        QTest::newRow("Turkish") << QStringLiteral("turkish.pdf")
                                 << paragraphs(QStringList{kTurkishHeading} + kTurkishParagraphs);
    }

    void text()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        const ImportResult result = importFixture(file);
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        QCOMPARE(result.document().text, expected);
        QCOMPARE(geometryProblem(result.document()), QString());
    }

    void language_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("simple.pdf") << QStringLiteral("en");
        QTest::newRow("Russian") << QStringLiteral("russian.pdf") << QStringLiteral("ru");
        QTest::newRow("Turkish") << QStringLiteral("turkish.pdf") << QStringLiteral("tr");
    }

    void language()
    {
        QFETCH(QString, file);
        QFETCH(QString, language);
        const ImportResult result = importFixture(file);
        QVERIFY(result.ok());
        QCOMPARE(result.document().metadata.language, language);
    }

    void metadataFromTheInformationDictionary()
    {
        const ImportResult result = importFixture(QStringLiteral("metadata.pdf"));
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        const DocumentMetadata &m = result.document().metadata;
        QCOMPARE(m.title, kMetadataTitle);
        QCOMPARE(m.author, kMetadataAuthor);
        QCOMPARE(m.date, QDate(2024, 10, 25));
        QCOMPARE(m.format, QStringLiteral("pdf"));
        QCOMPARE(m.encoding, QString());
        QCOMPARE(m.filePath, fixture(QStringLiteral("metadata.pdf")));
        QCOMPARE(m.language, QStringLiteral("en"));
    }

    void withoutATitleTheFirstHeadingIsTheTitle()
    {
        const ImportResult result = importFixture(QStringLiteral("untitled.pdf"));
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        QCOMPARE(result.document().metadata.title, kUntitledHeading);
        QVERIFY(result.document().metadata.author.isEmpty());
    }

    // The article every importer reads: headings, wrapped paragraphs, a superscript note mark and the
    // note after the last block.
    void sharedArticle()
    {
        QFile file(QStringLiteral(CLAIMSCOPE_TEST_DATA_DIR "/formats/article.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject article = QJsonDocument::fromJson(file.readAll()).object();
        const ImportResult result = importFixture(QStringLiteral("article.pdf"));
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        const Document &document = result.document();
        QCOMPARE(collapsed(document.text), collapsed(article.value(u"expectedText").toString()));
        QCOMPARE(document.metadata.title, article.value(u"title").toString());
        QCOMPARE(document.metadata.author, article.value(u"author").toString());
        QCOMPARE(document.metadata.date, QDate::fromString(article.value(u"date").toString(), Qt::ISODate));
        QCOMPARE(document.metadata.language, article.value(u"language").toString());
        QCOMPARE(geometryProblem(document), QString());
    }

    void pageSizesOnePerPage()
    {
        const ImportResult result = importFixture(QStringLiteral("furniture.pdf"));
        QVERIFY(result.ok());
        const PageGeometry &geometry = result.document().geometry;
        QCOMPARE(geometry.pageSizes, QList<QSizeF>(kFurniturePages, QSizeF(595, 842)));
        // The run-on paragraph has words on both pages.
        const QString &text = result.document().text;
        const qsizetype would = text.indexOf(QStringLiteral("would continue"));
        QVERIFY(would > 0);
        QList<int> pages;
        for (const WordBox &word : geometry.words) {
            if (word.offset == would || word.offset == would + 6)
                pages.append(word.page);
        }
        QCOMPARE(pages, (QList<int>{1, 2}));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("password");
        QTest::addColumn<Reason>("reason");
        QTest::addColumn<QString>("detail");

        QTest::newRow("encrypted, no password")
            << QStringLiteral("encrypted.pdf") << QString() << Reason::PasswordRequired << QString();
        QTest::newRow("encrypted, wrong password")
            << QStringLiteral("encrypted.pdf") << QStringLiteral("guess") << Reason::WrongPassword
            << QString();
        QTest::newRow("RC4-encrypted, no password")
            << QStringLiteral("encrypted-rc4.pdf") << QString() << Reason::PasswordRequired << QString();
        QTest::newRow("RC4-encrypted, the AES file's password")
            << QStringLiteral("encrypted-rc4.pdf") << kUserPassword << Reason::WrongPassword << QString();
        QTest::newRow("scanned pages: images only")
            << QStringLiteral("scanned.pdf") << QString() << Reason::NoTextLayer << QString();
        QTest::newRow("a page with a drawing and no text")
            << QStringLiteral("blank.pdf") << QString() << Reason::NoTextLayer << QString();
        QTest::newRow("more pages than the limit") << QStringLiteral("too-many-pages.pdf") << QString()
                                                   << Reason::TooManyPages << QStringLiteral("2001");
        QTest::newRow("cut short") << QStringLiteral("truncated.pdf") << QString() << Reason::Malformed
                                   << QStringLiteral("the file is cut short");
        QTest::newRow("text with a .pdf suffix") << QStringLiteral("not-a-pdf.pdf") << QString()
                                                 << Reason::Malformed << QStringLiteral("not a PDF file");
        QTest::newRow("a header and a trailer around garbage")
            << QStringLiteral("damaged.pdf") << QString() << Reason::Malformed << QString();
    }

    void refusals()
    {
        QFETCH(QString, file);
        QFETCH(QString, password);
        QFETCH(Reason, reason);
        QFETCH(QString, detail);
        const ImportResult result = importFixture(file, password);
        QVERIFY2(!result.ok(), qPrintable(result.ok() ? result.document().text.left(200) : QString()));
        QCOMPARE(result.error().reason(), reason);
        QCOMPARE(result.error().filePath(), fixture(file));
        if (!detail.isEmpty())
            QCOMPARE(result.error().detail(), detail);
        if (reason == Reason::Malformed)
            QVERIFY(!result.error().detail().isEmpty()); // poppler's own reason when it is poppler's
    }

    // Poppler's explanation of a file it cannot open is the detail, and its chatter is silent unless
    // the claimscope.pdf logging category is switched on.
    void popplersMessages()
    {
        const ImportResult result = importFixture(QStringLiteral("damaged.pdf"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().reason(), Reason::Malformed);
        QVERIFY2(result.error().detail() != u"PDF" && !result.error().detail().startsWith(u"Error"),
                 qPrintable(result.error().detail()));

        QCOMPARE(messagesWhileImporting(QStringLiteral("damaged.pdf")), QStringList());
        QLoggingCategory::setFilterRules(QStringLiteral("claimscope.pdf.debug=true"));
        const QStringList logged = messagesWhileImporting(QStringLiteral("damaged.pdf"));
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(!logged.isEmpty());
        QVERIFY2(logged.join(u'\n').contains(result.error().detail()), qPrintable(logged.join(u'\n')));
    }

    void encryptedWithThePassword_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("password");
        QTest::newRow("AES-256, the user password (UTF-8)")
            << QStringLiteral("encrypted.pdf") << kUserPassword;
        QTest::newRow("AES-256, the owner password") << QStringLiteral("encrypted.pdf") << kOwnerPassword;
        QTest::newRow("RC4, the user password (Latin-1)")
            << QStringLiteral("encrypted-rc4.pdf") << kLatinUserPassword;
    }

    void encryptedWithThePassword()
    {
        QFETCH(QString, file);
        QFETCH(QString, password);
        const ImportResult result = importFixture(file, password);
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        QCOMPARE(result.document().text, paragraphs(QStringList{kSimpleHeading} + kSimpleParagraphs));
        QCOMPARE(result.document().metadata.title, kSimpleHeading);
    }

    // importFile runs on two worker threads at once: each import must come out as it does alone.
    void twoThreadsAtOnce()
    {
        const QStringList first = {QStringLiteral("hundred.pdf"), QStringLiteral("encrypted.pdf"),
                                   QStringLiteral("damaged.pdf")};
        const QStringList second = {QStringLiteral("article.pdf"), QStringLiteral("furniture.pdf"),
                                    QStringLiteral("columns.pdf"), QStringLiteral("truncated.pdf")};
        QHash<QString, QString> alone;
        for (const QString &name : first + second) {
            const ImportResult result = importFixture(name);
            alone.insert(name, result.ok() ? result.document().text : result.error().message());
        }

        constexpr int kRounds = 4;
        const auto run = [&](const QStringList &names, QStringList *differences) {
            for (int round = 0; round < kRounds; ++round) {
                for (const QString &name : names) {
                    const ImportResult result = importFixture(name);
                    const QString outcome = result.ok() ? result.document().text : result.error().message();
                    if (outcome != alone.value(name))
                        differences->append(name);
                }
            }
        };
        QStringList firstDifferences;
        QStringList secondDifferences;
        const std::unique_ptr<QThread> a(QThread::create(run, first, &firstDifferences));
        const std::unique_ptr<QThread> b(QThread::create(run, second, &secondDifferences));
        a->start();
        b->start();
        QVERIFY(a->wait(QDeadlineTimer(120'000)));
        QVERIFY(b->wait(QDeadlineTimer(120'000)));
        QCOMPARE(firstDifferences, QStringList());
        QCOMPARE(secondDifferences, QStringList());
    }

    // A hundred pages of text with a running header, footer and page numbers: every page, every
    // paragraph, none of the furniture. The time is printed for information only; speed is measured
    // by the benchmarks, never asserted in a test.
    void hundredPages()
    {
        const QString path = fixture(QStringLiteral("hundred.pdf"));
        const QByteArray bytes = bytesOf(path);
        QVERIFY(!bytes.isEmpty());
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpuStart = std::clock();
        const ImportResult result = importPdf(bytes, path);
        const qint64 cpuMs = qint64(std::clock() - cpuStart) * 1000 / CLOCKS_PER_SEC;
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        qInfo("hundred.pdf: %d pages, %lld characters, %lld word boxes: %lld ms processor time, %lld ms wall",
              int(result.document().geometry.pageSizes.size()), qint64(result.document().text.size()),
              qint64(result.document().geometry.words.size()), cpuMs, elapsed);

        const Document &document = result.document();
        QCOMPARE(document.geometry.pageSizes.size(), qsizetype(kHundredPages));
        QCOMPARE(document.text.count(QStringLiteral("\n\n")) + 1, kHundredPages * kHundredParagraphsPerPage);
        QVERIFY(!document.text.contains(QStringLiteral("regional trade · page")));
        QVERIFY(!document.text.contains(QStringLiteral("benchmark fixture")));
        QVERIFY(!document.text.contains(QStringLiteral("of 100")));
        QCOMPARE(document.metadata.title, QStringLiteral("Annual report on regional trade"));
        QCOMPARE(geometryProblem(document), QString());
    }
};

QTEST_GUILESS_MAIN(TestPdfImporter)
#include "tst_pdfimporter.moc"
