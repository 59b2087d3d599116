#include "core/document/HtmlImporter.h"

#include "core/document/LanguageGuess.h"
#include "core/document/PlainTextBuilder.h"
#include "core/document/TextDecoder.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <libxml/HTMLparser.h>
#include <memory>

namespace claimscope::core {
namespace {

// libxml2's limit on nested elements without XML_PARSE_HUGE, which its HTML parser does not offer.
constexpr int kLibxmlMaxDepth = 256;

// Elements whose content is never reading text. Not <embed>: it is a void element, and libxml2's
// HTML 4 parser makes everything after an unclosed <embed src=…> its child, so skipping it would
// drop the rest of the page.
const QSet<QByteArray> &skippedElements()
{
    static const QSet<QByteArray> names = {
        "head",   "script", "style",    "noscript", "template", "iframe", "frame", "frameset",
        "object", "applet", "svg",      "math",     "canvas",   "audio",  "video", "map",
        "select", "option", "textarea", "button",   "input",    "dialog",
    };
    return names;
}

const QSet<QByteArray> &blockElements()
{
    static const QSet<QByteArray> names = {
        "address", "article", "aside",  "blockquote", "body",       "center", "dd",     "details",
        "div",     "dl",      "dt",     "fieldset",   "figcaption", "figure", "footer", "form",
        "h1",      "h2",      "h3",     "h4",         "h5",         "h6",     "header", "hgroup",
        "hr",      "html",    "legend", "main",       "nav",        "ol",     "p",      "pre",
        "section", "summary", "table",  "caption",    "ul",
    };
    return names;
}

QByteArray elementName(const xmlNode *node)
{
    return QByteArray(reinterpret_cast<const char *>(node->name)).toLower();
}

QString attribute(const xmlNode *node, const char *name)
{
    xmlChar *value = xmlGetProp(node, reinterpret_cast<const xmlChar *>(name));
    if (!value)
        return {};
    const QString result = QString::fromUtf8(reinterpret_cast<const char *>(value)).trimmed();
    xmlFree(value);
    return result;
}

QString nodeText(const xmlNode *node)
{
    xmlChar *content = xmlNodeGetContent(node);
    if (!content)
        return {};
    const QString result = QString::fromUtf8(reinterpret_cast<const char *>(content)).simplified();
    xmlFree(content);
    return result;
}

struct HeadMetadata {
    QString title;
    QString firstHeading;
    QString outlet;
    QString author;
    QString date;
    QString url;
    QString language;
};

class TextExtractor final {
public:
    QString extract(const xmlNode *root)
    {
        walk(root, 0);
        return m_builder.finish();
    }
    HeadMetadata metadata;

private:
    // libxml2 caps nesting at 256 levels for HTML; this guard keeps us safe whatever it does.
    static constexpr int kMaxDepth = 512;

    void walk(const xmlNode *node, int depth)
    {
        for (; node; node = node->next) {
            if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
                const QString text = QString::fromUtf8(reinterpret_cast<const char *>(node->content));
                if (m_preformatted > 0)
                    m_builder.appendVerbatim(text);
                else
                    m_builder.appendFlowing(text);
            } else if (node->type == XML_ELEMENT_NODE && depth < kMaxDepth) {
                element(node, depth);
            }
        }
    }

    void element(const xmlNode *node, int depth)
    {
        const QByteArray name = elementName(node);
        if (name == "head") {
            readHead(node->children);
            return;
        }
        if (name == "html" && metadata.language.isEmpty())
            metadata.language = attribute(node, "lang");
        if (skippedElements().contains(name))
            return;
        if (name == "br") {
            m_builder.lineBreak();
            return;
        }
        if ((name == "h1" || name == "h2") && metadata.firstHeading.isEmpty())
            metadata.firstHeading = nodeText(node);

        const bool block = blockElements().contains(name);
        const bool line = name == "li" || name == "tr";
        const bool cell = name == "td" || name == "th";
        if (block)
            m_builder.paragraphBreak();
        else if (line)
            m_builder.lineBreak();
        else if (cell)
            m_builder.cellBreak();
        if (name == "pre")
            ++m_preformatted;
        walk(node->children, depth + 1);
        if (name == "pre")
            --m_preformatted;
        if (block)
            m_builder.paragraphBreak();
        else if (line)
            m_builder.lineBreak();
    }

    void readHead(const xmlNode *node)
    {
        for (; node; node = node->next) {
            if (node->type != XML_ELEMENT_NODE)
                continue;
            const QByteArray name = elementName(node);
            if (name == "title" && metadata.title.isEmpty()) {
                metadata.title = nodeText(node);
            } else if (name == "meta") {
                readMeta(attribute(node, "name").toLower() + attribute(node, "property").toLower(),
                         attribute(node, "content"));
            } else if (name == "link" && attribute(node, "rel").toLower() == u"canonical") {
                metadata.url = attribute(node, "href");
            }
        }
    }

