// The word boxes of an imported PDF, checked against the page itself: poppler gives back the word
// when asked for the text in its box, and the rendered page has ink inside the box.

#include "PdfFixtureTexts.h"
#include "core/document/pdf/PdfImporter.h"

#include <QFile>
#include <QImage>
#include <QTest>

#include <poppler-qt6.h>

using namespace claimscope::core;
using namespace pdffixtures;

namespace {

constexpr double kRenderScale = 2.0; // 144 dpi: a box of a 7 pt superscript still covers pixels

QString fixture(const QString &name)
{
    return QStringLiteral(CLAIMSCOPE_PDF_FIXTURES "/") + name;
}

Document importFixture(const QString &name)
{
    QFile file(fixture(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s: build the pdf_fixtures target", qPrintable(file.fileName()));
    ImportResult result = importPdf(file.readAll(), file.fileName());
    if (!result.ok())
        qFatal("%s", qPrintable(result.error().message()));
    return result.takeDocument();
}

void quietPoppler(const QString &, const QVariant &) {}

// What poppler reads in the box: the word, or for the first piece of a word joined across a
// hyphenated line break, the piece with its hyphen.
bool sameWord(const QString &inBox, const QString &inText)
{
    return inBox == inText || (inBox.endsWith(u'-') && inBox.chopped(1) == inText);
}

bool hasInk(const QImage &page, const QRectF &box)
{
    const QRect pixels = QRectF(box.topLeft() * kRenderScale, box.size() * kRenderScale).toAlignedRect();
    for (int y = std::max(0, pixels.top()); y <= std::min(page.height() - 1, pixels.bottom()); ++y) {
        for (int x = std::max(0, pixels.left()); x <= std::min(page.width() - 1, pixels.right()); ++x) {
            if (qGray(page.pixel(x, y)) < 128)
                return true;
        }
    }
    return false;
}

QList<WordBox> boxesIn(const Document &document, qsizetype offset, qsizetype length)
{
    QList<WordBox> boxes;
    for (const WordBox &word : document.geometry.words) {
        if (word.offset < offset + length && word.offset + word.length > offset)
            boxes.append(word);
    }
    return boxes;
}

} // namespace

class TestPdfGeometry final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { Poppler::setDebugErrorFunction(quietPoppler, QVariant()); }

    void everyBoxHoldsItsWord_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *name : {"simple.pdf", "hyphens.pdf", "furniture.pdf", "columns.pdf", "russian.pdf",
                                 "turkish.pdf", "article.pdf"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void everyBoxHoldsItsWord()
    {
        QFETCH(QString, file);
        const Document document = importFixture(file);
        const std::unique_ptr<Poppler::Document> pdf = Poppler::Document::load(fixture(file));
        QVERIFY(pdf);
        QCOMPARE(document.geometry.pageSizes.size(), qsizetype(pdf->numPages()));
        QVERIFY(!document.geometry.words.isEmpty());

        QList<QImage> rendered;
        for (int p = 0; p < pdf->numPages(); ++p) {
            const std::unique_ptr<Poppler::Page> page = pdf->page(p);
            QCOMPARE(document.geometry.pageSizes.at(p), page->pageSizeF());
            rendered.append(page->renderToImage(72 * kRenderScale, 72 * kRenderScale));
        }
        QStringList wrong;
        for (const WordBox &word : document.geometry.words) {
            const QString inText = document.text.mid(word.offset, word.length);
            const QString inBox = pdf->page(word.page)->text(word.box).simplified();
            if (!sameWord(inBox, inText))
                wrong.append(QStringLiteral("“%1” read as “%2”").arg(inText, inBox));
            else if (!hasInk(rendered.at(word.page), word.box))
                wrong.append(QStringLiteral("“%1”: no ink in its box").arg(inText));
        }
        QCOMPARE(wrong, QStringList());
    }

    void aWordJoinedAcrossLinesHasOneBoxPerPiece_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("firstPiece");
        QTest::addColumn<QString>("secondPiece");
        QTest::newRow("hyphen dropped")
            << QStringLiteral("international") << QStringLiteral("inter-") << QStringLiteral("national");
        QTest::newRow("hyphen kept") << QStringLiteral("Kassym-Jomart") << QStringLiteral("Kassym-")
                                     << QStringLiteral("Jomart");
        QTest::newRow("Cyrillic") << QStringLiteral("заявил") << QStringLiteral("за-")
                                  << QStringLiteral("явил,");
        QTest::newRow("Turkish") << QStringLiteral("küçük") << QStringLiteral("kü-") << QStringLiteral("çük");
    }

    void aWordJoinedAcrossLinesHasOneBoxPerPiece()
    {
        QFETCH(QString, word);
        QFETCH(QString, firstPiece);
        QFETCH(QString, secondPiece);
        const Document document = importFixture(QStringLiteral("hyphens.pdf"));
        const qsizetype offset = document.text.indexOf(word);
        QVERIFY(offset >= 0);
        const QList<WordBox> boxes = boxesIn(document, offset, word.size());
        QCOMPARE(boxes.size(), 2);
        QCOMPARE(boxes.at(0).offset, offset);
        QCOMPARE(boxes.at(1).offset + boxes.at(1).length >= offset + word.size(), true);
        const std::unique_ptr<Poppler::Document> pdf =
            Poppler::Document::load(fixture(QStringLiteral("hyphens.pdf")));
        const std::unique_ptr<Poppler::Page> page = pdf->page(0);
        QCOMPARE(page->text(boxes.at(0).box).simplified(), firstPiece);
        QCOMPARE(page->text(boxes.at(1).box).simplified(), secondPiece);
        QVERIFY(boxes.at(1).box.top() > boxes.at(0).box.bottom() - 1); // the next line down
    }

    void columnsMapToTheirSideOfThePage()
    {
        const Document document = importFixture(QStringLiteral("columns.pdf"));
        const auto sideOf = [&](const QString &passage) {
            const qsizetype offset = document.text.indexOf(passage);
            QSet<bool> right;
            for (const WordBox &word : boxesIn(document, offset, passage.size()))
                right.insert(word.box.left() > 595.0 / 2);
            return right;
        };
        QCOMPARE(sideOf(kColumnOne.at(0)), QSet<bool>{false});
        QCOMPARE(sideOf(kColumnTwo.at(1)), QSet<bool>{true});
        QCOMPARE(sideOf(kColumnOne.at(1) + u' ' + kColumnTwo.at(0)), (QSet<bool>{false, true}));
    }
};

QTEST_GUILESS_MAIN(TestPdfGeometry)
#include "tst_pdfgeometry.moc"
