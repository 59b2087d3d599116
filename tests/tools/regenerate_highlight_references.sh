#!/bin/sh
# regenerate_highlight_references.sh [BUILD_DIR]
#
# Rewrites tests/data/highlight/reference/*.txt from what the highlighter does now: builds
# tst_highlightgolden (and the helper it runs), runs it with CLAIMSCOPE_REGENERATE_REFERENCES=1 so
# that it writes the references instead of comparing, then shows what changed.
#
# Use it only after an intended change to the highlighting rules or to the inputs, and read every
# changed reference before committing it: a reference is what the test holds the highlighter to.
#
# BUILD_DIR is a configured build folder (default: build/default in the repository); a relative
# path is taken from the current folder.
set -eu

repo=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$repo/build/default}
reference_dir=tests/data/highlight/reference

if [ ! -f "$build/CMakeCache.txt" ]; then
    echo "regenerate_highlight_references.sh: $build is not a configured build folder" >&2
    echo "usage: $0 [BUILD_DIR]   (configure one first, e.g. cmake --preset default)" >&2
    exit 2
fi

cmake --build "$build" --target tst_highlightgolden claimscope-highlighter

status=0
CLAIMSCOPE_REGENERATE_REFERENCES=1 QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 \
    "$build/tests/tst_highlightgolden" || status=$?

echo
echo "== changes in $reference_dir (review them before committing):"
git -C "$repo" diff --stat -- "$reference_dir"
untracked=$(git -C "$repo" ls-files --others --exclude-standard -- "$reference_dir")
if [ -n "$untracked" ]; then
    echo "new, not yet tracked:"
    echo "$untracked" | sed 's/^/    /'
fi
echo "Read them with: git -C \"$repo\" diff -- $reference_dir"

if [ "$status" -ne 0 ]; then
    echo "tst_highlightgolden failed (exit status $status): the references may be incomplete" >&2
fi
exit "$status"
