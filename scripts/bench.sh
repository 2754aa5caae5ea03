#!/usr/bin/env bash
# Build and run attend's benchmarks, append their TSV records and write this
# run's results as markdown tables (method: docs/performance.md).
#
#   scripts/bench.sh [--build DIR] [--corpus DIR] [--out DIR] [--threads N]
#                    [--scores "concat general dot scaled"] [--train-seconds S]
#                    [--translate-seconds S] [--sentences N] [--model CKPT]
#                    [--wait-policy passive|active] [--no-train] [--no-translate]
#                    [--arch "rnn transformer"]
#
# Defaults: build dir build-bench (Release), corpus /work/corpus/bible (made
# with scripts/get-bible-corpus.sh when missing), all cores, score concat (the
# bench config), 30 s of timed training per score, translation of 1000 test
# sentences with at most --translate-seconds per search mode (0 = no limit).
# Records: OUT/train.tsv, OUT/translate.tsv (appended); this run's tables:
# OUT/results-<time>.md (also printed). Tokenizers are cached in OUT/cache.
# --wait-policy sets OMP_WAIT_POLICY (default: the environment's); on a
# machine shared with other jobs, spinning OpenMP threads lose much time.
# --arch lists the bench models to run (default rnn): rnn (once per --scores
# entry) and/or transformer (the bench Transformer; its training row reads
# "transformer" in the score column, its search rows end in ", transformer").
# With --model, translation runs the checkpoint once (its rows name its
# architecture) and --arch applies to training only.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=$here/build-bench
corpus=/work/corpus/bible
out=
threads=$(nproc)
scores=concat
archs=rnn
train_seconds=30
translate_seconds=0
sentences=1000
model=
do_train=1
do_translate=1

usage() { sed -n '2,23p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
while [ $# -gt 0 ]; do
  case $1 in
    --build) build=$2; shift 2 ;;
    --corpus) corpus=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --scores) scores=$2; shift 2 ;;
    --arch) archs=$2; shift 2 ;;
    --train-seconds) train_seconds=$2; shift 2 ;;
    --translate-seconds) translate_seconds=$2; shift 2 ;;
    --sentences) sentences=$2; shift 2 ;;
    --model) model=$2; shift 2 ;;
    --wait-policy) export OMP_WAIT_POLICY=$2; shift 2 ;;
    --no-train) do_train=0; shift ;;
    --no-translate) do_translate=0; shift ;;
    -h|--help) usage ;;
    *) echo "bench.sh: unknown option $1" >&2; usage ;;
  esac
done
for arch in $archs; do
  case $arch in rnn|transformer) ;; *) echo "bench.sh: --arch: rnn or transformer, not $arch" >&2; exit 2 ;; esac
done
out=${out:-$build/bench-results}
mkdir -p "$out/cache"

if [ ! -f "$corpus/train.es" ]; then
  echo "bench.sh: no corpus in $corpus; making it with scripts/get-bible-corpus.sh" >&2
  "$here/scripts/get-bible-corpus.sh" "$corpus"
fi

cmake -S "$here" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j2 --target bench_gemm bench_train bench_translate >/dev/null
bin=$build/bench

stamp=$(date -u +%Y%m%dT%H%M%SZ)
md=$out/results-$stamp.md
train_tsv=$out/train.tsv
translate_tsv=$out/translate.tsv
# Lines of the TSV files written before this run (this run's rows follow).
lines_before() { if [ -f "$1" ]; then wc -l <"$1"; else echo 1; fi; }
train_from=$(( $(lines_before "$train_tsv") + 1 ))
translate_from=$(( $(lines_before "$translate_tsv") + 1 ))
load_start=$(cut -d' ' -f1 /proc/loadavg)

common=(--threads "$threads" --corpus "$corpus" --cache "$out/cache")
if [ "$do_train" = 1 ]; then
  for arch in $archs; do
    if [ "$arch" = transformer ]; then
      echo "== bench_train --arch transformer ($train_seconds s timed)" >&2
      "$bin/bench_train" "${common[@]}" --arch transformer --seconds "$train_seconds" --tsv "$train_tsv"
      continue
    fi
    for score in $scores; do
      echo "== bench_train --score $score ($train_seconds s timed)" >&2
      "$bin/bench_train" "${common[@]}" --score "$score" --seconds "$train_seconds" --tsv "$train_tsv"
    done
  done
fi
if [ "$do_translate" = 1 ]; then
  model_args=()
  [ -n "$model" ] && model_args=(--model "$model")
  translate_archs=$archs
  [ -n "$model" ] && translate_archs=rnn # the checkpoint decides the architecture
  for arch in $translate_archs; do
    arch_args=()
    [ "$arch" = transformer ] && arch_args=(--arch transformer)
    for mode in greedy beam; do
      echo "== bench_translate ${arch_args[*]} --mode $mode" >&2
      "$bin/bench_translate" "${common[@]}" "${model_args[@]}" "${arch_args[@]}" --mode "$mode" \
        --sentences "$sentences" --seconds "$translate_seconds" --tsv "$translate_tsv"
    done
  done
fi

# ---- markdown ---------------------------------------------------------------------
{
  echo "## attend benchmarks, $stamp"
  echo
  echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')),"\
       "$threads threads, OMP_WAIT_POLICY ${OMP_WAIT_POLICY:-default}; 1-minute load $load_start at start, $(cut -d' ' -f1 /proc/loadavg) at end."
  echo
  if [ "$do_train" = 1 ]; then
    echo "### Training (median over timed windows)"
    echo
    echo "| score | target tok/s | src+tgt tok/s | MFLOP / target token | achieved GFLOP/s | sgemm GFLOP/s (batch / step shape) | fraction of sgemm (batch shape) | peak MiB | load |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
    tail -n +"$train_from" "$train_tsv" | awk -F'\t' '$2 == "bench_train" {
      printf "| %s | %s | %s | %s | %s | %s / %s | %s | %s | %s |\n", $3, $7, $8, $9, $10, $11, $12, $13, $14, $6 }'
    echo
  fi
  if [ "$do_translate" = 1 ]; then
    echo "### Translation ($sentences test sentences at most, batches of 32)"
    echo
    echo "| search | weights | sentences | sentences/s | target tok/s | MFLOP / hyp-step | achieved GFLOP/s | sgemm GFLOP/s (batch / step shape) | fraction (batch / step shape) | peak MiB | load |"
    echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    tail -n +"$translate_from" "$translate_tsv" | awk -F'\t' '$2 == "bench_translate" {
      printf "| %s (beam %s)%s | %s | %s | %s | %s | %s | %s | %s / %s | %s / %s | %s | %s |\n",
             $3, $4, ($20 == "transformer" ? ", transformer" : ""), $5, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $8 }'
    echo
  fi
} >"$md"
cat "$md"
echo "bench.sh: wrote $md; records in $out/*.tsv" >&2
