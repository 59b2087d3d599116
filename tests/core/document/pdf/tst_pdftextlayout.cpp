#include "PdfTestPages.h"
#include "core/document/pdf/PdfLines.h"
#include "core/document/pdf/PdfMetadata.h"
#include "core/document/pdf/PdfParagraphs.h"
#include "core/document/pdf/PdfTextLayout.h"

#include <QTest>

using namespace claimscope::core;
using namespace claimscope::core::pdf;
using namespace pdftest;

namespace {

// Lines of about 75 characters (450 pt) fill the 451 pt measure.
const QString kFull1 =
    QStringLiteral("Kazakhstan will not apply for full membership of BRICS in the foreseeable");
const QString kFull2 = QStringLiteral("future, the press secretary of the president said on Tuesday after a");
const QString kFull3 =
    QStringLiteral("meeting of the security council in the capital, where ministers had met");

} // namespace

class TestPdfTextLayout final : public QObject {
    Q_OBJECT

private slots:
    void linesFollowPopplersLineEnds()
    {
        PageBuilder page;
        page.line(QStringLiteral("one two"), 100);
        page.line(QStringLiteral("three four"), 114);
        const PageLines lines = linesOfPage(page.take(), 0);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).text(), QStringLiteral("one two"));
        QCOMPARE(lines.at(1).text(), QStringLiteral("three four"));
    }

    void wordsWithoutHintsAreGroupedByPosition()
    {
        PageWords page;
        page.size = kA4;
        page.words = {{QStringLiteral("left"), QRectF(72, 90, 24, 13), false},
                      {QStringLiteral("right"), QRectF(102, 90, 30, 13), false},
                      {QStringLiteral("below"), QRectF(72, 104, 30, 13), false}};
        const PageLines lines = linesOfPage(page, 3);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).text(), QStringLiteral("left right"));
        QCOMPARE(lines.at(1).page, 3);
    }

    void aSuperscriptStaysOnItsLine()
    {
        // Poppler may end the line before a superscript; it stays on the line, with no space before it.
        PageWords page;
        page.size = kA4;
        page.words = {{QStringLiteral("year."), QRectF(72, 90, 30, 13), true},
                      {QStringLiteral("[1]"), QRectF(102.5, 86, 10, 8), true}};
        const PageLines lines = linesOfPage(page, 0);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.at(0).text(), QStringLiteral("year.[1]"));
        QCOMPARE(lines.at(0).height, 13.0);
    }

    void aSmallBulletStaysOnItsLine()
    {
        // Poppler ends a line after a bullet set smaller than the item's text.
        PageWords page;
        page.size = kA4;
        page.words = {{QStringLiteral("•"), QRectF(119.6, 316.1, 2.8, 7.1), true},
                      {QStringLiteral("A"), QRectF(129.5, 314.7, 7.2, 8.9), false},
                      {QStringLiteral("way."), QRectF(139.2, 314.7, 20, 8.9), true}};
        const PageLines lines = linesOfPage(page, 0);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.at(0).text(), QStringLiteral("• A way."));
    }

    void paragraphs_data()
    {
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QList<PageWords>>("pages");

        {
            PageBuilder page;
            double y = page.paragraph({kFull1, kFull2, QStringLiteral("short end.")}, 100);
            page.paragraph({QStringLiteral("Second paragraph.")}, y + 10);
            QTest::newRow("a blank gap ends a paragraph; its lines are joined with spaces")
                << (kFull1 + u' ' + kFull2 + QStringLiteral(" short end.\n\nSecond paragraph."))
                << QList<PageWords>{page.take()};
        }
        {
            PageBuilder page;
            page.paragraph({kFull1, kFull2, QStringLiteral("short end.")}, 100);
            page.line(QStringLiteral("Indented start of the next paragraph, which runs on to a second line"),
                      142, kLeft + 18);
            page.line(QStringLiteral("that is flush left again."), 156);
            QTest::newRow("a first-line indent ends a paragraph without a gap")
                << (kFull1 + u' ' + kFull2 +
                    QStringLiteral(" short end.\n\nIndented start of the next paragraph, which runs on to a "
                                   "second line that is flush left again."))
                << QList<PageWords>{page.take()};
        }
        {
            PageBuilder page;
            page.line(QStringLiteral("• Thread-safety. No global variables are used and multiple handles"),
                      100);
            page.line(QStringLiteral("may be used in parallel."), 114, kLeft + 12);
            page.line(QStringLiteral("• Portability. The code should work on all systems and on Windows"),
                      128);
            page.line(QStringLiteral("and beyond."), 142, kLeft + 12);
            QTest::newRow("a list item's hanging indent stays in its item")
                << QStringLiteral(
                       "• Thread-safety. No global variables are used and multiple handles may be used in "
                       "parallel.\n\n• Portability. The code should work on all systems and on Windows "
                       "and beyond.")
                << QList<PageWords>{page.take()};
        }
        {
            PageBuilder page;
            page.paragraph(
                {kFull1, QStringLiteral("ends here."), QStringLiteral("Next one starts at once."), kFull3},
                100);
            QTest::newRow("a sentence's end with room left on the line ends a paragraph")
                << (kFull1 + QStringLiteral(" ends here.\n\nNext one starts at once.\n\n") + kFull3)
                << QList<PageWords>{page.take()};
        }
        {
            PageBuilder page;
            page.paragraph({kFull1, QStringLiteral("ends without a full stop"), kFull3}, 100);
            QTest::newRow("a short line without a sentence's end stays in its paragraph")
                << (kFull1 + QStringLiteral(" ends without a full stop ") + kFull3)
                << QList<PageWords>{page.take()};
        }
        {
            PageBuilder page;
            page.line(QStringLiteral("A Heading"), 80, kLeft, 18);
            page.paragraph({kFull1, QStringLiteral("end.")}, 100);
            QTest::newRow("a larger line is a heading of its own, even without a gap")
                << (QStringLiteral("A Heading\n\n") + kFull1 + QStringLiteral(" end."))
                << QList<PageWords>{page.take()};
        }
        {
            PageBuilder page;
            page.line(QStringLiteral("Reactions in Moscow"), 100);
            page.paragraph({kFull1, QStringLiteral("end.")}, 124);
            QTest::newRow("a short line followed by a bigger gap is a heading of its own")
                << (QStringLiteral("Reactions in Moscow\n\n") + kFull1 + QStringLiteral(" end."))
                << QList<PageWords>{page.take()};
        }
        {
            PageBuilder first;
            first.paragraph({kFull1, QStringLiteral("the talks would")}, 700);
            PageBuilder second;
            second.paragraph({QStringLiteral("continue next year.")}, 100);
            QTest::newRow("a paragraph runs on across a page break")
                << (kFull1 + QStringLiteral(" the talks would continue next year."))
                << QList<PageWords>{first.take(), second.take()};
        }
        {
            PageBuilder first;
            first.paragraph({kFull1, QStringLiteral("was over.")}, 700);
            PageBuilder second;
            second.paragraph({QStringLiteral("New paragraph.")}, 100);
            QTest::newRow("a finished sentence and a capital end a paragraph at a page break")
                << (kFull1 + QStringLiteral(" was over.\n\nNew paragraph."))
                << QList<PageWords>{first.take(), second.take()};
        }
        {
            PageBuilder page;
            page.paragraph({QStringLiteral("Left column line one"), QStringLiteral("left column line two.")},
                           100);
            page.paragraph(
                {QStringLiteral("Right column line one"), QStringLiteral("right column line two.")}, 100,
                320);
            QTest::newRow("a column break with a finished sentence ends the paragraph")
                << QStringLiteral("Left column line one left column line two.\n\nRight column line one right "
                                  "column line two.")
                << QList<PageWords>{page.take()};
        }
        {
            PageBuilder page;
            page.line(QStringLiteral("The government announced an inter-"), 100);
            page.line(QStringLiteral("national forum, and President Kassym-"), 114);
            page.line(QStringLiteral("Jomart Tokayev spoke about the COVID-"), 128);
            page.line(QStringLiteral("19 measures, a Russian за-"), 142);
            page.line(QStringLiteral("явил, a Turkish kü-"), 156);
            page.line(QStringLiteral("çük, ılı-"), 170);
            page.line(QStringLiteral("ık and Türk-"), 184);
            page.line(QStringLiteral("İslam, 1990-"), 198);
            page.line(QStringLiteral("1995 and so- "), 212);
            page.line(QStringLiteral("“called” end -"), 226);
            page.line(QStringLiteral("dash."), 240);
            QTest::newRow("hyphens: joined before lower case of any script, kept before anything else")
                << QStringLiteral(
                       "The government announced an international forum, and President "
                       "Kassym-Jomart Tokayev spoke about the COVID-19 measures, a Russian заявил, a "
                       "Turkish küçük, ılıık and Türk-İslam, 1990-1995 and so-“called” end - dash.")
                << QList<PageWords>{page.take()};
        }
        {
            PageBuilder page;
            page.line(QStringLiteral("a soft\u00ADhyphen inside and one at the end: Astana\u00AD"), 100);
            page.line(QStringLiteral("Almaty, and the ligature \uFB01nal."), 114);
            QTest::newRow("soft hyphens go, and join their line without a space; ligatures are spelt out")
                << QStringLiteral(
                       "a softhyphen inside and one at the end: AstanaAlmaty, and the ligature final.")
                << QList<PageWords>{page.take()};
        }
    }

    void paragraphs()
    {
        QFETCH(QString, expected);
        QFETCH(QList<PageWords>, pages);
        QCOMPARE(textOf(pages), expected);
    }

    void headingsAreMarked()
    {
        PageBuilder page;
        page.line(QStringLiteral("Partner, not member"), 80, kLeft, 18);
        page.paragraph({kFull1, kFull2, QStringLiteral("end.")}, 110);
        QList<Line> lines = linesOfPage(page.take(), 0);
        const QList<Paragraph> paragraphs = paragraphsOf(lines);
        QCOMPARE(paragraphs.size(), 2);
        QVERIFY(paragraphs.at(0).heading);
        QVERIFY(!paragraphs.at(1).heading);
    }

    void everyWordHasItsBox()
    {
        PageBuilder first;
        first.line(QStringLiteral("Heading"), 80, kLeft, 18);
        first.paragraph(
            {QStringLiteral("The inter-"), QStringLiteral("national Kassym-"), QStringLiteral("Jomart end.")},
            110);
        PageBuilder second;
        second.paragraph({QStringLiteral("Second page.")}, 100);
        const QList<PageWords> pages = {first.take(), second.take()};
        const LaidOutText text = layOutText(pages);
        QCOMPARE(text.text,
                 QStringLiteral("Heading\n\nThe international Kassym-Jomart end.\n\nSecond page."));
        QCOMPARE(text.firstHeading, QStringLiteral("Heading"));

        QStringList pieces;
        for (const WordBox &word : text.words)
            pieces.append(text.text.mid(word.offset, word.length));
        QCOMPARE(pieces,
                 (QStringList{QStringLiteral("Heading"), QStringLiteral("The"), QStringLiteral("inter"),
                              QStringLiteral("national"), QStringLiteral("Kassym-"), QStringLiteral("Jomart"),
                              QStringLiteral("end."), QStringLiteral("Second"), QStringLiteral("page.")}));
        // The first piece of a hyphenated word keeps the box of the word as drawn, hyphen and all.
        QCOMPARE(text.words.at(2).box, pages.at(0).words.at(2).box);
        QCOMPARE(text.words.at(2).page, 0);
        QCOMPARE(text.words.at(3).box, pages.at(0).words.at(3).box);
        QCOMPARE(text.words.back().page, 1);
        QCOMPARE(text.words.back().box, pages.at(1).words.at(1).box);

        // Nothing but spaces and paragraph breaks is left without a box.
        QString uncovered = text.text;
        for (const WordBox &word : text.words)
            uncovered.replace(word.offset, word.length, QString(word.length, u' '));
        QCOMPARE(uncovered.trimmed().remove(u' ').remove(u'\n'), QString());
    }

    void joinLines_data()
    {
        QTest::addColumn<QString>("last");
        QTest::addColumn<QString>("next");
        QTest::addColumn<qsizetype>("chop");
        QTest::addColumn<QString>("separator");
        QTest::newRow("plain words") << QStringLiteral("said") << QStringLiteral("that") << qsizetype(0)
                                     << QStringLiteral(" ");
        QTest::newRow("hyphen before lower case")
            << QStringLiteral("inter-") << QStringLiteral("national") << qsizetype(1) << QString();
        QTest::newRow("Unicode hyphen before Cyrillic lower case")
            << QStringLiteral("за\u2010") << QStringLiteral("явил") << qsizetype(1) << QString();
        QTest::newRow("hyphen before dotless i")
            << QStringLiteral("ılı-") << QStringLiteral("ık") << qsizetype(1) << QString();
        QTest::newRow("hyphen before a capital")
            << QStringLiteral("Kassym-") << QStringLiteral("Jomart") << qsizetype(0) << QString();
        QTest::newRow("hyphen before a Turkish capital İ")
            << QStringLiteral("Türk-") << QStringLiteral("İslam") << qsizetype(0) << QString();
        QTest::newRow("hyphen before a digit")
            << QStringLiteral("COVID-") << QStringLiteral("19") << qsizetype(0) << QString();
        QTest::newRow("hyphen after a digit")
            << QStringLiteral("10-") << QStringLiteral("fold") << qsizetype(0) << QString();
        QTest::newRow("a dash on its own")
            << QStringLiteral("-") << QStringLiteral("next") << qsizetype(0) << QStringLiteral(" ");
        QTest::newRow("soft hyphen before a capital")
            << QStringLiteral("Astana\u00AD") << QStringLiteral("Almaty") << qsizetype(0) << QString();
    }

    void joinLines()
    {
        QFETCH(QString, last);
        QFETCH(QString, next);
        QFETCH(qsizetype, chop);
        QFETCH(QString, separator);
        const LineJoin join = pdf::joinLines(last, next);
        QCOMPARE(join.chop, chop);
        QCOMPARE(join.separator, separator);
    }

    void pdfDates_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QDate>("date");
        QTest::newRow("full, with a time zone")
            << QStringLiteral("D:20241025093000+05'00'") << QDate(2024, 10, 25);
        QTest::newRow("late in the day west of UTC stays that day")
            << QStringLiteral("D:20241025233000-08'00'") << QDate(2024, 10, 25);
        QTest::newRow("year only") << QStringLiteral("D:2024") << QDate(2024, 1, 1);
        QTest::newRow("without the D: prefix") << QStringLiteral("20230301") << QDate(2023, 3, 1);
        QTest::newRow("garbage") << QStringLiteral("yesterday") << QDate();
        QTest::newRow("impossible month") << QStringLiteral("D:20241399") << QDate();
    }

    void pdfDates()
    {
        QFETCH(QString, value);
        QFETCH(QDate, date);
        QCOMPARE(dateFromPdf(value), date);
    }

    void placeholderTitles()
    {
        QVERIFY(isPlaceholderTitle(u"Microsoft Word - report_final.docx"));
        QVERIFY(isPlaceholderTitle(u"untitled"));
        QVERIFY(isPlaceholderTitle(u"scan0042.pdf"));
        QVERIFY(!isPlaceholderTitle(u"Partner, not member"));
        QVERIFY(!isPlaceholderTitle(u"Documents of the summit"));
    }
};

QTEST_GUILESS_MAIN(TestPdfTextLayout)
#include "tst_pdftextlayout.moc"
