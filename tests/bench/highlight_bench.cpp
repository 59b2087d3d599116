// Highlighting benchmark: our helper (claimscope-highlighter, reached through HighlighterClient) side
// by side with KDE's own command-line highlighter (kate-syntax-highlighter), in one run, on the same
// text and the same syntax definition, generated from the built-in lexicon. Prints every run, the
// medians, MB/s and the ratio ours/kate; then the round-trip latency of a 50 KB article, the number of
// spans, and peak resident memory. It is a benchmark, not a test: it never fails on timing.
//
//   highlight_bench [--size-mb N] [--runs N] [--samples DIR] [--json FILE]
//
// Run it from the repository root: --samples defaults to resources/sample, relative to the current
// folder. Without kate-syntax-highlighter on PATH (Debian: libkf5syntaxhighlighting-tools) only our
// figures are printed.

#include "bench_figures.h"
#include "bench_report.h"
#include "core/highlight/DefinitionGenerator.h"
#include "core/highlight/HelperReplies.h"
#include "core/highlight/HighlighterClient.h"
#include "core/highlight/Lexicon.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

namespace {

using namespace claimscope::core;
using namespace bench;

constexpr qint64 kArticleBytes = 50'000;
constexpr int kLatencyRequests = 50;
constexpr int kLatencyWarmUps = 5;
constexpr int kKateTimeoutMs = 600'000;
constexpr int kPollMs = 3;
const QString kTheme = QStringLiteral("Breeze Light");
const QString kKateFormat = QStringLiteral("ansi");

// Nearest-rank percentile: the smallest value that at least `percent` % of the values do not exceed.
double percentile(std::vector<double> values, double percent)
{
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<size_t>(std::ceil(percent / 100.0 * static_cast<double>(values.size())));
    return values[std::clamp<size_t>(rank, 1, values.size()) - 1];
}

// Lowest and highest, spelled out (the shared minMax() gives a bare range).
QString minMax(const std::vector<double> &values)
{
    const auto [low, high] = std::minmax_element(values.begin(), values.end());
    return QStringLiteral("min %1, max %2").arg(milliseconds(*low), milliseconds(*high));
}

struct Corpus {
    QStringList names;
    QStringList lines; // every article's lines, each article followed by an empty line
};

std::optional<Corpus> loadCorpus(const QString &directory)
{
    const QDir dir(directory);
    Corpus corpus;
    corpus.names = dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    for (const QString &name : std::as_const(corpus.names)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            err() << "highlight_bench: cannot read " << file.fileName() << ": " << file.errorString()
                  << Qt::endl;
            return std::nullopt;
        }
        QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        while (!lines.isEmpty() && lines.constLast().isEmpty())
            lines.removeLast();
        corpus.lines += lines;
        corpus.lines.append(QString());
    }
    if (corpus.names.isEmpty()) {
        err() << "highlight_bench: no *.txt in " << QDir::toNativeSeparators(dir.absolutePath())
              << " (run from the repository root or give --samples DIR)" << Qt::endl;
        return std::nullopt;
    }
    return corpus;
}

struct Text {
    QString text;
    QByteArray utf8;
    qsizetype lines = 0;
};

// The articles over and over, whole lines only, up to `targetBytes` of UTF-8.
Text buildText(const Corpus &corpus, qint64 targetBytes)
{
    Text result;
    QByteArray &utf8 = result.utf8;
    utf8.reserve(targetBytes + 1);
    for (qsizetype i = 0;; ++i) {
        const QByteArray line = corpus.lines.at(i % corpus.lines.size()).toUtf8();
        if (utf8.size() + line.size() + 1 > targetBytes)
            break;
        utf8 += line;
        utf8 += '\n';
        ++result.lines;
    }
    result.text = QString::fromUtf8(utf8);
    return result;
}

