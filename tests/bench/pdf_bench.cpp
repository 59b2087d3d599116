// Annotated PDF benchmark (issue 8, "Measures"): a project of about 100 pages (sources generated
// from the sample articles, project_corpus.h) exported with ui::pdf::AnnotatedPdfExport::write, as
// File → Export Annotated PDF and `claimscope export-pdf` do, and side by side the same plain text
// (the sources' texts in one .txt file) converted by `libreoffice --headless --convert-to pdf`,
// which draws no highlights at all. Prints one table: pages of both PDFs (pdfinfo), times with
// medians, the ratio, the export's steps (from its progress), and peak memory. Goal (issue 8):
// 100 pages under 2 s, and faster than LibreOffice's plain conversion. It is a benchmark, not a
// test: it never fails on timing.
//
//   pdf_bench [--sources N] [--size-mb N] [--workers N] [--runs N] [--cli-runs N] [--lo-runs N]
//             [--language CODE] [--samples DIR] [--keep] [--json FILE]
//
// Three measures of the export, each honest about what it holds:
// - in this process, the export alone, of the project opened read-only from its file (the command
//   line's way); peak memory is this process's VmHWM started afresh before one export, so it holds
//   the open project and Qt, which any export needs, and nothing of the analysis before it;
// - `claimscope export-pdf -o OUT.pdf PROJECT` in a new process each run: what a user waits for,
//   start-up and project open included, with that process's own peak (peak_rss_run);
// - LibreOffice the same way, with a profile of its own (created by an extra first run, shown
//   apart), so that a LibreOffice the user has open is neither used nor disturbed.
//
// The project is built into a file first: the sample articles copied with varied names and padded
// (writeCorpus), imported, analysed and added as the window's import adds them.

#include "bench_figures.h"
#include "bench_process.h"
#include "bench_report.h"
#include "chart_project.h"
#include "core/i18n/Localization.h"
#include "core/project/FilesIntoProject.h"
#include "core/project/ImportBatch.h"
#include "core/project/ProjectSession.h"
#include "project_corpus.h"
#include "ui/pdf/AnnotatedPdfExport.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>

#include <array>
#include <cmath>
#include <cstring>
#include <malloc.h>

using namespace Qt::StringLiterals;

