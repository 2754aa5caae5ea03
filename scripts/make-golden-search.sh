#!/usr/bin/env bash
# PyTorch's translations of real attend checkpoints, the fixtures of
# tests/test_cli_torch_search.sh: bench/torch_baseline.py loads
#   tests/data/ckpt_v010_gru_luong.h5 (a bidirectional GRU with Luong general
#     attention and input feeding, trained on the Bible by attend 0.1.0) into
#     torch.nn.GRU / Embedding / Linear modules, and
#   tests/data/ckpt_transformer_tiny.h5 (a 2 + 2-layer pre-norm Transformer,
#     width 32, 2 heads, feed-forward 64, trained on data/bible for 400 steps
#     with the 0.1.0 checkpoint's tokenizers; see the test) into torch.nn.Transformer
# and runs attend's search algorithm on the first 200 lines of
# data/bible/test.es, greedy and beam 5; its ids become text with the
# checkpoint's target tokenizer (attend spm-decode), one 'TEXT ||| SCORE' line
# per input line, written to tests/data/NAME.torch.{greedy,beam5}.txt,
# and the search's smallest decision margin per line (the gap between the
# K-th and (K+1)-th candidate of every step and between the two best finished
# hypotheses) to ckpt_v010_gru_luong.torch.{greedy,beam5}.margin: the test
# compares only lines whose search never came within 1e-4 of a tie.
# The source is tokenized by attend (attend spm-encode); what the fixture
# checks is the model and the search, computed independently.
#   scripts/make-golden-search.sh [BUILD_DIR [NAME ...]]   (needs python3-torch, python3-h5py)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build}
attend=$build/attend
shift || true
names=("$@")
[ ${#names[@]} -gt 0 ] || names=(ckpt_v010_gru_luong ckpt_transformer_tiny)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for name in "${names[@]}"; do
  ckpt=$here/tests/data/$name.h5
  /usr/bin/python3 - "$ckpt" "$tmp" <<'PY'
import sys, h5py
with h5py.File(sys.argv[1], "r") as f:
    for side in ("src", "tgt"):
        open("%s/%s.model" % (sys.argv[2], side), "wb").write(bytes(f["tokenizer/" + side][()]))
PY
  head -200 "$here/data/bible/test.es" | "$attend" spm-encode -m "$tmp/src.model" >"$tmp/src.ids"
  /usr/bin/python3 "$here/bench/torch_baseline.py" translate --model "$ckpt" --src-ids "$tmp/src.ids" \
    --sentences 200 --threads 1 --out "$tmp/torch" >&2
  for mode in greedy beam; do
    out=$here/tests/data/$name.torch.$([ $mode = greedy ] && echo greedy || echo beam5).txt
    "$attend" spm-decode -m "$tmp/tgt.model" <"$tmp/torch.$mode.ids" | paste -d'\t' - "$tmp/torch.$mode.scores" |
      awk -F'\t' '{ print $1 " ||| " $2 }' >"$out"
    cut -f2 "$tmp/torch.$mode.scores" >"${out%.txt}.margin"
    echo "wrote $out ($(wc -l <"$out") lines; $(awk '$1 < 1e-4' "${out%.txt}.margin" | wc -l) within 1e-4 of a tie)" >&2
  done
done
