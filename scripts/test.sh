#!/usr/bin/env bash
# Set up (install what is missing, build), then run the whole CTest suite.
# Exits non-zero when anything fails.
#   scripts/test.sh [extra cmake -D options]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${ATTEND_BUILD_DIR:-$here/build}
"$here/scripts/setup.sh" -DATTEND_WERROR=ON "$@"
cd "$build"
ctest --output-on-failure -j"$(nproc)"
