#include "core/document/office/OdtText.h"

#include <algorithm>

namespace claimscope::core {
namespace {

constexpr QStringView kText = u"urn:oasis:names:tc:opendocument:xmlns:text:1.0";
constexpr QStringView kTable = u"urn:oasis:names:tc:opendocument:xmlns:table:1.0";
constexpr QStringView kOffice = u"urn:oasis:names:tc:opendocument:xmlns:office:1.0";
constexpr QStringView kDrawing = u"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
constexpr QStringView kSvg = u"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";

// text:s c="1000000000" would be a memory bomb of its own; no layout needs more spaces than this.
constexpr int kMaxSpaces = 1024;

bool isSkipped(QStringView ns, QStringView name)
{
    if (ns == kText) {
        // Index sources hold templates ("Chapter 1 … 12"), not text; the generated index body is kept.
        return name == u"tracked-changes" || name == u"note-citation" || name == u"sequence-decls" ||
               name == u"variable-decls" || name == u"user-field-decls" || name == u"dde-connection-decls" ||
               name == u"soft-page-break" || name.endsWith(u"-source");
    }
    if (ns == kOffice)
        return name == u"annotation" || name == u"annotation-end" || name == u"forms" ||
               name == u"binary-data";
    if (ns == kDrawing)
        return name == u"image" || name == u"object" || name == u"object-ole";
    if (ns == kSvg)
        return name == u"title" || name == u"desc";
    return false;
}

} // namespace

void OdtTextReader::read(XmlPartReader &xml, BodyText &out)
{
    m_out = &out;
    m_open.clear();
    const int base = xml.depth();
    while (xml.next()) {
        if (xml.isEnd()) {
            if (xml.depth() < base)
                break;
            if (!m_open.isEmpty())
                close(m_open.takeLast());
        } else if (xml.isStart()) {
            start(xml);
        } else if (current().inParagraph()) {
            // Outside paragraphs, character data is the indentation of the XML.
            current().appendCollapsing(xml.text());
        }
    }
    m_out = nullptr;
}

void OdtTextReader::start(XmlPartReader &xml)
{
    const QStringView ns = xml.namespaceUri();
    const QStringView name = xml.name();
    if (isSkipped(ns, name)) {
        xml.skipElement();
    } else if (ns == kText) {
        startText(xml);
    } else if (ns == kTable && name == u"table") {
        current().beginTable();
        m_open.append(Kind::Table);
    } else if (ns == kTable && name == u"table-row") {
        current().beginRow();
        m_open.append(Kind::Row);
    } else if (ns == kTable && (name == u"table-cell" || name == u"covered-table-cell")) {
        current().beginCell();
        m_open.append(Kind::Cell);
    } else {
        m_open.append(Kind::Other);
    }
}

void OdtTextReader::startText(XmlPartReader &xml)
{
    const QStringView name = xml.name();
    if (name == u"p" || name == u"h") {
        current().beginParagraph();
        m_open.append(name == u"h" ? Kind::Heading : Kind::Paragraph);
    } else if (name == u"s") {
        bool ok = false;
        const int count = xml.attribute(kText, u"c").toInt(&ok);
        current().appendSpaces(ok ? std::clamp(count, 0, kMaxSpaces) : 1);
        xml.skipElement();
    } else if (name == u"tab") {
        current().appendTab();
        xml.skipElement();
    } else if (name == u"line-break") {
        current().appendLineBreak();
        xml.skipElement();
    } else if (name == u"note") {
        if (m_inNote) {
            // ODF forbids notes in notes; if one is there anyway, it is not a note of the body.
            xml.skipElement();
            return;
        }
        // Every text:note is one note at one place, so its position is its key (ids can repeat in
        // text pasted from another document).
        const QString key = QString::number(++m_noteCount);
        current().appendText(NoteCollector::marker(m_notes.reference(key)));
        m_noteKey = key;
        m_note = BodyText();
        m_inNote = true;
        m_open.append(Kind::Note);
    } else {
        m_open.append(Kind::Other);
    }
}

void OdtTextReader::close(Kind kind)
{
    switch (kind) {
    case Kind::Paragraph:
        current().endParagraph();
        break;
    case Kind::Heading: {
        const QString text = current().endParagraph();
        if (!m_inNote && m_firstHeading.isEmpty())
            m_firstHeading = text;
        break;
    }
    case Kind::Table:
        current().endTable();
        break;
    case Kind::Row:
        current().endRow();
        break;
    case Kind::Cell:
        current().endCell();
        break;
    case Kind::Note:
        m_notes.setText(m_noteKey, m_note.finish());
        m_inNote = false;
        break;
    case Kind::Other:
        break;
    }
}

} // namespace claimscope::core
