#!/usr/bin/env bash
# Data-parallel training with MPI (docs/distributed.md), registered as a test
# only when attend is built with MPI (ATTEND_HAVE_MPI):
#  1. mpirun -np 2 equals one process with --accum-steps 2 (the same global
#     batches of 16, the same micro-batches) after 50 steps: bitwise, because
#     each micro-batch gradient is computed from zero in both and the two are
#     added once (a + b == b + a in floats); checked within 1e-6 relative and
#     reported. Also with dropout 0.2 (masks are drawn per sentence, from the
#     seed, the step and its index in the whole batch).
#  2. -np 2 --accum-steps 2 vs one process --accum-steps 4: the same four
#     micro-batches, but summed (g0 + g2) + (g1 + g3) instead of
#     ((g0 + g1) + g2) + g3: not bitwise; within 1e-6 relative with SGD. Adam
#     magnifies that last-bit rounding where gradients are near zero (its step
#     is ~lr * g / |g| there), so with Adam it is only checked within 1e-3.
#  3. the TCP transport (OMPI_MCA_btl=self,tcp) gives the bits of the default
#     (shared memory) one.
#  4. an MPI run resumed at step 25 equals the straight MPI run bitwise
#     (parameters and optimizer slots).
#  5. only rank 0 writes (one config on stdout, one set of log lines), and a
#     failing rank ends the job with its message, exit status != 0, no hang.
#  6. with dropout 0.3, one step's gradient on -np 2 equals one process's on
#     the undivided batch within the rounding the split has without dropout
#     (dropout masks are drawn per sentence);
#  7. validation with the plateau schedule and early stopping: metrics.tsv
#     (but for the timing columns), the early-stop step, best.h5 and last.h5
#     of -np 2 equal those of one process with --accum-steps 2, bitwise.
set -u
: "${ATTEND:?}" "${ATTEND_SRC:?}" "${ATTEND_TMP:?}"
export OMP_WAIT_POLICY=passive
T=$ATTEND_TMP
rm -rf "$T" && mkdir -p "$T"
D=$ATTEND_SRC/data/bible
S=$ATTEND_SRC/data/spm
PY=/usr/bin/python3
MPIRUN=${ATTEND_MPIRUN:-mpirun}
MPI="$MPIRUN --oversubscribe --allow-run-as-root -np 2"
fail() { echo "FAIL: $*" >&2; exit 1; }
COMMON="--src $D/train.es --tgt $D/train.en --src-spm $S/tiny.es.model --tgt-spm $S/tiny.en.model
  --emb-dim 16 --hidden-dim 32 --batch-size 16 --max-len 40 --lr 0.01 --threads 1
  --valid-every 0 --save-every 0 --log-every 10"

# "MAXREL NAME bitwise|not-bitwise" over the /params arrays (with a third argument
# "all", also /optimizer): max |a - b| / max |a| per array, the largest
compare() {
  $PY - "$@" <<'PYEOF'
import sys, h5py, numpy as np
worst, name, bitwise, n = 0.0, "", True, 0
groups = ("params", "optimizer") if len(sys.argv) > 3 else ("params",)
with h5py.File(sys.argv[1], "r") as fa, h5py.File(sys.argv[2], "r") as fb:
    for g in groups:
        names = []
        fa[g].visititems(lambda k, o: names.append(k) if isinstance(o, h5py.Dataset) else None)
        for k in names:
            x, y = fa[g][k][()], fb[g][k][()]
            n += 1
            bitwise &= x.shape == y.shape and x.tobytes() == y.tobytes()
            a, b = np.asarray(x, np.float64), np.asarray(y, np.float64)
            d = np.max(np.abs(a - b)) / max(np.max(np.abs(a)), 1e-30)
            if d > worst: worst, name = d, g + "/" + k
assert n > 5, n
print(f"{worst:.3e} {name or '-'} {'bitwise' if bitwise else 'not-bitwise'}")
PYEOF
}
run1() { # DIR ARGS...: one process
  local dir=$1; shift
  "$ATTEND" train $COMMON --save-dir "$T/$dir" "$@" >"$T/$dir.out" 2>"$T/$dir.err" \
    || { cat "$T/$dir.err" >&2; fail "one process: $dir $*"; }
}
runN() { # DIR ARGS...: mpirun -np 2
  local dir=$1; shift
  timeout 240 $MPI "$ATTEND" train $COMMON --save-dir "$T/$dir" "$@" >"$T/$dir.out" 2>"$T/$dir.err" \
    || { cat "$T/$dir.err" >&2; fail "mpirun -np 2: $dir $*"; }
}
within() { # RESULT LIMIT WHAT
  echo "$3: max relative difference $1"
  awk -v d="${1%% *}" -v l="$2" 'BEGIN { exit !(d <= l) }' || fail "$3 differs by $1 (> $2)"
}

