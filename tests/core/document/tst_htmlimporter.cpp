#include "core/document/HtmlImporter.h"

#include <QStringEncoder>
#include <QTest>

using namespace claimscope::core;
using namespace Qt::StringLiterals;

class TestHtmlImporter final : public QObject {
    Q_OBJECT

private slots:
    void text_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QString>("expectedText");

        QTest::newRow("paragraphs are separated by a blank line")
            << QByteArray("<p>First paragraph.</p><p>Second paragraph.</p>")
            << QStringLiteral("First paragraph.\n\nSecond paragraph.");
        QTest::newRow("named and numeric entities are decoded")
            << QByteArray(
                   "<p>&laquo;Нет&raquo; &mdash; said Uali &amp; Peskov&#8217;s aide&nbsp;&#x2014;</p>")
            << QStringLiteral("«Нет» — said Uali & Peskov’s aide\u00A0—");
        QTest::newRow("white space inside a paragraph collapses")
            << QByteArray("<p>  Trade   turnover\n   reached\t$43 billion. </p>")
            << QStringLiteral("Trade turnover reached $43 billion.");
        QTest::newRow("inline markup keeps words together")
            << QByteArray("<p>Kazakh<b>stan</b> and <a href='x'>BRICS</a>.</p>")
            << QStringLiteral("Kazakhstan and BRICS.");
        QTest::newRow("a line break stays a line break")
            << QByteArray("<p>Line one<br>Line two</p>") << QStringLiteral("Line one\nLine two");
        QTest::newRow("scripts, styles, frames, forms and templates are not text")
            << QByteArray(
                   "<html><head><style>p{}</style><script>alert(1)</script></head><body>"
                   "<script>var x = 1;</script><noscript>Enable JS</noscript><p>Visible.</p>"
                   "<iframe src='http://127.0.0.1/x'>frame</iframe><template>tpl</template>"
                   "<form><button>Send</button><select><option>One</option></select></form></body></html>")
            << QStringLiteral("Visible.");
        QTest::newRow("list items are lines of one block")
            << QByteArray("<p>Members:</p><ul><li>Brazil</li><li>Russia</li></ul><p>End.</p>")
            << QStringLiteral("Members:\n\nBrazil\nRussia\n\nEnd.");
        QTest::newRow("table cells are separated by tabs, rows by lines")
            << QByteArray("<table><tr><th>Year</th><th>Value</th></tr><tr><td>2023</td><td>$43 "
                          "billion</td></tr></table>")
            << QStringLiteral("Year\tValue\n2023\t$43 billion");
        QTest::newRow("preformatted text keeps its spacing")
            << QByteArray("<pre>a   b\n  c</pre>") << QStringLiteral("a   b\n  c");
        QTest::newRow("headings are paragraphs")
            << QByteArray("<h1>Title</h1>Loose text<h2>Section</h2><div>Body</div>")
            << QStringLiteral("Title\n\nLoose text\n\nSection\n\nBody");
        QTest::newRow("unclosed tags are repaired")
            << QByteArray("<p>One<p>Two<div>Three") << QStringLiteral("One\n\nTwo\n\nThree");
        QTest::newRow("images contribute nothing and are never loaded")
            << QByteArray("<p>Before <img src='http://127.0.0.1:9/a.png' alt='chart'> after</p>")
            << QStringLiteral("Before after");
    }

    void text()
    {
        QFETCH(QByteArray, html);
        QFETCH(QString, expectedText);
        const ImportResult result = importHtml(html, QStringLiteral("/tmp/page.html"));
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        QCOMPARE(result.document().text, expectedText);
    }

    void metadataFromHead()
    {
        const QByteArray html =
            "<!DOCTYPE html><html lang='ru-RU'><head><meta charset='utf-8'>"
            "<title>Казахстан и БРИКС</title>"
            "<meta name='author' content='Alina Pak'>"
            "<meta property='og:site_name' content='Orda.kz'>"
            "<meta property='article:published_time' content='2024-10-29T10:00:00+05:00'>"
            "<link rel='canonical' href='https://example.org/a'>"
            "</head><body><h1>Заголовок</h1><p>Текст статьи о решении Казахстана.</p></body></html>";
        const ImportResult result = importHtml(html, QStringLiteral("/tmp/a.html"));
        QVERIFY(result.ok());
        const DocumentMetadata &m = result.document().metadata;
        QCOMPARE(m.title, QStringLiteral("Казахстан и БРИКС"));
        QCOMPARE(m.author, QStringLiteral("Alina Pak"));
        QCOMPARE(m.outlet, QStringLiteral("Orda.kz"));
        QCOMPARE(m.date, QDate(2024, 10, 29));
        QCOMPARE(m.url, QStringLiteral("https://example.org/a"));
        QCOMPARE(m.language, QStringLiteral("ru"));
        QCOMPARE(m.format, QStringLiteral("html"));
    }

    void titleFallsBackToFirstHeadingAndLanguageIsGuessed()
    {
        const QByteArray html =
            "<body><h1>Tokayev declines</h1><p>The president said that the country would "
            "not apply to join the bloc for now, and that the UN was the universal forum.</p></body>";
        const ImportResult result = importHtml(html, QStringLiteral("/tmp/b.html"));
        QVERIFY(result.ok());
        QCOMPARE(result.document().metadata.title, QStringLiteral("Tokayev declines"));
        QCOMPARE(result.document().metadata.language, QStringLiteral("en"));
    }

    void declaredLegacyCharsetIsHonoured()
    {
        QStringEncoder encoder("windows-1251");
        const QByteArray body =
            encoder.encode(QStringLiteral("<p>Песков заявил, что это суверенное право.</p>"));
        const QByteArray html =
            "<html><head><meta http-equiv='Content-Type' content='text/html; charset=windows-1251'>"
            "</head><body>" +
            body + "</body></html>";
        const ImportResult result = importHtml(html, QStringLiteral("/tmp/c.html"));
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        QCOMPARE(result.document().text, QStringLiteral("Песков заявил, что это суверенное право."));
        QCOMPARE(result.document().metadata.encoding, QStringLiteral("windows-1251"));
    }

    void pageWithoutTextIsRefused()
    {
        const ImportResult result =
            importHtml("<html><head><title>Empty</title></head><body><script>x()</script></body></html>",
                       QStringLiteral("/tmp/empty.html"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().reason(), ImportError::Reason::NoText);
        QVERIFY(result.error().message().contains(QStringLiteral("/tmp/empty.html")));
    }

    // Declarations in a DOCTYPE are where entity tricks live; libxml2's HTML parser would pass them
    // on as text. The XHTML DOCTYPE with its public identifier is an ordinary page (issue 12).
    void doctypeDeclarationsAreRefused()
    {
        const ImportResult declared = importHtml(
            "<!DOCTYPE html [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><p>Text &x;</p>", u"/tmp/x.html"_s);
        QVERIFY(!declared.ok());
        QCOMPARE(declared.error().reason(), ImportError::Reason::Malformed);
        QVERIFY(declared.error().message().contains(u"a DOCTYPE with declarations"_s));
        const ImportResult xhtml = importHtml(
            "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.1//EN\" "
            "\"http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd\"><html><body><p>Text [1].</p></body></html>",
            u"/tmp/x.xhtml"_s);
        QVERIFY2(xhtml.ok(), qPrintable(xhtml.error().message()));
        QCOMPARE(xhtml.document().text, u"Text [1]."_s);
    }

    void deepNestingIsRefusedNotCut_data()
    {
        QTest::addColumn<int>("depth");
        QTest::addColumn<bool>("refused");
        QTest::newRow("200 levels are read") << 200 << false;
        QTest::newRow("300 levels are refused") << 300 << true;
        QTest::newRow("5,000 levels are refused") << 5000 << true;
    }

    // libxml2 stops at 256 nested elements and keeps what it read before; the page must not come in
    // with its deeper text silently missing (issue 12).
    void deepNestingIsRefusedNotCut()
    {
        QFETCH(int, depth);
        QFETCH(bool, refused);
        QByteArray html = "<p>Start.</p>";
        for (int i = 0; i < depth; ++i)
            html += "<div>";
        html += "Deep text.";
        const ImportResult result = importHtml(html, QStringLiteral("/tmp/deep.html"));
        if (refused) {
            QVERIFY(!result.ok());
            QCOMPARE(result.error().reason(), ImportError::Reason::Malformed);
            QVERIFY(result.error().message().contains(QStringLiteral("nested deeper than 256")));
        } else {
            QVERIFY2(result.ok(), qPrintable(result.error().message()));
            QCOMPARE(result.document().text, QStringLiteral("Start.\n\nDeep text."));
        }
    }
};

QTEST_GUILESS_MAIN(TestHtmlImporter)
#include "tst_htmlimporter.moc"
