#pragma once

#include "core/highlight/HighlighterClient.h"

#include <QObject>

#include <optional>

namespace claimscope::core {

// Highlighting as the app needs it: the definition generated from the built-in lexicon into the
// user's cache, one helper, and the definition's name filled in. Preparation happens on first use.
class HighlightService final : public QObject {
    Q_OBJECT

public:
    explicit HighlightService(QObject *parent = nullptr);

    HighlighterClient *client() const { return m_client; }

    // Writes the definition and tells the client where it is; returns the problem, if any.
    // Later calls return the first call's outcome.
    std::optional<QString> prepare();

    quint64 highlightAsync(const QString &text, const QString &theme);
    std::variant<HighlightResult, QString> highlight(const QString &text, const QString &theme);

    // Where generated definitions go: <cache>/highlighting.
    static QString cacheDirectory();

signals:
    void highlighted(quint64 id, const claimscope::core::HighlightResult &result);
    void failed(quint64 id, const QString &error);

private:
    HighlighterClient *m_client;
    std::optional<std::optional<QString>> m_prepared;
};

} // namespace claimscope::core
