// A stand-in for claimscope-highlighter that runs the real helper behind it and breaks on purpose.
// The fault tests point $CLAIMSCOPE_HIGHLIGHTER at it; it passes every line through unchanged until
// the highlight request chosen for a fault, so the app meets a helper that worked a while before
// failing, in the middle of a batch, as a real fault would come.
//
// Chosen by the environment (read at each start: the app restarts its helper after a fault):
//   CLAIMSCOPE_FAULT_KIND   crash    the helper kills itself (SIGKILL) instead of replying
//                           exit     it exits with status 3 instead of replying
//                           cut      it writes half of the real reply, then kills itself
//                           hang     it stops answering (and reading) until it is killed
//                           garbage  it writes a line that is not JSON instead of the reply
//                           badspans it replies with a span that lies outside the text
//                           none     (or unset) it never fails
//   CLAIMSCOPE_FAULT_AT     which highlight requests fail, counted from 1: "3" or "3,4"
//   CLAIMSCOPE_FAULT_ONLY   when set, only highlight requests whose line contains this text are
//                           counted (a marker in one document picks that document, whichever of
//                           the app's parallel helpers gets it)
//   CLAIMSCOPE_FAULT_STATE  a folder shared by every start: "count" holds the running count (so
//                           the count goes on across restarts and parallel helpers), and every
//                           fault injected is appended to "log" as "<kind> <n>" before it happens
//   CLAIMSCOPE_FAULT_REAL_HELPER  the helper to run (default: the build tree's)
//
// It needs no Qt: it is a pipe with a switch.

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <set>
#include <string>
#include <sys/file.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

std::string environment(const char *name)
{
    const char *value = std::getenv(name);
    return value ? value : "";
}

[[noreturn]] void die(const std::string &why)
{
    std::fprintf(stderr, "fault_highlighter: %s: %s\n", why.c_str(), std::strerror(errno));
    std::_Exit(70);
}

bool writeAll(int fd, const char *data, size_t size)
{
    while (size > 0) {
        const ssize_t written = ::write(fd, data, size);
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return false;
        data += written;
        size -= static_cast<size_t>(written);
    }
    return true;
}

// One line from `in` without its '\n'; false at the end of input.
bool readLine(FILE *in, std::string &line)
{
    char *buffer = nullptr;
    size_t capacity = 0;
    const ssize_t length = ::getline(&buffer, &capacity, in);
    if (length < 0) {
        std::free(buffer);
        return false;
    }
    line.assign(buffer, static_cast<size_t>(length));
    std::free(buffer);
    if (!line.empty() && line.back() == '\n')
        line.pop_back();
    return true;
}

std::set<long> faultNumbers()
{
    std::set<long> numbers;
    const std::string list = environment("CLAIMSCOPE_FAULT_AT");
    size_t start = 0;
    while (start < list.size()) {
        size_t end = list.find(',', start);
        if (end == std::string::npos)
            end = list.size();
        numbers.insert(std::strtol(list.substr(start, end - start).c_str(), nullptr, 10));
        start = end + 1;
    }
    return numbers;
}

// The next number in the shared count, under an exclusive lock: parallel helpers never share one.
long nextRequestNumber(long &local)
{
    const std::string folder = environment("CLAIMSCOPE_FAULT_STATE");
    if (folder.empty())
        return ++local;
    const std::string path = folder + "/count";
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT, 0644);
    if (fd < 0 || ::flock(fd, LOCK_EX) != 0)
        die("cannot lock " + path);
    char text[32] = {};
    const ssize_t got = ::pread(fd, text, sizeof text - 1, 0);
    const long number = (got > 0 ? std::strtol(text, nullptr, 10) : 0) + 1;
    const std::string updated = std::to_string(number) + "\n";
    if (::ftruncate(fd, 0) != 0 || ::pwrite(fd, updated.data(), updated.size(), 0) < 0)
        die("cannot write " + path);
    ::close(fd); // releases the lock
    return number;
}

