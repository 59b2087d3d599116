#pragma once

// The "formats" and "theme" members of a highlight reply, kept between requests. They depend only
// on the definition's format table and the theme, yet building them (a QJsonObject per format, with
// the theme's colours, then QJsonDocument) cost about as much as highlighting a short document.

#include <QByteArray>
#include <QString>

#include <vector>

namespace KSyntaxHighlighting {
class Theme;
}

namespace claimscope::highlighter {

class FormatTable;

class FormatFieldsCache final {
public:
    // `"formats":[…],"theme":"…"` exactly as Reply::addFields writes them for this table and theme.
    const QByteArray &fieldsFor(const FormatTable &table, const KSyntaxHighlighting::Theme &theme);

    // A reloaded repository may give the same format ids other styles: forget everything.
    void clear() { m_entries.clear(); }

private:
    struct Entry {
        QString themeName;
        std::vector<int> formatIds; // the table, in order; ids are unique within the repository
        QByteArray fields;
    };
    // A user switches between a handful of themes; beyond this the cache starts over.
    static constexpr std::size_t kMaxEntries = 16;

    std::vector<Entry> m_entries;
};

} // namespace claimscope::highlighter