// "N (Speaker a, Quote b, …)" in the order of the definition's format table.
QString describeSpans(const HighlightResult &result)
{
    std::vector<qsizetype> counts(static_cast<size_t>(result.formats.size()), 0);
    for (const HighlightSpan &span : result.spans)
        ++counts[static_cast<size_t>(span.format)];
    QStringList parts;
    for (qsizetype i = 0; i < result.formats.size(); ++i) {
        if (counts[static_cast<size_t>(i)] > 0)
            parts.append(
                QStringLiteral("%1 %2").arg(result.formats.at(i).name).arg(counts[static_cast<size_t>(i)]));
    }
    return QStringLiteral("%1 (%2)").arg(result.spans.size()).arg(parts.join(QStringLiteral(", ")));
}

// The app's side of the JSON for a text and its spans, timed apart from the helper: the request line
// built as HighlighterClient builds it, and a reply of the same shape parsed and checked.
struct JsonCost {
    double requestMs = 0;
    double replyMs = 0;
    qsizetype requestBytes = 0;
    qsizetype replyBytes = 0;
};

JsonCost clientJsonCost(const QString &text, const HighlightResult &result)
{
    JsonCost cost;
    QElapsedTimer timer;
    timer.start();
    const QByteArray request =
        QJsonDocument(QJsonObject{{QStringLiteral("id"), 1},
                                  {QStringLiteral("method"), QStringLiteral("highlight")},
                                  {QStringLiteral("definition"), kDefinitionName.toString()},
                                  {QStringLiteral("theme"), kTheme},
                                  {QStringLiteral("text"), text}})
            .toJson(QJsonDocument::Compact) +
        '\n';
    cost.requestMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    cost.requestBytes = request.size();

    QJsonArray spans;
    for (const HighlightSpan &span : result.spans) {
        spans.append(static_cast<qint64>(span.offset));
        spans.append(static_cast<qint64>(span.length));
        spans.append(span.format);
    }
    QJsonArray formats;
    for (const HighlightFormat &format : result.formats) {
        formats.append(
            QJsonObject{{QStringLiteral("name"), format.name},
                        {QStringLiteral("color"), format.color.name()},
                        {QStringLiteral("background"),
                         format.background.isValid() ? QJsonValue(format.background.name()) : QJsonValue()},
                        {QStringLiteral("bold"), format.bold},
                        {QStringLiteral("italic"), format.italic},
                        {QStringLiteral("underline"), format.underline}});
    }
    const QByteArray reply = QJsonDocument(QJsonObject{{QStringLiteral("id"), 1},
                                                       {QStringLiteral("ok"), true},
                                                       {QStringLiteral("theme"), result.theme},
                                                       {QStringLiteral("spans"), spans},
                                                       {QStringLiteral("formats"), formats}})
                                 .toJson(QJsonDocument::Compact);
    cost.replyBytes = reply.size();
    timer.restart();
    const auto parsed = parseHighlightReply(QJsonDocument::fromJson(reply).object(), text.size());
    cost.replyMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    if (!std::holds_alternative<HighlightResult>(parsed))
        err() << "highlight_bench: the rebuilt reply does not parse" << Qt::endl;
    return cost;
}

struct Ours {
    HighlighterClient *client;

    // One blocking request from the app's side: request JSON, pipe, helper, reply JSON, span checks.
    std::optional<double> run(const QString &text, HighlightResult *result = nullptr)
    {
        QElapsedTimer timer;
        timer.start();
        auto reply = client->highlight(kDefinitionName.toString(), kTheme, text);
        const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        if (const auto *error = std::get_if<QString>(&reply)) {
            err() << "highlight_bench: our helper failed: " << *error << Qt::endl;
            return std::nullopt;
        }
        if (result)
            *result = std::move(std::get<HighlightResult>(reply));
        return ms;
    }
};

struct Kate {
    QString program;
    QStringList arguments;
    QProcessEnvironment environment;

