// Chart benchmark (issue 7, "Measures"): the project of ~1,000 generated sources that project_bench
// builds (project_corpus.h), imported and analysed into a project in memory, then the chart panel's
// three charts (ChartModels) timed: a full computation (every source read, then the three charts
// put together), putting them together again from the kept facts (a rename, a language change, a
// filter), and the recomputation after one stance edit and after one annotation edit, which is the
// issue's measure (goal: under 50 ms). Prints one table. It is a benchmark, not a test: it never
// fails on timing.
//
//   chart_bench [--sources N] [--size-mb N] [--workers N] [--runs N] [--language CODE] [--samples DIR]
//               [--json FILE]
//
// The interface language is Russian by default, so that every translated word of the charts goes
// through installed catalogues, as in the app.
//
// The project lives in memory (chart_project.h, shared with chart_draw_bench): the charts read the
// open Project, never the file, so a store would only add the edits' writes, which are not part of
// the measure.

#include "bench_figures.h"
#include "bench_report.h"
#include "chart_project.h"
#include "core/charts/ChartModels.h"
#include "core/i18n/Localization.h"
#include "core/project/Project.h"
#include "project_corpus.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <cmath>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

using namespace bench;
using namespace claimscope::core;

void recomputeAll(ChartModels &models)
{
    models.figures();
    models.stances();
    models.voices();
}

struct Timing {
    std::vector<double> recompute; // the three charts, ms
    std::vector<double> withEdit;  // the edit (with its signals) and the three charts, ms
};

// `edit` runs `runs` times (it must change the project each time); after each, the charts are
// recomputed and timed.
Timing timeAfterEdits(ChartModels &models, int runs, const std::function<bool(int)> &edit)
{
    Timing timing;
    for (int run = 0; run < runs; ++run) {
        recomputeAll(models); // start from charts that are up to date
        QElapsedTimer total;
        total.start();
        if (!edit(run)) {
            err() << "chart_bench: an edit was refused" << Qt::endl;
            return {};
        }
        QElapsedTimer charts;
        charts.start();
        recomputeAll(models);
        timing.recompute.push_back(elapsedMs(charts));
        timing.withEdit.push_back(elapsedMs(total));
    }
    return timing;
}

