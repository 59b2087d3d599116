"""What the command-line fault tests share: running the app, reading its exports, and keeping the
tally every test prints at its end (faults injected by kind, records lost)."""

import collections
import json
import os
import shutil
import subprocess
import sys
import zipfile

SKIP = 77

# A generous limit for one run of the app: a normal run takes well under a second, three to five
# times that under AddressSanitizer. It is there to turn a hung app into a failure, not to time it.
RUN_TIMEOUT_S = 120

# Fields an export stamps with the time of the run; the rest of a record must not change.
TIME_FIELDS = {"created", "modified", "imported_at"}


class Tally:
    """Faults injected by kind and records lost, printed at the end as the issue's closing note
    needs them."""

    def __init__(self, name, quiet=False):
        self.name = name
        self.quiet = quiet
        self.faults = collections.Counter()
        self.lost = 0
        self.checks = 0
        self.failures = []

    def injected(self, kind, count=1):
        if count:
            self.faults[kind] += count

    def check(self, condition, message):
        self.checks += 1
        if not condition:
            self.failures.append(message)
            if not self.quiet:
                print("FAIL:", message, flush=True)
        return condition

    def finish(self):
        kinds = ", ".join(f"{kind} {count}" for kind, count in sorted(self.faults.items()))
        total = sum(self.faults.values())
        print(f"{self.name}: faults injected: {total} ({kinds or 'none'}); records lost: {self.lost}; "
              f"checks: {self.checks}, failed: {len(self.failures)}", flush=True)
        if self.lost:
            self.failures.append(f"{self.lost} records lost")
        return 1 if self.failures else 0


def fresh_folder(path):
    """An empty folder at `path`, which belongs to the test (inside the build tree)."""
    if os.path.isdir(path):
        shutil.rmtree(path)
    os.makedirs(path)
    return path


def run(command, env=None, timeout=RUN_TIMEOUT_S, preexec_fn=None):
    """Runs the app; returns (exit code, stdout, stderr), stdout and stderr as text."""
    done = subprocess.run(command, env=env, capture_output=True, timeout=timeout, preexec_fn=preexec_fn)
    return (done.returncode, done.stdout.decode("utf-8", "replace"), done.stderr.decode("utf-8", "replace"))


def read_bytes(path):
    with open(path, "rb") as file:
        return file.read()


def without_times(value):
    """A JSON value with the time stamps of the run taken out."""
    if isinstance(value, dict):
        return {key: without_times(item) for key, item in value.items() if key not in TIME_FIELDS}
    if isinstance(value, list):
        return [without_times(item) for item in value]
    return value


def records_by_source(export):
    """An export-json document as {source title: sorted records}, every kind of annotation and the
    stances, with time stamps and ids (which depend on the order sources were added) left out."""
    titles = {source["id"]: source["title"] for source in export["sources"]}
    grouped = {title: [] for title in titles.values()}
    for kind in ("quotes", "claims", "figures", "stances"):
        for record in export[kind]:
            record = without_times(record)
            title = titles.get(record.pop("source_id"))
            grouped.setdefault(title, []).append(json.dumps([kind, record], sort_keys=True))
    return {title: sorted(records) for title, records in grouped.items()}


def pdf_is_whole(data):
    """A PDF file as a writer finishes it: the header, and the end-of-file marker at its end."""
    return data.startswith(b"%PDF-") and b"%%EOF" in data[-1024:]


def qdpx_is_whole(data, path_for_errors=""):
    """A REFI-QDA package that opens: a ZIP whose every member reads back with its CRC, with
    project.qde first. Returns the number of text sources it holds, or None."""
    import io
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if archive.testzip() is not None:
                return None
            names = archive.namelist()
            if not names or names[0] != "project.qde":
                return None
            return archive.read("project.qde").count(b"<TextSource ")
    except (zipfile.BadZipFile, OSError, EOFError):
        return None


def listing(folder):
    """Every name in `folder`, hidden ones too: what a test leaves behind is checked."""
    return sorted(os.listdir(folder))


def fail_setup(message):
    print("SETUP:", message, file=sys.stderr, flush=True)
    sys.exit(1)


def sample_texts(sample):
    """The sample project's texts, in name order."""
    return [os.path.join(sample, name) for name in sorted(os.listdir(sample)) if name.endswith(".txt")]


def make_project(app, sample, folder, env=None):
    """A project file holding the sample's texts, analysed, made with the command line only: the
    texts exported as REFI-QDA, and that imported as a new project. Returns its path."""
    qdpx = os.path.join(folder, "sample.qdpx")
    project = os.path.join(folder, "sample.claimscope")
    for command in (["export-qdpx", "-o", qdpx] + sample_texts(sample), ["import-qdpx", "-o", project, qdpx]):
        code, _, err = run([app] + command, env=env)
        if code != 0:
            fail_setup(f"{' '.join(command[:3])}: exit {code}: {err}")
    return project


def sha256(path):
    import hashlib
    return hashlib.sha256(read_bytes(path)).hexdigest()


def controls(tally):
    """The checks themselves, on inputs that must fail them: a check that cannot fail proves
    nothing. Each control that is not caught fails the test."""
    import io
    pdf = b"%PDF-1.7\n1 0 obj << >> endobj\nxref\n0 1\ntrailer << >>\nstartxref\n9\n%%EOF\n"
    tally.check(pdf_is_whole(pdf), "control: a whole PDF is not recognised")
    tally.check(not pdf_is_whole(pdf[: len(pdf) // 2]), "control: half a PDF passes for whole")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("project.qde", b'<Project><TextSource name="a"/><TextSource name="b"/></Project>')
        archive.writestr("sources/a.txt", b"text " * 1000)
    whole = buffer.getvalue()
    tally.check(qdpx_is_whole(whole) == 2, "control: a whole package is not recognised")
    tally.check(qdpx_is_whole(whole[: len(whole) - 40]) is None, "control: a cut package passes for whole")
    damaged = bytearray(whole)
    damaged[len(damaged) // 2] ^= 0xFF
    tally.check(qdpx_is_whole(bytes(damaged)) is None, "control: a damaged package passes for whole")
    export = {"sources": [{"id": 1, "title": "A"}], "quotes": [{"source_id": 1, "start": 0, "created": "x"}],
              "claims": [], "figures": [], "stances": []}
    changed = json.loads(json.dumps(export))
    changed["quotes"][0]["start"] = 1
    tally.check(records_by_source(export) != records_by_source(changed), "control: a changed record is not seen")
    later = json.loads(json.dumps(export))
    later["quotes"][0]["created"] = "y"
    tally.check(records_by_source(export) == records_by_source(later), "control: a time stamp counts as a change")
