#!/usr/bin/env bash
# attend train's run directory and limits (issue 13): --threads is bounded
# (usage error naming the flag, exit 2, instead of a libgomp crash or hang);
# one run at a time per run directory (a second run fails at once, exit 1,
# naming the directory and the holder's pid; the lock goes with the holder,
# kill -9 included); tokenizers are written atomically (a run killed while
# writing one leaves no truncated src.model that breaks every rerun); stale
# temporary files of killed runs are removed; resuming a finished run writes
# no duplicate metrics rows; a config key given twice is a usage error.
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
# a key given twice in a config (also across flattened sections, and as - vs _) is a
# usage error naming both lines, not "the last one wins"
printf 'lr: 0.1\nmodel:\n  cell: gru\n  lr: 0.2\n' >"$T/dup.yaml"
printf 'hidden-dim: 8\nhidden_dim: 9\n' >"$T/dup2.yaml"
for f in dup dup2; do
  timeout 60 "$ATTEND" train $DATA $SPM $TINY --save-dir "$T/$f" --config "$T/$f.yaml" --max-steps 1 >/dev/null \
    2>"$T/$f.err"; rc=$?
  [ $rc -eq 2 ] && grep -q "$f.yaml:[24]: key '[a-z_-]*' is given twice (first at line 1)" "$T/$f.err" \
    || fail "config $f.yaml with a key twice: exit $rc (want 2): $(cat "$T/$f.err")"
  [ ! -e "$T/$f/last.h5" ] || fail "config $f.yaml with a key twice wrote a checkpoint"
done

# ---- 2. one run per directory: the second fails at once, the first completes -------------
# (the first trains for 6 s after its setup; the second starts once the first has set up)
"$ATTEND" train $DATA $SPM $TINY --save-dir "$T/lk" --max-minutes 0.1 --max-steps 0 --max-epochs 0 \
  --valid-every 0 --log-every 10 >/dev/null 2>"$T/lk1.err" &
p1=$!
wait_for "$T/lk1.err" '^model:' || { kill $p1; fail "first run did not start: $(cat "$T/lk1.err")"; }
start=$(date +%s)
"$ATTEND" train $DATA $SPM $TINY --save-dir "$T/lk" --max-steps 3 >/dev/null 2>"$T/lk2.err"; rc=$?
took=$(( $(date +%s) - start ))
kill -0 $p1 2>/dev/null || fail "the first run ended before the second was refused (test too slow?)"
[ $rc -eq 1 ] || { kill $p1; fail "second run on a locked directory: exit $rc (want 1): $(tail -3 "$T/lk2.err")"; }
[ $took -le 10 ] || fail "second run took ${took}s to fail"
grep -q "run directory $T/lk is in use" "$T/lk2.err" && grep -q "pid $p1" "$T/lk2.err" \
  || fail "lock message (want the directory and pid $p1): $(cat "$T/lk2.err")"
grep -q 'training the\|^train:' "$T/lk2.err" && fail "the refused run did work: $(cat "$T/lk2.err")"
wait $p1; rc=$?
[ $rc -eq 0 ] || fail "first run: exit $rc: $(tail -3 "$T/lk1.err")"
grep -q 'stopped (max-minutes)' "$T/lk1.err" || fail "first run did not complete: $(tail -3 "$T/lk1.err")"
steps=$(awk -F'\t' 'NR > 1 { print $1 }' "$T/lk/metrics.tsv")
[ "$steps" = "$(printf '%s\n' $steps | sort -n)" ] && [ -z "$(printf '%s\n' $steps | uniq -d)" ] \
  || fail "metrics.tsv interleaved: $(cut -f1 "$T/lk/metrics.tsv" | tr '\n' ' ')"
"$ATTEND" info "$T/lk/last.h5" | grep -q "^  step: $(printf '%s\n' $steps | tail -1)$" || fail "last.h5 is not the first run's"
# the lock ends with the run: a next run starts
"$ATTEND" train $DATA $SPM $TINY --save-dir "$T/lk" --max-steps 2 >/dev/null 2>"$T/err" || fail "run after the holder ended: $(tail -2 "$T/err")"

# ---- 3. kill -9 of the holder releases the lock; stale temporary files are removed ---------
dead=$(bash -c 'echo $$')   # a pid that has exited
mkdir -p "$T/k9"
: >"$T/k9/last.h5.tmp.$dead"; : >"$T/k9/best.h5.tmp.$dead"; : >"$T/k9/metrics.tsv.tmp.$dead"
: >"$T/k9/src.tmp.$dead.model"; : >"$T/k9/keep.h5.tmp.$$"; : >"$T/k9/notes.tmp.$dead"
"$ATTEND" train $DATA $SPM $TINY --save-dir "$T/k9" --max-steps 100000 --valid-every 0 >/dev/null 2>"$T/k9a.err" &
p=$!
wait_for "$T/k9a.err" '^model:' || { kill $p; fail "k9 run did not start: $(cat "$T/k9a.err")"; }
for f in "last.h5.tmp.$dead" "best.h5.tmp.$dead" "metrics.tsv.tmp.$dead" "src.tmp.$dead.model"; do
  [ -e "$T/k9/$f" ] && { kill $p; fail "stale $f was not removed"; }
  grep -q "removed $T/k9/$f, left by an interrupted run" "$T/k9a.err" || { kill $p; fail "no message for $f: $(head -5 "$T/k9a.err")"; }
