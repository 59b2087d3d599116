#include "core/project/SampleProject.h"

#include "core/analysis/CorpusAnalyzer.h"
#include "core/project/ImportBatch.h"
#include "core/project/Project.h"
#include "core/project/ProjectSession.h"
#include "core/project/ProjectStore.h"
#include "core/project/SourceManifest.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace claimscope::core {

QString userSampleProjectPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/Sample.claimscope"_s;
}

QString speakerColour(qsizetype index)
{
    // Qualitative hues that stay apart from each other on light and dark backgrounds.
    static const QStringList palette{u"#1f77b4"_s, u"#d62728"_s, u"#2ca02c"_s, u"#9467bd"_s,
                                     u"#ff7f0e"_s, u"#17becf"_s, u"#8c564b"_s, u"#e377c2"_s,
                                     u"#7f7f7f"_s, u"#bcbd22"_s, u"#393b79"_s, u"#637939"_s};
    return palette.at(index % palette.size());
}

namespace {

std::optional<QString> fill(Project &project, const SourceSet &set, const Lexicon &lexicon,
                            const std::atomic<bool> *cancel)
{
    if (!project.addSpeakers(speakerRecords(lexicon)))
        return QCoreApplication::translate("SampleProject",
                                           "The sample project’s speakers could not be written.");

    QList<CorpusDocument> documents;
    for (const Document &document : set.documents)
        documents.append({document.text, analysisLanguage(document.metadata.language)});
    const QList<CorpusOutcome> outcomes = CorpusAnalyzer(lexicon).analyze(documents, {}, cancel);
    for (qsizetype i = 0; i < set.documents.size(); ++i) {
        if (cancel && cancel->load())
            return QCoreApplication::translate("SampleProject", "Creating the sample project was cancelled.");
        const CorpusOutcome &outcome = outcomes.at(i);
        std::optional<DocumentAnalysis> analysis;
        if (outcome.status == CorpusOutcome::Status::Analysed)
            analysis = outcome.analysis;
        if (project.addSource(set.documents.at(i), analysis) == 0)
            return QCoreApplication::translate("SampleProject",
                                               "The sample article “%1” could not be written.")
                .arg(set.documents.at(i).metadata.title);
    }
    return std::nullopt;
}

} // namespace

std::optional<QString> createSampleProject(const QString &path, const Lexicon &lexicon,
                                           const std::atomic<bool> *cancel)
{
    const SourceSet set = loadSourceManifest(sampleManifestPath());
    if (!set.errors.isEmpty())
        return set.errors.front().message();
    QDir().mkpath(QFileInfo(path).absolutePath());

    ProjectSettings settings;
    settings.name = set.name;
    settings.question = set.question;
    settings.cues = lexicon.cues;
    auto created = ProjectStore::create(path, settings);
    if (const auto *error = std::get_if<ProjectError>(&created))
        return error->message;
    std::optional<QString> problem;
    {
        std::unique_ptr<ProjectStore> store = std::move(std::get<std::unique_ptr<ProjectStore>>(created));
        ProjectContents contents;
        contents.settings = settings;
        Project project(contents, store.get());
        problem = fill(project, set, lexicon, cancel);
    } // the project and its store are closed before the file may be removed
    if (problem)
        QFile::remove(path); // a half-built sample would look like a real one
    return problem;
}

} // namespace claimscope::core