    void readMeta(const QString &key, const QString &content)
    {
        if (content.isEmpty())
            return;
        if (key == u"author" || key == u"article:author")
            metadata.author = content;
        else if (key == u"og:site_name" || key == u"application-name")
            metadata.outlet = content;
        else if (key == u"article:published_time" || key == u"date" || key == u"dc.date" || key == u"pubdate")
            metadata.date = content;
        else if (key == u"og:url" && metadata.url.isEmpty())
            metadata.url = content;
        else if (key == u"og:title" && metadata.title.isEmpty())
            metadata.title = content;
    }

    PlainTextBuilder m_builder;
    int m_preformatted = 0;
};

QByteArray declaredCharset(const QByteArray &bytes)
{
    static const QRegularExpression charset(
        QStringLiteral(R"(<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+))"),
        QRegularExpression::CaseInsensitiveOption);
    const QString head = QString::fromLatin1(bytes.first(std::min<qsizetype>(bytes.size(), 4096)));
    const QRegularExpressionMatch match = charset.match(head);
    return match.hasMatch() ? match.captured(1).toLatin1() : QByteArray();
}

} // namespace

ImportResult importHtmlText(const QString &html, const QString &filePath, const QString &encoding)
{
    const QByteArray utf8 = html.toUtf8();
    const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                        HTML_PARSE_IGNORE_ENC;
    const std::unique_ptr<htmlParserCtxt, decltype(&htmlFreeParserCtxt)> context(htmlNewParserCtxt(),
                                                                                 &htmlFreeParserCtxt);
    if (!context)
        return ImportError(ImportError::Reason::Malformed, filePath, QStringLiteral("HTML"));
    const std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> doc(
        htmlCtxtReadMemory(context.get(), utf8.constData(), static_cast<int>(utf8.size()), nullptr, "UTF-8",
                           options),
        &xmlFreeDoc);
    if (!doc)
        return ImportError(ImportError::Reason::Malformed, filePath, QStringLiteral("HTML"));
    // libxml2 stops reading at 256 nested elements ("Excessive depth in document", its only
    // internal error here) and keeps what came before; recovery would hide that the rest of the page
    // is missing, so the page is refused instead of imported in part.
    if (context->errNo == XML_ERR_INTERNAL_ERROR)
        return ImportError(ImportError::Reason::Malformed, filePath,
                           QCoreApplication::translate("claimscope::core::HtmlImporter",
                                                       "HTML nested deeper than %1 elements")
                               .arg(kLibxmlMaxDepth));

    TextExtractor extractor;
    Document document;
    document.text = extractor.extract(xmlDocGetRootElement(doc.get()));
    if (document.text.trimmed().isEmpty())
        return ImportError(ImportError::Reason::NoText, filePath);

    const HeadMetadata &meta = extractor.metadata;
    DocumentMetadata &m = document.metadata;
    m.title = meta.title.isEmpty() ? meta.firstHeading : meta.title;
    m.outlet = meta.outlet;
    m.author = meta.author;
    m.date = QDate::fromString(meta.date.left(10), Qt::ISODate);
    m.url = meta.url;
    m.language = normaliseLanguageCode(meta.language);
    if (m.language.isEmpty())
        m.language = guessLanguage(document.text);
    m.format = QStringLiteral("html");
    m.encoding = encoding;
    m.filePath = filePath;
    return document;
}

bool htmlHasInternalSubset(QStringView html)
{
    qsizetype at = 0;
    while ((at = html.indexOf(u"<!DOCTYPE", at, Qt::CaseInsensitive)) >= 0) {
        QChar quote;
        for (at += 9; at < html.size(); ++at) {
            const QChar c = html[at];
            if (!quote.isNull()) {
                if (c == quote)
                    quote = QChar();
            } else if (c == u'"' || c == u'\'') {
                quote = c;
            } else if (c == u'[') {
                return true;
            } else if (c == u'>') {
                break;
            }
        }
    }
    return false;
}

ImportResult importHtml(const QByteArray &bytes, const QString &filePath)
{
    auto decoded = decodeText(bytes, declaredCharset(bytes));
    if (const auto *failure = std::get_if<DecodeFailure>(&decoded))
        return ImportError(failure->reason, filePath, failure->detail);
    const auto &text = std::get<DecodedText>(decoded);
    if (htmlHasInternalSubset(text.text))
        return ImportError(ImportError::Reason::Malformed, filePath,
                           QCoreApplication::translate("PackageXml", "%1: a DOCTYPE with declarations")
                               .arg(QStringLiteral("HTML")));
    return importHtmlText(text.text, filePath, text.encoding);
}

} // namespace claimscope::core
