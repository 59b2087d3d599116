// Analysis benchmark: highlighting plus analysis, end to end, of a ~10 MB corpus of English,
// Russian and Turkish documents (the sample articles, imported by the core importers and repeated
// as many documents, as a user imports them), through CorpusAnalyzer with one worker and with two;
// MB/s, the time split between highlighting and analysis, and peak memory of this process and of
// the helpers. Then, on the English seed articles, our analysis side by side with the compromise
// library's quotations() and people() (see compromise_compare.h). It is a benchmark, not a test: it
// never fails on timing.
//
//   analysis_bench [--size-mb N] [--runs N] [--workers 1,2] [--samples DIR] [--seeds DIR]
//                  [--no-compromise] [--article-runs N] [--json FILE]
//
// Also one ~50 KB English article highlighted and analysed on a running helper, as the app does when a
// document is imported or analysed again: the latency a user waits for one document.
//
// Run it from the repository root: --samples defaults to resources/sample, relative to the current
// folder. --seeds defaults to the seeds folder the build was configured with.

#include "bench_figures.h"
#include "bench_report.h"
#include "compromise_compare.h"
#include "core/analysis/AnalysisJson.h"
#include "core/analysis/AnalysisPipeline.h"
#include "core/analysis/Analyzer.h"
#include "core/analysis/CorpusAnalyzer.h"
#include "core/document/DocumentImporter.h"
#include "core/highlight/HighlightService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QMap>
#include <QStandardPaths>
#include <QThread>

#include <map>
#include <optional>
#include <sys/resource.h>
#include <unistd.h>

namespace {

using namespace bench;
using namespace claimscope::core;

constexpr int kMemoryPollMs = 20;

struct Article {
    QString name;
    CorpusDocument document;
    qint64 bytes = 0;
};

std::optional<QList<Article>> importArticles(const QString &directory)
{
    const QDir dir(directory);
    const QStringList names = dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    if (names.isEmpty()) {
        err() << "analysis_bench: no *.txt in " << QDir::toNativeSeparators(dir.absolutePath())
              << " (run from the repository root or give --samples DIR)" << Qt::endl;
        return std::nullopt;
    }
    QList<Article> articles;
    for (const QString &name : names) {
        ImportResult imported = importFile(dir.filePath(name));
        if (!imported.ok()) {
            err() << "analysis_bench: " << imported.error().message() << Qt::endl;
            return std::nullopt;
        }
        Document document = imported.takeDocument();
        if (document.metadata.language.isEmpty()) {
            err() << "analysis_bench: the importer found no language in " << name << Qt::endl;
            return std::nullopt;
        }
        const qint64 bytes = document.text.toUtf8().size();
        articles.append({name, {document.text, document.metadata.language}, bytes});
    }
    return articles;
}

struct Corpus {
    QList<CorpusDocument> documents;
    qint64 bytes = 0;
    std::map<QString, std::pair<int, qint64>> perLanguage; // documents and bytes
};

// The articles over and over, whole documents only, up to `targetBytes` of UTF-8.
Corpus buildCorpus(const QList<Article> &articles, qint64 targetBytes)
{
    Corpus corpus;
    for (qsizetype i = 0;; ++i) {
        const Article &article = articles.at(i % articles.size());
        if (corpus.bytes + article.bytes > targetBytes)
            break;
        corpus.documents.append(article.document);
        corpus.bytes += article.bytes;
        auto &[documents, bytes] = corpus.perLanguage[article.document.language];
        ++documents;
        bytes += article.bytes;
    }
    return corpus;
}

// Failed documents, saying the first reason; true when there were none.
bool allAnalysed(const QList<CorpusOutcome> &outcomes)
{
    qsizetype failed = 0;
    QString first;
    for (const CorpusOutcome &outcome : outcomes) {
        if (outcome.status != CorpusOutcome::Status::Analysed) {
            if (failed++ == 0)
                first = outcome.status == CorpusOutcome::Status::Failed ? outcome.error
                                                                        : QStringLiteral("cancelled");
        }
    }
    if (failed > 0)
        err() << "analysis_bench: " << failed << " of " << outcomes.size()
              << " documents not analysed: " << first << Qt::endl;
    return failed == 0;
}

struct CpuSeconds {
    double user = 0;
    double system = 0;
};

CpuSeconds ownCpu()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return {static_cast<double>(usage.ru_utime.tv_sec) + static_cast<double>(usage.ru_utime.tv_usec) / 1e6,
            static_cast<double>(usage.ru_stime.tv_sec) + static_cast<double>(usage.ru_stime.tv_usec) / 1e6};
}

