#pragma once

#include "core/document/PlainTextBuilder.h"

#include <QString>
#include <QStringList>
#include <QStringView>

namespace claimscope::core {

// Assembles the plain text of a word-processing body (DOCX, ODT) as walkers of its XML report it:
// every paragraph, heading and list item its own paragraph, separated by a blank line; line breaks
// and tabs kept; a table as lines of tab-separated cells. Unlike HTML, these formats say which spaces
// the author typed (w:t, text:s), so inline text is gathered per paragraph and cleaned up when the
// paragraph ends: spaces around line breaks and at the ends go, spaces between words stay.
class BodyText final {
public:
    // Paragraphs may nest (a text box inside a paragraph): the outer one's text so far becomes a
    // paragraph of its own, and what follows the inner one another.
    void beginParagraph();
    // The paragraph's text as written to the output (empty when it had none).
    QString endParagraph();
    bool inParagraph() const { return m_paragraphDepth > 0; }

    // Text whose spaces were typed (OOXML w:t).
    void appendText(QStringView text);
    // XML character data under ODF's rule: runs of white space are one space.
    void appendCollapsing(QStringView text);
    void appendSpaces(int count);
    void appendTab();
    void appendLineBreak();

    // Only the outermost table makes rows and cells; a table inside a cell is read as running text.
    void beginTable();
    void endTable();
    void beginRow();
    void endRow();
    void beginCell();
    void endCell();

    QString finish();

private:
    QString takeParagraph();
    QString emitParagraph();

    PlainTextBuilder m_out;
    QString m_paragraph;
    bool m_collapsedSpace = false;
    int m_paragraphDepth = 0;
    int m_tableDepth = 0;
    bool m_inCell = false;
    QString m_cell;
    QStringList m_cells;
};

} // namespace claimscope::core
