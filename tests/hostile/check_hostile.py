#!/usr/bin/env python3
"""Runs every file of the hostile corpus (tests/data/hostile) through the claimscope command line and
checks that each gives a clear error or a safe import, within a time and a memory bound, touching
nothing outside the program's own files.

    check_hostile.py CLAIMSCOPE HIGHLIGHTER CORPUS WORKDIR [FILE…]

The corpus's README.md is the manifest: one table row per file with the outcome it must have,
`error: FRAGMENT` (exit code 1, and stderr names the file and contains FRAGMENT) or `import` /
`import: FRAGMENT` (exit code 0, the imported text contains FRAGMENT and nothing that must stay
out). Documents are read with `inspect --text` and, when they import, `analyze` as well; projects
with `export-json`; REFI-QDA packages with `import-qdpx`. Work happens on a copy of the corpus in
WORKDIR, next to a canary file that hostile files point at as ../canary.txt.

Under strace (skipped, with a note, when strace is missing) every run must not touch /etc/passwd,
/etc/hostname or the canary, write outside its own home, cache and output folders, use an Internet
socket, or start any program but claimscope and its highlighter. Each check is first shown to catch
a control case, so that a broken check cannot pass silently.
"""

import concurrent.futures
import hashlib
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from dataclasses import dataclass

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import watched_run  # noqa: E402

# The time bound of one run. The slowest run of the corpus took 0.5 s in the normal build and
# 1.8 s in the ASan build, both under strace; 30 s (120 s for a sanitized build, 3-5 times slower)
# leaves room for a loaded machine, so only a hang reaches it.
TIMEOUT_SECONDS = 30
SANITIZED_TIMEOUT_SECONDS = 120
# The memory bound of one run, as the peak resident size of the largest process of the run. The
# largest honest peak of the corpus was 56 MiB in the normal build (a plain import is 31-35 MiB)
# and 510 MiB in the ASan build, which keeps freed memory in quarantine (up to 256 MiB) and adds
# shadow memory and redzones. The app's own limits allow a 64 MB file and 256 MiB inflated from a
# ZIP, so a bomb that got past them would show as gigabytes: 1 GiB (3 GiB sanitized) tells the two
# apart.
RSS_BOUND_MIB = 1024
SANITIZED_RSS_BOUND_MIB = 3072

CANARY_TEXT = "CANARY-CONTENT-b81f3e: this file must never be read"
# Text that must never reach an import: script and hidden content, expanded entities, local files.
MUST_STAY_OUT = ["HIDDEN-", "root:x:0:0", CANARY_TEXT, "lollollol"]
SANITIZER_REPORT = re.compile(r"AddressSanitizer|LeakSanitizer|UndefinedBehaviorSanitizer|runtime error:")


@dataclass
class Expectation:
    name: str
    error: bool
    fragment: str


def read_manifest(corpus):
    """The manifest table of README.md: | `file` | how it is hostile | `expected` |."""
    rows = []
    row = re.compile(r"^\|\s*`([^`]+)`\s*\|.*\|\s*`(error|import)(?::\s*([^`]*))?`")
    with open(os.path.join(corpus, "README.md"), encoding="utf-8") as f:
        for line in f:
            match = row.match(line)
            if match:
                rows.append(Expectation(match.group(1), match.group(2) == "error", (match.group(3) or "").strip()))
    return rows


def corpus_files(corpus):
    """The hostile files: everything but the manifest, the generator and the lexicon (which the
    QtTest tst_hostilelexicon reads)."""
    return sorted(name for name in os.listdir(corpus)
                  if os.path.isfile(os.path.join(corpus, name)) and name not in ("README.md", "make_hostile.py"))


def is_sanitized(claimscope):
    if os.environ.get("CLAIMSCOPE_SANITIZED") == "1":
        return True
    try:
        libraries = subprocess.run(["ldd", claimscope], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return False
    return "libasan" in libraries or "libubsan" in libraries


def digest(folder):
    result = {}
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), "rb") as f:
            result[name] = hashlib.sha256(f.read()).hexdigest()
    return result


