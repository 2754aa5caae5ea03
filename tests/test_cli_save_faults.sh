#!/usr/bin/env bash
# attend train whose checkpoint save fails (issue 13, item 7): a run writes
# last.h5 and best.h5, then is resumed under a file size limit (ulimit -f,
# SIGXFSZ ignored, so writes fail with EFBIG as they fail with ENOSPC on a
# full disk). The resumed run must stop at its first save with exit status 1
# and one line naming the file and the reason (before the fix: SIGSEGV in
# HDF5's shutdown, exit 139, after a message cut off mid-line), and leave
# last.h5 and best.h5 from before byte for byte, loadable, and no temporary
# file. The same for a fresh run whose very first save fails. A metrics.tsv
# that cannot be written (/dev/full) is said at its first row and fails the
# run at its end, after complete checkpoints. Needs no root.
set -u
: "${ATTEND:?}" "${ATTEND_SRC:?}" "${ATTEND_TMP:?}"
export OMP_WAIT_POLICY=passive
T=$ATTEND_TMP
rm -rf "$T" && mkdir -p "$T"
D=$ATTEND_SRC/data/bible
S=$ATTEND_SRC/data/spm
fail() { echo "FAIL: $*" >&2; exit 1; }
head -n 50 "$D/dev.es" >"$T/dev.es"
head -n 50 "$D/dev.en" >"$T/dev.en"
ARGS="--src $D/train.es --tgt $D/train.en --dev-src $T/dev.es --dev-tgt $T/dev.en --threads 2
  --src-spm $S/tiny.es.model --tgt-spm $S/tiny.en.model --emb-dim 16 --hidden-dim 16 --batch-size 32
  --max-len 40 --valid-every 2 --save-every 2 --no-valid-bleu --seed 1"
R=$T/run

# ---- 1. a run that saves fine: last.h5 and best.h5 at step 4 ----------------------
"$ATTEND" train $ARGS --save-dir "$R" --max-steps 4 >"$T/ok.out" 2>"$T/ok.err" || { cat "$T/ok.err"; fail "first run"; }
for f in last.h5 best.h5; do [ -s "$R/$f" ] || fail "first run left no $f"; done
size=$(stat -c %s "$R/last.h5")
sum_before=$(md5sum "$R/last.h5" "$R/best.h5" | cut -d' ' -f1)

# ---- 2. resumed under a limit of about a quarter of a checkpoint ---------------------
blocks=$(( size / 4 / 512 ))
( trap '' XFSZ; ulimit -f "$blocks"; exec "$ATTEND" train --resume "$R/last.h5" --max-steps 8 ) \
  >"$T/full.out" 2>"$T/full.err"
rc=$?
echo "resumed under ulimit -f $blocks (checkpoint $size bytes): exit $rc"
tail -n 2 "$T/full.err"
[ "$rc" -eq 1 ] || fail "a failed save exited $rc, expected 1: $(tail -n 3 "$T/full.err")"
line=$(grep 'attend train: training failed:' "$T/full.err")
[ -n "$line" ] || fail "no 'training failed' line: $(tail -n 3 "$T/full.err")"
echo "$line" | grep -Eq "training failed: $R/(last|best)\.h5: writing $R/(last|best)\.h5\.tmp\.[0-9]+ failed after [0-9]+ of [0-9]+ bytes: File too large$" \
  || fail "the message does not name the file and the reason: $line"
tail -n 1 "$T/full.err" | grep -q 'File too large$' || fail "the message is not the last line, whole: $(tail -n 2 "$T/full.err")"
[ "$(md5sum "$R/last.h5" "$R/best.h5" | cut -d' ' -f1)" = "$sum_before" ] || fail "last.h5 or best.h5 changed"
"$ATTEND" info "$R/last.h5" | grep -q '^  step: 4$' || fail "last.h5 does not load at step 4"
"$ATTEND" info "$R/best.h5" >/dev/null || fail "best.h5 does not load"
ls "$R" | grep -q '\.tmp\.' && fail "a temporary file is left: $(ls "$R")"

