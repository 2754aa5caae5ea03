#!/usr/bin/env bash
# Build and run attend's benchmarks, append their TSV records and write this
# run's results as markdown tables (method: docs/performance.md).
#
#   scripts/bench.sh [--build DIR] [--corpus DIR] [--out DIR] [--threads N]
#                    [--scores "concat general dot scaled"] [--train-seconds S]
#                    [--translate-seconds S] [--sentences N] [--model CKPT]
#                    [--wait-policy passive|active] [--no-train] [--no-translate]
#                    [--arch "rnn transformer"] [--baseline torch] [--rounds N]
#                    [--shortlist FILE [--shortlist-k K] [--shortlist-frequent F]] [--int8]
#                    [--wirings "plain feed"]
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
# --baseline torch runs bench/torch_baseline.py (the same model in PyTorch,
# Debian's python3-torch, on the OpenMP OpenBLAS too; the Transformer as
# torch.nn.Transformer) after each attend figure, --rounds times (default 1),
# and prints the ratio attend / PyTorch of every figure (medians over the
# rounds); translation needs --model (PyTorch loads the same checkpoint), and
# their translations are compared line by line. Records: OUT/torch_*.tsv.
# --shortlist FILE [--shortlist-k K] [--shortlist-frequent F] adds attend's
# search rows with that vocabulary shortlist (needs --model).
# --int8 adds attend's search rows in int8 (the checkpoint quantised as it
# loads, as `attend translate --int8`), with the shortlist too when given.
# PyTorch's fp32 figures are the denominator of every attend row's ratio.
# --wirings lists the rnn training wirings: plain (the bench model, no input
# feeding; default) and/or feed (Luong input feeding; rows read SCORE+feed).
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
baseline=
rounds=1
shortlist=
shortlist_k=0
shortlist_frequent=-1
int8=
wirings=plain

usage() { sed -n '2,/^set -euo/p' "$0" | grep '^#' | sed 's/^# \{0,1\}//'; exit 2; }
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
    --baseline) baseline=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --shortlist) shortlist=$2; shift 2 ;;
    --shortlist-k) shortlist_k=$2; shift 2 ;;
    --shortlist-frequent) shortlist_frequent=$2; shift 2 ;;
    --int8) int8=1; shift ;;
    --wirings) wirings=$2; shift 2 ;;
    -h|--help) usage ;;
    *) echo "bench.sh: unknown option $1" >&2; usage ;;
  esac
done
for arch in $archs; do
  case $arch in rnn|transformer) ;; *) echo "bench.sh: --arch: rnn or transformer, not $arch" >&2; exit 2 ;; esac
done
for w in $wirings; do
  case $w in plain|feed) ;; *) echo "bench.sh: --wirings: plain or feed, not $w" >&2; exit 2 ;; esac
done
case $baseline in ""|torch) ;; *) echo "bench.sh: --baseline: torch, not $baseline" >&2; exit 2 ;; esac
case $rounds in ''|*[!0-9]*|0) echo "bench.sh: --rounds: a positive integer, not $rounds" >&2; exit 2 ;; esac
if [ -n "$baseline" ]; then
  /usr/bin/python3 -c 'import torch, h5py' 2>/dev/null ||
    { echo "bench.sh: --baseline torch needs Debian's python3-torch and python3-h5py (apt-get install python3-torch python3-h5py)" >&2; exit 1; }
fi
if [ -n "$shortlist" ] && [ -z "$model" ]; then echo "bench.sh: --shortlist needs --model" >&2; exit 2; fi
out=${out:-$build/bench-results}
mkdir -p "$out/cache"

if [ ! -f "$corpus/train.es" ]; then
  echo "bench.sh: no corpus in $corpus; making it with scripts/get-bible-corpus.sh" >&2
  "$here/scripts/get-bible-corpus.sh" "$corpus"
fi