class Checker:
    def __init__(self, claimscope, highlighter, corpus, workdir):
        self.claimscope = os.path.realpath(claimscope)
        self.highlighter = os.path.realpath(highlighter)
        self.corpus = corpus
        self.workdir = os.path.realpath(workdir)
        self.copy = os.path.join(self.workdir, "corpus")
        self.canary = os.path.join(self.workdir, "canary.txt")
        sanitized = is_sanitized(claimscope)
        self.timeout = SANITIZED_TIMEOUT_SECONDS if sanitized else TIMEOUT_SECONDS
        self.rss_bound_kib = (SANITIZED_RSS_BOUND_MIB if sanitized else RSS_BOUND_MIB) * 1024
        self.sanitized = sanitized
        self.failures = []
        self.rows = []

    def prepare(self):
        shutil.rmtree(self.workdir, ignore_errors=True)
        os.makedirs(self.workdir)
        shutil.copytree(self.corpus, self.copy, ignore=shutil.ignore_patterns("README.md", "make_hostile.py",
                                                                              "lexicon", "__pycache__"))
        with open(self.canary, "w", encoding="utf-8") as f:
            f.write(CANARY_TEXT + "\n")

    def run_folder(self, label):
        folder = os.path.join(self.workdir, "runs", label)
        for sub in ("home", "config", "data", "cache", "runtime", "tmp", "out"):
            os.makedirs(os.path.join(folder, sub), exist_ok=True)
        os.chmod(os.path.join(folder, "runtime"), 0o700)
        return folder

    def environment(self, folder, traced):
        env = dict(os.environ)
        if traced and self.sanitized:
            # LeakSanitizer stops the world with ptrace and cannot run under strace; the untraced
            # pass of a sanitized build checks for leaks.
            env["ASAN_OPTIONS"] = ":".join(filter(None, [env.get("ASAN_OPTIONS", ""), "detect_leaks=0"]))
        env.update(QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8", LC_ALL="C.UTF-8", LANGUAGE="",
                   HOME=os.path.join(folder, "home"), XDG_CONFIG_HOME=os.path.join(folder, "config"),
                   XDG_DATA_HOME=os.path.join(folder, "data"), XDG_CACHE_HOME=os.path.join(folder, "cache"),
                   XDG_RUNTIME_DIR=os.path.join(folder, "runtime"), TMPDIR=os.path.join(folder, "tmp"),
                   CLAIMSCOPE_HIGHLIGHTER=self.highlighter)
        return env

    def rules(self, folder, cwd):
        return watched_run.Rules(forbidden=["/etc/passwd", "/etc/hostname", self.canary],
                                 writable=[folder, "/dev/null"], programs=[self.claimscope, self.highlighter],
                                 cwd=cwd)

    def watched(self, label, command, timeout=None, traced=True):
        folder = self.run_folder(label)
        traced = traced and watched_run.strace_available()
        outcome = watched_run.run(command, self.environment(folder, traced), self.copy, timeout or self.timeout,
                                  self.rules(folder, self.copy) if traced else None, os.path.join(folder, "trace"))
        return folder, outcome

    # ------------------------------------------------------------------------------ the controls

    def controls(self):
        """Each check catches a case made to fail it."""
        python = sys.executable
        cases = []
        if watched_run.strace_available():
            cases += [
                ("reads the canary", [python, "-c", "open('../canary.txt').read()"], "forbidden path"),
                ("stats /etc/passwd", [python, "-c", "import os; os.path.exists('/etc/passwd')"], "forbidden path"),
                ("writes into the corpus", [python, "-c", "open('stray.txt', 'w').close()"], "write outside"),
                ("connects to 127.0.0.1:9",
                 [python, "-c", "import socket\ntry: socket.create_connection(('127.0.0.1', 9), 1)\n"
                                "except OSError: pass"], "network"),
                ("starts a shell", [python, "-c", "import os; os.system('true')"], "program"),
            ]
        for label, command, kind in cases:
            _, outcome = self.watched("control-" + label.replace(" ", "-"), command)
            if not any(v.startswith(kind) for v in outcome.violations):
                self.failures.append(f"control “{label}” was not caught as {kind}: {outcome.violations}")
        if os.path.exists(os.path.join(self.copy, "stray.txt")):
            os.remove(os.path.join(self.copy, "stray.txt"))
        _, hang = self.watched("control-hang", [python, "-c", "import time; time.sleep(60)"], timeout=1)
        if hang.returncode is not None:
            self.failures.append("control: a 60 s sleep was not stopped at a 1 s bound")
        _, big = self.watched("control-memory",
                              [python, "-c", "b = bytearray(200 * 1024 * 1024); b[::4096] = b'x' * len(b[::4096])"])
        if big.peak_rss_kib < 200 * 1024:
            self.failures.append(f"control: 200 MiB touched, {big.peak_rss_kib // 1024} MiB measured")
        # The outcome rules on made-up outcomes.
        made_up = [
            (Expectation("x.pdf", True, "malformed"), watched_run.Outcome(0, stdout="x.pdf"), "an import"),
            (Expectation("x.pdf", True, "malformed"), watched_run.Outcome(1, stderr="malformed"), "no file name"),
            (Expectation("x.html", False, "VISIBLE"), watched_run.Outcome(0, stdout="VISIBLE HIDDEN-SCRIPT"),
             "hidden text"),
            (Expectation("x.html", False, ""), watched_run.Outcome(-11), "a crash"),
            (Expectation("x.html", False, ""), watched_run.Outcome(0, stderr="==1==ERROR: AddressSanitizer"),
             "a sanitizer report"),
            (Expectation("x.html", False, ""), watched_run.Outcome(0, peak_rss_kib=self.rss_bound_kib + 1),
             "memory over the bound"),
        ]
        for expectation, outcome, what in made_up:
            if not self.judge(expectation, outcome, "inspect", None):
                self.failures.append(f"control: {what} was not caught")
        print(f"controls: {len(cases)} traced cases, a hang, a 200 MiB peak and {len(made_up)} made-up outcomes "
              f"{'caught' if not self.failures else 'NOT ALL CAUGHT'}")

    # ------------------------------------------------------------------------------- the corpus

    def judge(self, expectation, outcome, command, folder):
        """The problems of one run, empty when it behaved."""
        problems = []
        name = expectation.name
        if outcome.returncode is None:
            return [f"no answer within {self.timeout} s (a hang)"]
        if outcome.returncode < 0:
            problems.append(f"crashed with signal {-outcome.returncode}")
        if SANITIZER_REPORT.search(outcome.stderr):
            problems.append("sanitizer report: " + SANITIZER_REPORT.search(outcome.stderr).group(0))
        if outcome.peak_rss_kib > self.rss_bound_kib:
            problems.append(f"peak RSS {outcome.peak_rss_kib // 1024} MiB over {self.rss_bound_kib // 1024} MiB")
        problems += outcome.violations
        if expectation.error and command != "analyze":
            if outcome.returncode != 1:
                problems.append(f"expected a clear error, got exit code {outcome.returncode}")
            if name not in outcome.stderr:
                problems.append(f"the error does not name the file: {outcome.stderr.strip()[:200]!r}")
            if expectation.fragment not in outcome.stderr:
                problems.append(f"the error lacks “{expectation.fragment}”: {outcome.stderr.strip()[:200]!r}")
        else:
            if outcome.returncode != 0:
                problems.append(f"expected an import, got exit code {outcome.returncode}: "
                                f"{outcome.stderr.strip()[:200]!r}")
            text = outcome.stdout + self.written_text(command, folder)
            if command != "analyze" and expectation.fragment not in text:
                problems.append(f"the imported text lacks “{expectation.fragment}”")
            for marker in MUST_STAY_OUT:
                if marker in text:
                    problems.append(f"“{marker}” reached the output")
            if "\x00" in text:
                problems.append("a NUL character reached the output")
        return problems

    def written_text(self, command, folder):
        """What a run wrote: the exported JSON, or the imported project's source texts."""
        if folder is None:
            return ""
        out = os.path.join(folder, "out")
        if command == "export-json" and os.path.exists(os.path.join(out, "export.json")):
            with open(os.path.join(out, "export.json"), encoding="utf-8", errors="replace") as f:
                return f.read()
        project = os.path.join(out, "imported.claimscope")
        if command == "import-qdpx" and os.path.exists(project):
            db = sqlite3.connect(f"file:{project}?mode=ro", uri=True)
            try:
                texts = [row[0] for row in db.execute("SELECT text FROM sources")]
                # Names, roles and notes are data as written (a code may be called "<script>"); only
                # local files' contents must never appear in them.
                other = [str(row[0]) for row in db.execute(
                    "SELECT name || role FROM speakers UNION ALL SELECT value FROM settings")]
            finally:
                db.close()
            return "\n".join(texts + [o.replace("HIDDEN-", "hidden-") for o in other])
        return ""

    def commands(self, expectation):
        path = os.path.join(self.copy, expectation.name)
        if expectation.name.endswith(".claimscope"):
            return [("export-json", ["export-json", "-o", "OUT/export.json", path])]
        if expectation.name.endswith(".qdpx"):
            return [("import-qdpx", ["import-qdpx", "-o", "OUT/imported.claimscope", path])]
        runs = [("inspect", ["inspect", "--text", path])]
        if not expectation.error:
            runs.append(("analyze", ["analyze", "--format", "text", path]))
        return runs

    def check_file(self, expectation):
        """The rows and failures of one file's runs (kept apart, since files run two at a time)."""
        rows, failures = [], []
        # A sanitized build runs each import twice when strace is there: traced without leak checks,
        # then untraced with them. `analyze` runs once: it repeats the import, and the analysis is
        # leak-checked by the analyzer's own tests.
        leak_pass = self.sanitized and watched_run.strace_available()
        for command, arguments in self.commands(expectation):
            for traced in [True, False] if leak_pass and command != "analyze" else [True]:
                label = f"{expectation.name}-{command}" + ("" if traced else "-untraced")
                folder = self.run_folder(label)
                shutil.rmtree(os.path.join(folder, "out"))
                os.makedirs(os.path.join(folder, "out"))
                arguments_here = [a.replace("OUT/", os.path.join(folder, "out") + "/") for a in arguments]
                folder, outcome = self.watched(label, [self.claimscope] + arguments_here, traced=traced)
                problems = self.judge(expectation, outcome, command, folder)
                summary = self.summary(expectation, outcome, command)
                rows.append((expectation.name, command + ("" if traced else "+leaks"), summary, outcome, problems))
                failures += [f"{expectation.name} ({command}): {problem}" for problem in problems]
        return rows, failures

    @staticmethod
    def summary(expectation, outcome, command):
        if outcome.returncode == 0:
            return "imported" if command != "analyze" else "analysed"
        lines = [line for line in outcome.stderr.splitlines() if line.strip()]
        reason = lines[-1] if lines else f"exit {outcome.returncode}"
        reason = reason.removeprefix("claimscope: ")
        reason = reason.split("”: ", 1)[-1] if "”: " in reason else reason
        return "error: " + reason

    def report(self):
        width = max(len(row[0]) for row in self.rows)
        print(f"\n{'file':<{width}}  {'command':<11} {'s':>6} {'MiB':>6}  {'watch':<8} outcome")
        for name, command, summary, outcome, problems in self.rows:
            watch = ("clean" if not outcome.violations else f"{len(outcome.violations)} bad") if outcome.traced \
                else "untraced"
            mark = "" if not problems else "  <-- " + "; ".join(problems)
            print(f"{name:<{width}}  {command:<11} {outcome.seconds:6.2f} {outcome.peak_rss_kib / 1024:6.0f}  "
                  f"{watch:<8} {summary[:90]}{mark}")
        files = len({row[0] for row in self.rows})
        slowest = max(self.rows, key=lambda row: row[3].seconds)
        largest = max(self.rows, key=lambda row: row[3].peak_rss_kib)
        print(f"\n{files} files, {len(self.rows)} runs; slowest {slowest[3].seconds:.2f} s ({slowest[0]}, "
              f"{slowest[1]}); largest peak RSS {largest[3].peak_rss_kib / 1024:.0f} MiB ({largest[0]}, "
              f"{largest[1]}); bounds {self.timeout} s and {self.rss_bound_kib // 1024} MiB"
              f"{' (sanitized build)' if self.sanitized else ''}")


