#!/usr/bin/env bash
# The Transformer from the command line, on the committed Bible sample and tokenizers
# (500 pieces a side), with a tiny model: 2+2 layers, width 32, 4 heads, feed-forward
# 64, dropout on embeddings, residuals, attention weights and the feed-forward block,
# noam schedule.
#   1. it learns: after 200 steps the best dev perplexity is below 0.6 x the dev
#      perplexity of a unigram model of the training targets (add-one smoothed,
#      computed here from `attend spm-encode`): the model uses the source and the
#      prefix, not just word frequencies;
#   2. 20 steps + --resume to 40 == 40 steps straight: every /params and /optimizer
#      array bitwise, and the dev metrics;
#   3. attend info shows the blocks and the Transformer keys, and --params the
#      documented names (encoder/l0/self/W_qkv, decoder/l1/cross/W_kv, decoder/ln/g, ...);
#   4. attend translate of 20 dev lines: 20 lines; beam 1 and beam 5 give the same
#      output with batch size 1 and 16 and with 1 and 2 threads; the TSV attention file
#      with --attention-heads has per line the main block and one block per layer and
#      head ("# line N layer L head H"), every row a distribution over the source, the
#      main block the mean of the last layer's heads; JSON gives heads_per_layer;
#   5. attend average of two checkpoints translates; the model twice as an ensemble ==
#      the model; an ensemble of the Transformer with a GRU model translates;
#   6. a Transformer encoder with a GRU decoder, and rnn-sa with a Transformer decoder,
#      train and translate;
#   7. bad settings fail with status 2 (or 1) and a message naming the key, and write
#      no checkpoint: no --heads, --heads 3 with width 32, --norm middle, a transformer
#      encoder with an rnn decoder whose hidden_dim differs, --enc-layers 9,
#      --locality local-m with the transformer decoder, and another --dec-layers on
#      --resume.
set -euo pipefail
: "${ATTEND:?}" "${ATTEND_SRC:?}" "${ATTEND_TMP:?}"
export OMP_WAIT_POLICY=passive
PY=/usr/bin/python3
T=$ATTEND_TMP
rm -rf "$T" && mkdir -p "$T"
D=$ATTEND_SRC/data/bible
fail() { echo "FAIL: $*" >&2; exit 1; }
lines() { awk 'END { print NR }' "$1"; }
START=$SECONDS

NLINES=20
head -n 40 "$D/dev.es" >"$T/dev.es"
head -n 40 "$D/dev.en" >"$T/dev.en"
head -n $NLINES "$D/dev.es" >"$T/in.es"
SPM="--src-spm $ATTEND_SRC/data/spm/tiny.es.model --tgt-spm $ATTEND_SRC/data/spm/tiny.en.model"
DATA="--src $D/train.es --tgt $D/train.en --dev-src $T/dev.es --dev-tgt $T/dev.en $SPM --max-len 40"
TF="--encoder transformer --decoder transformer --heads 4 --emb-dim 32 --ff-dim 64 --enc-layers 2 --dec-layers 2
  --emb-scale --dropout 0.1 --attn-dropout 0.1 --ff-dropout 0.1"
OPT="--batch-size 16 --lr 0.003 --lr-schedule noam --warmup 30 --threads 2 --valid-bleu-max 10"

same_arrays() { $PY "$ATTEND_SRC/tests/tools/same_arrays.py" "$1" "$2" 100; }

# ---- 1. it learns -----------------------------------------------------------------------
# shellcheck disable=SC2086
"$ATTEND" train $DATA $TF $OPT --save-dir "$T/learn" --max-steps 200 --valid-every 50 --log-every 50 \
  >"$T/learn.out" 2>"$T/learn.err" || { cat "$T/learn.err" >&2; fail "training the Transformer"; }
