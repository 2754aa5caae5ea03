#!/usr/bin/env bash
# Attention variants from the command line, on the committed Bible sample and tokenizers,
# with tiny models (hidden 32, window D = 3). A variant is a named set of training flags
# plus the contract its exported attention must keep (derived from the flags: locality,
# attn mode, top-k, heads):
#   global       Luong general, input feeding, --locality global (the baseline)
#   local-m      Bahdanau concat, --locality local-m
#   local-p      Luong general, input feeding, --locality local-p
#   hybrid       Luong dot, --locality hybrid
#   hard         Luong general, input feeding, --attn-mode hard (global by default)
#   hard-local-m Bahdanau concat, --attn-mode hard --locality local-m
#   topk         Bahdanau general, --attn-mode topk --topk 2 --locality local-m
#   heads        Luong scaled, input feeding, --heads 4 --locality hybrid (and --lr 0.05)
# For each one:
#   1. attend train N steps (validation with greedy BLEU, dropout) writes a checkpoint;
#   2. 2N steps straight == N steps + --resume to 2N: every /params and /optimizer
#      array bitwise, and the training state (for hard attention that includes the
#      REINFORCE baseline, model_reward_baseline and _updates, and the rng it samples
#      positions with);
#   3. attend info shows the locality, window, attn_mode, topk and heads; the reward
#      baseline has been updated (updates > 0, already at step N) exactly for hard
#      attention; the local-p/hybrid position network's parameters (attention/W_p, v_p)
#      and the multi-head projections (attention/W_Q, W_K, W_V, W_O) only where they belong;
#   4. attend translate of 20 dev lines, greedy and beam 5, with a TSV attention file:
#      20 output lines, 20 attention blocks; local-m and local-p rows have at most 2D+1
#      nonzero weights in one window (local-m's centred at min(t, S-1)), local-p rows
#      sum to at most 1, all other rows sum to 1; hard rows are one-hot (one weight
#      exactly 1, the rest exactly 0), top-k rows have at most K nonzero weights; the
#      multi-head export (the head average) sums to 1;
#   5. attend average of last.h5 with the step-N checkpoint is the element-wise mean and
#      translates; 2-model ensembles translate 20 lines (the model twice == the model);
# then a 4-model ensemble across the soft localities and one across the hard, top-k and
# multi-head variants, and invalid settings (--locality local-x, --window 0, --locality
# local-p --attention none, --attn-mode hard --locality local-p, --heads 3 with hidden 32,
# --heads 2 --score dot, --heads 2 --attn-mode hard, another locality, window, attn mode
# or head count on --resume) fail with status 2 (or 1), a message naming the key and no
# checkpoint.
set -euo pipefail
: "${ATTEND:?}" "${ATTEND_SRC:?}" "${ATTEND_TMP:?}"
# Spinning OpenMP threads crawl when the machine is oversubscribed (CI, shared cores).
export OMP_WAIT_POLICY=passive
PY=/usr/bin/python3
T=$ATTEND_TMP
rm -rf "$T" && mkdir -p "$T"
D=$ATTEND_SRC/data/bible
fail() { echo "FAIL: $*" >&2; exit 1; }
lines() { awk 'END { print NR }' "$1"; }   # counts a last line without newline too
START=$SECONDS

WINDOW=3
N=20              # steps of the first half; the straight run and the resumed run go to 2N
NLINES=20
head -n 40 "$D/dev.es" >"$T/dev.es"   # a small dev set keeps validations cheap
head -n 40 "$D/dev.en" >"$T/dev.en"
head -n $NLINES "$D/dev.es" >"$T/in.es"
[ "$(lines "$T/in.es")" -eq $NLINES ] || fail "data/bible/dev.es has fewer than $NLINES lines"
awk 'NF == 0 { exit 1 }' "$T/in.es" || fail "an empty line among the first $NLINES of dev.es"
SPM="--src-spm $ATTEND_SRC/data/spm/tiny.es.model --tgt-spm $ATTEND_SRC/data/spm/tiny.en.model"
# validation every 15 steps (and at the end), greedy BLEU on 10 pairs, saves every
# 8 steps, dropout (its RNG must resume too)
TRAIN="--src $D/train.es --tgt $D/train.en --dev-src $T/dev.es --dev-tgt $T/dev.en $SPM --threads 2
  --emb-dim 32 --hidden-dim 32 --batch-size 16 --max-len 40 --lr 0.02 --dropout 0.1
  --valid-every 15 --valid-bleu-max 10 --save-every 8 --log-every 8 --window $WINDOW --seed 9"

