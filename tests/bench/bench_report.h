#pragma once

// The figures a benchmark hands to tests/bench/run. Every benchmark takes `--json FILE`; with it,
// what the benchmark prints for people is also written as JSON for the runner, which builds the one
// table and docs/BENCHMARKS.md from it. Keys are the runner's contract: renaming one breaks its
// table, and the runner then fails (a missing figure is a broken benchmark, not a slow one).
//
//   {"benchmark": "highlight", "figures": {"ours_ms": {"value": 1234.5, "unit": "ms",
//     "runs": [..], "min": .., "max": ..}, ...}, "notes": {"kate": "kate-syntax-highlighter 5.103"}}

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QString>

#include <algorithm>
#include <cmath>
#include <vector>

namespace bench {

inline QCommandLineOption reportOption()
{
    return QCommandLineOption(QStringLiteral("json"),
                              QStringLiteral("Also write the figures as JSON to FILE (for tests/bench/run)."),
                              QStringLiteral("FILE"));
}

class Report {
public:
    explicit Report(QString benchmark)
        : m_benchmark(std::move(benchmark))
    {
    }

    // Reads --json from a parser that was given reportOption().
    void setFileFrom(const QCommandLineParser &parser)
    {
        m_file = parser.value(reportOption().names().constFirst());
    }

    // One figure. With runs, value is their median and the runs go along, so the runner can show the
    // spread; without, it is a single measurement or a count.
    void figure(const QString &key, double value, const QString &unit, const std::vector<double> &runs = {})
    {
        QJsonObject entry{{QStringLiteral("value"), finite(value)}, {QStringLiteral("unit"), unit}};
        if (!runs.empty()) {
            QJsonArray array;
            for (const double run : runs)
                array.append(finite(run));
            entry.insert(QStringLiteral("runs"), array);
            const auto [low, high] = std::minmax_element(runs.begin(), runs.end());
            entry.insert(QStringLiteral("min"), finite(*low));
            entry.insert(QStringLiteral("max"), finite(*high));
        }
        m_figures.insert(key, entry);
    }

    // Peak resident memory in KiB as procfs and wait4 give it; negative (unknown) is left out.
    void peak(const QString &key, long kib)
    {
        if (kib >= 0)
            figure(key, static_cast<double>(kib) / 1024.0, QStringLiteral("MiB"));
    }

    void note(const QString &key, const QString &text) { m_notes.insert(key, text); }

    // Writes the file when --json was given. False, with a message on stderr, if it could not be.
    bool write() const
    {
        if (m_file.isEmpty())
            return true;
        const QJsonObject root{{QStringLiteral("benchmark"), m_benchmark},
                               {QStringLiteral("figures"), m_figures},
                               {QStringLiteral("notes"), m_notes}};
        QSaveFile file(m_file);
        if (file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(root).toJson()) >= 0 && file.commit())
            return true;
        qWarning("cannot write the benchmark report %s: %s", qPrintable(m_file),
                 qPrintable(file.errorString()));
        return false;
    }

private:
    // JSON has no NaN or infinity; a figure that is not a number is written as null, which the runner
    // reports as a broken benchmark.
    static QJsonValue finite(double value) { return std::isfinite(value) ? QJsonValue(value) : QJsonValue(); }

    QString m_benchmark;
    QString m_file;
    QJsonObject m_figures;
    QJsonObject m_notes;
};

} // namespace bench
