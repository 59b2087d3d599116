#include "core/document/HtmlImporter.h"
#include "core/document/office/PackageXml.h"

#include <QTcpServer>
#include <QTemporaryFile>
#include <QTest>
#include <QXmlStreamReader>

using namespace claimscope::core;

namespace {

// Nine levels of ten: a billion "lol"s, 3 GB, if anyone expanded them.
QByteArray billionLaughs()
{
    QByteArray doctype = "<!DOCTYPE lolz [<!ENTITY lol0 \"lol\">";
    for (int level = 1; level <= 9; ++level) {
        doctype += "<!ENTITY lol" + QByteArray::number(level) + " \"";
        for (int i = 0; i < 10; ++i)
            doctype += "&lol" + QByteArray::number(level - 1) + ';';
        doctype += "\">";
    }
    return doctype + "]>";
}

// Reads a part to its end the way the importers do; the text it saw and the error, if any.
struct ReadOutcome {
    QString text;
    std::optional<ImportError> error;
};

ReadOutcome readAll(const QByteArray &xml)
{
    XmlPartReader reader(xml, QStringLiteral("word/document.xml"));
    ReadOutcome outcome;
    while (reader.next()) {
        if (reader.isText())
            outcome.text += reader.text();
    }
    outcome.error = reader.error(QStringLiteral("/tmp/a.docx"));
    return outcome;
}

// A server on this machine that records whether anything ever connected to it.
class WatchedPort final {
public:
    WatchedPort() { QVERIFY(m_server.listen(QHostAddress::LocalHost)); }
    QByteArray url(const char *path) const
    {
        return "http://127.0.0.1:" + QByteArray::number(m_server.serverPort()) + path;
    }
    bool wasContacted()
    {
        // Give a stray connection the time to arrive before we look.
        m_server.waitForNewConnection(200);
        return m_server.hasPendingConnections();
    }

private:
    QTcpServer m_server;
};

} // namespace

class TestPackageXml final : public QObject {
    Q_OBJECT

private slots:
    void elementsAttributesAndDepth()
    {
        const QByteArray xml =
            "<?xml version='1.0' encoding='UTF-8'?>"
            "<w:document xmlns:w='urn:w'><w:body><w:p w:rsid='1'><w:t>Казахстан</w:t></w:p>"
            "</w:body></w:document>";
        XmlPartReader reader(xml, QStringLiteral("word/document.xml"));
        QVERIFY(reader.next());
        QVERIFY(reader.isStart(u"urn:w", u"document"));
        QCOMPARE(reader.depth(), 1);
        QVERIFY(reader.next());
        QVERIFY(reader.next());
        QVERIFY(reader.isStart(u"urn:w", u"p"));
        QCOMPARE(reader.attribute(u"urn:w", u"rsid"), QStringLiteral("1"));
        QCOMPARE(reader.depth(), 3);
        QVERIFY(reader.next());
        QCOMPARE(reader.readText(), QStringLiteral("Казахстан"));
        QCOMPARE(reader.depth(), 3);
        while (reader.next()) {
        }
        QVERIFY(!reader.failed());
        QCOMPARE(reader.depth(), 0);
        QVERIFY(!reader.error(QStringLiteral("/tmp/a.docx")));
    }

    void doctypeIsRefused_data()
    {
        QTest::addColumn<QByteArray>("xml");
        const QByteArray declaration = "<?xml version='1.0' encoding='UTF-8'?>\n";
        QTest::newRow("billion laughs") << declaration + billionLaughs() + "<doc>&lol9;</doc>";
        QTest::newRow("external entity naming a local file")
            << declaration + "<!DOCTYPE doc [<!ENTITY xxe SYSTEM 'file:///etc/passwd'>]><doc>&xxe;</doc>";
        QTest::newRow("external entity naming a web address")
            << declaration + "<!DOCTYPE doc [<!ENTITY xxe SYSTEM 'http://127.0.0.1:9/x'>]><doc>&xxe;</doc>";
        QTest::newRow("parameter entities")
            << declaration + "<!DOCTYPE doc [<!ENTITY % p SYSTEM 'http://127.0.0.1:9/p.dtd'>%p;]>"
                             "<doc/>";
        QTest::newRow("an external DTD alone")
            << declaration + "<!DOCTYPE doc SYSTEM 'http://127.0.0.1:9/d.dtd'><doc/>";
        QTest::newRow("a harmless-looking empty DOCTYPE") << declaration + "<!DOCTYPE doc><doc>text</doc>";
        QTest::newRow("a DOCTYPE after a comment") << declaration + "<!-- x --><!DOCTYPE doc [ ]><doc/>";
        QByteArray utf16 = "\xFF\xFE";
        for (char c :
             QByteArray("<?xml version='1.0' encoding='UTF-16'?><!DOCTYPE d [<!ENTITY a 'b'>]><d>&a;</d>"))
            utf16.append(c).append('\0');
        QTest::newRow("a DOCTYPE in UTF-16") << utf16;
    }

