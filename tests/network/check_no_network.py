#!/usr/bin/env python3
"""No network, provably: the command line (issue 12).

    check_no_network.py CLAIMSCOPE WORK_DIR

A web server on 127.0.0.1 counts every connection it accepts (a TCP connect that sends no request
counts too). Files that refer to it in every way their formats allow (make_network_files.py) go
through `claimscope inspect`, `analyze`, `export-pdf`, `export-qdpx` and `import-qdpx`; the server
must accept no connection at all.

Two positive controls show that the count can fail: the test connects to the server itself (once
without a request, once with one) and sees the count rise; and the same commands run with a
stand-in for Claimscope that fetches the first address it finds in each file must be caught.

Standard library only; exits 77 (skipped) when the loopback interface cannot be used.
"""

import os
import re
import select
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
import zlib

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_network_files  # noqa: E402

SKIP = 77
# A command of ours takes well under a second on these small files, a few under the sanitizers. The
# limit only turns a hang into a failure with a message instead of the CTest timeout.
COMMAND_TIMEOUT = 120


class CountingServer:
    """Accepts on 127.0.0.1, counts each connection when it is accepted, then reads what (if
    anything) the client sends and answers 404, keeping the request line for the report."""

    def __init__(self):
        self.listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(64)
        self.port = self.listener.getsockname()[1]
        self.lock = threading.Lock()
        self.connections = 0
        self.requests = []
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._loop, daemon=True)
        self.thread.start()

    def _loop(self):
        while not self.stopping.is_set():
            ready, _, _ = select.select([self.listener], [], [], 0.05)
            if ready:
                self._accept()

    def _accept(self):
        try:
            connection, peer = self.listener.accept()
        except (BlockingIOError, OSError):
            return False
        with self.lock:
            self.connections += 1
        threading.Thread(target=self._answer, args=(connection, peer), daemon=True).start()
        return True

    def _answer(self, connection, peer):
        with connection:
            connection.settimeout(2)
            try:
                data = connection.recv(4096)
            except OSError:
                data = b""
            line = data.split(b"\r\n", 1)[0].decode("latin-1") if data else "(no request)"
            with self.lock:
                self.requests.append(f"{peer[0]}:{peer[1]} {line}")
            if data:
                try:
                    connection.sendall(b"HTTP/1.0 404 Not Found\r\nContent-Length: 0\r\n\r\n")
                except OSError:
                    pass

    def count(self):
        with self.lock:
            return self.connections

    def settle(self, expected=None, wait=2.0):
        """The count once the backlog is empty and handlers have logged: connections a finished
        program left in the listen queue are accepted here, not missed."""
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            self.listener.setblocking(False)
            try:
                while self._accept():
                    pass
            finally:
                self.listener.setblocking(True)
            with self.lock:
                done = len(self.requests) == self.connections
                if expected is not None and self.connections >= expected and done:
                    break
            time.sleep(0.05)
        with self.lock:
            return self.connections, list(self.requests)

    def reset(self):
        with self.lock:
            self.connections = 0
            self.requests = []

    def close(self):
        self.stopping.set()
        self.thread.join()
        self.listener.close()


# A stand-in for claimscope that does what a careless importer would: fetch the first address of
# the server it finds in each file (ZIP entries included). Used only to show the test catches it.
LEAKY_STAND_IN = r"""
import re, sys, urllib.request, zipfile
for arg in sys.argv[1:]:
    try:
        if zipfile.is_zipfile(arg):
            with zipfile.ZipFile(arg) as z:
                data = b"".join(z.read(n) for n in z.namelist())
        else:
            data = open(arg, "rb").read()
    except OSError:
        continue
    m = re.search(rb"http://127\.0\.0\.1:\d+/[^\s\"'<>)]*", data)
    if m:
        try:
            urllib.request.urlopen(m.group(0).decode(), timeout=5).read()
        except Exception:
            pass
"""


def commands(work, manifest):
    """The command lines to run, each as (name, arguments, expected exit: 0, or None for any)."""
    files = manifest["files"]
    path = lambda name: os.path.join(work, name)  # noqa: E731
    readable = [path(f["file"]) for f in files if f["expect"] == "import"]
    any_outcome = [path(f["file"]) for f in files if f["expect"] == "any"]
    qdpx = [f for f in files if f["expect"].startswith("qdpx")]
    out = os.path.join(work, "out")
    # Files are grouped: each command goes on past a file it refuses, and every process started
    # costs a second or two under the sanitizers.
    runs = [
        ("inspect --text (files it must read)", ["inspect", "--text"] + readable, 0),
        ("analyze --format json (files it must read)", ["analyze", "--format", "json"] + readable, 0),
        ("analyze (files it may refuse; imported first, as by inspect)", ["analyze"] + any_outcome, None),
    ]
    runs.append(("export-pdf (readable files)", ["export-pdf", "-o", os.path.join(out, "files.pdf")] + readable, 0))
    runs.append(("export-qdpx (readable files)", ["export-qdpx", "-o", os.path.join(out, "files.qdpx")] + readable, 0))
    for f in qdpx:
        project = os.path.join(out, f["file"] + ".claimscope")
        expected = 0 if f["expect"] == "qdpx-import" else None
        runs.append((f"import-qdpx {f['file']}", ["import-qdpx", "-o", project, path(f["file"])], expected))
        if expected == 0:
            runs.append((f"export-pdf of the project from {f['file']}",
                         ["export-pdf", "-o", os.path.join(out, f["file"] + ".pdf"), project], 0))
    return runs


