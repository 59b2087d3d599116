// Running headers, footers and page numbers, on pages of words made up in the test.

#include "PdfTestPages.h"
#include "core/document/pdf/PdfPageFurniture.h"

#include <QTest>

using namespace claimscope::core::pdf;
using namespace pdftest;

namespace {

// Body lines differ in words, not only in digits: those would be taken for a running header.
QString bodyOfPage(int page)
{
    static const QStringList ordinals = {QStringLiteral("first"), QStringLiteral("second"),
                                         QStringLiteral("third"), QStringLiteral("fourth"),
                                         QStringLiteral("fifth")};
    return QStringLiteral("Body text of the %1 page.").arg(ordinals.at(page));
}

} // namespace

class TestPdfFurniture final : public QObject {
    Q_OBJECT

private slots:
    void pageNumbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("isNumber");
        QTest::newRow("a number") << QStringLiteral("3") << true;
        QTest::newRow("between dashes") << QStringLiteral("- 3 -") << true;
        QTest::newRow("between en dashes") << QStringLiteral("– 12 –") << true;
        QTest::newRow("Page 3 of 10") << QStringLiteral("Page 3 of 10") << true;
        QTest::newRow("Russian Стр. 3") << QStringLiteral("Стр. 3") << true;
        QTest::newRow("Russian Страница 3 из 10") << QStringLiteral("Страница 3 из 10") << true;
        QTest::newRow("Turkish Sayfa 3") << QStringLiteral("Sayfa 3") << true;
        QTest::newRow("3 / 10") << QStringLiteral("3 / 10") << true;
        QTest::newRow("roman iv") << QStringLiteral("iv") << true;
        QTest::newRow("a year is not a page number of a short document") << QStringLiteral("2024") << false;
        QTest::newRow("a word") << QStringLiteral("Summary") << false;
        QTest::newRow("a sentence with a number") << QStringLiteral("3 ministers met") << false;
        QTest::newRow("zero") << QStringLiteral("0") << false;
    }

    void pageNumbers()
    {
        QFETCH(QString, text);
        QFETCH(bool, isNumber);
        QCOMPARE(isPageNumber(text, 10), isNumber);
    }

    void furniture_data()
    {
        QTest::addColumn<int>("pageCount");
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("footer");
        QTest::addColumn<bool>("dropped");
        QTest::newRow("a header and footer on every page of four")
            << 4 << QStringLiteral("The Steppe Review, page %1") << QStringLiteral("Confidential draft")
            << true;
        QTest::newRow("Page N of M on every page")
            << 5 << QStringLiteral("Annual report") << QStringLiteral("Page %1 of 5") << true;
        QTest::newRow("Стр. N on every page")
            << 3 << QStringLiteral("Отчёт") << QStringLiteral("Стр. %1") << true;
        QTest::newRow("Sayfa N on every page")
            << 3 << QStringLiteral("Rapor") << QStringLiteral("Sayfa %1") << true;
        QTest::newRow("two pages are too few to call a line repeated")
            << 2 << QStringLiteral("The Steppe Review") << QStringLiteral("Confidential draft") << false;
    }

    void furniture()
    {
        QFETCH(int, pageCount);
        QFETCH(QString, header);
        QFETCH(QString, footer);
        QFETCH(bool, dropped);
        QList<PageWords> pages;
        for (int p = 0; p < pageCount; ++p) {
            PageBuilder page;
            page.line(header.contains(u'%') ? header.arg(p + 1) : header, 40);
            page.paragraph({bodyOfPage(p)}, 120);
            page.line(footer.contains(u'%') ? footer.arg(p + 1) : footer, 810);
            pages.append(page.take());
        }
        const QString text = textOf(pages);
        for (int p = 0; p < pageCount; ++p)
            QVERIFY2(text.contains(bodyOfPage(p)), qPrintable(text));
        const QString firstHeader = header.contains(u'%') ? header.arg(1) : header;
        const QString firstFooter = footer.contains(u'%') ? footer.arg(1) : footer;
        QCOMPARE(text.contains(firstHeader), !dropped);
        QCOMPARE(text.contains(firstFooter), !dropped);
    }

    void aLineOnSomePagesOnlyIsKept()
    {
        QList<PageWords> pages;
        for (int p = 0; p < 6; ++p) {
            PageBuilder page;
            page.line(QStringLiteral("Running header"), 40);
            if (p == 1 || p == 4)
                page.line(QStringLiteral("Editor’s note: revised."), 62);
            page.paragraph({QStringLiteral("Body %1.").arg(p + 1)}, 120);
            pages.append(page.take());
        }
        const QString text = textOf(pages);
        QVERIFY(!text.contains(QStringLiteral("Running header")));
        QCOMPARE(text.count(QStringLiteral("Editor’s note: revised.")), 2);
    }

    void aTitleThatRepeatsTheRunningHeaderIsKept()
    {
        QList<PageWords> pages;
        for (int p = 0; p < 4; ++p) {
            PageBuilder page;
            if (p == 0)
                page.line(QStringLiteral("Shared MIME-info Database"), 80, kLeft, 24);
            else
                page.line(QStringLiteral("Shared MIME-info Database"), 40, 400, 8);
            page.paragraph({bodyOfPage(p)}, 120);
            pages.append(page.take());
        }
        const QString text = textOf(pages);
        QCOMPARE(text.count(QStringLiteral("Shared MIME-info Database")), 1);
        QVERIFY(text.startsWith(QStringLiteral("Shared MIME-info Database\n\n")));
    }

    void aLoneNumberIsAPageNumberOnlyAtTheEdge()
    {
        PageBuilder page;
        page.paragraph({QStringLiteral("Figures"), QStringLiteral("7")}, 300);
        page.line(QStringLiteral("7"), 820);
        const QString text = textOf({page.take()});
        QCOMPARE(text, QStringLiteral("Figures 7"));
    }
};

QTEST_GUILESS_MAIN(TestPdfFurniture)
#include "tst_pdffurniture.moc"