// Written before the fault happens, so that a fault that ends this process is counted too.
void logFault(const std::string &kind, long number)
{
    const std::string folder = environment("CLAIMSCOPE_FAULT_STATE");
    if (folder.empty())
        return;
    const int fd = ::open((folder + "/log").c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
    if (fd < 0)
        die("cannot open the fault log");
    const std::string line = kind + " " + std::to_string(number) + "\n";
    writeAll(fd, line.data(), line.size());
    ::close(fd);
}

[[noreturn]] void killSelf()
{
    std::signal(SIGKILL, SIG_DFL);
    ::raise(SIGKILL);
    std::_Exit(71); // not reached
}

// A reply whose first span starts far beyond any text the app sends: the client must refuse it.
std::string withBadSpan(std::string reply)
{
    const std::string key = "\"spans\":[";
    const size_t at = reply.find(key);
    if (at == std::string::npos)
        return reply;
    const size_t inside = at + key.size();
    const bool empty = inside < reply.size() && reply[inside] == ']';
    reply.insert(inside, empty ? "2147483000,5,0" : "2147483000,5,0,");
    return reply;
}

struct Helper {
    pid_t pid = -1;
    FILE *requests = nullptr; // its stdin
    FILE *replies = nullptr;  // its stdout
};

Helper startRealHelper()
{
    std::string program = environment("CLAIMSCOPE_FAULT_REAL_HELPER");
    if (program.empty())
        program = CLAIMSCOPE_REAL_HIGHLIGHTER;
    int toHelper[2];
    int fromHelper[2];
    if (::pipe2(toHelper, O_CLOEXEC) != 0 || ::pipe2(fromHelper, O_CLOEXEC) != 0)
        die("pipe");
    const pid_t pid = ::fork();
    if (pid < 0)
        die("fork");
    if (pid == 0) {
        // The real helper goes when this one goes, whichever way (a hang ends with SIGKILL).
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        ::dup2(toHelper[0], STDIN_FILENO);
        ::dup2(fromHelper[1], STDOUT_FILENO);
        ::execl(program.c_str(), program.c_str(), static_cast<char *>(nullptr));
        die("cannot run " + program);
    }
    ::close(toHelper[0]);
    ::close(fromHelper[1]);
    Helper helper;
    helper.pid = pid;
    helper.requests = ::fdopen(toHelper[1], "w");
    helper.replies = ::fdopen(fromHelper[0], "r");
    if (!helper.requests || !helper.replies)
        die("fdopen");
    return helper;
}

bool forward(const Helper &helper, const std::string &request, std::string &reply)
{
    if (std::fwrite(request.data(), 1, request.size(), helper.requests) != request.size() ||
        std::fputc('\n', helper.requests) == EOF || std::fflush(helper.requests) != 0)
        return false;
    return readLine(helper.replies, reply);
}

bool answer(const std::string &line)
{
    return writeAll(STDOUT_FILENO, line.data(), line.size()) && writeAll(STDOUT_FILENO, "\n", 1);
}

} // namespace

int main()
{
    std::signal(SIGPIPE, SIG_IGN); // a closed pipe is an error return, dealt with below
    const std::string kind = environment("CLAIMSCOPE_FAULT_KIND");
    static const std::set<std::string> kinds{"",    "none", "crash",   "exit",
                                             "cut", "hang", "garbage", "badspans"};
    if (kinds.count(kind) == 0) {
        errno = EINVAL;
        die("unknown CLAIMSCOPE_FAULT_KIND " + kind); // a typo must not pass for a test without faults
    }
    const std::set<long> faultAt = faultNumbers();
    const std::string only = environment("CLAIMSCOPE_FAULT_ONLY");
    long localCount = 0;

    Helper helper = startRealHelper();
    std::string line;
    if (!readLine(helper.replies, line) || !answer(line)) // the greeting
        return 1;

    FILE *in = stdin;
    while (readLine(in, line)) {
        const bool highlight = line.find("\"method\":\"highlight\"") != std::string::npos;
        const bool counted = highlight && (only.empty() || line.find(only) != std::string::npos);
        const long number = counted ? nextRequestNumber(localCount) : 0;
        const bool fault = counted && !kind.empty() && kind != "none" && faultAt.count(number) > 0;
        if (fault)
            logFault(kind, number);

        if (fault && kind == "crash")
            killSelf();
        if (fault && kind == "exit")
            std::_Exit(3);
        if (fault && kind == "hang") {
            for (;;)
                ::pause();
        }
        std::string reply;
        if (!forward(helper, line, reply))
            return 1;
        if (fault && kind == "garbage")
            reply = "<html>502 Bad Gateway: this is not a reply</html>";
        else if (fault && kind == "badspans")
            reply = withBadSpan(reply);
        if (fault && kind == "cut") {
            writeAll(STDOUT_FILENO, reply.data(), reply.size() / 2);
            killSelf();
        }
        if (!answer(reply))
            return 1;
    }
    std::fclose(helper.requests);
    int status = 0;
    ::waitpid(helper.pid, &status, 0);
    return 0;
}
