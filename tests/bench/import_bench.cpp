// Import benchmark (issue 10): reading a PDF (text in reading order, paragraphs, running headers
// dropped, every word's box) and DOCX, ODT and EPUB files, side by side with the tools a user would
// otherwise reach for on the same file:
// - PDF: poppler's own `pdftotext` (plain text) and `pdftotext -bbox-layout` (which, like our
//   import, also writes where every word is);
// - DOCX and ODT: LibreOffice's `--convert-to txt` (when `soffice` is on PATH), with a profile of
//   its own so that a LibreOffice the user has open is neither used nor disturbed.
// Ours is measured twice: core::importFile in this process (the window's import does exactly this
// on a worker thread), and `claimscope inspect FILE` in a new process each run, start-up included,
// which is what compares fairly with the other programs. Medians of --runs runs after one warm-up,
// the range, pages or MB of text per second, and the largest peak memory of an extra `claimscope
// inspect` run per file (through peak_rss_run). It is a benchmark, not a test: it never fails on
// timing; it fails when a file cannot be imported.
//
//   import_bench [--runs N] [--lo-runs N] [--json FILE] [FILE…]
//
// With --json, each file's figures are keyed by its suffix (pdf_inspect_ms, docx_ratio, …): two
// files of one kind would write the same keys, the last one's kept.
//
// Without files: the fixtures the build makes (hundred.pdf, a 100-page report; long.docx, long.odt
// and long.epub, the shared article 300 times over).

#include "bench_figures.h"
#include "bench_process.h"
#include "bench_report.h"
#include "core/document/DocumentImporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>

#include <cmath>
#include <functional>
#include <optional>
#include <vector>

namespace {

using namespace claimscope;
using namespace bench;
using namespace Qt::StringLiterals;

struct Row {
    QString who;
    std::vector<double> ms;
    QString note;
};

// One run of a program, or nothing when it failed (its error output is printed).
std::optional<double> timeProcess(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(600000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        err() << program << " failed: " << process.readAllStandardError() << '\n';
        return std::nullopt;
    }
    return elapsedMs(timer);
}

// The peak resident memory of one untimed run of a program in KiB, or -1 when it failed.
long peakOfRun(const QString &program, const QStringList &arguments)
{
    QTemporaryDir scratch;
    const ChildRun run = runChild(program, arguments, scratch.filePath(u"errors"_s));
    return run.exitCode == 0 ? run.peakKiB : -1;
}

// A warm-up, then `runs` timed runs; an empty row when any run failed.
Row timeRuns(const QString &who, int runs, const std::function<std::optional<double>()> &once)
{
    Row row{who, {}, {}};
    if (!once())
        return row;
    for (int i = 0; i < runs; ++i) {
        const auto ms = once();
        if (!ms)
            return Row{who, {}, u"failed"_s};
        row.ms.push_back(*ms);
    }
    return row;
}

void printRows(const std::vector<Row> &rows, const QString &unit, double amount)
{
    // Processes are compared with processes: `claimscope inspect` (the second row) with each tool.
    const double ours = rows.size() < 2 || rows.at(1).ms.empty() ? 0 : median(rows.at(1).ms);
    for (const Row &row : rows) {
        out() << "  " << row.who.leftJustified(34);
        if (row.ms.empty()) {
            out() << (row.note.isEmpty() ? u"not available"_s : row.note) << '\n';
            continue;
        }
        const double ms = median(row.ms);
        out() << milliseconds(ms).rightJustified(10) << "  (" << spread(row.ms) << ")  "
              << QString::number(amount / (ms / 1000.0), 'f', 1) << ' ' << unit << "/s";
        if (&row - rows.data() >= 2 && ours > 0)
            out() << "  inspect takes " << QString::number(ours / ms, 'f', 2) << "×";
        out() << '\n';
    }
}

// One file's rows for tests/bench/run, keyed by its suffix: in process, inspect, and the reference
// (rows.at(2); for PDF also pdftotext -bbox-layout, rows.at(3)) when `referenceCommand` is set. A
// row that failed is written as null, which the runner reports as a broken benchmark.
void reportFile(Report &report, const QString &path, const std::vector<Row> &rows,
                const QString &referenceCommand, long inspectPeakKiB)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const auto medianOf = [](const Row &row) {
        return row.ms.empty() ? std::nan("") : median(row.ms);
    };
    const auto timed = [&](const QString &key, const Row &row) {
        report.figure(key, medianOf(row), u"ms"_s, row.ms);
    };
    report.figure(suffix + u"_bytes"_s, double(QFileInfo(path).size()), u"bytes"_s);
    timed(suffix + u"_process_ms"_s, rows.at(0));
    timed(suffix + u"_inspect_ms"_s, rows.at(1));
    report.peak(suffix + u"_inspect_peak_mib"_s, inspectPeakKiB);
    if (referenceCommand.isEmpty())
        return;
    report.note(suffix + u"_reference"_s, referenceCommand);
    timed(suffix + u"_reference_ms"_s, rows.at(2));
    report.figure(suffix + u"_ratio"_s, medianOf(rows.at(2)) / medianOf(rows.at(1)), u"x"_s);
    if (suffix == u"pdf")
        timed(u"pdf_bbox_reference_ms"_s, rows.at(3));
}

