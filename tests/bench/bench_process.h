#pragma once

// Running another program from a benchmark and measuring it: wall time, exit code, stderr, and its
// own peak memory.

#include "bench_figures.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QString>
#include <QStringList>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

extern char **environ;

namespace bench {

struct ChildRun {
    int exitCode = -1; // -1: it did not start, or a signal ended it
    double ms = 0;
    long peakKiB = -1; // its largest resident size, or its descendants' (wait4's ru_maxrss)
    QString errors;    // its stderr, or why it did not start
};

// Runs `program` with stdout discarded and stderr kept, through peak_rss_run, which waits for it with
// wait4() and gives its own peak memory (QProcess reaps its children itself and would lose it, and a
// command started from this process directly would be charged this process's resident size).
inline ChildRun runChild(const QString &program, const QStringList &arguments, const QString &errorsFile)
{
    const QString peakFile = errorsFile + QStringLiteral(".peak");
    QFile::remove(peakFile);
    std::vector<QByteArray> encoded{QByteArrayLiteral(CLAIMSCOPE_PEAK_RSS_RUN), QFile::encodeName(peakFile),
                                    QFile::encodeName(program)};
    for (const QString &argument : arguments)
        encoded.push_back(argument.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &argument : encoded)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    const QByteArray errorsPath = QFile::encodeName(errorsFile);

    ChildRun run;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, errorsPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int started = posix_spawnp(&pid, argv.front(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (started != 0) {
        run.errors = QString::fromLocal8Bit(std::strerror(started));
        return run;
    }
    int status = 0;
    rusage usage{};
    while (wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
    }
    run.ms = elapsedMs(timer);
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    QFile peak(peakFile);
    run.peakKiB = peak.open(QIODevice::ReadOnly) ? peak.readAll().trimmed().toLong() : -1;
    QFile errors(errorsFile);
    if (errors.open(QIODevice::ReadOnly))
        run.errors = QString::fromLocal8Bit(errors.readAll()).trimmed();
    return run;
}

} // namespace bench