declare -A FLAGS=(
  [global]="--attention luong --score general --input-feeding --locality global"
  [local-m]="--attention bahdanau --score concat --locality local-m"
  [local-p]="--attention luong --score general --input-feeding --locality local-p"
  [hybrid]="--attention luong --score dot --locality hybrid"
  [hard]="--attention luong --score general --input-feeding --attn-mode hard"
  [hard-local-m]="--attention bahdanau --score concat --attn-mode hard --locality local-m"
  [topk]="--attention bahdanau --score general --attn-mode topk --topk 2 --locality local-m"
  [heads]="--attention luong --score scaled --input-feeding --heads 4 --locality hybrid --lr 0.05"
)
# (heads --lr 0.05: these 40-step models are all near the unigram plateau, where beam 5 may
# prefer the empty hypothesis on every line (global with --seed 3 does; since dropout masks
# are drawn per sentence (issue 12) half the variants do with the default --seed 1, and
# with each of the seeds 2 to 8 at least one variant does: hence --seed 9); at the common
# --lr 0.02 the 4-head model is still there at steps 40 and 80, its output independent of
# the source, while at 0.05 it leaves it.)
VARIANTS="global local-m local-p hybrid hard hard-local-m topk heads"
# flag VARIANT OPTION DEFAULT: the value of --OPTION in the variant's flags (the last one), or DEFAULT
flag() {
  local want=--$2 val=$3 prev=""
  for w in ${FLAGS[$1]}; do
    [ "$prev" = "$want" ] && val=$w
    prev=$w
  done
  echo "$val"
}

# step 2: the /params and /optimizer arrays of two checkpoints, bitwise (as test_cli_train.sh)
same_arrays() { $PY "$ATTEND_SRC/tests/tools/same_arrays.py" "$1" "$2" 20; }

# step 4: the TSV attention file (docs/translation.md: "# line N", a row with a leading tab
# and the source pieces, one row per target piece "piece<TAB>w1<TAB>w2...", a blank line)
# MODE soft, hard (one-hot rows) or topk (at most K nonzero weights a row)
check_attention() { # FILE LOCALITY WINDOW LINES MODE K
  $PY - "$@" <<'EOF'
import math, sys
path, loc, D, n = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
mode, K = sys.argv[5], int(sys.argv[6])
bad, stats = [], {"rows": 0, "max_nonzero": 0, "min_sum": math.inf, "max_sum": -math.inf}
argmax = set()   # the source positions hard rows pick (reported, not checked)
want = lambda ok, msg: ok or bad.append(msg)
rows = open(path, encoding="utf-8").read().split("\n")
want(len(rows) >= 2 and rows[-1] == "" and rows[-2] == "", "does not end with a blank line")
k, i = 0, 0
while i < len(rows) - 1:
    if rows[i] != "# line %d" % k:
        bad.append("block %d: header %r" % (k, rows[i][:60]))
        break
    want(rows[i + 1].startswith("\t"), "block %d: source row %r" % (k, rows[i + 1][:60]))
    src = rows[i + 1].split("\t")[1:]
    S = len(src)
    want(S >= 2 and src[-1] == "</s>", "block %d: source pieces %r" % (k, src[-3:]))
    j = i + 2
    while j < len(rows) and rows[j] != "":
        j += 1
    want(j > i + 2, "block %d: no target rows" % k)
    for t, row in enumerate(rows[i + 2:j]):
        cells = row.split("\t")
        where = "line %d row %d (%r)" % (k, t, cells[0])
        try:
            w = [float(x) for x in cells[1:]]
        except ValueError:
            bad.append("%s: not numbers: %r" % (where, row[:80]))
            continue
        want(len(w) == S, "%s: %d weights for %d source pieces" % (where, len(w), S))
        want(all(0 <= x <= 1 for x in w), "%s: a weight outside [0, 1]: %s" % (where, w))
        nz = [s for s, x in enumerate(w) if x != 0]
        s_ = sum(w)
        stats["rows"] += 1
        stats["max_nonzero"] = max(stats["max_nonzero"], len(nz))
        stats["min_sum"], stats["max_sum"] = min(stats["min_sum"], s_), max(stats["max_sum"], s_)
        tol = 1e-5 * S + 1e-4     # 5 decimals per weight
        if loc in ("local-m", "local-p"):
            want(0 < len(nz) <= 2 * D + 1, "%s: %d nonzero weights (window D=%d allows %d): %s"
                 % (where, len(nz), D, 2 * D + 1, w))
            want(not nz or nz[-1] - nz[0] <= 2 * D, "%s: nonzero weights at %s span more than 2D+1=%d positions"
                 % (where, nz, 2 * D + 1))
        if loc == "local-m":
            c = min(t, S - 1)
            want(all(c - D <= s <= c + D for s in nz), "%s: nonzero weights at %s outside the local-m window [%d, %d]"
                 " of step %d in a %d-piece source" % (where, nz, c - D, c + D, t, S))
            want(abs(s_ - 1) <= tol, "%s: local-m row sums to %.6f, not 1" % (where, s_))
        elif loc == "local-p":  # the window softmax times a Gaussian, not renormalised
            want(0 < s_ <= 1 + tol, "%s: local-p row sums to %.6f, not in (0, 1]" % (where, s_))
        else:
            want(abs(s_ - 1) <= tol, "%s: %s row sums to %.6f, not 1" % (where, loc, s_))
        if mode == "hard":
            want(len(nz) == 1 and w[nz[0]] == 1.0, "%s: a hard attention row is not one-hot "
                 "(one weight exactly 1, the rest exactly 0): %s" % (where, w))
            argmax.update(nz)
        elif mode == "topk":
            want(0 < len(nz) <= K, "%s: %d nonzero weights (top-%d): %s" % (where, len(nz), K, w))
    k, i = k + 1, j + 1
want(k == n, "%d attention blocks for %d input lines" % (k, n))
print("  %s: %d blocks, %d rows, at most %d nonzero weights a row, row sums %.5f..%.5f%s"
      % (path.rsplit("/", 1)[-1], k, stats["rows"], stats["max_nonzero"], stats["min_sum"], stats["max_sum"],
         ", picks at %d distinct source positions" % len(argmax) if mode == "hard" else ""))
for b in bad[:15]:
    print("  " + b, file=sys.stderr)
sys.exit(1 if bad else 0)
EOF
}