// utime + stime of a process, in seconds, from /proc/<pid>/stat; -1 when it is gone.
double processCpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Fields after the command name, which is in parentheses and may hold spaces: state is field 3,
    // utime 14 and stime 15.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    return (fields.at(11).toDouble() + fields.at(12).toDouble()) / static_cast<double>(sysconf(_SC_CLK_TCK));
}

struct MemoryRun {
    double ms = 0;
    long benchPeakKiB = -1; // this process, from just before the run (or from its start, see resetOk)
    bool resetOk = false;
    QMap<qint64, long> helperPeakKiB;
    QMap<qint64, double> helperCpu;
    CpuSeconds benchCpu;
};

// One more run, not timed for throughput: the helpers' VmHWM and CPU time are read from the
// progress callback (on this thread, after each document) every few milliseconds while they live;
// VmHWM only grows, so the last reading is at most one poll short of the peak.
MemoryRun measureMemory(const CorpusAnalyzer &analyzer, const Corpus &corpus)
{
    MemoryRun run;
    run.resetOk = resetPeakRss();
    QElapsedTimer sincePoll;
    sincePoll.start();
    const auto poll = [&run] {
        const QList<qint64> pids = childPids();
        for (const qint64 pid : pids) {
            run.helperPeakKiB[pid] = std::max(run.helperPeakKiB.value(pid, -1), peakRssKiB(pid));
            run.helperCpu[pid] = std::max(run.helperCpu.value(pid, -1), processCpuSeconds(pid));
        }
    };
    const CpuSeconds before = ownCpu();
    QElapsedTimer timer;
    timer.start();
    const QList<CorpusOutcome> outcomes =
        analyzer.analyze(corpus.documents, [&](qsizetype done, qsizetype total) {
            if (sincePoll.elapsed() >= kMemoryPollMs ||
                done + static_cast<qsizetype>(analyzer.workerCount()) >= total) {
                poll();
                sincePoll.restart();
            }
        });
    run.ms = elapsedMs(timer);
    const CpuSeconds after = ownCpu();
    run.benchCpu = {after.user - before.user, after.system - before.system};
    run.benchPeakKiB = peakRssKiB(0);
    allAnalysed(outcomes);
    return run;
}

// Whether every document came out the same with `a` and `b` workers: their JSON, compared.
qsizetype differingDocuments(const QList<CorpusOutcome> &a, const QList<CorpusOutcome> &b)
{
    qsizetype differing = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (analysisToJson(a.at(i).analysis, {}) != analysisToJson(b.at(i).analysis, {}))
            ++differing;
    }
    return differing + std::abs(a.size() - b.size());
}

struct Breakdown {
    double highlightMs = 0;
    double analyzeMs = 0;
};

// One pass on this thread, timing the two stages apart: the helper's round trip (request JSON,
// pipe, KSyntaxHighlighting, reply JSON, span checks) and the analyzer on the spans.
std::optional<Breakdown> measureStages(const Lexicon &lexicon, const Corpus &corpus)
{
    HighlightService highlighting;
    if (const auto problem = highlighting.prepare()) {
        err() << "analysis_bench: " << *problem << Qt::endl;
        return std::nullopt;
    }
    const Analyzer analyzer(lexicon);
    Breakdown breakdown;
    QElapsedTimer timer;
    for (const CorpusDocument &document : corpus.documents) {
        timer.start();
        auto spans = highlighting.highlight(document.text, QStringLiteral("Breeze Light"));
        breakdown.highlightMs += elapsedMs(timer);
        if (const auto *error = std::get_if<QString>(&spans)) {
            err() << "analysis_bench: " << *error << Qt::endl;
            return std::nullopt;
        }
        timer.start();
        const DocumentAnalysis analysis =
            analyzer.analyze(document.text, document.language, std::get<HighlightResult>(spans));
        breakdown.analyzeMs += elapsedMs(timer);
    }
    return breakdown;
}

constexpr qint64 kArticleBytes = 50'000;
constexpr int kArticleWarmUps = 5;

