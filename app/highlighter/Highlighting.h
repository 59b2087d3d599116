#pragma once

// One highlight request's work: pick the definition and theme, run the engine, gather the results.

#include <QJsonArray>
#include <QString>
#include <QStringView>

#include <vector>

namespace KSyntaxHighlighting {
class Repository;
}

namespace claimscope::highlighter {

struct HighlightResult {
    QString error;          // non-empty: nothing else is set
    QString themeName;      // the theme the colours come from, after any fallback
    std::vector<int> spans; // offset, length, formatIndex, …
    QJsonArray formats;     // indexed by formatIndex

    bool isValid() const { return error.isEmpty(); }
};

// An empty or unknown theme name falls back to the engine's default light theme.
HighlightResult highlight(KSyntaxHighlighting::Repository &repository, const QString &definitionName,
                          const QString &themeName, QStringView text);

} // namespace claimscope::highlighter