# step 5: OUT == (A + B) / 2 for every parameter, and no optimizer state
check_average() { # A B OUT
  $PY - "$@" <<'EOF'
import sys, h5py, numpy as np
def params(path):
    with h5py.File(path, "r") as f:
        out = {}
        f.visititems(lambda n, o: out.__setitem__(n, np.asarray(o[()], dtype=np.float64))
                     if isinstance(o, h5py.Dataset) and n.startswith("params/") else None)
        return out, any(k.startswith("optimizer") for k in f.keys()) and len(f["optimizer"]) > 0
(a, _), (b, _), (m, has_opt) = params(sys.argv[1]), params(sys.argv[2]), params(sys.argv[3])
bad = [] if set(a) == set(b) == set(m) else ["parameter names differ: %s" % sorted(set(a) ^ set(m))[:6]]
for k in sorted(set(a) & set(b) & set(m)):
    want = (a[k] + b[k]) / 2
    if m[k].shape != want.shape or np.max(np.abs(m[k] - want), initial=0) > 1e-6 * (1 + np.max(np.abs(want), initial=0)):
        bad.append("%s is not the mean of the inputs" % k)
if has_opt:
    bad.append("the average keeps optimizer state")
print("  average: %d parameter arrays are the element-wise mean, %d bad %s" % (len(m), len(bad), bad[:4]))
sys.exit(1 if bad else 0)
EOF
}

# has_config FILE INDENT: FILE has every model config line of CONFIG ("key: value|...", the
# lines train prints; attend info indents them) whole; else prints the first missing one
has_config() {
  local IFS='|' line
  for line in $CONFIG; do
    grep -qxF "$2$line" "$1" || { echo "$line"; return 1; }
  done
}

state() { "$ATTEND" info "$1" | sed -n '/^training state:/,/^run config/p' | grep -v elapsed_seconds; }

