#!/usr/bin/env python3
"""Check gold annotation files (NAME.gold.json) against the documents they annotate.

Usage:
    check_gold.py DOCS_DIR [GOLD_DIR] [--speakers FILE ...]

GOLD_DIR defaults to DOCS_DIR (the seeds layout, where NAME.gold.json sits next to NAME.txt);
when DOCS_DIR holds no gold files but has a gold/ folder (the sample layout), that folder is used.
Speaker ids are checked against the --speakers files; without the option, any speakers.json in
DOCS_DIR and GOLD_DIR is used.

The format is the one described in shared/seeds/README.md: offsets count Unicode code points
from the start of the file, end exclusive, and every "text" equals file[start:end].

Prints "ok  FILE: ..." per valid gold file or one line per problem, then "N passed, N failed",
and exits 1 when any file failed (2 on usage errors). Standard library only.
"""

import argparse
import json
import os
import sys

TOP_KEYS = ("file", "language", "offsets", "speakers", "quotes", "claims", "figures", "stances",
            "non_speech_quoted")
SPEAKER_KEYS = ("id", "quoted", "mention_role", "mentions")
QUOTE_KEYS = ("start", "end", "text", "speaker", "cue", "kind", "quote_marks")
CLAIM_KEYS = ("start", "end", "text", "speaker", "cue", "kind")
FIGURE_KEYS = ("start", "end", "text", "value", "unit", "measure", "subject", "year", "speaker")
STANCE_KEYS = ("speaker", "target", "score", "basis", "reason", "evidence", "evidence_text")
NSQ_KEYS = ("start", "end", "text", "type")
REGISTRY_KEYS = ("id", "name", "aliases_en", "name_ru", "name_tr", "name_tr_basis", "role",
                 "affiliation", "kind", "files")

MENTION_ROLES = {"speaker", "stance_only", "mentioned", "byline_author", "reference_author",
                 "boilerplate"}
BASES = {"expressed", "reported", "inferred"}
NSQ_TYPES = {"title", "term", "scare_quote", "name"}
KINDS = {"politician", "official", "expert", "author", "other"}
TR_BASES = {"press", "transliteration", "unchanged"}
QUOTE_MARKS = set("\"'“”„‟«»‘’‚‛‹›")
MAX_PROBLEMS = 30  # per file; a shifted document would otherwise print every entry


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def is_number(v):
    return (isinstance(v, (int, float)) and not isinstance(v, bool)) and v == v  # not NaN


def short(s, n=70):
    s = repr(s)
    return s if len(s) <= n else s[:n - 4] + "...'"


def load_registry(paths):
    """Return {id: entry} from the speakers files, or exit 2 if a file is unusable."""
    registry = {}
    problems = []
    for path in paths:
        try:
            with open(path, encoding="utf-8") as fh:
                people = json.load(fh)
        except (OSError, ValueError) as exc:
            problems.append(f"{path}: cannot read: {exc}")
            continue
        if not isinstance(people, list):
            problems.append(f"{path}: expected a JSON array of people")
            continue
        for i, person in enumerate(people):
            where = f"{path}: [{i}]"
            if not isinstance(person, dict):
                problems.append(f"{where}: not an object")
                continue
            missing = [k for k in REGISTRY_KEYS if k not in person]
            if missing:
                problems.append(f"{where}: missing keys {', '.join(missing)}")
            pid = person.get("id")
            if not isinstance(pid, str) or not pid:
                problems.append(f"{where}: id must be a non-empty string")
                continue
            if pid in registry:
                problems.append(f"{where}: duplicate id {pid!r}")
            if person.get("kind") not in KINDS:
                problems.append(f"{where} ({pid}): kind {person.get('kind')!r} is not one of {sorted(KINDS)}")
            if person.get("name_tr_basis") not in TR_BASES:
                problems.append(f"{where} ({pid}): name_tr_basis {person.get('name_tr_basis')!r} is not one of "
                                f"{sorted(TR_BASES)}")
            if not isinstance(person.get("aliases_en", []), list) or not isinstance(person.get("files", []), list):
                problems.append(f"{where} ({pid}): aliases_en and files must be arrays")
            registry[pid] = person
    if problems:
        for p in problems:
            print(p)
        print("speakers files are unusable; no gold file checked", file=sys.stderr)
        sys.exit(2)
    return registry


