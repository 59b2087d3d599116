#!/usr/bin/env python3
"""The CSV and JSON table exports hold what the project file holds (docs/EXPORTS.md).

Usage: check_table_exports.py CLAIMSCOPE PROJECT.claimscope WORKDIR

Runs `claimscope export-csv` and `claimscope export-json` on a copy of the project in WORKDIR and
checks each export on its own against the project's SQLite tables, read here directly: never one
export against the other, never through Claimscope's own reading of the file. The project stores
offsets in UTF-16 code units (QString); the exports give Unicode code points, end exclusive, so
that `source_text[start:end]` in Python is the exported text. The conversion is done here
independently of the C++ one, and tested on astral characters (emoji) before anything else.

Rows are matched by position: sources in id order, each with its quotes, claims and figures in
text order (start, end, then id) and then its stances. Stances are compared whatever their order
within a source, since the order among them is not part of the format.

Finally the checker proves it can fail: a copy of the CSV with one text cell changed, and a copy
of the JSON with one offset moved, must both be reported.

Exits 0 when everything matches, 1 with the differences otherwise.
"""
import argparse
import csv
import datetime
import json
import math
import os
import re
import shutil
import sqlite3
import subprocess
import sys

CSV_COLUMNS = [
    "source_id", "source_title", "outlet", "author", "date", "url", "language", "kind",
    "speaker_id", "speaker_name", "start", "end", "text", "cue", "quote_marks", "claim_source",
    "value", "unit", "measure", "subject", "year", "qualifier", "target", "score", "evidence",
    "confidence", "origin", "note", "created", "modified",
]
INTEGER_COLUMNS = {"source_id", "start", "end", "year", "score"}
NUMBER_COLUMNS = {"value", "confidence"}

# The kinds that are exported, with their JSON array; speaker mentions stay in the project.
KIND_ARRAYS = {"quote": "quotes", "claim": "claims", "figure": "figures"}
TOP_LEVEL_KEYS = {"format", "version", "offsets", "project", "speakers", "sources", "quotes",
                  "claims", "figures", "stances"}

# How the CSV joins the passages of a stance's evidence in its text cell.
EVIDENCE_SEPARATOR = " \u2026 "
MAX_REPORTED = 25


class Mismatch(Exception):
    """The exports disagree with the project (or the checker with itself)."""


# --- UTF-16 code units to code points ---------------------------------------------------------

def code_point_map(text):
    """For every UTF-16 offset 0..len16 of `text`, its code-point offset; None inside a pair.

    A plain list rather than anything clever: one entry per code unit, so that the mapping is
    obviously right, including for the second half of a surrogate pair, which no offset may name.
    """
    mapping = []
    for index, char in enumerate(text):
        mapping.append(index)
        if ord(char) > 0xFFFF:  # written as a surrogate pair in UTF-16
            mapping.append(None)
    mapping.append(len(text))
    return mapping


def self_test_code_points():
    """The conversion, on a text with characters outside the Basic Multilingual Plane."""
    text = "a\U0001F600b\U0001D518c\u00e9"  # a, grinning face, b, fraktur U, c, é
    mapping = code_point_map(text)
    expected = [0, 1, None, 2, 3, None, 4, 5, 6]
    if mapping != expected:
        raise Mismatch(f"self-test: code_point_map gave {mapping}, expected {expected}")
    # Every range of whole characters: the UTF-16 slice decoded equals the code-point slice.
    units = text.encode("utf-16-le")
    for start16, start in enumerate(mapping):
        for end16 in range(start16, len(mapping)):
            end = mapping[end16]
            if start is None or end is None:
                continue
            by_units = units[2 * start16:2 * end16].decode("utf-16-le")
            if by_units != text[start:end]:
                raise Mismatch(f"self-test: UTF-16 {start16}-{end16} is {by_units!r}, "
                               f"code points {start}-{end} are {text[start:end]!r}")


# --- What the project file holds --------------------------------------------------------------

def export_date(text):
    """A source's date as exported: ISO yyyy-mm-dd when the file holds a valid one, else None."""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text or ""):
        return None
    try:
        return datetime.date.fromisoformat(text).isoformat()
    except ValueError:
        return None


