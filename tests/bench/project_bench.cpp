// Project benchmark (issue 6, "Measures"): a project of ~1,000 sources (about 5 MB of text,
// generated from the sample articles with varied names: see project_corpus.h), imported and
// analysed into a new project file, then opened again in a new process with the three panels'
// models, and the Quotes & Claims panel filtered by one speaker and by a text search. Prints the
// times, MB/s, the file's size and peak memory in one table with the goals. It is a benchmark, not
// a test: it never fails on timing.
//
//   project_bench [--sources N] [--size-mb N] [--workers N] [--import-runs N] [--runs N]
//                 [--filter-runs N] [--search TEXT] [--samples DIR] [--dir DIR] [--keep]
//                 [--ways per-write,grouped] [--json FILE]
//   project_bench --open FILE [--runs N] [--filter-runs N] [--search TEXT]
//
// Run it from the repository root: --samples defaults to resources/sample. The second form only
// opens an existing project (which it may migrate, as the app would) and filters it.
//
// The import is what the window will do with ImportBatch's outcome: files read by importFile(),
// analysed by CorpusAnalyzer, and each source added with its analysis by Project::addSource(), the
// one call that writes the file and then updates the open project and, through its signals, the
// panels (connected during the import, as in the window). Writing to ProjectStore directly would
// leave the open Project and its panels behind the file. Project::addSource is two writes, each
// its own transaction (the source, then its automatic records); "grouped" runs the same calls
// inside one ProjectStore::inOneTransaction(), where they become savepoints.

#include "bench_figures.h"
#include "bench_report.h"
#include "core/analysis/CorpusAnalyzer.h"
#include "core/document/DocumentImporter.h"
#include "core/project/ImportBatch.h"
#include "core/project/Project.h"
#include "project_corpus.h"
#include "project_open.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QThread>

#include <functional>
#include <malloc.h>
#include <map>
#include <memory>
#include <optional>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

using namespace bench;
using namespace claimscope::core;

// Gives memory freed by the previous phase back to the system, then starts VmHWM afresh, so that
// the next phase's peak is its own (from the resident size returned). -1 when it cannot be reset.
long startPeak()
{
    malloc_trim(0);
    if (!resetPeakRss())
        return -1;
    return peakRssKiB(0);
}

// CPU time of this process (every thread), user + system, in ms.
double cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto ms = [](const timeval &t) {
        return double(t.tv_sec) * 1000 + double(t.tv_usec) / 1000;
    };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

QString seconds(double ms)
{
    return u"%1 s"_s.arg(ms / 1000, 0, 'f', 2);
}

// ---------------------------------------------------------------------------------------------
// Import

enum class Grouping { PerWrite, Grouped };

struct ImportRun {
    double readMs = 0;
    double analyseMs = 0;
    double writeMs = 0;
    double writeCpuMs = 0; // this process's CPU time (user + system) in the write stage
    double totalMs = 0;
    long baseKiB = -1; // resident before the import
    long peakKiB = -1;
    qint64 fileBytes = 0;
    qsizetype sources = 0;
    qsizetype notAnalysed = 0;
    qsizetype annotations = 0;
    qsizetype speakers = 0;
    qsizetype suggested = 0;
};

ProjectSettings benchSettings(const Lexicon &lexicon)
{
    ProjectSettings settings;
    settings.name = u"project_bench"_s;
    settings.question = u"Kazakhstan joining BRICS as a full member"_s;
    settings.cues = lexicon.cues;
    return settings;
}