class GoldFile:
    """Checks one gold file; collects problems as strings."""

    def __init__(self, gold_path, docs_dir, registry):
        self.gold_path = gold_path
        self.name = os.path.basename(gold_path)
        self.docs_dir = docs_dir
        self.registry = registry
        self.problems = []
        self.text = ""
        self.gold = {}

    def err(self, where, msg):
        self.problems.append(f"{self.name}: {where}: {msg}" if where else f"{self.name}: {msg}")

    # -- spans -------------------------------------------------------------------------------

    def span_ok(self, where, start, end):
        if not is_int(start) or not is_int(end):
            self.err(where, f"offsets must be integers, got {start!r}, {end!r}")
            return False
        if not 0 <= start < end <= len(self.text):
            self.err(where, f"span [{start}, {end}) is empty or outside the text (length {len(self.text)})")
            return False
        return True

    def pair_ok(self, where, pair):
        if not isinstance(pair, list) or len(pair) != 2:
            self.err(where, f"expected [start, end], got {pair!r}")
            return False
        return self.span_ok(where, pair[0], pair[1])

    def text_ok(self, where, entry):
        """Entry with start/end/text: span valid and text equal to the file's slice."""
        if not self.span_ok(where, entry.get("start"), entry.get("end")):
            return False
        actual = self.text[entry["start"]:entry["end"]]
        if entry.get("text") != actual:
            self.err(where, f"text differs: gold {short(entry.get('text'))} but file has {short(actual)}")
            return False
        return True

    def keys_ok(self, where, entry, keys):
        if not isinstance(entry, dict):
            self.err(where, "not an object")
            return False
        missing = [k for k in keys if k not in entry]
        if missing:
            self.err(where, f"missing keys {', '.join(missing)}")
            return False
        return True

    def inside_marks(self, where, entry, closing=True):
        """Quoted text lies strictly inside quotation marks."""
        start, end = entry["start"], entry["end"]
        before = self.text[start - 1] if start > 0 else ""
        if before not in QUOTE_MARKS:
            self.err(where, f"not preceded by a quotation mark (found {before!r})")
        if closing:
            after = self.text[end] if end < len(self.text) else ""
            if after not in QUOTE_MARKS:
                self.err(where, f"not followed by a quotation mark (found {after!r})")

    # -- sections ----------------------------------------------------------------------------

    def speaker_ref(self, where, sid, declared, allow_null=True):
        if sid is None:
            if not allow_null:
                self.err(where, "speaker must not be null")
            return
        if not isinstance(sid, str):
            self.err(where, f"speaker must be an id string or null, got {sid!r}")
            return
        if sid not in declared:
            self.err(where, f"speaker {sid!r} is not declared in speakers[]")

    def cue_ok(self, where, entry):
        cue = entry.get("cue")
        span = entry.get("cue_span")
        if cue is None:
            if span is not None:
                self.err(where, "cue_span given for a null cue")
            return
        if not isinstance(cue, str) or not cue:
            self.err(where, f"cue must be a non-empty string or null, got {cue!r}")
            return
        if span is None:
            self.err(where, "cue given without cue_span")
            return
        if self.pair_ok(where + ".cue_span", span):
            actual = self.text[span[0]:span[1]]
            if actual != cue:
                self.err(where, f"cue differs: gold {short(cue)} but file has {short(actual)}")

    def source_ok(self, where, entry):
        if entry.get("speaker") is None:
            src = entry.get("source")
            if not isinstance(src, str) or not src.strip():
                self.err(where, "speaker is null but no source is given")

    def flags_ok(self, where, entry, names):
        for name in names:
            if name in entry and not isinstance(entry[name], bool):
                self.err(where, f"{name} must be true or false, got {entry[name]!r}")

    def check_speakers(self):
        declared = {}
        for i, sp in enumerate(self.gold["speakers"]):
            where = f"speakers[{i}]"
            if not self.keys_ok(where, sp, SPEAKER_KEYS):
                continue
            sid = sp["id"]
            where = f"speakers[{i}] ({sid})"
            if not isinstance(sid, str) or not sid:
                self.err(where, "id must be a non-empty string")
                continue
            if sid in declared:
                self.err(where, "declared twice")
            declared[sid] = sp
            if self.registry is not None and sid not in self.registry:
                self.err(where, "id is in none of the speakers files")
            self.flags_ok(where, sp, ("quoted",))
            if sp["mention_role"] not in MENTION_ROLES:
                self.err(where, f"mention_role {sp['mention_role']!r} is not one of {sorted(MENTION_ROLES)}")
            if not isinstance(sp["mentions"], list):
                self.err(where, "mentions must be an array")
                continue
            for j, m in enumerate(sp["mentions"]):
                mw = f"{where}.mentions[{j}]"
                if self.pair_ok(mw, m):
                    first = self.text[m[0]]
                    if not (first.isalpha() and first.isupper()):
                        self.err(mw, f"mention {short(self.text[m[0]:m[1]])} does not start with an uppercase letter")
        return declared

    def check_quotes(self, declared):
        spans = []
        for i, q in enumerate(self.gold["quotes"]):
            where = f"quotes[{i}]"
            if not self.keys_ok(where, q, QUOTE_KEYS):
                continue
            if q["kind"] != "direct":
                self.err(where, f"kind must be 'direct', got {q['kind']!r}")
            self.flags_ok(where, q, ("quote_marks", "closing_mark", "borderline"))
            self.speaker_ref(where, q["speaker"], declared)
            self.source_ok(where, q)
            self.cue_ok(where, q)
            if self.text_ok(where, q) and q["quote_marks"] is True:
                self.inside_marks(where, q, closing=q.get("closing_mark", True) is not False)
            if is_int(q["start"]) and is_int(q["end"]) and q["start"] < q["end"]:
                spans.append((q["start"], q["end"], i))
        spans.sort()
        reach = None  # (end, index) of the quote reaching furthest so far
        for start, end, i in spans:
            if reach and start < reach[0]:
                self.err(f"quotes[{i}]", f"overlaps quotes[{reach[1]}] (starts at {start}, "
                                         f"before that quote ends at {reach[0]})")
            if not reach or end > reach[0]:
                reach = (end, i)

    def check_claims(self, declared):
        for i, c in enumerate(self.gold["claims"]):
            where = f"claims[{i}]"
            if not self.keys_ok(where, c, CLAIM_KEYS):
                continue
            if c["kind"] != "indirect":
                self.err(where, f"kind must be 'indirect', got {c['kind']!r}")
            self.flags_ok(where, c, ("borderline",))
            self.speaker_ref(where, c["speaker"], declared)
            self.source_ok(where, c)
            self.cue_ok(where, c)
            self.text_ok(where, c)

    def check_figures(self, declared):
        for i, f in enumerate(self.gold["figures"]):
            where = f"figures[{i}]"
            if not self.keys_ok(where, f, FIGURE_KEYS):
                continue
            self.text_ok(where, f)
            if not is_number(f["value"]):
                self.err(where, f"value must be a number, got {f['value']!r}")
            if f["year"] is not None and not is_int(f["year"]):
                self.err(where, f"year must be an integer or null, got {f['year']!r}")
            for key in ("unit", "measure", "subject"):
                if not isinstance(f[key], str) or not f[key]:
                    self.err(where, f"{key} must be a non-empty string")
            self.speaker_ref(where, f["speaker"], declared)

    def check_stances(self, declared):
        seen = set()
        for i, st in enumerate(self.gold["stances"]):
            where = f"stances[{i}]"
            if not self.keys_ok(where, st, STANCE_KEYS):
                continue
            self.speaker_ref(where, st["speaker"], declared, allow_null=False)
            if st["speaker"] in seen:
                self.err(where, f"second stance for {st['speaker']!r}")
            seen.add(st["speaker"])
            score = st["score"]
            if not is_int(score) or not -2 <= score <= 2:
                self.err(where, f"score must be an integer from -2 to 2, got {score!r}")
            if st["basis"] not in BASES:
                self.err(where, f"basis {st['basis']!r} is not one of {sorted(BASES)}")
            if not isinstance(st["target"], str) or not st["target"]:
                self.err(where, "target must be a non-empty string")
            ev, ev_text = st["evidence"], st["evidence_text"]
            if not isinstance(ev, list) or not isinstance(ev_text, list):
                self.err(where, "evidence and evidence_text must be arrays")
                continue
            if not ev:
                self.err(where, "a stance needs evidence")
            if len(ev) != len(ev_text):
                self.err(where, f"{len(ev)} evidence spans but {len(ev_text)} evidence_text entries")
            for j, (pair, txt) in enumerate(zip(ev, ev_text)):
                ew = f"{where}.evidence[{j}]"
                if self.pair_ok(ew, pair):
                    actual = self.text[pair[0]:pair[1]]
                    if txt != actual:
                        self.err(ew, f"evidence_text differs: gold {short(txt)} but file has {short(actual)}")

    def check_non_speech(self):
        for i, n in enumerate(self.gold["non_speech_quoted"]):
            where = f"non_speech_quoted[{i}]"
            if not self.keys_ok(where, n, NSQ_KEYS):
                continue
            if n["type"] not in NSQ_TYPES:
                self.err(where, f"type {n['type']!r} is not one of {sorted(NSQ_TYPES)}")
            if self.text_ok(where, n):
                self.inside_marks(where, n)

    def check_quoted_flags(self, declared):
        speaking = {e.get("speaker") for sec in ("quotes", "claims") for e in self.gold[sec]
                    if isinstance(e, dict)}
        for sid, sp in declared.items():
            if isinstance(sp.get("quoted"), bool) and sp["quoted"] != (sid in speaking):
                self.err(f"speakers ({sid})",
                         f"quoted is {str(sp['quoted']).lower()} but the person "
                         f"{'speaks' if sid in speaking else 'has no quote or claim'} in this file")

    # -- driver ------------------------------------------------------------------------------

    def run(self):
        try:
            with open(self.gold_path, encoding="utf-8") as fh:
                self.gold = json.load(fh)
        except (OSError, ValueError) as exc:
            self.err("", f"cannot read gold file: {exc}")
            return False
        if not isinstance(self.gold, dict):
            self.err("", "gold file is not a JSON object")
            return False
        missing = [k for k in TOP_KEYS if k not in self.gold]
        if missing:
            self.err("", f"missing top-level keys {', '.join(missing)}")
            return False
        for key in TOP_KEYS[3:]:
            if not isinstance(self.gold[key], list):
                self.err(key, "must be an array")
                return False
        doc = self.gold["file"]
        if not isinstance(doc, str) or os.path.basename(doc) != doc:
            self.err("file", f"must be a plain file name, got {doc!r}")
            return False
        expected = os.path.splitext(doc)[0] + ".gold.json"
        if expected != self.name:
            self.err("file", f"names {doc!r}, so the gold file should be called {expected!r}")
        if not isinstance(self.gold["language"], str) or not self.gold["language"]:
            self.err("language", "must be a non-empty string")
        doc_path = os.path.join(self.docs_dir, doc)
        try:
            # newline="" keeps CR LF as two code points, as the offsets count them
            with open(doc_path, encoding="utf-8", newline="") as fh:
                self.text = fh.read()
        except (OSError, UnicodeDecodeError) as exc:
            self.err("file", f"document {doc_path} cannot be read: {exc}")
            return False
        declared = self.check_speakers()
        self.check_quotes(declared)
        self.check_claims(declared)
        self.check_figures(declared)
        self.check_stances(declared)
        self.check_non_speech()
        self.check_quoted_flags(declared)
        if self.problems and "\r" in self.text:
            # most likely cause of offsets that are all shifted: a checkout converted LF to CR LF
            self.problems.insert(0, f"{self.name}: hint: {doc} contains CR characters; offsets count them")
        return not self.problems

    def summary(self):
        g = self.gold
        return (f"{len(g['quotes'])} quotes, {len(g['claims'])} claims, "
                f"{len(g['figures'])} figures, {len(g['stances'])} stances")