# ---- 1. -np 2 == --accum-steps 2 ---------------------------------------------------------
runN np2 --dropout 0 --max-steps 50
run1 acc2 --dropout 0 --max-steps 50 --accum-steps 2
within "$(compare "$T/acc2/last.h5" "$T/np2/last.h5")" 1e-6 "-np 2 vs --accum-steps 2, 50 steps, dropout 0"
grep -q "^distributed: 2 processes" "$T/np2.err" || fail "no 'distributed: 2 processes' line: $(head -5 "$T/np2.err")"
runN np2d --dropout 0.2 --max-steps 50
run1 acc2d --dropout 0.2 --max-steps 50 --accum-steps 2
within "$(compare "$T/acc2d/last.h5" "$T/np2d/last.h5")" 1e-6 "-np 2 vs --accum-steps 2, 50 steps, dropout 0.2"

# ---- 2. -np 2 --accum-steps 2 == --accum-steps 4 (summation order differs) -----------------
runN np2a2s --dropout 0 --max-steps 50 --accum-steps 2 --optimizer sgd --lr 0.5
run1 acc4s --dropout 0 --max-steps 50 --accum-steps 4 --optimizer sgd --lr 0.5
within "$(compare "$T/acc4s/last.h5" "$T/np2a2s/last.h5")" 1e-6 "SGD -np 2 --accum-steps 2 vs --accum-steps 4, 50 steps"
runN np2a2 --dropout 0 --max-steps 50 --accum-steps 2
run1 acc4 --dropout 0 --max-steps 50 --accum-steps 4
within "$(compare "$T/acc4/last.h5" "$T/np2a2/last.h5")" 1e-3 "Adam -np 2 --accum-steps 2 vs --accum-steps 4, 50 steps"

# ---- 3. TCP instead of shared memory: the same bits ------------------------------------------
OMPI_MCA_btl=self,tcp runN np2tcp --dropout 0 --max-steps 50
r=$(compare "$T/np2/last.h5" "$T/np2tcp/last.h5" all)
echo "-np 2 over TCP vs shared memory: $r"
case "$r" in *" bitwise") ;; *) fail "the TCP run differs from the shared-memory run: $r" ;; esac

# ---- 4. resumed at step 25: bitwise ----------------------------------------------------------
runN half --dropout 0.2 --max-steps 25
timeout 240 $MPI "$ATTEND" train --resume "$T/half/last.h5" --max-steps 50 >"$T/res.out" 2>"$T/res.err" \
  || { cat "$T/res.err" >&2; fail "the resumed MPI run"; }
r=$(compare "$T/np2d/last.h5" "$T/half/last.h5" all)
echo "-np 2 resumed at step 25 vs straight: $r"
case "$r" in *" bitwise") ;; *) fail "the resumed MPI run is not bitwise identical: $r" ;; esac
state() { "$ATTEND" info "$1" | grep -E '^  (step|optim_t|batch_epoch|batch_pos|batch_rng_state|dropout_rng_state):'; }
[ "$(state "$T/np2d/last.h5")" = "$(state "$T/half/last.h5")" ] || fail "resumed: the training state differs"

