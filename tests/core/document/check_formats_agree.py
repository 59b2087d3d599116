#!/usr/bin/env python3
"""The same article in every format gives the same text and the same annotations (issue 10).

Usage: check_formats_agree.py CLAIMSCOPE ARTICLE_JSON FILE...

Each FILE (the shared test article rendered as PDF, DOCX, ODT, EPUB, and as plain text made here from
the JSON's expectedText) goes through the real command line, as a user's file would:
`claimscope inspect --text` for the text the importer reads and `claimscope analyze --format json`
for the speakers, quotes, claims, figures and stances found in it. Texts must equal expectedText
once runs of white space are collapsed (layout whitespace may differ between formats); annotations
are compared by kind, the text they cover (white space collapsed) and speaker, so that offsets
shifted by layout whitespace do not count, but a quote found in one format and not another does.
Metadata (title, author, date) must match the JSON for every format that carries it.

Then all of them at once, as a user would import a PDF, a Word file and an ODT in one go, go through
`claimscope export-pdf`: the PDF source must appear as its own page (the text pdftotext reads from it
equals that of the original) with its highlights on it, and every other source must carry as many
highlights as the PDF's original page (read with `qpdf --json`).
"""
import json
import os
import re
import subprocess
import sys
import tempfile


def collapse(text):
    return re.sub(r"\s+", " ", text).strip()


def run(command):
    env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8", LANGUAGE="")
    done = subprocess.run(command, capture_output=True, env=env, timeout=120)
    if done.returncode != 0:
        sys.exit(f"FAIL: {' '.join(command)} exited {done.returncode}: {done.stderr.decode(errors='replace')}")
    return done.stdout.decode("utf-8")


def annotations(document):
    found = set()
    for kind in ("quotes", "claims", "figures"):
        for item in document[kind]:
            found.add((kind, collapse(item["text"]), item["speaker"]))
    for stance in document["stances"]:
        found.add(("stances", stance["speaker"], stance["score"]))
    found.update(("speakers", speaker["id"], len(speaker["mentions"])) for speaker in document["speakers"])
    return found


def highlights_per_page(pdf):
    """The number of Highlight annotations on each page of `pdf`, in page order."""
    dump = json.loads(run(["qpdf", "--json=2", "--json-key=pages", "--json-key=qpdf", pdf]))
    objects = dump["qpdf"][1]

    def value(ref):
        return objects.get("obj:" + ref, {}).get("value", {})

    counts = []
    for page in dump["pages"]:
        annots = value(page["object"]).get("/Annots", [])
        if isinstance(annots, str):  # an indirect array
            annots = value(annots)
        counts.append(sum(1 for a in annots if value(a).get("/Subtype") == "/Highlight"))
    return counts


def page_texts(pdf, count):
    return [collapse(run(["pdftotext", "-f", str(n), "-l", str(n), pdf, "-"])) for n in range(1, count + 1)]


def check_export(claimscope, files, scratch):
    """Returns the number of failures of the annotated export of every file at once."""
    pdfs = [f for f in files if f.endswith(".pdf")]
    others = [f for f in files if not f.endswith(".pdf") and not f.endswith(".txt")]
    if len(pdfs) != 1 or not others:
        print("FAIL: the export check needs one PDF and other formats")
        return 1
    out = os.path.join(scratch, "all.pdf")
    run([claimscope, "export-pdf", "-o", out] + pdfs + others)
    counts = highlights_per_page(out)
    texts = page_texts(out, len(counts))
    original = page_texts(pdfs[0], 1)[0]
    at = [i for i, text in enumerate(texts) if text == original]
    failures = 0
    if len(at) != 1:
        print(f"FAIL: export: the original page of {os.path.basename(pdfs[0])} appears {len(at)} times")
        return 1
    on_original = counts[at[0]]
    if on_original == 0:
        print("FAIL: export: no highlight on the PDF's own page")
        failures += 1
    if any("Typeset from the imported text" in text for text in texts):
        print("FAIL: export: a source is typeset where its original should be shown")
        failures += 1
    if sum(counts) != on_original * (1 + len(others)):
        print(f"FAIL: export: {sum(counts)} highlights in all; expected {on_original} for each of "
              f"{1 + len(others)} sources (per page: {counts})")
        failures += 1
    if not failures:
        print(f"ok: export of {1 + len(others)} files at once: the PDF on its own page {at[0] + 1} with "
              f"{on_original} highlights, and as many on each other source")
    return failures


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    claimscope, article_path, files = sys.argv[1], sys.argv[2], sys.argv[3:]
    with open(article_path, encoding="utf-8") as f:
        article = json.load(f)
    expected = collapse(article["expectedText"])
    with tempfile.TemporaryDirectory() as scratch:
        plain = os.path.join(scratch, "article.txt")
        with open(plain, "w", encoding="utf-8") as f:
            f.write(article["expectedText"] + "\n")
        files = [plain] + files
        reference = None
        failures = 0
        for path in files:
            name = os.path.basename(path)
            report = run([claimscope, "inspect", "--text", path])
            # The text follows the report's header lines, after the first blank line.
            text = report.split("\n\n", 1)[1] if "\n\n" in report else ""
            if collapse(text) != expected:
                print(f"FAIL: {name}: the text differs from expectedText:\n{collapse(text)}\n!=\n{expected}")
                failures += 1
                continue
            if not path.endswith(".txt"):
                for key in ("title", "author", "date"):
                    line = next((l for l in report.splitlines() if l.strip().lower().startswith(key + ":")), None)
                    if line is None or article[key] not in line:
                        print(f"FAIL: {name}: {key} is not {article[key]!r} (report line: {line!r})")
                        failures += 1
            document = json.loads(run([claimscope, "analyze", "--format", "json", path]))["documents"][0]
            found = annotations(document)
            if not any(kind == "quotes" for kind, *_ in found):
                print(f"FAIL: {name}: no quote found; the comparison would prove nothing")
                failures += 1
            if reference is None:
                reference = (name, found)
                print(f"ok: {name}: the text as expected; {len(found)} annotations")
            elif found != reference[1]:
                print(f"FAIL: {name}: annotations differ from {reference[0]}:")
                print("  only here:", sorted(map(str, found - reference[1])))
                print("  only there:", sorted(map(str, reference[1] - found)))
                failures += 1
            else:
                print(f"ok: {name}: the same text and the same {len(found)} annotations as {reference[0]}")
        failures += check_export(claimscope, files, scratch)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