def gold_files(folder):
    return sorted(os.path.join(folder, n) for n in os.listdir(folder) if n.endswith(".gold.json"))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 usage="%(prog)s DOCS_DIR [GOLD_DIR] [--speakers FILE ...]")
    ap.add_argument("docs_dir", metavar="DOCS_DIR")
    ap.add_argument("gold_dir", metavar="GOLD_DIR", nargs="?")
    ap.add_argument("--speakers", metavar="FILE", nargs="+", action="extend", default=[])
    args = ap.parse_args(argv)

    if not os.path.isdir(args.docs_dir):
        ap.error(f"{args.docs_dir} is not a folder")
    gold_dir = args.gold_dir
    if gold_dir is None:
        gold_dir = args.docs_dir
        nested = os.path.join(args.docs_dir, "gold")
        if not gold_files(gold_dir) and os.path.isdir(nested):
            gold_dir = nested
    if not os.path.isdir(gold_dir):
        ap.error(f"{gold_dir} is not a folder")

    speaker_files = args.speakers
    if not speaker_files:
        for folder in dict.fromkeys((args.docs_dir, gold_dir)):
            candidate = os.path.join(folder, "speakers.json")
            if os.path.isfile(candidate):
                speaker_files.append(candidate)
    registry = None
    if speaker_files:
        registry = load_registry(speaker_files)
    else:
        print("note: no speakers file given or found; speaker ids are not checked against one")

    golds = gold_files(gold_dir)
    passed = failed = 0
    annotated = set()
    for path in golds:
        checker = GoldFile(path, args.docs_dir, registry)
        if checker.run():
            passed += 1
            print(f"ok  {checker.name}: {checker.summary()}")
        else:
            failed += 1
            for p in checker.problems[:MAX_PROBLEMS]:
                print(p)
            if len(checker.problems) > MAX_PROBLEMS:
                print(f"{checker.name}: ... and {len(checker.problems) - MAX_PROBLEMS} more problems")
        if isinstance(checker.gold, dict) and isinstance(checker.gold.get("file"), str):
            annotated.add(checker.gold["file"])
    for name in sorted(os.listdir(args.docs_dir)):
        if name.endswith(".txt") and name not in annotated:
            failed += 1
            print(f"{name}: document has no gold file in {gold_dir}")
    if not golds:
        print(f"no *.gold.json files in {gold_dir}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed or not golds else 0


if __name__ == "__main__":
    sys.exit(main())
