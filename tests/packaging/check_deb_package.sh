#!/usr/bin/env bash
# The Debian package, end to end (issue 9): builds it with CPack from a build folder, installs it
# with apt on this machine, then uses it as a desktop would, under Xvfb:
#   - "Open With" on an article: the desktop entry's Exec line is started by `gio launch`; the new
#     window opens and asks before importing the article;
#   - a double-click on a project: `gio open` finds the project type and its default application,
#     and the window opens that project;
#   - a second "Open With" while that window runs: the file goes to the same window.
# Each is checked with `claimscope --window-status`, which asks the running window what it shows.
# The package is removed again at the end, and what it registered must go with it.
#
# Usage: check_deb_package.sh BUILD_DIR [SCREENSHOT_DIR]
# Needs root (apt), and skips (exit 77) where that or a tool is missing, or where claimscope is
# already installed as a package (this check would remove it).
set -euo pipefail

readonly APP_ID=io.github.claimscope.Claimscope
readonly PROJECT_TYPE=application/x-claimscope-project
readonly DESKTOP_FILE=/usr/share/applications/$APP_ID.desktop

fail() {
    echo "FAIL: $*" >&2
    exit 1
}
pass() { echo "ok: $*"; }

# Polls the running window until its status (compact JSON) matches the pattern; prints the last.
wait_for_status() {
    local pattern=$1 status=""
    for _ in $(seq 1 150); do
        status=$(claimscope --window-status 2>/dev/null || true)
        if [[ -n "$status" ]] && grep -qE -- "$pattern" <<<"$status"; then
            echo "$status"
            return 0
        fi
        sleep 0.2
    done
    echo "$status"
    return 1
}

# Waits for a status matching PATTERN into $status, then passes with SUCCESS and takes SHOT.
expect_status() {
    local pattern=$1 failure=$2 success=$3 shot=$4
    status=$(wait_for_status "$pattern") || fail "$failure; the window shows: $status"
    pass "$success"
    screenshot "$shot"
}

screenshot() {
    [[ -n "${SCREENSHOT_DIR:-}" ]] && command -v xwd >/dev/null && command -v xwdtopnm >/dev/null || return 0
    xwd -root -silent | xwdtopnm 2>/dev/null | pnmtopng >"$SCREENSHOT_DIR/$1.png" 2>/dev/null || true
}

# One field of a status: status_field KEY STATUS
status_field() {
    python3 -c 'import json, sys; print(json.loads(sys.argv[2]).get(sys.argv[1], ""))' "$1" "$2"
}

stop_window() {
    local pid
    pid=$(status_field pid "$1")
    [[ -n "$pid" ]] || fail "the window did not say its process id"
    kill "$pid"
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
}

# The part that needs a display; run by this script under xvfb-run.
use_installed_app() {
    local home=$1 article=$2 second_article=$3 project=$4 status
    export HOME=$home XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data XDG_CACHE_HOME=$home/cache
    export XDG_RUNTIME_DIR=$home/runtime
    unset QT_QPA_PLATFORM

    gio launch "$DESKTOP_FILE" "$article" || fail "gio launch could not start the desktop entry"
    expect_status "\"asking\":\\[\"$article\"\\]" "the window did not ask to import the article" \
        "Open With on an article: the window asks before importing it" deb-open-with-article
    # The first start made the user's sample project; a copy of it is the project to double-click.
    local sample
    sample=$(status_field project "$status")
    [[ -f "$sample" ]] || fail "no sample project at '$sample'"
    stop_window "$status"
    cp "$sample" "$project"

    local type
    type=$(gio info -a standard::content-type "$project" | sed -n 's/.*standard::content-type: //p')
    [[ "$type" == "$PROJECT_TYPE" ]] || fail "the project is seen as '$type', not $PROJECT_TYPE"
    pass "the desktop sees a .claimscope file as $PROJECT_TYPE"
    gio open "$project" || fail "gio open failed on the project"
    expect_status "\"project\":\"$project\".*\"sources\":\\[\"[^]]*\"\\]" \
        "double-clicking the project did not open it" "a double-click on the project opens it" \
        deb-double-click-project
    local window_pid
    window_pid=$(status_field pid "$status")

    gio launch "$DESKTOP_FILE" "$second_article" || fail "the second launch failed"
    expect_status "\"asking\":\\[\"$second_article\"\\].*\"project\":\"$project\"" \
        "the running window did not receive the second article" \
        "the second article went to a window that asks first" deb-second-launch
    [[ $(status_field pid "$status") == "$window_pid" ]] ||
        fail "another window answered: $status"
    # The launch that handed the file over ends by itself.
    for _ in $(seq 1 50); do [[ $(pgrep -c -x claimscope) == 1 ]] && break; sleep 0.1; done
    [[ $(pgrep -c -x claimscope) == 1 ]] || fail "a second claimscope is still running"
    pass "a second Open With goes to the running window, which asks first"
    stop_window "$status"
}