// A new project at `path` with the lexicon's people, and `files` imported into it.
std::optional<ImportRun> importProject(const QString &path, const QStringList &files, const Lexicon &lexicon,
                                       int workers, Grouping grouping)
{
    ImportRun run;
    run.baseKiB = startPeak();
    QElapsedTimer total;
    total.start();
    {
        auto created = ProjectStore::create(path, benchSettings(lexicon));
        if (const auto *error = std::get_if<ProjectError>(&created)) {
            err() << "project_bench: " << error->message << Qt::endl;
            return std::nullopt;
        }
        OpenProject open;
        open.store = std::get<std::unique_ptr<ProjectStore>>(std::move(created));
        open.project = std::make_unique<Project>(ProjectContents{benchSettings(lexicon), {}, {}, {}, {}},
                                                 open.store.get());
        QList<SpeakerRecord> people;
        for (const Speaker &speaker : lexicon.speakers)
            people.append({speaker, {}, false});
        if (!open.project->addSpeakers(people)) {
            err() << "project_bench: the lexicon's people were not written" << Qt::endl;
            return std::nullopt;
        }
        open.panels = std::make_unique<Panels>(open.project.get());
        Project &project = *open.project;

        QElapsedTimer stage;
        stage.start();
        QList<Document> documents;
        QList<CorpusDocument> toAnalyse;
        for (const QString &file : files) {
            ImportResult read = importFile(file);
            if (!read.ok()) {
                err() << "project_bench: " << read.error().message() << Qt::endl;
                return std::nullopt;
            }
            documents.append(read.takeDocument());
            toAnalyse.append({documents.last().text, analysisLanguage(documents.last().metadata.language)});
        }
        run.readMs = elapsedMs(stage);

        stage.start();
        QList<CorpusOutcome> outcomes = CorpusAnalyzer(project.lexicon(), workers).analyze(toAnalyse);
        toAnalyse.clear();
        run.analyseMs = elapsedMs(stage);

        stage.start();
        const double cpuBefore = cpuMs();
        const auto addAll = [&]() -> std::optional<ProjectError> {
            for (qsizetype i = 0; i < documents.size(); ++i) {
                // As the window does: each analysis is moved into the project's write and freed after it.
                CorpusOutcome &outcome = outcomes[i];
                const bool analysed = outcome.status == CorpusOutcome::Status::Analysed;
                run.notAnalysed += analysed ? 0 : 1;
                if (project.addSource(documents.at(i), analysed ? std::optional(std::move(outcome.analysis))
                                                                : std::nullopt) == 0)
                    return ProjectError{ProjectError::Kind::WriteFailed, path, u"a source was refused"_s};
            }
            return std::nullopt;
        };
        const std::optional<ProjectError> error =
            grouping == Grouping::Grouped ? open.store->inOneTransaction(addAll) : addAll();
        run.writeMs = elapsedMs(stage);
        run.writeCpuMs = cpuMs() - cpuBefore;
        if (error) {
            err() << "project_bench: " << error->message << Qt::endl;
            return std::nullopt;
        }
        run.totalMs = elapsedMs(total);
        run.peakKiB = peakRssKiB(0);
        run.sources = project.sources().size();
        run.annotations = project.annotationCount();
        run.speakers = project.speakers().size();
        for (const SpeakerRecord &speaker : project.speakers())
            run.suggested += speaker.suggested ? 1 : 0;
    }
    run.fileBytes = QFileInfo(path).size();
    return run;
}

// ---------------------------------------------------------------------------------------------
// Open and filter, in a process of its own

// Runs this program with --open in a new process; its lines are shown, its figures read back.
std::optional<OpenFigures> measureOpenInNewProcess(const QString &path, const QStringList &options)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                QStringList{u"--open"_s, path, u"--report"_s} + options);
    if (!child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
        err() << "project_bench: the open phase failed (" << child.errorString() << ")" << Qt::endl;
        return std::nullopt;
    }
    return readFigures(child.readAllStandardOutput());
}

// ---------------------------------------------------------------------------------------------
// The table

void printImportRows(const std::map<Grouping, std::vector<ImportRun>> &imports, qint64 corpusBytes)
{
    for (const auto &[grouping, runs] : imports) {
        std::vector<double> total, read, analyse, write, writeCpu;
        long peak = -1;
        long base = -1;
        for (const ImportRun &run : runs) {
            total.push_back(run.totalMs);
            read.push_back(run.readMs);
            analyse.push_back(run.analyseMs);
            write.push_back(run.writeMs);
            writeCpu.push_back(run.writeCpuMs);
            peak = std::max(peak, run.peakKiB);
            base = base < 0 ? run.baseKiB : std::min(base, run.baseKiB);
        }
        const QString how = grouping == Grouping::PerWrite
                                ? u"one transaction per write (Project::addSource: 2 per source)"_s
                                : u"grouped (every addSource in one inOneTransaction)"_s;
        out() << u"| Import + analysis, %1 | **%2** (%3 – %4), %5: read %6, analyse %7, "
                 "write %8 (CPU %9) | %10 | – |\n"_s.arg(
                     how, seconds(median(total)), seconds(*std::min_element(total.begin(), total.end())),
                     seconds(*std::max_element(total.begin(), total.end())),
                     megabytesPerSecond(corpusBytes, median(total)), seconds(median(read)),
                     seconds(median(analyse)), seconds(median(write)), seconds(median(writeCpu)),
                     QString::number(runs.size()));
        out() << u"| Peak RSS during the import, %1 | %2 (resident before: %3) | %4 | |\n"_s.arg(
            grouping == Grouping::PerWrite ? u"per write"_s : u"grouped"_s, mebibytes(peak), mebibytes(base),
            QString::number(runs.size()));
    }
}

