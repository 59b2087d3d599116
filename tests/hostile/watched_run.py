"""Runs one program with a time bound, measures its peak memory, and, when strace is there, reads
every file, network and process system call it made. Standard library only.

A run's verdict lists what it did that it must not do:
- read or look at a forbidden path (any open, stat, access, readlink… of it, successful or not);
- write outside its allowed folders (an open for writing, mkdir, rename, unlink… anywhere else);
- open an AF_INET or AF_INET6 socket, or connect or send to such an address;
- start any program but the allowed ones.
"""

import os
import re
import shutil
import signal
import subprocess
import threading
import time
from dataclasses import dataclass, field

# System calls whose arguments name paths. For the *at calls the directory descriptor comes first.
PATH_CALLS = {
    "open", "creat", "stat", "lstat", "access", "readlink", "execve", "mkdir", "rmdir", "unlink", "rename",
    "link", "symlink", "chmod", "chown", "lchown", "truncate", "statfs", "chdir", "utime", "utimes", "mknod",
    "getxattr", "lgetxattr", "listxattr", "llistxattr", "setxattr", "lsetxattr", "removexattr",
    "lremovexattr", "inotify_add_watch", "uselib", "swapon", "chroot", "mount", "umount2", "pivot_root",
}
AT_CALLS = {
    "openat", "openat2", "newfstatat", "fstatat64", "statx", "faccessat", "faccessat2", "readlinkat",
    "execveat", "mkdirat", "unlinkat", "renameat", "renameat2", "linkat", "symlinkat", "fchmodat",
    "fchownat", "utimensat", "futimesat", "mknodat", "name_to_handle_at",
}
# Calls that change the file system whatever their flags.
WRITE_CALLS = {
    "creat", "mkdir", "mkdirat", "rmdir", "unlink", "unlinkat", "rename", "renameat", "renameat2", "link",
    "linkat", "symlink", "symlinkat", "chmod", "fchmodat", "chown", "lchown", "fchownat", "truncate",
    "utime", "utimes", "utimensat", "futimesat", "mknod", "mknodat", "setxattr", "lsetxattr",
    "removexattr", "lremovexattr",
}
WRITE_FLAGS = ("O_WRONLY", "O_RDWR", "O_CREAT", "O_TRUNC", "O_APPEND")
INET = re.compile(r"\bAF_INET6?\b")

CALL = re.compile(r"^(?P<name>\w+)\((?P<args>.*)\)\s+=\s+(?P<result>.*)$")
QUOTED = re.compile(r'"((?:[^"\\]|\\.)*)"')
DIRFD = re.compile(r"^\s*(?:AT_FDCWD|-?\d+)<(?P<dir>[^>]*)>")


def unescape(text):
    """strace's C escapes (\\n, \\", \\x41…) back to text."""
    return re.sub(r"\\(x[0-9a-fA-F]{2}|[0-7]{1,3}|.)", lambda m: _escape(m.group(1)), text)


def _escape(code):
    simple = {"n": "\n", "t": "\t", "r": "\r", "v": "\v", "f": "\f", '"': '"', "\\": "\\"}
    if code in simple:
        return simple[code]
    if code.startswith("x"):
        return chr(int(code[1:], 16))
    if code.isdigit():
        return chr(int(code, 8))
    return code


@dataclass
class Outcome:
    returncode: int | None = None  # None: killed at the time bound
    seconds: float = 0.0
    peak_rss_kib: int = 0
    stdout: str = ""
    stderr: str = ""
    traced: bool = False
    violations: list = field(default_factory=list)


@dataclass
class Rules:
    forbidden: list  # absolute paths that must never be touched
    writable: list   # folders under which writing is allowed
    programs: list   # the programs that may be started
    cwd: str         # the run's working folder, to resolve relative paths


def strace_available():
    return shutil.which("strace") is not None


def run(command, env, cwd, timeout, rules=None, trace_prefix=None):
    """Runs `command`; with `rules` and strace, under strace -ff writing trace_prefix.PID files."""
    argv = list(command)
    traced = rules is not None and trace_prefix is not None and strace_available()
    if traced:
        for old in _trace_files(trace_prefix):
            os.remove(old)
        argv = ["strace", "-ff", "-y", "-qq", "-s", "4096", "-e", "trace=%file,%network,%process",
                "-e", "signal=none", "-o", trace_prefix, "--"] + argv
    started = time.monotonic()
    # A session of its own, so that a hang is ended with the whole group (strace, the app, its helper).
    process = subprocess.Popen(argv, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               start_new_session=True)
    outcome = Outcome(traced=traced)
    streams = {}
    readers = [threading.Thread(target=_drain, args=(process.stdout, streams, "out")),
               threading.Thread(target=_drain, args=(process.stderr, streams, "err"))]
    for reader in readers:
        reader.start()
    # The process is reaped here with wait4, not by Popen, because wait4 reports its resource use:
    # ru_maxrss is the peak resident size of the largest process of the tree (Linux folds in the
    # peaks of the descendants each process reaped: strace reaps the app, the app its helper).
    deadline = started + timeout
    timed_out = False
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() > deadline:
            timed_out = True
            os.killpg(process.pid, signal.SIGKILL)
            pid, status, usage = os.wait4(process.pid, 0)
            break
        time.sleep(0.01)
    process.returncode = os.waitstatus_to_exitcode(status)  # Popen must not wait for it again
    outcome.returncode = None if timed_out else process.returncode
    try:
        os.killpg(process.pid, signal.SIGKILL)  # anything the program left running
    except ProcessLookupError:
        pass
    for reader in readers:
        reader.join()
    outcome.seconds = time.monotonic() - started
    outcome.stdout = streams.get("out", b"").decode("utf-8", "replace")
    outcome.stderr = streams.get("err", b"").decode("utf-8", "replace")
    outcome.peak_rss_kib = usage.ru_maxrss
    if traced:
        outcome.violations = check_traces(_trace_files(trace_prefix), rules)
    return outcome