def export_time(text):
    """A stored time ("2024-10-03T09:15:00.837Z") as exported: UTC, to the millisecond, or None."""
    if not text:
        return None
    try:
        # fromisoformat takes "Z" only from Python 3.11 on.
        moment = datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.timezone.utc)
    moment = moment.astimezone(datetime.timezone.utc)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (moment.microsecond // 1000)


def or_none(text):
    return text if text else None


class Project:
    """The project's tables, read with sqlite3, and the exported records they should give."""

    def __init__(self, path):
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        db.row_factory = sqlite3.Row
        try:
            self.settings = {r["key"]: r["value"] for r in db.execute("SELECT key, value FROM settings")}
            self.sources = list(db.execute("SELECT * FROM sources ORDER BY id"))
            self.speakers = list(db.execute("SELECT * FROM speakers ORDER BY number"))
            self.annotations = list(db.execute("SELECT * FROM annotations ORDER BY id"))
            self.stances = list(db.execute("SELECT * FROM stances ORDER BY id"))
            self.evidence = {}
            for r in db.execute("SELECT * FROM stance_evidence ORDER BY stance, position"):
                self.evidence.setdefault(r["stance"], []).append((r["range_start"], r["range_end"]))
        finally:
            db.close()
        self.names = {s["id"]: s["name"] for s in self.speakers}
        self.maps = {s["id"]: code_point_map(s["text"]) for s in self.sources}
        self.texts = {s["id"]: s["text"] for s in self.sources}

    def counts(self):
        """How many records of each exported kind the project holds."""
        counts = {kind: 0 for kind in ("quote", "claim", "figure", "stance")}
        for a in self.annotations:
            if a["kind"] in KIND_ARRAYS:
                counts[a["kind"]] += 1
        counts["stance"] = len(self.stances)
        return counts

    def passage(self, source_id, start16, end16, what):
        """(start, end, text) in code points for a stored UTF-16 range."""
        mapping = self.maps[source_id]
        if not 0 <= start16 <= end16 < len(mapping):
            raise Mismatch(f"{what}: stored range {start16}-{end16} lies outside its source's text")
        start, end = mapping[start16], mapping[end16]
        if start is None or end is None:
            raise Mismatch(f"{what}: stored range {start16}-{end16} splits a surrogate pair")
        return start, end, self.texts[source_id][start:end]

    def speaker(self, speaker_id):
        # An id the speakers table lacks is named by itself, as the exporter does.
        if not speaker_id:
            return None, None
        return speaker_id, or_none(self.names.get(speaker_id, speaker_id))

    def records(self):
        """Every exported record, in export order, with its source's id and kind.

        Values are the typed values of the JSON: None for empty text, evidence as a list of
        {start, end, text}. The CSV adds each source's metadata (source_metadata).
        """
        rows = []
        by_source = {}
        for a in self.annotations:
            if a["kind"] in KIND_ARRAYS:
                by_source.setdefault(a["source"], []).append(a)
        stances_by_source = {}
        for s in self.stances:
            stances_by_source.setdefault(s["source"], []).append(s)
        for source in self.sources:
            sid = source["id"]
            annotations = sorted(by_source.get(sid, []),
                                 key=lambda a: (a["range_start"], a["range_end"], a["id"]))
            for a in annotations:
                rows.append(self.annotation_record(a))
            for s in stances_by_source.get(sid, []):
                rows.append(self.stance_record(s))
        return rows

    def annotation_record(self, a):
        what = f"annotation {a['id']}"
        start, end, text = self.passage(a["source"], a["range_start"], a["range_end"], what)
        speaker_id, speaker_name = self.speaker(a["speaker"])
        record = {"source_id": a["source"], "kind": a["kind"], "speaker_id": speaker_id,
                  "speaker_name": speaker_name, "start": start, "end": end, "text": text,
                  "confidence": a["confidence"], "origin": a["origin"], "note": or_none(a["note"]),
                  "created": export_time(a["created"]), "modified": export_time(a["modified"])}
        if a["kind"] in ("quote", "claim"):
            record["cue"] = or_none(a["cue"])
        if a["kind"] == "quote":
            record["quote_marks"] = bool(a["quote_marks"])
        if a["kind"] == "claim":
            record["claim_source"] = or_none(a["claim_source"])
        if a["kind"] == "figure":
            record.update(value=a["figure_value"], unit=or_none(a["figure_unit"]),
                          measure=or_none(a["figure_measure"]), subject=or_none(a["figure_subject"]),
                          year=a["figure_year"], qualifier=or_none(a["figure_qualifier"]))
        return record

    def stance_record(self, s):
        evidence = []
        for start16, end16 in self.evidence.get(s["id"], []):
            start, end, text = self.passage(s["source"], start16, end16, f"stance {s['id']}")
            evidence.append({"start": start, "end": end, "text": text})
        speaker_id, speaker_name = self.speaker(s["speaker"])
        return {"source_id": s["source"], "kind": "stance", "speaker_id": speaker_id,
                "speaker_name": speaker_name, "target": or_none(s["target"]), "score": s["score"],
                "evidence": evidence, "confidence": s["confidence"], "origin": s["origin"],
                "note": or_none(s["note"]), "created": export_time(s["created"]),
                "modified": export_time(s["modified"])}

    def source_metadata(self, source):
        return {"source_title": or_none(source["title"]), "outlet": or_none(source["outlet"]),
                "author": or_none(source["author"]), "date": export_date(source["date"]),
                "url": or_none(source["url"]), "language": or_none(source["language"])}


# --- Comparing --------------------------------------------------------------------------------

def same(actual, expected):
    """Equal values of the same JSON type: True is not 1, 1.0 is 1 only for numbers."""
    if isinstance(expected, bool) or isinstance(actual, bool):
        return isinstance(actual, bool) and isinstance(expected, bool) and actual == expected
    if isinstance(expected, (int, float)):
        return isinstance(actual, (int, float)) and actual == expected
    return type(actual) is type(expected) and actual == expected


def stance_key(record):
    """Orders a source's stances the same way on both sides, whatever order they were written in."""
    evidence = record.get("evidence")
    if not isinstance(evidence, list):
        evidence = [evidence]
    ranges = [f"{e.get('start')}-{e.get('end')}" if isinstance(e, dict)
              else f"{e[0]}-{e[1]}" if isinstance(e, tuple) else str(e) for e in evidence]
    return (str(record.get("speaker_id")), str(record.get("target")), str(record.get("score")), ranges)


def canonical_order(records):
    """Sorts each source's consecutive stances by stance_key; everything else keeps its place."""
    result, run = [], []
    for record in records + [None]:
        if record is not None and record.get("kind") == "stance" and \
                (not run or run[0].get("source_id") == record.get("source_id")):
            run.append(record)
            continue
        result.extend(sorted(run, key=stance_key))
        run = []
        if record is not None and record.get("kind") == "stance":
            run.append(record)
        elif record is not None:
            result.append(record)
    return result


def compare_records(label, actual, expected, problems):
    """Appends to `problems` every difference between two lists of records (dicts)."""
    if not isinstance(actual, list) or not all(isinstance(r, dict) for r in actual):
        problems.append(f"{label}: not a list of records")
        return
    if len(actual) != len(expected):
        problems.append(f"{label}: {len(actual)} records, the project has {len(expected)}")
    actual, expected = canonical_order(actual), canonical_order(expected)
    for number, (got, want) in enumerate(zip(actual, expected), start=1):
        where = f"{label} record {number}"
        if "kind" in want:
            where += f" (source {want.get('source_id')}, {want['kind']})"
        if set(got) != set(want):
            problems.append(f"{where}: keys {sorted(set(got) ^ set(want))} differ")
        for key in sorted(set(got) & set(want)):
            # JSON evidence is a list of passages, compared one by one for a readable message.
            if key == "evidence" and isinstance(got[key], list) and len(got[key]) == len(want[key]) \
                    and all(isinstance(w, dict) for w in want[key]):
                for position, (g, w) in enumerate(zip(got[key], want[key])):
                    if not isinstance(g, dict) or set(g) != set(w) or \
                            not all(same(g[k], w[k]) for k in w):
                        problems.append(f"{where}: evidence {position} is {g!r}, expected {w!r}")
            elif not same(got[key], want[key]):
                problems.append(f"{where}: {key} is {got[key]!r}, expected {want[key]!r}")


def check_slices(label, records, texts, problems):
    """The exported text is the source's text sliced at the exported code points, in Python."""
    for number, record in enumerate(records, start=1):
        text = texts.get(record.get("source_id"))
        if text is None:
            problems.append(f"{label} record {number}: no source {record.get('source_id')!r}")
            continue
        if record.get("kind") == "stance":
            # The CSV's evidence cell holds ranges only; its passages are checked by comparison.
            passages = [e for e in record.get("evidence") or [] if isinstance(e, dict)]
        else:
            passages = [record]
        for passage in passages:
            start, end = passage.get("start"), passage.get("end")
            if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text)):
                problems.append(f"{label} record {number}: range {start!r}-{end!r} is not in the text")
            elif text[start:end] != passage.get("text"):
                problems.append(f"{label} record {number}: text is {passage.get('text')!r}, but "
                                f"source_text[{start}:{end}] is {text[start:end]!r}")


