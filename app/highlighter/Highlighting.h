#pragma once

// One highlight request's work: pick the definition and theme, run the engine, gather the results.

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <vector>

namespace KSyntaxHighlighting {
class Repository;
}

namespace claimscope::highlighter {

class FormatFieldsCache;

struct HighlightResult {
    QString error;          // non-empty: nothing else is set
    std::vector<int> spans; // offset, length, formatIndex, …
    // The reply's "formats" (indexed by formatIndex) and "theme" (after any fallback) members.
    QByteArray formatFields;

    bool isValid() const { return error.isEmpty(); }
};

// An empty or unknown theme name falls back to the engine's default light theme.
HighlightResult highlight(KSyntaxHighlighting::Repository &repository, const QString &definitionName,
                          const QString &themeName, QStringView text, FormatFieldsCache &formatFields);

} // namespace claimscope::highlighter
