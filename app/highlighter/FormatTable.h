#pragma once

// The `formats` table of a highlight reply and the mapping from the engine's formats to its indexes.

#include <QJsonArray>

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Theme>
#include <vector>

namespace claimscope::highlighter {

class FormatTable final {
public:
    // Index meaning "send no span": the Normal Text format, or no format at all.
    static constexpr int kSkip = -1;

    explicit FormatTable(const KSyntaxHighlighting::Definition &definition);

    // The table index for a format the engine applied, or kSkip. A format from another definition
    // (pulled in by IncludeRules) is not in the definition's own list; it is appended, so every
    // span still has an entry.
    int indexOf(const KSyntaxHighlighting::Format &format)
    {
        const auto id = static_cast<std::size_t>(format.id());
        if (id < m_indexById.size() && m_indexById[id] != kUnknown)
            return m_indexById[id];
        return classify(format);
    }

    QJsonArray toJson(const KSyntaxHighlighting::Theme &theme) const;
    // The engine's ids of the table's formats, in table order.
    std::vector<int> formatIds() const;

private:
    static constexpr int kUnknown = -2;

    int classify(const KSyntaxHighlighting::Format &format);
    int append(const KSyntaxHighlighting::Format &format);
    int &slotFor(const KSyntaxHighlighting::Format &format);

    std::vector<KSyntaxHighlighting::Format> m_formats;
    // Format ids are small integers, unique within the repository: a vector beats a hash here, as
    // this lookup runs once per span.
    std::vector<int> m_indexById;
};

} // namespace claimscope::highlighter
