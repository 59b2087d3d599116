// Start-up benchmark: from starting the process to the main window shown with the first sample
// document painted. Runs the real executable several times with --startup-report, which prints a
// line at the end of the first paint of a document and quits; prints every run, the median and the
// peak resident memory.
//
//   startup_bench [--runs N] [--executable PATH] [--first-start] [--json FILE]
//
// The platform is the caller's: run under xvfb-run for a real X server, or with
// QT_QPA_PLATFORM=offscreen. Each run has its own empty data and settings folders (XDG_DATA_HOME,
// XDG_CONFIG_HOME), so that the user's own projects are never read; with --first-start the sample
// project is made in that folder on every run (a new user's first start), otherwise it is made once
// before the runs and reopened by each (every later start).

#include "bench_report.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace {

struct Sample {
    double milliseconds = 0;
    long peakKiB = 0;
};

std::optional<Sample> measureOnce(const QString &executable, const QString &home)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    process.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    process.start(executable, {QStringLiteral("--startup-report")});
    static const QRegularExpression marker(QStringLiteral(R"(first-document-painted peak-rss-kib=(\d+))"));
    QString output;
    while (process.waitForReadyRead(30000)) {
        output += QString::fromUtf8(process.readAllStandardOutput());
        if (const auto match = marker.match(output); match.hasMatch()) {
            Sample sample{static_cast<double>(timer.nsecsElapsed()) / 1e6, match.captured(1).toLong()};
            process.waitForFinished(10000);
            return sample;
        }
    }
    QTextStream(stderr) << "startup_bench: no report from " << executable << ": "
                        << QString::fromUtf8(process.readAllStandardError()) << Qt::endl;
    process.kill();
    process.waitForFinished();
    return std::nullopt;
}

template<typename T> T median(std::vector<T> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("How many runs (default 11)."),
                                        QStringLiteral("N"), QStringLiteral("11"));
    const QCommandLineOption executableOption(QStringLiteral("executable"),
                                              QStringLiteral("The claimscope binary."),
                                              QStringLiteral("PATH"), QStringLiteral(CLAIMSCOPE_EXECUTABLE));
    const QCommandLineOption firstStartOption(
        QStringLiteral("first-start"),
        QStringLiteral("Measure first starts: the sample project is made on each run."));
    parser.addOptions({runsOption, executableOption, firstStartOption, bench::reportOption()});
    parser.process(app);
    bench::Report report(QStringLiteral("startup"));
    report.setFileFrom(parser);

    const int runs = std::max(1, parser.value(runsOption).toInt());
    const QString executable = parser.value(executableOption);
    const bool firstStart = parser.isSet(firstStartOption);
    QTextStream out(stdout);
    const QString platform = qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("(default)"));
    out << (firstStart ? "First start (sample project made) to first painted document: "
                       : "Start-up to first painted document: ")
        << executable << "\n"
        << "platform: " << platform << "\n";

    QTemporaryDir shared;
    // One warm-up run so that the first measured one does not pay for a cold disk cache alone; it
    // also makes the sample project that later starts reopen.
    if (!shared.isValid() || !measureOnce(executable, shared.path()))
        return 1;

    std::vector<double> times;
    std::vector<long> peaks;
    for (int i = 0; i < runs; ++i) {
        QTemporaryDir own;
        const auto sample = measureOnce(executable, firstStart ? own.path() : shared.path());
        if (!sample)
            return 1;
        times.push_back(sample->milliseconds);
        peaks.push_back(sample->peakKiB);
        out << QStringLiteral("run %1: %2 ms, peak RSS %3 MiB\n")
                   .arg(i + 1, 2)
                   .arg(sample->milliseconds, 0, 'f', 1)
                   .arg(static_cast<double>(sample->peakKiB) / 1024.0, 0, 'f', 1);
    }
    out << QStringLiteral("median: %1 ms (min %2, max %3), median peak RSS %4 MiB over %5 runs\n")
               .arg(median(times), 0, 'f', 1)
               .arg(*std::min_element(times.begin(), times.end()), 0, 'f', 1)
               .arg(*std::max_element(times.begin(), times.end()), 0, 'f', 1)
               .arg(static_cast<double>(median(peaks)) / 1024.0, 0, 'f', 1)
               .arg(runs);

    std::vector<double> peaksMiB;
    for (const long kib : peaks)
        peaksMiB.push_back(static_cast<double>(kib) / 1024.0);
    report.figure(QStringLiteral("start_ms"), median(times), QStringLiteral("ms"), times);
    report.figure(QStringLiteral("peak_mib"), median(peaksMiB), QStringLiteral("MiB"), peaksMiB);
    report.note(QStringLiteral("mode"),
                firstStart ? QStringLiteral("first start") : QStringLiteral("later start"));
    report.note(QStringLiteral("platform"), platform);
    return report.write() ? 0 : 1;
}
