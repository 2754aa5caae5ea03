#!/usr/bin/env bash
# attend train --shared-vocab on the committed Bible sample: one SentencePiece
# model trained on both sides' text, written as src.model and tgt.model and
# stored in the checkpoint for both sides (byte-identical), src_vocab ==
# tgt_vocab, three-way tying (--share-embeddings --tie-embeddings: no
# tgt_emb/W, no output matrix of its own), translate keeps the line count,
# resume keeps the setting; usage errors: --share-embeddings without
# --shared-vocab, two different --src-spm/--tgt-spm with --shared-vocab,
# conflicting vocabulary sizes, --shared-vocab changed on --resume.
set -u
: "${ATTEND:?}" "${ATTEND_SRC:?}" "${ATTEND_TMP:?}"
export OMP_WAIT_POLICY=passive
T=$ATTEND_TMP
rm -rf "$T" && mkdir -p "$T"
D=$ATTEND_SRC/data/bible
PY=/usr/bin/python3
fails=0
fail() { echo "FAIL: $*" >&2; fails=$((fails + 1)); }
# expect STATUS CMD... : runs CMD, stdout > $T/out, stderr > $T/err
expect() {
  local want=$1; shift
  "$@" >"$T/out" 2>"$T/err"
  local got=$?
  [ "$got" -eq "$want" ] || fail "'$*' exited $got, expected $want (stderr: $(tail -c 400 "$T/err"))"
}
contains() { grep -qF -- "$2" "$1" || fail "$1 does not mention '$2' ($3): $(tail -c 400 "$1")"; }

head -n 40 "$D/dev.es" >"$T/dev.es"
head -n 40 "$D/dev.en" >"$T/dev.en"
DATA="--src $D/train.es --tgt $D/train.en --dev-src $T/dev.es --dev-tgt $T/dev.en --threads 2"
TINY="--emb-dim 16 --hidden-dim 16 --batch-size 32 --max-len 60 --valid-bleu-max 20"
SHARED="--shared-vocab --share-embeddings --tie-embeddings --vocab-size 300"

# ---- help --------------------------------------------------------------------------
expect 0 "$ATTEND" train --help
contains "$T/out" "--[no-]shared-vocab" "train --help"
contains "$T/out" "--vocab-size N" "train --help"
contains "$T/out" "--[no-]share-embeddings" "train --help"

# ---- 1. a run with one tokenizer and three-way tying --------------------------------
R=$T/run
expect 0 "$ATTEND" train $DATA $TINY $SHARED --save-dir "$R" --max-steps 20 --valid-every 10 --save-every 10
cp "$T/out" "$T/run.out"
contains "$T/err" "training the joint tokenizer (unigram, 300 pieces)" "joint training message"
for f in src.model tgt.model src.vocab tgt.vocab last.h5 best.h5 config.yaml; do
  [ -s "$R/$f" ] || fail "run dir lacks $f"
done
cmp -s "$R/src.model" "$R/tgt.model" || fail "src.model and tgt.model differ"
cmp -s "$R/src.vocab" "$R/tgt.vocab" || fail "src.vocab and tgt.vocab differ"
for k in 'shared_vocab: true' 'vocab_size: 300' 'src_vocab_size: 300' 'tgt_vocab_size: 300' 'src_vocab: 300' \
         'tgt_vocab: 300' 'share_embeddings: true' 'tie_embeddings: true'; do
  grep -qx "$k" "$R/config.yaml" || fail "config.yaml lacks '$k'"
done
expect 0 "$ATTEND" info --params "$R/last.h5"
cp "$T/out" "$T/info.txt"
grep -qx '  src_vocab: 300' "$T/info.txt" || fail "attend info: src_vocab is not 300"
grep -qx '  tgt_vocab: 300' "$T/info.txt" || fail "attend info: tgt_vocab is not 300"
grep -q 'src_emb/W (300, 16)' "$T/info.txt" || fail "attend info --params lacks src_emb/W (300, 16)"
grep -q 'tgt_emb/W' "$T/info.txt" && fail "a shared-embedding model has a tgt_emb/W parameter"
grep -Eq '^tokenizers: src ([0-9]+) bytes, tgt \1 bytes$' "$T/info.txt" || fail "tokenizer sizes: $(grep tokenizers "$T/info.txt")"
# the checkpoint's two tokenizers are byte-identical, and the bytes of src.model
$PY - "$R" <<'EOF' || fail "checkpoint tokenizers are not one model"
import sys, h5py
r = sys.argv[1]
model = open(f"{r}/src.model", "rb").read()
for ck in ("last.h5", "best.h5"):
    with h5py.File(f"{r}/{ck}", "r") as f:
        src = bytes(f["tokenizer/src"][()])
        tgt = bytes(f["tokenizer/tgt"][()])
    assert src == tgt, f"{ck}: tokenizer/src != tokenizer/tgt"
    assert src == model, f"{ck}: tokenizer/src is not src.model"
