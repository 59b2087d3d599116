#!/usr/bin/env python3
"""The highlighting helper failing in the middle of a batch, through the command line.

`analyze` highlights its files one after another with one helper; `export-pdf`, `export-qdpx` and
`export-json` of files analyse them on every core, one helper per worker. fault_highlighter stands in
for the helper and fails at a chosen highlight request: the third of six for `analyze`, the first or
both tries of one marked document for the exports (the marker picks it whichever worker gets it).

After each fault:
- a fault the app recovers from (it restarts the helper and asks again) leaves the output exactly as
  a run without faults, and stderr says what happened to the helper;
- a fault it cannot recover from (twice on the same request, a hang, an invalid reply) names the
  document and the reason on stderr, exits with 1, and every other document is analysed exactly as
  without faults: the documents after the fault prove that highlighting works again;
- an export that cannot be complete is not written, and an earlier file at its place stays as it was;
- the next run without faults works.

Records lost: the annotations and stances of documents that should have come through and did not,
or came through different."""

import argparse
import json
import os
import shutil
import sys

import faultlib

# The reasons the client gives (app/core/highlight/HighlighterClient.cpp), one per kind of fault.
REASONS = {
    "crash": "the highlighting helper crashed",
    "cut": "the highlighting helper crashed",
    "exit": "the highlighting helper stopped (exit code 3)",
    "garbage": "the highlighting helper wrote something that is not a reply",
    "hang": "the highlighting helper did not answer within",
    "badspans": "the highlighting helper sent an invalid reply",
}
# Faults the client recovers from by asking a new helper once more; the others fail the request.
RETRIED = {"crash", "cut", "exit", "garbage"}