def main():
    if len(sys.argv) < 5:
        print(__doc__, file=sys.stderr)
        return 2
    claimscope, highlighter, corpus, workdir = sys.argv[1:5]
    only = set(sys.argv[5:])
    checker = Checker(claimscope, highlighter, corpus, workdir)

    manifest = read_manifest(corpus)
    listed = {row.name for row in manifest}
    present = set(corpus_files(corpus))
    if listed != present:
        print(f"README.md and the folder disagree: not listed {sorted(present - listed)}, "
              f"missing {sorted(listed - present)}", file=sys.stderr)
        return 1
    if len(manifest) < 40:
        print(f"the corpus has {len(manifest)} files; the issue asks for at least 40", file=sys.stderr)
        return 1

    checker.prepare()
    if not watched_run.strace_available():
        print("strace is missing: files read and written, sockets and programs are not watched")
    checker.controls()
    before = digest(checker.copy)
    chosen = [expectation for expectation in manifest if not only or expectation.name in only]
    # Two files at a time: most of a run is process start-up and strace, and two cores are common.
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        for rows, failures in pool.map(checker.check_file, chosen):
            checker.rows += rows
            checker.failures += failures
    if digest(checker.copy) != before:
        checker.failures.append("the corpus copy changed: a run wrote beside its input")
    checker.report()
    if checker.failures:
        print("\nFAILED:\n  " + "\n  ".join(checker.failures))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
