#include "core/document/office/EpubNotes.h"

#include "core/document/office/PackagePath.h"

#include <QList>

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

namespace claimscope::core {
namespace {

using Doc = std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)>;

// Deeper than libxml2's own HTML nesting limit; a guard whatever libxml2 does.
constexpr int kMaxDepth = 512;

// The options HtmlImporter parses with: forgiving, silent, and never fetching anything.
Doc parseHtml(const QByteArray &html)
{
    const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                        HTML_PARSE_IGNORE_ENC;
    return Doc(htmlReadMemory(html.constData(), int(html.size()), nullptr, "UTF-8", options), &xmlFreeDoc);
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

bool hasToken(const QString &list, std::initializer_list<QStringView> tokens)
{
    for (QStringView word : QStringView(list).split(u' ', Qt::SkipEmptyParts)) {
        for (QStringView token : tokens) {
            if (word.compare(token, Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

// The HTML parser keeps "epub:type" as the attribute's whole name.
bool isNote(const xmlNode *node)
{
    return hasToken(attribute(node, "epub:type"), {u"footnote", u"endnote", u"rearnote", u"note"}) ||
           hasToken(attribute(node, "role"), {u"doc-footnote", u"doc-endnote"});
}

bool isBackLink(const xmlNode *node)
{
    return hasToken(attribute(node, "epub:type"), {u"backlink"}) ||
           hasToken(attribute(node, "role"), {u"doc-backlink"});
}

bool isElement(const xmlNode *node, const char *name)
{
    return node->type == XML_ELEMENT_NODE &&
           xmlStrcasecmp(node->name, reinterpret_cast<const xmlChar *>(name)) == 0;
}

// Visits the elements under `root` in document order without recursion; `visit` returns false to
// leave an element's children alone.
template<typename Visit> void forEachElement(xmlNode *root, Visit visit)
{
    xmlNode *node = root;
    int depth = 0;
    while (node) {
        const bool descend = node->type == XML_ELEMENT_NODE && visit(node) && depth < kMaxDepth;
        if (descend && node->children) {
            node = node->children;
            ++depth;
            continue;
        }
        while (node != root && !node->next) {
            node = node->parent;
            --depth;
        }
        if (node == root)
            break;
        node = node->next;
    }
}

// "chapter.xhtml#id": where a link lands, as a note key.
QString linkTarget(const QString &fromPath, const QString &href)
{
    const QString path = resolvePackagePath(fromPath, href);
    const QString fragment = referenceFragment(href);
    return path.isEmpty() || fragment.isEmpty() ? QString() : path + u'#' + fragment;
}

QByteArray dumpNode(xmlDoc *doc, xmlNode *node)
{
    const std::unique_ptr<xmlBuffer, decltype(&xmlBufferFree)> buffer(xmlBufferCreate(), &xmlBufferFree);
    if (!buffer || htmlNodeDump(buffer.get(), doc, node) < 0)
        return {};
    return QByteArray(reinterpret_cast<const char *>(xmlBufferContent(buffer.get())),
                      xmlBufferLength(buffer.get()));
}

QByteArray dumpDocument(xmlDoc *doc)
{
    xmlChar *memory = nullptr;
    int size = 0;
    htmlDocDumpMemoryFormat(doc, &memory, &size, 0);
    if (!memory)
        return {};
    const QByteArray html(reinterpret_cast<const char *>(memory), size);
    xmlFree(memory);
    return html;
}

void removeNode(xmlNode *node)
{
    xmlUnlinkNode(node);
    xmlFreeNode(node);
}

// The keys of the notes of a parsed chapter: "path#id", or "path#@3" for the third note without
// an id, which is stable because both passes parse the same bytes.
class NoteKeys final {
public:
    explicit NoteKeys(const QString &path)
        : m_path(path)
    {
    }
    QString keyOf(const xmlNode *note)
    {
        const QString id = attribute(note, "id");
        return m_path + u'#' + (id.isEmpty() ? u'@' + QString::number(++m_anonymous) : id);
    }

private:
    const QString &m_path;
    int m_anonymous = 0;
};

} // namespace

void EpubNoteMover::findNotes(const EpubChapter &chapter)
{
    const Doc doc = parseHtml(chapter.html);
    if (!doc)
        return;
    NoteKeys keys(chapter.path);
    forEachElement(xmlDocGetRootElement(doc.get()), [&](xmlNode *node) {
        if (!isNote(node))
            return true;
        const QString key = keys.keyOf(node);
        if (!m_noteKeySet.contains(key)) {
            m_noteKeySet.insert(key);
            m_noteKeys.append(key);
        }
        return false; // whatever is inside a note belongs to it
    });
}

QByteArray EpubNoteMover::moveNotes(const EpubChapter &chapter)
{
    if (!hasNotes())
        return chapter.html;
    const Doc doc = parseHtml(chapter.html);
    if (!doc)
        return chapter.html;

    NoteKeys keys(chapter.path);
    QList<std::pair<xmlNode *, QString>> notes;
    QList<std::pair<xmlNode *, int>> links;
    forEachElement(xmlDocGetRootElement(doc.get()), [&](xmlNode *node) {
        if (isNote(node)) {
            notes.append({node, keys.keyOf(node)});
            return false;
        }
        // Only the body's links count: a non-linear document is read out of order, if at all.
        if (!chapter.linear || !isElement(node, "a"))
            return true;
        const QString target = linkTarget(chapter.path, attribute(node, "href"));
        if (target.isEmpty() || !m_noteKeySet.contains(target))
            return true;
        links.append({node, m_notes.reference(target)});
        // A note's "back to the text" link points at the reference or at the element around it.
        for (const xmlNode *anchor :
             {static_cast<const xmlNode *>(node), static_cast<const xmlNode *>(node->parent)}) {
            const QString id =
                anchor && anchor->type == XML_ELEMENT_NODE ? attribute(anchor, "id") : QString();
            if (!id.isEmpty())
                m_referenceAnchors.insert(chapter.path + u'#' + id);
        }
        return false;
    });

    for (const auto &[link, number] : links) {
        while (link->children)
            removeNode(link->children);
        const QByteArray marker = NoteCollector::marker(number).toUtf8();
        xmlAddChild(link, xmlNewDocText(doc.get(), reinterpret_cast<const xmlChar *>(marker.constData())));
    }
    for (const auto &[note, key] : notes) {
        if (!m_noteHtml.contains(key))
            m_noteHtml.insert(key, dumpNode(doc.get(), note));
        removeNode(note);
    }
    return dumpDocument(doc.get());
}

QHash<QString, QByteArray> EpubNoteMover::takeNoteHtml()
{
    for (const QString &key : std::as_const(m_noteKeys))
        m_notes.reference(key); // notes nobody links to follow the others, in book order

    QHash<QString, QByteArray> result;
    for (auto it = m_noteHtml.cbegin(); it != m_noteHtml.cend(); ++it) {
        const QString notePath = it.key().left(it.key().lastIndexOf(u'#'));
        const Doc doc = parseHtml(it.value());
        if (!doc)
            continue;
        QList<xmlNode *> backLinks;
        forEachElement(xmlDocGetRootElement(doc.get()), [&](xmlNode *node) {
            if (!isElement(node, "a"))
                return true;
            if (isBackLink(node) ||
                m_referenceAnchors.contains(linkTarget(notePath, attribute(node, "href"))))
                backLinks.append(node);
            return false;
        });
        for (xmlNode *link : std::as_const(backLinks))
            removeNode(link);
        result.insert(it.key(), dumpDocument(doc.get()));
    }
    m_noteHtml.clear();
    return result;
}

} // namespace claimscope::core