    // One whole run of the CLI, wall clock from starting it to its exit, the text on its stdin. With
    // `peakKiB`, the CLI's VmHWM is polled every few milliseconds instead (a lower bound of its peak;
    // such a run is not timed).
    std::optional<double> run(const QByteArray &input, long *peakKiB = nullptr) const
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setStandardOutputFile(QProcess::nullDevice());
        QElapsedTimer timer;
        timer.start();
        process.start(program, arguments);
        if (!process.waitForStarted(kKateTimeoutMs)) {
            err() << "highlight_bench: cannot start " << program << ": " << process.errorString() << Qt::endl;
            return std::nullopt;
        }
        process.write(input);
        process.closeWriteChannel();
        bool finished = false;
        if (peakKiB) {
            const qint64 pid = process.processId();
            while (!finished && timer.elapsed() < kKateTimeoutMs) {
                *peakKiB = std::max(*peakKiB, peakRssKiB(pid));
                finished = process.waitForFinished(kPollMs);
            }
        } else {
            finished = process.waitForFinished(kKateTimeoutMs);
        }
        if (!finished) {
            err() << "highlight_bench: " << program << " did not finish" << Qt::endl;
            process.kill();
            process.waitForFinished();
            return std::nullopt;
        }
        const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            err() << "highlight_bench: " << program << " failed (exit code " << process.exitCode()
                  << "): " << QString::fromLocal8Bit(process.readAllStandardError()) << Qt::endl;
            return std::nullopt;
        }
        return ms;
    }

    QString commandLine() const
    {
        QStringList quoted;
        for (const QString &argument : arguments)
            quoted.append(argument.contains(QLatin1Char(' ')) ? QLatin1Char('"') + argument + QLatin1Char('"')
                                                              : argument);
        return program + QLatin1Char(' ') + quoted.join(QLatin1Char(' '));
    }
};

