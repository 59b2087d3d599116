#include "SpanCollector.h"

#include "FormatTable.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/State>

namespace claimscope::highlighter {

SpanCollector::SpanCollector(const KSyntaxHighlighting::Definition &definition, FormatTable &formats)
    : m_formats(formats)
{
    setDefinition(definition);
}

std::vector<int> SpanCollector::collect(QStringView text)
{
    m_spans.clear();
    // A guess that avoids most regrowth for prose with a few marked words per line.
    m_spans.reserve(static_cast<std::size_t>(text.size() / 16) * 3);

    // The state goes from line to line, so a context left open at a line's end (a quotation running
    // over a line break) continues, and lineEmptyContext rules see the empty lines.
    KSyntaxHighlighting::State state;
    qsizetype lineStart = 0;
    for (;;) {
        const qsizetype newline = text.indexOf(u'\n', lineStart);
        const qsizetype lineEnd = newline < 0 ? text.size() : newline;
        m_lineStart = static_cast<int>(lineStart);
        state = highlightLine(text.mid(lineStart, lineEnd - lineStart), state);
        if (newline < 0)
            break;
        lineStart = newline + 1;
    }
    return std::move(m_spans);
}

void SpanCollector::applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format)
{
    if (length <= 0)
        return;
    const int index = m_formats.indexOf(format);
    if (index == FormatTable::kSkip)
        return;
    const int start = m_lineStart + offset;
    // The engine can report one format in pieces (several rules with one attribute side by side);
    // the client needs one span for them.
    const std::size_t count = m_spans.size();
    if (count >= 3 && m_spans[count - 1] == index && m_spans[count - 3] + m_spans[count - 2] == start) {
        m_spans[count - 2] += length;
        return;
    }
    m_spans.insert(m_spans.end(), {start, length, index});
}

} // namespace claimscope::highlighter