namespace {

using namespace bench;
using namespace claimscope;

// ---------------------------------------------------------------------------------------------
// The project

// A new project file at `path` holding `files`, imported and analysed into it as the window's
// import would (core::addFilesToProject), with the lexicon's speakers and colours.
// bench::buildProject makes one in memory; the command line needs a file.
bool writeProjectFile(const QString &path, const QStringList &files, const core::Lexicon &lexicon,
                      int workers)
{
    auto created = core::createProjectSession(path, lexicon);
    if (const auto *error = std::get_if<core::ProjectError>(&created)) {
        err() << "pdf_bench: " << error->message << Qt::endl;
        return false;
    }
    core::Project &project = *std::get<core::ProjectSession>(created).project;
    const core::FilesIntoProject added = core::addFilesToProject(project, files, workers);
    if (!added.ok()) {
        err() << "pdf_bench: " << added.problems.join(u"; "_s) << Qt::endl;
        return false;
    }
    return true;
}

// The project at `path` opened read-only, as `claimscope export-pdf` opens it.
std::optional<core::ProjectSession> readProject(const QString &path)
{
    auto opened = core::ProjectStore::open(path, core::ProjectStore::Mode::ReadOnly);
    if (const auto *error = std::get_if<core::ProjectError>(&opened)) {
        err() << "pdf_bench: " << error->message << Qt::endl;
        return std::nullopt;
    }
    core::ProjectSession session;
    session.store = std::get<std::unique_ptr<core::ProjectStore>>(std::move(opened));
    auto contents = session.store->load();
    if (const auto *error = std::get_if<core::ProjectError>(&contents)) {
        err() << "pdf_bench: " << error->message << Qt::endl;
        return std::nullopt;
    }
    session.project = std::make_unique<core::Project>(std::get<core::ProjectContents>(std::move(contents)),
                                                      session.store.get());
    return session;
}

// The sources' texts, one after another with a blank line between: what LibreOffice converts.
bool writePlainText(const core::Project &project, const QString &path)
{
    QStringList texts;
    for (const core::SourceRecord &source : project.sources())
        texts.append(source.document.text);
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(texts.join(u"\n\n"_s).toUtf8()) >= 0 && file.flush();
}

// ---------------------------------------------------------------------------------------------
// The export in this process

struct ExportRun {
    double totalMs = 0;
    // The steps, from the export's progress: AnnotatedPdfExport reports 80 % when the pages are
    // written, 86 % after the original pages are put in, 93 % after the annotations, 99 % after the
    // outline, 100 % once renamed. -1: not seen (the export's percentages changed: update these).
    double pagesMs = -1;
    double originalsMs = -1;
    double annotationsMs = -1;
    double outlineMs = -1;
    double renameMs = -1;
};

std::optional<ExportRun> exportOnce(const core::Project &project, const QString &path)
{
    std::array<qint64, 101> lastSeen; // ns since the start, when each percentage was last reported
    lastSeen.fill(-1);
    QElapsedTimer timer;
    timer.start();
    const auto problem = ui::pdf::AnnotatedPdfExport::write(project, {}, path, [&](int done, int total) {
        const int percent = total > 0 ? done * 100 / total : 0;
        lastSeen[std::clamp(percent, 0, 100)] = timer.nsecsElapsed();
        return true;
    });
    ExportRun run;
    run.totalMs = elapsedMs(timer);
    if (problem) {
        err() << "pdf_bench: " << *problem << Qt::endl;
        return std::nullopt;
    }
    const auto between = [&](int from, int to) {
        const qint64 start = from == 0 ? 0 : lastSeen[from];
        return start < 0 || lastSeen[to] < 0 ? -1.0 : double(lastSeen[to] - start) / 1e6;
    };
    run.pagesMs = between(0, 80);
    run.originalsMs = between(80, 86);
    run.annotationsMs = between(86, 93);
    run.outlineMs = between(93, 99);
    run.renameMs = between(99, 100);
    return run;
}

// The 1-, 5- and 15-minute load averages: on a busy machine every time here is longer.
QString loadAverage()
{
    QFile loadavg(u"/proc/loadavg"_s);
    if (!loadavg.open(QIODevice::ReadOnly))
        return u"n/a"_s;
    return QString::fromLatin1(loadavg.readAll()).section(u' ', 0, 2);
}

long residentKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

// ---------------------------------------------------------------------------------------------
// Other processes

// The page count pdfinfo reads, or -1.
int pdfPages(const QString &path)
{
    QProcess pdfinfo;
    pdfinfo.start(u"pdfinfo"_s, {path});
    if (!pdfinfo.waitForFinished(60000) || pdfinfo.exitCode() != 0)
        return -1;
    static const QRegularExpression pages(u"^Pages:\\s+(\\d+)"_s, QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = pages.match(QString::fromUtf8(pdfinfo.readAllStandardOutput()));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

struct ChildFigures {
    std::vector<double> ms;
    long peakKiB = -1; // the largest over the runs
    int pages = -1;
    bool ok = false;
};

// `runs` runs of a command that writes `pdf`; stops at the first that fails.
ChildFigures timeChild(const QString &name, const QString &program, const QStringList &arguments, int runs,
                       const QString &pdf, const QString &errorsFile)
{
    ChildFigures figures;
    for (int run = 0; run < runs; ++run) {
        QFile::remove(pdf);
        const ChildRun child = runChild(program, arguments, errorsFile);
        if (child.exitCode != 0 || !QFile::exists(pdf)) {
            err() << "pdf_bench: " << name << " failed (exit " << child.exitCode << "): " << child.errors
                  << Qt::endl;
            return figures;
        }
        figures.ms.push_back(child.ms);
        figures.peakKiB = std::max(figures.peakKiB, child.peakKiB);
    }
    figures.pages = pdfPages(pdf);
    figures.ok = true;
    return figures;
}

// ---------------------------------------------------------------------------------------------
// The table

QString timeCell(const std::vector<double> &values)
{
    return values.empty()
               ? u"–"_s
               : u"%1 (%2, %3 runs)"_s.arg(milliseconds(median(values)), spread(values)).arg(values.size());
}

QString ratioCell(const std::vector<double> &ours, const std::vector<double> &theirs)
{
    if (ours.empty() || theirs.empty() || median(ours) <= 0)
        return u"–"_s;
    return u"%1×"_s.arg(median(theirs) / median(ours), 0, 'f', 1);
}

QString pagesCell(int pages)
{
    return pages < 0 ? u"n/a"_s : QString::number(pages);
}

std::vector<double> column(const std::vector<ExportRun> &runs, double ExportRun::*member)
{
    std::vector<double> values;
    for (const ExportRun &run : runs) {
        if (run.*member >= 0)
            values.push_back(run.*member);
    }
    return values;
}

// ---------------------------------------------------------------------------------------------
// The three measures

struct InProcessFigures {
    ExportRun first; // fonts and Qt Charts loaded on the way
    std::vector<ExportRun> runs;
    long residentKiB = -1; // before the export whose peak is measured
    long peakKiB = -1;
    int pages = -1;
};

// A first export, `runs` timed ones, then one more whose peak memory is its own.
std::optional<InProcessFigures> measureInProcess(const core::Project &project, const QString &pdf, int runs)
{
    InProcessFigures figures;
    const auto first = exportOnce(project, pdf);
    if (!first)
        return std::nullopt;
    figures.first = *first;
    for (int run = 0; run < runs; ++run) {
        const auto timed = exportOnce(project, pdf);
        if (!timed)
            return std::nullopt;
        figures.runs.push_back(*timed);
    }
    // Memory freed by the runs before goes back first, so that the peak is this export's.
    malloc_trim(0);
    figures.residentKiB = residentKiB();
    const bool peakReset = resetPeakRss();
    if (!exportOnce(project, pdf))
        return std::nullopt;
    figures.peakKiB = peakReset ? peakRssKiB(0) : -1;
    figures.pages = pdfPages(pdf);
    return figures;
}

struct LibreOfficeFigures {
    bool installed = false;
    ChildFigures first; // with a new profile
    ChildFigures warm;
};

// LibreOffice converting `text` with a profile of its own in `folder`, when it is installed.
LibreOfficeFigures measureLibreOffice(const QDir &folder, const QString &text, int runs)
{
    LibreOfficeFigures figures;
    const QString libreOffice = QStandardPaths::findExecutable(u"libreoffice"_s);
    if (libreOffice.isEmpty()) {
        out() << "libreoffice: not on PATH, its column is left out (apt install libreoffice-writer-nogui)\n";
        return figures;
    }
    figures.installed = true;
    const QString pdf = folder.filePath(u"libreoffice/pdf_bench.pdf"_s);
    const QStringList arguments{
        u"-env:UserInstallation=%1"_s.arg(
            QUrl::fromLocalFile(folder.filePath(u"libreoffice/profile"_s)).toString()),
        u"--headless"_s,
        u"--convert-to"_s,
        u"pdf"_s,
        u"--outdir"_s,
        folder.filePath(u"libreoffice"_s),
        text};
    const QString errors = folder.filePath(u"libreoffice.err"_s);
    figures.first = timeChild(u"libreoffice"_s, libreOffice, arguments, 1, pdf, errors);
    if (figures.first.ok)
        figures.warm = timeChild(u"libreoffice"_s, libreOffice, arguments, runs, pdf, errors);
    return figures;
}

void printTable(const InProcessFigures &inProcess, const ChildFigures &cli, const LibreOfficeFigures &lo)
{
    const std::vector<double> totals = column(inProcess.runs, &ExportRun::totalMs);
    out() << "\n| Figure | Claimscope (annotated) | LibreOffice (plain text) | LibreOffice ÷ Claimscope |\n"
             "|---|---|---|---|\n";
    out() << u"| Pages | %1 | %2 | |\n"_s.arg(pagesCell(inProcess.pages),
                                              lo.warm.ok ? pagesCell(lo.warm.pages) : u"–"_s);
    out() << u"| **Export, in the process** (median, min – max) | **%1** | | %2 |\n"_s.arg(
        timeCell(totals), ratioCell(totals, lo.warm.ms));
    out() << u"| **Command, a new process each run** | **%1** | **%2** | %3 |\n"_s.arg(
        timeCell(cli.ms), timeCell(lo.warm.ms), ratioCell(cli.ms, lo.warm.ms));
    out()
        << u"| First run (Claimscope: first export in the process; LibreOffice: new profile) | %1 | %2 | |\n"_s
               .arg(milliseconds(inProcess.first.totalMs),
                    lo.first.ok ? milliseconds(lo.first.ms.front()) : u"–"_s);
    out() << u"| Export steps: pages / originals / annotations / outline / rename | %1 / %2 / %3 / %4 / %5 "
             "| | |\n"_s.arg(milliseconds(median(column(inProcess.runs, &ExportRun::pagesMs))),
                             milliseconds(median(column(inProcess.runs, &ExportRun::originalsMs))),
                             milliseconds(median(column(inProcess.runs, &ExportRun::annotationsMs))),
                             milliseconds(median(column(inProcess.runs, &ExportRun::outlineMs))),
                             milliseconds(median(column(inProcess.runs, &ExportRun::renameMs))));
    out() << u"| Peak memory, export in the process (resident before it) | %1 (%2) | | |\n"_s.arg(
        mebibytes(inProcess.peakKiB), mebibytes(inProcess.residentKiB));
    out() << u"| Peak memory, command | %1 | %2 | |\n"_s.arg(
        mebibytes(cli.peakKiB), lo.warm.ok ? mebibytes(lo.warm.peakKiB) : u"–"_s);
    const double perHundred =
        inProcess.pages > 0 && !totals.empty() ? median(totals) * 100.0 / inProcess.pages : -1;
    out() << u"\nGoal (issue 8): 100 pages under 2 s (here %1 per 100 pages in the process, %2 for the "
             "command) and faster than LibreOffice's plain conversion.\n"_s.arg(
                 perHundred < 0 ? u"n/a"_s : milliseconds(perHundred),
                 cli.ok && inProcess.pages > 0 ? milliseconds(median(cli.ms) * 100.0 / inProcess.pages)
                                               : u"n/a"_s);
}

// The figures for tests/bench/run. A measure that failed is written as null (NaN), so that the runner
// reports a broken benchmark rather than a missing tool; LibreOffice not installed is a note.
void fillReport(Report &report, const InProcessFigures &inProcess, const ChildFigures &cli,
                const LibreOfficeFigures &lo, qint64 sourceBytes)
{
    const double none = std::nan("");
    const auto timed = [&](const QString &key, const std::vector<double> &values) {
        report.figure(key, values.empty() ? none : median(values), u"ms"_s, values);
    };
    const auto count = [&](const QString &key, int pages) {
        report.figure(key, pages < 0 ? none : double(pages), u"pages"_s);
    };
    timed(u"export_ms"_s, column(inProcess.runs, &ExportRun::totalMs));
    report.figure(u"first_export_ms"_s, inProcess.first.totalMs, u"ms"_s);
    timed(u"pages_step_ms"_s, column(inProcess.runs, &ExportRun::pagesMs));
    timed(u"originals_step_ms"_s, column(inProcess.runs, &ExportRun::originalsMs));
    timed(u"annotations_step_ms"_s, column(inProcess.runs, &ExportRun::annotationsMs));
    timed(u"outline_step_ms"_s, column(inProcess.runs, &ExportRun::outlineMs));
    count(u"pages"_s, inProcess.pages);
    if (inProcess.pages < 0)
        report.note(u"pages"_s, u"pdfinfo could not count the pages (is poppler-utils installed?)"_s);
    report.figure(u"source_bytes"_s, double(sourceBytes), u"bytes"_s);
    report.peak(u"export_peak_mib"_s, inProcess.peakKiB);
    timed(u"command_ms"_s, cli.ok ? cli.ms : std::vector<double>{});
    report.figure(u"command_peak_mib"_s, cli.ok && cli.peakKiB >= 0 ? double(cli.peakKiB) / 1024.0 : none,
                  u"MiB"_s);
    if (!lo.installed) {
        report.note(u"skipped_libreoffice"_s, u"libreoffice is not on PATH"_s);
        return;
    }
    timed(u"libreoffice_ms"_s, lo.warm.ok ? lo.warm.ms : std::vector<double>{});
    report.figure(u"libreoffice_first_ms"_s, lo.first.ok ? lo.first.ms.front() : none, u"ms"_s);
    count(u"libreoffice_pages"_s, lo.warm.ok ? lo.warm.pages : -1);
    report.figure(u"libreoffice_peak_mib"_s,
                  lo.warm.ok && lo.warm.peakKiB >= 0 ? double(lo.warm.peakKiB) / 1024.0 : none, u"MiB"_s);
    const bool both = cli.ok && lo.warm.ok && median(cli.ms) > 0;
    report.figure(u"ratio"_s, both ? median(lo.warm.ms) / median(cli.ms) : none, u"x"_s);
}

} // namespace

int main(int argc, char **argv)
{
    // The export draws the charts with Qt Charts widgets: a QApplication, offscreen here.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"The annotated PDF export of a ~100-page project, beside LibreOffice's "
                                     "plain conversion of the same text."_s);
    parser.addHelpOption();
    ChartBenchOptions options(5, 3);
    // About 100 pages of A4 with the charts and the speaker index: fewer, shorter sources than the
    // chart benchmarks' 1,000.
    options.sources.setDefaultValue(u"40"_s);
    options.sources.setDescription(u"Sources to generate (default 40)."_s);
    options.size.setDefaultValue(u"0.25"_s);
    options.size.setDescription(u"Size of the corpus in MB of UTF-8 (default 0.25)."_s);
    options.addTo(parser);
    const QCommandLineOption cliRuns(u"cli-runs"_s, u"Runs of `claimscope export-pdf` (default 3)."_s, u"N"_s,
                                     u"3"_s);
    const QCommandLineOption loRuns(u"lo-runs"_s, u"Runs of LibreOffice after its first (default 3)."_s,
                                    u"N"_s, u"3"_s);
    const QCommandLineOption keep(u"keep"_s, u"Keep the folder with the project, the text and the PDFs."_s);
    parser.addOptions({cliRuns, loRuns, keep, reportOption()});
    parser.process(app);
    Report report(u"pdf"_s);
    report.setFileFrom(parser);
    QStandardPaths::setTestModeEnabled(true); // helper definitions go to a test cache

    core::Localization localization;
    localization.setLanguage(parser.value(options.language));
    const int runs = options.runs(parser);
    const core::LexiconResult lexiconResult =
        core::loadLexicon(core::builtInSpeakersPath(), core::builtInCuesPath());
    if (const auto *error = std::get_if<core::LexiconError>(&lexiconResult)) {
        err() << "pdf_bench: " << error->message() << Qt::endl;
        return 1;
    }
    const core::Lexicon &lexicon = std::get<core::Lexicon>(lexiconResult);
    const auto articles = readSampleArticles(parser.value(options.samples));
    if (!articles)
        return 1;
    QTemporaryDir temporary(QDir(QDir::tempPath()).filePath(u"pdf_bench-XXXXXX"_s));
    if (!temporary.isValid()) {
        err() << "pdf_bench: no temporary folder" << Qt::endl;
        return 1;
    }
    temporary.setAutoRemove(!parser.isSet(keep));
    const QDir folder(temporary.path());
    if (!folder.mkpath(u"corpus"_s) || !folder.mkpath(u"libreoffice"_s)) {
        err() << "pdf_bench: cannot make folders in " << folder.path() << Qt::endl;
        return 1;
    }

    // The project, in a file.
    CorpusOptions corpusOptions;
    corpusOptions.sources = std::max(1, parser.value(options.sources).toInt());
    corpusOptions.targetBytes = static_cast<qint64>(parser.value(options.size).toDouble() * kMegabyte);
    const auto corpus = writeCorpus(*articles, lexicon, corpusOptions, folder.filePath(u"corpus"_s));
    if (!corpus)
        return 1;
    const QString projectPath = folder.filePath(u"pdf_bench.claimscope"_s);
    const int workers = parser.value(options.workers).toInt();
    if (!writeProjectFile(projectPath, corpus->files, lexicon, workers))
        return 1;
    auto session = readProject(projectPath);
    if (!session)
        return 1;
    const core::Project &project = *session->project;
    const QString text = folder.filePath(u"libreoffice/pdf_bench.txt"_s);
    if (!writePlainText(project, text)) {
        err() << "pdf_bench: cannot write " << text << Qt::endl;
        return 1;
    }
    out()
        << u"== Annotated PDF export beside LibreOffice's plain conversion ==\n"
           "project: %1 sources, %2 MB of UTF-8, %7 speakers, %3 annotations (quotes, claims, figures drawn; "
           "A4, charts on); interface language %4; %5 core(s), load average %6\n"_s
               .arg(project.sources().size())
               .arg(double(corpus->bytes) / kMegabyte, 0, 'f', 2)
               .arg(project.annotationCount())
               .arg(localization.language())
               .arg(QThread::idealThreadCount())
               .arg(loadAverage())
               .arg(project.speakers().size());
    out().flush();

    const auto inProcess = measureInProcess(project, folder.filePath(u"claimscope.pdf"_s), runs);
    if (!inProcess)
        return 1;

    // `claimscope export-pdf`, a new process each time.
    const ChildFigures cli =
        timeChild(u"claimscope export-pdf"_s, QStringLiteral(CLAIMSCOPE_EXECUTABLE),
                  {u"--language"_s, localization.language(), u"export-pdf"_s, u"--page-size"_s, u"a4"_s,
                   u"-o"_s, folder.filePath(u"cli.pdf"_s), projectPath},
                  std::max(1, parser.value(cliRuns).toInt()), folder.filePath(u"cli.pdf"_s),
                  folder.filePath(u"cli.err"_s));

    const LibreOfficeFigures lo = measureLibreOffice(folder, text, std::max(1, parser.value(loRuns).toInt()));
    printTable(*inProcess, cli, lo);
    if (parser.isSet(keep))
        out() << "kept: " << folder.path() << '\n';
    out().flush();
    fillReport(report, *inProcess, cli, lo, QFileInfo(text).size());
    return report.write() ? 0 : 1;
}
