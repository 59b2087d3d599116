#include "core/project/ProjectSession.h"

#include "core/project/ProjectErrors.h"
#include "core/project/SampleProject.h"

#include <QFile>
#include <QFileInfo>

namespace claimscope::core {
namespace {

std::variant<ProjectSession, ProjectError> loaded(std::unique_ptr<ProjectStore> store)
{
    auto contents = store->load();
    if (auto *error = std::get_if<ProjectError>(&contents))
        return std::move(*error);
    ProjectSession session;
    session.store = std::move(store);
    session.project =
        std::make_unique<Project>(std::move(std::get<ProjectContents>(contents)), session.store.get());
    return session;
}

// The refusals after which reading is still possible: someone else writes, or nobody may.
bool readOnlyWouldDo(const ProjectError &error)
{
    return error.kind == ProjectError::Kind::Locked || error.kind == ProjectError::Kind::ReadOnly;
}

} // namespace

QList<SpeakerRecord> speakerRecords(const Lexicon &lexicon)
{
    QList<SpeakerRecord> speakers;
    for (qsizetype i = 0; i < lexicon.speakers.size(); ++i)
        speakers.append({lexicon.speakers.at(i), speakerColour(i), false});
    return speakers;
}

std::variant<ProjectSession, ProjectError> openProjectSession(const QString &filePath)
{
    auto opened = ProjectStore::open(filePath, ProjectStore::Mode::ReadWrite);
    if (auto *store = std::get_if<std::unique_ptr<ProjectStore>>(&opened))
        return loaded(std::move(*store));
    const ProjectError refusal = std::get<ProjectError>(opened);
    if (!readOnlyWouldDo(refusal))
        return refusal;
    auto readOnly = ProjectStore::open(filePath, ProjectStore::Mode::ReadOnly);
    if (auto *error = std::get_if<ProjectError>(&readOnly))
        return std::move(*error);
    auto session = loaded(std::move(std::get<std::unique_ptr<ProjectStore>>(readOnly)));
    if (auto *opened = std::get_if<ProjectSession>(&session))
        opened->readOnlyBecause = refusal;
    return session;
}

std::variant<ProjectSession, ProjectError> createProjectSession(const QString &filePath,
                                                                const Lexicon &lexicon)
{
    ProjectSettings settings;
    settings.name = QFileInfo(filePath).completeBaseName();
    settings.cues = lexicon.cues;
    auto created = ProjectStore::create(filePath, settings);
    if (auto *error = std::get_if<ProjectError>(&created))
        return std::move(*error);
    ProjectSession session;
    session.store = std::move(std::get<std::unique_ptr<ProjectStore>>(created));
    ProjectContents contents;
    contents.settings = settings;
    session.project = std::make_unique<Project>(std::move(contents), session.store.get());
    if (!lexicon.speakers.isEmpty() && !session.project->addSpeakers(speakerRecords(lexicon))) {
        // A project without its speakers would analyse nothing; better none at all.
        session = {};
        QFile::remove(filePath);
        return projectError(ProjectProblem::WriteFailed, filePath);
    }
    return session;
}

} // namespace claimscope::core
