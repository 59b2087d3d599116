#pragma once

#include "core/analysis/Analyzer.h"
#include "core/analysis/Evaluation.h"
#include "core/analysis/GoldSet.h"
#include "core/highlight/HighlightService.h"

#include <functional>
#include <optional>
#include <variant>

namespace claimscope::core {

// Highlighting and analysis together, as every headless user needs them (the analyze and eval
// commands, the analysis tests): one helper, one analyzer, the same theme every time (colours do not
// matter to the analysis).
class AnalysisPipeline final {
public:
    explicit AnalysisPipeline(Lexicon lexicon);

    // Generates the definition and checks the helper can be reached; the problem, if any.
    std::optional<QString> prepare();
    // The analysis of `text`, or why highlighting it failed.
    std::variant<DocumentAnalysis, QString> analyze(const QString &text, const QString &language);

private:
    HighlightService m_highlighting;
    Analyzer m_analyzer;
};

struct AnalysisFailure {
    QString document;
    QString reason;
};

struct GoldScores {
    QList<DocumentScore> scores;     // one per document analysed
    QList<GoldError> errors;         // gold files that could not be read
    QList<AnalysisFailure> failures; // documents that could not be analysed
};

// Analyses every document of a gold folder (the seeds' layout or the sample's) and scores it against
// its gold. `inspect`, when given, sees each prediction beside its gold (for tuning dumps).
GoldScores
scoreGoldFolder(AnalysisPipeline &pipeline, const QString &dir,
                const std::function<void(const GoldDocument &, const DocumentAnalysis &)> &inspect = {});

} // namespace claimscope::core
