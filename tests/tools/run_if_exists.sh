#!/bin/sh
# run_if_exists.sh DIR COMMAND…: runs COMMAND when DIR exists; otherwise exits 77, which ctest
# reports as skipped (tests that read ../shared must skip cleanly where it is absent).
dir=$1
shift
if [ ! -d "$dir" ]; then
    echo "skipped: $dir is absent"
    exit 77
fi
exec "$@"