EOF

# ---- 2. translate: one output line per input line -----------------------------------
head -n 5 "$D/dev.es" >"$T/five.es"
expect 0 "$ATTEND" translate -m "$R/last.h5" -i "$T/five.es" -o "$T/five.hyp" --threads 2
[ "$(wc -l <"$T/five.hyp")" -eq 5 ] || fail "translate wrote $(wc -l <"$T/five.hyp") lines for 5"

# ---- 3. resume keeps the setting; changing it is a usage error ----------------------
cp -r "$R" "$T/run2"
expect 0 "$ATTEND" train --resume "$T/run2/last.h5" --max-steps 30
contains "$T/err" "one tokenizer for both sides (300 pieces)" "resumed run"
grep -qx 'shared_vocab: true' "$T/out" || fail "resumed config lacks shared_vocab: true"
"$ATTEND" info "$T/run2/last.h5" | grep -qx '  step: 30' || fail "resumed last.h5 is not at step 30"
expect 2 "$ATTEND" train --resume "$T/run2/last.h5" --no-shared-vocab --max-steps 40
contains "$T/err" "shared_vocab" "--no-shared-vocab on resume"
# resuming at step 10 == the straight run at step 20 (bitwise)
expect 0 "$ATTEND" train $DATA $TINY $SHARED --save-dir "$T/half" --max-steps 10 --valid-every 10 --save-every 10
expect 0 "$ATTEND" train --resume "$T/half/last.h5" --max-steps 20
$PY - "$R/last.h5" "$T/half/last.h5" <<'EOF' || fail "resumed run differs from the straight one"
import sys, h5py, numpy as np
a, b = (h5py.File(p, "r") for p in sys.argv[1:3])
names = []
a["params"].visit(lambda n: names.append(n) if isinstance(a["params"][n], h5py.Dataset) else None)
assert names
for n in names:
    assert np.array_equal(a["params"][n][()], b["params"][n][()]), n
EOF

# ---- 4. the same model given for both sides is accepted ------------------------------
expect 0 "$ATTEND" train $DATA $TINY --shared-vocab --share-embeddings --src-spm "$R/src.model" \
  --tgt-spm "$R/tgt.model" --save-dir "$T/given" --max-steps 2 --valid-every 0 --no-valid-bleu
[ -e "$T/given/src.model" ] && fail "a run with given tokenizers trained one"

# ---- 5. errors --------------------------------------------------------------------------
# --share-embeddings without one vocabulary (two tokenizers of different sizes)
expect 2 "$ATTEND" train $DATA $TINY --share-embeddings --src-vocab-size 300 --tgt-vocab-size 200 \
  --save-dir "$T/e1" --max-steps 2
contains "$T/err" "--shared-vocab" "--share-embeddings without --shared-vocab"
[ -e "$T/e1/src.model" ] && fail "a refused run trained a tokenizer"
# --shared-vocab with two different models names both
ES=$ATTEND_SRC/data/spm/tiny.es.model EN=$ATTEND_SRC/data/spm/tiny.en.model
expect 2 "$ATTEND" train $DATA $TINY --shared-vocab --src-spm "$ES" --tgt-spm "$EN" --save-dir "$T/e2" --max-steps 2
contains "$T/err" "$ES" "two different tokenizers"
contains "$T/err" "$EN" "two different tokenizers"
# the same through the config file
printf 'shared_vocab: true\nsrc_spm: %s\ntgt_spm: %s\n' "$ES" "$EN" >"$T/two.yaml"
expect 2 "$ATTEND" train $DATA $TINY --config "$T/two.yaml" --save-dir "$T/e2" --max-steps 2
contains "$T/err" "$EN" "two different tokenizers (config file)"
# conflicting sizes
expect 2 "$ATTEND" train $DATA --shared-vocab --src-vocab-size 300 --tgt-vocab-size 200 --save-dir "$T/e3"
contains "$T/err" "--vocab-size" "--shared-vocab with two sizes"
expect 2 "$ATTEND" train $DATA --vocab-size 300 --tgt-vocab-size 200 --save-dir "$T/e3"
contains "$T/err" "--tgt-vocab-size 200" "--vocab-size with another --tgt-vocab-size"
# a run directory holding two different tokenizers
mkdir -p "$T/e4" && cp "$ES" "$T/e4/src.model" && cp "$EN" "$T/e4/tgt.model"
expect 1 "$ATTEND" train $DATA $TINY --shared-vocab --save-dir "$T/e4" --max-steps 2
contains "$T/err" "$T/e4/tgt.model" "run dir with two tokenizers"

[ "$fails" -eq 0 ] || { echo "$fails check(s) failed" >&2; exit 1; }
echo "all shared-vocabulary checks passed"