best=$(sed -n 's/.*best dev perplexity \([0-9.]*\) at step.*/\1/p' "$T/learn.err" | tail -1)
[ -n "$best" ] || fail "no best dev perplexity in the training log: $(tail -2 "$T/learn.err")"
"$ATTEND" spm-encode -m "$ATTEND_SRC/data/spm/tiny.en.model" <"$D/train.en" >"$T/train.ids"
"$ATTEND" spm-encode -m "$ATTEND_SRC/data/spm/tiny.en.model" <"$T/dev.en" >"$T/dev.ids"
unigram=$($PY - "$T/train.ids" "$T/dev.ids" <<'EOF'
import collections, math, sys
V, EOS = 500, 3
counts, n = collections.Counter(), 0
for line in open(sys.argv[1]):
    ids = [int(x) for x in line.split()] + [EOS]
    counts.update(ids); n += len(ids)
nll = t = 0
for line in open(sys.argv[2]):
    for i in [int(x) for x in line.split()] + [EOS]:
        nll -= math.log((counts[i] + 1) / (n + V)); t += 1
print("%.3f" % math.exp(nll / t))
EOF
)
echo "learn: best dev perplexity $best after 200 steps; unigram model of the training targets: $unigram"
awk -v b="$best" -v u="$unigram" 'BEGIN { exit !(b < 0.6 * u) }' \
  || fail "the Transformer did not learn: dev perplexity $best, unigram $unigram (must be < 0.6 x)"

# ---- 2. resume, bitwise --------------------------------------------------------------------
RUN="$DATA $TF $OPT --valid-every 15 --save-every 8 --log-every 8"
# shellcheck disable=SC2086
"$ATTEND" train $RUN --save-dir "$T/half" --max-steps 20 >/dev/null 2>"$T/half.err" \
  || { cat "$T/half.err" >&2; fail "training 20 steps"; }
# shellcheck disable=SC2086
"$ATTEND" train $RUN --save-dir "$T/straight" --max-steps 40 >/dev/null 2>"$T/straight.err" \
  || { cat "$T/straight.err" >&2; fail "training 40 steps"; }
"$ATTEND" train --resume "$T/half/last.h5" --save-dir "$T/resumed" --max-steps 40 >/dev/null 2>"$T/resumed.err" \
  || { cat "$T/resumed.err" >&2; fail "resuming at step 20"; }
same_arrays "$T/straight/last.h5" "$T/resumed/last.h5" || fail "resume is not bitwise identical (arrays above)"
dev_cols() { awk -F'\t' 'NR == 1 || ($11 != "" && $1 != 20) { print $1, $10, $11, $12, $13, $14 }' "$1"; }
[ "$(dev_cols "$T/straight/metrics.tsv")" = "$(dev_cols "$T/resumed/metrics.tsv")" ] || {
  diff <(dev_cols "$T/straight/metrics.tsv") <(dev_cols "$T/resumed/metrics.tsv") >&2 || true
  fail "resume: the dev metrics differ"; }
LAST=$T/learn/best.h5

# ---- 3. info -------------------------------------------------------------------------------
"$ATTEND" info "$LAST" >"$T/info.txt" || fail "attend info"
for kv in "encoder: transformer" "decoder: transformer" "heads: 4" "ff_dim: 64" "enc_layers: 2" "dec_layers: 2" \
          "norm: pre" "ff_activation: relu" "positions: sinusoidal" "attn_dropout: 0.1" "ff_dropout: 0.1"; do
  grep -qx "  $kv" "$T/info.txt" || fail "attend info lacks '  $kv'"
done
"$ATTEND" info --params "$LAST" >"$T/params.txt" || fail "attend info --params"
for p in "encoder/l0/self/W_qkv (96, 32)" "encoder/l1/ff/W_1 (64, 32)" "encoder/ln/g (32)" \
         "decoder/l1/cross/W_kv (64, 32)" "decoder/l0/ln3/b (32)" "decoder/ln/g (32)"; do
  grep -q "^  $p" "$T/params.txt" || fail "no parameter '$p' in attend info --params"
