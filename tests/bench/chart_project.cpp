#include "chart_project.h"

#include "bench_figures.h"
#include "core/project/FilesIntoProject.h"
#include "core/project/ImportBatch.h"
#include "core/project/ProjectStore.h"
#include "core/project/SampleProject.h"

#include <QCommandLineParser>
#include <QDir>

using namespace Qt::StringLiterals;

namespace bench {

using namespace claimscope::core;

ChartBenchOptions::ChartBenchOptions(int defaultRuns, int minimum)
    : sources(u"sources"_s, u"Sources to generate (default 1000)."_s, u"N"_s, u"1000"_s)
    , size(u"size-mb"_s, u"Size of the corpus in MB of UTF-8 (default 5)."_s, u"N"_s, u"5"_s)
    , workers(u"workers"_s, u"Analysis workers (default: all cores)."_s, u"N"_s, u"0"_s)
    , runsOption(u"runs"_s, u"Runs per figure (default %1, at least %2)."_s.arg(defaultRuns).arg(minimum),
                 u"N"_s, QString::number(defaultRuns))
    , samples(u"samples"_s, u"Folder with the sample articles (*.txt)."_s, u"DIR"_s,
              QStringLiteral(CLAIMSCOPE_SAMPLE_DIR))
    , language(u"language"_s, u"Interface language (default ru)."_s, u"CODE"_s, u"ru"_s)
    , minimumRuns(minimum)
{
}

void ChartBenchOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({sources, size, workers, runsOption, language, samples});
}

int ChartBenchOptions::runs(const QCommandLineParser &parser) const
{
    return std::max(minimumRuns, parser.value(runsOption).toInt());
}

std::unique_ptr<Project> buildProject(const QStringList &files, const Lexicon &lexicon, int workers,
                                      const QString &name)
{
    ProjectContents contents;
    contents.settings.name = name;
    contents.settings.question = u"Kazakhstan joining BRICS as a full member"_s;
    contents.settings.cues = lexicon.cues;
    auto project = std::make_unique<Project>(std::move(contents), std::unique_ptr<ProjectWriter>());
    QList<SpeakerRecord> people;
    for (const Speaker &speaker : lexicon.speakers)
        people.append({speaker, {}, false});
    if (!project->addSpeakers(people))
        return nullptr;
    const FilesIntoProject added = addFilesToProject(*project, files, workers);
    if (!added.ok()) {
        err() << name << ": " << added.problems.join(u"; "_s) << Qt::endl;
        return nullptr;
    }
    return project;
}

std::unique_ptr<Project> loadSampleProject(const Lexicon &lexicon, const QString &folder, const QString &name)
{
    const QString path = QDir(folder).filePath(u"Sample.claimscope"_s);
    if (const auto problem = createSampleProject(path, lexicon)) {
        err() << name << ": " << *problem << Qt::endl;
        return nullptr;
    }
    auto opened = ProjectStore::open(path, ProjectStore::Mode::ReadOnly);
    if (const auto *error = std::get_if<ProjectError>(&opened)) {
        err() << name << ": " << error->message << Qt::endl;
        return nullptr;
    }
    auto loaded = std::get<std::unique_ptr<ProjectStore>>(opened)->load();
    if (const auto *error = std::get_if<ProjectError>(&loaded)) {
        err() << name << ": " << error->message << Qt::endl;
        return nullptr;
    }
    return std::make_unique<Project>(std::get<ProjectContents>(std::move(loaded)),
                                     std::unique_ptr<ProjectWriter>());
}

const StanceRecord *stanceInTheMiddle(const Project &project)
{
    for (qsizetype i = project.sources().size() / 2; i < project.sources().size(); ++i) {
        const QList<StanceId> ids = project.stancesOf(project.sources().at(i).id);
        if (!ids.isEmpty())
            return project.stance(ids.first());
    }
    return nullptr;
}

} // namespace bench
