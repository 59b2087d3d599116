#pragma once

// Runs the engine over a whole text and keeps what it applies as flat `offset, length, formatIndex`
// triples, offsets in UTF-16 code units of the whole text.

#include <QStringView>

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <vector>

namespace claimscope::highlighter {

class FormatTable;

class SpanCollector final : public KSyntaxHighlighting::AbstractHighlighter {
public:
    SpanCollector(const KSyntaxHighlighting::Definition &definition, FormatTable &formats);

    std::vector<int> collect(QStringView text);

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;

private:
    FormatTable &m_formats;
    std::vector<int> m_spans;
    int m_lineStart = 0;
};

} // namespace claimscope::highlighter