cmake -S "$here" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j2 --target bench_gemm bench_train bench_translate attend >/dev/null
bin=$build/bench
# PyTorch on the OpenMP OpenBLAS too (libblas.so.3 otherwise follows Debian's alternatives)
openblas_dir=$(sed -n 's/^ATTEND_OPENBLAS_DIR:[A-Z]*=//p' "$build/CMakeCache.txt")
torch_run() { LD_LIBRARY_PATH=${openblas_dir}${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH} /usr/bin/python3 "$here/bench/torch_baseline.py" "$@"; }
# bleu IDS WHAT: BLEU of bench_translate's best hypotheses (ids, test order) against test.<tgt>
bleu() {
  local n
  n=$(wc -l <"$1")
  /usr/bin/python3 -c 'import h5py, sys; f = h5py.File(sys.argv[1], "r"); open(sys.argv[2], "wb").write(bytes(f["tokenizer/tgt"][()]))' \
    "$model" "$out/cache/model-tgt.model"
  "$build/attend" spm-decode -m "$out/cache/model-tgt.model" <"$1" >"$1.txt"
  head -n "$n" "$corpus/test.en" >"$out/cache/ref.txt"
  echo "$2: BLEU $("$build/attend" score --ref "$out/cache/ref.txt" --hyp "$1.txt" | sed -n 's/^BLEU = \([0-9.]*\).*/\1/p') on $n test sentences" |
    tee -a "$compare_txt" >&2
}
# ids FILE MODEL OUT: FILE tokenized by MODEL (attend spm-encode), cached
ids() { [ -s "$3" ] && [ "$3" -nt "$1" ] && [ "$3" -nt "$2" ] || "$build/attend" spm-encode -m "$2" <"$1" >"$3"; }

stamp=$(date -u +%Y%m%dT%H%M%SZ)
md=$out/results-$stamp.md
train_tsv=$out/train.tsv
translate_tsv=$out/translate.tsv
# Lines of the TSV files written before this run (this run's rows follow).
lines_before() { if [ -f "$1" ]; then wc -l <"$1"; else echo 1; fi; }
train_from=$(( $(lines_before "$train_tsv") + 1 ))
translate_from=$(( $(lines_before "$translate_tsv") + 1 ))
torch_train_tsv=$out/torch_train.tsv
torch_translate_tsv=$out/torch_translate.tsv
torch_train_from=$(( $(lines_before "$torch_train_tsv") + 1 ))
torch_translate_from=$(( $(lines_before "$torch_translate_tsv") + 1 ))
compare_txt=$out/compare-$stamp.txt
: >"$compare_txt"
load_start=$(cut -d' ' -f1 /proc/loadavg)

