#!/usr/bin/env bash
# One entry point for newcomers and CI alike:
#   ./build.sh run    install what is missing, build, launch on the sample project
#   ./build.sh test   install what is missing, build, run the whole test suite headless
#   ./build.sh package        build, then the Debian package (claimscope_VERSION_ARCH.deb)
#   ./build.sh deps | build    only those steps
set -euo pipefail

cd "$(dirname "$0")"
readonly package_list=packaging/debian-build-deps.txt
# CI builds with warnings as errors; a newcomer's build only shows them.
if [ "${CI:-}" = true ]; then preset=ci; else preset=default; fi
readonly build_dir=build/$preset

as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

install_dependencies() {
    local wanted missing=()
    wanted=$(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$package_list")
    if ! command -v dpkg-query >/dev/null; then
        echo "build.sh: not a Debian system; install these packages by hand:" >&2
        echo "$wanted" >&2
        return 0
    fi
    for package in $wanted; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'ok installed'; then
            missing+=("$package")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    echo "build.sh: installing ${#missing[@]} missing packages: ${missing[*]}"
    as_root apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

build() {
    cmake --preset "$preset"
    cmake --build --preset "$preset"
}

run_tests() {
    # Widget tests set QT_QPA_PLATFORM=offscreen themselves; no display is needed.
    ctest --preset "$preset"
}

case "${1:-}" in
deps) install_dependencies ;;
build) install_dependencies && build ;;
run)
    install_dependencies && build
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "build.sh: no display found; starting Claimscope under xvfb-run instead." >&2
        exec xvfb-run -a "$build_dir/app/claimscope"
    fi
    exec "$build_dir/app/claimscope"
    ;;
test) install_dependencies && build && run_tests ;;
package)
    install_dependencies && build
    (cd "$build_dir" && cpack -G DEB)
    ;;
*)
    echo "usage: ./build.sh run|test|package|build|deps" >&2
    exit 2
    ;;
esac