done
if grep -q "bridge/\|combine/\|attention/" "$T/params.txt"; then fail "recurrent-decoder parameters in a Transformer"; fi

# ---- 4. translate ---------------------------------------------------------------------------
tr() { # OUT ARGS...: translate in.es into OUT
  local out=$1; shift
  "$ATTEND" translate -q -m "$LAST" -i "$T/in.es" -o "$out" "$@" 2>"$out.err" \
    || { cat "$out.err" >&2; fail "translate $*"; }
  [ "$(lines "$out")" -eq $NLINES ] || fail "translate $* wrote $(lines "$out") lines for $NLINES"
}
for beam in 1 5; do
  tr "$T/b$beam.out" --beam $beam --threads 2
  [ "$(awk 'NF' "$T/b$beam.out" | wc -l)" -gt 0 ] || fail "beam $beam: every line empty"
  tr "$T/b$beam.bs1" --beam $beam --threads 2 --batch-size 1
  cmp -s "$T/b$beam.out" "$T/b$beam.bs1" || fail "beam $beam: batch size 1 and 128 differ"
  tr "$T/b$beam.t1" --beam $beam --threads 1 --batch-size 16
  cmp -s "$T/b$beam.out" "$T/b$beam.t1" || fail "beam $beam: 1 and 2 threads differ"
done
tr "$T/att.out" --beam 5 --attention "$T/att.tsv" --attention-heads
cmp -s "$T/b5.out" "$T/att.out" || fail "exporting attention changed the translations"
$PY - "$T/att.tsv" $NLINES 2 4 <<'EOF' || fail "the attention file breaks its contract (above)"
import sys
path, n, L, H = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
blocks, cur = [], None
for row in open(path, encoding="utf-8").read().split("\n"):
    if row.startswith("# line "):
        cur = [row, []]; blocks.append(cur)
    elif row and cur is not None and not row.startswith("\t"):
        cur[1].append([float(x) for x in row.split("\t")[1:]])
bad = []
want = []
for k in range(n):
    want.append("# line %d" % k)
    want += ["# line %d layer %d head %d" % (k, l + 1, h + 1) for l in range(L) for h in range(H)]
got = [b[0] for b in blocks]
if got != want: bad.append("headers: %r ... (%d blocks, want %d)" % (got[:3], len(got), len(want)))
for i, (hdr, rows) in enumerate(blocks):
    for r in rows:
        if abs(sum(r) - 1) > 1e-3 or min(r) < 0: bad.append("%s: a row sums to %g" % (hdr, sum(r))); break