common=(--threads "$threads" --corpus "$corpus" --cache "$out/cache")
if [ "$do_train" = 1 ]; then
  for arch in $archs; do
    if [ "$arch" = transformer ]; then
      for round in $(seq "$rounds"); do
        echo "== bench_train --arch transformer ($train_seconds s timed)" >&2
        "$bin/bench_train" "${common[@]}" --arch transformer --seconds "$train_seconds" --tsv "$train_tsv"
        [ -n "$baseline" ] || continue
        for lang in es en; do
          ids "$corpus/train.$lang" "$out/cache/bible-unigram8000.$lang.model" "$out/cache/train.$lang.ids"
        done
        echo "== torch_baseline.py train --arch transformer ($train_seconds s timed)" >&2
        torch_run train --src-ids "$out/cache/train.es.ids" --tgt-ids "$out/cache/train.en.ids" --arch transformer \
          --threads "$threads" --seconds "$train_seconds" --tsv "$torch_train_tsv"
      done
      continue
    fi
    for wiring in $wirings; do
    feed_a=(); feed_t=()
    [ "$wiring" = feed ] && feed_a=(--input-feeding 1) && feed_t=(--input-feeding)
    for score in $scores; do
      for round in $(seq "$rounds"); do
        echo "== bench_train --score $score ${feed_a[*]} ($train_seconds s timed)" >&2
        "$bin/bench_train" "${common[@]}" --score "$score" "${feed_a[@]}" --seconds "$train_seconds" --tsv "$train_tsv"
        [ -n "$baseline" ] || continue
        for lang in es en; do
          ids "$corpus/train.$lang" "$out/cache/bible-unigram8000.$lang.model" "$out/cache/train.$lang.ids"
        done
        echo "== torch_baseline.py train --score $score ${feed_t[*]} ($train_seconds s timed)" >&2
        torch_run train --src-ids "$out/cache/train.es.ids" --tgt-ids "$out/cache/train.en.ids" --score "$score" \
          "${feed_t[@]}" --threads "$threads" --seconds "$train_seconds" --tsv "$torch_train_tsv"
      done
    done
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
      for round in $(seq "$rounds"); do
        echo "== bench_translate ${arch_args[*]} --mode $mode" >&2
        out_args=()
        [ -n "$model" ] && out_args=(--out "$out/cache/attend")
        "$bin/bench_translate" "${common[@]}" "${model_args[@]}" "${arch_args[@]}" --mode "$mode" \
          --sentences "$sentences" --seconds "$translate_seconds" --tsv "$translate_tsv" "${out_args[@]}"
        [ -n "$model" ] && bleu "$out/cache/attend.$mode.ids" "$mode"
        if [ -n "$shortlist" ]; then
          echo "== bench_translate --mode $mode --shortlist $shortlist" >&2
          "$bin/bench_translate" "${common[@]}" "${model_args[@]}" --mode "$mode" --sentences "$sentences" \
            --seconds "$translate_seconds" --tsv "$translate_tsv" --out "$out/cache/attend-sl" --shortlist "$shortlist" \
            --shortlist-k "$shortlist_k" --shortlist-frequent "$shortlist_frequent"
          bleu "$out/cache/attend-sl.$mode.ids" "$mode, shortlist $(basename "$shortlist") k $shortlist_k f $shortlist_frequent"
        fi
        if [ -n "$int8" ]; then
          echo "== bench_translate --mode $mode --precision int8" >&2
          "$bin/bench_translate" "${common[@]}" "${model_args[@]}" "${arch_args[@]}" --mode "$mode" \
            --sentences "$sentences" --seconds "$translate_seconds" --tsv "$translate_tsv" "${out_args[@]/%attend/attend-i8}" \
            --precision int8
          [ -n "$model" ] && bleu "$out/cache/attend-i8.$mode.ids" "$mode, int8"
          if [ -n "$shortlist" ]; then
            echo "== bench_translate --mode $mode --precision int8 --shortlist $shortlist" >&2
            "$bin/bench_translate" "${common[@]}" "${model_args[@]}" --mode "$mode" --sentences "$sentences" \
              --seconds "$translate_seconds" --tsv "$translate_tsv" --out "$out/cache/attend-i8sl" --shortlist "$shortlist" \
              --shortlist-k "$shortlist_k" --shortlist-frequent "$shortlist_frequent" --precision int8
            bleu "$out/cache/attend-i8sl.$mode.ids" "$mode, int8, shortlist $(basename "$shortlist") k $shortlist_k f $shortlist_frequent"
          fi
        fi
        [ -n "$baseline" ] || continue
        /usr/bin/python3 -c 'import h5py, sys; f = h5py.File(sys.argv[1], "r"); open(sys.argv[2], "wb").write(bytes(f["tokenizer/src"][()]))' \
          "$model" "$out/cache/model-src.model"
        ids "$corpus/test.es" "$out/cache/model-src.model" "$out/cache/test.es.ids"
        echo "== torch_baseline.py translate --mode $mode" >&2
        torch_run translate --model "$model" --src-ids "$out/cache/test.es.ids" --mode "$mode" \
          --sentences "$sentences" --seconds "$translate_seconds" --threads "$threads" --tsv "$torch_translate_tsv" \
          --out "$out/cache/torch"
        # the same translations? (a line may differ where the search came within 1e-4 of a tie)
        paste "$out/cache/attend.$mode.ids" "$out/cache/torch.$mode.ids" "$out/cache/torch.$mode.scores" | awk -F'\t' \
          -v mode="$mode" 'NF >= 3 && $3 != "" { n++; if ($1 == $2) same++; else if ($4 < 1e-4) tie++; else other++ }
          END { printf "%s: %d of %d translations identical to PyTorch'"'"'s; %d differ after a near-tie (margin < 1e-4), %d otherwise\n", mode, same, n, tie, other }' |
          tee -a "$compare_txt" >&2
      done
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
    echo "### Translation ($sentences test sentences at most, batches of 128)"
    echo
    echo "| search | weights | sentences | sentences/s | target tok/s | MFLOP / hyp-step | achieved GFLOP/s | sgemm GFLOP/s (batch / step shape) | fraction (batch / step shape) | peak MiB | load |"
    echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    tail -n +"$translate_from" "$translate_tsv" | awk -F'\t' '$2 == "bench_translate" {
      printf "| %s (beam %s)%s%s%s | %s | %s | %s | %s | %s | %s | %s / %s | %s / %s | %s | %s |\n",
             $3, $4, ($20 == "transformer" ? ", transformer" : ""), ($22 == "int8" ? ", int8" : ""),
             ($21 != "" && $21 != "full" ? ", shortlist (" $21 " columns)" : ""),
             $5, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $8 }'
    echo
  fi
  if [ -n "$baseline" ]; then
    echo "### attend / PyTorch (bench/torch_baseline.py, torch $(/usr/bin/python3 -c 'import torch; print(torch.__version__)'), same run, interleaved)"
    echo
    echo "| figure | attend | PyTorch | attend / PyTorch |"
    echo "|---|---:|---:|---:|"
    if [ "$do_train" = 1 ]; then
      # medians over the rounds of each score
      awk -F'\t' -v from_a="$train_from" -v from_t="$torch_train_from" '
        function median(list,   v, n, i, j, t) { n = split(list, v, " "); for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (v[j] + 0 < v[i] + 0) { t = v[i]; v[i] = v[j]; v[j] = t }
          return n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2 }
        FILENAME == ARGV[1] && FNR >= from_a && $2 == "bench_train" { at[$3] = at[$3] " " $7; am[$3] = am[$3] " " $14 }
        FILENAME == ARGV[2] && FNR >= from_t && $2 == "torch_train" { tt[$3] = tt[$3] " " $6; tm[$3] = tm[$3] " " $9 }
        END { for (s in at) if (s in tt) {
                a = median(at[s]); t = median(tt[s]); printf "| training %s, target tok/s | %.0f | %.0f | %.2f |\n", s, a, t, a / t
                a = median(am[s]); t = median(tm[s]); printf "| training %s, peak MiB | %.0f | %.0f | %.2f |\n", s, a, t, a / t } }' \
        "$train_tsv" "$torch_train_tsv"
    fi
    if [ "$do_translate" = 1 ] && [ -n "$model" ]; then
      # every attend row (fp32, shortlist, int8, int8 + shortlist) against PyTorch's fp32 row of its search
      awk -F'\t' -v from_a="$translate_from" -v from_t="$torch_translate_from" '
        function median(list,   v, n, i, j, t) { n = split(list, v, " "); for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (v[j] + 0 < v[i] + 0) { t = v[i]; v[i] = v[j]; v[j] = t }
          return n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2 }
        FILENAME == ARGV[1] && FNR >= from_a && $2 == "bench_translate" {
          k = $3 " (beam " $4 ")"; v = k ($22 == "int8" ? ", int8" : "") ($21 != "" && $21 != "full" ? ", shortlist" : "")
          base[v] = k; as[v] = as[v] " " $10; am[v] = am[v] " " $18 }
        FILENAME == ARGV[2] && FNR >= from_t && $2 == "torch_translate" { k = $3 " (beam " $4 ")"; ts[k] = ts[k] " " $8; tm[k] = tm[k] " " $11 }
        END { for (v in as) if (base[v] in ts) { k = base[v]
                a = median(as[v]); t = median(ts[k]); printf "| %s, sentences/s | %.2f | %.2f | %.2f |\n", v, a, t, a / t
                a = median(am[v]); t = median(tm[k]); printf "| %s, peak MiB | %.0f | %.0f | %.2f |\n", v, a, t, a / t } }' \
        "$translate_tsv" "$torch_translate_tsv"
    fi
    echo
  fi
  if [ -s "$compare_txt" ]; then
    echo "### Translations"
    echo
    sed 's/^/- /' "$compare_txt"
    echo
  fi
} >"$md"
cat "$md"
echo "bench.sh: wrote $md; records in $out/*.tsv" >&2