done
[ -e "$T/k9/keep.h5.tmp.$$" ] || fail "a live process's temporary file was removed"
[ -e "$T/k9/notes.tmp.$dead" ] || fail "a file that is not a run's temporary file was removed"
kill -9 $p; wait $p 2>/dev/null
start=$(date +%s)
"$ATTEND" train $DATA $SPM $TINY --save-dir "$T/k9" --max-steps 2 >/dev/null 2>"$T/k9b.err" \
  || fail "run after kill -9 of the holder: $(tail -3 "$T/k9b.err")"
[ $(( $(date +%s) - start )) -le 60 ] || fail "the run after kill -9 waited"

# ---- 4. tokenizers are written atomically: a run whose src.model write fails (here by the
# file size limit, as a full disk would) says so, leaves none, and the rerun works ----------
mkdir -p "$T/fs"
( ulimit -f 100; exec "$ATTEND" train $DATA $TINY --save-dir "$T/fs" --src-vocab-size 200 --tgt-vocab-size 200 \
    --max-steps 2 ) >/dev/null 2>"$T/fs1.err"; rc=$?
[ $rc -ne 0 ] || fail "the size-limited run succeeded (src.model under 100 KiB?)"
# attend ignores SIGXFSZ, so the write fails (EFBIG) instead of killing it: a clean error
[ $rc -eq 1 ] && grep -q "src.tmp.[0-9]*.model: the tokenizer SentencePiece wrote is incomplete" "$T/fs1.err" \
  || fail "the size-limited tokenizer write: exit $rc, $(grep -v '^trainer_interface\|^unigram' "$T/fs1.err" | tail -2)"
[ -e "$T/fs/src.model" ] && fail "a killed run left $(stat -c %s "$T/fs/src.model") bytes of src.model"
"$ATTEND" train $DATA $TINY --save-dir "$T/fs" --src-vocab-size 200 --tgt-vocab-size 200 --max-steps 2 \
  >/dev/null 2>"$T/fs2.err" || fail "rerun after the killed tokenizer write: $(grep -v '^trainer_interface\|^unigram' "$T/fs2.err" | tail -3)"
for f in src.model src.vocab tgt.model tgt.vocab; do [ -s "$T/fs/$f" ] || fail "rerun lacks $f"; done
ls "$T/fs" | grep -q 'tmp' && fail "temporary files left: $(ls "$T/fs")"

# ---- 5. resuming a finished run appends no duplicate rows ---------------------------------
R="$DATA $SPM $TINY --dev-src $T/dev.es --dev-tgt $T/dev.en --valid-every 5 --log-every 5 --valid-bleu-max 10"
"$ATTEND" train $R --save-dir "$T/fin" --max-steps 10 >/dev/null 2>"$T/fin.err" || fail "fin run"
cp "$T/fin/metrics.tsv" "$T/fin.tsv"
for _ in 1 2; do
  "$ATTEND" train --resume "$T/fin/last.h5" >/dev/null 2>"$T/fin2.err" || fail "resume of a finished run: $(tail -2 "$T/fin2.err")"
done
cmp -s "$T/fin.tsv" "$T/fin/metrics.tsv" || { diff "$T/fin.tsv" "$T/fin/metrics.tsv"; fail "resuming a finished run changed metrics.tsv"; }
grep -q 'nothing to do: the run is already at step 10' "$T/fin2.err" || fail "no 'nothing to do': $(tail -3 "$T/fin2.err")"
# into another directory: the rows up to step 10, once
"$ATTEND" train --resume "$T/fin/last.h5" --save-dir "$T/fin-b" >/dev/null 2>"$T/err" || fail "resume into --save-dir"
cmp -s "$T/fin.tsv" "$T/fin-b/metrics.tsv" || { diff "$T/fin.tsv" "$T/fin-b/metrics.tsv"; fail "resume into --save-dir: metrics.tsv"; }
# a file that already has duplicates (as earlier versions appended) is cleaned on resume
tail -1 "$T/fin.tsv" >>"$T/fin/metrics.tsv"
tail -1 "$T/fin.tsv" >>"$T/fin/metrics.tsv"
"$ATTEND" train --resume "$T/fin/last.h5" >/dev/null 2>"$T/err" || fail "resume with duplicate rows"
cmp -s "$T/fin.tsv" "$T/fin/metrics.tsv" || { diff "$T/fin.tsv" "$T/fin/metrics.tsv"; fail "duplicate rows were kept"; }
# a resume that trains on continues the rows: steps 15 and 20 once each
"$ATTEND" train --resume "$T/fin/last.h5" --max-steps 20 >/dev/null 2>"$T/err" || fail "resume to 20"
got=$(awk -F'\t' 'NR > 1 { print $1 }' "$T/fin/metrics.tsv" | tr '\n' ' ')
[ "$got" = "5 10 15 20 " ] || fail "metrics steps after resuming to 20: $got"

echo "test_cli_train_hard: all passed"
