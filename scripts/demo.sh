#!/usr/bin/env bash
# The main job, end to end, on a fresh Debian 12 machine:
#   set up (install what is missing, build), prepare the Bible corpus, train a
#   GRU + attention Spanish->English translator for a bounded time, translate
#   the test set, print BLEU and chrF and a few sample translations, and draw
#   the attention heatmap of one long sentence.
#
#   scripts/demo.sh [--minutes M] [--outdir DIR] [--threads N]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
minutes=10
outdir=$here/runs/demo
threads=$(nproc)
while [ $# -gt 0 ]; do
  case "$1" in
    --minutes) minutes=$2; shift 2 ;;
    --outdir) outdir=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "demo.sh: unknown option '$1' (try --help)" >&2; exit 2 ;;
  esac
done

"$here/scripts/setup.sh"
attend=${ATTEND_BUILD_DIR:-$here/build}/attend
corpus=$here/corpus/bible
if [ ! -s "$corpus/train.es" ]; then
  echo "== preparing the Bible corpus into $corpus"
  "$here/scripts/get-bible-corpus.sh" "$corpus"
fi
mkdir -p "$outdir"

echo "== training a GRU + Luong attention translator for $minutes minutes ($outdir)"
# Sizes from the attention study (docs/results/attention-study): on two cores a
# 256-unit model learns far more in minutes than a 512-unit one.
"$attend" train --src "$corpus/train.es" --tgt "$corpus/train.en" \
  --dev-src "$corpus/dev.es" --dev-tgt "$corpus/dev.en" --save-dir "$outdir/model" \
  --src-vocab-size 4000 --tgt-vocab-size 4000 --cell gru --bidirectional --emb-dim 256 --hidden-dim 256 \
  --attention luong --score dot --input-feeding --label-smoothing 0.1 \
  --optimizer adam --lr 0.001 --clip-norm 1.0 --batch-size 32 --max-len 80 \
  --max-minutes "$minutes" --valid-every 300 --valid-bleu-max 200 --threads "$threads" --seed 1

model=$outdir/model/best.h5
[ -s "$model" ] || model=$outdir/model/last.h5
echo "== translating the test set ($(wc -l < "$corpus/test.es") verses, beam 5)"
"$attend" translate --model "$model" -i "$corpus/test.es" -o "$outdir/test.hyp.en" --beam 5 \
  --threads "$threads" --attention "$outdir/test.attn.json"

echo "== scores"
"$attend" score --ref "$corpus/test.en" --hyp "$outdir/test.hyp.en" --by-length --src "$corpus/test.es"

echo "== samples"
for n in 1 100 500; do
  echo "  es:  $(sed -n "${n}p" "$corpus/test.es")"
  echo "  ref: $(sed -n "${n}p" "$corpus/test.en")"
  echo "  out: $(sed -n "${n}p" "$outdir/test.hyp.en")"
  echo
done

# the attention heatmap of the longest test sentence under 40 words
long=$(awk 'NF <= 40 { if (NF > best) { best = NF; line = NR } } END { print line - 1 }' "$corpus/test.es")
/usr/bin/python3 "$here/scripts/plot-attention.py" "$outdir/test.attn.json" --line "$long" --outdir "$outdir/heatmaps"
echo "== attention heatmap of test line $((long + 1)): $(ls "$outdir"/heatmaps/*.png | head -1)"
