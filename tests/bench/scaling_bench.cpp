// Scaling benchmark: how the cost of import plus analysis grows with the corpus. For each size
// (default 1, 10 and 100 MB of UTF-8), a corpus is generated from the sample articles with varied
// names and titles (project_corpus.h, about 5 KB a source), written as .txt files, and imported by
// ImportBatch exactly as the window's File → Import does: every file read by importFile() (encoding,
// language, checksum), then highlighted and analysed by CorpusAnalyzer on every core. Timed from
// start() to finished(); peak memory is this process's VmHWM (reset before each run) plus the
// helpers' (polled while they live). Prints time, MB/s and memory per size, the cost per MB at each
// size against the smallest, and a least-squares line through the times. It never fails on timing.
//
//   scaling_bench [--sizes 1,10,100] [--runs 3] [--samples DIR] [--dir DIR] [--keep] [--json FILE]
//
// Run it from the repository root: --samples defaults to resources/sample.

#include "bench_figures.h"
#include "bench_report.h"
#include "core/highlight/Lexicon.h"
#include "core/project/ImportBatch.h"
#include "project_corpus.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QMap>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <malloc.h>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

using namespace bench;
using namespace claimscope::core;

constexpr int kSourcesPerMegabyte = 200; // ~5 KB a source, as in project_bench
constexpr int kPollMs = 20;

struct Run {
    double ms = 0;
    long ownPeakKiB = -1;
    long helpersPeakKiB = 0; // the helpers' peaks added up (they run at the same time)
    qsizetype sources = 0;
    qsizetype notAnalysed = 0;
};

// One import of `folder` through ImportBatch, with the event loop running as in the window.
std::optional<Run> importOnce(const Lexicon &lexicon, const QString &folder)
{
    malloc_trim(0);
    resetPeakRss();
    Run run;
    QMap<qint64, long> helperPeaks;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&helperPeaks] {
        const QList<qint64> pids = childPids();
        for (const qint64 pid : pids)
            helperPeaks[pid] = std::max(helperPeaks.value(pid, -1), peakRssKiB(pid));
    });
    ImportBatch batch(lexicon, {folder});
    QEventLoop loop;
    std::optional<ImportOutcome> outcome;
    QObject::connect(&batch, &ImportBatch::finished, &loop, [&](const ImportOutcome &done) {
        outcome = done;
        loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    poll.start(kPollMs);
    batch.start();
    loop.exec();
    run.ms = elapsedMs(timer);
    poll.stop();
    run.ownPeakKiB = peakRssKiB(0);
    for (const long kib : std::as_const(helperPeaks))
        run.helpersPeakKiB += std::max(0L, kib);
    if (!outcome || outcome->cancelled || !outcome->failures.isEmpty()) {
        err() << "scaling_bench: the import of " << folder << " failed"
              << (outcome && !outcome->failures.isEmpty() ? u": "_s + outcome->failures.first().message()
                                                          : QString())
              << Qt::endl;
        return std::nullopt;
    }
    run.sources = outcome->sources.size();
    for (const ImportedSource &source : std::as_const(outcome->sources))
        run.notAnalysed += source.analysisError.isEmpty() ? 0 : 1;
    if (run.notAnalysed > 0) {
        err() << "scaling_bench: " << run.notAnalysed << " sources were not analysed" << Qt::endl;
        return std::nullopt;
    }
    return run;
}

struct Size {
    double megabytes = 0; // asked for
    qint64 bytes = 0;     // generated
    qsizetype sources = 0;
    std::vector<double> times;
    long peakKiB = -1; // own + helpers, the largest of the runs
};

QList<double> parseSizes(const QString &value)
{
    QList<double> sizes;
    const QStringList parts = value.split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (const double mb = part.trimmed().toDouble(); mb > 0)
            sizes.append(mb);
    }
    return sizes;
}

// Least squares through (bytes, ms): intercept in ms, slope in ms per MB, and R².
struct Line {
    double intercept = 0;
    double slope = 0;
    double r2 = 0;
};

