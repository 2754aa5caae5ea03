#!/usr/bin/env bash
# Fuzzes one reader with libFuzzer (docs/reliability.md, "Fuzzing").
#   scripts/fuzz.sh TARGET SECONDS [JOBS]
#   scripts/fuzz.sh all SECONDS [JOBS]      each target in turn, SECONDS each
# TARGET: checkpoint, config, corpus, tokenizer or score (fuzz/fuzz_TARGET.c).
# Installs clang-14 and libfuzzer-14-dev when missing (apt-get, as
# scripts/setup.sh does), builds the fuzz build (clang, ASan + UBSan +
# libFuzzer) into $ATTEND_FUZZ_BUILD (default <repo>/../build-fuzz) if needed,
# copies fuzz/seeds/TARGET to a work corpus ($ATTEND_FUZZ_WORK/TARGET, default
# <build>/corpus/TARGET; the committed seeds are never written) and runs the
# harness for SECONDS with -rss_limit_mb=2048 (JOBS parallel jobs, default 1;
# each one uses a core). Crash, leak, timeout and out-of-memory inputs are
# written to <work>/artifacts/TARGET/; the script prints their paths with the
# top stack frame of each and exits 1 when there are any, 0 otherwise (2 on a
# usage error). ATTEND_FUZZ_KEEP_GOING=1 fuzzes in libFuzzer's fork mode and
# goes on after a crash, leak, timeout or OOM (for the checkpoint loader,
# whose HDF5 1.10 crashes on some corrupt files: docs/reliability.md).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
targets=(checkpoint config corpus tokenizer score)
usage() { echo "usage: scripts/fuzz.sh {checkpoint|config|corpus|tokenizer|score|all} SECONDS [JOBS]" >&2; exit 2; }
[ $# -ge 2 ] || usage
target=$1 seconds=$2 jobs=${3:-1}
[[ $seconds =~ ^[0-9]+$ && $jobs =~ ^[1-9][0-9]*$ ]] || usage
if [ "$target" = all ]; then
  rc=0
  for t in "${targets[@]}"; do "$0" "$t" "$seconds" "$jobs" || rc=1; done
  exit $rc
fi
case " ${targets[*]} " in *" $target "*) ;; *) usage ;; esac

build=${ATTEND_FUZZ_BUILD:-$(cd "$here/.." && pwd)/build-fuzz}
work=${ATTEND_FUZZ_WORK:-$build/corpus}

packages=(clang-14 libfuzzer-14-dev)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "fuzz: installing ${missing[*]}" >&2
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ ! -f "$build/CMakeCache.txt" ]; then
  CC=clang-14 CXX=clang++-14 cmake -S "$here" -B "$build" -DATTEND_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DBUILD_TESTING=OFF >/dev/null
fi
cmake --build "$build" -j"$jobs" --target "fuzz_$target" >/dev/null
bin=$build/fuzz/fuzz_$target

corpus=$work/$target artifacts=$work/artifacts/$target
mkdir -p "$corpus" "$artifacts"
cp -n "$here/fuzz/seeds/$target"/* "$corpus"/ 2>/dev/null || true
log=$work/$target.log
echo "fuzz: $target for ${seconds}s ($jobs job(s)), corpus $corpus ($(ls "$corpus" | wc -l) inputs), log $log" >&2
before=$(ls "$artifacts" | wc -l)
# One OpenMP thread: a job is one core. Leaks are bugs (LSan; fuzz/lsan.supp lists
# HDF5's own). A failed malloc returns NULL, as without ASan (libFuzzer's
# -malloc_limit_mb, = -rss_limit_mb, still reports any single allocation above it).
export OMP_NUM_THREADS=1 OMP_WAIT_POLICY=PASSIVE
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1:allocator_may_return_null=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$here/fuzz/lsan.supp}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
opts=(-max_total_time="$seconds" -rss_limit_mb=2048 -timeout="${ATTEND_FUZZ_TIMEOUT:-30}" -print_final_stats=1
      -artifact_prefix="$artifacts/")
[ -f "$here/fuzz/$target.dict" ] && opts+=(-dict="$here/fuzz/$target.dict")
set +e
if [ "${ATTEND_FUZZ_KEEP_GOING:-0}" = 1 ]; then
  (cd "$work" && "$bin" "${opts[@]}" -fork="$jobs" -ignore_crashes=1 -ignore_ooms=1 -ignore_timeouts=1 \
    "$corpus") >"$log" 2>&1
elif [ "$jobs" -gt 1 ]; then
  (cd "$work" && "$bin" "${opts[@]}" -jobs="$jobs" -workers="$jobs" "$corpus") >"$log" 2>&1
else
  "$bin" "${opts[@]}" "$corpus" >"$log" 2>&1
fi
rc=$?
set -e
# the last status line (fork mode prints no final stats) and the final stats
grep -E '^#[0-9]+' "$log" | tail -1 >&2 || true
grep -E 'stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss_mb' "$log" >&2 || true
echo "fuzz: $target: corpus now $(ls "$corpus" | wc -l) inputs, $(du -sb "$corpus" | cut -f1) bytes" >&2
found=$(($(ls "$artifacts" | wc -l) - before))
if [ "$found" -gt 0 ] || [ "$rc" -ne 0 ]; then
  echo "fuzz: $target: FOUND $found new artifact(s) (libFuzzer exit $rc); see $log" >&2
  # where the newest ten failed: the sanitizer's summary (timeouts are not rerun)
  for a in $(ls -t "$artifacts"/* 2>/dev/null | head -"$((found > 0 && found < 10 ? found : 10))"); do
    case $(basename "$a") in
      timeout-*) top="ran longer than -timeout" ;;
      *) top=$(timeout 20 "$bin" "$a" 2>&1 | grep -m1 -E '^SUMMARY' | sed 's/(BuildId[^)]*)//') ;;
    esac
    echo "  $a: ${top:-no report when run again}" >&2
  done
  ((found <= 10)) || echo "  ... and $((found - 10)) more in $artifacts" >&2
  exit 1
fi
echo "fuzz: $target: nothing found" >&2
