#!/usr/bin/env python3
"""Fail when a translation catalogue misses or leaves unfinished any string of the sources.

Usage:
    check_translations.py --lupdate PATH --lrelease PATH --sources DIR CATALOGUE.ts [--plural-only CATALOGUE.ts]

Each catalogue is copied to a temporary folder and updated there from the sources, exactly as the
update_translations target would (so strings added to the code but not yet to the catalogue show up
as unfinished); lrelease then reports its counts. The checked-in files are never touched.
Prints one line per catalogue and a final "N passed, N failed"; exits 1 on any failure.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile


def check(lupdate, lrelease, sources, catalogue, plural_only):
    with tempfile.TemporaryDirectory() as tmp:
        copy = os.path.join(tmp, os.path.basename(catalogue))
        shutil.copyfile(catalogue, copy)
        options = ["-no-obsolete", "-locations", "none"] + (["-pluralonly"] if plural_only else [])
        update = subprocess.run([lupdate, *options, sources, "-ts", copy], capture_output=True, text=True)
        if update.returncode != 0:
            return False, "lupdate failed: " + update.stderr.strip()
        release = subprocess.run([lrelease, "-verbose", copy, "-qm", os.path.join(tmp, "out.qm")],
                                 capture_output=True, text=True)
        output = release.stdout + release.stderr
        generated = re.search(r"Generated (\d+) translation\(s\) \((\d+) finished and (\d+) unfinished\)", output)
        if release.returncode != 0 or not generated:
            return False, "lrelease failed: " + output.strip()
        total, finished, unfinished = map(int, generated.groups())
        ignored = re.search(r"Ignored (\d+) untranslated source text\(s\)", output)
        untranslated = int(ignored.group(1)) if ignored else 0
        summary = f"{finished} finished, {unfinished} unfinished, {untranslated} untranslated"
        if total == 0 or unfinished or untranslated:
            return False, summary
        return True, summary


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("--lrelease", required=True)
    parser.add_argument("--sources", required=True)
    parser.add_argument("--plural-only", action="append", default=[])
    parser.add_argument("catalogues", nargs="*")
    args = parser.parse_args()

    passed = failed = 0
    jobs = [(c, False) for c in args.catalogues] + [(c, True) for c in args.plural_only]
    for catalogue, plural_only in jobs:
        ok, summary = check(args.lupdate, args.lrelease, args.sources, catalogue, plural_only)
        print(f"{'ok  ' if ok else 'FAIL'} {os.path.basename(catalogue)}: {summary}")
        passed += ok
        failed += not ok
    print(f"{passed} passed, {failed} failed")
    return 1 if failed or not passed else 0


if __name__ == "__main__":
    sys.exit(main())