QString kateVersion(const QString &program)
{
    QProcess process;
    process.start(program, {QStringLiteral("--version")});
    process.waitForFinished(10000);
    return QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Highlighting throughput and latency: claimscope-highlighter against "
                       "kate-syntax-highlighter. Run from the repository root."));
    parser.addHelpOption();
    const QCommandLineOption sizeOption(QStringLiteral("size-mb"),
                                        QStringLiteral("Size of the text in MB of UTF-8 (default 10)."),
                                        QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Measured runs per tool (default 5)."),
                                        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption samplesOption(
        QStringLiteral("samples"),
        QStringLiteral("Folder with the sample articles (*.txt), default resources/sample."),
        QStringLiteral("DIR"), QStringLiteral("resources/sample"));
    parser.addOptions({sizeOption, runsOption, samplesOption, reportOption()});
    parser.process(app);
    Report report(QStringLiteral("highlight"));
    report.setFileFrom(parser);

    const double sizeMb = std::max(0.1, parser.value(sizeOption).toDouble());
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const QString samples = parser.value(samplesOption);

    // The text, the same for both tools.
    const auto corpus = loadCorpus(samples);
    if (!corpus)
        return 1;
    const Text big = buildText(*corpus, static_cast<qint64>(sizeMb * kMegabyte));
    const Text article = buildText(*corpus, kArticleBytes);
    const qint64 bytes = big.utf8.size();

    // The definition, the same for both tools.
    const LexiconResult lexicon = loadLexicon(builtInSpeakersPath(), builtInCuesPath());
    if (const auto *error = std::get_if<LexiconError>(&lexicon)) {
        err() << "highlight_bench: " << error->message() << Qt::endl;
        return 1;
    }
    QTemporaryDir definitionDir;
    if (!definitionDir.isValid()) {
        err() << "highlight_bench: no temporary folder: " << definitionDir.errorString() << Qt::endl;
        return 1;
    }
    if (const auto problem = writeDefinition(std::get<Lexicon>(lexicon), definitionDir.path())) {
        err() << "highlight_bench: cannot write the definition: " << *problem << Qt::endl;
        return 1;
    }
    const QString definitionFile = definitionFilePath(definitionDir.path());

    out() << "Highlighting: claimscope-highlighter (through HighlighterClient) vs kate-syntax-highlighter\n"
          << QStringLiteral(
                 "text: %1 MB of UTF-8 (%2 bytes, %3 UTF-16 units, %4 lines), the %5 articles of %6 "
                 "repeated; MB = 10^6 bytes\n")
                 .arg(static_cast<double>(bytes) / kMegabyte, 0, 'f', 2)
                 .arg(bytes)
                 .arg(big.text.size())
                 .arg(big.lines)
                 .arg(corpus->names.size())
                 .arg(QDir::toNativeSeparators(QDir(samples).absolutePath()))
          << QStringLiteral("definition: %1 (version %2), generated from the built-in lexicon (%3 speakers), "
                            "%4 bytes\n")
                 .arg(kDefinitionName)
                 .arg(kDefinitionVersion)
                 .arg(std::get<Lexicon>(lexicon).speakers.size())
                 .arg(QFileInfo(definitionFile).size())
          << "theme: " << kTheme << "\n";

    // Our helper: started (and given the definition's folder) before the first measured request, as
    // in the app, where it runs for the whole session.
    HighlighterClient client;
    client.setSearchPaths({definitionDir.path()});
    out() << "ours: " << QDir::toNativeSeparators(client.helperPath()) << "\n";
    report.figure(QStringLiteral("text_bytes"), static_cast<double>(bytes), QStringLiteral("bytes"));
    QElapsedTimer startTimer;
    startTimer.start();
    const HighlighterClient::Reply ping =
        client.call({{QStringLiteral("method"), QStringLiteral("ping")}}, 10000);
    const double helperStartMs = static_cast<double>(startTimer.nsecsElapsed()) / 1e6;
    if (!ping.ok()) {
        err() << "highlight_bench: the helper does not answer: " << ping.error << Qt::endl;
        return 1;
    }
    Ours ours{&client};

    // KDE's CLI, finding the same definition under its own XDG_DATA_HOME.
    std::optional<Kate> kate;
    QTemporaryDir xdgDataHome;
    if (const QString program = QStandardPaths::findExecutable(QStringLiteral("kate-syntax-highlighter"));
        program.isEmpty()) {
        out() << "kate: kate-syntax-highlighter is not installed (Debian: libkf5syntaxhighlighting-tools); "
                 "only our figures follow\n";
        report.note(QStringLiteral("skipped_kate"),
                    QStringLiteral("not on PATH (Debian: libkf5syntaxhighlighting-tools)"));
    } else {
        const QString syntaxDir = xdgDataHome.filePath(QStringLiteral("org.kde.syntax-highlighting/syntax"));
        if (!QDir().mkpath(syntaxDir) ||
            !QFile::copy(definitionFile, syntaxDir + QStringLiteral("/claimscope.xml"))) {
            err() << "highlight_bench: cannot copy the definition to " << syntaxDir << Qt::endl;
            return 1;
        }
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), xdgDataHome.path());
        kate = Kate{program,
                    {QStringLiteral("--stdin"), QStringLiteral("-s"), kDefinitionName.toString(),
                     QStringLiteral("-t"), kTheme, QStringLiteral("-f"), kKateFormat, QStringLiteral("-o"),
                     QProcess::nullDevice()},
                    environment};
        const QString version = kateVersion(program);
        report.note(QStringLiteral("kate_version"), version);
        out()
            << "kate: " << kate->commandLine() << "\n"
            << "      " << version << ", XDG_DATA_HOME=" << xdgDataHome.path() << "; output format "
            << kKateFormat
            << " (the cheapest of html, ansi and ansi256Colors when timed by hand, all within about 10 %)\n";
    }
    out() << QStringLiteral("helper start-up (process, repository, definition; not in our runs): %1\n")
                 .arg(milliseconds(helperStartMs));

    // One warm-up each, then the runs, alternating so that a change in the machine's load hits both.
    HighlightResult bigResult;
    if (!ours.run(big.text, &bigResult))
        return 1;
    // This process's peak so far: the texts and one whole round trip, before anything else of the bench.
    const long benchPeakOurs = peakRssKiB(0);
    if (kate && !kate->run(big.utf8))
        return 1;
    std::vector<double> ourTimes;
    std::vector<double> kateTimes;
    out() << Qt::endl;
    for (int i = 0; i < runs; ++i) {
        const auto ourMs = ours.run(big.text);
        if (!ourMs)
            return 1;
        ourTimes.push_back(*ourMs);
        QString line = QStringLiteral("run %1: ours %2 (%3)")
                           .arg(i + 1, 2)
                           .arg(milliseconds(*ourMs), megabytesPerSecond(bytes, *ourMs));
        if (kate) {
            const auto kateMs = kate->run(big.utf8);
            if (!kateMs)
                return 1;
            kateTimes.push_back(*kateMs);
            line += QStringLiteral(" | kate %1 (%2)")
                        .arg(milliseconds(*kateMs), megabytesPerSecond(bytes, *kateMs));
        }
        out() << line << Qt::endl;
    }

    // The CLI's fixed cost: the same command on an empty input.
    std::vector<double> emptyTimes;
    if (kate) {
        for (int i = 0; i < runs; ++i) {
            const auto ms = kate->run({});
            if (!ms)
                return 1;
            emptyTimes.push_back(*ms);
        }
    }

    const double ourMedian = median(ourTimes);
    const double ourRate = static_cast<double>(bytes) / kMegabyte / (ourMedian / 1000.0);
    report.figure(QStringLiteral("ours_ms"), ourMedian, QStringLiteral("ms"), ourTimes);
    report.figure(QStringLiteral("ours_mb_s"), ourRate, QStringLiteral("MB/s"));
    report.figure(QStringLiteral("helper_start_ms"), helperStartMs, QStringLiteral("ms"));
    out() << "\n"
          << QStringLiteral("ours, request to checked spans:     median %1, %2 (%3)\n")
                 .arg(milliseconds(ourMedian), megabytesPerSecond(bytes, ourMedian), minMax(ourTimes));
    {
        std::vector<double> requestTimes;
        std::vector<double> replyTimes;
        JsonCost cost;
        for (int i = 0; i < runs; ++i) {
            cost = clientJsonCost(big.text, bigResult);
            requestTimes.push_back(cost.requestMs);
            replyTimes.push_back(cost.replyMs);
        }
        out() << QStringLiteral("  of which in this process (timed apart, medians): request JSON %1 (%2 MB), "
                                "reply JSON %3 MB parsed and checked %4; the helper's side of the JSON is "
                                "not separable from here\n")
                     .arg(milliseconds(median(requestTimes)))
                     .arg(static_cast<double>(cost.requestBytes) / kMegabyte, 0, 'f', 2)
                     .arg(static_cast<double>(cost.replyBytes) / kMegabyte, 0, 'f', 2)
                     .arg(milliseconds(median(replyTimes)));
    }
    if (kate) {
        const double kateMedian = median(kateTimes);
        const double fixedCost = median(emptyTimes);
        const double kateNet = kateMedian - fixedCost;
        const double kateRate = static_cast<double>(bytes) / kMegabyte / (kateMedian / 1000.0);
        out() << QStringLiteral("kate, whole run:                    median %1, %2 (%3)\n")
                     .arg(milliseconds(kateMedian), megabytesPerSecond(bytes, kateMedian), minMax(kateTimes))
              << QStringLiteral("kate, empty input (fixed cost):     median %1 (%2)\n")
                     .arg(milliseconds(fixedCost), minMax(emptyTimes))
              << QStringLiteral("kate, whole run minus fixed cost:   %1, %2\n")
                     .arg(milliseconds(kateNet), megabytesPerSecond(bytes, kateNet));
        // Without a positive net time there is no net ratio: NaN, which the report writes as null.
        const double netRatioValue =
            kateNet > 0 ? ourRate / (static_cast<double>(bytes) / kMegabyte / (kateNet / 1000.0))
                        : std::nan("");
        const QString netRatio = kateNet > 0 ? QString::number(netRatioValue, 'f', 2) : QStringLiteral("n/a");
        report.figure(QStringLiteral("kate_ms"), kateMedian, QStringLiteral("ms"), kateTimes);
        report.figure(QStringLiteral("kate_mb_s"), kateRate, QStringLiteral("MB/s"));
        report.figure(QStringLiteral("kate_fixed_ms"), fixedCost, QStringLiteral("ms"), emptyTimes);
        report.figure(QStringLiteral("ratio_raw"), ourRate / kateRate, QStringLiteral("x"));
        report.figure(QStringLiteral("ratio_net"), netRatioValue, QStringLiteral("x"));
        out()
            << QStringLiteral("ratio ours/kate (MB/s): %1 raw, %2 with kate's fixed cost subtracted "
                              "(>= 1.0: our process boundary costs nothing measurable; goal >= 1.0)\n")
                   .arg(ourRate / kateRate, 0, 'f', 2)
                   .arg(netRatio)
            << "note: kate's time includes its process start, repository load (every bundled definition "
               "and ours) and formatting "
            << kKateFormat
            << " output (to /dev/null); ours includes the JSON round trip (request built and written, "
               "parsed by the helper, spans written back as JSON, parsed and checked by the client) but not "
               "the helper's start-up, which the app pays once per session (shown above).\n";
    }

    // A 50 KB article, the size of a long document in the app.
    HighlightResult articleResult;
    for (int i = 0; i < kLatencyWarmUps; ++i) {
        if (!ours.run(article.text, &articleResult))
            return 1;
    }
    std::vector<double> latencies;
    for (int i = 0; i < kLatencyRequests; ++i) {
        const auto ms = ours.run(article.text);
        if (!ms)
            return 1;
        latencies.push_back(*ms);
    }
    out() << "\n"
          << QStringLiteral("50 KB article (%1 bytes, %2 lines), %3 requests after %4 warm-ups: median %5, "
                            "p90 %6 (%7; goal < 10 ms)\n")
                 .arg(article.utf8.size())
                 .arg(article.lines)
                 .arg(kLatencyRequests)
                 .arg(kLatencyWarmUps)
                 .arg(milliseconds(median(latencies)), milliseconds(percentile(latencies, 90)),
                      minMax(latencies))
          << "spans, 50 KB article: " << describeSpans(articleResult) << "\n"
          << QStringLiteral("spans, %1 MB text: ").arg(static_cast<double>(bytes) / kMegabyte, 0, 'f', 2)
          << describeSpans(bigResult) << "\n";
    report.figure(QStringLiteral("article_bytes"), static_cast<double>(article.utf8.size()),
                  QStringLiteral("bytes"));
    report.figure(QStringLiteral("article_ms"), median(latencies), QStringLiteral("ms"), latencies);
    report.figure(QStringLiteral("article_p90_ms"), percentile(latencies, 90), QStringLiteral("ms"));

    // Peak memory, the helper's read while it still runs. The CLI's is polled during one more run:
    // getrusage(RUSAGE_CHILDREN) would not do, as it also counts the forked child's copy of this
    // process from before the exec.
    const long helperPeak = peakRssKiB(client.helperProcessId());
    const long benchPeak = peakRssKiB(0);
    out() << "\n"
          << QStringLiteral("peak RSS: bench process %1 after its first round trip (the text as UTF-16 and "
                            "UTF-8, the request and reply JSON, the spans; %2 at the end), helper %3")
                 .arg(mebibytes(benchPeakOurs), mebibytes(benchPeak), mebibytes(helperPeak));
    report.peak(QStringLiteral("bench_peak_mib"), benchPeakOurs);
    report.peak(QStringLiteral("helper_peak_mib"), helperPeak);
    if (kate) {
        long katePeak = -1;
        if (!kate->run(big.utf8, &katePeak))
            return 1;
        out() << QStringLiteral(", kate-syntax-highlighter %1 (VmHWM polled every %2 ms in an extra run)")
                     .arg(mebibytes(katePeak))
                     .arg(kPollMs);
        report.peak(QStringLiteral("kate_peak_mib"), katePeak);
    }
    out() << Qt::endl;
    return report.write() ? 0 : 1;
}
