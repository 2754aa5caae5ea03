#!/usr/bin/env bash
# attend train's run directory and limits (issue 13): --threads is bounded
# (usage error naming the flag, exit 2, instead of a libgomp crash or hang).
set -u
: "${ATTEND:?}" "${ATTEND_SRC:?}" "${ATTEND_TMP:?}"
export OMP_WAIT_POLICY=passive
T=$ATTEND_TMP
rm -rf "$T" && mkdir -p "$T"
D=$ATTEND_SRC/data/bible
fail() { echo "FAIL: $*" >&2; exit 1; }
head -n 30 "$D/dev.es" >"$T/dev.es"
head -n 30 "$D/dev.en" >"$T/dev.en"
DATA="--src $D/train.es --tgt $D/train.en --threads 1"
TINY="--emb-dim 16 --hidden-dim 32 --batch-size 16 --max-len 40"
# waits (up to 60 s) for a line matching $2 in file $1
wait_for() { for _ in $(seq 1 600); do grep -q "$2" "$1" 2>/dev/null && return 0; sleep 0.1; done; return 1; }

# tokenizers shared by the runs below
"$ATTEND" spm-train --input "$D/train.es" --model-prefix "$T/src" --vocab-size 200 >/dev/null 2>&1 || fail "spm-train src"
"$ATTEND" spm-train --input "$D/train.en" --model-prefix "$T/tgt" --vocab-size 200 >/dev/null 2>&1 || fail "spm-train tgt"
SPM="--src-spm $T/src.model --tgt-spm $T/tgt.model"

# ---- 1. --threads: 0..1024, anything else a usage error naming --threads ----------------
for n in 100000 20000 1025 -1; do
  timeout 60 "$ATTEND" train $DATA $SPM $TINY --save-dir "$T/thr" --max-steps 1 --threads $n >/dev/null 2>"$T/thr.err"; rc=$?
  [ $rc -eq 2 ] || fail "--threads $n: exit $rc (want 2): $(tail -2 "$T/thr.err")"
  grep -q -- '--threads' "$T/thr.err" && grep -q 1024 "$T/thr.err" || fail "--threads $n message: $(cat "$T/thr.err")"
done
printf 'threads: 5000\n' >"$T/thr.yaml"
timeout 60 "$ATTEND" train $DATA $SPM $TINY --save-dir "$T/thr" --config "$T/thr.yaml" --threads 1 --max-steps 1 >/dev/null 2>&1 \
  || fail "--threads 1 after a config's threads: 5000 (flags win)"
timeout 60 "$ATTEND" train --src "$D/train.es" --tgt "$D/train.en" $SPM --save-dir "$T/thr" --config "$T/thr.yaml" \
  >/dev/null 2>"$T/thr.err"; rc=$?
[ $rc -eq 2 ] && grep -q 'threads' "$T/thr.err" || fail "config threads: 5000: exit $rc (want 2): $(cat "$T/thr.err")"


echo "test_cli_train_hard: all passed"
