#!/bin/bash
# A checkpoint written by attend 0.1.0 (tests/data/ckpt_v010_gru_luong.h5, a
# tiny bidirectional GRU with Luong general attention) still loads with the
# current attend: 'attend info' reads it, and translating the first 40 lines
# of data/bible/test.es gives what 0.1.0 gave (greedy and beam 5 with 2-best;
# tests/data/ckpt_v010_gru_luong.{greedy,beam5}.txt): the same text on every
# line, byte for byte, and the same scores to 1e-6 relative (builds differ in
# the last float bits: sanitizers, no OpenMP, another processor's BLAS kernels).
# The average of the file with itself and a two-model ensemble of it translate
# like the single model. How the fixture was made: docs/checkpoint-format.md
# ("Compatibility"). Never regenerate the fixture to make this test pass: a
# difference means the current attend reads or runs old checkpoints differently.
set -euo pipefail
: "${ATTEND:?}" "${ATTEND_SRC:?}" "${ATTEND_TMP:?}"
DATA="$ATTEND_SRC/tests/data"
CKPT="$DATA/ckpt_v010_gru_luong.h5"
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
mkdir -p "$ATTEND_TMP" && cd "$ATTEND_TMP"
rm -rf ./*

for f in "$CKPT" "$DATA/ckpt_v010_gru_luong.greedy.txt" "$DATA/ckpt_v010_gru_luong.beam5.txt"; do
  [ -s "$f" ] || { echo "FAIL: fixture $f is missing or empty" >&2; exit 1; }
done
head -40 "$ATTEND_SRC/data/bible/test.es" >in.txt

# compare EXPECTED GOT WHAT: the same lines apart from the trailing
# ' ||| SCORE', scores within 1e-6 relative; a diff on failure
same() {
  if ! awk -v tol=1e-6 -f "$ATTEND_SRC/tests/tools/same_scored.awk" "$1" "$2"; then
    fail "$3 differs from $1 (first differences, - expected + got):"
    diff -u "$1" "$2" | head -40 >&2 || true
  fi
}
# translate OUT [attend translate options...] with the options of the fixture
translate() {
  local out=$1
  shift
  if ! "$ATTEND" translate -q "$@" -i in.txt -o "$out" --scores --batch-size 1 --threads 1 2>"$out.err"; then
    fail "attend translate $* exited non-zero: $(cat "$out.err")"
    : >"$out"
  fi
}

# ---- info ------------------------------------------------------------------------
if "$ATTEND" info "$CKPT" >info.txt 2>info.err; then
  want_lines=("^format: attend-checkpoint version 1" "^toolkit: attend 0.1.0" "^model config:"
              "^  cell: gru" "^  attention: luong" "^  score: general" "^  bidirectional: true"
              "^  emb_dim: 16" "^  hidden_dim: 16" "^  src_vocab: 200" "^  tgt_vocab: 200"
              "^parameters: 14488 in 20 arrays" "^tokenizers: src [0-9]+ bytes, tgt [0-9]+ bytes"
              "^optimizer slots: adam_m adam_v" "^  step: 1000")
  for re in "${want_lines[@]}"; do
    grep -Eq -- "$re" info.txt || fail "attend info: no line matching '$re'"
  done
  [ $failures -eq 0 ] || { echo "attend info printed:" >&2; cat info.txt >&2; }
else
  fail "attend info on the 0.1.0 checkpoint exited non-zero: $(cat info.err)"
fi

# ---- translation as 0.1.0 translated -----------------------------------------------
translate greedy.txt -m "$CKPT" --beam 1
same "$DATA/ckpt_v010_gru_luong.greedy.txt" greedy.txt "greedy translation (--beam 1 --scores)"
translate beam5.txt -m "$CKPT" --beam 5 --nbest 2
# 0.1.0 wrote three n-best fields; Moses' feature field (LogProb= L LenPen= P) came later
sed -i -E 's/ [|][|][|] LogProb= [^|]* [|][|][|] / ||| /' beam5.txt
same "$DATA/ckpt_v010_gru_luong.beam5.txt" beam5.txt "beam-5 translation (--beam 5 --nbest 2 --scores)"

# ---- average with itself, ensemble of two -----------------------------------------
if "$ATTEND" average "$CKPT" "$CKPT" -o avg.h5 >avg.log 2>&1; then
  "$ATTEND" info avg.h5 >avg-info.txt 2>&1 || fail "attend info on the average failed: $(cat avg-info.txt)"
  grep -q "^  averaged_from: 2" avg-info.txt || fail "the average's info does not show averaged_from: 2"
  translate avg-greedy.txt -m avg.h5 --beam 1
  same "$DATA/ckpt_v010_gru_luong.greedy.txt" avg-greedy.txt "greedy translation with the average of the checkpoint and itself"
else
  fail "attend average of the 0.1.0 checkpoint with itself exited non-zero: $(cat avg.log)"
fi
translate ens-greedy.txt -m "$CKPT" -m "$CKPT" --beam 1
same "$DATA/ckpt_v010_gru_luong.greedy.txt" ens-greedy.txt "greedy translation with a 2-model ensemble (-m F -m F)"

[ $failures -eq 0 ] || { echo "$failures check(s) failed" >&2; exit 1; }
echo "test_cli_old_checkpoint: all checks passed"
