#pragma once

// The built-in sample project, highlighted and analysed, for the project and panel tests.

#include "core/analysis/AnalysisPipeline.h"
#include "core/project/Project.h"
#include "core/project/SourceManifest.h"

#include <QStandardPaths>

#include <variant>

namespace claimscope::test {

struct AnalysedSource {
    core::Document document;
    core::DocumentAnalysis analysis;
};

struct AnalysedSample {
    core::ProjectSettings settings;
    core::Lexicon lexicon;
    QList<AnalysedSource> sources;
    QString problem; // why the sample could not be analysed, empty when it was
};

inline AnalysedSample analyseSample()
{
    using namespace claimscope::core;
    QStandardPaths::setTestModeEnabled(true);
    AnalysedSample sample;
    const LexiconResult lexicon = loadLexicon(builtInSpeakersPath(), builtInCuesPath());
    if (const auto *error = std::get_if<LexiconError>(&lexicon)) {
        sample.problem = error->message();
        return sample;
    }
    sample.lexicon = std::get<Lexicon>(lexicon);
    const SourceSet set = loadSourceManifest(sampleManifestPath());
    if (!set.errors.isEmpty()) {
        sample.problem = set.errors.first().message();
        return sample;
    }
    sample.settings.name = set.name;
    sample.settings.question = set.question;
    sample.settings.cues = sample.lexicon.cues;
    AnalysisPipeline pipeline(sample.lexicon);
    if (const auto problem = pipeline.prepare()) {
        sample.problem = *problem;
        return sample;
    }
    for (const Document &document : set.documents) {
        auto analysis = pipeline.analyze(document.text, document.metadata.language);
        if (const auto *problem = std::get_if<QString>(&analysis)) {
            sample.problem = *problem;
            return sample;
        }
        sample.sources.append({document, std::get<DocumentAnalysis>(std::move(analysis))});
    }
    return sample;
}

// The lexicon's people as the speakers a new project starts with.
inline QList<core::SpeakerRecord> lexiconSpeakers(const core::Lexicon &lexicon)
{
    QList<core::SpeakerRecord> speakers;
    for (const core::Speaker &speaker : lexicon.speakers)
        speakers.append({speaker, {}, false});
    return speakers;
}

// `project` filled as a user would: the lexicon's speakers, then each source with its analysis.
inline bool fillProject(core::Project &project, const AnalysedSample &sample)
{
    if (!project.addSpeakers(lexiconSpeakers(sample.lexicon)))
        return false;
    for (const AnalysedSource &source : sample.sources) {
        if (project.addSource(source.document, source.analysis) == 0)
            return false;
    }
    return true;
}

} // namespace claimscope::test
