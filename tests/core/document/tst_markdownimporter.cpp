#include "core/document/MarkdownImporter.h"

#include <QTest>

using namespace claimscope::core;

class TestMarkdownImporter final : public QObject {
    Q_OBJECT

private slots:
    void text_data()
    {
        QTest::addColumn<QByteArray>("markdown");
        QTest::addColumn<QString>("expectedText");

        QTest::newRow("headings and paragraphs become paragraphs")
            << QByteArray("# Title\n\nFirst paragraph\ncontinues here.\n\n## Section\n\nSecond.\n")
            << QStringLiteral("Title\n\nFirst paragraph continues here.\n\nSection\n\nSecond.");
        QTest::newRow("emphasis and links keep only their words")
            << QByteArray("*Tokayev* said **no** to [BRICS](https://example.org) for now.")
            << QStringLiteral("Tokayev said no to BRICS for now.");
        QTest::newRow("list items are lines")
            << QByteArray("Partners:\n\n- Belarus\n- Bolivia\n- Kazakhstan\n")
            << QStringLiteral("Partners:\n\nBelarus\nBolivia\nKazakhstan");
        QTest::newRow("block quotes stay paragraphs")
            << QByteArray("> “We are not planning to join,” he said.\n\nAfter.")
            << QStringLiteral("“We are not planning to join,” he said.\n\nAfter.");
        QTest::newRow("raw html is omitted, not executed")
            << QByteArray(
                   "Text <script>alert(1)</script> more.\n\n<iframe src='http://127.0.0.1/'></iframe>\n")
            << QStringLiteral("Text alert(1) more.");
        QTest::newRow("code keeps its spacing") << QByteArray("```\na   b\n```\n") << QStringLiteral("a   b");
        QTest::newRow("cyrillic and turkish text survive")
            << QByteArray("«Это суверенное право», — заявил Песков.\n\n“Kararımız net,” dedi Tokayev.")
            << QStringLiteral("«Это суверенное право», — заявил Песков.\n\n“Kararımız net,” dedi Tokayev.");
    }

    void text()
    {
        QFETCH(QByteArray, markdown);
        QFETCH(QString, expectedText);
        const ImportResult result = importMarkdown(markdown, QStringLiteral("/tmp/a.md"));
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        QCOMPARE(result.document().text, expectedText);
        QCOMPARE(result.document().metadata.format, QStringLiteral("markdown"));
    }

    void frontMatterFillsMetadata()
    {
        const QByteArray markdown = "---\n"
                                    "title: \"Kazakhstan says no to BRICS, for now\"\n"
                                    "outlet: Steppe Ledger\n"
                                    "author: A. Writer\n"
                                    "date: 2024-10-25\n"
                                    "language: en\n"
                                    "url: https://example.org/brics\n"
                                    "---\n"
                                    "# Heading\n\nBody text about the decision and the partner status.\n";
        const ImportResult result = importMarkdown(markdown, QStringLiteral("/tmp/f.md"));
        QVERIFY(result.ok());
        const DocumentMetadata &m = result.document().metadata;
        QCOMPARE(m.title, QStringLiteral("Kazakhstan says no to BRICS, for now"));
        QCOMPARE(m.outlet, QStringLiteral("Steppe Ledger"));
        QCOMPARE(m.author, QStringLiteral("A. Writer"));
        QCOMPARE(m.date, QDate(2024, 10, 25));
        QCOMPARE(m.url, QStringLiteral("https://example.org/brics"));
        QCOMPARE(m.language, QStringLiteral("en"));
        QCOMPARE(result.document().text,
                 QStringLiteral("Heading\n\nBody text about the decision and the partner status."));
    }

    void withoutFrontMatterTheFirstHeadingIsTheTitle()
    {
        const ImportResult result =
            importMarkdown("Intro line.\n\n# Казахстан и БРИКС\n\nТекст статьи о решении страны.\n",
                           QStringLiteral("/tmp/g.md"));
        QVERIFY(result.ok());
        QCOMPARE(result.document().metadata.title, QStringLiteral("Казахстан и БРИКС"));
        QCOMPARE(result.document().metadata.language, QStringLiteral("ru"));
    }

    void onlyMarkupIsNoText()
    {
        const ImportResult result =
            importMarkdown("---\ntitle: x\n---\n\n<div></div>\n", QStringLiteral("/tmp/h.md"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().reason(), ImportError::Reason::NoText);
    }
};

QTEST_GUILESS_MAIN(TestMarkdownImporter)
#include "tst_markdownimporter.moc"