# ---- 2b. the same with no validation: the periodic save of last.h5 fails ------------
( trap '' XFSZ; ulimit -f "$blocks"; exec "$ATTEND" train --resume "$R/last.h5" --max-steps 8 --valid-every 0 ) \
  >"$T/last.out" 2>"$T/last.err"
rc=$?
[ "$rc" -eq 1 ] || fail "a failed save of last.h5 exited $rc, expected 1: $(tail -n 3 "$T/last.err")"
tail -n 1 "$T/last.err" | grep -Eq "^attend train: training failed: $R/last\.h5: writing $R/last\.h5\.tmp\.[0-9]+ failed after [0-9]+ of [0-9]+ bytes: File too large$" \
  || fail "last.h5: $(tail -n 2 "$T/last.err")"
[ "$(md5sum "$R/last.h5" "$R/best.h5" | cut -d' ' -f1)" = "$sum_before" ] || fail "last.h5 or best.h5 changed"
"$ATTEND" info "$R/last.h5" | grep -q '^  step: 4$' || fail "last.h5 does not load at step 4"
ls "$R" | grep -q '\.tmp\.' && fail "a temporary file is left: $(ls "$R")"

# ---- 3. a fresh run whose first save fails: exit 1, no checkpoint, no temp file ------
( trap '' XFSZ; ulimit -f "$blocks"; exec "$ATTEND" train $ARGS --save-dir "$T/fresh" --max-steps 4 ) \
  >"$T/fresh.out" 2>"$T/fresh.err"
rc=$?
[ "$rc" -eq 1 ] || fail "fresh run with a failing save exited $rc, expected 1: $(tail -n 3 "$T/fresh.err")"
grep -Eq "training failed: $T/fresh/(last|best)\.h5: writing .* File too large$" "$T/fresh.err" \
  || fail "fresh run: $(tail -n 2 "$T/fresh.err")"
ls "$T/fresh" | grep -Eq '\.h5' && fail "fresh run left checkpoint files: $(ls "$T/fresh")"

# ---- 4. without the limit the resumed run finishes ----------------------------------
"$ATTEND" train --resume "$R/last.h5" --max-steps 8 >"$T/again.out" 2>"$T/again.err" || { cat "$T/again.err"; fail "resume without the limit"; }
"$ATTEND" info "$R/last.h5" | grep -q '^  step: 8$' || fail "last.h5 is not at step 8 after the resume"

# ---- 5. metrics.tsv on a full disk (/dev/full): said at once, the run trains on and exits 1 ----
# (4 rows: steps 1 to 3 and the final validation's)
M=$T/mfull
mkdir -p "$M" && ln -s /dev/full "$M/metrics.tsv"
"$ATTEND" train $ARGS --valid-every 0 --log-every 1 --save-dir "$M" --max-steps 3 >"$T/mfull.out" 2>"$T/mfull.err"
rc=$?
[ "$rc" -eq 1 ] || fail "metrics.tsv on /dev/full: exit $rc, expected 1 (before: 0, the rows silently lost)"
grep -q "warning: $M/metrics.tsv: writing the row of step 1 failed: No space left on device" "$T/mfull.err" ||
  fail "metrics.tsv on /dev/full: no warning at the first row: $(head -n 3 "$T/mfull.err")"
grep -Eq "training failed: $M/metrics.tsv: 4 row\(s\) could not be written \(No space left on device\); the checkpoints are complete" \
  "$T/mfull.err" || fail "metrics.tsv on /dev/full: $(tail -n 2 "$T/mfull.err")"
"$ATTEND" info "$M/last.h5" | grep -q '^  step: 3$' || fail "metrics.tsv on /dev/full: last.h5 is not at step 3"
echo "ok"
