#include "core/document/office/DocxText.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace claimscope::core {
namespace {

constexpr QStringView kMarkupCompatibility = u"http://schemas.openxmlformats.org/markup-compatibility/2006";

// Elements whose content is never reading text: revisions that were deleted, field instructions,
// and properties (w:pPr also holds the w:tab stops, which are not tabs in the text).
bool isSkipped(QStringView name)
{
    static const QSet<QString> names = {
        u"del"_s,      u"moveFrom"_s, u"instrText"_s, u"delText"_s,   u"delInstrText"_s,     u"sectPr"_s,
        u"tblPr"_s,    u"tblGrid"_s,  u"trPr"_s,      u"tcPr"_s,      u"tblPrEx"_s,          u"sdtPr"_s,
        u"sdtEndPr"_s, u"fldData"_s,  u"rPrChange"_s, u"pPrChange"_s, u"commentReference"_s,
    };
    return names.contains(name.toString());
}

// w:val="false", "0" or "off" switches a property off; no w:val switches it on.
bool isOn(const QString &value)
{
    return value.isEmpty() || (value != u"0" && value != u"false" && value != u"off");
}

// Word's built-in heading styles: names "heading 1" … "heading 9" and "Title", whose English ids are
// "Heading1" … "Heading9" and "Title".
bool isHeadingStyle(QStringView name, QStringView prefix, Qt::CaseSensitivity cs)
{
    if (name.compare(u"Title", cs) == 0)
        return true;
    return name.size() == prefix.size() + 1 && name.startsWith(prefix, cs) && name.back() >= u'1' &&
           name.back() <= u'9';
}

// Outline levels 0–8 are headings 1–9; 9 is body text.
bool isHeadingLevel(const QString &level)
{
    bool ok = false;
    const int value = level.toInt(&ok);
    return ok && value >= 0 && value < 9;
}

} // namespace

bool isWordNamespace(QStringView ns)
{
    return ns == u"http://schemas.openxmlformats.org/wordprocessingml/2006/main" ||
           ns == u"http://purl.oclc.org/ooxml/wordprocessingml/main";
}

bool DocxStyles::isHeading(const QString &styleId) const
{
    if (fromStylesPart)
        return headingIds.contains(styleId);
    return isHeadingStyle(styleId, u"Heading", Qt::CaseSensitive);
}

DocxStyles readDocxStyles(XmlPartReader &xml)
{
    struct Style {
        bool heading = false;
        QString basedOn;
    };
    QHash<QString, Style> styles;
    QString current;
    while (xml.next()) {
        if (!xml.isStart() || !isWordNamespace(xml.namespaceUri()))
            continue;
        const QString ns = xml.namespaceUri().toString();
        const QStringView name = xml.name();
        if (name == u"style") {
            current = xml.attribute(ns, u"type") == u"paragraph" ? xml.attribute(ns, u"styleId") : QString();
            if (!current.isEmpty())
                styles.insert(current, {});
        } else if (current.isEmpty()) {
            continue;
        } else if (name == u"name") {
            styles[current].heading |=
                isHeadingStyle(xml.attribute(ns, u"val").trimmed(), u"heading ", Qt::CaseInsensitive);
        } else if (name == u"outlineLvl") {
            styles[current].heading |= isHeadingLevel(xml.attribute(ns, u"val"));
        } else if (name == u"basedOn") {
            styles[current].basedOn = xml.attribute(ns, u"val");
        }
    }

    DocxStyles result;
    result.fromStylesPart = true;
    for (auto it = styles.cbegin(); it != styles.cend(); ++it) {
        // Follow basedOn a bounded number of steps: a cycle in a damaged file must not hang us.
        QString id = it.key();
        for (int step = 0; step < 16 && !id.isEmpty(); ++step) {
            const Style style = styles.value(id);
            if (style.heading) {
                result.headingIds.insert(it.key());
                break;
            }
            id = style.basedOn;
        }
    }
    return result;
}

void DocxTextReader::read(XmlPartReader &xml, BodyText &out)
{
    m_open.clear();
    const int base = xml.depth();
    while (xml.next()) {
        if (xml.isEnd()) {
            if (xml.depth() < base)
                break;
            if (!m_open.isEmpty())
                close(m_open.takeLast(), out);
            continue;
        }
        // Character data outside w:t is the indentation of the XML, not text.
        if (!xml.isStart())
            continue;
        if (isWordNamespace(xml.namespaceUri())) {
            if (startWordElement(xml, out))
                m_open.append(Frame{});
        } else if (xml.namespaceUri() == kMarkupCompatibility && xml.name() == u"Fallback") {
            // The same content as mc:Choice for older readers: read it once.
            xml.skipElement();
        } else {
            m_open.append(Frame{});
        }
    }
}