// Times one file; false when it cannot be imported. `inspectPeakKiB` keeps the largest peak of an
// extra `claimscope inspect` run.
bool benchFile(const QString &path, const QString &claimscope, const QString &libreOffice,
               const QString &loProfile, int runs, int loRuns, Report &report, long &inspectPeakKiB)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const core::ImportResult first = core::importFile(path);
    if (!first.ok()) {
        err() << "import_bench: " << first.error().message() << '\n';
        return false;
    }
    const core::Document &document = first.document();
    const int pages = int(document.geometry.pageSizes.size());
    const double textMb = double(document.text.toUtf8().size()) / kMegabyte;
    out() << QFileInfo(path).fileName() << ": " << QFileInfo(path).size() / 1024 << " KiB, "
          << document.text.size() << " characters";
    if (pages > 0)
        out() << ", " << pages << " pages, " << document.geometry.words.size() << " word boxes";
    out() << '\n';

    std::vector<Row> rows;
    rows.push_back(timeRuns(u"Claimscope, in process"_s, runs, [&]() -> std::optional<double> {
        QElapsedTimer timer;
        timer.start();
        const core::ImportResult result = core::importFile(path);
        return result.ok() ? std::optional(elapsedMs(timer)) : std::nullopt;
    }));
    rows.push_back(timeRuns(u"claimscope inspect (a process)"_s, runs, [&] {
        return timeProcess(claimscope, {u"inspect"_s, path});
    }));
    QString referenceCommand; // the reference's command line, for the report; empty: none measured
    if (suffix == u"pdf" && QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty()) {
        rows.push_back(Row{u"pdftotext"_s, {}, u"pdftotext not on PATH"_s});
        report.note(u"skipped_pdftotext"_s, u"pdftotext is not on PATH (Debian: poppler-utils)"_s);
    } else if (suffix == u"pdf") {
        referenceCommand = u"pdftotext %1 /dev/null"_s.arg(QFileInfo(path).fileName());
        rows.push_back(timeRuns(u"pdftotext"_s, runs, [&] {
            return timeProcess(u"pdftotext"_s, {path, u"/dev/null"_s});
        }));
        rows.push_back(timeRuns(u"pdftotext -bbox-layout"_s, runs, [&] {
            return timeProcess(u"pdftotext"_s, {u"-bbox-layout"_s, path, u"/dev/null"_s});
        }));
    } else if (suffix == u"docx" || suffix == u"odt") {
        if (libreOffice.isEmpty()) {
            rows.push_back(Row{u"soffice --convert-to txt"_s, {}, u"soffice not on PATH"_s});
            report.note(u"skipped_libreoffice"_s, u"soffice is not on PATH"_s);
        } else {
            const QStringList arguments{
                u"-env:UserInstallation=%1"_s.arg(QUrl::fromLocalFile(loProfile).toString()),
                u"--headless"_s,
                u"--convert-to"_s,
                u"txt:Text (encoded):UTF8"_s,
                u"--outdir"_s,
                loProfile + u"-out"_s,
                path};
            referenceCommand =
                u"soffice -env:UserInstallation=<own profile> --headless --convert-to "
                "\"txt:Text (encoded):UTF8\" --outdir <folder> %1"_s.arg(QFileInfo(path).fileName());
            rows.push_back(timeRuns(u"soffice --convert-to txt"_s, loRuns,
                                    [&] { return timeProcess(libreOffice, arguments); }));
        }
    }
    if (pages > 0)
        printRows(rows, u"pages"_s, pages);
    else
        printRows(rows, u"MB of text"_s, textMb);

    const long peak = peakOfRun(claimscope, {u"inspect"_s, path});
    out() << "  peak memory of claimscope inspect: " << mebibytes(peak) << '\n' << '\n';
    inspectPeakKiB = std::max(inspectPeakKiB, peak);
    reportFile(report, path, rows, referenceCommand, peak);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times Claimscope's PDF, DOCX, ODT and EPUB import beside pdftotext "
                                     u"and LibreOffice."_s);
    parser.addHelpOption();
    const QCommandLineOption runsOption(u"runs"_s, u"Timed runs per measure (default 9)."_s, u"N"_s, u"9"_s);
    const QCommandLineOption loRunsOption(u"lo-runs"_s, u"Timed LibreOffice runs (default 3)."_s, u"N"_s,
                                          u"3"_s);
    parser.addOptions({runsOption, loRunsOption, reportOption()});
    parser.addPositionalArgument(u"files"_s, u"Files to import (default: the build's fixtures)."_s,
                                 u"[FILE…]"_s);
    parser.process(app);
    Report report(u"import"_s);
    report.setFileFrom(parser);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const int loRuns = std::max(1, parser.value(loRunsOption).toInt());

    QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        files = {QStringLiteral(CLAIMSCOPE_PDF_FIXTURES "/hundred.pdf"),
                 QStringLiteral(CLAIMSCOPE_OFFICE_FIXTURES "/long.docx"),
                 QStringLiteral(CLAIMSCOPE_OFFICE_FIXTURES "/long.odt"),
                 QStringLiteral(CLAIMSCOPE_OFFICE_FIXTURES "/long.epub")};
    }
    QTemporaryDir scratch;
    const QString libreOffice = QStandardPaths::findExecutable(u"soffice"_s);
    out() << "import_bench: median of " << runs << " runs after a warm-up (LibreOffice: " << loRuns
          << "); range in brackets; on " << QThread::idealThreadCount() << " cores\n\n";
    bool allRead = true;
    long inspectPeakKiB = -1;
    for (const QString &file : files)
        allRead = benchFile(file, QStringLiteral(CLAIMSCOPE_EXECUTABLE), libreOffice,
                            scratch.filePath(u"lo-profile"_s), runs, loRuns, report, inspectPeakKiB) &&
                  allRead;
    out() << "largest peak memory of claimscope inspect: " << mebibytes(inspectPeakKiB) << '\n';
    out().flush();
    report.peak(u"inspect_peak_mib"_s, inspectPeakKiB);
    return report.write() && allRead ? 0 : 1;
}
