#!/usr/bin/env python3
"""The command line killed while it exports and imports.

`export-pdf` and `export-qdpx` of a project write over an earlier file; `import-qdpx` writes a new
project. Each is SIGKILLed at random moments of its run (the moments spread over the time a whole
run takes), several times. After every kill:
- the earlier export is there unchanged, or a whole new one replaced it (a PDF with its end-of-file
  marker and cross-reference; a ZIP whose every member reads back, with all six sources): a
  destination's old content is never destroyed, and never replaced by half a file;
- the new project of import-qdpx is absent, or whole: SQLite's integrity check passes and it holds
  exactly the sources and annotations of an import that was not killed;
- the project exported from is unchanged (byte for byte: the exports only read it);
- the next run works.
Files a kill leaves beside the target (a hidden temporary folder of the PDF export, QSaveFile's
temporary file, a project's lock file) are counted and printed.

CLAIMSCOPE_KILL_SEED replays a run (the seed is printed); CLAIMSCOPE_KILL_RUNS sets the kills per
command."""

import argparse
import json
import os
import random
import sqlite3
import subprocess
import sys
import time

import faultlib


class KillCli:
    def __init__(self, args):
        self.app = args.app
        self.work = faultlib.fresh_folder(args.work)
        self.tally = faultlib.Tally("faults_kill_cli")
        self.seed = int(os.environ.get("CLAIMSCOPE_KILL_SEED", random.randrange(2**32)))
        self.runs = int(os.environ.get("CLAIMSCOPE_KILL_RUNS", "8"))
        self.random = random.Random(self.seed)
        print(f"seed {self.seed} (replay with CLAIMSCOPE_KILL_SEED={self.seed}), {self.runs} kills per command",
              flush=True)
        self.sources = args.sources
        self.project = faultlib.make_project(self.app, args.sources, self.work)
        self.project_hash = faultlib.sha256(self.project)
        self.leftovers = 0
        self.complete_new = 0
        self.kept_old = 0

    def timed(self, arguments):
        start = time.monotonic()
        code, _, err = faultlib.run([self.app] + arguments)
        return code, err, time.monotonic() - start

    def killed_run(self, arguments, seconds):
        """Starts the app, SIGKILLs it after `seconds`; True when it was still running then."""
        process = subprocess.Popen([self.app] + arguments, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            process.wait(timeout=seconds)
            return False  # it finished first
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=faultlib.RUN_TIMEOUT_S)
            return True

    # --- exports over an earlier file -------------------------------------------------------------

    def exports(self):
        for command, suffix, whole in (("export-pdf", "pdf", self.pdf_whole), ("export-qdpx", "qdpx", self.qdpx_whole)):
            folder = faultlib.fresh_folder(os.path.join(self.work, command))
            target = os.path.join(folder, f"corpus.{suffix}")
            # The earlier file: an export of two of the texts only, so it differs from a new one.
            texts = faultlib.sample_texts(self.sources)[:2]
            code, err, _ = self.timed([command, "-o", target] + texts)
            if not self.tally.check(code == 0, f"{command}: the earlier export failed: {err}"):
                continue
            earlier = faultlib.read_bytes(target)
            code, err, seconds = self.timed([command, "-o", os.path.join(self.work, f"whole.{suffix}"), self.project])
            self.tally.check(code == 0, f"{command}: a whole run failed: {err}")
            for run in range(1, self.runs + 1):
                delay = self.random.uniform(0.02, seconds)
                if self.killed_run([command, "-o", target, self.project], delay):
                    self.tally.injected(f"SIGKILL during {command}")
                data = faultlib.read_bytes(target)
                label = f"{command}, run {run}, killed after {delay:.3f} s"
                if data == earlier:
                    self.kept_old += 1
                elif self.tally.check(whole(data), f"{label}: the target is neither the earlier file nor whole"):
                    self.complete_new += 1
                    earlier = data  # a later kill must keep this one
                else:
                    self.tally.lost += 1
                self.check_leftovers(label, folder, {os.path.basename(target)})
                self.tally.check(os.path.basename(target) in faultlib.listing(folder), f"{label}: the target is gone")
                self.tally.check(faultlib.sha256(self.project) == self.project_hash, f"{label}: the project changed")
            code, err, _ = self.timed([command, "-o", target, self.project])
            self.tally.check(code == 0 and whole(faultlib.read_bytes(target)), f"{command} after the kills: {err}")

    def pdf_whole(self, data):
        if not faultlib.pdf_is_whole(data):
            return False
        # The cross-reference the trailer points at is inside the file.
        at = data.rfind(b"startxref")
        try:
            offset = int(data[at + len(b"startxref"):].split()[0])
        except (ValueError, IndexError):
            return False
        return 0 < offset < len(data)

    def qdpx_whole(self, data):
        return faultlib.qdpx_is_whole(data) == 6

    def check_leftovers(self, label, folder, expected):
        """Counts what a kill left beside the files a run is expected to leave."""
        extra = [name for name in faultlib.listing(folder) if name not in expected]
        self.leftovers += len(extra)
        return extra

    # --- import-qdpx into a new project ----------------------------------------------------------

    def imports(self):
        folder = faultlib.fresh_folder(os.path.join(self.work, "import-qdpx"))
        qdpx = os.path.join(self.work, "sample.qdpx")
        reference = os.path.join(folder, "reference.claimscope")
        code, err, seconds = self.timed(["import-qdpx", "-o", reference, qdpx])
        if not self.tally.check(code == 0, f"import-qdpx: a whole run failed: {err}"):
            return
        expected = self.records(reference)
        for run in range(1, self.runs + 1):
            target = os.path.join(folder, f"killed-{run}.claimscope")
            delay = self.random.uniform(0.02, seconds)
            label = f"import-qdpx, run {run}, killed after {delay:.3f} s"
            before = set(faultlib.listing(folder))
            if self.killed_run(["import-qdpx", "-o", target, qdpx], delay):
                self.tally.injected("SIGKILL during import-qdpx")
            if os.path.exists(target):
                integrity = self.integrity(target)
                self.tally.check(integrity == "ok", f"{label}: integrity_check says {integrity}")
                found = self.records(target)
                if self.tally.check(found == expected, f"{label}: the new project is not whole "
                                    f"({len(found.get('sources', []))} sources)"):
                    self.complete_new += 1
                else:
                    self.tally.lost += 1
            # The next run works (into a new name: an existing project is never overwritten).
            code, err, _ = self.timed(["import-qdpx", "-o", os.path.join(folder, f"next-{run}.claimscope"), qdpx])
            self.tally.check(code == 0, f"{label}: the next run failed: {err}")
            self.check_leftovers(label, folder, before | {f"killed-{run}.claimscope", f"next-{run}.claimscope"})

    def integrity(self, path):
        # Opening for writing, as the app does: a journal a kill left is played back first.
        with sqlite3.connect(path) as db:
            return db.execute("PRAGMA integrity_check").fetchone()[0]

    def records(self, project):
        """The project as export-json shows it, without the times of the run."""
        out = os.path.join(self.work, "records.json")
        code, _, err = faultlib.run([self.app, "export-json", "-o", out, project])
        if code != 0:
            return {"error": err}
        with open(out, encoding="utf-8") as file:
            data = json.load(file)
        data.pop("project", None)
        return faultlib.without_times(data)

    def finish(self):
        print(f"after the kills: {self.kept_old} targets kept their earlier content, {self.complete_new} were "
              f"whole new files; {self.leftovers} temporary files or folders were left beside them", flush=True)
        return self.tally.finish()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--app", required=True)
    parser.add_argument("--sources", required=True)
    parser.add_argument("--work", required=True)
    args = parser.parse_args()
    if not os.access(args.app, os.X_OK):
        faultlib.fail_setup(f"{args.app} is not built")
    test = KillCli(args)
    faultlib.controls(test.tally)
    test.exports()
    test.imports()
    sys.exit(test.finish())
