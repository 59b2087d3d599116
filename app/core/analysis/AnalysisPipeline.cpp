#include "core/analysis/AnalysisPipeline.h"

namespace claimscope::core {

AnalysisPipeline::AnalysisPipeline(Lexicon lexicon)
    : m_analyzer(std::move(lexicon))
{
}

std::optional<QString> AnalysisPipeline::prepare()
{
    return m_highlighting.prepare();
}

std::variant<DocumentAnalysis, QString> AnalysisPipeline::analyze(const QString &text,
                                                                  const QString &language)
{
    auto spans = m_highlighting.highlight(text, QStringLiteral("Breeze Light"));
    if (const auto *error = std::get_if<QString>(&spans))
        return *error;
    return m_analyzer.analyze(text, language, std::get<HighlightResult>(spans));
}

GoldScores scoreGoldFolder(AnalysisPipeline &pipeline, const QString &dir,
                           const std::function<void(const GoldDocument &, const DocumentAnalysis &)> &inspect)
{
    GoldScores result;
    const GoldSet gold = loadGoldFolder(dir);
    result.errors = gold.errors;
    for (const GoldDocument &document : gold.documents) {
        const QString language =
            document.analysis.language.isEmpty() ? QStringLiteral("en") : document.analysis.language;
        auto analysis = pipeline.analyze(document.text, language);
        if (const auto *error = std::get_if<QString>(&analysis)) {
            result.failures.append({document.name, *error});
            continue;
        }
        const auto &predicted = std::get<DocumentAnalysis>(analysis);
        if (inspect)
            inspect(document, predicted);
        result.scores.append(evaluate(predicted, document.analysis, document.name));
    }
    return result;
}

} // namespace claimscope::core
