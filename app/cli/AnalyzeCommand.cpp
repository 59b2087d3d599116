#include "cli/AnalyzeCommand.h"

#include "core/analysis/AnalysisJson.h"
#include "core/analysis/AnalysisPipeline.h"
#include "core/document/DocumentImporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <memory>

namespace claimscope::cli {

class AnalyzeCommand final {
    Q_DECLARE_TR_FUNCTIONS(AnalyzeCommand)

public:
    // The pipeline with the built-in lexicon, or nothing after saying why there is none.
    static std::unique_ptr<core::AnalysisPipeline> makePipeline(QTextStream &err)
    {
        const core::LexiconResult lexicon =
            core::loadLexicon(core::builtInSpeakersPath(), core::builtInCuesPath());
        if (const auto *error = std::get_if<core::LexiconError>(&lexicon)) {
            err << QStringLiteral("claimscope: ") << error->message() << u'\n';
            return nullptr;
        }
        return std::make_unique<core::AnalysisPipeline>(std::get<core::Lexicon>(lexicon));
    }

    static int analyzeFiles(const QStringList &arguments)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(tr("Find speakers, quotes, claims, figures and stances in files."));
        parser.addHelpOption();
        const QCommandLineOption formatOption(QStringLiteral("format"),
                                              tr("Output format: json, csv or text."),
                                              QStringLiteral("format"), QStringLiteral("json"));
        parser.addOption(formatOption);
        parser.addPositionalArgument(QStringLiteral("files"), tr("Files to analyse."), tr("FILE…"));
        QTextStream out(stdout);
        QTextStream err(stderr);
        if (!parser.parse(arguments)) {
            err << QStringLiteral("claimscope analyze: ") << parser.errorText() << u'\n';
            return 2;
        }
        if (parser.isSet(QStringLiteral("help"))) {
            out << parser.helpText();
            return 0;
        }
        const QString format = parser.value(formatOption);
        if (format != u"json" && format != u"csv" && format != u"text") {
            err << tr("claimscope analyze: unknown format “%1”; use json, csv or text").arg(format) << u'\n';
            return 2;
        }
        if (parser.positionalArguments().isEmpty()) {
            err << tr("claimscope analyze: no file given") << u'\n';
            return 2;
        }
        const std::unique_ptr<core::AnalysisPipeline> pipeline = makePipeline(err);
        if (!pipeline)
            return 1;

        QJsonArray documents;
        int failures = 0;
        bool firstCsv = true;
        for (const QString &file : parser.positionalArguments()) {
            core::ImportResult imported = core::importFile(file);
            if (!imported.ok()) {
                err << QStringLiteral("claimscope: ") << imported.error().message() << u'\n';
                ++failures;
                continue;
            }
            const core::Document &document = imported.document();
            auto analysis = pipeline->analyze(document.text, document.metadata.language);
            if (const auto *error = std::get_if<QString>(&analysis)) {
                err << QStringLiteral("claimscope: ") << tr("“%1”: highlighting failed: %2").arg(file, *error)
                    << u'\n';
                ++failures;
                continue;
            }
            const auto &result = std::get<core::DocumentAnalysis>(analysis);
            if (format == u"json")
                documents.append(core::analysisToJson(result, file));
            else if (format == u"csv")
                out << core::analysisToCsv(result, file, std::exchange(firstCsv, false));
            else
                out << core::analysisToText(result, file);
        }
        if (format == u"json")
            out << QJsonDocument(QJsonObject{{QStringLiteral("documents"), documents}})
                       .toJson(QJsonDocument::Indented);
        return failures == 0 ? 0 : 1;
    }

    static int evaluate(const QStringList &arguments)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(tr("Score the analysis against gold annotations."));
        parser.addHelpOption();
        const QCommandLineOption goldOption(
            QStringLiteral("gold"), tr("Folder of documents with gold annotations."), QStringLiteral("dir"));
        parser.addOption(goldOption);
        QTextStream out(stdout);
        QTextStream err(stderr);
        if (!parser.parse(arguments)) {
            err << QStringLiteral("claimscope eval: ") << parser.errorText() << u'\n';
            return 2;
        }
        if (parser.isSet(QStringLiteral("help"))) {
            out << parser.helpText();
            return 0;
        }
        if (!parser.isSet(goldOption)) {
            err << tr("claimscope eval: --gold DIR is required") << u'\n';
            return 2;
        }
        const std::unique_ptr<core::AnalysisPipeline> pipeline = makePipeline(err);
        if (!pipeline)
            return 1;
        const core::GoldScores gold = core::scoreGoldFolder(*pipeline, parser.value(goldOption));
        for (const core::GoldError &error : gold.errors)
            err << QStringLiteral("claimscope: ") << error.text() << u'\n';
        for (const core::AnalysisFailure &failure : gold.failures)
            err << QStringLiteral("claimscope: ")
                << tr("“%1”: highlighting failed: %2").arg(failure.document, failure.reason) << u'\n';
        if (gold.scores.isEmpty()) {
            err << tr("claimscope eval: no gold annotations in “%1”").arg(parser.value(goldOption)) << u'\n';
            return 1;
        }
        out << core::renderScoreTable(gold.scores);
        return gold.errors.isEmpty() && gold.failures.isEmpty() ? 0 : 1;
    }
};

int runAnalyze(const QStringList &arguments)
{
    return AnalyzeCommand::analyzeFiles(arguments);
}

int runEval(const QStringList &arguments)
{
    return AnalyzeCommand::evaluate(arguments);
}

} // namespace claimscope::cli
