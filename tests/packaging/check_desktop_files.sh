#!/usr/bin/env bash
# Validates Claimscope's Linux desktop integration files.
#
# Usage: check_desktop_files.sh PACKAGING_LINUX_DIR
#
# Runs desktop-file-validate on the desktop entry, appstreamcli validate --no-net on the metainfo
# (errors fail; warnings fail too; pedantic and info notes do not), xmllint and update-mime-database
# on the shared-mime-info file, and checks that every rendered icon size is present with the right
# pixel size. Exits 77 (skipped) when desktop-file-validate or appstreamcli is not installed.
set -euo pipefail

readonly APP_ID="io.github.claimscope.Claimscope"
readonly ICON_SIZES=(16 24 32 48 64 128 256)

if [[ $# -ne 1 || ! -d "$1" ]]; then
    echo "usage: $0 PACKAGING_LINUX_DIR" >&2
    exit 2
fi
readonly DIR="$1"

for tool in desktop-file-validate appstreamcli; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "SKIP: $tool is not installed (Debian: desktop-file-utils, appstream)"
        exit 77
    fi
done
for tool in xmllint update-mime-database python3; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "FAIL: $tool is not installed (Debian: libxml2-utils, shared-mime-info, python3)" >&2
        exit 1
    fi
done

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
pass() {
    echo "ok: $*"
}

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

desktop="$DIR/$APP_ID.desktop"
metainfo="$DIR/$APP_ID.metainfo.xml"
mimexml="$DIR/$APP_ID.mime.xml"

# --- desktop entry -------------------------------------------------------------------------------
if [[ ! -f "$desktop" ]]; then
    fail "missing $desktop"
elif out="$(desktop-file-validate "$desktop" 2>&1)" && [[ -z "$out" ]]; then
    pass "desktop-file-validate $desktop"
else
    # desktop-file-validate exits 0 on warnings and hints; we accept none of them.
    fail "desktop-file-validate $desktop:"$'\n'"$out"
fi
if [[ -f "$desktop" ]]; then
    for key in Name GenericName Comment Keywords Exec Icon Categories MimeType StartupWMClass; do
        grep -q "^$key=" "$desktop" || fail "$desktop has no $key="
    done
    for lang in ru tr; do
        for key in GenericName Comment Keywords; do
            grep -q "^$key\[$lang\]=" "$desktop" || fail "$desktop has no ${key}[${lang}]="
        done
    done
    grep -qx "Icon=$APP_ID" "$desktop" || fail "$desktop: Icon is not $APP_ID"
fi

# --- AppStream metainfo --------------------------------------------------------------------------
if [[ ! -f "$metainfo" ]]; then
    fail "missing $metainfo"
elif out="$(appstreamcli validate --no-net --no-color "$metainfo" 2>&1)"; then
    # appstreamcli fails on errors and warnings (E:, W:) and passes with pedantic and info notes.
    pass "appstreamcli validate --no-net $metainfo"
    echo "$out" | sed -e '/^$/d' -e 's/^/    /'
else
    fail "appstreamcli validate --no-net $metainfo:"$'\n'"$out"
fi

# Every screenshot the metainfo names is in screenshots/ with the size it declares (appstreamcli
# --no-net cannot fetch them to check).
if [[ -f "$metainfo" ]]; then
    if out="$(python3 - "$metainfo" "$DIR/screenshots" 2>&1 <<'PY'
import os, struct, sys
import xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
images = root.findall('./screenshots/screenshot/image')
if not images:
    sys.exit('no screenshots')
for image in images:
    path = os.path.join(sys.argv[2], image.text.strip().rsplit('/', 1)[-1])
    try:
        with open(path, 'rb') as f:
            head = f.read(24)
    except OSError:
        sys.exit('missing ' + path)
    size = struct.unpack('>II', head[16:24]) if head[:8] == b'\x89PNG\r\n\x1a\n' else None
    if size != (int(image.get('width')), int(image.get('height'))):
        sys.exit('%s is %s, the metainfo says %sx%s' % (path, size, image.get('width'), image.get('height')))
print(len(images), 'images')
PY
)"; then
        pass "metainfo screenshots: $out present with their declared sizes"
    else
        fail "metainfo screenshots: $out"
    fi
fi

# --- shared-mime-info ----------------------------------------------------------------------------
if [[ ! -f "$mimexml" ]]; then
    fail "missing $mimexml"
elif ! out="$(xmllint --noout "$mimexml" 2>&1)"; then
    fail "xmllint --noout $mimexml:"$'\n'"$out"
else
    pass "xmllint --noout $mimexml"
    mkdir -p "$tmp/mime/packages"
    cp "$mimexml" "$tmp/mime/packages/"
    if [[ -f /usr/share/mime/packages/freedesktop.org.xml ]]; then
        cp /usr/share/mime/packages/freedesktop.org.xml "$tmp/mime/packages/"
    fi
    # The temporary directory goes on XDG_DATA_DIRS, or update-mime-database prints a note that it
    # is outside the search path (and any other output means a mistake in the package). No fsync:
    # the directory is thrown away, and syncing it costs seconds.
    if ! out="$(PKGSYSTEM_ENABLE_FSYNC=0 XDG_DATA_DIRS="$tmp" update-mime-database "$tmp/mime" 2>&1)" || [[ -n "$out" ]]; then
        # update-mime-database reports mistakes in a package on stderr but may still exit 0.
        fail "update-mime-database rejected $mimexml:"$'\n'"$out"
    elif ! grep -qx '[0-9]*:application/x-claimscope-project:\*\.claimscope' "$tmp/mime/globs2"; then
        fail "update-mime-database: no *.claimscope glob for application/x-claimscope-project in globs2"
    else
        pass "update-mime-database: *.claimscope -> application/x-claimscope-project"
    fi
fi

# --- icons ---------------------------------------------------------------------------------------
for svg in "$DIR/icons/hicolor/scalable/apps/$APP_ID.svg" \
           "$DIR/icons/hicolor/symbolic/apps/$APP_ID-symbolic.svg"; do
    if [[ ! -f "$svg" ]]; then
        fail "missing $svg"
    elif ! out="$(xmllint --noout "$svg" 2>&1)"; then
        fail "xmllint --noout $svg:"$'\n'"$out"
    else
        pass "xmllint --noout $svg"
    fi
done
for size in "${ICON_SIZES[@]}"; do
    png="$DIR/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
    if [[ ! -f "$png" ]]; then
        fail "missing $png"
        continue
    fi
    # Width and height are the big-endian 32-bit words at bytes 16 and 20 of the IHDR chunk.
    dims="$(python3 - "$png" <<'PY'
import struct, sys
with open(sys.argv[1], 'rb') as f:
    head = f.read(24)
if len(head) < 24 or head[:8] != b'\x89PNG\r\n\x1a\n' or head[12:16] != b'IHDR':
    print('not-a-png')
else:
    print('%dx%d' % struct.unpack('>II', head[16:24]))
PY
)"
    if [[ "$dims" == "${size}x${size}" ]]; then
        pass "$png is ${dims}"
    else
        fail "$png is $dims, expected ${size}x${size}"
    fi
done

if ((failures > 0)); then
    echo "FAILED: $failures check(s) failed in $DIR" >&2
    exit 1
fi
echo "PASSED: all desktop integration files in $DIR are valid"