for v in $VARIANTS; do
  LOC=$(flag "$v" locality global) MODE=$(flag "$v" attn-mode soft) K=$(flag "$v" topk 5) H=$(flag "$v" heads 0)
  echo "== $v (${FLAGS[$v]}, window $WINDOW)"
  R=$T/$v
  mkdir -p "$R"
  ARGS="$TRAIN ${FLAGS[$v]}"
  CONFIG="locality: $LOC|window: $WINDOW|attn_mode: $MODE|topk: $K|heads: $H"

  # ---- 1. train N steps and save; 2N steps in one go ----------------------------------
  # shellcheck disable=SC2086
  "$ATTEND" train $ARGS --save-dir "$R/half" --max-steps $N >"$R/half.out" 2>"$R/half.err" \
    || { cat "$R/half.err" >&2; fail "$v: training $N steps"; }
  for f in last.h5 best.h5 metrics.tsv config.yaml; do
    [ -s "$R/half/$f" ] || fail "$v: the run directory lacks $f"
  done
  miss=$(has_config "$R/half.out" "") || fail "$v: the printed config lacks $miss"
  # shellcheck disable=SC2086
  "$ATTEND" train $ARGS --save-dir "$R/straight" --max-steps $((2 * N)) >/dev/null 2>"$R/straight.err" \
    || { cat "$R/straight.err" >&2; fail "$v: training $((2 * N)) steps straight"; }
  grep -q "validation at step 30: dev loss [0-9.]* | ppl [0-9.]* | acc [0-9.]* | bleu [0-9.]* | chrf" "$R/straight.err" \
    || fail "$v: no validation line with BLEU at step 30: $(grep validation "$R/straight.err" | tail -1)"

  # ---- 2. resume: N steps + --resume to 2N == 2N straight, bitwise ---------------------
  "$ATTEND" train --resume "$R/half/last.h5" --save-dir "$R/resumed" --max-steps $((2 * N)) \
    >"$R/resume.out" 2>"$R/resume.err" || { cat "$R/resume.err" >&2; fail "$v: resuming from step $N"; }
  miss=$(has_config "$R/resume.out" "") || fail "$v: the resumed run's config lacks $miss"
  "$ATTEND" info "$R/half/last.h5" | grep -qx "  step: $N" || fail "$v: resuming into --save-dir changed the step-$N checkpoint"
  "$ATTEND" info "$R/resumed/last.h5" | grep -qx "  step: $((2 * N))" || fail "$v: the resumed run did not reach step $((2 * N))"
  same_arrays "$R/straight/last.h5" "$R/resumed/last.h5" \
    || fail "$v: resume is not bitwise identical: $R/straight/last.h5 vs $R/resumed/last.h5 (arrays above)"
  [ "$(state "$R/straight/last.h5")" = "$(state "$R/resumed/last.h5")" ] || {
    diff <(state "$R/straight/last.h5") <(state "$R/resumed/last.h5") >&2 || true
    fail "$v: resume: the training state differs (diff above)"; }
  dev_cols() { awk -F'\t' 'NR == 1 || ($11 != "" && $1 != '$N') { print $1, $10, $11, $12, $13, $14 }' "$1"; }
  [ "$(dev_cols "$R/straight/metrics.tsv")" = "$(dev_cols "$R/resumed/metrics.tsv")" ] || {
    diff <(dev_cols "$R/straight/metrics.tsv") <(dev_cols "$R/resumed/metrics.tsv") >&2 || true
    fail "$v: resume: the dev metrics differ (diff above)"; }
  LAST=$R/straight/last.h5

  # ---- 3. attend info shows the locality and the window ----------------------------------
  for ck in "$R/half/last.h5" "$LAST" "$R/resumed/last.h5"; do
    "$ATTEND" info "$ck" >"$R/info.txt" 2>&1 || { cat "$R/info.txt" >&2; fail "$v: attend info $ck"; }
    miss=$(has_config "$R/info.txt" "  ") \
      || fail "$v: attend info $ck lacks '  $miss': $(grep -E "^  ${miss%%:*}:" "$R/info.txt" || echo "no ${miss%%:*} line")"
    # the REINFORCE baseline is updated by hard attention only (and by step N already, so
    # the resume starts from a live baseline)
    upd=$(sed -n 's/^  model_reward_baseline_updates: \([0-9]*\)$/\1/p' "$R/info.txt")
    [ -n "$upd" ] || fail "$v: attend info $ck: no model_reward_baseline_updates in the training state"
    if [ "$MODE" = hard ]; then
      [ "$upd" -gt 0 ] || fail "$v: attend info $ck: model_reward_baseline_updates: $upd with hard attention"
    else
      [ "$upd" -eq 0 ] || fail "$v: attend info $ck: model_reward_baseline_updates: $upd without hard attention"
    fi
    [ "$ck" = "$R/half/last.h5" ] && upd_half=$upd
  done
  # ... and again after step N (the resumed half sampled positions and moved the baseline)
  if [ "$MODE" = hard ] && [ "$upd" -le "$upd_half" ]; then
    fail "$v: model_reward_baseline_updates $upd_half at step $N, $upd at step $((2 * N))"
  fi
  "$ATTEND" info --params "$LAST" >"$R/params.txt" || fail "$v: attend info --params"
  case $LOC in
    local-p|hybrid) grep -q '^  attention/W_p (' "$R/params.txt" && grep -q '^  attention/v_p (' "$R/params.txt" \
                      || fail "$v: no attention/W_p and attention/v_p among the parameters" ;;
    *) if grep -q 'attention/[Wv]_p ' "$R/params.txt"; then
         fail "$v: a position network (attention/W_p, v_p) without local-p/hybrid"; fi ;;
  esac
  if [ "$H" -gt 0 ]; then
    for w in W_Q W_K W_V W_O; do
      grep -q "^  attention/$w (" "$R/params.txt" || fail "$v: no attention/$w among the parameters with --heads $H"
    done
  elif grep -q 'attention/W_[QKVO] ' "$R/params.txt"; then
    fail "$v: multi-head projections (attention/W_Q, W_K, W_V, W_O) without --heads"
  fi

  # ---- 4. translate 20 dev lines, greedy and beam 5, with attention ----------------------
  for beam in 1 5; do
    # --min-length 1: a 40-step model near the unigram plateau may prefer the empty
    # hypothesis on every line, which would leave the checks below nothing to compare
    "$ATTEND" translate -q -m "$LAST" -i "$T/in.es" -o "$R/beam$beam.out" --beam $beam --threads 2 --min-length 1 \
      --attention "$R/beam$beam.tsv" 2>"$R/beam$beam.err" \
      || { cat "$R/beam$beam.err" >&2; fail "$v: translate --beam $beam"; }
    [ "$(lines "$R/beam$beam.out")" -eq $NLINES ] \
      || fail "$v: translate --beam $beam wrote $(lines "$R/beam$beam.out") lines for $NLINES"
    [ "$(awk 'NF' "$R/beam$beam.out" | wc -l)" -gt 0 ] || fail "$v: translate --beam $beam: every line empty"
    check_attention "$R/beam$beam.tsv" "$LOC" $WINDOW $NLINES "$MODE" "$K" \
      || fail "$v: the --beam $beam attention file $R/beam$beam.tsv breaks the $v contract (above)"
  done

  # ---- 5. average with the step-N checkpoint; 2-model ensembles -------------------------
  "$ATTEND" average "$LAST" "$R/half/last.h5" -o "$R/avg.h5" >/dev/null 2>"$R/avg.err" \
    || { cat "$R/avg.err" >&2; fail "$v: attend average"; }
  "$ATTEND" info "$R/avg.h5" >"$R/info.txt" 2>&1 || { cat "$R/info.txt" >&2; fail "$v: attend info of the average"; }
  miss=$(has_config "$R/info.txt" "  ") || fail "$v: the average lost '  $miss': $(grep -E "^  ${miss%%:*}:" "$R/info.txt")"
  check_average "$LAST" "$R/half/last.h5" "$R/avg.h5" || fail "$v: attend average (above)"
  "$ATTEND" average "$LAST" "$LAST" -o "$R/self.h5" >/dev/null 2>"$R/avg.err" \
    || { cat "$R/avg.err" >&2; fail "$v: attend average of last.h5 with itself"; }
  "$ATTEND" translate -q -m "$R/avg.h5" -i "$T/in.es" -o "$R/avg.out" --threads 2 2>"$R/err" \
    || { cat "$R/err" >&2; fail "$v: translating with the average"; }
  [ "$(lines "$R/avg.out")" -eq $NLINES ] || fail "$v: the average wrote $(lines "$R/avg.out") lines for $NLINES"
  "$ATTEND" translate -q -m "$LAST" -m "$R/avg.h5" -i "$T/in.es" -o "$R/ens.out" --threads 2 2>"$R/err" \
    || { cat "$R/err" >&2; fail "$v: ensemble of last.h5 and the average"; }
  [ "$(lines "$R/ens.out")" -eq $NLINES ] || fail "$v: the ensemble wrote $(lines "$R/ens.out") lines for $NLINES"
  "$ATTEND" translate -q -m "$LAST" -m "$R/self.h5" -i "$T/in.es" -o "$R/ens-self.out" --threads 2 --min-length 1 2>"$R/err" \
    || { cat "$R/err" >&2; fail "$v: ensemble of last.h5 and its average with itself"; }
  cmp -s "$R/ens-self.out" "$R/beam5.out" || {
    diff "$R/beam5.out" "$R/ens-self.out" | head -6 >&2 || true
    fail "$v: an ensemble of the model and its average with itself differs from the model alone (beam 5)"; }
  echo "  ok ($((SECONDS - START)) s so far)"
