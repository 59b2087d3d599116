#include "core/document/office/BodyText.h"

#include <algorithm>

namespace claimscope::core {
namespace {

bool isXmlSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

// Spaces and tabs at the ends of a line are layout (indents, alignment), not text.
QStringView trimLine(QStringView line)
{
    qsizetype begin = 0;
    qsizetype end = line.size();
    while (begin < end && (line[begin] == u' ' || line[begin] == u'\t'))
        ++begin;
    while (end > begin && (line[end - 1] == u' ' || line[end - 1] == u'\t'))
        --end;
    return line.sliced(begin, end - begin);
}

} // namespace

void BodyText::beginParagraph()
{
    if (m_paragraphDepth > 0)
        emitParagraph();
    ++m_paragraphDepth;
}

QString BodyText::endParagraph()
{
    const QString text = emitParagraph();
    if (m_paragraphDepth > 0)
        --m_paragraphDepth;
    return text;
}

void BodyText::appendText(QStringView text)
{
    for (QChar c : text)
        m_paragraph.append(isXmlSpace(c) ? QChar(u' ') : c);
    m_collapsedSpace = false;
}

void BodyText::appendCollapsing(QStringView text)
{
    for (QChar c : text) {
        if (!isXmlSpace(c)) {
            m_paragraph.append(c);
            m_collapsedSpace = false;
        } else if (!m_collapsedSpace && !m_paragraph.isEmpty()) {
            m_paragraph.append(u' ');
            m_collapsedSpace = true;
        }
    }
}

void BodyText::appendSpaces(int count)
{
    m_paragraph.append(QString(count, u' '));
    m_collapsedSpace = false;
}

void BodyText::appendTab()
{
    m_paragraph.append(u'\t');
    m_collapsedSpace = false;
}

void BodyText::appendLineBreak()
{
    m_paragraph.append(u'\n');
    m_collapsedSpace = false;
}

QString BodyText::takeParagraph()
{
    QString text;
    for (QStringView line : QStringView(m_paragraph).split(u'\n')) {
        const QStringView trimmed = trimLine(line);
        if (trimmed.isEmpty())
            continue; // several breaks in a row are one, as in HTML
        if (!text.isEmpty())
            text.append(u'\n');
        text.append(trimmed);
    }
    m_paragraph.clear();
    m_collapsedSpace = false;
    return text;
}

QString BodyText::emitParagraph()
{
    QString text = takeParagraph();
    if (text.isEmpty())
        return text;
    if (m_inCell) {
        // A cell stays on its row's line: its paragraphs, breaks and tabs become spaces.
        QString flat = text;
        flat.replace(u'\n', u' ').replace(u'\t', u' ');
        if (!m_cell.isEmpty())
            m_cell.append(u' ');
        m_cell.append(flat);
        return text;
    }
    m_out.paragraphBreak();
    m_out.appendVerbatim(text);
    m_out.paragraphBreak();
    return text;
}

void BodyText::beginTable()
{
    emitParagraph();
    if (++m_tableDepth == 1) {
        m_out.paragraphBreak();
        m_cells.clear();
    }
}

void BodyText::endTable()
{
    emitParagraph();
    if (m_tableDepth == 0)
        return;
    if (--m_tableDepth == 0) {
        m_inCell = false;
        m_out.paragraphBreak();
    }
}

void BodyText::beginRow()
{
    if (m_tableDepth == 1)
        m_cells.clear();
}

void BodyText::endRow()
{
    if (m_tableDepth != 1)
        return;
    // Empty cells keep their place so that columns line up; a row with no text at all is dropped.
    const bool hasText =
        std::any_of(m_cells.cbegin(), m_cells.cend(), [](const QString &c) { return !c.isEmpty(); });
    if (hasText) {
        m_out.lineBreak();
        m_out.appendVerbatim(m_cells.join(u'\t'));
        m_out.lineBreak();
    }
    m_cells.clear();
}

void BodyText::beginCell()
{
    if (m_tableDepth != 1)
        return;
    emitParagraph();
    m_inCell = true;
    m_cell.clear();
}

void BodyText::endCell()
{
    if (m_tableDepth != 1)
        return;
    emitParagraph();
    m_cells.append(m_cell);
    m_cell.clear();
    m_inCell = false;
}

QString BodyText::finish()
{
    emitParagraph();
    return m_out.finish();
}

} // namespace claimscope::core