class HelperFaults:
    def __init__(self, args):
        self.app = args.app
        self.helper = args.fault_helper
        self.work = faultlib.fresh_folder(args.work)
        self.tally = faultlib.Tally("faults_helper_cli")
        self.files = self.make_sources(args.sources)
        self.runs = 0

    def make_sources(self, sample):
        """The sample's six texts, each with a marker paragraph that a fault can be aimed at."""
        folder = faultlib.fresh_folder(os.path.join(self.work, "sources"))
        names = sorted(name for name in os.listdir(sample) if name.endswith(".txt"))
        if len(names) < 6:
            faultlib.fail_setup(f"the sample has {len(names)} texts, 6 expected")
        files = []
        for index, name in enumerate(names, start=1):
            with open(os.path.join(sample, name), encoding="utf-8") as original:
                text = original.read()
            path = os.path.join(folder, name)
            with open(path, "w", encoding="utf-8") as copy:
                copy.write(text.rstrip("\n") + f"\n\nFault marker faultmark{index}x.\n")
            files.append(path)
        return files

    def env(self, kind="none", at="", only=""):
        """The test's environment with the faulty helper, and a fresh folder for its count and log."""
        self.runs += 1
        state = faultlib.fresh_folder(os.path.join(self.work, "state", str(self.runs)))
        env = dict(os.environ)
        env.update({"CLAIMSCOPE_HIGHLIGHTER": self.helper, "CLAIMSCOPE_FAULT_KIND": kind,
                    "CLAIMSCOPE_FAULT_AT": at, "CLAIMSCOPE_FAULT_ONLY": only,
                    "CLAIMSCOPE_FAULT_STATE": state})
        return env, state

    def run(self, arguments, kind="none", at="", only=""):
        """Runs the app with a fault; returns (code, stdout, stderr, faults the helper logged)."""
        env, state = self.env(kind, at, only)
        code, out, err = faultlib.run([self.app] + arguments, env=env)
        log = os.path.join(state, "log")
        faults = faultlib.read_bytes(log).decode().split() if os.path.exists(log) else []
        injected = len(faults) // 2
        self.tally.injected(kind, injected)
        return code, out, err, injected

    # --- analyze: one helper, the third request of six fails -----------------------------------

    def analyze(self):
        code, out, err, _ = self.run(["analyze"] + self.files)
        if not self.tally.check(code == 0, f"analyze without faults: exit {code}: {err}"):
            return
        reference = {doc["file"]: doc for doc in json.loads(out)["documents"]}
        # The proxy itself must change nothing: the real helper gives the same output.
        env = dict(os.environ)
        env.pop("CLAIMSCOPE_HIGHLIGHTER", None)
        _, direct, _ = faultlib.run([self.app, "analyze"] + self.files, env=env)
        self.tally.check(direct == out, "analyze: fault_highlighter without faults changed the output")

        third = self.files[2]
        cases = [(kind, "3") for kind in sorted(RETRIED)]           # recovered by a retry
        cases += [(kind, "3,4") for kind in sorted(RETRIED)]        # the retry fails too
        cases += [("badspans", "3"), ("hang", "3")]                 # never retried
        for kind, at in cases:
            code, out, err, injected = self.run(["analyze"] + self.files, kind, at)
            label = f"analyze, {kind} at request {at}"
            self.tally.check(injected == len(at.split(",")), f"{label}: {injected} faults injected")
            recovered = kind in RETRIED and at == "3"
            documents = {doc["file"]: doc for doc in json.loads(out)["documents"]} if out.strip() else {}
            self.tally.check(REASONS[kind] in err, f"{label}: stderr does not say what happened: {err!r}")
            if recovered:
                self.tally.check(code == 0, f"{label}: exit {code}")
                expected = dict(reference)
            else:
                self.tally.check(code == 1, f"{label}: exit {code}, 1 expected")
                told = f"“{third}”: highlighting failed: {REASONS[kind]}"
                self.tally.check(told in err, f"{label}: the failed document is not named: {err!r}")
                self.tally.check(third not in documents, f"{label}: the failed document has output")
                expected = {file: doc for file, doc in reference.items() if file != third}
            self.count_lost(label, expected, documents)
            if kind == "badspans":
                # Control: had the failed document been expected, it would be counted lost.
                control = faultlib.Tally("control", quiet=True)
                self.count_lost("control", reference, documents, control)
                self.tally.check(control.lost > 0, "control: a missing document is not counted lost")

    # --- exports of files: several helpers; the marked third document fails ---------------------

    def exports(self):
        output = faultlib.fresh_folder(os.path.join(self.work, "exports"))
        marker = "faultmark3x"
        third = os.path.basename(self.files[2])

        # The reference JSON, and a good earlier file of each format that a failed export must keep.
        reference_path = os.path.join(self.work, "reference.json")
        code, _, err, _ = self.run(["export-json", "-o", reference_path] + self.files)
        if not self.tally.check(code == 0, f"export-json without faults: exit {code}: {err}"):
            return
        reference = self.normalised(reference_path)
        targets = {}
        for command, suffix in (("export-json", "json"), ("export-pdf", "pdf"), ("export-qdpx", "qdpx")):
            targets[command] = os.path.join(output, f"corpus.{suffix}")
            code, _, err, _ = self.run([command, "-o", targets[command]] + self.files)
            self.tally.check(code == 0, f"{command} without faults: exit {code}: {err}")
        before = faultlib.listing(output)

        # Recovered: the first try of the marked document fails, the second works.
        for command, kind in (("export-json", "crash"), ("export-json", "garbage"), ("export-json", "cut"),
                              ("export-json", "exit"), ("export-pdf", "crash"), ("export-qdpx", "garbage")):
            label = f"{command}, {kind} once on the third document"
            code, _, err, injected = self.run([command, "-o", targets[command]] + self.files,
                                              kind, "1", marker)
            self.tally.check(injected == 1, f"{label}: {injected} faults injected")
            self.tally.check(code == 0, f"{label}: exit {code}: {err}")
            self.tally.check(REASONS[kind] in err, f"{label}: stderr does not say what happened: {err!r}")
            self.check_whole(label, command, targets[command], reference)

        # Not recovered: the export is refused, naming the document; the earlier file stays.
        for command, kind, at in (("export-json", "crash", "1,2"), ("export-pdf", "hang", "1"),
                                  ("export-pdf", "garbage", "1,2"), ("export-qdpx", "badspans", "1"),
                                  ("export-qdpx", "exit", "1,2")):
            label = f"{command}, {kind} at try {at} of the third document"
            earlier = faultlib.read_bytes(targets[command])
            code, _, err, injected = self.run([command, "-o", targets[command]] + self.files,
                                              kind, at, marker)
            self.tally.check(injected == len(at.split(",")), f"{label}: {injected} faults injected")
            self.tally.check(code == 1, f"{label}: exit {code}, 1 expected")
            told = f"{third}”: highlighting failed: {REASONS[kind]}"
            self.tally.check(told in err, f"{label}: the failed document is not named: {err!r}")
            kept = faultlib.read_bytes(targets[command]) == earlier
            self.tally.check(kept, f"{label}: the earlier export was changed")
            if not kept:
                self.tally.lost += 1
            self.tally.check(faultlib.listing(output) == before,
                             f"{label}: files left behind: {faultlib.listing(output)}")

        # The next run, without faults, works.
        for command, path in targets.items():
            code, _, err, _ = self.run([command, "-o", path] + self.files)
            self.tally.check(code == 0, f"{command} after the faults: exit {code}: {err}")
            self.check_whole(f"{command} after the faults", command, path, reference)

    def normalised(self, path):
        with open(path, encoding="utf-8") as file:
            return faultlib.records_by_source(json.load(file))

    def check_whole(self, label, command, path, reference):
        data = faultlib.read_bytes(path)
        if command == "export-json":
            self.count_lost(label, reference, self.normalised(path))
        elif command == "export-pdf":
            self.tally.check(faultlib.pdf_is_whole(data), f"{label}: the PDF is not whole")
        else:
            sources = faultlib.qdpx_is_whole(data)
            self.tally.check(sources == len(self.files), f"{label}: the package holds {sources} sources")

    def count_lost(self, label, expected, actual, tally=None):
        """Every expected document must be there unchanged; what is not counts as lost records."""
        tally = tally or self.tally
        for key, records in expected.items():
            if actual.get(key) == records:
                continue
            size = len(records) if isinstance(records, list) else sum(
                len(records[kind]) for kind in ("quotes", "claims", "figures", "stances"))
            tally.lost += max(size, 1)
            tally.check(False, f"{label}: “{key}” is missing or differs")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--app", required=True)
    parser.add_argument("--fault-helper", required=True)
    parser.add_argument("--sources", required=True)
    parser.add_argument("--work", required=True)
    args = parser.parse_args()
    for program in (args.app, args.fault_helper):
        if not os.access(program, os.X_OK):
            faultlib.fail_setup(f"{program} is not built")
    test = HelperFaults(args)
    faultlib.controls(test.tally)
    test.analyze()
    test.exports()
    shutil.rmtree(os.path.join(test.work, "state"), ignore_errors=True)
    return test.tally.finish()


if __name__ == "__main__":
    sys.exit(main())
