#!/usr/bin/env bash
# attend train under each OpenMP wait policy, interleaved (issue 11, item 3):
# the median target tok/s of the 10-step intervals after the first, per policy.
#
#   scripts/bench-wait-policy.sh [--attend BIN] [--corpus DIR] [--steps 40] [--rounds 2]
#                                [--threads 2] [--policies "passive active"] [--out DIR]
#
# The bench configuration (docs/performance.md), tokenizers trained once into
# OUT/spm. "passive" and "active" set OMP_WAIT_POLICY; "default" leaves it to
# attend (which picks passive unless the user chose); "spin=N" sets
# GOMP_SPINCOUNT=N. Say how loaded the machine was: the policies differ most
# when other processes share the cores.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
attend=$here/build/attend
corpus=/work/corpus/bible
steps=40
rounds=2
threads=2
policies="passive active"
out=$here/build/wait-policy
while [ $# -gt 0 ]; do
  case $1 in
    --attend) attend=$2; shift 2 ;;
    --corpus) corpus=$2; shift 2 ;;
    --steps) steps=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --policies) policies=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    *) sed -n '2,/^set -euo/p' "$0" | grep '^#' | sed 's/^# \{0,1\}//'; exit 2 ;;
  esac
done
mkdir -p "$out/spm"
for side in es en; do
  [ -s "$out/spm/$side.model" ] || "$attend" spm-train --input "$corpus/train.$side" --model-prefix "$out/spm/$side" \
    --vocab-size 8000 >/dev/null 2>&1
done
echo "load at start: $(cut -d' ' -f1-3 /proc/loadavg); $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2)"
for r in $(seq "$rounds"); do
  for p in $policies; do
    env_args=()
    case $p in
      passive|active) env_args=(OMP_WAIT_POLICY=$p) ;;
      default) ;;
      spin=*) env_args=(GOMP_SPINCOUNT=${p#spin=}) ;;
      *) echo "bench-wait-policy: unknown policy $p" >&2; exit 2 ;;
    esac
    dir=$out/run-$p-$r
    rm -rf "$dir"
    env "${env_args[@]}" "$attend" train --src "$corpus/train.es" --tgt "$corpus/train.en" \
      --src-spm "$out/spm/es.model" --tgt-spm "$out/spm/en.model" --save-dir "$dir" \
      --score concat --attn-dim 512 --no-input-feeding --batch-size 64 --max-len 50 \
      --valid-every 0 --save-every 0 --log-every 10 --max-steps "$steps" --threads "$threads" >/dev/null 2>&1 ||
      { echo "bench-wait-policy: attend train failed under $p" >&2; exit 1; }
    awk -F'\t' -v p="$p" -v r="$r" 'NR > 2 && $9 != "" { v[++n] = $9 }
      END { for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (v[j] < v[i]) { t = v[i]; v[i] = v[j]; v[j] = t }
            printf "round %d %-10s median tgt tok/s %.0f over %d intervals\n", r, p, n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2, n }' \
      "$dir/metrics.tsv"
  done
done
echo "load at end: $(cut -d' ' -f1-3 /proc/loadavg)"