def _drain(pipe, streams, key):
    streams[key] = pipe.read()
    pipe.close()


def _trace_files(prefix):
    folder, base = os.path.split(prefix)
    if not os.path.isdir(folder):
        return []
    return [os.path.join(folder, name) for name in os.listdir(folder) if name.startswith(base + ".")]


def check_traces(paths, rules):
    violations = []
    for path in paths:
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                violations.extend(check_line(line.rstrip("\n"), rules))
    # One line per kind of problem and path is enough to act on.
    return sorted(set(violations))


def _inside(path, folders):
    return any(path == folder or path.startswith(folder.rstrip("/") + "/") for folder in folders)


def _resolve(path, directory):
    if not os.path.isabs(path):
        path = os.path.join(directory, path)
    return os.path.normpath(path)


def check_line(line, rules):
    match = CALL.match(line)
    if not match:
        return []
    name, args, result = match.group("name"), match.group("args"), match.group("result")
    found = []

    # The network: an Internet socket, or an Internet address given to any call.
    if name == "socket" and INET.search(args.split(",")[0]):
        found.append(f"network: {name}({args.split(',')[0]})")
    elif name in ("connect", "sendto", "sendmsg", "bind") and re.search(r"sa_family=AF_INET6?\b", args):
        found.append(f"network: {name} to an Internet address")

    if name not in PATH_CALLS and name not in AT_CALLS:
        return found
    arguments = split_arguments(args)
    paths = []  # (resolved path, written to)
    if name in ("link", "symlink"):  # old, new: only the new name is written
        paths = [(_resolve(_text(arguments, 0), rules.cwd), False), (_resolve(_text(arguments, 1), rules.cwd), True)]
    elif name in ("linkat", "renameat", "renameat2"):  # olddirfd, old, newdirfd, new
        paths = [(_resolve(_text(arguments, 1), _directory(arguments, 0, rules.cwd)), name != "linkat"),
                 (_resolve(_text(arguments, 3), _directory(arguments, 2, rules.cwd)), True)]
    elif name == "symlinkat":  # target, newdirfd, new
        paths = [(_resolve(_text(arguments, 0), rules.cwd), False),
                 (_resolve(_text(arguments, 2), _directory(arguments, 1, rules.cwd)), True)]
    elif name == "rename":
        paths = [(_resolve(_text(arguments, 0), rules.cwd), True), (_resolve(_text(arguments, 1), rules.cwd), True)]
    elif name in AT_CALLS:
        paths = [(_resolve(_text(arguments, 1), _directory(arguments, 0, rules.cwd)), None)]
    else:
        paths = [(_resolve(_text(arguments, 0), rules.cwd), None)]
    paths = [(path, written) for path, written in paths if path]
    opened = re.search(r"=\s*\d+<(?P<path>[^>]*)>\s*$", result)
    if opened and name in ("open", "openat", "openat2", "creat"):
        paths.append((os.path.normpath(opened.group("path")), None))

    writes = name in WRITE_CALLS or (
        name in ("open", "openat", "openat2") and any(flag in args for flag in WRITE_FLAGS))
    for path, written in paths:
        if any(path == bad or path.startswith(bad.rstrip("/") + "/") for bad in rules.forbidden):
            found.append(f"forbidden path: {name} {path}")
        if writes and written is not False and not _inside(path, rules.writable):
            found.append(f"write outside the run's folders: {name} {path}")

    if name in ("execve", "execveat") and paths:
        program = os.path.realpath(paths[0][0])
        if program not in {os.path.realpath(allowed) for allowed in rules.programs}:
            started = "started" if not result.startswith("-1") else "start attempted"
            found.append(f"program {started}: {paths[0][0]}")
    return found


def split_arguments(args):
    """strace's argument list split at its top-level commas (not inside quotes, braces, brackets)."""
    parts, depth, quoted, current = [], 0, False, []
    i = 0
    while i < len(args):
        c = args[i]
        if quoted:
            current.append(c)
            if c == "\\" and i + 1 < len(args):
                current.append(args[i + 1])
                i += 1
            elif c == '"':
                quoted = False
        elif c == '"':
            quoted = True
            current.append(c)
        elif c in "{[(<":
            depth += 1
            current.append(c)
        elif c in "}])>":
            depth -= 1
            current.append(c)
        elif c == "," and depth == 0:
            parts.append("".join(current).strip())
            current = []
        else:
            current.append(c)
        i += 1
    if current:
        parts.append("".join(current).strip())
    return parts


def _text(arguments, index):
    """The string of a quoted argument (strace may add "..." after a cut one), or ''."""
    if index >= len(arguments):
        return ""
    match = QUOTED.match(arguments[index])
    return unescape(match.group(1)) if match else ""


def _directory(arguments, index, cwd):
    """The folder a directory descriptor argument stands for (strace -y prints it: 3</tmp>)."""
    if index < len(arguments):
        match = DIRFD.match(arguments[index])
        if match:
            return match.group("dir")
    return cwd