QString row(const QString &figure, const std::vector<double> &values, const QString &goal)
{
    return u"| %1 | **%2** (%3) | %4 | %5 |\n"_s.arg(figure, milliseconds(median(values)), spread(values))
        .arg(values.size())
        .arg(goal);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"The chart panel's three charts over a project of ~1,000 generated sources: full computation "
        "and recomputation after one edit."_s);
    parser.addHelpOption();
    const ChartBenchOptions options(15, 10);
    options.addTo(parser);
    parser.addOption(reportOption());
    parser.process(app);
    Report report(u"chart"_s);
    report.setFileFrom(parser);
    QStandardPaths::setTestModeEnabled(true); // helper definitions go to a test cache

    Localization localization;
    localization.setLanguage(parser.value(options.language));
    const int runs = options.runs(parser);
    const LexiconResult lexiconResult = loadLexicon(builtInSpeakersPath(), builtInCuesPath());
    if (const auto *error = std::get_if<LexiconError>(&lexiconResult)) {
        err() << "chart_bench: " << error->message() << Qt::endl;
        return 1;
    }
    const Lexicon &lexicon = std::get<Lexicon>(lexiconResult);
    const auto articles = readSampleArticles(parser.value(options.samples));
    if (!articles)
        return 1;
    QTemporaryDir temporary(QDir(QDir::tempPath()).filePath(u"chart_bench-XXXXXX"_s));
    if (!temporary.isValid()) {
        err() << "chart_bench: no temporary folder" << Qt::endl;
        return 1;
    }
    CorpusOptions corpusOptions;
    corpusOptions.sources = std::max(1, parser.value(options.sources).toInt());
    corpusOptions.targetBytes = static_cast<qint64>(parser.value(options.size).toDouble() * kMegabyte);
    const auto corpus = writeCorpus(*articles, lexicon, corpusOptions, temporary.path());
    if (!corpus)
        return 1;

    QElapsedTimer stage;
    stage.start();
    const int workers = parser.value(options.workers).toInt();
    const auto project = buildProject(corpus->files, lexicon, workers, u"chart_bench"_s);
    if (!project)
        return 1;
    out() << u"== Charts of a project of generated sources ==\n"
             "corpus: %1 sources, %2 MB of UTF-8; imported and analysed in %3 s on %4 core(s); "
             "interface language %5\n"_s.arg(corpus->files.size())
                 .arg(double(corpus->bytes) / kMegabyte, 0, 'f', 2)
                 .arg(elapsedMs(stage) / 1000, 0, 'f', 1)
                 .arg(workers > 0 ? workers : QThread::idealThreadCount())
                 .arg(localization.language());
    out().flush();

    // Full computation: every source read, the three charts put together.
    std::vector<double> full;
    for (int run = 0; run < runs; ++run) {
        ChartModels models(project.get());
        QElapsedTimer timer;
        timer.start();
        recomputeAll(models);
        full.push_back(elapsedMs(timer));
    }

    ChartModels models(project.get());
    recomputeAll(models);
    const Chart &figures = models.figures();
    const Chart &stances = models.stances();
    const Chart &voices = models.voices();
    qsizetype conflicting = 0;
    for (const ChartGroup &group : figures.groups) {
        for (const ChartBar &bar : group.bars)
            conflicting += bar.flags.testFlag(BarFlag::Conflicting) ? 1 : 0;
    }
    out() << u"project: %1 annotations; figures %2 bars in %3 groups (%4 conflicting), stances %5 bars "
             "for %6 speakers, voices %7 bars for %8 speakers\n"_s.arg(project->annotationCount())
                 .arg(figures.barCount())
                 .arg(figures.groups.size())
                 .arg(conflicting)
                 .arg(stances.barCount())
                 .arg(stances.groups.size())
                 .arg(voices.barCount())
                 .arg(voices.groups.size());

    // Put together again from the kept facts (what a rename or a language change costs).
    std::vector<double> assemble;
    for (int run = 0; run < runs; ++run) {
        models.retranslate();
        QElapsedTimer timer;
        timer.start();
        recomputeAll(models);
        assemble.push_back(elapsedMs(timer));
    }

    // One stance edit: the stance that counts for a speaker in a source in the middle of the
    // project, its score moved back and forth.
    const StanceRecord *stance = stanceInTheMiddle(*project);
    if (!stance) {
        err() << "chart_bench: the project has no stance" << Qt::endl;
        return 1;
    }
    const SourceId stanceSource = stance->source;
    const QString stanceSpeaker = stance->speaker;
    const int score = stance->score;
    const Timing stanceEdit = timeAfterEdits(models, runs, [&](int run) {
        return project->setStance(stanceSource, stanceSpeaker, run % 2 ? score : (score > 0 ? -2 : 2), {});
    });

    // One annotation edit: a figure's value in a source in the middle of the project.
    AnnotationId figure = 0;
    for (qsizetype i = project->sources().size() / 2; i < project->sources().size() && !figure; ++i) {
        for (AnnotationId id : project->annotationsOf(project->sources().at(i).id)) {
            if (project->annotation(id)->kind == AnnotationKind::Figure) {
                figure = id;
                break;
            }
        }
    }
    if (!figure) {
        err() << "chart_bench: the project has no figure" << Qt::endl;
        return 1;
    }
    const FigureFields fields = project->annotation(figure)->figure;
    const Timing annotationEdit = timeAfterEdits(models, runs, [&](int run) {
        FigureFields changed = fields;
        changed.value = run % 2 ? fields.value : fields.value + 1;
        return project->setAnnotationFigure(figure, changed);
    });
    // And one undo, which is an edit too: the annotation edits undone one at a time.
    const Timing undo = timeAfterEdits(models, runs, [&](int) {
        if (!project->undoStack()->canUndo())
            return false;
        project->undoStack()->undo();
        return true;
    });

    out() << "\n| Figure | Median (min – max) | Runs | Goal |\n|---|---|---|---|\n";
    out() << row(u"Three charts, computed from the project (every source read)"_s, full, u"–"_s);
    out() << row(u"Three charts, all put together again from kept facts (rename, language, filter)"_s,
                 assemble, u"–"_s);
    out() << row(
        u"**Three charts after one stance edit** (the stance chart recomputed, the others still current)"_s,
        stanceEdit.recompute, u"< 50 ms"_s);
    out() << row(u"Stance edit + its signals + three charts"_s, stanceEdit.withEdit, u"–"_s);
    out() << row(
        u"**Three charts after one annotation edit** (a figure's value: figures and voices recomputed)"_s,
        annotationEdit.recompute, u"< 50 ms"_s);
    out() << row(u"Annotation edit + its signals + three charts"_s, annotationEdit.withEdit, u"–"_s);
    out() << row(u"Three charts after one undo (of an annotation edit)"_s, undo.recompute, u"< 50 ms"_s);
    out().flush();

    // A step with no runs (an edit was refused) is written as null, which the runner reports as broken.
    const auto timed = [&](const QString &key, const std::vector<double> &values) {
        report.figure(key, values.empty() ? std::nan("") : median(values), u"ms"_s, values);
    };
    timed(u"compute_ms"_s, full);
    timed(u"rebuild_ms"_s, assemble);
    timed(u"stance_edit_ms"_s, stanceEdit.recompute);
    timed(u"stance_edit_total_ms"_s, stanceEdit.withEdit);
    timed(u"annotation_edit_ms"_s, annotationEdit.recompute);
    timed(u"annotation_edit_total_ms"_s, annotationEdit.withEdit);
    timed(u"undo_ms"_s, undo.recompute);
    report.figure(u"sources"_s, double(corpus->files.size()), u"count"_s);
    report.figure(u"annotations"_s, double(project->annotationCount()), u"count"_s);
    report.peak(u"peak_mib"_s, peakRssKiB(0));
    return report.write() ? 0 : 1;
}
