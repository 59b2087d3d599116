#include "OfficeFixtures.h"

#include <QTest>

using namespace claimscope::core;
namespace fixtures = officefixtures;

class TestOfficeStructure final : public QObject {
    Q_OBJECT

private slots:
    // Each fixture holds one structure of its format; its text is compared exactly.
    void text_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expectedText");

        QTest::newRow("docx: tracked changes keep insertions and moves' new place, drop deletions")
            << QStringLiteral("docx-tracked-changes.docx")
            << QStringLiteral("Trade rose sharply.\n\nLast year, it seems.");
        QTest::newRow("docx: fields keep their result, not their instruction; links keep their text")
            << QStringLiteral("docx-fields.docx")
            << QStringLiteral("See the report, dated 25.10.2024, and the annex.");
        QTest::newRow("docx: a table is rows of tab-separated cells, empty cells kept")
            << QStringLiteral("docx-table.docx")
            << QStringLiteral(
                   "Before.\n\nYear\tValue\tNote\n2023\t43.5\t\n2024\tn/a\tFirst line Second line\n\nAfter.");
        QTest::newRow("docx: list items are paragraphs")
            << QStringLiteral("docx-lists.docx")
            << QStringLiteral("Members:\n\nBrazil\n\nRussia\n\nMoscow\n\nIndia");
        QTest::newRow("docx: breaks, tabs and typed spaces stay; tab stops and indents do not")
            << QStringLiteral("docx-breaks.docx")
            << QStringLiteral("Line one\nLine two  \tafter a tab\nTwo  spaces stay; Kassym-Jomart\n\n"
                              "Tab stops are not tabs.");
        QTest::newRow("docx: hidden runs are dropped, a text box is read once")
            << QStringLiteral("docx-hidden-and-textbox.docx")
            << QStringLiteral("Visible and shown text.\n\nBox text.\n\nAfter the box.");
        QTest::newRow("docx: endnotes and footnotes share one count in order of reference")
            << QStringLiteral("docx-notes.docx")
            << QStringLiteral(
                   "A claim.[1] Another claim.[2]\n\nThe first claim again.[1]\n\n[1] Endnote text.\n\n"
                   "[2] Footnote text.");
        QTest::newRow("odt: text:s counts spaces, text:tab and text:line-break stay, a huge count is capped")
            << QStringLiteral("odt-spaces.odt")
            << QStringLiteral("a   b and c   d; lead e\n\nTab\tstop\nnext line\n\nhuge") +
                   QString(1024, u' ') + QStringLiteral("gap");
        QTest::newRow("odt: lists, nested lists, list headers and sections are paragraphs")
            << QStringLiteral("odt-lists.odt")
            << QStringLiteral("Members:\n\nBrazil\n\nRussia\n\nMoscow\n\nIndia\n\nIn a section.");
        QTest::newRow("odt: a table is rows of tab-separated cells, covered cells kept empty")
            << QStringLiteral("odt-table.odt")
            << QStringLiteral(
                   "Before.\n\nYear\tValue\tNote\n2023\t43.5\t\nmerged\t\tFirst line Second line\n\nAfter.");
        QTest::newRow("odt: tracked deletions, comments and image titles are not text")
            << QStringLiteral("odt-tracked-changes.odt")
            << QStringLiteral("Trade rose sharply.\n\nA picture.");
        QTest::newRow("odt: endnotes and footnotes in order, a note's paragraphs as lines")
            << QStringLiteral("odt-notes.odt")
            << QStringLiteral(
                   "A claim.[1] Another claim.[2]\n\nЗаголовок\n\nПолитолог заявил, что статус партнёра "
                   "даёт Астане доступ к проектам объединения без политических обязательств.\n\n"
                   "[1] Endnote text.\n\n[2] Footnote,\ntwo paragraphs.");
        QTest::newRow("epub: notes across documents, one linked twice, back links dropped, unlinked last")
            << QStringLiteral("epub-notes.epub")
            << QStringLiteral(
                   "Notes everywhere\n\nFirst claim.[1] Second claim.[2]\n\nThird claim.[3] Again the "
                   "first.[1]\n\n[1] Endnote one.\n\n[2] A footnote.\n\n[3] Endnote two.\n\n"
                   "[4] Nobody links here.");
        QTest::newRow("epub: an EPUB 2 chapter with the XHTML 1.1 DOCTYPE and HTML entities")
            << QStringLiteral("epub-epub2.epub")
            << QStringLiteral("Kazan summit\n\nHeads\u00A0of state met & talked\u00A0at length.");
        QTest::newRow("epub: obfuscated fonts do not make a book encrypted")
            << QStringLiteral("epub-obfuscated-fonts.epub") << QStringLiteral("Fonts are only obfuscated.");
    }

    void text()
    {
        QFETCH(QString, file);
        QFETCH(QString, expectedText);
        const ImportResult result = fixtures::import(file);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message()));
        QCOMPARE(result.document().text, expectedText);
    }

    void docxTitleFromALocalisedHeadingStyleAndGuessedLanguage()
    {
        const ImportResult result = fixtures::import(QStringLiteral("docx-localised-styles.docx"));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message()));
        const DocumentMetadata &m = result.document().metadata;
        QCOMPARE(m.title, QStringLiteral("Песков: решение за Казахстаном"));
        QCOMPARE(m.language, QStringLiteral("ru"));
        QVERIFY(m.author.isEmpty());
        QVERIFY(!m.date.isValid());
        QCOMPARE(m.format, QStringLiteral("docx"));
    }

    void odtAuthorIsTheInitialCreatorAndDateTheCreationDate()
    {
        const ImportResult result = fixtures::import(QStringLiteral("article.odt"));
        QVERIFY(result.ok());
        // meta.xml also names "Night Desk" as the last to save it, on 2 November.
        QCOMPARE(result.document().metadata.author, QStringLiteral("Aruzhan Temirova"));
        QCOMPARE(result.document().metadata.date, QDate(2024, 10, 25));
    }

    void odtTitleFromFirstHeadingWithoutMeta()
    {
        const ImportResult result = fixtures::import(QStringLiteral("odt-notes.odt"));
        QVERIFY(result.ok());
        QCOMPARE(result.document().metadata.title, QStringLiteral("Заголовок"));
        QCOMPARE(result.document().metadata.language, QStringLiteral("ru"));
    }

    void epub2MetadataFromTheOpf()
    {
        const ImportResult result = fixtures::import(QStringLiteral("epub-epub2.epub"));
        QVERIFY(result.ok());
        const DocumentMetadata &m = result.document().metadata;
        QCOMPARE(m.title, QStringLiteral("Kazan summit")); // no dc:title: the first chapter's
        QCOMPARE(m.author, QStringLiteral("Aruzhan Temirova, Marat Seitov"));
        QCOMPARE(m.date, QDate(2024, 10, 23)); // the publication date, not the modification
        QCOMPARE(m.language, QStringLiteral("en"));
        QCOMPARE(m.format, QStringLiteral("epub"));
    }
};

QTEST_GUILESS_MAIN(TestOfficeStructure)
#include "tst_officestructure.moc"