// The figures tests/bench/run puts in its table: the import per way of writing, the file, and the
// open phase (its keys as project_open.cpp names them).
void reportFigures(Report &report, qint64 corpusBytes,
                   const std::map<Grouping, std::vector<ImportRun>> &imports,
                   const std::map<Grouping, qint64> &fileBytes, const OpenFigures &opened)
{
    report.figure(u"corpus_bytes"_s, double(corpusBytes), u"bytes"_s);
    for (const auto &[grouping, runs] : imports) {
        const QString key = grouping == Grouping::PerWrite ? u"import_per_write_"_s : u"import_grouped_"_s;
        std::vector<double> total;
        long peak = -1;
        for (const ImportRun &run : runs) {
            total.push_back(run.totalMs);
            peak = std::max(peak, run.peakKiB);
        }
        report.figure(key + u"ms"_s, median(total), u"ms"_s, total);
        report.figure(key + u"mb_s"_s, rate(corpusBytes, median(total)), u"MB/s"_s);
        report.peak(key + u"peak_mib"_s, peak);
        report.figure(key + u"file_bytes"_s, double(fileBytes.at(grouping)), u"bytes"_s);
    }
    const std::vector<double> counts = opened.values(u"counts"_s);
    if (counts.size() == 6) {
        report.figure(u"sources"_s, counts[0], u"count"_s);
        report.figure(u"annotations"_s, counts[1], u"count"_s);
        report.figure(u"speakers"_s, counts[4], u"count"_s);
    }
    const auto timed = [&](const QString &key, const QString &from) {
        const std::vector<double> values = opened.values(from);
        if (!values.empty())
            report.figure(key, median(values), u"ms"_s, values);
    };
    timed(u"open_ms"_s, u"open.models"_s);
    timed(u"first_open_ms"_s, u"first.models"_s);
    timed(u"filter_speaker_ms"_s, u"speaker"_s);
    timed(u"filter_search_ms"_s, u"search"_s);
    timed(u"filter_clear_ms"_s, u"clear"_s);
    timed(u"sorted_filter_speaker_ms"_s, u"sorted.speaker"_s);
    timed(u"sorted_filter_search_ms"_s, u"sorted.search"_s);
    timed(u"sorted_filter_clear_ms"_s, u"sorted.clear"_s);
    timed(u"sort_ms"_s, u"sort"_s);
    report.peak(u"open_peak_mib"_s, long(opened.value(u"rss.firstOpen"_s)));
    report.peak(u"open_end_peak_mib"_s, long(opened.value(u"rss.end"_s)));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A project of ~1,000 generated sources: import + analysis, open, panels, filters, peak memory. "
        "Run from the repository root."_s);
    parser.addHelpOption();
    const QCommandLineOption sourcesOption(u"sources"_s, u"Sources to generate (default 1000)."_s, u"N"_s,
                                           u"1000"_s);
    const QCommandLineOption sizeOption(u"size-mb"_s, u"Size of the corpus in MB of UTF-8 (default 5)."_s,
                                        u"N"_s, u"5"_s);
    const QCommandLineOption workersOption(u"workers"_s, u"Analysis workers (default 2)."_s, u"N"_s, u"2"_s);
    const QCommandLineOption importRunsOption(u"import-runs"_s, u"Imports per way of writing (default 3)."_s,
                                              u"N"_s, u"3"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Opens after the first (default 10)."_s, u"N"_s, u"10"_s);
    const QCommandLineOption filterRunsOption(u"filter-runs"_s, u"Runs per filter (default 25)."_s, u"N"_s,
                                              u"25"_s);
    const QCommandLineOption searchOption(u"search"_s, u"Text to search for (default \"partner\")."_s,
                                          u"TEXT"_s, u"partner"_s);
    const QCommandLineOption samplesOption(u"samples"_s, u"Folder with the sample articles (*.txt)."_s,
                                           u"DIR"_s, u"resources/sample"_s);
    const QCommandLineOption dirOption(
        u"dir"_s, u"Where the temporary folder goes (default: the system's)."_s, u"DIR"_s, QDir::tempPath());
    const QCommandLineOption keepOption(u"keep"_s, u"Keep the corpus and the project; print where."_s);
    const QCommandLineOption openOption(u"open"_s, u"Only open FILE and filter it."_s, u"FILE"_s);
    QCommandLineOption childReportOption(u"report"_s, u"With --open: figures for the parent process."_s);
    childReportOption.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption waysOption(
        u"ways"_s, u"Ways of writing the import: per-write, grouped or both (default per-write,grouped)."_s,
        u"LIST"_s, u"per-write,grouped"_s);
    parser.addOptions({sourcesOption, sizeOption, workersOption, importRunsOption, runsOption,
                       filterRunsOption, searchOption, samplesOption, dirOption, keepOption, openOption,
                       childReportOption, waysOption, bench::reportOption()});
    parser.process(app);
    Report report(u"project"_s);
    report.setFileFrom(parser);
    // Helper definitions go to a test cache, not the app's.
    QStandardPaths::setTestModeEnabled(true);

    const int runs = std::max(1, parser.value(runsOption).toInt());
    const int filterRuns = std::max(1, parser.value(filterRunsOption).toInt());
    const QString search = parser.value(searchOption);
    if (parser.isSet(openOption)) {
        const auto figures = measureOpen(parser.value(openOption), runs, filterRuns, search);
        if (!figures)
            return 1;
        if (parser.isSet(childReportOption)) {
            writeFigures(*figures);
        } else {
            out() << "\n| Figure | Median (min – max) | Runs | Goal |\n|---|---|---|---|\n";
            printOpenRows(*figures);
            printOpenDetails(*figures);
        }
        return 0;
    }

    const LexiconResult lexiconResult = loadLexicon(builtInSpeakersPath(), builtInCuesPath());
    if (const auto *error = std::get_if<LexiconError>(&lexiconResult)) {
        err() << "project_bench: " << error->message() << Qt::endl;
        return 1;
    }
    const Lexicon &lexicon = std::get<Lexicon>(lexiconResult);
    const auto articles = readSampleArticles(parser.value(samplesOption));
    if (!articles)
        return 1;
    QTemporaryDir temporary(QDir(parser.value(dirOption)).filePath(u"project_bench-XXXXXX"_s));
    if (!temporary.isValid() || !QDir(temporary.path()).mkdir(u"corpus"_s)) {
        err() << "project_bench: no temporary folder in " << parser.value(dirOption) << Qt::endl;
        return 1;
    }
    temporary.setAutoRemove(!parser.isSet(keepOption));
    CorpusOptions corpusOptions;
    corpusOptions.sources = std::max(1, parser.value(sourcesOption).toInt());
    corpusOptions.targetBytes = static_cast<qint64>(parser.value(sizeOption).toDouble() * kMegabyte);
    const auto corpus = writeCorpus(*articles, lexicon, corpusOptions, temporary.filePath(u"corpus"_s));
    if (!corpus)
        return 1;

    QStringList languages;
    for (const auto &[language, figures] : corpus->perLanguage)
        languages.append(u"%1 %2 sources, %3 MB"_s.arg(language)
                             .arg(figures.first)
                             .arg(double(figures.second) / kMegabyte, 0, 'f', 2));
    const QStorageInfo storage(temporary.path());
    const int workers = std::max(1, parser.value(workersOption).toInt());
    out()
        << "== A project of generated sources ==\n"
        << u"corpus: %1 sources, %2 MB of UTF-8 (MB = 10^6 bytes) from the %3 sample articles of %4 (%5)\n"_s
               .arg(corpus->files.size())
               .arg(double(corpus->bytes) / kMegabyte, 0, 'f', 2)
               .arg(articles->size())
               .arg(QDir::toNativeSeparators(QDir(parser.value(samplesOption)).absolutePath()),
                    languages.join(u"; "_s))
        << u"names: %1 people renamed with %2 distinct generated surnames, %3 kept their own; "
           "titles varied\n"_s.arg(corpus->peopleRenamed)
               .arg(corpus->surnamesUsed)
               .arg(corpus->peopleKept)
        << u"project files in %1 (%2 on %3); analysis on %4 worker(s), %5 cores\n"_s
               .arg(QDir::toNativeSeparators(temporary.path()), QString::fromUtf8(storage.fileSystemType()),
                    QString::fromUtf8(storage.device()))
               .arg(workers)
               .arg(QThread::idealThreadCount());
    out().flush();

    // A warm-up: the first analysis of a process also generates the helper's syntax definition.
    {
        QList<CorpusDocument> warmUp;
        for (const SampleArticle &article : *articles)
            warmUp.append({article.text, analysisLanguage(article.language)});
        CorpusAnalyzer(lexicon, workers).analyze(warmUp);
    }

    // Imports, alternating between the two ways of writing; the first one written per write is
    // kept for the open phase, the others are removed.
    const int importRuns = std::max(1, parser.value(importRunsOption).toInt());
    std::map<Grouping, std::vector<ImportRun>> imports;
    std::map<Grouping, qint64> fileBytes;
    const QString kept = temporary.filePath(u"project.claimscope"_s);
    std::vector<Grouping> ways;
    const QStringList wayNames = parser.value(waysOption).split(u',', Qt::SkipEmptyParts);
    for (const QString &name : wayNames) {
        if (name.trimmed() == u"per-write"_s)
            ways.push_back(Grouping::PerWrite);
        else if (name.trimmed() == u"grouped"_s)
            ways.push_back(Grouping::Grouped);
        else {
            err() << "project_bench: --ways takes per-write, grouped or both, not " << name << Qt::endl;
            return 1;
        }
    }
    if (ways.empty())
        ways = {Grouping::PerWrite, Grouping::Grouped};
    for (int run = 0; run < importRuns; ++run) {
        for (const Grouping grouping : ways) {
            const bool keep = run == 0 && grouping == ways.front();
            const QString path = keep ? kept : temporary.filePath(u"import.claimscope"_s);
            const auto done = importProject(path, corpus->files, lexicon, workers, grouping);
            if (!done)
                return 1;
            if (!keep)
                QFile::remove(path);
            imports[grouping].push_back(*done);
            fileBytes[grouping] = done->fileBytes;
            out()
                << u"import %1, %2: %3 (read %4, analyse %5, write %6 using %7 of CPU)\n"_s.arg(run + 1).arg(
                       grouping == Grouping::PerWrite ? u"per write"_s : u"grouped"_s, seconds(done->totalMs),
                       seconds(done->readMs), seconds(done->analyseMs), seconds(done->writeMs),
                       seconds(done->writeCpuMs))
                << u"  %1 sources (%2 not analysed), %3 annotations, %4 speakers (%5 suggested), file %6 MB, "
                   "peak RSS %7\n"_s.arg(done->sources)
                       .arg(done->notAnalysed)
                       .arg(done->annotations)
                       .arg(done->speakers)
                       .arg(done->suggested)
                       .arg(double(done->fileBytes) / kMegabyte, 0, 'f', 2)
                       .arg(mebibytes(done->peakKiB));
            out().flush();
        }
    }

    out() << "\nopening the project in a new process:\n";
    out().flush();
    const auto opened = measureOpenInNewProcess(kept, {u"--runs"_s, QString::number(runs), u"--filter-runs"_s,
                                                       QString::number(filterRuns), u"--search"_s, search});
    if (!opened)
        return 1;

    out() << "\n| Figure | Median (min – max) | Runs | Goal |\n|---|---|---|---|\n";
    out() << u"| Corpus | %1 sources, %2 MB | | ~1,000 sources, ~5 MB |\n"_s.arg(corpus->files.size())
                 .arg(double(corpus->bytes) / kMegabyte, 0, 'f', 2);
    printImportRows(imports, corpus->bytes);
    out() << u"| Project file | %1 MB per write, %2 MB grouped | | |\n"_s
                 .arg(double(fileBytes[Grouping::PerWrite]) / kMegabyte, 0, 'f', 2)
                 .arg(double(fileBytes[Grouping::Grouped]) / kMegabyte, 0, 'f', 2);
    printOpenRows(*opened);
    printOpenDetails(*opened);
    out() << "goals (issue 6): open under 1 s, filter under 50 ms; timing never fails the benchmark\n";
    if (parser.isSet(keepOption))
        out() << "kept: " << QDir::toNativeSeparators(temporary.path()) << '\n';
    reportFigures(report, corpus->bytes, imports, fileBytes, *opened);
    return report.write() ? 0 : 1;
}