def run_all(program, work, manifest, env, check_exits):
    """Runs every command; returns the problems (an unexpected exit, a crash, a hang)."""
    out = os.path.join(work, "out")
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    problems = []
    for name, arguments, expected in commands(work, manifest):
        try:
            done = subprocess.run(program + arguments, env=env, capture_output=True, timeout=COMMAND_TIMEOUT)
        except subprocess.TimeoutExpired:
            problems.append(f"{name}: still running after {COMMAND_TIMEOUT} s")
            continue
        except OSError as error:
            problems.append(f"{name}: could not be started ({error})")
            continue
        if not check_exits:
            continue
        if done.returncode < 0:
            problems.append(f"{name}: killed by signal {-done.returncode}\n{done.stderr.decode(errors='replace')}")
        elif expected is not None and done.returncode != expected:
            problems.append(f"{name}: exit {done.returncode}, expected {expected}\n"
                            f"{done.stderr.decode(errors='replace')}")
    return problems


def positive_control(server):
    """The count rises for a bare TCP connect and for an HTTP request; False if it does not."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=5):
        pass
    bare, _ = server.settle(expected=1)
    try:
        urllib.request.urlopen(f"http://127.0.0.1:{server.port}/positive-control", timeout=5).read()
    except Exception:
        pass  # a 404 is the answer we expect
    both, requests = server.settle(expected=2)
    ok = bare == 1 and both == 2 and any("GET /positive-control" in r for r in requests) and \
        any("(no request)" in r for r in requests)
    print(f"positive control: a bare connect counted {bare}, with an HTTP request {both}: "
          + ("the counter works" if ok else f"FAILED {requests}"))
    server.reset()
    return ok


def exported_references(work, port):
    """How often the exports name the server (information for the report, not a failure)."""
    address = re.compile(rb"127\.0\.0\.1:" + str(port).encode() + rb"(?!\d)")
    found = {}
    out = os.path.join(work, "out")
    for name in sorted(os.listdir(out)):
        data = make_network_files.written_text(os.path.join(out, name))
        if name.endswith(".pdf"):
            for stream in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S):
                try:
                    data += zlib.decompress(stream.group(1))
                except zlib.error:
                    pass
        count = len(address.findall(data))
        if count:
            found[name] = count
    return found


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    claimscope, work = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    started = time.monotonic()
    try:
        server = CountingServer()
    except OSError as error:
        print(f"SKIP: cannot listen on 127.0.0.1 ({error})")
        return SKIP
    failures = []
    try:
        if not positive_control(server):
            failures.append("the positive control did not count its own connections")

        shutil.rmtree(work, ignore_errors=True)
        manifest = make_network_files.make_files(server.port, work)
        env = dict(os.environ)
        # No proxy may turn a connection to 127.0.0.1 into one elsewhere, or hide one from us.
        for variable in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
            env.pop(variable, None)
        env["no_proxy"] = env["NO_PROXY"] = "*"

        # Second control: a program that does fetch is caught by the same commands and count.
        stand_in_started = time.monotonic()
        run_all([sys.executable, "-c", LEAKY_STAND_IN], work, manifest, env, check_exits=False)
        print(f"stand-in pass: {time.monotonic() - stand_in_started:.1f} s")
        leaked, requests = server.settle(expected=1)
        print(f"positive control: a stand-in that fetches made {leaked} connection(s), e.g. "
              f"{requests[0] if requests else '(none)'}")
        if leaked == 0:
            failures.append("the stand-in that fetches was not caught")
        server.reset()

        total = sum(f["references"] for f in manifest["files"])
        for f in manifest["files"]:
            print(f"  {f['file']}: {f['references']} references ({f['expect']})")
        print(f"{len(manifest['files'])} files, {total} references to 127.0.0.1:{server.port}")

        claimscope_started = time.monotonic()
        problems = run_all([claimscope], work, manifest, env, check_exits=True)
        print(f"claimscope pass: {time.monotonic() - claimscope_started:.1f} s")
        failures += problems
        connections, requests = server.settle()
        print(f"{len(commands(work, manifest))} commands run; connections received: {connections}")
        if connections:
            failures.append(f"the server received {connections} connection(s):\n  " + "\n  ".join(requests))
        for name, count in exported_references(work, server.port).items():
            print(f"  note: {name} names the server {count} time(s) (carried over, not fetched)")
    finally:
        server.close()
    print(f"run time: {time.monotonic() - started:.1f} s")
    for failure in failures:
        print(f"FAIL: {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