if [[ "${1:-}" == --in-display ]]; then
    shift
    use_installed_app "$@"
    exit 0
fi

if [[ $# -lt 1 || ! -d "$1" ]]; then
    echo "usage: $0 BUILD_DIR [SCREENSHOT_DIR]" >&2
    exit 2
fi
build_dir=$(realpath "$1")
SCREENSHOT_DIR=${2:+$(realpath "$2")}
export SCREENSHOT_DIR

if [[ $(id -u) != 0 ]]; then
    echo "SKIP: installing the package needs root"
    exit 77
fi
for tool in cpack apt-get dpkg-deb xvfb-run gio; do
    command -v "$tool" >/dev/null || { echo "SKIP: $tool is not installed"; exit 77; }
done
if dpkg-query -W -f='${Status}' claimscope 2>/dev/null | grep -q 'ok installed'; then
    echo "SKIP: the claimscope package is installed here; this check would replace and remove it"
    exit 77
fi

work=$(mktemp -d)
installed=false
cleanup() {
    if $installed; then
        DEBIAN_FRONTEND=noninteractive apt-get purge -y -q claimscope >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

(cd "$build_dir" && cpack -G DEB -B "$work/package" >"$work/cpack.log" 2>&1) || {
    cat "$work/cpack.log" >&2
    fail "cpack -G DEB failed"
}
deb=$(ls "$work"/package/claimscope_*.deb)
pass "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

depends=$(dpkg-deb -f "$deb" Depends)
# Found by dpkg-shlibdeps in the binaries, and the run-time needs it cannot see.
for package in libqt6widgets6 libqt6charts6 libpoppler-qt6-3 libkf5syntaxhighlighting5 \
    libqt6sql6-sqlite qt6-translations-l10n fonts-dejavu-core shared-mime-info; do
    grep -qE "(^|, )$package( |,|$)" <<<"$depends" || fail "Depends lacks $package: $depends"
done
pass "Depends has the libraries, the SQLite driver, Qt's translations and the fonts"

DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$deb" >"$work/apt.log" 2>&1 || {
    cat "$work/apt.log" >&2
    fail "apt-get install failed"
}
installed=true
pass "installed with apt"

[[ $(command -v claimscope) == /usr/bin/claimscope ]] || fail "claimscope is not on PATH"
[[ -x /usr/libexec/claimscope/claimscope-highlighter ]] || fail "the helper is not in libexec"
[[ -f /usr/share/mime/application/x-claimscope-project.xml ]] ||
    fail "the MIME database was not updated by the trigger"
# (grep reads a variable, not a pipe: with pipefail, grep -q ending early would fail the pipe)
grep -q "Default application.*: $APP_ID.desktop" <<<"$(gio mime "$PROJECT_TYPE")" ||
    fail "$APP_ID.desktop is not the default for $PROJECT_TYPE: $(gio mime "$PROJECT_TYPE")"
for type in text/plain text/markdown text/html application/pdf \
    application/vnd.openxmlformats-officedocument.wordprocessingml.document \
    application/vnd.oasis.opendocument.text application/epub+zip; do
    grep -q "$APP_ID.desktop" <<<"$(gio mime "$type")" || fail "$APP_ID.desktop is not offered for $type"
done
pass "the triggers registered the project type, and the launcher for it and for every source format"
grep -q '^Exec=claimscope %F$' "$DESKTOP_FILE" || fail "unexpected Exec line in $DESKTOP_FILE"
grep -q "Claimscope" <<<"$(claimscope --version)" || fail "the installed claimscope does not run"

home="$work/Домашняя папка"
mkdir -p "$home/runtime"
chmod 700 "$home/runtime"
article="$home/Partner, not member — статья.txt"
second_article="$home/Ortak ülke statüsü.txt"
# Words of its own in each, so that the window would not skip them as texts it already has.
printf 'Berik Uali said the offer was welcome.\n\nArticle for the package check.\n' >"$article"
printf 'Tokayev said Kazakhstan would stay a partner.\n\nİkinci makale.\n' >"$second_article"
project="$home/Исследование BRICS.claimscope"
xvfb-run -a -s "-screen 0 1280x800x24" bash "$0" --in-display "$home" "$article" "$second_article" "$project"

DEBIAN_FRONTEND=noninteractive apt-get purge -y -q claimscope >"$work/apt.log" 2>&1 || {
    cat "$work/apt.log" >&2
    fail "apt-get purge failed"
}
installed=false
[[ ! -e /usr/bin/claimscope && ! -e $DESKTOP_FILE ]] || fail "files are left after removal"
[[ ! -e /usr/share/mime/application/x-claimscope-project.xml ]] || fail "the project type is left registered"
pass "removed, and the project type and launcher went with it"
