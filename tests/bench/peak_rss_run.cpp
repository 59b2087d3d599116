// peak_rss_run OUTFILE PROGRAM [ARGUMENT...]: runs PROGRAM, waits for it, writes its peak resident
// memory in KiB (wait4's ru_maxrss, which takes in the descendants it waited for) to OUTFILE, and
// exits with PROGRAM's exit code (125 if it could not be started, 128 + N if signal N ended it).
//
// Why a launcher: Linux starts a new program's ru_maxrss from the resident size of the process that
// forked it, so a benchmark holding 300 MiB that starts a command directly would report 300 MiB for
// it. This launcher is small (no Qt), so the figure it gives is the command's own.

#include <cerrno>
#include <cstdio>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: peak_rss_run OUTFILE PROGRAM [ARGUMENT...]\n");
        return 125;
    }
    const pid_t pid = fork();
    if (pid < 0) {
        std::perror("peak_rss_run: fork");
        return 125;
    }
    if (pid == 0) {
        execvp(argv[2], argv + 2);
        std::perror("peak_rss_run: exec");
        _exit(125);
    }
    int status = 0;
    rusage usage{};
    while (wait4(pid, &status, 0, &usage) < 0) {
        if (errno != EINTR) {
            std::perror("peak_rss_run: wait4");
            return 125;
        }
    }
    if (FILE *out = std::fopen(argv[1], "w")) {
        std::fprintf(out, "%ld\n", usage.ru_maxrss);
        std::fclose(out);
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
}
