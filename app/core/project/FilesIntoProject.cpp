#include "core/project/FilesIntoProject.h"

#include "core/analysis/CorpusAnalyzer.h"
#include "core/document/DocumentImporter.h"
#include "core/project/ImportBatch.h"
#include "core/project/Project.h"

#include <QDir>

namespace claimscope::core {
namespace {

// The context of this file's messages in the translations.
struct FilesIntoProjectText {
    Q_DECLARE_TR_FUNCTIONS(FilesIntoProject)
};

} // namespace

FilesIntoProject addFilesToProject(Project &project, const QStringList &files, int workers,
                                   const std::atomic<bool> *cancel)
{
    FilesIntoProject result;
    QList<Document> documents;
    QList<CorpusDocument> toAnalyse;
    for (const QString &file : files) {
        ImportResult read = importFile(file);
        if (!read.ok()) {
            result.problems.append(read.error().message());
            continue;
        }
        documents.append(read.takeDocument());
        toAnalyse.append({documents.last().text, analysisLanguage(documents.last().metadata.language)});
    }
    if (!result.problems.isEmpty())
        return result;
    const QList<CorpusOutcome> outcomes =
        CorpusAnalyzer(project.lexicon(), workers).analyze(toAnalyse, {}, cancel);
    if (cancel && cancel->load()) {
        result.cancelled = true;
        return result;
    }
    for (qsizetype i = 0; i < documents.size(); ++i) {
        const CorpusOutcome &outcome = outcomes.at(i);
        const QString file = QDir::toNativeSeparators(documents.at(i).metadata.filePath);
        if (outcome.status != CorpusOutcome::Status::Analysed)
            result.problems.append(
                FilesIntoProjectText::tr("“%1”: highlighting failed: %2").arg(file, outcome.error));
        else if (project.addSource(documents.at(i), outcome.analysis) == 0)
            result.problems.append(FilesIntoProjectText::tr("“%1”: the source could not be added").arg(file));
    }
    return result;
}

} // namespace claimscope::core
