#include "cli/ProjectInput.h"

#include "core/project/FilesIntoProject.h"
#include "core/project/ImportBatch.h"
#include "ui/ProjectController.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace claimscope::cli {
namespace {

class ProjectInputText final {
    Q_DECLARE_TR_FUNCTIONS(ProjectInput)

public:
    static QString speakersNotAdded() { return tr("the lexicon's speakers could not be added"); }
    static QString nothingToImport(const QString &paths) { return tr("no file to import in %1").arg(paths); }
    static QString projectAndFiles() { return tr("give one project, or files to import, not both"); }
    static QString wouldReplace(const QString &input)
    {
        return tr("the output would replace “%1”; choose another -o").arg(input);
    }
};

bool sameFile(const QString &a, const QString &b)
{
    const QFileInfo first(a);
    const QFileInfo second(b);
    return first.exists() && second.exists() && first.canonicalFilePath() == second.canonicalFilePath();
}

} // namespace

std::variant<core::ProjectSession, QStringList> readProjectFile(const QString &path)
{
    auto opened = core::ProjectStore::open(path, core::ProjectStore::Mode::ReadOnly);
    if (const auto *error = std::get_if<core::ProjectError>(&opened))
        return QStringList{error->message};
    core::ProjectSession session;
    session.store = std::move(std::get<std::unique_ptr<core::ProjectStore>>(opened));
    auto contents = session.store->load();
    if (const auto *error = std::get_if<core::ProjectError>(&contents))
        return QStringList{error->message};
    session.project = std::make_unique<core::Project>(std::get<core::ProjectContents>(std::move(contents)),
                                                      session.store.get());
    return session;
}

std::variant<core::ProjectSession, QStringList> importedProject(const QStringList &paths, const QString &name,
                                                                const std::atomic<bool> *cancel,
                                                                const QString &cancelledMessage)
{
    const core::LexiconResult lexicon =
        core::loadLexicon(core::builtInSpeakersPath(), core::builtInCuesPath());
    if (const auto *error = std::get_if<core::LexiconError>(&lexicon))
        return QStringList{error->message()};
    core::ProjectContents contents;
    contents.settings.name = name;
    contents.settings.cues = std::get<core::Lexicon>(lexicon).cues;
    core::ProjectSession session;
    session.project =
        std::make_unique<core::Project>(std::move(contents), std::unique_ptr<core::ProjectWriter>());
    if (!session.project->addSpeakers(core::speakerRecords(std::get<core::Lexicon>(lexicon))))
        return QStringList{ProjectInputText::speakersNotAdded()};

    const QStringList files = core::filesToImport(paths);
    if (files.isEmpty())
        return QStringList{ProjectInputText::nothingToImport(QDir::toNativeSeparators(paths.join(u", ")))};
    const core::FilesIntoProject added = core::addFilesToProject(*session.project, files, 0, cancel);
    if (added.cancelled)
        return QStringList{cancelledMessage};
    if (!added.problems.isEmpty())
        return added.problems;
    return session;
}

std::optional<QString> inputsProblem(const QStringList &inputs, const QString &output)
{
    const auto projects = std::count_if(inputs.begin(), inputs.end(), ui::ProjectController::isProjectFile);
    if (projects > 0 && inputs.size() > 1)
        return ProjectInputText::projectAndFiles();
    for (const QString &input : inputs) {
        if (sameFile(input, output))
            return ProjectInputText::wouldReplace(QDir::toNativeSeparators(input));
    }
    return std::nullopt;
}

} // namespace claimscope::cli