# --- The CSV ----------------------------------------------------------------------------------

def check_line_ends(data, problems):
    """Every record ends with CR LF; line breaks inside quoted cells are the text's own."""
    quoted = False
    for i, char in enumerate(data):
        if char == '"':
            quoted = not quoted  # a doubled quote toggles twice
        elif not quoted and char == "\n" and (i == 0 or data[i - 1] != "\r"):
            problems.append(f"CSV: a record ends with a bare LF at character {i}")
            return
        elif not quoted and char == "\r" and data[i + 1:i + 2] != "\n":
            problems.append(f"CSV: a bare CR at character {i}")
            return
    if not data.endswith("\r\n"):
        problems.append("CSV: the last record does not end with CR LF")


def csv_cell(column, cell, where, problems):
    """A CSV cell as the typed value the JSON would give; empty cells are None."""
    if cell == "":
        return [] if column == "evidence" else None
    if column in INTEGER_COLUMNS:
        if not re.fullmatch(r"-?\d+", cell):
            problems.append(f"{where}: {column} {cell!r} is not a plain integer")
            return cell
        return int(cell)
    if column in NUMBER_COLUMNS:
        try:
            number = float(cell)
        except ValueError:
            number = math.nan
        if not math.isfinite(number):
            problems.append(f"{where}: {column} {cell!r} is not a number")
            return cell
        return number
    if column == "quote_marks":
        if cell not in ("true", "false"):
            problems.append(f"{where}: quote_marks {cell!r} is neither true nor false")
            return cell
        return cell == "true"
    if column == "evidence":
        ranges = []
        for part in cell.split(";"):
            match = re.fullmatch(r"(\d+)-(\d+)", part)
            if not match:
                problems.append(f"{where}: evidence part {part!r} is not START-END")
                return cell
            ranges.append((int(match[1]), int(match[2])))
        return ranges
    return cell