Line fitLine(const QList<Size> &sizes)
{
    const double n = static_cast<double>(sizes.size());
    double sx = 0, sy = 0, sxx = 0, sxy = 0, syy = 0;
    for (const Size &size : sizes) {
        const double x = static_cast<double>(size.bytes) / kMegabyte;
        const double y = median(size.times);
        sx += x;
        sy += y;
        sxx += x * x;
        sxy += x * y;
        syy += y * y;
    }
    Line line;
    const double denominator = n * sxx - sx * sx;
    if (n < 2 || denominator == 0)
        return line;
    line.slope = (n * sxy - sx * sy) / denominator;
    line.intercept = (sy - line.slope * sx) / n;
    const double total = syy - sy * sy / n;
    double residual = 0;
    for (const Size &size : sizes) {
        const double x = static_cast<double>(size.bytes) / kMegabyte;
        const double error = median(size.times) - (line.intercept + line.slope * x);
        residual += error * error;
    }
    line.r2 = total > 0 ? 1 - residual / total : 1;
    return line;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Import plus analysis of generated corpora of growing size: time, MB/s and "
        "peak memory per size. Run from the repository root."_s);
    parser.addHelpOption();
    const QCommandLineOption sizesOption(u"sizes"_s, u"Corpus sizes in MB of UTF-8 (default 1,10,100)."_s,
                                         u"LIST"_s, u"1,10,100"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Imports per size (default 3)."_s, u"N"_s, u"3"_s);
    const QCommandLineOption samplesOption(u"samples"_s, u"Folder with the sample articles (*.txt)."_s,
                                           u"DIR"_s, u"resources/sample"_s);
    const QCommandLineOption dirOption(u"dir"_s,
                                       u"Where the generated corpora go (default: the system's "
                                       "temporary folder)."_s,
                                       u"DIR"_s, QDir::tempPath());
    const QCommandLineOption keepOption(u"keep"_s,
                                        u"Keep the generated corpora (to profile or compare on them)."_s);
    parser.addOptions({sizesOption, runsOption, samplesOption, dirOption, keepOption, reportOption()});
    parser.process(app);
    Report report(u"scaling"_s);
    report.setFileFrom(parser);
    // Helper definitions go to a test cache, not the app's.
    QStandardPaths::setTestModeEnabled(true);

    const QList<double> wanted = parseSizes(parser.value(sizesOption));
    const int runs = std::max(1, parser.value(runsOption).toInt());
    if (wanted.isEmpty()) {
        err() << "scaling_bench: --sizes needs sizes in MB, such as 1,10,100" << Qt::endl;
        return 1;
    }
    const LexiconResult lexiconResult = loadLexicon(builtInSpeakersPath(), builtInCuesPath());
    if (const auto *error = std::get_if<LexiconError>(&lexiconResult)) {
        err() << "scaling_bench: " << error->message() << Qt::endl;
        return 1;
    }
    const Lexicon &lexicon = std::get<Lexicon>(lexiconResult);
    const auto articles = readSampleArticles(parser.value(samplesOption));
    if (!articles)
        return 1;
    QTemporaryDir temporary(QDir(parser.value(dirOption)).filePath(u"scaling_bench-XXXXXX"_s));
    if (!temporary.isValid()) {
        err() << "scaling_bench: no temporary folder in " << parser.value(dirOption) << Qt::endl;
        return 1;
    }
    if (parser.isSet(keepOption)) {
        temporary.setAutoRemove(false);
        out() << "corpora kept in " << temporary.path() << "\n";
    }

    out() << "== Import plus analysis at growing sizes ==\n"
          << u"each run: ImportBatch on a folder of generated .txt sources (read, decoded, language found, "
             "checksum, then highlighted and analysed on %1 cores), from start() to finished()\n"_s.arg(
                 QThread::idealThreadCount());
    QList<Size> sizes;
    for (const double megabytes : wanted) {
        Size size;
        size.megabytes = megabytes;
        const QString folder = temporary.filePath(u"corpus-%1MB"_s.arg(megabytes));
        QDir().mkpath(folder);
        CorpusOptions options;
        options.sources = std::max(1, static_cast<int>(megabytes * kSourcesPerMegabyte));
        options.targetBytes = static_cast<qint64>(megabytes * kMegabyte);
        const auto corpus = writeCorpus(*articles, lexicon, options, folder);
        if (!corpus)
            return 1;
        size.bytes = corpus->bytes;
        size.sources = corpus->files.size();
        // A warm-up import per size: the page cache, and the first one of the process also writes the
        // helper's syntax definition.
        if (!importOnce(lexicon, folder))
            return 1;
        for (int i = 0; i < runs; ++i) {
            const auto run = importOnce(lexicon, folder);
            if (!run)
                return 1;
            size.times.push_back(run->ms);
            size.peakKiB = std::max(size.peakKiB, run->ownPeakKiB + run->helpersPeakKiB);
            out() << u"%1 MB (%2 sources): run %3 %4, %5; peak RSS %6 (this process %7, helpers %8)\n"_s
                         .arg(static_cast<double>(size.bytes) / kMegabyte, 0, 'f', 2)
                         .arg(size.sources)
                         .arg(i + 1)
                         .arg(milliseconds(run->ms), megabytesPerSecond(size.bytes, run->ms),
                              mebibytes(run->ownPeakKiB + run->helpersPeakKiB), mebibytes(run->ownPeakKiB),
                              mebibytes(run->helpersPeakKiB));
            out().flush();
        }
        sizes.append(size);
        // One size at a time on disk: 100 MB of corpus need not wait for the next size.
        if (!parser.isSet(keepOption))
            QDir(folder).removeRecursively();
    }

    const double baseCostPerMb =
        median(sizes.first().times) / (static_cast<double>(sizes.first().bytes) / kMegabyte);
    out() << "\n| Corpus | Sources | Median (min – max) | MB/s | Cost per MB, against the smallest | Peak "
             "RSS | "
             "Goal: 4 × text + 150 MB |\n|---|---|---|---|---|---|---|\n";
    for (const Size &size : sizes) {
        const double mb = static_cast<double>(size.bytes) / kMegabyte;
        const double ms = median(size.times);
        const double goalMiB = (4 * static_cast<double>(size.bytes) + 150e6) / (1024.0 * 1024.0);
        out() << u"| %1 MB | %2 | %3 (%4) | %5 | %6 ms (×%7) | %8 | %9 MiB |\n"_s.arg(mb, 0, 'f', 2)
                     .arg(size.sources)
                     .arg(milliseconds(ms), spread(size.times), megabytesPerSecond(size.bytes, ms))
                     .arg(ms / mb, 0, 'f', 1)
                     .arg(ms / mb / baseCostPerMb, 0, 'f', 2)
                     .arg(mebibytes(size.peakKiB))
                     .arg(goalMiB, 0, 'f', 0);
        const QString key = u"size%1_"_s.arg(QString::number(size.megabytes).replace(u'.', u'_'));
        report.figure(key + u"bytes"_s, static_cast<double>(size.bytes), u"bytes"_s);
        report.figure(key + u"sources"_s, static_cast<double>(size.sources), u"count"_s);
        report.figure(key + u"ms"_s, ms, u"ms"_s, size.times);
        report.figure(key + u"mb_s"_s, rate(size.bytes, ms), u"MB/s"_s);
        report.figure(key + u"ms_per_mb"_s, ms / mb, u"ms"_s);
        report.peak(key + u"peak_mib"_s, size.peakKiB);
    }
    const Line line = fitLine(sizes);
    out() << u"\nleast squares: time = %1 ms + %2 ms per MB (R² %3)\n"_s.arg(line.intercept, 0, 'f', 1)
                 .arg(line.slope, 0, 'f', 1)
                 .arg(line.r2, 0, 'f', 4);
    report.figure(u"fit_intercept_ms"_s, line.intercept, u"ms"_s);
    report.figure(u"fit_ms_per_mb"_s, line.slope, u"ms"_s);
    report.figure(u"fit_r2"_s, line.r2, QString());
    return report.write() ? 0 : 1;
}
