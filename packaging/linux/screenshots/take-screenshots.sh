#!/usr/bin/env bash
# Takes the AppStream screenshots (packaging/linux/screenshots/*.png) from the built app, in each
# interface language: the main window on the sample project as a first start shows it, and the
# chart panel's Figures tab over the same project.
#
# Usage: packaging/linux/screenshots/take-screenshots.sh [BUILD_DIR]   (default: build/default)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
build_dir=${1:-$here/../../../build/default}
export QT_QPA_PLATFORM=offscreen

for language in en ru tr; do
    # A home of its own each time, so that the window is a first start's: the sample, default layout.
    home=$(mktemp -d)
    mkdir -m 700 "$home/runtime"
    HOME=$home XDG_RUNTIME_DIR=$home/runtime XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config \
        "$build_dir/app/claimscope" --language "$language" --screenshot "$here/main-window-$language.png"
    HOME=$home XDG_RUNTIME_DIR=$home/runtime XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config \
        "$build_dir/tests/bench/chart_draw_bench" --sample-project --language "$language" \
        --screenshots "$home" >/dev/null
    mv "$home/chart_draw_bench-figures.png" "$here/charts-$language.png"
    rm -rf "$home"
done
ls -l "$here"/*.png