done

# ---- an ensemble across the four localities (same tokenizers, same vocabularies) -------------
"$ATTEND" translate -q -m "$T/global/straight/last.h5" -m "$T/local-m/straight/last.h5" -m "$T/local-p/straight/last.h5" \
  -m "$T/hybrid/straight/last.h5" -i "$T/in.es" -o "$T/ens4.out" --attention "$T/ens4.tsv" --threads 2 2>"$T/err" \
  || { cat "$T/err" >&2; fail "4-model ensemble (global, local-m, local-p, hybrid)"; }
[ "$(lines "$T/ens4.out")" -eq $NLINES ] || fail "the 4-model ensemble wrote $(lines "$T/ens4.out") lines for $NLINES"
# ---- and across the attention modes: hard (global, local-m), top-k, multi-head, greedy and beam 5
for beam in 1 5; do
  "$ATTEND" translate -q -m "$T/hard/straight/last.h5" -m "$T/hard-local-m/straight/last.h5" -m "$T/topk/straight/last.h5" \
    -m "$T/heads/straight/last.h5" -i "$T/in.es" -o "$T/ens4m.out" --attention "$T/ens4m.tsv" --beam $beam --threads 2 \
    2>"$T/err" || { cat "$T/err" >&2; fail "4-model ensemble (hard, hard-local-m, topk, heads), beam $beam"; }
  [ "$(lines "$T/ens4m.out")" -eq $NLINES ] \
    || fail "the 4-model ensemble of the attention modes wrote $(lines "$T/ens4m.out") lines for $NLINES (beam $beam)"
