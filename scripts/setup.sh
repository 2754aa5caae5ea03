#!/usr/bin/env bash
# Installs the Debian packages attend needs (only those missing), then
# configures and builds into build/ (or $ATTEND_BUILD_DIR). Idempotent.
#   scripts/setup.sh [extra cmake -D options]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${ATTEND_BUILD_DIR:-$here/build}

packages=(
  build-essential cmake pkg-config git
  libsentencepiece-dev sentencepiece
  libopenblas-openmp-dev libopenblas0-openmp
  libhdf5-dev hdf5-tools
  libyaml-dev
  libutf8proc-dev
  python3 python3-numpy python3-h5py python3-matplotlib
  libopenmpi-dev openmpi-bin
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}" >&2
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

cmake -S "$here" -B "$build" -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
cmake --build "$build" -j"$(nproc)"
