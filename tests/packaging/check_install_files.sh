#!/usr/bin/env bash
# What `cmake --install` puts where (issue 9): installs the build into an empty DESTDIR with the
# prefix a package uses and compares the files found there, one path a line, with the expected list.
#
# Usage: check_install_files.sh BUILD_DIR EXPECTED_LIST
set -euo pipefail

if [[ $# -ne 2 || ! -d "$1" || ! -f "$2" ]]; then
    echo "usage: $0 BUILD_DIR EXPECTED_LIST" >&2
    exit 2
fi
readonly build_dir=$1 expected=$2
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT

DESTDIR="$stage" cmake --install "$build_dir" --prefix /usr >"$stage.log" 2>&1 || {
    cat "$stage.log" >&2
    rm -f "$stage.log"
    echo "FAIL: cmake --install failed" >&2
    exit 1
}
rm -f "$stage.log"

found=$(cd "$stage" && find . -type f -o -type l | sed 's|^\./|/|' | LC_ALL=C sort)
wanted=$(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$expected" | LC_ALL=C sort)
if [[ "$found" != "$wanted" ]]; then
    echo "FAIL: the installed files differ from $expected (< expected, > installed):" >&2
    diff <(echo "$wanted") <(echo "$found") >&2 || true
    exit 1
fi
echo "ok: $(echo "$found" | wc -l) files installed where expected"

# The programs must be executable, and nothing else.
for program in /usr/bin/claimscope /usr/libexec/claimscope/claimscope-highlighter; do
    [[ -x "$stage$program" ]] || { echo "FAIL: $program is not executable" >&2; exit 1; }
done
others=$(cd "$stage" && find . -type f -perm /111 ! -path ./usr/bin/claimscope \
    ! -path ./usr/libexec/claimscope/claimscope-highlighter)
if [[ -n "$others" ]]; then
    echo "FAIL: data files installed executable:" >&2
    echo "$others" >&2
    exit 1
fi
echo "ok: only the two programs are executable"