def csv_expected(record, metadata):
    """The CSV row a project record gives, as typed values: the stance's passages flattened."""
    row = {column: None for column in CSV_COLUMNS}
    row.update(metadata)
    for key, value in record.items():
        row[key] = value
    # A CSV cell cannot tell an empty text from none.
    for key, value in row.items():
        if value == "":
            row[key] = None
    if record["kind"] == "stance":
        row["evidence"] = [(e["start"], e["end"]) for e in record["evidence"]]
        row["text"] = EVIDENCE_SEPARATOR.join(e["text"] for e in record["evidence"]) or None
    else:
        row["evidence"] = []
    return row


def check_csv(path, project, problems):
    """Checks the CSV file at `path` against the project; returns rows checked per kind."""
    with open(path, "rb") as f:
        raw = f.read()
    if raw.startswith(b"\xef\xbb\xbf"):
        problems.append("CSV: starts with a byte-order mark")
    try:
        check_line_ends(raw.decode("utf-8"), problems)
    except UnicodeDecodeError as error:
        problems.append(f"CSV: not UTF-8: {error}")
        return {}
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f, strict=True))
    if not rows or rows[0] != CSV_COLUMNS:
        problems.append(f"CSV: header is {rows[0] if rows else None}, expected {CSV_COLUMNS}")
        return {}

    actual = []
    for number, cells in enumerate(rows[1:], start=2):
        where = f"CSV line {number}"
        if len(cells) != len(CSV_COLUMNS):
            problems.append(f"{where}: {len(cells)} cells, expected {len(CSV_COLUMNS)}")
            continue
        actual.append({column: csv_cell(column, cell, where, problems)
                       for column, cell in zip(CSV_COLUMNS, cells)})

    metadata = {s["id"]: project.source_metadata(s) for s in project.sources}
    expected = [csv_expected(r, metadata[r["source_id"]]) for r in project.records()]
    compare_records("CSV", actual, expected, problems)

    # The text cells, sliced again from the exported offsets (an empty cell is an empty text).
    check_slices("CSV", [dict(r, text=r["text"] or "") for r in actual], project.texts, problems)
    return count_kinds(actual)