# ---- 6. dropout: one step's gradient of -np 2 equals one undivided batch's ------------------------
# (per-sentence masks: the same masks in any split). SGD with a huge rate and
# no clipping makes the parameters ~ -lr * gradient; the split's rounding
# without dropout is the yardstick (~1e-6).
G="--optimizer sgd --clip-norm 0 --lr 10000 --max-steps 1"
runN g2z --dropout 0 $G
run1 g1z --dropout 0 $G
base=$(compare "$T/g1z/last.h5" "$T/g2z/last.h5")
echo "-np 2 vs one batch, one step's gradient, dropout 0: $base"
runN g2d --dropout 0.3 $G
run1 g1d --dropout 0.3 $G
lim=$(awk -v b="${base%% *}" 'BEGIN { l = 2 * b; if (l < 1e-6) l = 1e-6; print l }')
within "$(compare "$T/g1d/last.h5" "$T/g2d/last.h5")" "$lim" "-np 2 vs one batch, one step's gradient, dropout 0.3"

# ---- 7. validation, the plateau schedule, early stopping and best.h5 as in one process ---------
# dev set every 10 steps, the rate halved after a validation without
# improvement, stopped after 2 (at step 150 here, the loss having blown up);
# the run on -np 2 and the one process with --accum-steps 2 write the same
# metrics.tsv (but for the timing columns), stop at the same step and write the
# same best.h5 and last.h5, bit for bit.
VAL="--dev-src $D/dev.es --dev-tgt $D/dev.en --valid-every 10 --patience 2 --valid-bleu-max 20
  --lr-schedule plateau --lr-patience 1 --dropout 0.2 --lr 0.03 --max-steps 400"
runN valN $VAL
run1 val1 $VAL --accum-steps 2
cols() { cut -f 1,2,4-7,10- "$1"; } # without wall_s, src_tok_s, tgt_tok_s
[ "$(cols "$T/val1/metrics.tsv" | awk -F'\t' 'NR > 1 && $7 != ""' | wc -l)" -ge 5 ] \
  || fail "the one-process run has fewer than 5 validation rows: $(cat "$T/val1/metrics.tsv")"
cmp -s <(cols "$T/val1/metrics.tsv") <(cols "$T/valN/metrics.tsv") \
  || { diff <(cols "$T/val1/metrics.tsv") <(cols "$T/valN/metrics.tsv") >&2; fail "metrics.tsv: -np 2 differs from --accum-steps 2"; }
s1=$(grep -o "stopped (patience) at step [0-9]*" "$T/val1.err") s2=$(grep -o "stopped (patience) at step [0-9]*" "$T/valN.err")
echo "early stopping: one process '$s1', -np 2 '$s2'"
[ -n "$s1" ] && [ "$s1" = "$s2" ] || fail "early stopping: '$s1' (one process) vs '$s2' (-np 2)"
for f in best last; do
  r=$(compare "$T/val1/$f.h5" "$T/valN/$f.h5" all)
  echo "$f.h5 of -np 2 vs --accum-steps 2: $r"
  case "$r" in *" bitwise") ;; *) fail "$f.h5: -np 2 differs from --accum-steps 2: $r" ;; esac
done

# ---- 5. rank 0 alone writes; a failure ends the whole job ------------------------------------
[ "$(grep -c '^accum_steps: ' "$T/np2.out")" = 1 ] || fail "the config was printed $(grep -c '^accum_steps: ' "$T/np2.out") times"
[ "$(grep -c '^model: ' "$T/np2.err")" = 1 ] || fail "the model line was printed $(grep -c '^model: ' "$T/np2.err") times"
grep -q "^communication: " "$T/np2.err" || fail "no communication summary"
mkdir -p "$T/ro" && touch "$T/ro/file"
start=$(date +%s)
timeout 120 $MPI "$ATTEND" train $COMMON --save-dir "$T/ro/file/run" --max-steps 5 >"$T/fail.out" 2>"$T/fail.err"
rc=$?
echo "a failing rank: exit status $rc after $(( $(date +%s) - start )) s"
[ $rc -ne 0 ] && [ $rc -ne 124 ] || { cat "$T/fail.err" >&2; fail "a failing rank: exit status $rc (124 = hang)"; }
grep -q "training failed on rank 0 of 2" "$T/fail.err" || { cat "$T/fail.err" >&2; fail "no 'training failed on rank 0 of 2' message"; }
grep -q "MPI_Abort" "$T/fail.err" || fail "no MPI_Abort message"
echo ok
