#!/usr/bin/env bash
# Quick start, command 2: installs what is missing, builds everything (Release) and runs every
# test. Idempotent: a second run only rebuilds what changed. CI (.ci/run) calls exactly this.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${VD_BUILD_DIR:-$here/build}"
jobs="${VD_JOBS:-$(nproc)}"

"$here/tools/install-deps.sh"
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DVD_WARNINGS_AS_ERRORS=ON >/dev/null
cmake --build "$build" -j "$jobs"
cd "$build"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j "$jobs" --timeout 600 "$@"