def count_kinds(records):
    counts = {}
    for record in records:
        counts[record.get("kind")] = counts.get(record.get("kind"), 0) + 1
    return counts


# --- The JSON ---------------------------------------------------------------------------------

def check_json(path, project, problems):
    """Checks the JSON file at `path` against the project; returns records checked per kind."""
    with open(path, "rb") as f:
        raw = f.read()
    if raw.startswith(b"\xef\xbb\xbf"):
        problems.append("JSON: starts with a byte-order mark")
    try:
        document = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as error:
        problems.append(f"JSON: does not parse: {error}")
        return {}
    if not isinstance(document, dict) or set(document) != TOP_LEVEL_KEYS:
        keys = sorted(document) if isinstance(document, dict) else type(document).__name__
        problems.append(f"JSON: top-level keys are {keys}, expected {sorted(TOP_LEVEL_KEYS)}")
        return {}
    for key, value in (("format", "claimscope-annotations"), ("version", 1),
                       ("offsets", "unicode-code-points")):
        if not same(document[key], value):
            problems.append(f"JSON: {key} is {document[key]!r}, expected {value!r}")

    settings = project.settings
    compare_records("JSON project", [document["project"]],
                    [{"name": settings.get("name", ""), "question": or_none(settings.get("question")),
                      "notes": or_none(settings.get("notes"))}], problems)
    compare_records("JSON speakers", document["speakers"],
                    [{"id": s["id"], "name": s["name"], "role": or_none(s["role"]),
                      "kind": or_none(s["kind"]), "colour": or_none(s["colour"]),
                      "suggested": bool(s["suggested"])} for s in project.speakers], problems)
    sources = []
    for s in project.sources:
        metadata = project.source_metadata(s)
        sources.append({"id": s["id"], "title": metadata.pop("source_title"), **metadata,
                        "format": or_none(s["format"]), "characters": len(s["text"])})
    compare_records("JSON sources", document["sources"], sources, problems)

    expected = project.records()
    counts = {}
    for kind, array in list(KIND_ARRAYS.items()) + [("stance", "stances")]:
        records = document[array]
        if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
            problems.append(f"JSON: {array} is not an array of objects")
            continue
        # The records carry no kind; the array names it. Add it back for the messages and the order.
        records = [dict(r, kind=kind) for r in records]
        compare_records(f"JSON {array}", records, [r for r in expected if r["kind"] == kind], problems)
        check_slices(f"JSON {array}", records, project.texts, problems)
        counts[kind] = len(records)
    return counts


# --- Running ----------------------------------------------------------------------------------

def run_export(executable, command, project, output, env):
    done = subprocess.run([executable, command, "-o", output, project], capture_output=True,
                          env=env, timeout=300)
    if done.returncode != 0:
        raise Mismatch(f"{command} exited {done.returncode}: {done.stderr.decode(errors='replace')}")