// A long English article: the English sample articles one after another, whole paragraphs only, up
// to kArticleBytes of UTF-8.
QString longEnglishArticle(const QList<Article> &articles)
{
    QString text;
    qint64 bytes = 0;
    for (int round = 0; round < 100 && bytes < kArticleBytes; ++round) {
        for (const Article &article : articles) {
            if (article.document.language != QLatin1String("en"))
                continue;
            const QStringList paragraphs = article.document.text.split(QStringLiteral("\n\n"));
            for (const QString &paragraph : paragraphs) {
                const qint64 more = paragraph.toUtf8().size() + 2;
                if (bytes + more > kArticleBytes)
                    return text;
                text += paragraph + QStringLiteral("\n\n");
                bytes += more;
            }
        }
    }
    return text;
}

// Highlighting and analysis of one article on a running helper, `runs` times after warm-ups: what a
// user waits for when one document is analysed. Times in ms, or nothing if the pipeline failed.
std::optional<std::vector<double>> articleLatencies(const Lexicon &lexicon, const QString &text, int runs)
{
    AnalysisPipeline pipeline(lexicon);
    if (const auto problem = pipeline.prepare()) {
        err() << "analysis_bench: " << *problem << Qt::endl;
        return std::nullopt;
    }
    std::vector<double> times;
    for (int i = 0; i < kArticleWarmUps + runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto analysis = pipeline.analyze(text, QStringLiteral("en"));
        const double ms = elapsedMs(timer);
        if (const auto *error = std::get_if<QString>(&analysis)) {
            err() << "analysis_bench: the 50 KB article: " << *error << Qt::endl;
            return std::nullopt;
        }
        if (i >= kArticleWarmUps)
            times.push_back(ms);
    }
    return times;
}

