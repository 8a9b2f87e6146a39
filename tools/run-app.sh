#!/usr/bin/env bash
# Quick start, command 1: installs what is missing, builds ValueDesk (Release) and opens it on
# the demo workspace (generated on first use). Extra arguments go to the app, e.g.
#   tools/run-app.sh --screenshot shot.png --view dashboard     (headless: writes a PNG, exits)
# Idempotent: a second run only rebuilds what changed.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${VD_BUILD_DIR:-$here/build}"

"$here/tools/install-deps.sh"
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j "$(nproc)" --target valuedesk valuedesk-cli
for a in "$@"; do
  if [ "$a" = "--screenshot" ] && [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
  fi
done
exec "$build/src/gui/valuedesk" --demo "$@"
