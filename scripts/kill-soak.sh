#!/usr/bin/env bash
# kill-soak.sh KILLS SEED [WORKDIR]: kill -9 a training run KILLS times at
# random moments and resume it after each kill; the final checkpoint must
# equal an uninterrupted run's bitwise (issue 13, docs/reliability.md).
#
# The run: a tiny GRU + Luong model (E 16, H 32, dropout 0.2, Adam, plateau
# schedule) on the committed Bible sample (data/bible, the committed 500-piece
# tokenizers data/spm), one thread, last.h5 every 2 steps, a validation with
# greedy BLEU (which picks best.h5) every 10 steps. First an uninterrupted
# run into WORKDIR/ref, then WORKDIR/run: started, killed with SIGKILL after
# a random sleep (SEED seeds bash's RANDOM; one kill in three instead waits
# until a checkpoint or metrics file is being written, *.tmp.PID, and kills
# then), resumed with `attend train --resume WORKDIR/run/last.h5` (the first
# command again while no last.h5 exists), KILLS times; then resumed once more
# to the end. After every kill: last.h5 and best.h5 load (`attend info`) and
# last.h5's step never goes back. At the end: the same /params and
# /optimizer arrays as the uninterrupted run (tests/tools/same_arrays.py),
# the same training state (`attend info`, without the wall-clock seconds),
# best.h5 the same too, the same validation rows in metrics.tsv, and no
# temporary file left in the run directory.
#
# Environment: ATTEND (default: build/attend of this tree), KILL_SOAK_STEPS
# (training steps; default 40 + 3 per kill), KILL_SOAK_MAX_SLEEP (seconds,
# longest random sleep before a kill; default 0.8). Exit 0 when everything
# holds, 1 with a FAIL line otherwise, 2 on a usage error.
set -u
usage() { echo "usage: kill-soak.sh KILLS SEED [WORKDIR]" >&2; exit 2; }
[ $# -ge 2 ] && [ $# -le 3 ] || usage
KILLS=$1 SEED=$2
[[ $KILLS =~ ^[0-9]+$ ]] && [[ $SEED =~ ^[0-9]+$ ]] || usage
SRC=$(cd "$(dirname "$0")/.." && pwd)
ATTEND=${ATTEND:-$SRC/build/attend}
W=${3:-$(mktemp -d /tmp/kill-soak.XXXXXX)}
STEPS=${KILL_SOAK_STEPS:-$((40 + 3 * KILLS))}
MAX_SLEEP=${KILL_SOAK_MAX_SLEEP:-0.8}
[ -x "$ATTEND" ] || { echo "kill-soak.sh: no attend binary at $ATTEND (set ATTEND)" >&2; exit 2; }
export OMP_WAIT_POLICY=passive
fail() { echo "FAIL: $*" >&2; exit 1; }

rm -rf "$W/ref" "$W/run" && mkdir -p "$W" || fail "cannot create $W"
D=$SRC/data/bible
head -n 50 "$D/dev.es" >"$W/dev.es" && head -n 50 "$D/dev.en" >"$W/dev.en" || fail "dev set"
ARGS=(--src "$D/train.es" --tgt "$D/train.en" --dev-src "$W/dev.es" --dev-tgt "$W/dev.en"
      --src-spm "$SRC/data/spm/tiny.es.model" --tgt-spm "$SRC/data/spm/tiny.en.model" --threads 1
      --emb-dim 16 --hidden-dim 32 --batch-size 16 --max-len 30 --lr 0.01 --dropout 0.2
      --lr-schedule plateau --lr-patience 1 --save-every 2 --valid-every 10 --log-every 2
      --valid-bleu-max 20 --best-metric bleu --max-steps "$STEPS")

t0=$(date +%s.%N)
"$ATTEND" train "${ARGS[@]}" --save-dir "$W/ref" >"$W/ref.out" 2>"$W/ref.err" || { tail -5 "$W/ref.err"; fail "uninterrupted run"; }
t1=$(date +%s.%N)
echo "uninterrupted run: $STEPS steps in $(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }') s"

RANDOM=$SEED
step_of() { "$ATTEND" info "$1" 2>/dev/null | awk '$1 == "step:" { print $2; exit }'; }
start() {  # the first command while there is no last.h5, then --resume
  if [ -e "$W/run/last.h5" ]; then
    "$ATTEND" train --resume "$W/run/last.h5" >>"$W/run.out" 2>>"$W/run.err" &
  else
    "$ATTEND" train "${ARGS[@]}" --save-dir "$W/run" >>"$W/run.out" 2>>"$W/run.err" &
  fi
  pid=$!
}
kills=0 finished_early=0 during_write=0 waits=0 last_step=0 starts=0
: >"$W/run.out"; : >"$W/run.err"
while [ $kills -lt "$KILLS" ]; do
  start
  starts=$((starts + 1))
  if [ $((RANDOM % 3)) -eq 2 ]; then
    # wait (up to 5 s) for a temporary file: a checkpoint or metrics.tsv being written
    deadline=$((SECONDS + 5)) seen=0
    while [ $SECONDS -lt $deadline ] && kill -0 $pid 2>/dev/null; do
      for f in "$W"/run/*.tmp.*; do [ -e "$f" ] && { seen=1; break 2; }; done
    done
    during_write=$((during_write + seen)) waits=$((waits + 1))
  else
    sleep "$(awk -v r=$RANDOM -v m="$MAX_SLEEP" 'BEGIN { printf "%.3f", m * r / 32768 }')"
  fi
  kill -KILL $pid 2>/dev/null
  wait $pid 2>/dev/null; rc=$?
  if [ $rc -eq 137 ]; then  # 128 + SIGKILL
    kills=$((kills + 1))
  else
    [ $rc -eq 0 ] || { tail -5 "$W/run.err"; fail "run $starts exited with status $rc before the kill"; }
    finished_early=$((finished_early + 1))
    # the run ended before the kill landed: start it over (a fresh run dir) to keep killing
    step=$(step_of "$W/run/last.h5")
    [ "$step" = "$STEPS" ] || fail "run $starts ended at step $step, not $STEPS"
    rm -rf "$W/run"
    last_step=0
    continue
  fi
  # what the kill left must load, and last.h5 must not go back
  if [ -e "$W/run/last.h5" ]; then
    step=$(step_of "$W/run/last.h5")
    [ -n "$step" ] || fail "kill $kills: last.h5 does not load: $("$ATTEND" info "$W/run/last.h5" 2>&1 | tail -1)"
    [ "$step" -ge "$last_step" ] || fail "kill $kills: last.h5 went back from step $last_step to $step"
    last_step=$step
  fi
  if [ -e "$W/run/best.h5" ]; then
    "$ATTEND" info "$W/run/best.h5" >/dev/null 2>&1 || fail "kill $kills: best.h5 does not load"
  fi
done
# the last resume runs to the end
start
wait $pid; rc=$?
[ $rc -eq 0 ] || { tail -5 "$W/run.err"; fail "the final resume exited with status $rc"; }
t2=$(date +%s.%N)
echo "$kills kills ($waits waited for a file being written and $during_write saw one; $finished_early runs ended" \
     "before their kill and were started over), $((starts + 1)) starts, $(awk -v a="$t1" -v b="$t2" 'BEGIN { printf "%.1f", b - a }') s"

[ "$(step_of "$W/run/last.h5")" = "$STEPS" ] || fail "the resumed run's last.h5 is not at step $STEPS"
left=$(cd "$W/run" && ls -A | grep '\.tmp\.' || true)
[ -z "$left" ] || fail "temporary files left in the run directory: $left"
/usr/bin/python3 "$SRC/tests/tools/same_arrays.py" "$W/ref/last.h5" "$W/run/last.h5" 10 \
  || fail "last.h5 differs from the uninterrupted run's"
state() { "$ATTEND" info "$1" | sed -n '/^training state:/,/^run config/p' | grep -v elapsed_seconds; }
[ "$(state "$W/ref/last.h5")" = "$(state "$W/run/last.h5")" ] || {
  diff <(state "$W/ref/last.h5") <(state "$W/run/last.h5"); fail "the training state differs"; }
if [ -e "$W/ref/best.h5" ]; then
  /usr/bin/python3 "$SRC/tests/tools/same_arrays.py" "$W/ref/best.h5" "$W/run/best.h5" 10 --no-optimizer \
    || fail "best.h5 differs from the uninterrupted run's"
fi
dev_rows() { awk -F'\t' 'NR == 1 || $11 != "" { print $1, $2, $10, $11, $12, $13, $14 }' "$1"; }
[ "$(dev_rows "$W/ref/metrics.tsv")" = "$(dev_rows "$W/run/metrics.tsv")" ] || {
  diff <(dev_rows "$W/ref/metrics.tsv") <(dev_rows "$W/run/metrics.tsv"); fail "metrics.tsv validation rows differ"; }
echo "kill-soak: $kills kills (seed $SEED), final checkpoint bitwise equal to the uninterrupted run's"