QList<int> parseWorkers(const QString &value)
{
    QList<int> workers;
    const QStringList parts = value.split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (const int n = part.trimmed().toInt(); n > 0 && !workers.contains(n))
            workers.append(n);
    }
    return workers.isEmpty() ? QList<int>{1, 2} : workers;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Highlighting plus analysis throughput with one and two workers, and a side-by-side "
                       "with compromise on the English seeds. Run from the repository root."));
    parser.addHelpOption();
    const QCommandLineOption sizeOption(QStringLiteral("size-mb"),
                                        QStringLiteral("Size of the corpus in MB of UTF-8 (default 10)."),
                                        QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Measured runs (default 5)."),
                                        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption workersOption(QStringLiteral("workers"),
                                           QStringLiteral("Worker counts to measure (default 1,2)."),
                                           QStringLiteral("LIST"), QStringLiteral("1,2"));
    const QCommandLineOption samplesOption(
        QStringLiteral("samples"),
        QStringLiteral("Folder with the sample articles (*.txt), default resources/sample."),
        QStringLiteral("DIR"), QStringLiteral("resources/sample"));
    const QCommandLineOption seedsOption(QStringLiteral("seeds"),
                                         QStringLiteral("Folder with the seed articles and their gold."),
                                         QStringLiteral("DIR"), QStringLiteral(CLAIMSCOPE_SEEDS_DIR));
    const QCommandLineOption noCompromiseOption(
        QStringLiteral("no-compromise"), QStringLiteral("Leave out the side-by-side with compromise."));
    const QCommandLineOption articleRunsOption(
        QStringLiteral("article-runs"), QStringLiteral("Timed analyses of the 50 KB article (default 50)."),
        QStringLiteral("N"), QStringLiteral("50"));
    parser.addOptions({sizeOption, runsOption, workersOption, samplesOption, seedsOption, noCompromiseOption,
                       articleRunsOption, reportOption()});
    parser.process(app);
    Report report(QStringLiteral("analysis"));
    report.setFileFrom(parser);

    const double sizeMb = std::max(0.1, parser.value(sizeOption).toDouble());
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const QList<int> workerCounts = parseWorkers(parser.value(workersOption));
    // Definitions go to a test cache, not the app's.
    QStandardPaths::setTestModeEnabled(true);

    const LexiconResult lexiconResult = loadLexicon(builtInSpeakersPath(), builtInCuesPath());
    if (const auto *error = std::get_if<LexiconError>(&lexiconResult)) {
        err() << "analysis_bench: " << error->message() << Qt::endl;
        return 1;
    }
    const Lexicon &lexicon = std::get<Lexicon>(lexiconResult);

    const auto articles = importArticles(parser.value(samplesOption));
    if (!articles)
        return 1;
    const Corpus corpus = buildCorpus(*articles, static_cast<qint64>(sizeMb * kMegabyte));
    QStringList languages;
    for (const auto &[language, figures] : corpus.perLanguage)
        languages.append(QStringLiteral("%1 %2 documents, %3 MB")
                             .arg(language)
                             .arg(figures.first)
                             .arg(static_cast<double>(figures.second) / kMegabyte, 0, 'f', 2));
    out() << "== Highlighting + analysis of a mixed-language corpus ==\n"
          << QStringLiteral(
                 "corpus: %1 documents, %2 MB of UTF-8 (%3 bytes; MB = 10^6 bytes): the %4 articles of "
                 "%5, imported by importFile() and repeated\n")
                 .arg(corpus.documents.size())
                 .arg(static_cast<double>(corpus.bytes) / kMegabyte, 0, 'f', 2)
                 .arg(corpus.bytes)
                 .arg(articles->size())
                 .arg(QDir::toNativeSeparators(QDir(parser.value(samplesOption)).absolutePath()))
          << "by language: " << languages.join(QStringLiteral("; ")) << "\n"
          << "cores: " << QThread::idealThreadCount()
          << "; helper: " << HighlighterClient::defaultHelperPath() << "\n"
          << "each run: CorpusAnalyzer::analyze() on every document, from starting its workers (threads, "
             "helpers) to every outcome in input order\n";

    // A warm-up per worker count (its outcomes kept to compare the counts), then the runs,
    // alternating between the counts so that a change in the machine's load hits them all.
    std::map<int, QList<CorpusOutcome>> firstOutcomes;
    for (const int workers : workerCounts) {
        firstOutcomes[workers] = CorpusAnalyzer(lexicon, workers).analyze(corpus.documents);
        if (!allAnalysed(firstOutcomes[workers]))
            return 1;
    }
    for (const int workers : workerCounts) {
        if (workers == workerCounts.front())
            continue;
        const qsizetype differing =
            differingDocuments(firstOutcomes[workerCounts.front()], firstOutcomes[workers]);
        out() << QStringLiteral("outcomes with %1 workers against %2: %3\n")
                     .arg(workers)
                     .arg(workerCounts.front())
                     .arg(differing == 0 ? QStringLiteral("identical, document by document, in input order")
                                         : QStringLiteral("%1 documents differ").arg(differing));
    }
    firstOutcomes.clear();

    std::map<int, std::vector<double>> times;
    out() << Qt::endl;
    for (int run = 0; run < runs; ++run) {
        QString line = QStringLiteral("run %1:").arg(run + 1, 2);
        for (const int workers : workerCounts) {
            const CorpusAnalyzer analyzer(lexicon, workers);
            QElapsedTimer timer;
            timer.start();
            const QList<CorpusOutcome> outcomes = analyzer.analyze(corpus.documents);
            const double ms = elapsedMs(timer);
            if (!allAnalysed(outcomes))
                return 1;
            times[workers].push_back(ms);
            line += QStringLiteral("  %1 worker(s) %2 (%3)")
                        .arg(workers)
                        .arg(milliseconds(ms), megabytesPerSecond(corpus.bytes, ms));
        }
        out() << line << Qt::endl;
    }

    std::map<int, MemoryRun> memory;
    for (const int workers : workerCounts)
        memory[workers] = measureMemory(CorpusAnalyzer(lexicon, workers), corpus);
    const auto stages = measureStages(lexicon, corpus);

    out() << "\n| Workers | Median (min – max) | MB/s (median) | CPU: this process / helpers, in the memory "
             "run "
             "| Peak RSS: this process / each helper |\n|---|---|---|---|---|\n";
    const double baseline = median(times[workerCounts.front()]);
    for (const int workers : workerCounts) {
        const MemoryRun &m = memory[workers];
        QStringList helperPeaks;
        double helperCpu = 0;
        for (auto it = m.helperPeakKiB.cbegin(); it != m.helperPeakKiB.cend(); ++it) {
            helperPeaks.append(mebibytes(it.value()));
            helperCpu += std::max(0.0, m.helperCpu.value(it.key()));
        }
        const double ms = median(times[workers]);
        out() << QStringLiteral(
                     "| %1 | %2 (%3) | %4 MB/s (×%5) | %6 s + %7 s in %8 s of wall clock | %9%10 / %11 |\n")
                     .arg(workers)
                     .arg(milliseconds(ms), spread(times[workers]))
                     .arg(rate(corpus.bytes, ms), 0, 'f', 2)
                     .arg(baseline / ms, 0, 'f', 2)
                     .arg(m.benchCpu.user + m.benchCpu.system, 0, 'f', 2)
                     .arg(helperCpu, 0, 'f', 2)
                     .arg(m.ms / 1000, 0, 'f', 2)
                     .arg(mebibytes(m.benchPeakKiB), m.resetOk ? QString() : QStringLiteral(" (since start)"))
                     .arg(helperPeaks.isEmpty() ? QStringLiteral("n/a")
                                                : helperPeaks.join(QStringLiteral(", ")));
    }
    if (stages) {
        const double total = stages->highlightMs + stages->analyzeMs;
        out() << QStringLiteral(
                     "\nstages, one sequential pass on this thread: highlighting (helper round trip) %1 "
                     "(%2, %3 %), analysis %4 (%5, %6 %)\n")
                     .arg(milliseconds(stages->highlightMs),
                          megabytesPerSecond(corpus.bytes, stages->highlightMs))
                     .arg(100 * stages->highlightMs / total, 0, 'f', 0)
                     .arg(milliseconds(stages->analyzeMs),
                          megabytesPerSecond(corpus.bytes, stages->analyzeMs))
                     .arg(100 * stages->analyzeMs / total, 0, 'f', 0);
    }
    out() << "goal: >= 10 MB/s end to end on this machine\n";

    report.figure(QStringLiteral("corpus_bytes"), static_cast<double>(corpus.bytes), QStringLiteral("bytes"));
    report.figure(QStringLiteral("corpus_documents"), static_cast<double>(corpus.documents.size()),
                  QStringLiteral("count"));
    for (const int workers : workerCounts) {
        const QString key = QStringLiteral("workers%1_").arg(workers);
        const MemoryRun &m = memory[workers];
        const double ms = median(times[workers]);
        report.figure(key + QStringLiteral("ms"), ms, QStringLiteral("ms"), times[workers]);
        report.figure(key + QStringLiteral("mb_s"), rate(corpus.bytes, ms), QStringLiteral("MB/s"));
        double cpu = m.benchCpu.user + m.benchCpu.system;
        long helpersKiB = 0;
        long largestHelperKiB = -1;
        for (auto it = m.helperPeakKiB.cbegin(); it != m.helperPeakKiB.cend(); ++it) {
            cpu += std::max(0.0, m.helperCpu.value(it.key()));
            helpersKiB += std::max(0L, it.value());
            largestHelperKiB = std::max(largestHelperKiB, it.value());
        }
        report.figure(key + QStringLiteral("cpu_s"), cpu, QStringLiteral("s"));
        report.peak(key + QStringLiteral("peak_mib"), m.benchPeakKiB);
        report.peak(key + QStringLiteral("helper_peak_mib"), largestHelperKiB);
        if (m.benchPeakKiB >= 0)
            report.peak(key + QStringLiteral("total_peak_mib"), m.benchPeakKiB + helpersKiB);
    }
    if (stages) {
        report.figure(QStringLiteral("highlight_stage_mb_s"), rate(corpus.bytes, stages->highlightMs),
                      QStringLiteral("MB/s"));
        report.figure(QStringLiteral("analysis_stage_mb_s"), rate(corpus.bytes, stages->analyzeMs),
                      QStringLiteral("MB/s"));
    }

    const QString article = longEnglishArticle(*articles);
    const auto latencies =
        articleLatencies(lexicon, article, std::max(1, parser.value(articleRunsOption).toInt()));
    if (!latencies)
        return 1;
    const qint64 articleBytes = article.toUtf8().size();
    out() << QStringLiteral(
                 "\n%1-byte English article, highlighted and analysed on a running helper, %2 times "
                 "after %3 warm-ups: median %4 (%5; goal <= 20 ms)\n")
                 .arg(articleBytes)
                 .arg(latencies->size())
                 .arg(kArticleWarmUps)
                 .arg(milliseconds(median(*latencies)), spread(*latencies));
    report.figure(QStringLiteral("article_bytes"), static_cast<double>(articleBytes),
                  QStringLiteral("bytes"));
    report.figure(QStringLiteral("article_ms"), median(*latencies), QStringLiteral("ms"), *latencies);
    out().flush();

    if (!parser.isSet(noCompromiseOption))
        compareWithCompromise(
            lexicon, {parser.value(seedsOption), QStringLiteral(CLAIMSCOPE_EXECUTABLE), runs}, report);
    else
        report.note(QStringLiteral("skipped_compromise"), QStringLiteral("--no-compromise"));
    return report.write() ? 0 : 1;
}