// Handles a w: start tag; true when the element stays open as an ordinary container.
bool DocxTextReader::startWordElement(XmlPartReader &xml, BodyText &out)
{
    const QStringView name = xml.name();
    if (name == u"p") {
        out.beginParagraph();
        m_open.append(Frame{Kind::Paragraph});
    } else if (name == u"pPr") {
        readParagraphProperties(xml);
    } else if (name == u"r") {
        m_open.append(Frame{Kind::Run});
    } else if (name == u"rPr") {
        readRunProperties(xml);
    } else if (name == u"t") {
        const QString text = xml.readText();
        if (!inHiddenRun())
            out.appendText(text);
    } else if (name == u"tab" || name == u"ptab") {
        if (!inHiddenRun())
            out.appendTab();
        xml.skipElement();
    } else if (name == u"br" || name == u"cr") {
        if (!inHiddenRun())
            out.appendLineBreak();
        xml.skipElement();
    } else if (name == u"noBreakHyphen") {
        // A plain hyphen, so that "Kassym-Jomart" matches however it was typed.
        if (!inHiddenRun())
            out.appendText(u"-");
        xml.skipElement();
    } else if (name == u"footnoteReference" || name == u"endnoteReference") {
        if (m_notes && !inHiddenRun()) {
            const QString kind = name == u"footnoteReference" ? u"footnote:"_s : u"endnote:"_s;
            const QString id = xml.attribute(xml.namespaceUri(), u"id");
            out.appendText(NoteCollector::marker(m_notes->reference(kind + id)));
        }
        xml.skipElement();
    } else if (name == u"tbl") {
        out.beginTable();
        m_open.append(Frame{Kind::Table});
    } else if (name == u"tr") {
        out.beginRow();
        m_open.append(Frame{Kind::Row});
    } else if (name == u"tc") {
        out.beginCell();
        m_open.append(Frame{Kind::Cell});
    } else if (isSkipped(name)) {
        xml.skipElement();
    } else {
        return true;
    }
    return false;
}

void DocxTextReader::readParagraphProperties(XmlPartReader &xml)
{
    bool heading = false;
    const int base = xml.depth();
    while (xml.next()) {
        if (xml.isEnd() && xml.depth() < base)
            break;
        if (!xml.isStart() || !isWordNamespace(xml.namespaceUri()))
            continue;
        const QString value = xml.attribute(xml.namespaceUri(), u"val");
        if (xml.name() == u"pStyle")
            heading |= m_styles.isHeading(value);
        else if (xml.name() == u"outlineLvl")
            heading |= isHeadingLevel(value);
    }
    for (auto it = m_open.rbegin(); it != m_open.rend(); ++it) {
        if (it->kind == Kind::Paragraph) {
            it->heading = heading;
            break;
        }
    }
}

void DocxTextReader::readRunProperties(XmlPartReader &xml)
{
    bool hidden = false;
    const int base = xml.depth();
    while (xml.next()) {
        if (xml.isEnd() && xml.depth() < base)
            break;
        if (xml.isStart() && isWordNamespace(xml.namespaceUri()) && xml.name() == u"vanish")
            hidden = isOn(xml.attribute(xml.namespaceUri(), u"val"));
    }
    if (!m_open.isEmpty() && m_open.last().kind == Kind::Run)
        m_open.last().hidden = hidden;
}

bool DocxTextReader::inHiddenRun() const
{
    return std::any_of(m_open.cbegin(), m_open.cend(),
                       [](const Frame &frame) { return frame.kind == Kind::Run && frame.hidden; });
}

void DocxTextReader::close(const Frame &frame, BodyText &out)
{
    switch (frame.kind) {
    case Kind::Paragraph: {
        const QString text = out.endParagraph();
        if (frame.heading && m_firstHeading.isEmpty())
            m_firstHeading = text;
        break;
    }
    case Kind::Table:
        out.endTable();
        break;
    case Kind::Row:
        out.endRow();
        break;
    case Kind::Cell:
        out.endCell();
        break;
    case Kind::Run:
    case Kind::Other:
        break;
    }
}

} // namespace claimscope::core