    void doctypeIsRefused()
    {
        QFETCH(QByteArray, xml);
        const ReadOutcome outcome = readAll(xml);
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->reason(), ImportError::Reason::Malformed);
        QVERIFY2(outcome.error->detail().contains(QStringLiteral("DOCTYPE")),
                 qPrintable(outcome.error->detail()));
        QVERIFY2(outcome.error->detail().contains(QStringLiteral("word/document.xml")),
                 qPrintable(outcome.error->detail()));
        QVERIFY(outcome.text.isEmpty());
    }

    void undeclaredEntityIsMalformed()
    {
        const ReadOutcome outcome = readAll("<doc>before &nbsp; after</doc>");
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->reason(), ImportError::Reason::Malformed);
    }

    void predefinedEntitiesAndCharacterReferencesAreText()
    {
        const ReadOutcome outcome = readAll("<doc>&lt;&amp;&gt;&quot;&apos; &#171;&#x41;&#187;</doc>");
        QVERIFY(!outcome.error);
        QCOMPARE(outcome.text, QStringLiteral("<&>\"' «A»"));
    }

    // The second line of defence: even if the DOCTYPE scan missed one, the XML reader itself never
    // opens what an external entity names. Both are checked: nothing connects, nothing is read.
    void theXmlReaderNeverFetches()
    {
        QTemporaryFile secret;
        QVERIFY(secret.open());
        secret.write("CLAIMSCOPE-SECRET-7F3A");
        secret.flush();
        WatchedPort port;
        const QByteArray xml = "<?xml version='1.0'?><!DOCTYPE doc [<!ENTITY file SYSTEM 'file://" +
                               QFile::encodeName(secret.fileName()) + "'><!ENTITY web SYSTEM '" +
                               port.url("/e") + "'>]><doc>A &file; B &web; C</doc>";

        QXmlStreamReader raw(xml);
        QString text;
        while (!raw.atEnd()) {
            if (raw.readNext() == QXmlStreamReader::Characters)
                text += raw.text();
        }
        QVERIFY(!text.contains(QStringLiteral("CLAIMSCOPE-SECRET")));
        QVERIFY(!port.wasContacted());

        const ReadOutcome outcome = readAll(xml);
        QVERIFY(outcome.error);
        QVERIFY(!outcome.text.contains(QStringLiteral("CLAIMSCOPE-SECRET")));
        QVERIFY(!port.wasContacted());
    }

    // EPUB chapters go through HtmlImporter's libxml2 HTML parser, which takes DOCTYPEs as they come:
    // it must neither expand the entities declared there nor load anything they or the DTD name.
    void theHtmlPathNeitherExpandsNorFetches()
    {
        QTemporaryFile secret;
        QVERIFY(secret.open());
        secret.write("CLAIMSCOPE-SECRET-7F3A");
        secret.flush();
        WatchedPort port;
        const QString fileUrl = QStringLiteral("file://") + secret.fileName();
        const QString webUrl = QString::fromLatin1(port.url("/entity"));
        const QString dtdUrl = QString::fromLatin1(port.url("/xhtml11.dtd"));

        const QString laughs = QStringLiteral("<?xml version='1.0'?>") +
                               QString::fromLatin1(billionLaughs()) +
                               QStringLiteral("<html><body><p>Start &lol9; end.</p></body></html>");
        const ImportResult expanded =
            importHtmlText(laughs, QStringLiteral("/tmp/c.xhtml"), QStringLiteral("UTF-8"));
        QVERIFY(expanded.ok());
        QVERIFY(!expanded.document().text.contains(QStringLiteral("lollollol")));
        QVERIFY(expanded.document().text.size() < 2000);
        QVERIFY(expanded.document().text.contains(QStringLiteral("Start &lol9; end.")));

        const QString external =
            QStringLiteral(
                "<?xml version='1.0'?><!DOCTYPE html [<!ENTITY file SYSTEM '%1'><!ENTITY web SYSTEM "
                "'%2'>]><html><body><p>A &file; B &web; C</p></body></html>")
                .arg(fileUrl, webUrl);
        const ImportResult entities =
            importHtmlText(external, QStringLiteral("/tmp/c.xhtml"), QStringLiteral("UTF-8"));
        QVERIFY(entities.ok());
        QVERIFY(!entities.document().text.contains(QStringLiteral("CLAIMSCOPE-SECRET")));

        const QString withDtd =
            QStringLiteral(
                "<?xml version='1.0'?><!DOCTYPE html PUBLIC '-//W3C//DTD XHTML 1.1//EN' '%1'>"
                "<html xmlns='http://www.w3.org/1999/xhtml'><body><p>Text&nbsp;here.</p></body></html>")
                .arg(dtdUrl);
        const ImportResult dtd =
            importHtmlText(withDtd, QStringLiteral("/tmp/c.xhtml"), QStringLiteral("UTF-8"));
        QVERIFY(dtd.ok());
        QCOMPARE(dtd.document().text, QStringLiteral("Text\u00A0here."));
        QVERIFY(!port.wasContacted());
    }

    void deepNestingCostsNoStack()
    {
        constexpr int kDepth = 200000;
        QByteArray xml;
        xml.reserve(kDepth * 7 + 16);
        for (int i = 0; i < kDepth; ++i)
            xml += "<a>";
        xml += "deep";
        for (int i = 0; i < kDepth; ++i)
            xml += "</a>";
        XmlPartReader reader(xml, QStringLiteral("content.xml"));
        int deepest = 0;
        while (reader.next())
            deepest = std::max(deepest, reader.depth());
        QVERIFY(!reader.failed());
        QCOMPARE(deepest, kDepth);
    }
};

QTEST_GUILESS_MAIN(TestPackageXml)
#include "tst_packagexml.moc"
