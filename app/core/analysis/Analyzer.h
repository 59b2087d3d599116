#pragma once

#include "core/analysis/Annotations.h"
#include "core/highlight/HighlightTypes.h"
#include "core/highlight/Lexicon.h"

#include <QHash>

#include <memory>

namespace claimscope::core {

class SpeakerResolver;

// Turns a document's highlighter spans into meaning: which speaker each mention refers to, which
// speaker each quote belongs to, reported claims, typed figures and stances. It reads exactly the
// spans the viewer paints, so what the user sees and what is counted cannot disagree.
class Analyzer final {
public:
    explicit Analyzer(Lexicon lexicon);

    // `language` is "en", "ru" or "tr"; `spans` is the helper's answer for exactly this `text`.
    DocumentAnalysis analyze(const QString &text, const QString &language,
                             const HighlightResult &spans) const;

private:
    Lexicon m_lexicon;
    // Built once: its patterns are compiled per analyzer, not per document.
    std::shared_ptr<const SpeakerResolver> m_resolver;
    QHash<QString, QString> m_kinds; // lexicon id → kind
};

} // namespace claimscope::core
