#pragma once

// Small helpers the analysis benchmark's files share: medians, units, and peak memory from procfs.

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QString>
#include <QTextStream>

#include <algorithm>
#include <vector>

namespace bench {

constexpr double kMegabyte = 1e6; // MB and MB/s are decimal: 10^6 bytes of UTF-8

inline QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

inline QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

inline double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

inline double elapsedMs(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

inline QString milliseconds(double value)
{
    return QStringLiteral("%1 ms").arg(value, 0, 'f', value < 100 ? 2 : 1);
}

inline double rate(qint64 bytes, double ms)
{
    return ms > 0 ? static_cast<double>(bytes) / kMegabyte / (ms / 1000.0) : 0;
}

inline QString megabytesPerSecond(qint64 bytes, double ms)
{
    return ms > 0 ? QStringLiteral("%1 MB/s").arg(rate(bytes, ms), 0, 'f', 2) : QStringLiteral("n/a");
}

inline QString mebibytes(long kib)
{
    return kib < 0 ? QStringLiteral("n/a")
                   : QStringLiteral("%1 MiB").arg(static_cast<double>(kib) / 1024.0, 0, 'f', 1);
}

inline QString spread(const std::vector<double> &values)
{
    if (values.empty())
        return QString();
    const auto [low, high] = std::minmax_element(values.begin(), values.end());
    return QStringLiteral("%1 – %2").arg(milliseconds(*low), milliseconds(*high));
}

// VmHWM of /proc/<pid>/status (pid 0: this process) in KiB, or -1. procfs files report no size:
// read them to the end.
inline long peakRssKiB(qint64 pid)
{
    QFile status(pid > 0 ? QStringLiteral("/proc/%1/status").arg(pid) : QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

// Starts this process's VmHWM afresh (Linux ≥ 4.0: "5" to clear_refs), so that one phase's peak
// can be read apart from the phases before it. False where that is not possible.
inline bool resetPeakRss()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

// The pids of this process's children: every thread's procfs "children" list (a child belongs to
// the thread that forked it, and the analysis workers are threads of their own).
inline QList<qint64> childPids()
{
    QList<qint64> pids;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    const QStringList threads = tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &thread : threads) {
        QFile children(tasks.filePath(thread + QStringLiteral("/children")));
        if (!children.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> fields = children.readAll().simplified().split(' ');
        for (const QByteArray &field : fields) {
            if (const qint64 pid = field.toLongLong(); pid > 0)
                pids.append(pid);
        }
    }
    return pids;
}

} // namespace bench