per = 1 + L * H
for k in range(len(blocks) // per):
    main, last = blocks[k * per][1], [blocks[k * per + 1 + (L - 1) * H + h][1] for h in range(H)]
    for t, row in enumerate(main):
        for j, a in enumerate(row):
            m = sum(b[t][j] for b in last) / H
            if abs(a - m) > 1e-3: bad.append("line %d: main != mean of the last layer's heads" % k); break
print("attention: %d blocks, %d problems %s" % (len(blocks), len(bad), bad[:3]))
sys.exit(1 if bad else 0)
EOF
tr "$T/att2.out" --beam 1 --attention "$T/att.json" --attention-format json --attention-heads
grep -q '"heads_per_layer": 4, "heads": \[' "$T/att.json" || fail "the JSON attention lacks heads_per_layer 4"

# ---- 5. average and ensembles -----------------------------------------------------------------
"$ATTEND" average -o "$T/avg.h5" "$T/straight/last.h5" "$T/resumed/last.h5" >/dev/null 2>"$T/avg.err" \
  || { cat "$T/avg.err" >&2; fail "attend average"; }
"$ATTEND" translate -q -m "$T/avg.h5" -i "$T/in.es" -o "$T/avg.out" || fail "translating with the average"
[ "$(lines "$T/avg.out")" -eq $NLINES ] || fail "the average wrote $(lines "$T/avg.out") lines"
"$ATTEND" translate -q -m "$LAST" -m "$LAST" -i "$T/in.es" -o "$T/ens2.out" --beam 5 || fail "ensemble of two"
cmp -s "$T/b5.out" "$T/ens2.out" || fail "the model twice as an ensemble differs from the model"

# ---- 6. mixed pairings --------------------------------------------------------------------------
# shellcheck disable=SC2086
"$ATTEND" train $DATA $OPT --encoder transformer --decoder rnn --heads 4 --emb-dim 32 --hidden-dim 32 --ff-dim 64 \
  --enc-layers 2 --attention luong --score general --save-dir "$T/tf-gru" --max-steps 20 --valid-every 20 \
  >/dev/null 2>"$T/tf-gru.err" || { cat "$T/tf-gru.err" >&2; fail "training transformer + rnn"; }
# shellcheck disable=SC2086
"$ATTEND" train $DATA $OPT --encoder rnn-sa --decoder transformer --heads 4 --emb-dim 32 --hidden-dim 32 --ff-dim 64 \
  --enc-layers 1 --dec-layers 2 --save-dir "$T/sa-tf" --max-steps 20 --valid-every 20 \
  >/dev/null 2>"$T/sa-tf.err" || { cat "$T/sa-tf.err" >&2; fail "training rnn-sa + transformer"; }
for r in tf-gru sa-tf; do
  "$ATTEND" translate -q -m "$T/$r/last.h5" -i "$T/in.es" -o "$T/$r.out" --beam 3 || fail "translating with $r"
  [ "$(lines "$T/$r.out")" -eq $NLINES ] || fail "$r wrote $(lines "$T/$r.out") lines"
done
"$ATTEND" translate -q -m "$LAST" -m "$T/tf-gru/last.h5" -m "$T/sa-tf/last.h5" -i "$T/in.es" -o "$T/mix.out" \
  --attention "$T/mix.tsv" || fail "an ensemble of three different blocks"
[ "$(lines "$T/mix.out")" -eq $NLINES ] || fail "the mixed ensemble wrote $(lines "$T/mix.out") lines"

# ---- 7. bad settings ------------------------------------------------------------------------------
bad() { # KEY ARGS...: training fails with status 1 or 2, names KEY, writes no checkpoint
  local key=$1 st=0; shift
  rm -rf "$T/bad"
  # shellcheck disable=SC2086
  "$ATTEND" train $DATA --save-dir "$T/bad" --max-steps 2 "$@" >/dev/null 2>"$T/bad.err" || st=$?
  { [ "$st" -eq 1 ] || [ "$st" -eq 2 ]; } || fail "'$*' exited $st, want 1 or 2"
  grep -q -- "$key" "$T/bad.err" || fail "'$*': the message does not name $key: $(cat "$T/bad.err")"
  [ ! -e "$T/bad/last.h5" ] || fail "'$*' wrote a checkpoint"
}
bad heads --encoder transformer --decoder transformer --emb-dim 32
bad heads --encoder transformer --decoder transformer --emb-dim 32 --heads 3
bad norm --encoder transformer --decoder transformer --emb-dim 32 --heads 4 --norm middle
bad hidden_dim --encoder transformer --decoder rnn --emb-dim 32 --hidden-dim 64 --heads 4
bad enc_layers --encoder transformer --decoder transformer --emb-dim 32 --heads 4 --enc-layers 9
bad locality --encoder transformer --decoder transformer --emb-dim 32 --heads 4 --locality local-m
st=0
"$ATTEND" train --resume "$T/half/last.h5" --save-dir "$T/re2" --max-steps 30 --dec-layers 3 >/dev/null 2>"$T/re2.err" \
  || st=$?
{ [ "$st" -eq 1 ] || [ "$st" -eq 2 ]; } || fail "--resume with another --dec-layers exited $st"
grep -q "dec.layers" "$T/re2.err" || fail "--resume with another --dec-layers: $(cat "$T/re2.err")"

echo "test_cli_transformer: ok ($((SECONDS - START)) s)"