done

# ---- 6. invalid settings fail cleanly, naming the key ----------------------------------------
invalid() { # KEY ARGS...: exit 2 (usage) or 1, a message naming KEY, no checkpoint written
  local key=$1 rc=0
  shift
  rm -rf "$T/bad"
  "$ATTEND" train "$@" >"$T/bad.out" 2>"$T/bad.err" || rc=$?
  { [ $rc -eq 2 ] || [ $rc -eq 1 ]; } || fail "attend train $*: exit $rc (want 2 or 1): $(cat "$T/bad.err")"
  grep -q "$key" "$T/bad.err" || fail "attend train $*: the message does not name $key: $(cat "$T/bad.err")"
  [ ! -e "$T/bad/last.h5" ] || fail "attend train $*: wrote a checkpoint"
  echo "  rejected ($rc): ${*: -4}: $(head -1 "$T/bad.err")"
}
BAD="$TRAIN --attention luong --score general --input-feeding --save-dir $T/bad --max-steps 1"
# shellcheck disable=SC2086
invalid locality $BAD --locality local-x
# shellcheck disable=SC2086
invalid window $BAD --locality local-m --window 0
# shellcheck disable=SC2086
invalid locality $BAD --locality local-p --attention none
invalid locality --resume "$T/local-p/half/last.h5" --save-dir "$T/bad" --locality local-m --max-steps $((N + 1))
invalid window --resume "$T/local-p/half/last.h5" --save-dir "$T/bad" --window 4 --max-steps $((N + 1))
# shellcheck disable=SC2086
invalid attn_mode $BAD --attn-mode hard --locality local-p
# shellcheck disable=SC2086
invalid heads $BAD --heads 3
# shellcheck disable=SC2086
invalid heads $BAD --heads 2 --score dot
# shellcheck disable=SC2086
invalid heads $BAD --heads 2 --attn-mode hard
invalid attn_mode --resume "$T/hard/half/last.h5" --save-dir "$T/bad" --attn-mode soft --max-steps $((N + 1))
invalid heads --resume "$T/heads/half/last.h5" --save-dir "$T/bad" --heads 2 --max-steps $((N + 1))

echo "test_cli_attention_variants: all passed in $((SECONDS - START)) s"
