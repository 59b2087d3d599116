#!/usr/bin/env bash
# check-clean-install.sh: proves that the Claimscope Debian package installs on a clean Debian 12
# (bookworm) and runs there.
#
# Why: the package's Depends are read off our binaries by dpkg-shlibdeps, plus a hand-kept list of
# what Qt loads at run time (the SQLite driver, Qt's translations, fonts, MIME data). A build machine
# has all of that installed already, so a forgotten plug-in, font or library only shows up on a
# user's machine. This script builds such a machine: a minimal bookworm made with debootstrap, where
# apt has to find every dependency through the package's own Depends, exactly as for a user.
#
# What it does, each phase timed and each check printed as "ok:" or "FAIL:":
#   1. debootstrap --variant=minbase bookworm into WORK_DIR/root, from the mirror the host's apt uses
#      (/etc/apt/sources.list or /etc/apt/sources.list.d/*.list / *.sources; MIRROR=URL overrides);
#      the chroot gets bookworm, bookworm-updates and bookworm-security, as a user's system has;
#   2. mounts /proc, /sys, /dev/pts and /dev/shm into the chroot (undone by a trap on exit);
#   3. copies the .deb in and runs `apt-get install -y --no-install-recommends ./claimscope_*.deb`,
#      and lists the packages apt pulled in for it (WORK_DIR/pulled-packages.txt);
#   4. checks the installed files (the highlighting helper, the MIME type registered by the
#      shared-mime-info trigger, `ldd` without "not found"), then runs the app as an ordinary user
#      with QT_QPA_PLATFORM=offscreen and an empty HOME and XDG_RUNTIME_DIR (mode 700):
#      `claimscope --version`; `claimscope --language ru --screenshot /tmp/clean-ru.png`, which opens
#      the sample project and saves a window picture once the first document is highlighted; and
#      `claimscope export-pdf` of the sample project that run created. The picture and the PDF are
#      copied out, and the host's `pdfinfo` must count pages in the PDF.
#
# Usage: check-clean-install.sh DEB [WORK_DIR]
#   DEB       the package, e.g. build/claimscope_0.1.0_amd64.deb
#   WORK_DIR  where the chroot (WORK_DIR/root) and the logs go; default: a new folder under /var/tmp
# Environment:
#   SHOTS=DIR   where clean-ru.png, sample.pdf and the package list are copied (default: WORK_DIR)
#   KEEP=1      keep the chroot and the work dir on exit (chroot WORK_DIR/root to look around)
#   MIRROR=URL  the Debian mirror to use instead of the host's
#   DEBOOTSTRAP_CACHE=DIR  keep debootstrap's downloaded packages there between runs
# On exit the chroot is unmounted and deleted unless KEEP=1. The work dir goes too when this script
# made it and the results were copied elsewhere (SHOTS); otherwise the results and logs stay in it.
#
# Needs: root, debootstrap, pdfinfo (poppler-utils), a network path to the mirror. Takes a few
# minutes, most of them in debootstrap and apt. Exit status: 0 when every check passed, 1 otherwise,
# 2 for wrong usage.

set -euo pipefail

