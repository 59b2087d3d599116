#include "FormatFieldsCache.h"

#include "FormatTable.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <KSyntaxHighlighting/Theme>
#include <algorithm>

namespace claimscope::highlighter {

const QByteArray &FormatFieldsCache::fieldsFor(const FormatTable &table,
                                               const KSyntaxHighlighting::Theme &theme)
{
    const QString themeName = theme.name();
    const std::vector<int> ids = table.formatIds();
    const auto found = std::find_if(m_entries.begin(), m_entries.end(), [&](const Entry &entry) {
        return entry.themeName == themeName && entry.formatIds == ids;
    });
    if (found != m_entries.end())
        return found->fields;

    if (m_entries.size() >= kMaxEntries)
        m_entries.clear();
    // The members of a compact object are its text without the braces; QJsonDocument orders keys,
    // so this is the text addFields() wrote for the same object.
    const QByteArray object = QJsonDocument(QJsonObject{{QStringLiteral("formats"), table.toJson(theme)},
                                                        {QStringLiteral("theme"), themeName}})
                                  .toJson(QJsonDocument::Compact);
    m_entries.push_back({themeName, ids, object.mid(1, object.size() - 2)});
    return m_entries.back().fields;
}

} // namespace claimscope::highlighter