def environment(workdir, language):
    """A clean environment: no user settings, UTC, and the interface language `language`."""
    home = os.path.join(workdir, "home")
    os.makedirs(home, exist_ok=True)
    locale = {"en": "C.UTF-8", "ru": "ru_RU.UTF-8"}[language]
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG=locale, LC_ALL=locale,
                LANGUAGE=language, TZ="UTC", HOME=home, XDG_CONFIG_HOME=os.path.join(home, ".config"),
                XDG_DATA_HOME=os.path.join(home, ".local", "share"),
                XDG_CACHE_HOME=os.path.join(home, ".cache"))


def negative_checks(csv_path, json_path, project, workdir):
    """Corrupted copies of the exports must be reported: the comparison can fail."""
    with open(csv_path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    text_column = CSV_COLUMNS.index("text")
    target = next((r for r in rows[1:] if r[CSV_COLUMNS.index("kind")] in KIND_ARRAYS), None)
    if target is None:
        raise Mismatch("the project has no quote, claim or figure: nothing to corrupt")
    target[text_column] += "X"
    corrupted = os.path.join(workdir, "corrupted.csv")
    with open(corrupted, "w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\r\n").writerows(rows)
    problems = []
    check_csv(corrupted, project, problems)
    if not any(": text is " in p for p in problems):
        raise Mismatch(f"self-check: a CSV with one text cell changed passed ({problems})")

    with open(json_path, encoding="utf-8") as f:
        document = json.load(f)
    array = next(a for a in KIND_ARRAYS.values() if document[a])
    document[array][0]["end"] += 1
    corrupted = os.path.join(workdir, "corrupted.json")
    with open(corrupted, "w", encoding="utf-8") as f:
        json.dump(document, f, ensure_ascii=False)
    problems = []
    check_json(corrupted, project, problems)
    if not any(": end is " in p for p in problems):
        raise Mismatch(f"self-check: a JSON with one end offset moved passed ({problems})")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("claimscope", help="the claimscope executable")
    parser.add_argument("project", help="a .claimscope project")
    parser.add_argument("workdir", help="where to write the copy of the project and the exports")
    args = parser.parse_args()

    try:
        self_test_code_points()
        os.makedirs(args.workdir, exist_ok=True)
        # A copy, so that the export's lock file and any journal stay out of the original's folder.
        project_path = os.path.join(args.workdir, "project.claimscope")
        shutil.copyfile(args.project, project_path)
        csv_path = os.path.join(args.workdir, "annotations.csv")
        json_path = os.path.join(args.workdir, "annotations.json")
        english = environment(args.workdir, "en")
        run_export(args.claimscope, "export-csv", project_path, csv_path, english)
        run_export(args.claimscope, "export-json", project_path, json_path, english)

        project = Project(project_path)
        problems = []
        csv_counts = check_csv(csv_path, project, problems)
        json_counts = check_json(json_path, project, problems)
        in_project = project.counts()
        for label, counts in (("CSV", csv_counts), ("JSON", json_counts)):
            for kind, count in in_project.items():
                if counts.get(kind, 0) != count:
                    problems.append(f"{label}: {counts.get(kind, 0)} {kind} records, the project has {count}")

        # Keys, kinds and numbers are the same whatever the interface language.
        russian = environment(args.workdir, "ru")
        for command, path in (("export-csv", csv_path), ("export-json", json_path)):
            other = path + ".ru"
            run_export(args.claimscope, command, project_path, other, russian)
            with open(path, "rb") as a, open(other, "rb") as b:
                if a.read() != b.read():
                    problems.append(f"{command}: the output differs when the interface is in Russian")

        if problems:
            shown = "\n  ".join(problems[:MAX_REPORTED])
            more = f"\n  … and {len(problems) - MAX_REPORTED} more" if len(problems) > MAX_REPORTED else ""
            raise Mismatch(f"{len(problems)} differences:\n  {shown}{more}")
        negative_checks(csv_path, json_path, project, args.workdir)
    except Mismatch as error:
        print(f"FAIL: {error}", file=sys.stderr)
        return 1

    summary = ", ".join(f"{in_project[k]} {k}s" for k in ("quote", "claim", "figure", "stance"))
    print(f"OK: CSV and JSON agree with the project: {summary} "
          f"({len(project.sources)} sources, {len(project.speakers)} speakers); "
          f"corrupted copies of both were detected")
    return 0


if __name__ == "__main__":
    sys.exit(main())