readonly SUITE=bookworm
readonly SCRIPT_NAME=${0##*/}

usage() {
    sed -n '/^# Usage:/,/^# On exit/p' "$0" | sed '$d; s/^# \{0,1\}//' >&2
    exit 2
}

say() { printf '%s\n' "$*"; }
ok() { say "ok: $*"; }
warn() { say "warn: $*"; }
failures=0
fail() {
    say "FAIL: $*"
    failures=$((failures + 1))
}
die() {
    say "FAIL: $*"
    exit 1
}

# --- arguments and host requirements --------------------------------------------------------------

[[ $# -ge 1 && $# -le 2 ]] || usage
[[ $1 != -h && $1 != --help ]] || usage
DEB=$(realpath -e -- "$1" 2>/dev/null) || die "no such package: $1"
[[ $DEB == *.deb ]] || die "not a .deb: $DEB"
[[ $EUID -eq 0 ]] || die "$SCRIPT_NAME must run as root (debootstrap, mount and chroot need it)"
for tool in debootstrap pdfinfo chroot mount umount dpkg-deb; do
    command -v "$tool" >/dev/null || die "$tool is missing on the host (apt-get install debootstrap poppler-utils)"
done
DEB_NAME=${DEB##*/}
DEB_PACKAGE=$(dpkg-deb -f "$DEB" Package)
DEB_VERSION=$(dpkg-deb -f "$DEB" Version)

made_work_dir=0
if [[ $# -eq 2 ]]; then
    mkdir -p -- "$2"
    WORK_DIR=$(realpath -e -- "$2")
    [[ ! -e $WORK_DIR/root ]] || die "$WORK_DIR/root exists already; give a new WORK_DIR"
else
    WORK_DIR=$(mktemp -d /var/tmp/claimscope-clean-install.XXXXXX)
    made_work_dir=1
fi
readonly ROOT=$WORK_DIR/root
OUT_DIR=${SHOTS:-$WORK_DIR}
mkdir -p -- "$OUT_DIR"
OUT_DIR=$(realpath -e -- "$OUT_DIR")

# --- timing ------------------------------------------------------------------------------------------

declare -a phase_names=() phase_seconds=()
phase_name='' phase_started=''
now() { printf '%s' "${EPOCHREALTIME/,/.}"; }
begin_phase() {
    phase_name=$1
    phase_started=$(now)
    say ""
    say "=== $phase_name"
}
end_phase() {
    local seconds
    seconds=$(awk -v a="$phase_started" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }')
    phase_names+=("$phase_name")
    phase_seconds+=("$seconds")
    say "--- $phase_name: ${seconds}s"
    phase_name=''
}
print_timings() {
    local i
    ((${#phase_names[@]} > 0)) || return 0
    say ""
    say "Phase timings:"
    for i in "${!phase_names[@]}"; do
        printf '  %-46s %7ss\n' "${phase_names[$i]}" "${phase_seconds[$i]}"
    done
}

# --- clean-up ----------------------------------------------------------------------------------------

declare -a mounts=()
# Processes whose root is the chroot (a helper left behind by a killed app, say): only those.
kill_chroot_processes() {
    local proc pid root
    for proc in /proc/[0-9]*; do
        pid=${proc#/proc/}
        root=$(readlink "$proc/root" 2>/dev/null) || continue
        if [[ $root == "$ROOT" ]]; then
            kill -KILL "$pid" 2>/dev/null || true
        fi
    done
}
mounted_under_root() {
    awk -v r="$ROOT" '$2 == r || index($2, r "/") == 1 { found = 1 } END { exit !found }' /proc/mounts
}
cleanup() {
    local status=$? i
    set +e
    if [[ -n $phase_name ]]; then
        say "--- $phase_name: aborted"
    fi
    kill_chroot_processes
    for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do
        umount "${mounts[$i]}" 2>/dev/null || umount -l "${mounts[$i]}" 2>/dev/null ||
            say "warn: cannot unmount ${mounts[$i]}"
    done
    print_timings
    if [[ ${KEEP:-0} == 1 ]]; then
        say "KEEP=1: the chroot stays in $ROOT"
    elif [[ -d $ROOT ]]; then
        if mounted_under_root; then
            say "warn: something is still mounted under $ROOT; not deleting it"
        else
            rm -rf --one-file-system -- "$ROOT"
            if ((made_work_dir)) && [[ $OUT_DIR != "$WORK_DIR" ]]; then
                rm -rf --one-file-system -- "$WORK_DIR"
            fi
        fi
    fi
    if [[ -d $WORK_DIR ]]; then
        say "Work dir: $WORK_DIR"
    fi
    say "Results: $OUT_DIR"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Runs a command in the chroot as root, with a clean environment.
in_root() {
    chroot "$ROOT" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
        DEBIAN_FRONTEND=noninteractive "$@"
}

# --- the host's mirror --------------------------------------------------------------------------------

# Prints "URI SUITE" for every enabled "deb" entry of the host's apt sources, in both formats.
host_sources() {
    local file
    for file in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
        [[ -r $file ]] || continue
        awk '$1 == "deb" {
                 i = 2
                 if ($i ~ /^\[/) { while (i < NF && $i !~ /\]$/) i++; i++ }
                 print $i, $(i + 1)
             }' "$file"
    done
    for file in /etc/apt/sources.list.d/*.sources; do
        [[ -r $file ]] || continue
        awk 'function trim(s) { gsub(/^[ \t]+|[ \t]+$/, "", s); return s }
             function flush(   n, m, i, j, U, S) {
                 if (types ~ /(^|[ \t])deb([ \t]|$)/ && enabled != "no") {
                     n = split(uris, U, /[ \t]+/); m = split(suites, S, /[ \t]+/)
                     for (i = 1; i <= n; i++) for (j = 1; j <= m; j++)
                         if (U[i] != "" && S[j] != "") print U[i], S[j]
                 }
                 types = uris = suites = key = ""; enabled = "yes"
             }
             BEGIN { enabled = "yes" }
             /^[ \t]*#/ { next }
             /^[ \t]*$/ { flush(); next }
             /^[ \t]/ {   # a continuation line
                 if (key == "types") types = types " " $0
                 else if (key == "uris") uris = uris " " $0
                 else if (key == "suites") suites = suites " " $0
                 next
             }
             {
                 key = tolower(trim(substr($0, 1, index($0, ":") - 1)))
                 value = trim(substr($0, index($0, ":") + 1))
                 if (key == "types") types = value
                 else if (key == "uris") uris = value
                 else if (key == "suites") suites = value
                 else if (key == "enabled") enabled = tolower(value)
             }
             END { flush() }' "$file"
    done
}

# The URI the host uses for a suite, e.g. bookworm or bookworm-security.
host_uri_for() {
    host_sources | awk -v s="$1" '$2 == s { sub(/\/+$/, "", $1); print $1; exit }'
}

# --- 1. debootstrap ----------------------------------------------------------------------------------

say "Package:  $DEB ($DEB_PACKAGE $DEB_VERSION)"
say "Work dir: $WORK_DIR"

begin_phase "1. debootstrap $SUITE (minbase)"
MIRROR=${MIRROR:-$(host_uri_for "$SUITE")}
[[ -n $MIRROR ]] || die "no '$SUITE' entry in the host's apt sources; set MIRROR=URL"
SECURITY_MIRROR=$(host_uri_for "$SUITE-security")
SECURITY_MIRROR=${SECURITY_MIRROR:-http://security.debian.org/debian-security}
say "Mirror: $MIRROR (security: $SECURITY_MIRROR)"
debootstrap_args=(--variant=minbase --arch=amd64)
# apt in minbase speaks https but has no certificates to check a server with.
if [[ $MIRROR == https:* || $SECURITY_MIRROR == https:* ]]; then
    debootstrap_args+=(--include=ca-certificates)
fi
if [[ -n ${DEBOOTSTRAP_CACHE:-} ]]; then
    mkdir -p -- "$DEBOOTSTRAP_CACHE"
    debootstrap_args+=("--cache-dir=$(realpath -e -- "$DEBOOTSTRAP_CACHE")")
fi
mkdir -p -- "$ROOT"
if ! debootstrap "${debootstrap_args[@]}" "$SUITE" "$ROOT" "$MIRROR" >"$WORK_DIR/debootstrap.log" 2>&1; then
    tail -n 25 "$WORK_DIR/debootstrap.log" | sed 's/^/  | /'
    [[ ! -f $ROOT/debootstrap/debootstrap.log ]] || tail -n 25 "$ROOT/debootstrap/debootstrap.log" | sed 's/^/  | /'
    die "debootstrap failed (log: $WORK_DIR/debootstrap.log)"
fi
ok "debootstrap: $(in_root dpkg-query -W -f='.' | wc -c) packages, $(du -sh --one-file-system "$ROOT" | cut -f1)"
end_phase

# --- 2. mounts ---------------------------------------------------------------------------------------

begin_phase "2. mount /proc, /sys, /dev/pts, /dev/shm"
mount_into() { # TARGET MOUNT-ARGS…
    local target=$ROOT$1
    shift
    mkdir -p -- "$target"
    mount "$@" "$target" || return 1
    mounts+=("$target")
}
mount_into /proc -t proc proc
mount_into /sys -t sysfs sysfs
# Fresh pseudo-terminals of the chroot's own (apt logs dpkg through one); the host's if not allowed.
if mount_into /dev/pts -t devpts -o newinstance,ptmxmode=0666,mode=620,gid=5 devpts 2>/dev/null; then
    [[ -c $ROOT/dev/ptmx ]] || ln -sf pts/ptmx "$ROOT/dev/ptmx"
else
    mount_into /dev/pts --bind /dev/pts
fi
mount_into /dev/shm -t tmpfs -o mode=1777,nosuid,nodev shm
# debootstrap makes the device nodes; where a container forbids mknod, bind the host's one by one.
for device in null zero full random urandom tty; do
    if [[ ! -c $ROOT/dev/$device ]]; then
        rm -f -- "$ROOT/dev/$device"
        touch -- "$ROOT/dev/$device"
        mount --bind "/dev/$device" "$ROOT/dev/$device"
        mounts+=("$ROOT/dev/$device")
    fi
done
cp -L /etc/resolv.conf "$ROOT/etc/resolv.conf" 2>/dev/null || true
# Services do not start in a chroot (nothing claimscope pulls in should have one, but still).
printf '#!/bin/sh\nexit 101\n' >"$ROOT/usr/sbin/policy-rc.d"
chmod 755 "$ROOT/usr/sbin/policy-rc.d"
ok "mounted: ${mounts[*]#"$ROOT"}"
end_phase

# --- 3. apt-get install ------------------------------------------------------------------------------

begin_phase "3. apt-get install ./$DEB_NAME"
cat >"$ROOT/etc/apt/sources.list" <<EOF
deb $MIRROR $SUITE main
deb $MIRROR $SUITE-updates main
deb $SECURITY_MIRROR $SUITE-security main
EOF
cp -- "$DEB" "$ROOT/tmp/$DEB_NAME"
# shellcheck disable=SC2016 # ${Package} is dpkg-query's field, not the shell's
in_root dpkg-query -W -f='${Package}\n' | sort >"$WORK_DIR/packages-before.txt"
if ! in_root apt-get update >"$WORK_DIR/apt-update.log" 2>&1; then
    tail -n 20 "$WORK_DIR/apt-update.log" | sed 's/^/  | /'
    die "apt-get update failed in the chroot (log: $WORK_DIR/apt-update.log)"
fi
if ! in_root sh -c "cd /tmp && apt-get install -y --no-install-recommends ./$DEB_NAME" \
    >"$WORK_DIR/apt-install.log" 2>&1; then
    tail -n 30 "$WORK_DIR/apt-install.log" | sed 's/^/  | /'
    die "apt-get install ./$DEB_NAME failed (log: $WORK_DIR/apt-install.log)"
fi
grep -E '^[0-9]+ upgraded, [0-9]+ newly installed' "$WORK_DIR/apt-install.log" | sed 's/^/  apt: /' || true
# shellcheck disable=SC2016
in_root dpkg-query -W -f='${Package}\n' | sort >"$WORK_DIR/packages-after.txt"
comm -13 "$WORK_DIR/packages-before.txt" "$WORK_DIR/packages-after.txt" |
    grep -vx -- "$DEB_PACKAGE" >"$OUT_DIR/pulled-packages.txt" || true
pulled=$(wc -l <"$OUT_DIR/pulled-packages.txt")
# shellcheck disable=SC2016
status=$(in_root dpkg-query -W -f='${Status} ${Version}' "$DEB_PACKAGE" 2>/dev/null || true)
if [[ $status == "install ok installed $DEB_VERSION" ]]; then
    ok "$DEB_PACKAGE $DEB_VERSION installed; apt pulled in $pulled packages for it ($OUT_DIR/pulled-packages.txt)"
else
    fail "$DEB_PACKAGE is not installed properly: '$status'"
fi
audit=$(in_root dpkg --audit 2>&1 || true)
if [[ -z $audit ]]; then
    ok "dpkg --audit: every package is configured"
else
    fail "dpkg --audit reports: $audit"
fi
if grep -qiE '^(W|E): ' "$WORK_DIR/apt-install.log"; then
    warn "apt said:"
    grep -iE '^(W|E): ' "$WORK_DIR/apt-install.log" | sed 's/^/  | /'
fi
say "  chroot size now: $(du -sh --one-file-system "$ROOT" | cut -f1)"
end_phase

# --- 4. the installed files and the app --------------------------------------------------------------

begin_phase "4a. installed files and libraries"
readonly APP=/usr/bin/claimscope
readonly HELPER=/usr/libexec/claimscope/claimscope-highlighter
readonly MIME_TYPE=/usr/share/mime/application/x-claimscope-project.xml
if [[ -x $ROOT$HELPER ]]; then ok "$HELPER exists"; else fail "$HELPER is missing"; fi
if [[ -f $ROOT$MIME_TYPE ]]; then
    ok "$MIME_TYPE exists (the shared-mime-info trigger ran)"
else
    fail "$MIME_TYPE is missing: update-mime-database did not register our project type"
fi
# Qt's own dialogs and buttons in Russian come from qt6-translations-l10n, read where Qt says.
if [[ -f $ROOT/usr/share/qt6/translations/qtbase_ru.qm ]]; then
    ok "Qt's Russian translation /usr/share/qt6/translations/qtbase_ru.qm exists"
else
    fail "/usr/share/qt6/translations/qtbase_ru.qm is missing: Qt's dialogs will stay in English"
fi
for binary in "$APP" "$HELPER"; do
    [[ -e $ROOT$binary ]] || continue
    log=$WORK_DIR/ldd-${binary##*/}.txt
    if ! in_root ldd "$binary" >"$log" 2>&1; then
        fail "ldd $binary failed:"
        sed 's/^/  | /' "$log"
    elif grep -q 'not found' "$log"; then
        fail "ldd $binary: libraries not found:"
        grep 'not found' "$log" | sed 's/^/  | /'
    else
        ok "ldd $binary: all $(grep -c '=>' "$log") libraries found"
    fi
done
# Qt's plug-ins come from the dependencies, not from us, but one that cannot load is a user's problem.
plugin_log=$WORK_DIR/ldd-qt-plugins.txt
# shellcheck disable=SC2016 # expanded by the chroot's shell
in_root sh -c 'for p in /usr/lib/x86_64-linux-gnu/qt6/plugins/*/*.so; do
                   ldd "$p" | sed -n "s|^|$p: |; /not found/p"
               done' >"$plugin_log" 2>&1 || true
if [[ -s $plugin_log ]]; then
    warn "Qt plug-ins in the chroot with libraries not found (not loaded by the offscreen run, but maybe on a desktop):"
    sed 's/^/  | /' "$plugin_log"
else
    ok "every installed Qt 6 plug-in finds its libraries"
fi
hello=$(in_root timeout 20 "$HELPER" </dev/null 2>&1 || true)
if [[ $hello == *'"hello":"claimscope-highlighter"'* ]]; then
    ok "the highlighting helper starts and greets: $hello"
else
    fail "the highlighting helper did not start: $hello"
fi
end_phase

begin_phase "4b. run claimscope (offscreen, as a user)"
in_root useradd --create-home --shell /bin/sh --user-group claimscope-tester
USER_UID=$(in_root id -u claimscope-tester)
USER_GID=$(in_root id -g claimscope-tester)
readonly USER_HOME=/home/claimscope-tester
readonly RUNTIME_DIR=/tmp/runtime-claimscope-tester
install -d -m 700 -o "$USER_UID" -g "$USER_GID" "$ROOT$RUNTIME_DIR"
# Runs a command in the chroot as the test user, with a clean environment; a hung app is killed.
as_user() {
    local limit=$1
    shift
    timeout -k 10 "$limit" chroot --userspec="$USER_UID:$USER_GID" "$ROOT" /usr/bin/env -i \
        PATH=/usr/bin:/bin HOME="$USER_HOME" USER=claimscope-tester LOGNAME=claimscope-tester \
        LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$RUNTIME_DIR" \
        XDG_DATA_HOME="$USER_HOME/.local/share" XDG_CONFIG_HOME="$USER_HOME/.config" \
        XDG_CACHE_HOME="$USER_HOME/.cache" "$@"
}
show_log() { [[ ! -s $1 ]] || sed 's/^/  | /' "$1"; }

if version=$(as_user 60 claimscope --version 2>"$WORK_DIR/version.err"); then
    if [[ $version == *"$DEB_VERSION"* ]]; then
        ok "claimscope --version: $version"
    else
        fail "claimscope --version says '$version', the package is $DEB_VERSION"
    fi
else
    fail "claimscope --version exited with status $?: $version"
    show_log "$WORK_DIR/version.err"
fi

shot_started=$(now)
rc=0
as_user 180 claimscope --language ru --screenshot /tmp/clean-ru.png \
    >"$WORK_DIR/screenshot.out" 2>"$WORK_DIR/screenshot.err" || rc=$?
shot_seconds=$(awk -v a="$shot_started" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }')
if [[ $rc -eq 0 && -s $ROOT/tmp/clean-ru.png ]] &&
    [[ $(head -c 8 "$ROOT/tmp/clean-ru.png" | od -An -tx1 | tr -d ' \n') == 89504e470d0a1a0a ]]; then
    cp -- "$ROOT/tmp/clean-ru.png" "$OUT_DIR/clean-ru.png"
    ok "claimscope --language ru --screenshot: exit 0 after ${shot_seconds}s, picture in $OUT_DIR/clean-ru.png"
else
    [[ $rc -ne 124 ]] || say "  (killed after 180s: the first document was never highlighted)"
    fail "claimscope --language ru --screenshot: exit status $rc, picture $([[ -s $ROOT/tmp/clean-ru.png ]] && echo 'not a PNG' || echo missing)"
fi
show_log "$WORK_DIR/screenshot.err"
if grep -q '^claimscope\.highlighter:' "$WORK_DIR/screenshot.err"; then
    fail "the highlighting helper reported trouble during the screenshot run (see above)"
fi

readonly PROJECT=$USER_HOME/.local/share/Claimscope/Claimscope/Sample.claimscope
if [[ -f $ROOT$PROJECT ]]; then
    ok "the screenshot run created the sample project $PROJECT"
    rc=0
    as_user 180 claimscope export-pdf -o /tmp/sample.pdf "$PROJECT" \
        >"$WORK_DIR/export-pdf.out" 2>"$WORK_DIR/export-pdf.err" || rc=$?
    if [[ $rc -eq 0 && -s $ROOT/tmp/sample.pdf ]]; then
        cp -- "$ROOT/tmp/sample.pdf" "$OUT_DIR/sample.pdf"
        pages=$(pdfinfo "$OUT_DIR/sample.pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }')
        if [[ ${pages:-0} -gt 0 ]]; then
            ok "claimscope export-pdf: $pages pages, $(stat -c %s "$OUT_DIR/sample.pdf") bytes, in $OUT_DIR/sample.pdf"
        else
            fail "claimscope export-pdf wrote a file pdfinfo counts no pages in ($OUT_DIR/sample.pdf)"
        fi
        if command -v pdffonts >/dev/null; then
            fonts=$(pdffonts "$OUT_DIR/sample.pdf" 2>/dev/null | awk 'NR > 2 { print $1 }' | sort -u | paste -sd' ' -)
            say "  fonts in the PDF: ${fonts:-none}"
        fi
    else
        fail "claimscope export-pdf: exit status $rc, PDF $([[ -s $ROOT/tmp/sample.pdf ]] && echo written || echo missing)"
    fi
    show_log "$WORK_DIR/export-pdf.out"
    show_log "$WORK_DIR/export-pdf.err"
else
    fail "no sample project at $PROJECT after the screenshot run"
    in_root find "$USER_HOME" -name '*.claimscope' | sed 's/^/  found: /'
fi
end_phase

# --- summary -----------------------------------------------------------------------------------------

say ""
say "Chroot size: $(du -sh --one-file-system "$ROOT" | cut -f1) ($ROOT)"
if ((failures == 0)); then
    say "PASSED: $DEB_NAME installs and runs on a clean Debian $SUITE"
else
    say "FAILED: $failures check(s) failed"
    exit 1
fi
