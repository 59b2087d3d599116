#include "OfficeFixtures.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <thread>

using namespace claimscope::core;
namespace fixtures = officefixtures;
using Reason = ImportError::Reason;

Q_DECLARE_METATYPE(ImportError::Reason)

namespace {

QJsonObject article()
{
    QFile file(QStringLiteral(CLAIMSCOPE_TEST_DATA_DIR "/formats/article.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString describe(const ImportResult &result)
{
    return result.ok() ? QStringLiteral("imported") : result.error().message();
}

} // namespace

class TestOfficeImport final : public QObject {
    Q_OBJECT

private slots:
    // The shared article, rendered by make_office_fixtures.py with real heading styles or elements,
    // a real footnote, and its metadata, must read as the article's expected text in every format.
    void article_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("outlet");
        QTest::newRow("docx: headings, runs, a footnote and core properties")
            << QStringLiteral("article.docx") << QString();
        QTest::newRow("odt: headings, spans, wrapped lines, a note and meta.xml")
            << QStringLiteral("article.odt") << QString();
        QTest::newRow("epub: four chapters, an aside footnote with a back link, and the OPF")
            << QStringLiteral("article.epub") << QStringLiteral("Claimscope Test Press");
    }

    void article()
    {
        QFETCH(QString, file);
        QFETCH(QString, outlet);
        const QJsonObject expected = ::article();
        QVERIFY(!expected.isEmpty());
        const ImportResult result = fixtures::import(file);
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        const Document &document = result.document();

        const QString expectedText = expected.value(QStringLiteral("expectedText")).toString();
        QCOMPARE(fixtures::collapsed(document.text), fixtures::collapsed(expectedText));
        // Paragraphs stay paragraphs: the blank lines fall where the article's do.
        QCOMPARE(document.text.split(QStringLiteral("\n\n")).size(),
                 expectedText.split(QStringLiteral("\n\n")).size());
        QVERIFY(document.text.contains(QStringLiteral("Что говорят эксперты")));
        QVERIFY(document.text.contains(QStringLiteral("Cumhurbaşkanı Tokayev, ülkesinin")));

        const DocumentMetadata &m = document.metadata;
        QCOMPARE(m.title, expected.value(QStringLiteral("title")).toString());
        QCOMPARE(m.author, expected.value(QStringLiteral("author")).toString());
        QCOMPARE(m.date, QDate::fromString(expected.value(QStringLiteral("date")).toString(), Qt::ISODate));
        QCOMPARE(m.language, expected.value(QStringLiteral("language")).toString());
        QCOMPARE(m.outlet, outlet);
        QCOMPARE(m.format, QFileInfo(file).suffix());
        QCOMPARE(m.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(m.filePath, fixtures::path(file));
        QVERIFY(m.url.isEmpty());
        QVERIFY(document.geometry.isEmpty());
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<Reason>("reason");

        QTest::newRow("docx: a password-protected document (an OLE file with an EncryptedPackage)")
            << QStringLiteral("docx-encrypted.docx") << Reason::Encrypted;
        QTest::newRow("docx: a Word 97 document named .docx")
            << QStringLiteral("docx-word97.docx") << Reason::Malformed;
        QTest::newRow("docx: a ZIP entry with the encryption flag")
            << QStringLiteral("docx-zip-encrypted-entry.docx") << Reason::Encrypted;
        QTest::newRow("odt: encryption data in the manifest")
            << QStringLiteral("odt-encrypted.odt") << Reason::Encrypted;
        QTest::newRow("epub: DRM, encryption.xml over a chapter")
            << QStringLiteral("epub-drm.epub") << Reason::Encrypted;

        for (const QString &format :
             {QStringLiteral("docx"), QStringLiteral("odt"), QStringLiteral("epub")}) {
            const QString main = format == u"docx"  ? QStringLiteral("document.xml")
                                 : format == u"odt" ? QStringLiteral("content.xml")
                                                    : QStringLiteral("the OPF");
            QTest::addRow("%s: billion laughs in %s", qPrintable(format), qPrintable(main))
                << format + u"-laughs." + format << Reason::Malformed;
            QTest::addRow("%s: an external entity naming /etc/passwd in %s", qPrintable(format),
                          qPrintable(main))
                << format + u"-xxe-file." + format << Reason::Malformed;
            QTest::addRow("%s: an external entity naming http://127.0.0.1:9 in %s", qPrintable(format),
                          qPrintable(main))
                << format + u"-xxe-http." + format << Reason::Malformed;
            QTest::addRow("%s: the first half of the file", qPrintable(format))
                << format + u"-truncated." + format << Reason::Malformed;
            QTest::addRow("%s: text, not a ZIP", qPrintable(format))
                << format + u"-not-a-zip." + format << Reason::Malformed;
            QTest::addRow("%s: nothing to read", qPrintable(format))
                << format + u"-empty." + format << Reason::NoText;
        }
        QTest::newRow("docx: an external entity in docProps/core.xml")
            << QStringLiteral("docx-xxe-core.docx") << Reason::Malformed;
        for (const char *name : {"laughs", "xxe-file", "xxe-http"}) {
            QTest::addRow("epub: a chapter whose DOCTYPE declares entities (%s)", name)
                << QStringLiteral("epub-chapter-%1.epub").arg(QLatin1StringView(name)) << Reason::Malformed;
        }
        QTest::newRow("docx: no word/document.xml")
            << QStringLiteral("docx-no-main-part.docx") << Reason::Malformed;
        QTest::newRow("odt: no content.xml") << QStringLiteral("odt-no-content.odt") << Reason::Malformed;
        QTest::newRow("epub: no package document")
            << QStringLiteral("epub-no-package.epub") << Reason::Malformed;
        QTest::newRow("epub: no container.xml")
            << QStringLiteral("epub-no-container.epub") << Reason::Malformed;
        QTest::newRow("docx: document.xml is not well-formed")
            << QStringLiteral("docx-malformed.docx") << Reason::Malformed;
        QTest::newRow("odt: content.xml is not well-formed")
            << QStringLiteral("odt-malformed.odt") << Reason::Malformed;
    }

    void refusals()
    {
        QFETCH(QString, file);
        QFETCH(Reason, reason);
        const ImportResult result = fixtures::import(file);
        QVERIFY2(!result.ok(), qPrintable(file + u" was imported:\n" +
                                          (result.ok() ? result.document().text.left(300) : QString())));
        QVERIFY2(result.error().reason() == reason, qPrintable(result.error().message()));
        QVERIFY(result.error().message().contains(QDir::toNativeSeparators(fixtures::path(file))));
        // Nothing of what an external entity names ever reaches the message.
        QVERIFY(!result.error().message().contains(QStringLiteral("root:")));
    }

    // A bomb is refused with ArchiveLimit without being inflated: memory is the process's peak before
    // and after (the time is printed, not asserted; speed belongs to the benchmarks).
    void bombs_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("docx: document.xml inflating to 1 GiB") << QStringLiteral("docx-bomb.docx");
        QTest::newRow("docx: 1 GiB behind a header that claims 50 MiB")
            << QStringLiteral("docx-bomb-lying-header.docx");
        QTest::newRow("docx: 50 MiB of zeros, a ratio of 1,000 to 1")
            << QStringLiteral("docx-ratio-bomb.docx");
        QTest::newRow("docx: 10,006 entries") << QStringLiteral("docx-too-many-entries.docx");
        QTest::newRow("odt: content.xml inflating to 1 GiB") << QStringLiteral("odt-bomb.odt");
        QTest::newRow("epub: a chapter inflating to 1 GiB") << QStringLiteral("epub-bomb.epub");
    }

    void bombs()
    {
        QFETCH(QString, file);
        const QByteArray bytes = fixtures::bytes(file);
        QVERIFY(!bytes.isEmpty());
        const QString suffix = QFileInfo(file).suffix();
        fixtures::resetPeakRss();
        const qint64 peakBefore = fixtures::peakRssKiB();
        QElapsedTimer timer;
        timer.start();
        const ImportResult result = suffix == u"docx"  ? importDocx(bytes, fixtures::path(file))
                                    : suffix == u"odt" ? importOdt(bytes, fixtures::path(file))
                                                       : importEpub(bytes, fixtures::path(file));
        const qint64 elapsed = timer.elapsed();
        const qint64 peakGrowth = fixtures::peakRssKiB() - peakBefore;
        QVERIFY(!result.ok());
        QVERIFY2(result.error().reason() == Reason::ArchiveLimit, qPrintable(result.error().message()));
        if (peakBefore > 0)
            QVERIFY2(peakGrowth < 48 * 1024,
                     qPrintable(QStringLiteral("peak memory grew by %1 KiB").arg(peakGrowth)));
        qInfo("%s: %s in %lld ms, peak memory +%lld KiB", qPrintable(file),
              qPrintable(result.error().detail()), elapsed, peakGrowth);
    }

    // Importers run on two worker threads at once: the same files on two threads give what one gives.
    void twoThreadsAtOnce()
    {
        const QStringList files = {
            QStringLiteral("article.docx"),       QStringLiteral("article.odt"),
            QStringLiteral("article.epub"),       QStringLiteral("epub-notes.epub"),
            QStringLiteral("docx-notes.docx"),    QStringLiteral("odt-notes.odt"),
            QStringLiteral("docx-xxe-file.docx"), QStringLiteral("docx-bomb-lying-header.docx")};
        QList<QByteArray> inputs;
        QStringList expected;
        for (const QString &file : files) {
            inputs.append(fixtures::bytes(file));
            const ImportResult result = fixtures::import(file);
            expected.append(result.ok() ? result.document().text : result.error().message());
        }
        const auto run = [&](QStringList *out) {
            for (int round = 0; round < 15; ++round) {
                for (qsizetype i = 0; i < files.size(); ++i) {
                    const QString suffix = QFileInfo(files[i]).suffix();
                    const QString path = fixtures::path(files[i]);
                    const ImportResult result = suffix == u"docx"  ? importDocx(inputs[i], path)
                                                : suffix == u"odt" ? importOdt(inputs[i], path)
                                                                   : importEpub(inputs[i], path);
                    const QString outcome = result.ok() ? result.document().text : result.error().message();
                    if (outcome != expected[i])
                        out->append(files[i]);
                }
            }
        };
        QStringList mismatchesA;
        QStringList mismatchesB;
        std::thread a(run, &mismatchesA);
        std::thread b(run, &mismatchesB);
        a.join();
        b.join();
        QVERIFY2(mismatchesA.isEmpty(), qPrintable(mismatchesA.join(u", ")));
        QVERIFY2(mismatchesB.isEmpty(), qPrintable(mismatchesB.join(u", ")));
    }
};

QTEST_GUILESS_MAIN(TestOfficeImport)
#include "tst_officeimport.moc"
